package io.channels4j.runtime.internal;

import static com.google.common.truth.Truth.assertWithMessage;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Holds the fast path to Moshi's strict path on random values and texts: whatever {@link JsonInput}
 * reads, Moshi reads to an equal value; whatever {@link JsonOutput} writes, Moshi writes byte for
 * byte.
 *
 * <p>A value doubles as the schema it is read with: its Java type says which method reads it (a
 * {@code Short} with {@code nextShort}, a {@code Map} as an object of those members), and Moshi
 * reads with its own adapter for that type after checking the token, as the server's strict
 * adapters do.
 */
class JsonDifferentialTest {
  private static final long SEED = 0x6a736f6eL;
  private static final int CASES = 6_000;
  private static final Moshi MOSHI = new Moshi.Builder().build();

  private static final String ASCII =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !#$%&'()*+,-.:;<=>?@[]^_`{|}~";
  private static final char[] SPECIAL = {
    '"', '\\', '/', '\b', '\f', '\n', '\r', '\t', 0, 1, 0x1f, 0x7f, 0x80, 0xe9, 0x7ff, 0x800,
    0x4e2d, 0xfffd, 0xffff, 0x2028, 0x2029, 0xd800, 0xdbff, 0xdc00, 0xdfff
  };
  private static final String NAME_CHARS = "abxyz_éß中";
  private static final String WHITESPACE = " \t\n\r";
  private static final byte[] MUTATIONS =
      " \t,:{}[]\"\\-+.0159eEtrufalsn/u\u0001".getBytes(StandardCharsets.ISO_8859_1);

  private final Random random = new Random(SEED);
  private boolean supported; // whether the text emitted last is in the fast path's subset

  @Test
  void readsWhatMoshiReadsAndWritesWhatMoshiWrites() throws IOException {
    System.out.println("JsonDifferentialTest seed " + SEED);
    int reads = 0;
    int misses = 0;
    int mutatedAccepted = 0;
    int mutatedMisses = 0;
    for (int i = 0; i < CASES; i++) {
      Object value = value(0);
      assertWithMessage("writing %s", value)
          .that(new String(fastWrite(value), StandardCharsets.UTF_8))
          .isEqualTo(new String(moshiWrite(value), StandardCharsets.UTF_8));
      assertWithMessage("writing %s", value)
          .that(Arrays.equals(fastWrite(value), moshiWrite(value)))
          .isTrue();

      supported = true;
      StringBuilder text = new StringBuilder();
      emit(value, text);
      byte[] json = text.toString().getBytes(StandardCharsets.UTF_8);
      boolean plain = supported;
      byte[] own = fastWrite(value);
      for (byte[] input : List.of(json, own)) {
        reads++;
        if (compare(value, input) == Outcome.MISSED_VALID) {
          misses++;
          assertWithMessage("missed %s", new String(input, StandardCharsets.UTF_8))
              .that(input == json ? plain : !containsLong19(value))
              .isFalse();
        }
      }
      for (byte[] input : List.of(mutate(json), mutate(mutate(own)))) {
        reads++;
        Outcome outcome = compare(value, input);
        if (outcome != Outcome.BOTH_REFUSED) {
          mutatedAccepted++;
        }
        if (outcome == Outcome.MISSED_VALID) {
          misses++;
          mutatedMisses++;
        }
      }
    }
    System.out.printf(
        "JsonDifferentialTest: %d reads, %d missed valid JSON Moshi accepts (%d of %d mutated"
            + " texts Moshi accepts)%n",
        reads, misses, mutatedMisses, mutatedAccepted);
    assertWithMessage("mutations that Moshi still reads").that(mutatedAccepted).isGreaterThan(500);
  }

