package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonScalars;
import io.channels4j.runtime.undertow.fixtures.ChatChannelBinding;
import io.channels4j.runtime.undertow.fixtures.ChatMessage;
import io.channels4j.runtime.undertow.fixtures.ChatMessageJsonCodec;
import io.channels4j.runtime.undertow.fixtures.Notice;
import io.channels4j.runtime.undertow.frame.FrameCodecs;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fast path writes every outbound frame with the bytes the Moshi path writes. */
class FrameCodecsTest {
  private final ChatChannelBinding binding = new ChatChannelBinding();
  private final Moshi moshi = ServerContext.moshi(List.of(binding.jsonAdapterFactory()));
  private final FrameCodecs codecs = new FrameCodecs(List.of(binding), 32);
  private final JsonAdapter<ChatMessage> adapter = moshi.adapter(ChatMessage.class);

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void aResponseIsTheMoshiPathsEnvelope() {
    ChatMessage message = new ChatMessage("\u00e9\"\n\ud83d\ude00", "\u2028 <b>");
    String fast = text(codecs.response("echo", 77, ChatMessageJsonCodec.INSTANCE, message));
    assertThat(fast).isEqualTo(text(Envelopes.response("echo", 77, adapter, message)));
    assertThat(fast).startsWith("{\"type\":\"response\",\"action\":\"echo\",\"request_id\":77,");
  }

  @Test
  void aNullResponseSaysDataNullAsTheMoshiPathDoes() {
    String fast = text(codecs.response("echo", -1, ChatMessageJsonCodec.INSTANCE, null));
    assertThat(fast).isEqualTo(text(Envelopes.response("echo", -1, adapter, null)));
    assertThat(fast).endsWith("\"data\":null}");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aMessageIsWrittenAsItsAdapterWritesIt() {
    Notice notice = new Notice("\u4e2d\u6587 \\ done", -3);
    JsonAdapter<Object> noticeAdapter =
        (JsonAdapter<Object>) (JsonAdapter<?>) moshi.adapter(Notice.class);
    assertThat(text(codecs.encode(notice)))
        .isEqualTo(text(Envelopes.message(notice, noticeAdapter)));
  }

  @Test
  void aTypeWithoutAGeneratedCodecIsLeftToMoshi() {
    assertThat(codecs.encode(Map.of("a", 1))).isNull();
    assertThat(codecs.encode("text")).isNull();
  }

  @Test
  void aResponseTheFastPathCannotWriteIsLeftToMoshi() {
    // No action to write: the fast path gives up, and the Moshi path answers or says why.
    assertThat(codecs.response(null, 1, ChatMessageJsonCodec.INSTANCE, new ChatMessage("u", "m")))
        .isNull();
  }

  @Test
  void aScalarResponseIsTheMoshiPathsEnvelope() {
    assertSameResponse(int.class, JsonScalars.INT, -42);
    assertSameResponse(long.class, JsonScalars.LONG, Long.MIN_VALUE);
    assertSameResponse(double.class, JsonScalars.DOUBLE, 1.5e-7);
    assertSameResponse(float.class, JsonScalars.FLOAT, 0.1f);
    assertSameResponse(byte.class, JsonScalars.BYTE, (byte) -1); // Moshi writes a byte unsigned
    assertSameResponse(short.class, JsonScalars.SHORT, (short) -300);
    assertSameResponse(char.class, JsonScalars.CHAR, '"');
    assertSameResponse(boolean.class, JsonScalars.BOOLEAN, true);
    assertSameResponse(String.class, JsonScalars.STRING, "\u2028 \ud83d\ude00 \"x\"");
  }

  private <T> void assertSameResponse(Class<?> type, JsonCodec<T> codec, T value) {
    @SuppressWarnings("unchecked")
    JsonAdapter<T> scalar = (JsonAdapter<T>) moshi.adapter(type);
    assertThat(text(codecs.response("count", 3, codec, value)))
        .isEqualTo(text(Envelopes.response("count", 3, scalar, value)));
  }
}
