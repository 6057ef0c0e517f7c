package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.time.ZonedDateTime;

@Channel(path = "/x")
interface UnsupportedJdkType {
  @Action void a(ChannelContext ctx, Visit visit);
}

record Visit(ZonedDateTime at) {}
