package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.runtime.undertow.LifecycleTest.await;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.runtime.undertow.fixtures.KeptChannel;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin API over real HTTP, acting on clients over real sockets. */
class AdminApiTest {
  private static final String TOKEN = "admin-secret";
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  private static ChannelServer server;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server =
        ChannelServer.builder()
            .port(0)
            .mount(new ChatImpl())
            .mount(new KeptChannel() {})
            .authenticator(token -> () -> token == null ? "anonymous" : token)
            .admin("/admin", AdminGuard.token(TOKEN))
            .start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpResponse<String> call(String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    return (Map<String, Object>) JSON.fromJson(response.body());
  }

  private static Map<String, Object> ok(String method, String path) throws Exception {
    HttpResponse<String> response = call(method, path, TOKEN, null);
    assertThat(response.statusCode()).isEqualTo(200);
    return json(response);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/admin/channels", "/admin/rooms", "/admin/nothing", "/admin"})
  void withoutATokenItIs401AndWithAWrongOne403(String path) throws Exception {
    HttpResponse<String> none = call("GET", path, null, null);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(json(none)).containsExactly("error", "Unauthorized");
    HttpResponse<String> wrong = call("GET", path, "guess", null);
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(json(wrong)).containsExactly("error", "Forbidden");
  }

  @Test
  void aRefusedRequestChangesNothing() throws Exception {
    try (WsClient client = WsClient.connect(server.port(), "/chat/refused")) {
      client.fence();
      assertThat(
              call("POST", "/admin/broadcast?room=chat:refused", "guess", "{\"x\":1}").statusCode())
          .isEqualTo(403);
      assertThat(call("POST", "/admin/disconnect?user=anonymous", null, null).statusCode())
          .isEqualTo(401);
      client.fence(); // no broadcast came first, and the socket is open
    }
  }

  @Test
  void channelsListsTheMountedChannelsAndTheirActions() throws Exception {
    Map<String, Object> answer = ok("GET", "/admin/channels");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> channels = (List<Map<String, Object>>) answer.get("channels");
    assertThat(channels).hasSize(2);
    assertThat(channels.get(0)).containsAtLeast("path", "/chat/{topic}", "room", "chat:{topic}");
    assertThat(channels.get(1)).containsAtLeast("path", "/kept/{topic}", "history", true);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> actions = (List<Map<String, Object>>) channels.get(0).get("actions");
    Map<String, Object> limited =
        actions.stream().filter(a -> a.get("name").equals("limited")).findFirst().orElseThrow();
    assertThat(limited.get("limits"))
        .isEqualTo(
            List.of(
                Map.of(
                    "times", 2.0, "windowMillis", 60_000.0, "scope", "CONNECTION", "close", false),
                Map.of(
                    "times",
                    3.0,
                    "windowMillis",
                    3_600_000.0,
                    "scope",
                    "CONNECTION",
                    "close",
                    false)));
  }

  @Test
  void roomsAndARoomsMembersWithTheirUsers() throws Exception {
    try (WsClient ann = WsClient.connect(server.port(), "/chat/members?token=ann");
        WsClient bob = WsClient.connect(server.port(), "/chat/members?token=bob")) {
      ann.fence();
      bob.fence();
      Map<String, Object> rooms = ok("GET", "/admin/rooms");
      assertThat((List<?>) rooms.get("rooms"))
          .contains(Map.of("room", "chat:members", "localConnections", 2.0, "connections", 2.0));
      Map<String, Object> room = ok("GET", "/admin/room?name=chat:members");
      assertThat(room).containsAtLeast("room", "chat:members", "connections", 2.0);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> members = (List<Map<String, Object>>) room.get("members");
      assertThat(members.stream().map(m -> m.get("user")).sorted().toList())
          .containsExactly("ann", "bob")
          .inOrder();
      assertThat(members.get(0)).containsAtLeast("path", "/chat/members", "address", "127.0.0.1");
    }
  }

  @Test
  void broadcastSendsTheBodyToEveryMemberAsItIs() throws Exception {
    try (WsClient a = WsClient.connect(server.port(), "/chat/news");
        WsClient b = WsClient.connect(server.port(), "/chat/news")) {
      a.fence();
      b.fence();
      String notice = "{\"type\":\"notice\",\"text\":\"maintenance at 5\"}";
      HttpResponse<String> sent = call("POST", "/admin/broadcast?room=chat:news", TOKEN, notice);
      assertThat(sent.statusCode()).isEqualTo(202);
      assertThat(json(sent)).containsExactly("room", "chat:news");
      assertThat(a.receive()).isEqualTo(notice);
      assertThat(b.receive()).isEqualTo(notice);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not json", "[1,2]", "{\"a\":1} {}", "{\"a\":"})
  void aBroadcastBodyThatIsNotOneJsonObjectIs400(String body) throws Exception {
    HttpResponse<String> refused = call("POST", "/admin/broadcast?room=chat:x", TOKEN, body);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("error").toString()).isNotEmpty();
  }

  @Test
  void disconnectClosesAConnectionOrEveryConnectionOfAUserWithTheCodeAndReason() throws Exception {
    try (WsClient carl1 = WsClient.connect(server.port(), "/chat/kick?token=carl");
        WsClient carl2 = WsClient.connect(server.port(), "/kept/kick?token=carl");
        WsClient dan = WsClient.connect(server.port(), "/chat/kick?token=dan")) {
      carl1.fence();
      carl2.fence();
      dan.fence();
      Map<String, Object> byUser =
          ok("POST", "/admin/disconnect?user=carl&code=4001&reason=banned");
      assertThat(byUser).containsExactly("closed", 2.0);
      for (WsClient carl : List.of(carl1, carl2)) {
        WsClient.Frame close = carl.next();
        assertThat(close.closeCode()).isEqualTo(4001);
        assertThat(new String(close.payload(), 2, close.payload().length - 2)).isEqualTo("banned");
      }
      dan.fence(); // not carl: still open

      @SuppressWarnings("unchecked")
      String danId =
          (String)
              ((List<Map<String, Object>>) ok("GET", "/admin/room?name=chat:kick").get("members"))
                  .stream()
                      .filter(m -> "dan".equals(m.get("user")))
                      .findFirst()
                      .orElseThrow()
                      .get("id");
      assertThat(ok("POST", "/admin/disconnect?connection=" + danId))
          .containsExactly("closed", 1.0);
      assertThat(dan.awaitClose()).isEqualTo(1008);
      await(
          "the kicked connections left", () -> server.admin().room("chat:kick").connections() == 0);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/admin/disconnect",
        "/admin/disconnect?user=a&connection=b",
        "/admin/disconnect?user=a&code=1006",
        "/admin/disconnect?user=a&code=abc",
        "/admin/disconnect?user=a&code=999"
      })
  void aDisconnectWithoutOneTargetOrWithAnUnsendableCodeIs400(String path) throws Exception {
    assertThat(call("POST", path, TOKEN, null).statusCode()).isEqualTo(400);
  }

  @Test
  void unknownEndpointsConnectionsAndMethodsAreAnsweredAsSuch() throws Exception {
    assertThat(call("GET", "/admin/nothing", TOKEN, null).statusCode()).isEqualTo(404);
    assertThat(call("POST", "/admin/disconnect?connection=gone", TOKEN, null).statusCode())
        .isEqualTo(404);
    HttpResponse<String> wrongMethod = call("POST", "/admin/rooms", TOKEN, null);
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET");
    assertThat(call("GET", "/admin/history?room=chat:lobby", TOKEN, null).statusCode())
        .isEqualTo(404); // a room without history
  }

  @Test
  void historyListsTheNewestMessagesOfARoomOldestFirst() throws Exception {
    try (WsClient client = WsClient.connect(server.port(), "/kept/log")) {
      for (int i = 1; i <= 3; i++) {
        client.sendText(
            "{\"action\":\"say\",\"request_id\":"
                + i
                + ",\"user\":\"u\",\"message\":\"m"
                + i
                + "\"}");
        assertThat(client.receive()).contains("\"message\":\"m" + i + "\"");
      }
      Map<String, Object> history = ok("GET", "/admin/history?room=kept:log&limit=2");
      assertThat(history).containsAtLeast("room", "kept:log", "more", true);
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> messages = (List<Map<String, Object>>) history.get("messages");
      assertThat(messages.stream().map(m -> m.get("message")).toList())
          .containsExactly("m2", "m3")
          .inOrder();
      assertThat(messages.get(0)).containsKey("id");
    }
  }

  @Test
  void aScheduledBroadcastIsListedThenSentOnceAtItsTime() throws Exception {
    try (WsClient client = WsClient.connect(server.port(), "/chat/timed")) {
      client.fence();
      String notice = "{\"type\":\"notice\",\"text\":\"on time\"}";
      HttpResponse<String> added =
          call(
              "POST",
              "/admin/schedules",
              TOKEN,
              "{\"kind\":\"broadcast\",\"room\":\"chat:timed\",\"message\":"
                  + notice
                  + ",\"inMillis\":300}");
      assertThat(added.statusCode()).isEqualTo(201);
      Map<String, Object> task = json(added);
      assertThat(task)
          .containsAtLeast("kind", "broadcast", "room", "chat:timed", "everyMillis", 0.0);
      assertThat(task.get("message")).isEqualTo(Map.of("type", "notice", "text", "on time"));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> listed =
          (List<Map<String, Object>>) ok("GET", "/admin/schedules").get("schedules");
      assertThat(listed).contains(task);

      assertThat(client.receive()).isEqualTo(notice);
      await("the task ran and is gone", () -> server.admin().schedules().isEmpty());
      client.fence(); // sent once
    }
  }

  @Test
  void aRepeatingBroadcastRunsAtItsRateUntilCancelled() throws Exception {
    try (WsClient client = WsClient.connect(server.port(), "/chat/ticks")) {
      client.fence();
      Map<String, Object> task =
          json(
              call(
                  "POST",
                  "/admin/schedules",
                  TOKEN,
                  "{\"kind\":\"broadcast\",\"room\":\"chat:ticks\",\"message\":{\"tick\":true},"
                      + "\"inMillis\":0,\"everyMillis\":100}"));
      for (int i = 0; i < 3; i++) {
        assertThat(client.receive()).isEqualTo("{\"tick\":true}");
      }
      assertThat(ok("DELETE", "/admin/schedules?id=" + task.get("id")))
          .containsExactly("cancelled", true);
      assertThat(server.admin().schedules()).isEmpty();
      assertThat(call("DELETE", "/admin/schedules?id=" + task.get("id"), TOKEN, null).statusCode())
          .isEqualTo(404);
    }
  }

  @Test
  void aScheduledDisconnectClosesTheUsersConnections() throws Exception {
    try (WsClient eve = WsClient.connect(server.port(), "/chat/timed-kick?token=eve")) {
      eve.fence();
      HttpResponse<String> added =
          call(
              "POST",
              "/admin/schedules",
              TOKEN,
              "{\"kind\":\"disconnect\",\"user\":\"eve\",\"code\":4002,\"reason\":\"time up\","
                  + "\"at\":\""
                  + java.time.Instant.now().plusMillis(200)
                  + "\"}");
      assertThat(added.statusCode()).isEqualTo(201);
      assertThat(json(added)).containsAtLeast("kind", "disconnect", "user", "eve", "code", 4002.0);
      assertThat(eve.awaitClose()).isEqualTo(4002);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"kind\":\"broadcast\",\"room\":\"r\",\"message\":{}}",
        "{\"kind\":\"broadcast\",\"room\":\"r\",\"message\":[1],\"inMillis\":5}",
        "{\"kind\":\"broadcast\",\"message\":{},\"inMillis\":5}",
        "{\"kind\":\"party\",\"inMillis\":5}",
        "{\"kind\":\"disconnect\",\"user\":\"a\",\"code\":1006,\"inMillis\":5}",
        "{\"kind\":\"disconnect\",\"user\":\"a\",\"at\":\"tomorrow\"}",
        "{\"kind\":\"broadcast\",\"room\":\"r\",\"message\":{},\"inMillis\":5,\"everyMillis\":0}",
        "not json"
      })
  void aScheduleRequestThatIsWrongIs400AndSchedulesNothing(String body) throws Exception {
    HttpResponse<String> refused = call("POST", "/admin/schedules", TOKEN, body);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("error").toString()).isNotEmpty();
    assertThat(server.admin().schedules()).isEmpty();
  }
}
