package com.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.History;
import io.channels4j.annotations.Limit;
import io.channels4j.annotations.OnJoin;
import io.channels4j.annotations.OnLeave;
import io.channels4j.annotations.Permission;
import io.channels4j.runtime.ChannelContext;

@Channel(path = "/group", room = "group_channel", maxConnections = 200, messages = Notice.class)
@Permission(LoggedIn.class)
@Limit(times = 20, seconds = 1)
@History(size = 100, ttlSeconds = 3600)
public interface GroupChat {
  @Action("message")
  @Limit(times = 1, seconds = 3)
  void message(ChannelContext ctx, ChatMessage msg);

  @Action("count")
  Count count(ChannelContext ctx);

  @Action
  int total(ChannelContext ctx);

  @Action(deprecated = true)
  void legacy(ChannelContext ctx);

  @Action("secret")
  @Permission(IsAdmin.class)
  void secret(ChannelContext ctx);

  @Action("either")
  @Permission(
      value = {IsAdmin.class, LoggedIn.class},
      mode = Permission.Mode.ANY_OF)
  @Limit(times = 5, minutes = 1, scope = Limit.Scope.USER)
  @Limit(times = 100, hours = 1, scope = Limit.Scope.REMOTE_ADDRESS)
  String either(ChannelContext ctx, ChatMessage msg);

  @Action("never")
  @Permission(deny = true)
  void never(ChannelContext ctx);

  @OnJoin
  default void joined(ChannelContext ctx) {}

  @OnLeave
  default void left(ChannelContext ctx) {}

  /** A helper, not an action. */
  default String greeting() {
    return "hello";
  }
}

record ChatMessage(String user, String message) {}

record Count(int count) {}

record Notice(String text) {}
