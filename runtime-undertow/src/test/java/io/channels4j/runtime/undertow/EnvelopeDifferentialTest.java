package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ChannelException;
import io.channels4j.runtime.FrameEnvelope;
import io.channels4j.runtime.internal.JsonScalars;
import io.channels4j.runtime.internal.ResponseEnvelope;
import io.channels4j.runtime.undertow.FramePaths.Reading;
import io.channels4j.runtime.undertow.fixtures.TicketChannel;
import io.channels4j.runtime.undertow.fixtures.TicketChannelBinding;
import io.channels4j.runtime.undertow.fixtures.TicketChannel_TicketJsonCodec;
import io.channels4j.runtime.undertow.frame.DefaultResponses;
import io.channels4j.runtime.undertow.frame.FrameCodecs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Holds the fast path to the Moshi path for a channel whose frames have the user's shape: routed by
 * {@code type}, correlated by {@code id}, the payload in {@code data}. Whatever frame the fast path
 * reads, the Moshi path reads to the same action, request id and payload; and a response or
 * acknowledgement in the channel's response record, or in the default frames under its names, is
 * the same bytes whether a codec or Moshi writes it.
 */
class EnvelopeDifferentialTest {
  private static final long SEED = 20261203L;
  private static final int MAX_DEPTH = 8;

  private final TicketChannelBinding binding = new TicketChannelBinding();
  private final FramePaths<TicketChannel> paths =
      new FramePaths<>(binding, new TicketChannel() {}, MAX_DEPTH);
  private final Moshi moshi = paths.moshi;
  private final FrameCodecs codecs = new FrameCodecs(List.of(binding), MAX_DEPTH);

  @Test
  void generatedFramesReadAlikeAndNeverMiss() {
    Random random = new Random(SEED);
    for (int i = 0; i < 3_000; i++) {
      paths.assertBothRead(frame(random));
    }
  }

  @Test
  void mutatedFramesReadAlikeOrMiss() {
    Random random = new Random(SEED + 1);
    int readFast = 0;
    for (int i = 0; i < 10_000; i++) {
      if (paths.assertAlikeUnlessMissed(FastPathDifferentialTest.mutate(frame(random), random))) {
        readFast++;
      }
    }
    assertThat(readFast).isGreaterThan(500);
  }

  @Test
  void whatTheFastPathLeavesToMoshi() {
    String[] left = {
      "{\"type\":\"open\",\"id\":1}", // no payload member
      "{\"type\":\"open\",\"data\":\"x\"}", // a payload that is no object
      "{\"type\":\"open\",\"data\":null}",
      "{\"type\":\"open\",\"data\":{\"title\":\"a\",\"seats\":1},\"data\":{}}", // two
      "{\"type\":\"open\",\"type\":\"open\",\"data\":{\"title\":\"a\",\"seats\":1}}",
      "{\"type\":\"open\",\"id\":1,\"id\":2,\"data\":{\"title\":\"a\",\"seats\":1}}",
      "{\"type\":\"open\",\"id\":\"1\",\"data\":{\"title\":\"a\",\"seats\":1}}",
      "{\"type\":5,\"data\":{\"title\":\"a\",\"seats\":1}}",
      "{\"action\":\"open\",\"data\":{\"title\":\"a\",\"seats\":1}}", // routed by "type" only
      "{\"type\":\"open\",\"data\":{\"title\":\"a\",\"seats\":1}} {}",
      "{\"type\":\"open\",\"data\":{\"title\":\"a\",\"seats\":1},\"x\":[[[[[[[[[]]]]]]]]]}",
      "{\"type\":\"close\",\"data\":[tru]}",
    };
    for (String frame : left) {
      assertWithMessage(frame).that(paths.fast(frame.getBytes(StandardCharsets.UTF_8))).isNull();
    }
  }

  @Test
  void theRoutingAndCorrelationMembersAreFoundAnywhere() {
    String frame =
        "{\"data\":{\"seats\":2,\"title\":\"t\",\"type\":\"x\"},\"action\":\"no\",\"id\":42,"
            + "\"type\":\"open\"}";
    Reading reading = paths.fast(frame.getBytes(StandardCharsets.UTF_8));
    assertThat(reading)
        .isEqualTo(new Reading("open", 42, "{\"type\":\"x\",\"title\":\"t\",\"seats\":2}"));
    assertThat(paths.moshi(frame.getBytes(StandardCharsets.UTF_8))).isEqualTo(reading);
  }

