package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface PayloadConstructor {
  @Action void a(ChannelContext ctx, Payload payload);
}

class Payload {
  private final String text;

  Payload(String words) {
    this.text = words;
  }
}