  @Test
  void missesNestingMoshiRefuses() throws IOException {
    for (int depth = 250; depth <= 260; depth++) {
      byte[] json = ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.US_ASCII);
      Object schema = List.of();
      for (int i = 1; i < depth; i++) {
        schema = List.of(schema);
      }
      Outcome outcome = compare(schema, json, new JsonTextInput(1000));
      assertWithMessage("depth %s", depth)
          .that(outcome)
          .isEqualTo(depth <= 255 ? Outcome.EQUAL : Outcome.BOTH_REFUSED);
      assertWithMessage("skipping at depth %s", depth)
          .that(compare("skipped", wrap(json), new JsonTextInput(1000)))
          .isEqualTo(depth < 255 ? Outcome.EQUAL : Outcome.BOTH_REFUSED);
    }
  }

  @Test
  void readsFramesAsMoshiReadsThem() throws IOException {
    String[] requestIds = {
      "7", "-7", "0", "7.0", "\"7\"", "1e2", "-0", "null", "1234567890123456789"
    };
    int frames = 0;
    int read = 0;
    for (int i = 0; i < CASES / 2; i++) {
      supported = true;
      List<String> members = new ArrayList<>();
      Object payload = value(1);
      if (payload instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> member : map.entrySet()) {
          StringBuilder text = new StringBuilder();
          emitString((String) member.getKey(), text, true);
          emit(member.getValue(), text.append(':'));
          members.add(text.toString());
        }
      }
      int actions = random.nextInt(12) == 0 ? random.nextInt(3) : 1;
      for (int a = 0; a < actions; a++) {
        StringBuilder text = new StringBuilder("\"action\":");
        if (random.nextInt(10) == 0) {
          emit(value(3), text);
        } else {
          emitString(string(), text, false);
        }
        members.add(random.nextInt(members.size() + 1), text.toString());
      }
      int ids = random.nextInt(12) == 0 ? 2 : random.nextInt(2);
      for (int r = 0; r < ids; r++) {
        String id =
            random.nextBoolean()
                ? Long.toString(random.nextLong() % 1_000_000_000_000L)
                : requestIds[random.nextInt(requestIds.length)];
        members.add(random.nextInt(members.size() + 1), "\"request_id\" : " + id);
      }
      StringBuilder frame = new StringBuilder();
      space(frame);
      frame.append('{').append(String.join(",", members)).append('}');
      space(frame);
      byte[] json = frame.toString().getBytes(StandardCharsets.UTF_8);
      for (byte[] input : List.of(json, mutate(json))) {
        frames++;
        if (compareFrame(input)) {
          read++;
        }
      }
    }
    System.out.printf(
        "JsonDifferentialTest: %d of %d frames read on the fast path%n", read, frames);
    assertWithMessage("frames read").that(read).isGreaterThan(frames / 4);
  }

  /** Reads a frame both ways; fails if the fast path reads what Moshi reads otherwise. */
  private static boolean compareFrame(byte[] json) throws IOException {
    JsonInput in = new JsonTextInput(64);
    String action;
    List<String> names = new ArrayList<>();
    try {
      action = in.beginFrame(json, JsonNames.of());
      in.beginObject();
      while (in.hasNext()) {
        names.add(in.name());
        in.skipValue();
      }
      in.endObject();
      in.endFrame();
    } catch (JsonInput.Miss e) {
      return false;
    }
    String text = new String(json, StandardCharsets.UTF_8);
    List<String> actions = new ArrayList<>();
    List<Long> requestIds = new ArrayList<>();
    List<String> moshiNames = new ArrayList<>();
    JsonReader reader = JsonReader.of(new Buffer().write(json));
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (name.equals("action")) {
        assertWithMessage("action in %s", text)
            .that(reader.peek())
            .isEqualTo(JsonReader.Token.STRING);
        actions.add(reader.nextString());
      } else if (name.equals("request_id")) {
        assertWithMessage("request_id in %s", text)
            .that(reader.peek())
            .isEqualTo(JsonReader.Token.NUMBER);
        requestIds.add(reader.nextLong());
      } else {
        moshiNames.add(name);
        reader.skipValue();
      }
    }
    reader.endObject();
    assertWithMessage("the end of %s", text)
        .that(reader.peek())
        .isEqualTo(JsonReader.Token.END_DOCUMENT);
    assertWithMessage("actions in %s", text).that(actions).containsExactly(action);
    assertWithMessage("request_ids in %s", text)
        .that(requestIds)
        .isEqualTo(requestIds.isEmpty() ? List.of() : List.of(in.requestId()));
    if (requestIds.isEmpty()) {
      assertWithMessage("request_id of %s", text).that(in.requestId()).isEqualTo(1);
    }
    assertWithMessage("members of %s", text).that(names).isEqualTo(moshiNames);
    return true;
  }

  /** {"x":json}: an object whose member holds json, read with a schema that skips it. */
  private static byte[] wrap(byte[] json) {
    return ("{\"x\":" + new String(json, StandardCharsets.US_ASCII) + "}")
        .getBytes(StandardCharsets.US_ASCII);
  }

  private enum Outcome {
    EQUAL,
    BOTH_REFUSED,
    MISSED_VALID
  }

  private Outcome compare(Object schema, byte[] json) throws IOException {
    return compare(schema, json, new JsonTextInput(64));
  }

  /** Reads json both ways; fails if the fast path returns what Moshi does not. */
  private static Outcome compare(Object schema, byte[] json, JsonInput in) throws IOException {
    Object moshis;
    try {
      JsonReader reader = JsonReader.of(new Buffer().write(json));
      moshis = moshiRead(reader, schema);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IOException("more than one value");
      }
    } catch (IOException | RuntimeException e) {
      moshis = e;
    }
    Object fast;
    try {
      in.reset(json);
      fast = fastRead(in, schema);
      in.endFrame();
    } catch (JsonInput.Miss e) {
      return moshis instanceof Exception ? Outcome.BOTH_REFUSED : Outcome.MISSED_VALID;
    }
    String text = new String(json, StandardCharsets.UTF_8);
    assertWithMessage("Moshi on %s", text).that(moshis).isNotInstanceOf(Exception.class);
    assertWithMessage("reading %s", text).that(fast).isEqualTo(moshis);
    return Outcome.EQUAL;
  }

  private static Object fastRead(JsonInput in, Object schema) {
    if (schema == null) {
      if (!in.nextNull()) {
        throw JsonInput.miss();
      }
      return null;
    }
    if (in.nextNull()) {
      return null;
    }
    if (schema instanceof List<?> elements) {
      List<Object> result = new ArrayList<>();
      in.beginArray();
      while (in.hasNext()) {
        if (result.size() < elements.size()) {
          result.add(fastRead(in, elements.get(result.size())));
        } else {
          in.skipValue();
          result.add("skipped");
        }
      }
      in.endArray();
      return result;
    }
    if (schema instanceof Map<?, ?> members) {
      List<Object> schemas = new ArrayList<>(members.values());
      String[] keys = members.keySet().toArray(new String[0]);
      JsonNames names = JsonNames.of(keys);
      Map<String, Object> result = new LinkedHashMap<>();
      in.beginObject();
      while (in.hasNext()) {
        int index = in.selectName(names);
        if (index < 0) {
          result.put("?" + in.name(), "skipped");
          in.skipValue();
        } else {
          result.put(keys[index], fastRead(in, schemas.get(index)));
        }
      }
      in.endObject();
      return result;
    }
    if (schema.equals("skipped")) {
      in.skipValue();
      return "skipped";
    }
    if (schema instanceof String) {
      return in.nextString();
    } else if (schema instanceof Long) {
      return in.nextLong();
    } else if (schema instanceof Integer) {
      return in.nextInt();
    } else if (schema instanceof Short) {
      return in.nextShort();
    } else if (schema instanceof Byte) {
      return in.nextByte();
    } else if (schema instanceof Double) {
      return in.nextDouble();
    } else if (schema instanceof Float) {
      return in.nextFloat();
    } else if (schema instanceof Boolean) {
      return in.nextBoolean();
    } else {
      return in.nextChar();
    }
  }

  private static Object moshiRead(JsonReader reader, Object schema) throws IOException {
    if (schema == null) {
      return reader.nextNull();
    }
    if (reader.peek() == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (schema instanceof List<?> elements) {
      List<Object> result = new ArrayList<>();
      reader.beginArray();
      while (reader.hasNext()) {
        if (result.size() < elements.size()) {
          result.add(moshiRead(reader, elements.get(result.size())));
        } else {
          reader.skipValue();
          result.add("skipped");
        }
      }
      reader.endArray();
      return result;
    }
    if (schema instanceof Map<?, ?> members) {
      List<Object> schemas = new ArrayList<>(members.values());
      String[] keys = members.keySet().toArray(new String[0]);
      JsonReader.Options options = JsonReader.Options.of(keys);
      Map<String, Object> result = new LinkedHashMap<>();
      reader.beginObject();
      while (reader.hasNext()) {
        int index = reader.selectName(options);
        if (index < 0) {
          result.put("?" + reader.nextName(), "skipped");
          reader.skipValue();
        } else {
          result.put(keys[index], moshiRead(reader, schemas.get(index)));
        }
      }
      reader.endObject();
      return result;
    }
    if (schema.equals("skipped")) {
      reader.skipValue();
      return "skipped";
    }
    JsonReader.Token expected =
        schema instanceof String || schema instanceof Character
            ? JsonReader.Token.STRING
            : schema instanceof Boolean ? JsonReader.Token.BOOLEAN : JsonReader.Token.NUMBER;
    if (reader.peek() != expected) {
      throw new IOException("Expected " + expected + " but was " + reader.peek());
    }
    return adapter(schema).fromJson(reader);
  }

  @SuppressWarnings("unchecked")
  private static JsonAdapter<Object> adapter(Object scalar) {
    return (JsonAdapter<Object>) MOSHI.adapter(scalar.getClass());
  }

  private static byte[] fastWrite(Object value) {
    JsonOutput out = new JsonTextOutput();
    fastWrite(out, value);
    return out.toByteArray();
  }

  private static void fastWrite(JsonOutput out, Object value) {
    if (value == null) {
      out.nullValue();
    } else if (value instanceof List<?> elements) {
      out.beginArray();
      elements.forEach(e -> fastWrite(out, e));
      out.endArray();
    } else if (value instanceof Map<?, ?> members) {
      out.beginObject();
      members.forEach(
          (name, member) -> {
            if (member != null) { // the caller omits null members, as Moshi does
              if (name.hashCode() % 2 == 0) {
                out.name((String) name);
              } else {
                out.name(JsonOutput.encodeName((String) name));
              }
              fastWrite(out, member);
            }
          });
      out.endObject();
    } else if (value instanceof String s) {
      out.value(s);
    } else if (value instanceof Long l) {
      out.value((long) l);
    } else if (value instanceof Integer n) {
      out.value((int) n);
    } else if (value instanceof Short s) {
      out.value((short) s);
    } else if (value instanceof Byte b) {
      out.value((byte) b);
    } else if (value instanceof Double d) {
      out.value((double) d);
    } else if (value instanceof Float f) {
      out.value((float) f);
    } else if (value instanceof Boolean b) {
      out.value((boolean) b);
    } else {
      out.value((char) (Character) value);
    }
  }

  private static byte[] moshiWrite(Object value) throws IOException {
    Buffer buffer = new Buffer();
    JsonWriter writer = JsonWriter.of(buffer);
    moshiWrite(writer, value);
    writer.close();
    return buffer.readByteArray();
  }

  private static void moshiWrite(JsonWriter writer, Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof List<?> elements) {
      writer.beginArray();
      for (Object element : elements) {
        moshiWrite(writer, element);
      }
      writer.endArray();
    } else if (value instanceof Map<?, ?> members) {
      writer.beginObject();
      for (Map.Entry<?, ?> member : members.entrySet()) {
        writer.name((String) member.getKey());
        moshiWrite(writer, member.getValue());
      }
      writer.endObject();
    } else {
      adapter(value).toJson(writer, value);
    }
  }

  /** A random value nested {@code depth} deep. */
  private Object value(int depth) {
    int kind = random.nextInt(depth < 4 ? 14 : 11);
    switch (kind) {
      case 0:
        return string();
      case 1:
        return longValue();
      case 2:
        return (int) longValue();
      case 3:
        return (short) random.nextInt();
      case 4:
        return (byte) random.nextInt();
      case 5:
        return doubleValue();
      case 6:
        return floatValue();
      case 7:
        return random.nextBoolean();
      case 8:
        return random.nextInt(4) == 0 ? SPECIAL[random.nextInt(SPECIAL.length)] : 'x';
      case 9:
        return random.nextBoolean() ? string() : null;
      case 10:
        return random.nextBoolean() ? "skipped" : longValue();
      case 11:
      case 12:
        {
          List<Object> list = new ArrayList<>();
          for (int n = random.nextInt(5); n > 0; n--) {
            list.add(value(depth + 1));
          }
          return list;
        }
      default:
        {
          Map<String, Object> map = new LinkedHashMap<>();
          for (int n = random.nextInt(5); n > 0; n--) {
            map.put(name(), value(depth + 1));
          }
          return map;
        }
    }
  }

  private String name() {
    StringBuilder name = new StringBuilder();
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      name.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
    }
    return name.toString();
  }

  private String string() {
    StringBuilder s = new StringBuilder();
    for (int n = random.nextInt(12); n > 0; n--) {
      switch (random.nextInt(6)) {
        case 0 -> s.append(SPECIAL[random.nextInt(SPECIAL.length)]);
        case 1 -> s.appendCodePoint(0x1f600 + random.nextInt(80)); // emoji
        case 2 -> s.append((char) (0x80 + random.nextInt(0xff80)));
        default -> s.append(ASCII.charAt(random.nextInt(ASCII.length())));
      }
    }
    return s.toString();
  }

  private long longValue() {
    return switch (random.nextInt(6)) {
      case 0 -> random.nextLong();
      case 1 -> random.nextInt(2001) - 1000;
      case 2 -> (random.nextBoolean() ? 1 : -1) * (999_999_999_999_999_999L - random.nextInt(3));
      case 3 -> random.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE;
      case 4 -> random.nextInt();
      default -> random.nextLong() >> random.nextInt(64);
    };
  }

  private double doubleValue() {
    double d;
    do {
      d =
          switch (random.nextInt(7)) {
            case 0 -> Double.longBitsToDouble(random.nextLong());
            case 1 -> random.nextInt(2001) - 1000;
            case 2 -> (random.nextInt(200_001) - 100_000) / Math.pow(10, random.nextInt(8));
            case 3 -> random.nextBoolean() ? -0.0 : 0.0;
            case 4 ->
                new double[] {Double.MIN_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL}
                    [random.nextInt(3)];
            case 5 -> random.nextGaussian() * Math.pow(10, random.nextInt(60) - 30);
            default -> random.nextLong();
          };
    } while (Double.isNaN(d) || Double.isInfinite(d));
    return d;
  }

  private float floatValue() {
    float f;
    do {
      f = (float) doubleValue();
    } while (Float.isInfinite(f));
    return f;
  }

  private static boolean containsLong19(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().anyMatch(JsonDifferentialTest::containsLong19);
    }
    if (value instanceof Map<?, ?> map) {
      return map.values().stream().anyMatch(JsonDifferentialTest::containsLong19);
    }
    return value instanceof Long l && Long.toString(Math.abs(l)).replace("-", "").length() > 18;
  }

  /** Emits {@code value} as JSON in a random one of its forms, with random whitespace. */
  private void emit(Object value, StringBuilder out) {
    space(out);
    if (value == null) {
      out.append("null");
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          space(out);
          out.append(',');
        }
        emit(list.get(i), out);
      }
      space(out);
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> member : map.entrySet()) {
        if (!first) {
          space(out);
          out.append(',');
        }
        first = false;
        space(out);
        emitString((String) member.getKey(), out, true);
        space(out);
        out.append(':');
        emit(member.getValue(), out);
      }
      space(out);
      out.append('}');
    } else if (value instanceof String s) {
      emitString(s, out, false);
    } else if (value instanceof Character c) {
      emitString(c.toString(), out, false);
    } else if (value instanceof Double || value instanceof Float) {
      // Any integer part: only digits that wrap Moshi's long to 0 miss, 1 number in 2^64.
      out.append(number((Number) value));
    } else if (value instanceof Long l) {
      if (Long.toString(l).replace("-", "").length() > 18) {
        supported = false;
      }
      out.append(l);
    } else {
      out.append(value);
    }
    space(out);
  }

  /** A random text of the number: Java's, exact, scientific, or random digits of any form. */
  private String number(Number value) {
    double d = value.doubleValue();
    return switch (random.nextInt(6)) {
      case 0 -> value.toString();
      case 1 -> new BigDecimal(d).toString().replace("E+", random.nextBoolean() ? "e" : "E+");
      case 2 -> String.format(Locale.ROOT, "%." + random.nextInt(20) + "e", d);
      case 3 -> new BigDecimal(d).toPlainString();
      default -> randomNumberText();
    };
  }

  private String randomNumberText() {
    StringBuilder s = new StringBuilder();
    if (random.nextBoolean()) {
      s.append('-');
    }
    if (random.nextInt(3) == 0) {
      s.append('0');
    } else {
      s.append(1 + random.nextInt(9));
      digits(s, random.nextInt(25));
    }
    if (random.nextBoolean()) {
      s.append('.');
      digits(s, 1 + random.nextInt(25));
    }
    if (random.nextBoolean()) {
      s.append("eE".charAt(random.nextInt(2)));
      s.append(new String[] {"", "+", "-"}[random.nextInt(3)]);
      digits(s, 1 + random.nextInt(random.nextInt(10) == 0 ? 5 : 2));
    }
    return s.toString();
  }

  private void digits(StringBuilder s, int count) {
    for (int i = 0; i < count; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
  }

  /**
   * Emits {@code s} quoted, some chars escaped at random; a name rarely, for a name with an escape
   * is beyond the fast path.
   */
  private void emitString(String s, StringBuilder out, boolean name) {
    boolean escapeSome = !name || random.nextInt(50) == 0;
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean paired =
          Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1))
              || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
      boolean mustEscape = c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c) && !paired;
      if (!mustEscape && !(escapeSome && !paired && random.nextInt(4) == 0)) {
        out.append(c);
        continue;
      }
      if (name) {
        supported = false;
      }
      int shortForm = "\"\\/\b\f\n\r\t".indexOf(c);
      if (shortForm >= 0 && random.nextBoolean()) {
        out.append('\\').append("\"\\/bfnrt".charAt(shortForm));
      } else {
        String hex = String.format("%04x", (int) c);
        out.append("\\u").append(random.nextBoolean() ? hex : hex.toUpperCase(Locale.ROOT));
      }
    }
    out.append('"');
  }

  private void space(StringBuilder out) {
    while (random.nextInt(4) == 0) {
      out.append(WHITESPACE.charAt(random.nextInt(WHITESPACE.length())));
    }
  }

  /** json changed at one random place: a byte deleted, replaced, inserted or a span repeated. */
  private byte[] mutate(byte[] json) {
    if (json.length == 0) {
      return new byte[] {MUTATIONS[random.nextInt(MUTATIONS.length)]};
    }
    int at = random.nextInt(json.length);
    byte[] out;
    switch (random.nextInt(5)) {
      case 0 -> {
        out = new byte[json.length - 1];
        System.arraycopy(json, 0, out, 0, at);
        System.arraycopy(json, at + 1, out, at, json.length - at - 1);
      }
      case 1 -> {
        out = json.clone();
        out[at] = MUTATIONS[random.nextInt(MUTATIONS.length)];
      }
      case 2 -> {
        out = new byte[json.length + 1];
        System.arraycopy(json, 0, out, 0, at);
        out[at] =
            random.nextInt(8) == 0
                ? (byte) (0x80 + random.nextInt(0x80))
                : MUTATIONS[random.nextInt(MUTATIONS.length)];
        System.arraycopy(json, at, out, at + 1, json.length - at);
      }
      case 3 -> {
        int length = random.nextInt(json.length - at) + 1;
        out = new byte[json.length + length];
        System.arraycopy(json, 0, out, 0, at + length);
        System.arraycopy(json, at, out, at + length, json.length - at);
      }
      default -> {
        out = json.clone();
        out[at] = (byte) (out[at] ^ (1 << random.nextInt(8)));
      }
    }
    return out;
  }
}
