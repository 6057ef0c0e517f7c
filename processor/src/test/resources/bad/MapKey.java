package bad;

import java.util.Map;
import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.PermissionCheck;

@Channel(path = "/x")
interface MapKey {
  @Action void a(ChannelContext ctx, Scores scores);
}

record Scores(
    String name,
    Map<Integer, String> byRank) {}
