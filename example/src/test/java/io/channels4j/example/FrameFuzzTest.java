package io.channels4j.example;

import static com.google.common.truth.Truth.assertWithMessage;

import io.channels4j.example.FrameMutator.Fuzzed;
import io.channels4j.example.RoomOracle.Expected;
import io.channels4j.example.RoomOracle.Room;
import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.Await;
import io.channels4j.testing.RawFrames;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sends the example's rooms 10,000 frames mutated from valid ones, each followed by a fence, and
 * checks every answer against {@link RoomOracle}. Seeded: {@code -Dchannels4j.fuzz.seed=N} replays
 * a run; every failure names its seed, frame and what was expected.
 */
class FrameFuzzTest {
  static final long SEED = Long.getLong("channels4j.fuzz.seed", 20261201L);
  private static final int MAX_FRAME_BYTES = 1 << 20;
  private static final int MAX_JSON_DEPTH = 32;
  private static final int MAX_REPORTED = 25;
  private static final Pattern LEAK =
      Pattern.compile(
          String.join(
              "|",
              "Exception",
              "\\bat [\\w$.]+\\(", // a stack frame
              "\\b[A-Z]\\w*\\.[a-z]\\w*\\(", // Class.method(
              "\\.java:\\d",
              "\\b(java|javax|sun|jdk|com\\.squareup|okio|io\\.undertow|org\\.xnio|io\\.channels4j)"
                  + "\\.[a-z]"));

  private static final List<String> ACTIONS =
      List.of(
          "count",
          "message",
          "deprecated_action",
          "permission_denied",
          "error",
          "close",
          "history",
          "error_true",
          "error_false",
          "join",
          "leave",
          "recover",
          "nope",
          "",
          "COUNT",
          "count ",
          " message",
          "messag",
          "Message",
          "histor\u00fd",
          "null");

  private static final Map<Room, List<String>> SEEDS =
      Map.of(
          Room.PERSON,
          List.of(
              "{\"action\":\"count\",\"request_id\":7}",
              "{\"action\":\"message\",\"request_id\":8,\"user\":\"alice\",\"message\":\"hi\"}",
              "{\"request_id\":9,\"message\":\"hi\",\"user\":\"bob\",\"action\":\"message\"}",
              "{\"action\":\"deprecated_action\",\"request_id\":10}",
              "{\"action\":\"permission_denied\",\"request_id\":11}",
              "{\"action\":\"error\",\"request_id\":12}",
              "{\"action\":\"nope\",\"request_id\":13}",
              "{\"request_id\":14}"),
          Room.GROUP,
          List.of(
              "{\"action\":\"message\",\"request_id\":20,\"user\":\"carol\",\"message\":\"hey\"}",
              "{\"action\":\"history\",\"request_id\":21,\"limit\":5}",
              "{\"action\":\"history\",\"request_id\":22,\"before\":\"9999999999999-0\"}",
              "{\"action\":\"history\",\"request_id\":23,\"after\":\"0-0\",\"limit\":2}",
              "{\"action\":\"error_false\",\"request_id\":24}",
              "{\"action\":\"count\",\"request_id\":25}"),
          Room.BASE,
          List.of(
              "{\"user\":\"dave\",\"message\":\"relay me\"}",
              "{\"action\":\"message\",\"request_id\":30,\"user\":\"x\",\"message\":\"y\"}"));

  /** Seeds that end the connection: sent deliberately, but rarely, as each costs a reconnect. */
  private static final Map<Room, List<String>> CLOSING_SEEDS =
      Map.of(
          Room.PERSON,
          List.of("{\"action\":\"close\",\"request_id\":15}"),
          Room.GROUP,
          List.of(
              "{\"action\":\"close\",\"request_id\":26}",
              "{\"action\":\"error_true\",\"request_id\":27}"),
          Room.BASE,
          List.of());

  private ChannelServer server;
  private final Random random = new Random(SEED);
  private final List<Map<String, Object>> groupHistory = new ArrayList<>();
  private WsClient client;
  private RoomOracle oracle;
  private long fence = 1_000_000_000L;

  /** The first wrong answer of each kind (numbers aside), by kind. */
  private final Map<String, String> failures = new java.util.LinkedHashMap<>();

