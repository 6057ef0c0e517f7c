package com.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.Limit;
import io.channels4j.annotations.OnBinary;
import io.channels4j.annotations.Permission;
import io.channels4j.runtime.ChannelContext;

/** A JSON channel that also takes binary frames, as arrays. */
@Channel(path = "/uploads")
public interface Uploads {
  @Action
  long size(ChannelContext ctx);

  @OnBinary
  @Permission(IsAdmin.class)
  @Limit(times = 2, minutes = 1)
  void upload(ChannelContext ctx, byte[] data);
}
