package io.channels4j.example;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.Await;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rooms, driven over real sockets: the three of the fastapi-channels example exactly as it
 * behaves, the auction and the file drop.
 */
class ChatExampleTest {
  private static final String RATE_LIMITED = "Too Many Requests\\. Retry after \\d+ seconds\\.";

  private ChannelServer server;
  private final List<WsClient> sockets = new ArrayList<>();

  @BeforeEach
  void start() {
    server = ChatExample.start(0, ChatExample.DEFAULT_BROKER);
  }

  @AfterEach
  void stop() {
    sockets.forEach(WsClient::close);
    server.stop();
  }

  private WsClient open(String path) throws IOException {
    WsClient socket = WsClient.connect(server.port(), path);
    sockets.add(socket);
    return socket;
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
    assertThat(frame).containsExactlyEntriesIn(error(requestId, errors));
  }

  /** The error frame answering {@code action}. */
  private static void assertError(
      Map<String, Object> frame, String action, long requestId, String errors) {
    Map<String, Object> expected = json("type", "response", "action", action);
    expected.putAll(error(requestId, errors));
    assertThat(frame).containsExactlyEntriesIn(expected);
  }

  /** An open socket answers a fence; a closed one fails it. */
  private static void assertStillOpen(WsClient socket) throws IOException {
    socket.fence();
  }

  @Nested
  class Base {
    @Test
    void relaysEveryTextFrameUnchangedToTheWholeRoom() throws IOException {
      WsClient alice = open("/base");
      // A member's own echo proves it has joined the room (connects run off the handshake).
      alice.sendText("alice here");
      assertThat(alice.receive()).isEqualTo("alice here");
      WsClient bob = open("/base");
      bob.sendText("bob here");
      assertThat(bob.receive()).isEqualTo("bob here");
      assertThat(alice.receive()).isEqualTo("bob here");
      String[] texts = {
        "{\"user\":\"alice\",\"message\":\"hi\"}",
        "not json at all {",
        "{\"action\":\"count\"}",
        "é ✓"
      };
      for (String text : texts) {
        alice.sendText(text);
        assertThat(alice.receive()).isEqualTo(text);
        assertThat(bob.receive()).isEqualTo(text);
      }
      bob.sendText("from bob");
      assertThat(alice.receive()).isEqualTo("from bob");
      assertThat(bob.receive()).isEqualTo("from bob");
    }
  }

  @Nested
  class Person {
    @Test
    void countRepliesWithTheConnectionCountTwiceThenIsRateLimited() throws IOException {
      WsClient alice = open("/person").fence();
      open("/person").fence();
      alice.sendText("{\"action\":\"count\",\"request_id\":7}");
      assertThat(alice.receiveJson())
          .containsExactlyEntriesIn(
              json(
                  "type",
                  "response",
                  "action",
                  "count",
                  "request_id",
                  7,
                  "status",
                  "ok",
                  "data",
                  2));
      alice.sendText("{\"action\":\"count\"}");
      assertThat(alice.receiveJson()).containsEntry("data", 2.0);

      alice.sendText("{\"action\":\"count\",\"request_id\":9}");
      Map<String, Object> limited = alice.receiveJson();
      assertThat(limited).containsEntry("status", "bad");
      assertThat(limited).containsEntry("request_id", 9.0);
      assertThat((String) limited.get("errors")).matches(RATE_LIMITED);
      assertStillOpen(alice);
    }

    @Test
    void aThirdConnectionIsRefusedWithAnErrorAndClose1013() throws IOException {
      WsClient alice = open("/person").fence();
      WsClient bob = open("/person").fence();
      WsClient carol = open("/person");
      assertError(
          carol.receiveJson(),
          1,
          "The current number of channel connections is greater than the maximum number of"
              + " connections");
      assertThat(carol.awaitClose()).isEqualTo(1013);
      alice.sendText("{\"action\":\"count\"}");
      assertThat(alice.receiveJson()).containsEntry("data", 2.0);
      assertStillOpen(bob);
    }

    @Test
    void messageIsBroadcastToTheRoom() throws IOException {
      WsClient alice = open("/person").fence();
      WsClient bob = open("/person").fence();
      alice.sendText(
          "{\"action\":\"message\",\"request_id\":3,\"user\":\"alice\",\"message\":\"hi\"}");
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
      assertThat(alice.receiveJson()).containsExactlyEntriesIn(expected);
      assertThat(bob.receiveJson()).containsExactlyEntriesIn(expected);
    }

