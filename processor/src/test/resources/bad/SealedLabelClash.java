package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
interface SealedLabelClash {
  @Action void draw(ChannelContext ctx, Shape shape);
}

sealed interface Shape permits Circle, Ring {}

@JsonSubtype("round")
record Circle(double radius) implements Shape {}

@JsonSubtype("round")
record Ring(double inner, double outer) implements Shape {}
