package io.channels4j.runtime.undertow.frame;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.ParseError;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/**
 * The {@code msgpack} subprotocol's two conversions, held to msgpack-core and Moshi on generated
 * values, and to hostile MessagePack: every refusal is a {@link ParseError}, never another
 * exception, and whatever is not refused comes out as JSON that Moshi reads.
 */
class MessagePackConversionTest {
  private static final int VALUES = 3_000;

  @Test
  void generatedValuesKeepTheirValueBothWays() {
    Random random = new Random(20261202);
    for (int i = 0; i < VALUES; i++) {
      String json = RandomJson.value(random, 0);
      Object expected = MessagePackOracle.fromJson(json);
      byte[] packed = MessagePackOracle.pack(json);

      byte[] read = MessagePackToJson.convert(packed, packed.length);
      assertWithMessage(json)
          .that(MessagePackOracle.fromJson(new String(read, StandardCharsets.UTF_8)))
          .isEqualTo(expected);

      byte[] written = MessagePackWriter.fromText(json.getBytes(StandardCharsets.UTF_8));
      assertWithMessage(json).that(MessagePackOracle.fromMessagePack(written)).isEqualTo(expected);
      // Both write each value in its smallest form, so the bytes agree too.
      assertWithMessage(json).that(written).isEqualTo(MessagePackWriter.fromText(read));
      assertWithMessage(json)
          .that(HexFormat.of().formatHex(written))
          .isEqualTo(HexFormat.of().formatHex(packed));
    }
  }

  @Test
  void binIsBase64TextAndFloat32IsTheNumberItsSenderMeant() throws Exception {
    try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
      packer.packMapHeader(3);
      packer.packString("data").packBinaryHeader(3).writePayload(new byte[] {1, 2, (byte) 255});
      packer.packString("ratio").packFloat(0.1f);
      packer.packString("max").packBigInteger(new java.math.BigInteger("18446744073709551615"));
      byte[] packed = packer.toByteArray();
      String json = new String(MessagePackToJson.convert(packed, packed.length), "UTF-8");
      assertThat(json)
          .isEqualTo(
              "{\"data\":\""
                  + Base64.getEncoder().encodeToString(new byte[] {1, 2, (byte) 255})
                  + "\",\"ratio\":0.1,\"max\":18446744073709551615}");
    }
  }

  @Test
  void onlyTheFirstLengthBytesOfTheArrayAreRead() {
    byte[] packed = Arrays.copyOf(MessagePackOracle.pack("{\"a\":1}"), 64);
    assertThat(new String(MessagePackToJson.convert(packed, 4), StandardCharsets.UTF_8))
        .isEqualTo("{\"a\":1}");
  }

  @Test
  void textThatIsNotJsonGoesOutAsAString() {
    for (String text : new String[] {"hello", "{\"a\":", "1 2", "", "tru"}) {
      assertThat(MessagePackOracle.fromMessagePack(MessagePackWriter.fromText(bytes(text))))
          .isEqualTo(text);
    }
  }

  @Test
  void binaryDataGoesOutAsOneBinValue() throws Exception {
    for (int size : new int[] {0, 5, 255, 256, 65_535, 65_536}) {
      byte[] data = new byte[size];
      new Random(size).nextBytes(data);
      ByteBuffer buffer = ByteBuffer.wrap(data);
      byte[] packed = MessagePackWriter.binary(buffer);
      assertThat(buffer.position()).isEqualTo(0);
      try (var unpacker = MessagePack.newDefaultUnpacker(packed)) {
        assertThat(unpacker.unpackValue().asBinaryValue().asByteArray()).isEqualTo(data);
        assertThat(unpacker.hasNext()).isFalse();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", // nothing
        "c1", // never used
        "c7 01 05 00", // ext 8
        "d4 01 00", // fixext 1
        "81 01 02", // a map with an int key
        "81 c4 01 61 02", // a map with a bin key
        "ca 7f c0 00 00", // float32 NaN
        "cb 7f f0 00 00 00 00 00 00", // float64 infinity
        "a2 c3 28", // a string with a broken sequence
        "a2 c0 80", // overlong '\0'
        "a3 ed a0 80", // a surrogate
        "a4 f4 90 80 80", // past U+10FFFF
        "a1 e2", // a sequence cut by the string's end
        "db ff ff ff ff 61", // a string longer than the frame
        "dd ff ff ff ff 01", // more elements than bytes
        "df 00 00 00 02 a1 61 01", // a map that ends early
        "c6 7f ff ff ff", // a bin longer than the frame
        "81 a1 61 01 02", // a value after the value
        "cd 01", // an int cut short
      })
  void hostileFramesAreParseErrors(String hex) {
    byte[] frame = HexFormat.ofDelimiter(" ").parseHex(hex);
    assertThrows(ParseError.class, () -> MessagePackToJson.convert(frame, frame.length));
  }

  @Test
  void nestingPastTheLimitIsAParseErrorNotAStackOverflow() {
    byte[] deep = new byte[100_000];
    Arrays.fill(deep, (byte) 0x91); // arrays of one array, all the way down
    ParseError error =
        assertThrows(ParseError.class, () -> MessagePackToJson.convert(deep, deep.length));
    assertThat(error.getMessage()).contains("nested deeper than 255");
  }

  @Test
  void everyCutAndMutationIsRefusedOrValidJson() {
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      byte[] packed = MessagePackOracle.pack(RandomJson.value(random, 0));
      for (int cut = 0; cut < packed.length; cut++) {
        byte[] prefix = packed;
        int length = cut;
        assertThrows(ParseError.class, () -> MessagePackToJson.convert(prefix, length));
      }
      for (int m = 0; m < 10; m++) {
        byte[] mutated = packed.clone();
        mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
        try {
          byte[] json = MessagePackToJson.convert(mutated, mutated.length);
          MessagePackOracle.fromJson(new String(json, StandardCharsets.UTF_8));
        } catch (ParseError refused) {
          // a clear refusal is an answer too
        }
      }
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
