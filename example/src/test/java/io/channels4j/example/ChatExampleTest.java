package io.channels4j.example;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.TestSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The three rooms, driven over real sockets exactly as the fastapi-channels example behaves. */
class ChatExampleTest {
  private static final Duration QUIET = Duration.ofMillis(300);
  private static final String RATE_LIMITED = "Too Many Requests\\. Retry after \\d+ seconds\\.";

  private ChannelServer server;
  private final List<TestSocket> sockets = new ArrayList<>();

  @BeforeEach
  void start() {
    server = ChatExample.start(0, ChatExample.DEFAULT_BROKER);
  }

  @AfterEach
  void stop() {
    sockets.forEach(TestSocket::close);
    server.stop();
  }

  private TestSocket open(String path) {
    TestSocket socket = TestSocket.open(server.port(), path);
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

  private static void assertStillOpen(TestSocket socket) {
    assertThat(socket.isClosed()).isFalse();
  }

  @Nested
  class Base {
    @Test
    void relaysEveryTextFrameUnchangedToTheWholeRoom() {
      TestSocket alice = open("/base");
      // A member's own echo proves it has joined the room (connects run off the handshake).
      alice.send("alice here");
      assertThat(alice.next()).isEqualTo("alice here");
      TestSocket bob = open("/base");
      bob.send("bob here");
      assertThat(bob.next()).isEqualTo("bob here");
      assertThat(alice.next()).isEqualTo("bob here");
      String[] texts = {
        "{\"user\":\"alice\",\"message\":\"hi\"}",
        "not json at all {",
        "{\"action\":\"count\"}",
        "é ✓"
      };
      for (String text : texts) {
        alice.send(text);
        assertThat(alice.next()).isEqualTo(text);
        assertThat(bob.next()).isEqualTo(text);
      }
      bob.send("from bob");
      assertThat(alice.next()).isEqualTo("from bob");
      assertThat(bob.next()).isEqualTo("from bob");
    }
  }

  @Nested
  class Person {
    @Test
    void countRepliesWithTheConnectionCountTwiceThenIsRateLimited() {
      TestSocket alice = open("/person").ready();
      open("/person").ready();
      alice.send("{\"action\":\"count\",\"request_id\":7}");
      assertThat(alice.nextJson())
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
      alice.send("{\"action\":\"count\"}");
      assertThat(alice.nextJson()).containsEntry("data", 2.0);

      alice.send("{\"action\":\"count\",\"request_id\":9}");
      Map<String, Object> limited = alice.nextJson();
      assertThat(limited).containsEntry("status", "bad");
      assertThat(limited).containsEntry("request_id", 9.0);
      assertThat((String) limited.get("errors")).matches(RATE_LIMITED);
      assertStillOpen(alice);
    }

    @Test
    void aThirdConnectionIsRefusedWithAnErrorAndClose1013() {
      TestSocket alice = open("/person").ready();
      TestSocket bob = open("/person").ready();
      TestSocket carol = open("/person");
      assertError(
          carol.nextJson(),
          1,
          "The current number of channel connections is greater than the maximum number of"
              + " connections");
      assertThat(carol.awaitClose().code()).isEqualTo(1013);
      alice.send("{\"action\":\"count\"}");
      assertThat(alice.nextJson()).containsEntry("data", 2.0);
      assertStillOpen(bob);
    }

    @Test
    void messageIsBroadcastToTheRoom() {
      TestSocket alice = open("/person").ready();
      TestSocket bob = open("/person").ready();
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
      assertThat(alice.nextJson()).containsExactlyEntriesIn(expected);
      assertThat(bob.nextJson()).containsExactlyEntriesIn(expected);
    }

    @Test
    void deprecatedActionAnswersWithAnErrorAndKeepsTheSocket() {
      TestSocket alice = open("/person");
      alice.send("{\"action\":\"deprecated_action\",\"request_id\":4}");
      assertError(alice.nextJson(), 4, "The action 'deprecated_action' is deprecated.");
      assertStillOpen(alice);
      alice.send("{\"action\":\"count\"}");
      assertThat(alice.nextJson()).containsEntry("data", 1.0);
    }

    @Test
    void permissionDeniedActionAnswersWithAnErrorAndKeepsTheSocket() {
      TestSocket alice = open("/person");
      alice.send("{\"action\":\"permission_denied\",\"request_id\":5}");
      assertError(alice.nextJson(), 5, "Permission Denied");
      alice.assertNoFrame(QUIET);
      assertStillOpen(alice);
    }

    @Test
    void errorThrowsPermissionDeniedWithoutClosing() {
      TestSocket alice = open("/person");
      alice.send("{\"action\":\"error\",\"request_id\":6}");
      assertError(alice.nextJson(), 6, "Permission Denied");
      alice.assertNoFrame(QUIET);
      assertStillOpen(alice);
    }

    @Test
    void unknownActionAnswersActionNotExist() {
      TestSocket alice = open("/person");
      alice.send("{\"action\":\"nope\"}");
      assertError(alice.nextJson(), 1, "Action Not Exist");
      assertStillOpen(alice);
    }

    @Test
    void closeClosesTheSocketFromTheServer() {
      TestSocket alice = open("/person").ready();
      open("/person").ready();
      alice.send("{\"action\":\"close\"}");
      assertThat(alice.awaitClose().code()).isEqualTo(1000);
      // The place it held is freed once the server has run its leave, which happens off the close.
      long deadline = System.nanoTime() + TestSocket.WAIT.toNanos();
      while (true) {
        TestSocket carol = open("/person");
        carol.send("{\"action\":\"count\"}");
        Map<String, Object> answer = carol.nextJson();
        if (!"bad".equals(answer.get("status"))) {
          assertThat(answer).containsEntry("data", 2.0);
          break;
        }
        assertThat(carol.awaitClose().code()).isEqualTo(1013);
        assertThat(System.nanoTime()).isLessThan(deadline);
      }
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
    void theJoinerIsToldJoinSuccessfullyAndOnlyThem() {
      TestSocket alice = open("/group");
      assertThat(alice.nextJson()).containsExactlyEntriesIn(joinNotice);
      TestSocket bob = open("/group");
      assertThat(bob.nextJson()).containsExactlyEntriesIn(joinNotice);
      alice.assertNoFrame(QUIET);
    }

    @Test
    void theTokenNamesTheUserInNotices() {
      TestSocket alice = open("/group");
      alice.nextJson();
      TestSocket bob = open("/group?token=bob");
      assertThat(bob.nextJson())
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
      assertThat(alice.nextJson()).containsEntry("user", "bob");
    }

    @Test
    void theRoomIsToldLeaveSuccessfully() {
      TestSocket alice = open("/group");
      alice.nextJson();
      TestSocket bob = open("/group");
      bob.nextJson();
      bob.send("{\"action\":\"message\",\"user\":\"bob\",\"message\":\"bye all\"}");
      assertThat(alice.nextJson()).containsEntry("message", "bye all");
      bob.close();
      assertThat(broadcast(alice.nextJson()))
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
    void messageIsBroadcastOncePerThreeSeconds() {
      TestSocket alice = open("/group");
      alice.nextJson();
      TestSocket bob = open("/group");
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
      assertThat(broadcast(alice.nextJson())).containsExactlyEntriesIn(expected);
      assertThat(broadcast(bob.nextJson())).containsExactlyEntriesIn(expected);

      alice.send(
          "{\"action\":\"message\",\"request_id\":3,\"user\":\"alice\",\"message\":\"again\"}");
      Map<String, Object> limited = alice.nextJson();
      assertThat(limited).containsEntry("status", "bad");
      assertThat(limited).containsEntry("request_id", 3.0);
      assertThat((String) limited.get("errors")).matches(RATE_LIMITED);
      bob.assertNoFrame(QUIET);
      assertStillOpen(alice);

      // The limit is per connection: bob may still talk.
      bob.send("{\"action\":\"message\",\"user\":\"bob\",\"message\":\"me too\"}");
      assertThat(alice.nextJson()).containsEntry("user", "bob");
    }

    @Test
    void errorTrueDeniesAndCloses1002() {
      TestSocket alice = open("/group");
      alice.nextJson();
      alice.send("{\"action\":\"error_true\",\"request_id\":8}");
      assertError(alice.nextJson(), 8, "Permission Denied");
      assertThat(alice.awaitClose().code()).isEqualTo(1002);
    }

    @Test
    void errorFalseDeniesAndKeepsTheSocket() {
      TestSocket alice = open("/group");
      alice.nextJson();
      alice.send("{\"action\":\"error_false\",\"request_id\":8}");
      assertError(alice.nextJson(), 8, "Permission Denied");
      alice.assertNoFrame(QUIET);
      assertStillOpen(alice);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewcomerReadsTheRoomsLastMessages() {
      TestSocket alice = open("/group?token=alice");
      alice.nextJson();
      TestSocket bob = open("/group?token=bob");
      bob.nextJson();
      alice.send("{\"action\":\"message\",\"user\":\"alice\",\"message\":\"first\"}");
      Map<String, Object> first = alice.nextJson();
      bob.send("{\"action\":\"message\",\"user\":\"bob\",\"message\":\"second\"}");
      Map<String, Object> second = alice.nextJson();

      TestSocket carol = open("/group?token=carol");
      carol.nextJson();
      carol.send("{\"action\":\"history\",\"request_id\":4,\"limit\":100}");
      Map<String, Object> page = carol.nextJson();
      assertThat(page).containsEntry("action", "history");
      assertThat(page).containsEntry("request_id", 4.0);
      Map<String, Object> data = (Map<String, Object>) page.get("data");
      assertThat((List<Object>) data.get("messages")).containsExactly(first, second).inOrder();
      assertThat(data.get("next")).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberWhoReconnectsGetsWhatItMissed() {
      TestSocket alice = open("/group?token=alice");
      alice.nextJson();
      TestSocket bob = open("/group?token=bob");
      bob.nextJson();
      bob.send("{\"action\":\"message\",\"user\":\"bob\",\"message\":\"seen\"}");
      String last = (String) alice.nextJson().get("id");
      bob.nextJson();
      alice.close();
      Map<String, Object> aliceLeft = bob.nextJson();
      assertThat(aliceLeft).containsEntry("action", "leave");
      TestSocket carol = open("/group?token=carol");
      carol.nextJson();
      carol.send("{\"action\":\"message\",\"user\":\"carol\",\"message\":\"missed\"}");
      Map<String, Object> missed = bob.nextJson();

      TestSocket back = open("/group?token=alice&since=" + last);
      assertThat(back.nextJson()).isEqualTo(aliceLeft);
      assertThat(back.nextJson()).isEqualTo(missed);
      Map<String, Object> recovered = back.nextJson();
      assertThat(recovered).containsEntry("action", "recover");
      assertThat((Map<String, Object>) recovered.get("data"))
          .containsExactly("recovered", true, "replayed", 2.0);
      // Then the join notice, as for any newcomer.
      assertThat(back.nextJson()).containsEntry("message", "Join successfully");
    }

    @Test
    void closeClosesTheSocketAndTheRoomIsTold() {
      TestSocket alice = open("/group");
      alice.nextJson();
      TestSocket bob = open("/group");
      bob.nextJson();
      bob.send("{\"action\":\"close\"}");
      assertThat(bob.awaitClose().code()).isEqualTo(1000);
      assertThat(alice.nextJson()).containsEntry("message", "leave successfully");
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
