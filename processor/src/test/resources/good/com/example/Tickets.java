package com.example;

import com.squareup.moshi.Json;
import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.Envelope;

/** Frames of the user's shape: routed by "type", correlated by "id", the payload in "data". */
@Channel(path = "/tickets")
@Envelope(action = "type", requestId = "id", payload = "data", response = Tickets.Reply.class)
public interface Tickets {
  /** Every answer: the reply's value in data, written by its own codec. */
  record Reply<T>(
      String action,
      @Json(name = "request_id") long requestId,
      String status,
      T data,
      String errors,
      String reason) {}

  record Open(String title) {}

  record Ticket(long number, String title) {}

  @Action("open")
  Ticket open(Open open);

  /** A payload member may hold any value: no warning for a payload that is not an object. */
  @Action("note")
  String note(String text);

  @Action(value = "close", ack = true)
  void close();
}
