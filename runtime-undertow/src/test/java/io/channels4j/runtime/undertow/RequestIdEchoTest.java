package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static io.channels4j.runtime.undertow.ProtocolTest.error;

import io.channels4j.runtime.undertow.fixtures.ChatImpl;
import io.channels4j.testing.WsClient;
import org.junit.jupiter.api.Test;

/** Every answer to a frame that carried a valid {@code request_id} echoes it, wherever it stood. */
class RequestIdEchoTest {

  @Test
  void aFrameRefusedForItsActionEchoesARequestIdThatFollows() throws Exception {
    try (ChannelServer server = ChannelServer.builder().port(0).mount(new ChatImpl()).start();
        WsClient c = WsClient.connect(server.port(), "/chat/echo")) {
      String[][] cases = {
        {"5", "NUMBER"},
        {"null", "NULL"},
        {"true", "BOOLEAN"},
        {"{}", "BEGIN_OBJECT"},
        {"[]", "BEGIN_ARRAY"}
      };
      for (String[] action : cases) {
        c.sendText("{\"action\":" + action[0] + ",\"request_id\":100}");
        assertThat(c.receive())
            .isEqualTo(
                error(
                    "Parse Error: Expected a string but was " + action[1] + " at path $.action",
                    100));
      }
      // A request_id that is not an integer is refused, and the answer carries the default.
      c.sendText("{\"action\":\"echo\",\"request_id\":7.5,\"user\":\"u\",\"message\":\"m\"}");
      assertThat(c.receive())
          .isEqualTo(error("Parse Error: Expected a long but was 7.5 at path $.request_id", 1));
      ProtocolTest.assertAlive(c);
    }
  }
}
