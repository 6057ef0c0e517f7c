package bad;

import com.squareup.moshi.Json;
import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/x")
interface IgnoredComponent {
  @Action void a(ChannelContext ctx, Secretive payload);
}

record Secretive(
    String name,
    @Json(ignore = true) String secret) {}
