package io.channels4j.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.test.ChannelTestServer;
import io.channels4j.test.RawClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rooms, driven over real sockets: the three of the fastapi-channels example exactly as it
 * behaves, the auction and the file drop. Each test has a server of its own (the extension is on an
 * instance field): the rooms' history and places start empty.
 */
class ChatExampleTest {
  private static final String RATE_LIMITED = "Too Many Requests\\. Retry after \\d+ seconds\\.";

  @RegisterExtension final ChannelTestServer server = ChannelTestServer.of(ChatExample::configure);

  private RawClient open(String path) {
    return server.connectRaw(path);
  }

  /** A client of a room that sends no notice: it has joined, and was sent nothing. */
  private RawClient joined(String path) {
    RawClient client = open(path);
    client.assertNothingMore();
    return client;
  }

  /** A frame as the JSON parser sees it: numbers are doubles. */
  private static Map<String, Object> json(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object value = keysAndValues[i + 1];
      out.put((String) keysAndValues[i], value instanceof Number n ? n.doubleValue() : value);
    }
    return out;
  }

  private static Map<String, Object> error(long requestId, String errors) {
    return json(
        "type",
        "response",
        "status",
        "bad",
        "request_id",
        requestId,
        "data",
        null,
        "errors",
        errors);
  }

  private static void assertError(Map<String, Object> frame, long requestId, String errors) {
    assertEquals(error(requestId, errors), frame);
  }

  /** The error frame answering {@code action}. */
  private static void assertError(
      Map<String, Object> frame, String action, long requestId, String errors) {
    Map<String, Object> expected = json("type", "response", "action", action);
    expected.putAll(error(requestId, errors));
    assertEquals(expected, frame);
  }

  private static void assertEntry(Map<String, Object> frame, String name, Object value) {
    assertTrue(frame.containsKey(name), () -> "no " + name + " in " + frame);
    assertEquals(value, frame.get(name), () -> name + " of " + frame);
  }

  private static void assertRateLimited(Map<String, Object> frame, long requestId) {
    assertEntry(frame, "status", "bad");
    assertEntry(frame, "request_id", (double) requestId);
    assertTrue(((String) frame.get("errors")).matches(RATE_LIMITED), () -> frame.toString());
  }

  /** Skips JSON frames until one matches; returns it. */
  private static Map<String, Object> nextJsonUntil(
      RawClient client, Predicate<Map<String, Object>> matching) {
    Map<String, Object> frame = client.nextJson();
    while (!matching.test(frame)) {
      frame = client.nextJson();
    }
    return frame;
  }

  /** An open socket answers a fence, and nothing came that the test did not read. */
  private static void assertStillOpen(RawClient socket) {
    socket.assertNothingMore();
  }

  @Nested
  class Base {
    @Test
    void relaysEveryTextFrameUnchangedToTheWholeRoom() {
      RawClient alice = open("/base");
      // A member's own echo proves it has joined the room (connects run off the handshake).
      alice.send("alice here");
      assertEquals("alice here", alice.nextText());
      RawClient bob = open("/base");
      bob.send("bob here");
      assertEquals("bob here", bob.nextText());
      assertEquals("bob here", alice.nextText());
      String[] texts = {
        "{\"user\":\"alice\",\"message\":\"hi\"}",
        "not json at all {",
        "{\"action\":\"count\"}",
        "é ✓"
      };
      for (String text : texts) {
        alice.send(text);
        assertEquals(text, alice.nextText());
        assertEquals(text, bob.nextText());
      }
      bob.send("from bob");
      assertEquals("from bob", alice.nextText());
      assertEquals("from bob", bob.nextText());
    }
  }

  @Nested
  class Person {
    @Test
    void countRepliesWithTheConnectionCountTwiceThenIsRateLimited() {
      RawClient alice = joined("/person");
      joined("/person");
      alice.send("{\"action\":\"count\",\"request_id\":7}");
      assertEquals(
          json("type", "response", "action", "count", "request_id", 7, "status", "ok", "data", 2),
          alice.nextJson());
      alice.send("{\"action\":\"count\"}");
      assertEntry(alice.nextJson(), "data", 2.0);

      alice.send("{\"action\":\"count\",\"request_id\":9}");
      assertRateLimited(alice.nextJson(), 9);
      assertStillOpen(alice);
    }

    @Test
    void theCountLimitOpensAgainAfterItsWindowOnTheClock() {
      RawClient alice = joined("/person");
      alice.send("{\"action\":\"count\"}");
      alice.send("{\"action\":\"count\"}");
      alice.send("{\"action\":\"count\",\"request_id\":3}");
      alice.nextJson();
      alice.nextJson();
      assertError(alice.nextJson(), "count", 3, "Too Many Requests. Retry after 3000 seconds.");
      server
          .clock()
          .advance(java.time.Duration.ofSeconds(3000)); // @Limit(times = 2, seconds = 3000)
      alice.send("{\"action\":\"count\",\"request_id\":4}");
      assertEntry(alice.nextJson(), "data", 1.0);
    }

    @Test
    void aThirdConnectionIsRefusedWithAnErrorAndClose1013() {
      RawClient alice = joined("/person");
      RawClient bob = joined("/person");
      RawClient carol = open("/person");
      assertError(
          carol.nextJson(),
          1,
          "The current number of channel connections is greater than the maximum number of"
              + " connections");
      assertEquals(1013, carol.awaitClose().code());
      alice.send("{\"action\":\"count\"}");
      assertEntry(alice.nextJson(), "data", 2.0);
      assertStillOpen(bob);
    }

    @Test
    void messageIsBroadcastToTheRoom() {
      RawClient alice = joined("/person");
      RawClient bob = joined("/person");
      alice.send("{\"action\":\"message\",\"request_id\":3,\"user\":\"alice\",\"message\":\"hi\"}");
      Map<String, Object> expected =
          json(
              "action",
              "message",
              "user",
              "alice",
              "message",
              "hi",
              "status",
              "ok",
              "request_id",
              3);
      assertEquals(expected, alice.nextJson());
      assertEquals(expected, bob.nextJson());
    }

    @Test
    void deprecatedActionAnswersWithAnErrorAndKeepsTheSocket() {
      RawClient alice = open("/person");
      alice.send("{\"action\":\"deprecated_action\",\"request_id\":4}");
      assertError(
          alice.nextJson(),
          "deprecated_action",
          4,
          "The action 'deprecated_action' is deprecated.");
      assertStillOpen(alice);
      alice.send("{\"action\":\"count\"}");
      assertEntry(alice.nextJson(), "data", 1.0);
    }

    @Test
    void permissionDeniedActionAnswersWithAnErrorAndKeepsTheSocket() {
      RawClient alice = open("/person");
      alice.send("{\"action\":\"permission_denied\",\"request_id\":5}");
      assertError(alice.nextJson(), "permission_denied", 5, "Permission Denied");
      assertStillOpen(alice);
    }

    @Test
    void errorThrowsPermissionDeniedWithoutClosing() {
      RawClient alice = open("/person");
      alice.send("{\"action\":\"error\",\"request_id\":6}");
      assertError(alice.nextJson(), "error", 6, "Permission Denied");
      assertStillOpen(alice);
    }

    @Test
    void unknownActionAnswersActionNotExist() {
      RawClient alice = open("/person");
      alice.send("{\"action\":\"nope\"}");
      assertError(alice.nextJson(), "nope", 1, "Action Not Exist");
      assertStillOpen(alice);
    }

    @Test
    void closeClosesTheSocketFromTheServer() {
      RawClient alice = joined("/person");
      joined("/person");
      alice.send("{\"action\":\"close\"}");
      assertEquals(1000, alice.awaitClose().code());
      // The place it held is freed once the server has run its leave, which happens off the close.
      server.assertRoomCount("person_channel", 1);
      RawClient carol = open("/person");
      carol.send("{\"action\":\"count\"}");
      assertEntry(carol.nextJson(), "data", 2.0);
    }
  }

  @Nested
  class Auction {
    private static String bid(long requestId, String user, long amount) {
      return "{\"action\":\"bid\",\"request_id\":"
          + requestId
          + ",\"user\":\""
          + user
          + "\",\"amount\":"
          + amount
          + "}";
    }

    @Test
    void aBidAboveTheHighestIsBroadcastAndAcknowledgedALowerOneRefused() {
      RawClient alice = joined("/auction/7");
      RawClient bob = joined("/auction/7");
      alice.send(bid(1, "alice", 100));
      Map<String, Object> event = json("action", "bid", "lot", 7, "user", "alice", "amount", 100);
      Map<String, Object> ack =
          json("type", "response", "action", "bid", "request_id", 1, "status", "ok", "data", null);
      // The broadcast and the acknowledgement take different ways to alice: either may come first.
      assertEquals(Set.of(event, ack), Set.of(alice.nextJson(), alice.nextJson()));
      assertEquals(event, bob.nextJson());

      bob.send(bid(2, "bob", 100));
      Map<String, Object> refused = bob.nextJson();
      assertEntry(refused, "errors", "Bid too low: the highest is 100");
      assertEntry(refused, "data", json("lot", 7, "highest", 100, "next", 101));
      assertStillOpen(bob);
      assertStillOpen(alice); // alice was sent nothing for the refused bid
    }

    @Test
    void anInvalidBidGetsEveryViolationInOneFrameAndNeverReachesTheRoom() {
      RawClient alice = joined("/auction/8");
      RawClient bob = joined("/auction/8");
      alice.send(bid(3, " ", -5));
      Map<String, Object> answer = alice.nextJson();
      assertEntry(answer, "errors", "Validation Error");
      assertEntry(answer, "request_id", 3.0);
      assertEntry(
          answer,
          "data",
          List.of(
              Map.of("path", "user", "message", "must not be blank"),
              Map.of("path", "amount", "message", "must be greater than 0")));
      assertStillOpen(alice);
      assertStillOpen(bob); // no broadcast came before the fence's answer
    }

    @Test
    void theEstimateIsAnsweredWhenItsStageCompletes() {
      RawClient alice = joined("/auction/9");
      alice.send("{\"action\":\"estimate\",\"request_id\":4}");
      assertEquals(
          json(
              "type",
              "response",
              "action",
              "estimate",
              "request_id",
              4,
              "status",
              "ok",
              "data",
              json("lot", 9, "highest", 0, "next", 1)),
          alice.nextJson());
      alice.send(bid(5, "alice", 40));
      nextJsonUntil(alice, frame -> "response".equals(frame.get("type")));
      alice.send("{\"action\":\"estimate\",\"request_id\":6}");
      assertEntry(
          nextJsonUntil(alice, frame -> "response".equals(frame.get("type"))),
          "data",
          json("lot", 9, "highest", 40, "next", 41));
    }

    @Test
    void eachLotIsARoomOfItsOwnAndTheLotMustBeANumber() {
      RawClient seven = joined("/auction/10");
      RawClient eleven = joined("/auction/11");
      seven.send(bid(1, "alice", 5));
      nextJsonUntil(seven, frame -> "response".equals(frame.get("type")));
      assertStillOpen(eleven); // lot 11 heard nothing of lot 10

      RawClient notALot = joined("/auction/abc");
      notALot.send(bid(2, "alice", 5));
      assertError(
          notALot.nextJson(),
          "bid",
          2,
          "Parse Error: Path parameter 'lot' must be a long, but is 'abc'");
      assertStillOpen(notALot);
    }
  }

  @Nested
  class Drop {
    @Test
    void aBinaryFrameReachesEveryMemberUnchanged() {
      RawClient alice = joined("/drop");
      RawClient bob = joined("/drop");
      byte[] picture = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, 1, 2, 3};
      alice.sendBinary(picture);
      for (RawClient member : List.of(alice, bob)) {
        assertArrayEquals(picture, member.nextBinary());
      }
      bob.send("{\"action\":\"count\",\"request_id\":1}");
      assertEntry(bob.nextJson(), "data", 2.0);
    }
  }

  @Nested
  class Group {
    private final Map<String, Object> joinNotice =
        json(
            "action",
            "join",
            "user",
            "anonymous",
            "message",
            "Join successfully",
            "status",
            "ok",
            "request_id",
            1);

    /** A broadcast of the room, which keeps history: its id, checked and taken off. */
    private Map<String, Object> broadcast(Map<String, Object> frame) {
      assertTrue(((String) frame.get("id")).matches("\\d+-\\d+"), () -> "the id of " + frame);
      Map<String, Object> rest = new LinkedHashMap<>(frame);
      rest.remove("id");
      return rest;
    }

    @Test
    void theJoinerIsToldJoinSuccessfullyAndOnlyThem() {
      RawClient alice = open("/group");
      assertEquals(joinNotice, alice.nextJson());
      RawClient bob = open("/group");
      assertEquals(joinNotice, bob.nextJson());
      alice.assertNothingMore();
    }

    @Test
    void theTokenNamesTheUserInNotices() {
      RawClient alice = open("/group");
      alice.nextJson();
      RawClient bob = open("/group?token=bob");
      assertEquals(
          json(
              "action",
              "join",
              "user",
              "bob",
              "message",
              "Join successfully",
              "status",
              "ok",
              "request_id",
              1),
          bob.nextJson());
      bob.close();
      assertEntry(alice.nextJson(), "user", "bob");
    }

    @Test
    void theRoomIsToldLeaveSuccessfully() {
      RawClient alice = open("/group");
      alice.nextJson();
      RawClient bob = open("/group");
      bob.nextJson();
      bob.send("{\"action\":\"message\",\"user\":\"bob\",\"message\":\"bye all\"}");
      assertEntry(alice.nextJson(), "message", "bye all");
      bob.close();
      assertEquals(
          json(
              "action",
              "leave",
              "user",
              "bob",
              "message",
              "leave successfully",
              "status",
              "ok",
              "request_id",
              1),
          broadcast(alice.nextJson()));
    }

    @Test
    void messageIsBroadcastOncePerThreeSeconds() {
      RawClient alice = open("/group");
      alice.nextJson();
      RawClient bob = open("/group");
      bob.nextJson();
      alice.send("{\"action\":\"message\",\"request_id\":2,\"user\":\"alice\",\"message\":\"hi\"}");
      Map<String, Object> expected =
          json(
              "action",
              "message",
              "user",
              "alice",
              "message",
              "hi",
              "status",
              "ok",
              "request_id",
              2);
      assertEquals(expected, broadcast(alice.nextJson()));
      assertEquals(expected, broadcast(bob.nextJson()));

      alice.send(
          "{\"action\":\"message\",\"request_id\":3,\"user\":\"alice\",\"message\":\"again\"}");
      assertRateLimited(alice.nextJson(), 3);
      assertStillOpen(bob);
      assertStillOpen(alice);

      // The limit is per connection: bob may still talk.
      bob.send("{\"action\":\"message\",\"user\":\"bob\",\"message\":\"me too\"}");
      assertEntry(alice.nextJson(), "user", "bob");

      // And alice again, three seconds later on the server's clock.
      server.clock().advance(java.time.Duration.ofSeconds(3));
      alice.send("{\"action\":\"message\",\"user\":\"alice\",\"message\":\"later\"}");
      assertEntry(bob.nextJson(), "user", "bob");
      assertEntry(bob.nextJson(), "message", "later");
    }

    @Test
    void errorTrueDeniesAndCloses1002() {
      RawClient alice = open("/group");
      alice.nextJson();
      alice.send("{\"action\":\"error_true\",\"request_id\":8}");
      assertError(alice.nextJson(), "error_true", 8, "Permission Denied");
      assertEquals(1002, alice.awaitClose().code());
    }

    @Test
    void errorFalseDeniesAndKeepsTheSocket() {
      RawClient alice = open("/group");
      alice.nextJson();
      alice.send("{\"action\":\"error_false\",\"request_id\":8}");
      assertError(alice.nextJson(), "error_false", 8, "Permission Denied");
      assertStillOpen(alice);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewcomerReadsTheRoomsLastMessages() {
      RawClient alice = open("/group?token=alice");
      alice.nextJson();
      RawClient bob = open("/group?token=bob");
      bob.nextJson();
      alice.send("{\"action\":\"message\",\"user\":\"alice\",\"message\":\"first\"}");
      Map<String, Object> first = alice.nextJson();
      bob.send("{\"action\":\"message\",\"user\":\"bob\",\"message\":\"second\"}");
      Map<String, Object> second = alice.nextJson();

      RawClient carol = open("/group?token=carol");
      carol.nextJson();
      carol.send("{\"action\":\"history\",\"request_id\":4,\"limit\":100}");
      Map<String, Object> page = carol.nextJson();
      assertEntry(page, "action", "history");
      assertEntry(page, "request_id", 4.0);
      Map<String, Object> data = (Map<String, Object>) page.get("data");
      assertEquals(List.of(first, second), data.get("messages"));
      assertNull(data.get("next"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberWhoReconnectsGetsWhatItMissed() {
      RawClient alice = open("/group?token=alice");
      alice.nextJson();
      RawClient bob = open("/group?token=bob");
      bob.nextJson();
      bob.send("{\"action\":\"message\",\"user\":\"bob\",\"message\":\"seen\"}");
      String last = (String) alice.nextJson().get("id");
      bob.nextJson();
      alice.close();
      Map<String, Object> aliceLeft = bob.nextJson();
      assertEntry(aliceLeft, "action", "leave");
      RawClient carol = open("/group?token=carol");
      carol.nextJson();
      carol.send("{\"action\":\"message\",\"user\":\"carol\",\"message\":\"missed\"}");
      Map<String, Object> missed = bob.nextJson();

      RawClient back = open("/group?token=alice&since=" + last);
      assertEquals(aliceLeft, back.nextJson());
      assertEquals(missed, back.nextJson());
      Map<String, Object> recovered = back.nextJson();
      assertEntry(recovered, "action", "recover");
      assertEquals(
          Map.of("recovered", true, "replayed", 2.0), (Map<String, Object>) recovered.get("data"));
      // Then the join notice, as for any newcomer.
      assertEntry(back.nextJson(), "message", "Join successfully");
    }

    @Test
    void closeClosesTheSocketAndTheRoomIsTold() {
      RawClient alice = open("/group");
      alice.nextJson();
      RawClient bob = open("/group");
      bob.nextJson();
      bob.send("{\"action\":\"close\"}");
      assertEquals(1000, bob.awaitClose().code());
      assertEntry(alice.nextJson(), "message", "leave successfully");
    }
  }

  @Nested
  class Page {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesThePageAndItsAssets() throws Exception {
      HttpResponse<String> page = get("/");
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("<title>channels4j chat example</title>"));
      assertFalse(page.body().contains("https://"));
      assertEquals(200, get("/app.js").statusCode());
      assertEquals(200, get("/app.css").statusCode());
    }

    @Test
    void servesTheContractTheProcessorWrote() throws Exception {
      HttpResponse<String> document = get("/contract/asyncapi.json");
      assertEquals(200, document.statusCode());
      assertTrue(
          document.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
      assertEquals(resource("META-INF/channels4j/asyncapi.json"), document.body());

      HttpResponse<String> module = get("/contract/typescript/channels.js");
      assertEquals(200, module.statusCode());
      // A browser runs a module script only with a JavaScript type.
      assertEquals(
          "application/javascript", module.headers().firstValue("Content-Type").orElse(""));
      String body = module.body();
      assertEquals(resource("META-INF/channels4j/typescript/channels.js"), body);
      // The rooms and actions the page offers are those the server mounted.
      for (ChannelDescriptor channel : server.server().descriptors()) {
        assertTrue(body.contains("path: \"" + channel.path() + "\""), channel::path);
        for (ActionDescriptor action : channel.actions()) {
          assertTrue(body.contains("name: \"" + action.name() + "\""), action::name);
        }
      }
      for (String file : List.of("channels.ts", "channels4j.js", "channels4j.d.ts")) {
        assertEquals(200, get("/contract/typescript/" + file).statusCode(), file);
      }
      assertEquals(404, get("/contract/typescript/nothing.js").statusCode());
    }

    private String resource(String name) throws IOException {
      try (InputStream in = ChatExample.class.getClassLoader().getResourceAsStream(name)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }

    @Test
    void answersTheHealthCheck() throws Exception {
      HttpResponse<String> health = get("/health");
      assertEquals(200, health.statusCode());
      assertTrue(health.body().contains("ok"));
    }
  }
}
