package com.app;

import com.lib.Point;
import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.runtime.ChannelContext;

/** Uses the library's Point, whose adapter is already on the classpath. */
@Channel(path = "/board")
public interface Board {
  @Action("place")
  Point place(ChannelContext ctx, Point point);
}