  private int checked;
  private int wrong;
  private String lastFrame = "nothing";

  @BeforeEach
  void start() {
    server = ChatExample.start(0, ChatExample.DEFAULT_BROKER);
  }

  @AfterEach
  void stop() throws IOException {
    if (client != null) {
      client.close();
    }
    RoomChecks.stopWithin(server, 20);
  }

  @Test
  void everyMutatedFrameGetsExactlyItsAnswerAndNothingIsLeftBehind() throws IOException {
    fuzz(Room.PERSON, 5_000, 0);
    fuzz(Room.GROUP, 3_000, 40);
    fuzz(Room.BASE, 2_000, 0);
    if (!failures.isEmpty()) {
      assertWithMessage(
              "seed %s (-Dchannels4j.fuzz.seed=%s): %s of %s frames got a wrong answer; the first"
                  + " of each kind:\n%s",
              SEED, SEED, wrong, checked, String.join("\n", failures.values()))
          .fail();
    }

    Await.equals(10, "open connections after the fuzzing", 0, server::openConnections);
    RoomChecks.assertServesFreshClients(server);
  }

  /**
   * Sends {@code frames} mutants to {@code room}, each with a fence; every {@code renewEvery}
   * frames (0: never) the connection is replaced, so a room's per-connection limits start again.
   */
  private void fuzz(Room room, int frames, int renewEvery) throws IOException {
    FrameMutator mutator = new FrameMutator(random, ACTIONS, MAX_JSON_DEPTH, MAX_FRAME_BYTES);
    reconnect(room);
    for (int i = 0; i < frames; i++) {
      List<String> seeds =
          random.nextInt(60) == 0 && !CLOSING_SEEDS.get(room).isEmpty()
              ? CLOSING_SEEDS.get(room)
              : SEEDS.get(room);
      Fuzzed frame = mutator.mutate(seeds.get(random.nextInt(seeds.size())));
      String where = room.path + " frame " + i + " (" + frame.how() + ")";
      Expected expected = oracle.expect(frame.bytes(), frame.binary());
      lastFrame = where + ": " + show(frame.bytes());
      boolean closed = sendAndCheck(where, frame, expected);
      if (closed || (renewEvery > 0 && i % renewEvery == renewEvery - 1)) {
        reconnect(room);
      }
    }
    client.close();
    client = null;
  }

  private void reconnect(Room room) throws IOException {
    if (client != null) {
      client.close();
    }
    // The room must have seen the old connection go before the new one counts or joins.
    Await.equals(
        10,
        "seed " + SEED + ": the server to drop the connection after " + lastFrame,
        0,
        server::openConnections);
    client = WsClient.connect(server.port(), room.path);
    Object leaveNotice =
        oracle != null && oracle.room() == Room.GROUP ? oracle.leaveNotice() : null;
    oracle = new RoomOracle(room, MAX_FRAME_BYTES, MAX_JSON_DEPTH, groupHistory);
    Object greeting = oracle.greeting();
    if (greeting != null) {
      String why = RoomOracle.mismatch(greeting, JsonTree.parseObject(client.receive()));
      assertWithMessage("greeting on %s (seed %s)", room.path, SEED).that(why).isNull();
    }
    if (room == Room.GROUP && leaveNotice != null) {
      learnLeaveNotice(leaveNotice);
    }
  }

  /**
   * Reads back the notice the group room kept when the previous connection left, which no member
   * received, so the oracle knows its id.
   */
  private void learnLeaveNotice(Object expected) throws IOException {
    client.sendText("{\"action\":\"history\",\"limit\":1,\"request_id\":" + ++fence + "}");
    Map<String, Object> page = JsonTree.parseObject(client.receive());
    @SuppressWarnings("unchecked")
    List<Object> messages = (List<Object>) ((Map<String, Object>) page.get("data")).get("messages");
    String why = RoomOracle.mismatch(List.of(expected), messages);
    assertWithMessage("seed %s: the leave notice kept after %s", SEED, lastFrame)
        .that(why)
        .isNull();
    @SuppressWarnings("unchecked")
    Map<String, Object> notice = (Map<String, Object>) messages.get(0);
    oracle.stored(notice);
  }

