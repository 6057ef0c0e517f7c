package com.example;

import io.channels4j.runtime.ChannelContext;
import java.util.ArrayList;
import java.util.List;

/** A GroupChat that records every call, driven through the generated dispatcher. */
public final class RecordingGroupChat implements GroupChat {
  public final List<String> calls = new ArrayList<>();

  @Override
  public void message(ChannelContext ctx, ChatMessage msg) {
    calls.add("message " + msg);
  }

  @Override
  public Count count(ChannelContext ctx) {
    calls.add("count");
    return new Count(3);
  }

  @Override
  public int total(ChannelContext ctx) {
    calls.add("total");
    return 42;
  }

  @Override
  public void legacy(ChannelContext ctx) {
    calls.add("legacy");
  }

  @Override
  public void secret(ChannelContext ctx) {
    calls.add("secret");
  }

  @Override
  public String either(ChannelContext ctx, ChatMessage msg) {
    calls.add("either");
    return "either:" + msg.user();
  }

  @Override
  public void never(ChannelContext ctx) {
    calls.add("never");
  }

  @Override
  public void joined(ChannelContext ctx) {
    calls.add("joined");
  }

  @Override
  public void left(ChannelContext ctx) {
    calls.add("left");
  }
}
