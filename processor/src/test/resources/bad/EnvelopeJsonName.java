package bad;

import com.squareup.moshi.Json;
import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
@Envelope(response = EnvelopeJsonName.Reply.class)
interface EnvelopeJsonName {
  record Reply<T>(
      long requestId,
      String status,
      T data,
      @Json(name = "status") String errors) {}

  @Action void a(ChannelContext ctx);
}