  /** Sends one frame and its fence; returns whether the server closed the connection. */
  private boolean sendAndCheck(String where, Fuzzed frame, Expected expected) throws IOException {
    long fenceId = ++fence;
    String fenceText = "{\"action\":\"__fence__\",\"request_id\":" + fenceId + "}";
    byte[] fuzzed = RawFrames.of(frame.binary() ? 2 : 1, frame.bytes()).build();
    byte[] fenceFrame = RawFrames.of(1, fenceText.getBytes(StandardCharsets.UTF_8)).build();
    byte[] both = new byte[fuzzed.length + fenceFrame.length];
    System.arraycopy(fuzzed, 0, both, 0, fuzzed.length);
    System.arraycopy(fenceFrame, 0, both, fuzzed.length, fenceFrame.length);
    try {
      client.sendRaw(both);
    } catch (IOException e) {
      // The server may close before it has read the whole frame (1007, 1009): its answers and
      // close frame are still there to read.
    }

    List<String> answers = new ArrayList<>();
    int closeCode = -1;
    while (true) {
      WsClient.Frame got;
      try {
        got = client.nextMessage(); // a ping of the server's answers no fuzzed frame
      } catch (IOException e) {
        answers.add("(connection lost: " + e + ")");
        closeCode = 1006;
        break;
      }
      if (got.isClose()) {
        closeCode = got.closeCode();
        break;
      }
      String text = got.text();
      if (isFence(text, fenceText, fenceId)) {
        break;
      }
      answers.add(text);
    }
    checked++;
    String why = check(expected, answers, closeCode);
    wrong += why != null ? 1 : 0;
    String kind = why == null ? null : why.replaceAll("\\d+", "N");
    if (why != null && failures.size() < MAX_REPORTED && !failures.containsKey(kind)) {
      failures.put(
          kind,
          String.format(
              "%s: %s%n    %s%n    expected %s then close %d%n    got %s then close %d%n",
              where,
              show(frame.bytes()),
              why,
              shorten(expected.frames().toString()),
              expected.closeCode(),
              shorten(answers.toString()),
              closeCode));
    }
    return closeCode >= 0;
  }

  private boolean isFence(String text, String fenceText, long fenceId) {
    if (text.equals(fenceText)) {
      return true; // the relay room echoes it
    }
    Map<String, Object> answer = JsonTree.parseObject(text);
    return answer != null
        && RoomOracle.mismatch(
                RoomOracle.error("__fence__", RoomOracle.ACTION_NOT_EXIST, fenceId), answer)
            == null;
  }

  /** Why the answers are wrong, or {@code null} if they are exactly the expected ones. */
  private String check(Expected expected, List<String> answers, int closeCode) {
    if (closeCode != expected.closeCode()) {
      return "close code " + closeCode + " instead of " + expected.closeCode();
    } else if (answers.size() != expected.frames().size()) {
      return answers.size() + " answers instead of " + expected.frames().size();
    }
    for (int i = 0; i < answers.size(); i++) {
      Object pattern = expected.frames().get(i);
      String answer = answers.get(i);
      if (pattern instanceof String relayed) {
        if (!answer.equals(relayed)) {
          return "relayed a different text";
        }
        continue;
      }
      if (LEAK.matcher(answer).find()) {
        return "leaks internals";
      }
      Map<String, Object> json = JsonTree.parseObject(answer);
      if (json == null) {
        return "not one JSON object";
      }
      oracle.answered(json);
      String why = RoomOracle.mismatch(pattern, json);
      if (why != null) {
        return why;
      }
    }
    return null;
  }

  private static String show(byte[] frame) {
    StringBuilder out = new StringBuilder();
    for (byte b : frame) {
      if (b >= 0x20 && b < 0x7f) {
        out.append((char) b);
      } else {
        out.append(String.format("\\x%02x", b & 0xff));
      }
    }
    return shorten(out.toString()) + " (" + frame.length + " bytes)";
  }

  private static String shorten(String text) {
    return text.length() <= 400 ? text : text.substring(0, 400) + "...";
  }
}
