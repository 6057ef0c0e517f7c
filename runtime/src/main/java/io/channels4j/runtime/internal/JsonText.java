package io.channels4j.runtime.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.function.Function;

/**
 * A JDK type that JSON holds as the text of one string or number, such as a {@code UUID} or a
 * {@code BigDecimal}, with both of its codecs: the Moshi adapter and the fast path over {@link
 * JsonInput} and {@link JsonOutput}. Each reads the text of its token and parses it with the same
 * function, and writes the value's text, so the two read and write alike.
 *
 * <p>Moshi has no adapter for these types (it would fall back to reflection), so generated code
 * takes them from here. The adapter refuses the other token types, as the server's strict scalar
 * adapters do: a string is never read as a number, nor a number as a string.
 *
 * @param <T> the type read and written
 */
public final class JsonText<T> implements JsonCodec<T> {
  /**
   * A {@code java.util.UUID} as its string, such as {@code "0f8fad5b-d9cb-469f-a165-70867728950e"}.
   */
  public static final JsonText<java.util.UUID> UUID =
      string("a UUID", java.util.UUID::fromString, java.util.UUID::toString);

  /** An {@link Instant} as its ISO-8601 string, such as {@code "2026-12-02T10:15:30Z"}. */
  public static final JsonText<Instant> INSTANT =
      string("an Instant", Instant::parse, Instant::toString);

  /** An {@link OffsetDateTime} as its ISO-8601 string, such as {@code "2026-12-02T10:15+01:00"}. */
  public static final JsonText<OffsetDateTime> OFFSET_DATE_TIME =
      string("an OffsetDateTime", OffsetDateTime::parse, OffsetDateTime::toString);

  /** A {@link LocalDate} as its ISO-8601 string, such as {@code "2026-12-02"}. */
  public static final JsonText<LocalDate> LOCAL_DATE =
      string("a LocalDate", LocalDate::parse, LocalDate::toString);

  /** A {@link LocalDateTime} as its ISO-8601 string, such as {@code "2026-12-02T10:15:30"}. */
  public static final JsonText<LocalDateTime> LOCAL_DATE_TIME =
      string("a LocalDateTime", LocalDateTime::parse, LocalDateTime::toString);

  /** A {@link LocalTime} as its ISO-8601 string, such as {@code "10:15:30"}. */
  public static final JsonText<LocalTime> LOCAL_TIME =
      string("a LocalTime", LocalTime::parse, LocalTime::toString);

  /** A {@link Duration} as its ISO-8601 string, such as {@code "PT1H30M"}. */
  public static final JsonText<Duration> DURATION =
      string("a Duration", Duration::parse, Duration::toString);

  /** A {@code java.net.URI} as its string. */
  public static final JsonText<java.net.URI> URI =
      string("a URI", java.net.URI::create, java.net.URI::toString);

  /** A {@code byte[]} as a base64 string: the standard alphabet, written with padding. */
  public static final JsonText<byte[]> BYTES =
      string("a base64 string", Base64.getDecoder()::decode, Base64.getEncoder()::encodeToString);

  /** A {@link BigDecimal} as a JSON number, read from its text and written as its toString(). */
  public static final JsonText<BigDecimal> BIG_DECIMAL =
      number("a BigDecimal", BigDecimal::new, BigDecimal::toString);

  /** A {@link BigInteger} as a JSON integer: a fraction or an exponent does not parse. */
  public static final JsonText<BigInteger> BIG_INTEGER =
      number("a BigInteger", BigInteger::new, BigInteger::toString);

  private final String expected;
  private final JsonReader.Token token;
  private final Function<String, T> parse;
  private final Function<T, String> format;
  private final JsonAdapter<T> adapter;

  private JsonText(
      String expected,
      JsonReader.Token token,
      Function<String, T> parse,
      Function<T, String> format) {
    this.expected = expected;
    this.token = token;
    this.parse = parse;
    this.format = format;
    this.adapter = new TextAdapter().nullSafe();
  }

  private static <T> JsonText<T> string(
      String expected, Function<String, T> parse, Function<T, String> format) {
    return new JsonText<>(expected, JsonReader.Token.STRING, parse, format);
  }

  private static <T> JsonText<T> number(
      String expected, Function<String, T> parse, Function<T, String> format) {
    return new JsonText<>(expected, JsonReader.Token.NUMBER, parse, format);
  }

  /**
   * The Moshi adapter: {@code null} reads and writes as {@code null}, the generated code decides
   * whether it is allowed; a value that does not parse is a {@link JsonDataException} in Moshi's
   * words, such as {@code Expected a UUID but was not-a-uuid at path $.id}.
   */
  public JsonAdapter<T> adapter() {
    return adapter;
  }

  /** Reads the value; anything that does not parse misses, for the adapter to refuse in words. */
  @Override
  public T read(JsonInput in) {
    String text = token == JsonReader.Token.STRING ? in.nextString() : in.nextNumberText();
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw JsonInput.miss();
    }
  }

  @Override
  public void write(JsonOutput out, T value) {
    String text = format.apply(value);
    if (token == JsonReader.Token.STRING) {
      out.value(text);
    } else {
      out.number(text);
    }
  }

  @Override
  public String toString() {
    return "JsonText(" + expected + ")";
  }

  private final class TextAdapter extends JsonAdapter<T> {
    @Override
    public T fromJson(JsonReader reader) throws IOException {
      JsonReader.Token actual = reader.peek();
      String path = reader.getPath(); // before the value is consumed, as Moshi's adapters say it
      if (actual != token) {
        throw new JsonDataException(
            "Expected " + expected + " but was " + actual + " at path " + path);
      }
      String text = reader.nextString(); // a number's text, for a number
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException | DateTimeException e) {
        throw new JsonDataException(
            "Expected " + expected + " but was " + text + " at path " + path, e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, T value) throws IOException {
      if (token == JsonReader.Token.STRING) {
        writer.value(format.apply(value));
      } else {
        writer.value((Number) value); // its toString(), as the fast path writes it
      }
    }

    @Override
    public String toString() {
      return JsonText.this.toString();
    }
  }
}
