package io.channels4j.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.FrameEnvelope;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The MessagePack reader reads what the conversion to JSON text reads, and misses on everything
 * that conversion refuses, wherever in the frame it stands, even in a member nobody reads.
 */
class MessagePackInputTest {
  private static final JsonNames ACTIONS = JsonNames.of("say", "count");
  private static final JsonNames TEXT = JsonNames.of("text");

  /** The bytes of space-separated hex. */
  private static byte[] hex(String spaced) {
    return HexFormat.of().parseHex(spaced.replace(" ", ""));
  }

  private static byte[] packed(Consumer<MessagePackOutput> write) {
    MessagePackOutput out = new MessagePackOutput();
    write.accept(out);
    return out.toByteArray();
  }

  private static JsonInput in(byte[] bytes) {
    return new MessagePackInput(8).reset(bytes);
  }

  private static void assertMiss(Executable read) {
    assertThat(assertThrows(JsonInput.Miss.class, read)).isSameInstanceAs(JsonInput.miss());
  }

  /** A say frame: {"action":"say","request_id":id,"text":text} with {@code extra} members. */
  private static byte[] say(Consumer<MessagePackOutput> extra) {
    return packed(
        out -> {
          out.beginObject();
          out.name("action");
          out.value("say");
          out.name("request_id");
          out.value(7L);
          out.name("text");
          out.value("hi");
          extra.accept(out);
          out.endObject();
        });
  }

  /** Reads a say frame's text as a payload codec does, skipping every member it does not know. */
  private static String readSay(JsonInput in, byte[] frame) {
    String action = in.beginFrame(frame, ACTIONS);
    assertThat(action).isSameInstanceAs("say");
    String text = null;
    in.beginObject();
    while (in.hasNext()) {
      if (in.selectName(TEXT) == 0) {
        text = in.nextString();
      } else {
        in.skipValue();
      }
    }
    in.endObject();
    in.endFrame();
    return text;
  }

  @Test
  void readsAFrameItsActionAndItsRequestId() {
    JsonInput in = new MessagePackInput(8);
    assertThat(readSay(in, say(out -> {}))).isEqualTo("hi");
    assertThat(in.requestId()).isEqualTo(7);
  }