    @Test
    void deprecatedActionAnswersWithAnErrorAndKeepsTheSocket() throws IOException {
      WsClient alice = open("/person");
      alice.sendText("{\"action\":\"deprecated_action\",\"request_id\":4}");
      assertError(
          alice.receiveJson(),
          "deprecated_action",
          4,
          "The action 'deprecated_action' is deprecated.");
      assertStillOpen(alice);
      alice.sendText("{\"action\":\"count\"}");
      assertThat(alice.receiveJson()).containsEntry("data", 1.0);
    }

    @Test
    void permissionDeniedActionAnswersWithAnErrorAndKeepsTheSocket() throws IOException {
      WsClient alice = open("/person");
      alice.sendText("{\"action\":\"permission_denied\",\"request_id\":5}");
      assertError(alice.receiveJson(), "permission_denied", 5, "Permission Denied");
      alice.fence();
      assertStillOpen(alice);
    }

    @Test
    void errorThrowsPermissionDeniedWithoutClosing() throws IOException {
      WsClient alice = open("/person");
      alice.sendText("{\"action\":\"error\",\"request_id\":6}");
      assertError(alice.receiveJson(), "error", 6, "Permission Denied");
      alice.fence();
      assertStillOpen(alice);
    }

    @Test
    void unknownActionAnswersActionNotExist() throws IOException {
      WsClient alice = open("/person");
      alice.sendText("{\"action\":\"nope\"}");
      assertError(alice.receiveJson(), "nope", 1, "Action Not Exist");
      assertStillOpen(alice);
    }

    @Test
    void closeClosesTheSocketFromTheServer() throws IOException {
      WsClient alice = open("/person").fence();
      open("/person").fence();
      alice.sendText("{\"action\":\"close\"}");
      assertThat(alice.awaitClose()).isEqualTo(1000);
      // The place it held is freed once the server has run its leave, which happens off the close.
      Await.until(
          20,
          "the closed socket's place to be freed",
          () -> {
            WsClient carol = open("/person");
            carol.sendText("{\"action\":\"count\"}");
            Map<String, Object> answer = carol.receiveJson();
            if ("bad".equals(answer.get("status"))) {
              assertThat(carol.awaitClose()).isEqualTo(1013);
              return false;
            }
            assertThat(answer).containsEntry("data", 2.0);
            return true;
          });
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
    void aBidAboveTheHighestIsBroadcastAndAcknowledgedALowerOneRefused() throws IOException {
      WsClient alice = open("/auction/7").fence();
      WsClient bob = open("/auction/7").fence();
      alice.sendText(bid(1, "alice", 100));
      Map<String, Object> event = json("action", "bid", "lot", 7, "user", "alice", "amount", 100);
      Map<String, Object> ack =
          json("type", "response", "action", "bid", "request_id", 1, "status", "ok", "data", null);
      // The broadcast and the acknowledgement take different ways to alice: either may come first.
      assertThat(List.of(alice.receiveJson(), alice.receiveJson())).containsExactly(event, ack);
      assertThat(bob.receiveJson()).isEqualTo(event);

      bob.sendText(bid(2, "bob", 100));
      Map<String, Object> refused = bob.receiveJson();
      assertThat(refused).containsEntry("errors", "Bid too low: the highest is 100");
      assertThat(refused).containsEntry("data", json("lot", 7, "highest", 100, "next", 101));
      assertStillOpen(bob);
      assertStillOpen(alice); // alice was sent nothing for the refused bid
    }

    @Test
    void anInvalidBidGetsEveryViolationInOneFrameAndNeverReachesTheRoom() throws IOException {
      WsClient alice = open("/auction/8").fence();
      WsClient bob = open("/auction/8").fence();
      alice.sendText(bid(3, " ", -5));
      Map<String, Object> answer = alice.receiveJson();
      assertThat(answer).containsEntry("errors", "Validation Error");
      assertThat(answer).containsEntry("request_id", 3.0);
      assertThat(answer)
          .containsEntry(
              "data",
              List.of(
                  Map.of("path", "user", "message", "must not be blank"),
                  Map.of("path", "amount", "message", "must be greater than 0")));
      assertStillOpen(alice);
      assertStillOpen(bob); // no broadcast came before the fence's answer
    }

    @Test
    void theEstimateIsAnsweredWhenItsStageCompletes() throws IOException {
      WsClient alice = open("/auction/9").fence();
      alice.sendText("{\"action\":\"estimate\",\"request_id\":4}");
      assertThat(alice.receiveJson())
          .isEqualTo(
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
                  json("lot", 9, "highest", 0, "next", 1)));
      alice.sendText(bid(5, "alice", 40));
      alice.receiveJsonUntil(frame -> "response".equals(frame.get("type")));
      alice.sendText("{\"action\":\"estimate\",\"request_id\":6}");
      assertThat(alice.receiveJsonUntil(frame -> "response".equals(frame.get("type"))))
          .containsEntry("data", json("lot", 9, "highest", 40, "next", 41));
    }

