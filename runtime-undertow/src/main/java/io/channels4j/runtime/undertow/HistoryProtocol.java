package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.channels4j.runtime.HistoryEntry;
import io.channels4j.runtime.HistoryId;
import io.channels4j.runtime.HistoryPage;
import io.channels4j.runtime.ParseError;
import io.channels4j.runtime.internal.ResponseEnvelope;
import io.channels4j.runtime.undertow.frame.DefaultResponses;
import java.io.IOException;
import okio.BufferedSink;

/**
 * The frames of history rooms: the built-in {@code history} action's request and page, and the
 * answer to a reconnect with {@code ?since=}.
 *
 * <pre>{@code
 * → {"action":"history","request_id":7,"limit":50,"before":"1700000000000-0"}
 * ← {"type":"response","action":"history","request_id":7,"status":"ok",
 *    "data":{"messages":[{"id":"1699999999000-0",...},...],"next":"1699999999000-0"}}
 * ← {"type":"response","action":"recover","request_id":1,"status":"ok",
 *    "data":{"recovered":true,"replayed":100}}
 * }</pre>
 */
final class HistoryProtocol {
  /** The built-in action that pages through a room's history. */
  static final String ACTION = "history";

  /** The name of the answer to a reconnect with {@code ?since=}. */
  static final String RECOVER = "recover";

  /** The page size when a request names none. */
  static final int DEFAULT_LIMIT = 50;

  /** The largest page: bigger requests get this many. */
  static final int MAX_LIMIT = 100;

  /** The request for the newest page. */
  static final Request NEWEST = new Request(null, null, DEFAULT_LIMIT);

  private static final JsonReader.Options NAMES = JsonReader.Options.of("limit", "before", "after");

  private HistoryProtocol() {}

  /**
   * A page request: {@code after} set pages forward from it (oldest first, {@code "0-0"} from the
   * oldest kept); otherwise back from {@code before}, or from the newest when it is {@code null}.
   */
  record Request(HistoryId before, HistoryId after, int limit) {
    /** Whether the request pages towards newer messages. */
    boolean forward() {
      return after != null;
    }
  }

  /**
   * Reads a request from the frame's other fields.
   *
   * @throws ParseError if {@code limit} is not a positive integer, a cursor is not an id, or both
   *     cursors are given
   */
  static Request read(JsonReader frame) throws IOException {
    int limit = DEFAULT_LIMIT;
    HistoryId before = null;
    HistoryId after = null;
    frame.beginObject();
    while (frame.hasNext()) {
      switch (frame.selectName(NAMES)) {
        case 0 -> {
          limit = frame.nextInt();
          if (limit < 1) {
            throw new ParseError("limit must be at least 1 at " + frame.getPath());
          }
        }
        case 1 -> before = cursor(frame);
        case 2 -> after = cursor(frame);
        default -> {
          frame.skipName();
          frame.skipValue();
        }
      }
    }
    frame.endObject();
    if (before != null && after != null) {
      throw new ParseError("Give either before or after, not both");
    }
    return new Request(before, after, Math.min(limit, MAX_LIMIT));
  }

  private static HistoryId cursor(JsonReader frame) throws IOException {
    String text = frame.nextString();
    try {
      return HistoryId.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParseError(e.getMessage() + " at " + frame.getPath());
    }
  }

  /**
   * The response to a page request: the page's messages, oldest first, as members received them,
   * and {@code next}, the cursor for the following page in the same direction, or {@code null} when
   * there is none.
   */
  static byte[] page(long requestId, HistoryPage page, boolean forward) {
    return page(DefaultResponses.DEFAULT, requestId, page, forward);
  }

  /** {@link #page(long, HistoryPage, boolean)} in the frames of {@code envelope}. */
  static byte[] page(ResponseEnvelope envelope, long requestId, HistoryPage page, boolean forward) {
    return Envelopes.response(envelope, ACTION, requestId, PAGE, new Page(page, forward));
  }

  /** The answer to a reconnect: whether nothing was missed, and how many messages were replayed. */
  static byte[] recovered(boolean recovered, int replayed) {
    return recovered(DefaultResponses.DEFAULT, recovered, replayed);
  }

  /** {@link #recovered(boolean, int)} in the frames of {@code envelope}. */
  static byte[] recovered(ResponseEnvelope envelope, boolean recovered, int replayed) {
    return Envelopes.response(envelope, RECOVER, 1, RECOVERY, new Recovered(recovered, replayed));
  }

  private record Page(HistoryPage page, boolean forward) {
    HistoryId next() {
      if (!page.more() || page.entries().isEmpty()) {
        return null;
      }
      return page.entries().get(forward ? page.entries().size() - 1 : 0).id();
    }
  }

  private record Recovered(boolean recovered, int replayed) {}

  private static final JsonAdapter<Page> PAGE =
      new WriteOnly<>() {
        @Override
        public void toJson(JsonWriter writer, Page value) throws IOException {
          writer.beginObject();
          writer.name("messages").beginArray();
          for (HistoryEntry entry : value.page().entries()) {
            // The stored frame is already JSON: copy its bytes rather than decode and re-encode.
            try (BufferedSink sink = writer.valueSink()) {
              sink.write(entry.frame());
            }
          }
          writer.endArray();
          HistoryId next = value.next();
          writer.name("next");
          if (next == null) {
            DefaultResponses.nullValue(writer);
          } else {
            writer.value(next.toString());
          }
          writer.endObject();
        }
      };

  private static final JsonAdapter<Recovered> RECOVERY =
      new WriteOnly<>() {
        @Override
        public void toJson(JsonWriter writer, Recovered value) throws IOException {
          writer.beginObject();
          writer.name("recovered").value(value.recovered());
          writer.name("replayed").value(value.replayed());
          writer.endObject();
        }
      };

  /** An adapter for frames the server only writes. */
  private abstract static class WriteOnly<T> extends JsonAdapter<T> {
    @Override
    public T fromJson(JsonReader reader) {
      throw new UnsupportedOperationException("the server only writes this frame");
    }
  }
}