  @Test
  void skipsEveryKindOfValueInAMemberNobodyReads() {
    byte[] frame =
        say(
            out -> {
              out.name("other");
              out.beginArray();
              out.nullValue();
              out.value(true);
              out.value(-1L);
              out.value(300L);
              out.value(-70000L);
              out.value(Long.MIN_VALUE);
              out.value(1.5);
              out.value("é中😀");
              out.binary(java.nio.ByteBuffer.wrap(new byte[] {1, 2}));
              out.beginObject();
              out.name("k");
              out.value(0L);
              out.endObject();
              out.endArray();
            });
    assertThat(readSay(new MessagePackInput(8), frame)).isEqualTo("hi");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "d4 01 00", // fixext 1: extensions have no JSON form
        "c7 01 01 00", // ext 8
        "c1", // never used
        "a2 c3 28", // invalid UTF-8
        "a3 ed a0 80", // an encoded surrogate
        "a2 e4 b8", // a sequence cut by the string's end
        "cb 7f f8 00 00 00 00 00 00", // NaN
        "ca 7f 80 00 00", // float32 infinity
        "81 01 c0", // a map key that is no string
        "81 a2 c3 28 c0", // a key of invalid UTF-8
        "da ff ff", // a string longer than the frame
        "dd 00 00 00 05 c0", // an array longer than the frame
        "91 91 91 91 91 91 91 91 c0", // deeper than the limit of 8
      })
  void missesOnAValueTheConversionRefusesEvenWhereNobodyReadsIt(String value) {
    byte[] frame = say(out -> out.nameUtf8(new byte[] {'x'}, 0, 1)); // its value follows
    byte[] hostile = new byte[frame.length + value.replace(" ", "").length() / 2];
    System.arraycopy(frame, 0, hostile, 0, frame.length);
    System.arraycopy(hex(value), 0, hostile, frame.length, hostile.length - frame.length);
    assertMiss(() -> readSay(new MessagePackInput(8), hostile));
  }

  @Test
  void missesOnBytesAfterTheFrame() {
    byte[] frame = say(out -> {});
    byte[] longer = java.util.Arrays.copyOf(frame, frame.length + 1);
    assertMiss(() -> readSay(new MessagePackInput(8), longer));
  }

  @ParameterizedTest
  @ValueSource(strings = {"action", "request_id"})
  void missesOnASecondActionOrRequestId(String name) {
    byte[] frame =
        say(
            out -> {
              out.name(name); // with a value it could have, once
              if (name.equals("action")) {
                out.value("say");
              } else {
                out.value(8L);
              }
            });
    assertMiss(() -> readSay(new MessagePackInput(8), frame));
  }

  @Test
  void aRequestIdIsAnIntegerOfAtMost18Digits() {
    byte[] frame =
        hex("82 a6 616374696f6e a5 636f756e74 aa 726571756573745f6964 cb 3ff0000000000000");
    JsonInput in = new MessagePackInput(8);
    in.beginFrame(frame, ACTIONS);
    in.beginObject();
    assertMiss(in::hasNext); // 1.0 is no request_id
    byte[] big = packed(out -> out.value(1_000_000_000_000_000_000L));
    byte[] tooLong = new byte[frame.length - 9 + big.length];
    System.arraycopy(frame, 0, tooLong, 0, frame.length - 9);
    System.arraycopy(big, 0, tooLong, frame.length - 9, big.length);
    JsonInput again = new MessagePackInput(8);
    again.beginFrame(tooLong, ACTIONS);
    again.beginObject();
    assertMiss(again::hasNext);
  }

  @Test
  void readsNumbersAsTheirJsonTextReads() {
    assertThat(in(hex("ca 3d cc cc cd")).nextDouble()).isEqualTo(0.1); // 0.1f, written "0.1"
    assertThat(in(hex("cd 01 2c")).nextDouble()).isEqualTo(300.0);
    assertThat(in(hex("d3 80 00 00 00 00 00 00 00")).nextLong()).isEqualTo(Long.MIN_VALUE);
    assertThat(in(hex("cc ff")).nextByte()).isEqualTo((byte) -1); // Moshi's byte: up to 255
    assertMiss(() -> in(hex("cf ff ff ff ff ff ff ff ff")).nextLong()); // beyond a long
    assertMiss(() -> in(hex("cb 3f f8 00 00 00 00 00 00")).nextLong()); // 1.5 is no long
    assertMiss(() -> in(hex("cd 01 2c")).nextByte());
    assertThat(in(hex("cf ff ff ff ff ff ff ff ff")).nextNumberText())
        .isEqualTo("18446744073709551615");
    assertThat(in(hex("cb 3f f8 00 00 00 00 00 00")).nextNumberText()).isEqualTo("1.5");
  }

  @Test
  void readsBinAsItsBase64Text() {
    assertThat(in(hex("c4 03 01 02 03")).nextString()).isEqualTo("AQID");
    assertMiss(() -> in(hex("c4 04 01 02 03")).nextString()); // shorter than it says
  }

  @Test
  void readsAPayloadThatIsOneMemberOfTheFrame() {
    FrameNames names = FrameNames.of(new FrameEnvelope("type", "id", "data", ""));
    byte[] frame =
        packed(
            out -> {
              out.beginObject();
              out.name("data");
              out.value("payload");
              out.name("type");
              out.value("count");
              out.name("id");
              out.value(3L);
              out.endObject();
            });
    JsonInput in = new MessagePackInput(8);
    assertThat(in.beginFrame(frame, ACTIONS, names)).isSameInstanceAs("count");
    assertThat(in.nextString()).isEqualTo("payload");
    in.endFrame();
    assertThat(in.requestId()).isEqualTo(3);

    byte[] nullPayload = hex("82 a4 74797065 a5 636f756e74 a4 64617461 c0");
    assertMiss(() -> new MessagePackInput(8).beginFrame(nullPayload, ACTIONS, names));
  }

  @Test
  void peeksALabelWhereverItStands() {
    byte[] value =
        packed(
            out -> {
              out.beginObject();
              out.name("side");
              out.value(2.0);
              out.name("type");
              out.value("square");
              out.endObject();
            });
    JsonInput in = in(value);
    assertThat(in.peekLabel(JsonNames.of("type"), JsonNames.of("circle", "square"))).isEqualTo(1);
    in.skipValue(); // left before the object, for the labelled codec to read whole
    in.endFrame();
    assertMiss(() -> in(value).peekLabel(JsonNames.of("type"), JsonNames.of("circle")));
  }
}
