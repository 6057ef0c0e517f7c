package com.lib;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/points")
public interface Points {
  @Action("move")
  void move(ChannelContext ctx, Point point);
}
