package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
interface SealedDiscriminatorAction {
  @Action void draw(ChannelContext ctx, Shape shape);
}

@JsonDiscriminator("action")
sealed interface Shape permits Circle {}

record Circle(double radius) implements Shape {}
