package io.channels4j.runtime.undertow.frame;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.Value;
import org.msgpack.value.ValueType;

/**
 * The JSON data model on both sides of the {@code msgpack} subprotocol, as independent parts see
 * it: Moshi reads JSON, msgpack-core reads and writes MessagePack. Values come out as maps, lists,
 * strings, booleans, null and numbers as {@link BigDecimal} without trailing zeros, so that an int
 * 7, a JSON 7 and a float64 7.0 are the same value, as they are to a payload codec.
 */
public final class MessagePackOracle {
  private MessagePackOracle() {}

  /** The value of a JSON text. */
  public static Object fromJson(String json) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("more than one value: " + json);
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          map.put(reader.nextName(), read(reader));
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY -> {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      }
      case STRING -> {
        return reader.nextString();
      }
      case NUMBER -> {
        return number(new BigDecimal(reader.nextString()));
      }
      case BOOLEAN -> {
        return reader.nextBoolean();
      }
      case NULL -> {
        return reader.nextNull();
      }
      default -> throw new IllegalStateException(reader.peek().toString());
    }
  }

  /** The value of one MessagePack value, which must fill {@code packed}. */
  public static Object fromMessagePack(byte[] packed) {
    try (MessageUnpacker unpacker = MessagePack.newDefaultUnpacker(packed)) {
      Value value = unpacker.unpackValue();
      if (unpacker.hasNext()) {
        throw new IllegalArgumentException("more than one MessagePack value");
      }
      return model(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object model(Value value) {
    ValueType type = value.getValueType();
    return switch (type) {
      case NIL -> null;
      case BOOLEAN -> value.asBooleanValue().getBoolean();
      case INTEGER -> number(new BigDecimal(value.asIntegerValue().asBigInteger()));
      case FLOAT -> number(BigDecimal.valueOf(value.asFloatValue().toDouble()));
      case STRING -> value.asStringValue().asString();
      case ARRAY -> {
        List<Object> list = new ArrayList<>();
        value.asArrayValue().forEach(element -> list.add(model(element)));
        yield list;
      }
      case MAP -> {
        Map<String, Object> map = new LinkedHashMap<>();
        value
            .asMapValue()
            .entrySet()
            .forEach(e -> map.put(e.getKey().asStringValue().asString(), model(e.getValue())));
        yield map;
      }
      default -> throw new IllegalArgumentException("no JSON value for " + type);
    };
  }

  private static BigDecimal number(BigDecimal value) {
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  /**
   * A JSON text as msgpack-core packs the same value: integers as the smallest int, other numbers
   * as float64, strings, arrays and maps with the smallest headers.
   */
  public static byte[] pack(String json) {
    try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
      pack(reader, packer);
      return packer.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pack(JsonReader reader, MessageBufferPacker packer) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        List<String> names = new ArrayList<>();
        List<byte[]> values = new ArrayList<>();
        reader.beginObject();
        while (reader.hasNext()) {
          names.add(reader.nextName());
          try (MessageBufferPacker value = MessagePack.newDefaultBufferPacker()) {
            pack(reader, value);
            values.add(value.toByteArray());
          }
        }
        reader.endObject();
        packer.packMapHeader(names.size());
        for (int i = 0; i < names.size(); i++) {
          packer.packString(names.get(i));
          packer.writePayload(values.get(i));
        }
      }
      case BEGIN_ARRAY -> {
        List<byte[]> values = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          try (MessageBufferPacker value = MessagePack.newDefaultBufferPacker()) {
            pack(reader, value);
            values.add(value.toByteArray());
          }
        }
        reader.endArray();
        packer.packArrayHeader(values.size());
        for (byte[] value : values) {
          packer.writePayload(value);
        }
      }
      case STRING -> packer.packString(reader.nextString());
      case NUMBER -> {
        String text = reader.nextString();
        BigInteger integer = integer(text);
        if (integer != null && integer.bitLength() <= 64 && integer.signum() >= 0
            || integer != null && integer.bitLength() < 64) {
          packer.packBigInteger(integer);
        } else {
          packer.packDouble(Double.parseDouble(text));
        }
      }
      case BOOLEAN -> packer.packBoolean(reader.nextBoolean());
      case NULL -> {
        reader.nextNull();
        packer.packNil();
      }
      default -> throw new IllegalStateException(reader.peek().toString());
    }
  }

  private static BigInteger integer(String text) {
    return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0
        ? new BigInteger(text)
        : null;
  }
}
