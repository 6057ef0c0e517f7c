package io.channels4j.runtime.undertow.frame;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.channels4j.runtime.FrameEnvelope;
import io.channels4j.runtime.ParseError;
import java.io.EOFException;
import java.io.IOException;
import okio.Buffer;

/**
 * The head scan done with Moshi's strict {@link JsonReader}: the reference {@link FrameHead} must
 * agree with. A non-string action or a too-deep value is reported once the object has been read (so
 * a later {@code request_id} is still echoed), the first of them if both; a {@code request_id} must
 * be a JSON integer that fits a long, or it is refused and the default 1 kept.
 */
final class MoshiFrameHead {
  private final JsonReader.Options names;

  String action;
  long requestId = 1;

  private ParseError firstError;

  MoshiFrameHead() {
    this(FrameEnvelope.DEFAULT);
  }

  /** The reference for a frame whose action and request id go by {@code envelope}'s names. */
  MoshiFrameHead(FrameEnvelope envelope) {
    names = JsonReader.Options.of(envelope.action(), envelope.requestId());
  }

  MoshiFrameHead scan(byte[] frame, int maxDepth) {
    try {
      read(frame, maxDepth);
    } catch (ParseError e) {
      throw firstError != null ? firstError : e;
    }
    if (firstError != null) {
      throw firstError;
    }
    return this;
  }

  private void read(byte[] frame, int maxDepth) {
    JsonReader reader = JsonReader.of(new Buffer().write(frame));
    try {
      JsonReader.Token first = reader.peek();
      if (first != JsonReader.Token.BEGIN_OBJECT) {
        throw new ParseError("Expected a JSON object but was " + first + " at path $");
      }
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(names)) {
          case 0:
            if (reader.peek() == JsonReader.Token.STRING) {
              action = reader.nextString();
            } else {
              if (firstError == null) {
                firstError =
                    new ParseError(
                        "Expected a string but was "
                            + reader.peek()
                            + " at path "
                            + reader.getPath());
              }
              skip(reader, 2, maxDepth);
            }
            break;
          case 1:
            requestId = 1;
            requestId = integer(reader);
            break;
          default:
            reader.nextName();
            skip(reader, 2, maxDepth);
            break;
        }
      }
      reader.endObject();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new ParseError("Expected one JSON object but found more at path " + reader.getPath());
      }
    } catch (JsonDataException | JsonEncodingException e) {
      throw new ParseError(e.getMessage());
    } catch (EOFException e) {
      throw new ParseError("Unexpected end of input at path " + reader.getPath());
    } catch (IOException e) {
      throw new ParseError(String.valueOf(e.getMessage()));
    }
  }

  private static long integer(JsonReader reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token != JsonReader.Token.NUMBER) {
      throw new ParseError("Expected a long but was " + token + " at path " + reader.getPath());
    }
    String text = reader.nextString(); // a number's literal text
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new ParseError("Expected a long but was " + text + " at path " + reader.getPath());
    }
  }

  /** Skips one value whose containers would sit at {@code depth}, refusing deeper nesting. */
  private void skip(JsonReader reader, int depth, int maxDepth) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token != JsonReader.Token.BEGIN_OBJECT && token != JsonReader.Token.BEGIN_ARRAY) {
      reader.skipValue();
      return;
    }
    if (depth > maxDepth) {
      if (firstError == null) {
        firstError =
            new ParseError(
                "JSON nested deeper than " + maxDepth + " levels at path " + reader.getPath());
      }
      reader.skipValue(); // Moshi's own skip still checks the syntax and fails past 255 levels
      return;
    }
    if (token == JsonReader.Token.BEGIN_OBJECT) {
      reader.beginObject();
      while (reader.hasNext()) {
        reader.nextName();
        skip(reader, depth + 1, maxDepth);
      }
      reader.endObject();
    } else {
      reader.beginArray();
      while (reader.hasNext()) {
        skip(reader, depth + 1, maxDepth);
      }
      reader.endArray();
    }
  }
}
