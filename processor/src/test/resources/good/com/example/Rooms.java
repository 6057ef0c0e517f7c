package com.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.runtime.ChannelContext;

public final class Rooms {
  private Rooms() {}

  @Channel(path = "/chat/{topic}/{lang}", room = "chat:{topic}:{lang}")
  public interface Chat {
    @Action("say")
    void say(ChannelContext ctx, Line line);

    @Action("history")
    Line[] history(ChannelContext ctx);
  }

  public record Line(String text, long at) {}
}
