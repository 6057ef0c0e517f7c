package io.channels4j.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import io.channels4j.runtime.ChannelContext;

/** The context of one action frame, with the response a generated dispatcher sends. */
public interface ActionCall extends ChannelContext {
  /**
   * Sends {@code value} to the sender as the action's response: {@code {"type":"response",
   * "action":..., "request_id":..., "status":"ok", "data": value}}.
   */
  <T> void respond(JsonAdapter<T> adapter, T value);
}
