package com.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.runtime.ChannelContext;

/** Uses a type that another processor generates in the first round. */
@Channel(path = "/deferred")
public interface DeferredChat {
  @Action("later")
  void later(ChannelContext ctx, Later later);
}