    @Test
    void eachLotIsARoomOfItsOwnAndTheLotMustBeANumber() throws IOException {
      WsClient seven = open("/auction/10").fence();
      WsClient eleven = open("/auction/11").fence();
      seven.sendText(bid(1, "alice", 5));
      seven.receiveJsonUntil(frame -> "response".equals(frame.get("type")));
      assertStillOpen(eleven); // lot 11 heard nothing of lot 10

      WsClient notALot = open("/auction/abc").fence();
      notALot.sendText(bid(2, "alice", 5));
      assertError(
          notALot.receiveJson(),
          "bid",
          2,
          "Parse Error: Path parameter 'lot' must be a long, but is 'abc'");
      assertStillOpen(notALot);
    }
  }

  @Nested
  class Drop {
    @Test
    void aBinaryFrameReachesEveryMemberUnchanged() throws IOException {
      WsClient alice = open("/drop").fence();
      WsClient bob = open("/drop").fence();
      byte[] picture = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, 1, 2, 3};
      alice.sendBinary(picture);
      for (WsClient member : List.of(alice, bob)) {
        WsClient.Frame frame = member.next();
        assertThat(frame.opcode()).isEqualTo(2);
        assertThat(frame.payload()).isEqualTo(picture);
      }
      bob.sendText("{\"action\":\"count\",\"request_id\":1}");
      assertThat(bob.receiveJson()).containsEntry("data", 2.0);
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
      assertThat((String) frame.get("id")).matches("\\d+-\\d+");
      Map<String, Object> rest = new LinkedHashMap<>(frame);
      rest.remove("id");
      return rest;
    }

    @Test
    void theJoinerIsToldJoinSuccessfullyAndOnlyThem() throws IOException {
      WsClient alice = open("/group");
      assertThat(alice.receiveJson()).containsExactlyEntriesIn(joinNotice);
      WsClient bob = open("/group");
      assertThat(bob.receiveJson()).containsExactlyEntriesIn(joinNotice);
      alice.fence();
    }

