package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
interface SealedNotRecord {
  @Action void draw(ChannelContext ctx, Shape shape);
}

sealed interface Shape permits Circle, Blob {}

record Circle(double radius) implements Shape {}

final class Blob implements Shape {}