  @Test
  void bothPathsDrawTheDepthLimitAtTheSameLevel() {
    for (int levels = MAX_DEPTH - 3; levels <= MAX_DEPTH; levels++) {
      // The payload is the second level: its members' values start at the third.
      String value = "[".repeat(levels) + "]".repeat(levels);
      byte[] frame =
          ("{\"type\":\"open\",\"data\":{\"title\":\"t\",\"seats\":1,\"x\":" + value + "}}")
              .getBytes(StandardCharsets.UTF_8);
      Reading reference = paths.moshi(frame);
      assertWithMessage("%s levels", levels).that(paths.fast(frame)).isEqualTo(reference);
      assertWithMessage("%s levels", levels)
          .that(reference != null)
          .isEqualTo(levels <= MAX_DEPTH - 2);
    }
  }

  @Test
  void theResponseRecordIsTheSameBytesFromACodecAndFromMoshi() {
    ResponseEnvelope reply = binding.responseEnvelope();
    JsonAdapter<TicketChannel.Ticket> adapter = moshi.adapter(TicketChannel.Ticket.class);
    for (TicketChannel.Ticket value :
        List.of(new TicketChannel.Ticket(7, "a\"\u00e9\ud83d\ude00"))) {
      assertThat(
              text(
                  codecs.response(
                      reply, "open", -3, TicketChannel_TicketJsonCodec.INSTANCE, value)))
          .isEqualTo(text(Envelopes.response(reply, "open", -3, adapter, value)));
    }
    // An acknowledgement: data null, left out by both.
    assertThat(text(codecs.response(reply, "close", 5, JsonScalars.STRING, null)))
        .isEqualTo("{\"action\":\"close\",\"request_id\":5,\"status\":\"ok\"}");
    assertThat(text(Envelopes.response(reply, "close", 5, adapter, null)))
        .isEqualTo("{\"action\":\"close\",\"request_id\":5,\"status\":\"ok\"}");
  }

  @Test
  void theDefaultFramesUnderOtherNamesAreTheSameBytesFromACodecAndFromMoshi() {
    DefaultResponses renamed = new DefaultResponses(new FrameEnvelope("op", "seq", "", ""));
    JsonAdapter<TicketChannel.Ticket> adapter = moshi.adapter(TicketChannel.Ticket.class);
    TicketChannel.Ticket value = new TicketChannel.Ticket(1, "t");
    String fast =
        text(codecs.response(renamed, "open", 9, TicketChannel_TicketJsonCodec.INSTANCE, value));
    assertThat(fast)
        .isEqualTo(
            "{\"type\":\"response\",\"op\":\"open\",\"seq\":9,\"status\":\"ok\","
                + "\"data\":{\"number\":1,\"title\":\"t\"}}");
    assertThat(text(Envelopes.response(renamed, "open", 9, adapter, value))).isEqualTo(fast);
    assertThat(
            text(
                Envelopes.error(
                    renamed, new ChannelException("No"), 9, "open", Locale.ENGLISH, null)))
        .isEqualTo(
            "{\"type\":\"response\",\"op\":\"open\",\"status\":\"bad\",\"seq\":9,\"data\":null,"
                + "\"errors\":\"No\"}");
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** A random valid frame of the ticket channel: members in any order, the payload anywhere. */
  private static String frame(Random random) {
    FastPathDifferentialTest.Frames strings = new FastPathDifferentialTest.Frames(random);
    List<String> members = new ArrayList<>();
    String action = List.of("open", "later", "post", "close", "once").get(random.nextInt(5));
    members.add(member("type", FastPathDifferentialTest.Frames.quoted(action)));
    if (random.nextBoolean()) {
      members.add(member("id", Long.toString(random.nextLong() % 1_000_000_000_000L)));
    }
    if (!action.equals("close") && !action.equals("once")) {
      List<String> fields = new ArrayList<>();
      fields.add(member("title", strings.string()));
      fields.add(member("seats", Integer.toString(random.nextInt())));
      if (random.nextBoolean()) {
        fields.add(member("type", random.nextBoolean() ? "null" : strings.string()));
      }
      if (random.nextBoolean()) {
        fields.add(member("id", "[1,{\"a\":null}]")); // the payload's own, unknown to it
      }
      Collections.shuffle(fields, random);
      members.add(member("data", "{" + String.join(",", fields) + "}"));
    } else if (random.nextBoolean()) {
      members.add(member("data", random.nextBoolean() ? "[1,\"x\"]" : "{\"a\":{}}"));
    }
    if (random.nextBoolean()) {
      members.add(member("action", strings.string())); // no routing member on this channel
    }
    Collections.shuffle(members, random);
    return "{" + String.join(",", members) + "}";
  }

  private static String member(String name, String value) {
    return FastPathDifferentialTest.Frames.quoted(name) + ":" + value;
  }
}
