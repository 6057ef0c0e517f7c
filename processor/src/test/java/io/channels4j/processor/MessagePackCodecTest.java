package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.channels4j.processor.writing.AsyncApiWriter;
import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.MessagePackInput;
import io.channels4j.runtime.internal.MessagePackOutput;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;

/**
 * The generated codecs speak MessagePack as the {@code msgpack} subprotocol defines it: for random
 * values of every type, what a codec writes with {@link MessagePackOutput} is byte for byte what an
 * independent MessagePack ({@code msgpack-core}) packs for the JSON the same codec writes, and the
 * codec reads those bytes back with {@link MessagePackInput} to the value the JSON path reads from
 * their JSON text.
 */
class MessagePackCodecTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PREFIX = "com.example.";
  private static final BigInteger UINT64_LIMIT = BigInteger.ONE.shiftLeft(64);

  /** Values per type; each type has a seed of its own, so a failure repeats alone. */
  private static final int VALUES = 200;

  private static CompiledClasses classes;
  private static List<String> types;

  @BeforeAll
  static void compile() throws IOException {
    List<String> paths = new ArrayList<>(Inputs.GOOD);
    paths.set(paths.indexOf("good/com/example/Nullable.java"), "schema/com/example/Nullable.java");
    classes = CompiledClasses.compile(paths);
    types = new ArrayList<>();
    try (InputStream text = classes.getResourceAsStream(AsyncApiWriter.RESOURCE)) {
      JSON.readTree(text)
          .path("components")
          .path("schemas")
          .fieldNames()
          .forEachRemaining(types::add);
    }
    assertThat(types).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicTest> eachCodecWritesAndReadsTheMessagePackOfItsJson() {
    return types.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(name, () -> mismatch(name).ifPresent(Assertions::fail)));
  }

  /** The first random value of the type {@code name} on which the two formats differ, described. */
  private static Optional<String> mismatch(String name) throws IOException {
    String type = name.substring(PREFIX.length());
    Class<?> javaType = classes.example(type.replace('.', '$'));
    JsonCodec<Object> codec = classes.jsonCodec(type.replace('.', '_'));
    long seed = name.hashCode() * 0x9E3779B97F4A7C15L;
    RandomValues values =
        new RandomValues(new Random(seed))
            .with(classes.example("Money"), random -> money(random.nextLong()));
    for (int i = 0; i < VALUES; i++) {
      Object value = values.of(javaType);
      String json = CompiledClasses.written(codec, value);
      byte[] expected = pack(JSON.readTree(json));
      MessagePackOutput out = new MessagePackOutput();
      codec.write(out, value);
      byte[] packed = out.toByteArray();
      String where = name + ", seed " + seed + ", value " + i + ":\n  " + json + "\n";
      if (!java.util.Arrays.equals(packed, expected)) {
        return Optional.of(
            where + "  written " + hex(packed) + "\n  msgpack-core packs " + hex(expected));
      }
      // The reference: the JSON text of the MessagePack (as msgpack-core unpacks it), read by the
      // JSON path; MessagePack has no integer beyond 64 bits, so such a number comes back a double.
      Object fromJson;
      try {
        fromJson = CompiledClasses.readWhole(codec, JSON.writeValueAsString(unpack(packed)));
      } catch (JsonInput.Miss miss) {
        continue; // a form the JSON path leaves to Moshi, such as a map key "\r"
      }
      JsonInput in = new MessagePackInput(32).reset(packed);
      Object fromPack;
      try {
        fromPack = codec.read(in);
        in.endFrame();
      } catch (JsonInput.Miss miss) {
        return Optional.of(where + "  the MessagePack of it misses: " + hex(packed));
      }
      String again = CompiledClasses.written(codec, fromPack);
      if (!again.equals(CompiledClasses.written(codec, fromJson))) {
        return Optional.of(where + "  the MessagePack of it reads back as\n  " + again);
      }
    }
    return Optional.empty();
  }

  /** The JSON tree of one MessagePack value, as msgpack-core unpacks it. */
  private static JsonNode unpack(byte[] packed) throws IOException {
    try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(packed)) {
      return unpack(unpacker);
    }
  }

  private static JsonNode unpack(MessageUnpacker unpacker) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (unpacker.getNextFormat().getValueType()) {
      case MAP -> {
        ObjectNode object = nodes.objectNode();
        for (int n = unpacker.unpackMapHeader(); n > 0; n--) {
          String name = unpacker.unpackString();
          object.set(name, unpack(unpacker));
        }
        yield object;
      }
      case ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        for (int n = unpacker.unpackArrayHeader(); n > 0; n--) {
          array.add(unpack(unpacker));
        }
        yield array;
      }
      case STRING -> nodes.textNode(unpacker.unpackString());
      case BOOLEAN -> nodes.booleanNode(unpacker.unpackBoolean());
      case NIL -> {
        unpacker.unpackNil();
        yield nodes.nullNode();
      }
      case INTEGER -> nodes.numberNode(unpacker.unpackBigInteger());
      case FLOAT -> nodes.numberNode(unpacker.unpackDouble());
      default -> throw new AssertionError("Not written by a codec: " + unpacker.getNextFormat());
    };
  }

  /** What msgpack-core packs for a JSON tree, each value in its smallest form. */
  private static byte[] pack(JsonNode json) throws IOException {
    try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
      pack(json, packer);
      return packer.toByteArray();
    }
  }

  private static void pack(JsonNode node, MessageBufferPacker packer) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        packer.packMapHeader(node.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> member = it.next();
          packer.packString(member.getKey());
          pack(member.getValue(), packer);
        }
      }
      case ARRAY -> {
        packer.packArrayHeader(node.size());
        for (JsonNode element : node) {
          pack(element, packer);
        }
      }
      case STRING -> packer.packString(node.textValue());
      case BOOLEAN -> packer.packBoolean(node.booleanValue());
      case NULL -> packer.packNil();
      case NUMBER -> {
        if (!node.isIntegralNumber()) {
          packer.packDouble(node.doubleValue());
        } else if (node.bigIntegerValue().bitLength() < 64) {
          packer.packLong(node.longValue());
        } else if (node.bigIntegerValue().signum() > 0
            && node.bigIntegerValue().compareTo(UINT64_LIMIT) < 0) {
          packer.packBigInteger(node.bigIntegerValue());
        } else {
          packer.packDouble(node.bigIntegerValue().doubleValue());
        }
      }
      default -> throw new AssertionError("Not JSON: " + node);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  private static Object money(long cents) {
    try {
      var constructor = classes.example("Money").getDeclaredConstructor(long.class, String.class);
      constructor.setAccessible(true);
      return constructor.newInstance(cents, "EUR");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
