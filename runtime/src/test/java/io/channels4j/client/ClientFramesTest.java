package io.channels4j.client;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.internal.JsonOutput;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The frames a client writes, how it reads the server's, and its backoff and paths. */
class ClientFramesTest {
  private static void members(JsonOutput out, String[] pair) {
    out.beginObject();
    for (int i = 0; i + 1 < pair.length; i += 2) {
      out.name(pair[i]);
      out.value(pair[i + 1]);
    }
    out.endObject();
  }

  private static ServerFrame read(String json) {
    return ServerFrame.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void thePayloadsMembersFollowTheHead() {
    assertThat(ClientFrames.frame("count", 2, null, null))
        .isEqualTo("{\"action\":\"count\",\"request_id\":2}");
    assertThat(
            ClientFrames.frame(
                "say", 7, ClientFramesTest::members, new String[] {"user", "ann", "text", "h\"i"}))
        .isEqualTo("{\"action\":\"say\",\"request_id\":7,\"user\":\"ann\",\"text\":\"h\\\"i\"}");
    assertThat(ClientFrames.frame("empty", 3, ClientFramesTest::members, new String[0]))
        .isEqualTo("{\"action\":\"empty\",\"request_id\":3}");
    assertThat(
            assertThrows(
                    IllegalArgumentException.class,
                    () -> ClientFrames.frame("x", 2, (out, v) -> out.value("text"), "v"))
                .getMessage())
        .isEqualTo("A payload must encode to a JSON object, got \"text\"");
  }

  @Test
  void answersAreTheServersEnvelopesAndEverythingElseIsAMessage() {
    ServerFrame ok =
        read(
            "{\"type\":\"response\",\"action\":\"count\",\"request_id\":3,\"status\":\"ok\",\"data\":[1, {}]}");
    assertThat(ok.isResponse()).isTrue();
    assertThat(ok.isError()).isFalse();
    assertThat(ok.requestId()).isEqualTo(3);
    assertThat(new String(ok.data(), StandardCharsets.UTF_8)).isEqualTo("[1, {}]");

    ServerFrame error =
        read(
            "{\"type\":\"response\",\"status\":\"bad\",\"request_id\":1,\"data\":null,"
                + "\"errors\":\"Permission Denied\",\"reason\":\"no\"}");
    assertThat(error.isError()).isTrue();
    assertThat(error.action()).isNull();
    assertThat(error.data()).isNull();
    ChannelError channelError = new ChannelError(error);
    assertThat(channelError.errors()).isEqualTo("Permission Denied");
    assertThat(channelError.reason()).hasValue("no");
    assertThat(channelError.data()).isEqualTo("null");

    assertThat(read("{\"id\":\"5-0\",\"type\":\"message\",\"user\":\"ann\"}").id())
        .isEqualTo("5-0");
    assertThat(read("{\"id\":\"5-0\",\"type\":\"message\"}").isResponse()).isFalse();
    // A type without status or request_id, a member of another type, no object: messages.
    assertThat(read("{\"type\":\"response\",\"text\":\"hi\"}").isResponse()).isFalse();
    assertThat(read("{\"type\":7,\"status\":\"ok\",\"request_id\":2}").isResponse()).isFalse();
    assertThat(read("[1,2]").isResponse()).isFalse();
    assertThat(read("not json").isResponse()).isFalse();
  }

  @Test
  void theBackoffDoublesUpToItsMax() {
    Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(700), 4);
    assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(backoff.delay(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(backoff.delay(3)).isEqualTo(Duration.ofMillis(400));
    assertThat(backoff.delay(4)).isEqualTo(Duration.ofMillis(700));
    assertThat(backoff.delay(1000)).isEqualTo(Duration.ofMillis(700));
    assertThat(backoff.allows(4)).isTrue();
    assertThat(backoff.allows(5)).isFalse();
    assertThat(Backoff.exponential(Duration.ofMillis(1), Duration.ofMillis(1)).allows(1 << 20))
        .isTrue();
    assertThrows(
        IllegalArgumentException.class,
        () -> Backoff.exponential(Duration.ofSeconds(2), Duration.ofSeconds(1)));
  }

  @Test
  void pathParametersAreFilledInOrderAndEncoded() {
    assertThat(ChannelClient.path("/auction/{lot}/{color}", "42", "dark red"))
        .isEqualTo("/auction/42/dark%20red");
    assertThat(ChannelClient.path("/group")).isEqualTo("/group");
    assertThat(ChannelClient.path("/a/{x}", "é/?")).isEqualTo("/a/%C3%A9%2F%3F");
    assertThrows(IllegalArgumentException.class, () -> ChannelClient.path("/a/{x}"));
    assertThrows(IllegalArgumentException.class, () -> ChannelClient.path("/a", "x"));
  }
}
