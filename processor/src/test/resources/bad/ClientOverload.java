package bad;

import io.channels4j.annotations.*;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/same")
interface ClientOverload {
  record Item(String name) {}

  @Action("one") void same(ChannelContext ctx, Item item);

  @Action("two") void same(Item item, @RequestId long requestId);
}
