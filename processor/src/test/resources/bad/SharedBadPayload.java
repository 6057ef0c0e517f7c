package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;
import java.util.Map;

@Channel(path = "/first")
interface FirstChannel {
  @Action void a(ChannelContext ctx, Ranking ranking);
}

@Channel(path = "/second")
interface SecondChannel {
  @Action void b(ChannelContext ctx, Ranking ranking);
}

record Ranking(Map<Integer, String> byRank) {}