    @Test
    void theTokenNamesTheUserInNotices() throws IOException {
      WsClient alice = open("/group");
      alice.receiveJson();
      WsClient bob = open("/group?token=bob");
      assertThat(bob.receiveJson())
          .containsExactlyEntriesIn(
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
                  1));
      bob.close();
      assertThat(alice.receiveJson()).containsEntry("user", "bob");
    }

    @Test
    void theRoomIsToldLeaveSuccessfully() throws IOException {
      WsClient alice = open("/group");
      alice.receiveJson();
      WsClient bob = open("/group");
      bob.receiveJson();
      bob.sendText("{\"action\":\"message\",\"user\":\"bob\",\"message\":\"bye all\"}");
      assertThat(alice.receiveJson()).containsEntry("message", "bye all");
      bob.close();
      assertThat(broadcast(alice.receiveJson()))
          .containsExactlyEntriesIn(
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
                  1));
    }

    @Test
    void messageIsBroadcastOncePerThreeSeconds() throws IOException {
      WsClient alice = open("/group");
      alice.receiveJson();
      WsClient bob = open("/group");
      bob.receiveJson();
      alice.sendText(
          "{\"action\":\"message\",\"request_id\":2,\"user\":\"alice\",\"message\":\"hi\"}");
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
      assertThat(broadcast(alice.receiveJson())).containsExactlyEntriesIn(expected);
      assertThat(broadcast(bob.receiveJson())).containsExactlyEntriesIn(expected);

      alice.sendText(
          "{\"action\":\"message\",\"request_id\":3,\"user\":\"alice\",\"message\":\"again\"}");
      Map<String, Object> limited = alice.receiveJson();
      assertThat(limited).containsEntry("status", "bad");
      assertThat(limited).containsEntry("request_id", 3.0);
      assertThat((String) limited.get("errors")).matches(RATE_LIMITED);
      bob.fence();
      assertStillOpen(alice);

      // The limit is per connection: bob may still talk.
      bob.sendText("{\"action\":\"message\",\"user\":\"bob\",\"message\":\"me too\"}");
      assertThat(alice.receiveJson()).containsEntry("user", "bob");
    }

    @Test
    void errorTrueDeniesAndCloses1002() throws IOException {
      WsClient alice = open("/group");
      alice.receiveJson();
      alice.sendText("{\"action\":\"error_true\",\"request_id\":8}");
      assertError(alice.receiveJson(), "error_true", 8, "Permission Denied");
      assertThat(alice.awaitClose()).isEqualTo(1002);
    }

    @Test
    void errorFalseDeniesAndKeepsTheSocket() throws IOException {
      WsClient alice = open("/group");
      alice.receiveJson();
      alice.sendText("{\"action\":\"error_false\",\"request_id\":8}");
      assertError(alice.receiveJson(), "error_false", 8, "Permission Denied");
      alice.fence();
      assertStillOpen(alice);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewcomerReadsTheRoomsLastMessages() throws IOException {
      WsClient alice = open("/group?token=alice");
      alice.receiveJson();
      WsClient bob = open("/group?token=bob");
      bob.receiveJson();
      alice.sendText("{\"action\":\"message\",\"user\":\"alice\",\"message\":\"first\"}");
      Map<String, Object> first = alice.receiveJson();
      bob.sendText("{\"action\":\"message\",\"user\":\"bob\",\"message\":\"second\"}");
      Map<String, Object> second = alice.receiveJson();

      WsClient carol = open("/group?token=carol");
      carol.receiveJson();
      carol.sendText("{\"action\":\"history\",\"request_id\":4,\"limit\":100}");
      Map<String, Object> page = carol.receiveJson();
      assertThat(page).containsEntry("action", "history");
      assertThat(page).containsEntry("request_id", 4.0);
      Map<String, Object> data = (Map<String, Object>) page.get("data");
      assertThat((List<Object>) data.get("messages")).containsExactly(first, second).inOrder();
      assertThat(data.get("next")).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberWhoReconnectsGetsWhatItMissed() throws IOException {
      WsClient alice = open("/group?token=alice");
      alice.receiveJson();
      WsClient bob = open("/group?token=bob");
      bob.receiveJson();
      bob.sendText("{\"action\":\"message\",\"user\":\"bob\",\"message\":\"seen\"}");
      String last = (String) alice.receiveJson().get("id");
      bob.receiveJson();
      alice.close();
      Map<String, Object> aliceLeft = bob.receiveJson();
      assertThat(aliceLeft).containsEntry("action", "leave");
      WsClient carol = open("/group?token=carol");
      carol.receiveJson();
      carol.sendText("{\"action\":\"message\",\"user\":\"carol\",\"message\":\"missed\"}");
      Map<String, Object> missed = bob.receiveJson();

      WsClient back = open("/group?token=alice&since=" + last);
      assertThat(back.receiveJson()).isEqualTo(aliceLeft);
      assertThat(back.receiveJson()).isEqualTo(missed);
      Map<String, Object> recovered = back.receiveJson();
      assertThat(recovered).containsEntry("action", "recover");
      assertThat((Map<String, Object>) recovered.get("data"))
          .containsExactly("recovered", true, "replayed", 2.0);
      // Then the join notice, as for any newcomer.
      assertThat(back.receiveJson()).containsEntry("message", "Join successfully");
    }

    @Test
    void closeClosesTheSocketAndTheRoomIsTold() throws IOException {
      WsClient alice = open("/group");
      alice.receiveJson();
      WsClient bob = open("/group");
      bob.receiveJson();
      bob.sendText("{\"action\":\"close\"}");
      assertThat(bob.awaitClose()).isEqualTo(1000);
      assertThat(alice.receiveJson()).containsEntry("message", "leave successfully");
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
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<title>channels4j chat example</title>");
      assertThat(page.body()).doesNotContain("https://");
      assertThat(get("/app.js").statusCode()).isEqualTo(200);
      assertThat(get("/app.css").statusCode()).isEqualTo(200);
    }

    @Test
    void listsTheRoomsAndActionsFromTheDescriptors() throws Exception {
      HttpResponse<String> channels = get("/channels.json");
      assertThat(channels.statusCode()).isEqualTo(200);
      assertThat(channels.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/json");
      String body = channels.body();
      assertThat(body).contains("\"path\": \"/base\"");
      assertThat(body).contains("\"room\": \"person_channel\"");
      assertThat(body).contains("\"room\": \"group_channel\"");
      assertThat(body).contains("\"name\": \"deprecated_action\"");
      assertThat(body).contains("\"name\": \"error_true\"");
      assertThat(body).contains("\"path\": \"/auction/{lot}\"");
      assertThat(body).contains("\"binary\": true");
      // Written at build time from the generated descriptors; the same as what the server mounted.
      assertThat(body).isEqualTo(ChannelsJson.render(server.descriptors()) + "\n");
    }

    @Test
    void answersTheHealthCheck() throws Exception {
      HttpResponse<String> health = get("/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("ok");
    }
  }
}
