package com.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.runtime.ChannelContext;

/** Action names and member names that could break naive code generation. */
@Channel(path = "/odd")
public interface OddNames {
  @Action("say */ \"hi\" {x}")
  void say(ChannelContext ctx, Odd odd);

  @Action("CHANNEL")
  void channel(ChannelContext ctx);

  @Action("1st")
  void first(ChannelContext ctx);

  record Odd(String moshi, String OPTIONS, int reader, String writer, String value) {}
}
