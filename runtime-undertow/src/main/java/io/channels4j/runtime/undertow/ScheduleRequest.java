package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonReader;
import io.channels4j.runtime.ScheduledTask;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The body of {@code POST /admin/schedules}: {@code {"kind":"broadcast","room":"chat:lobby",
 * "message":{...},"at":"2026-12-02T10:00:00Z","everyMillis":60000}} or {@code
 * {"kind":"disconnect","user":"ann","code":4001,"reason":"banned","inMillis":5000}}.
 */
record ScheduleRequest(
    String kind,
    String room,
    byte[] message,
    String user,
    int code,
    String reason,
    Instant at,
    Duration every) {

  private static final JsonReader.Options NAMES =
      JsonReader.Options.of(
          "kind", "room", "message", "user", "code", "reason", "at", "inMillis", "everyMillis");

  /**
   * Reads a request; {@code inMillis} counts from {@code clock}'s now.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  static ScheduleRequest read(byte[] body, Clock clock) {
    String kind = null;
    String room = null;
    byte[] message = null;
    String user = null;
    int code = 1008;
    String reason = CloseCodes.DISCONNECTED;
    Instant at = null;
    Duration every = null;
    try (JsonReader in = JsonReader.of(new Buffer().write(body))) {
      in.beginObject();
      while (in.hasNext()) {
        switch (in.selectName(NAMES)) {
          case 0 -> kind = in.nextString();
          case 1 -> room = in.nextString();
          case 2 -> {
            try (BufferedSource value = in.nextSource()) {
              message = value.readByteArray();
            }
          }
          case 3 -> user = in.nextString();
          case 4 -> code = in.nextInt();
          case 5 -> reason = in.nextString();
          case 6 -> at = Instant.parse(in.nextString());
          case 7 -> at = clock.instant().plusMillis(in.nextLong());
          case 8 -> every = Duration.ofMillis(in.nextLong());
          default -> {
            in.skipName();
            in.skipValue();
          }
        }
      }
      in.endObject();
      if (in.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("Expected one JSON object");
      }
    } catch (IOException | DateTimeException | com.squareup.moshi.JsonDataException e) {
      throw new IllegalArgumentException("Not a schedule request: " + e.getMessage(), e);
    }
    if (at == null) {
      throw new IllegalArgumentException("Give at (an ISO instant) or inMillis");
    }
    return new ScheduleRequest(kind, room, message, user, code, reason, at, every);
  }

  /** Schedules the task this request asks for. */
  ScheduledTask schedule(ServerAdmin admin) {
    if ("broadcast".equals(kind)) {
      if (room == null || message == null) {
        throw new IllegalArgumentException("A broadcast needs room and message");
      }
      return admin.scheduleBroadcast(room, message, at, every);
    } else if ("disconnect".equals(kind)) {
      if (user == null) {
        throw new IllegalArgumentException("A disconnect needs user");
      }
      CloseCodes.check(code, reason);
      return admin.scheduleDisconnect(user, code, reason, at, every);
    }
    throw new IllegalArgumentException("kind is broadcast or disconnect");
  }
}
