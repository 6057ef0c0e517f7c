package com.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.Envelope;

/** A response type whose data is any Object, and a boxed request id; the frame is the payload. */
@Channel(path = "/signals")
@Envelope(action = "op", requestId = "seq", response = Signals.Answer.class)
public interface Signals {
  record Answer(Long requestId, String status, Object data, String errors, String action) {}

  record Level(int value) {}

  @Action("level")
  int level(Level level);
}
