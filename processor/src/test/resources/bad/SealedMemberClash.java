package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
interface SealedMemberClash {
  @Action void draw(ChannelContext ctx, Shape shape);
}

@JsonDiscriminator("kind")
sealed interface Shape permits Circle, Square {}

record Circle(double radius) implements Shape {}

record Square(double side, String kind) implements Shape {}
