package bad;

import com.squareup.moshi.Json;
import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface DuplicateJsonName {
  @Action void a(ChannelContext ctx, Person person);
}

record Person(
    String name,
    @Json(name = "name") String nickname) {}
