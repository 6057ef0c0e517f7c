package io.channels4j.runtime.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.channels4j.runtime.ParseError;
import java.io.EOFException;
import java.io.IOException;
import okio.Buffer;

/**
 * The {@code action} and {@code request_id} of one client frame, read by one scan of the whole
 * frame that also checks it is a single JSON object nested no deeper than the server allows.
 *
 * <p>One instance per frame; not thread-safe. After a failed {@link #scan} the {@link #requestId()}
 * is whatever was read before the failure, so the error frame still echoes it.
 */
public final class FrameHead {
  private static final JsonReader.Options NAMES = JsonReader.Options.of("action", "request_id");

  private String action;
  private long requestId = 1;

  /**
   * Scans the frame held whole in {@code frame} to its end, leaving {@code frame} as it was for the
   * payload decoder. Scans a copy of the bytes rather than a {@link JsonReader#peekJson()}: a peek
   * shares the frame's pooled okio segment, and okio never recycles a shared segment, so every
   * frame would cost a fresh 8 KiB segment.
   *
   * @throws ParseError if the frame is empty, not JSON, not an object, too deep, or if {@code
   *     action} is not a string or {@code request_id} not an integer
   */
  public FrameHead scan(Buffer frame, int maxDepth) {
    byte[] bytes = frame.readByteArray();
    frame.write(bytes);
    try {
      return scanCopy(bytes, maxDepth, false);
    } catch (TooDeep e) {
      // Rare: scan again keeping names, so the error says where (skipName leaves them out).
      return scanCopy(bytes, maxDepth, true);
    }
  }

  private FrameHead scanCopy(byte[] bytes, int maxDepth, boolean names) {
    Buffer copy = new Buffer().write(bytes);
    try {
      return scan(JsonReader.of(copy), maxDepth, names);
    } finally {
      copy.clear(); // back to the pool, also after a parse error
    }
  }

  private FrameHead scan(JsonReader reader, int maxDepth, boolean names) {
    try {
      JsonReader.Token first = reader.peek();
      if (first != JsonReader.Token.BEGIN_OBJECT) {
        throw new ParseError("Expected a JSON object but was " + first + " at path $");
      }
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            if (reader.peek() != JsonReader.Token.STRING) {
              throw new ParseError(
                  "Expected a string but was " + reader.peek() + " at path " + reader.getPath());
            }
            action = reader.nextString();
            break;
          case 1:
            requestId = reader.nextLong();
            break;
          default:
            skipName(reader, names);
            skip(reader, 2, maxDepth, names);
            break;
        }
      }
      reader.endObject();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new ParseError("Expected one JSON object but found more at path " + reader.getPath());
      }
      return this;
    } catch (JsonDataException | JsonEncodingException e) {
      throw new ParseError(e.getMessage());
    } catch (EOFException e) {
      throw new ParseError("Unexpected end of input at path " + reader.getPath());
    } catch (IOException e) {
      throw new ParseError(String.valueOf(e.getMessage()));
    }
  }

  /** Thrown on the first, nameless pass when the frame is too deep. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDeep() {
      super(null, null, false, false);
    }
  }

  private static void skipName(JsonReader reader, boolean names) throws IOException {
    if (names) {
      reader.nextName(); // keeps the name in the reader's path
    } else {
      reader.skipName();
    }
  }

  /** Skips one value whose containers would sit at {@code depth}, refusing deeper nesting. */
  private static void skip(JsonReader reader, int depth, int maxDepth, boolean names)
      throws IOException {
    JsonReader.Token token = reader.peek();
    if (token != JsonReader.Token.BEGIN_OBJECT && token != JsonReader.Token.BEGIN_ARRAY) {
      reader.skipValue();
      return;
    }
    if (depth > maxDepth) {
      if (!names) {
        throw new TooDeep();
      }
      throw new ParseError(
          "JSON nested deeper than " + maxDepth + " levels at path " + reader.getPath());
    }
    if (token == JsonReader.Token.BEGIN_OBJECT) {
      reader.beginObject();
      while (reader.hasNext()) {
        skipName(reader, names);
        skip(reader, depth + 1, maxDepth, names);
      }
      reader.endObject();
    } else {
      reader.beginArray();
      while (reader.hasNext()) {
        skip(reader, depth + 1, maxDepth, names);
      }
      reader.endArray();
    }
  }

  /** The frame's {@code action}, or {@code null} if it carried none. */
  public String action() {
    return action;
  }

  /** The frame's {@code request_id}, 1 if it carried none. */
  public long requestId() {
    return requestId;
  }
}
