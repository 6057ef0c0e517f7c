package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
@Envelope(
    response = String.class)
interface EnvelopeNotRecord {
  @Action void a(ChannelContext ctx);
}
