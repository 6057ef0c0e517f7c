package io.channels4j.runtime.undertow.frame;

import io.channels4j.runtime.FrameEnvelope;
import io.channels4j.runtime.ParseError;

/**
 * The {@code action} and {@code request_id} of one client frame, read by one scan of the whole
 * frame that also checks it is a single JSON object nested no deeper than the server allows.
 *
 * <p>The scan accepts exactly what Moshi's strict {@code JsonReader} accepts, quirks included: for
 * an action without a payload it is the only check a frame gets, and a frame must not pass or fail
 * depending on whether its action takes a payload. {@code FrameHeadDifferentialTest} holds it to
 * that.
 *
 * <p>{@code request_id} may stand anywhere in the object: a frame refused for its {@code action} or
 * for nesting too deep is still scanned to its end, so the error echoes a {@code request_id} that
 * follows; the first error in the frame is the one reported. A {@code request_id} must be a JSON
 * integer that fits a long ({@code 7}, not {@code 7.0}, {@code "7"} or {@code 1e2}); any other
 * value is refused and the error carries the default, 1.
 *
 * <p>One instance per frame; not thread-safe. After a failed {@link #scan} the {@link #action()}
 * and {@link #requestId()} are whatever was read before the failure, so the error frame still
 * echoes them.
 *
 * <p>This class walks the object's structure; the tokens come from {@link JsonScanner}, which it
 * extends so one object per frame holds both (it replaced a walk with Moshi's reader for speed,
 * BENCHMARKS.md).
 */
public final class FrameHead extends JsonScanner {
  /** Moshi's JsonReader fails on the 256th open container; so does the scan, even past an error. */
  private static final int MOSHI_MAX_DEPTH = 255;

  private final String actionName;
  private final String requestIdName;
  private String action;
  private long requestId = 1;

  private int maxDepth;
  private Malformed firstError; // a non-string action or a too-deep value, reported at the end
  private Malformed rising; // a too-deep value's error, still gathering the path of its containers
  private int risingDepth; // the depth of the container whose step rising takes next, plus 1

  /** The head of a default frame: {@code action} and {@code request_id}. */
  public FrameHead() {
    this(FrameEnvelope.DEFAULT);
  }

  /** The head of a frame of {@code envelope}: its action and request id under its names. */
  public FrameHead(FrameEnvelope envelope) {
    this.actionName = envelope.action();
    this.requestIdName = envelope.requestId();
  }

  /**
   * Scans the whole frame, leaving {@code frame} as it was for the payload decoder.
   *
   * @param maxDepth the deepest nesting allowed, the outer object counting as 1 (at most 255)
   * @throws ParseError if the frame is empty, not JSON, not an object, too deep, or if {@code
   *     action} is not a string or {@code request_id} not an integer
   */
  public FrameHead scan(byte[] frame, int maxDepth) {
    json = frame;
    pos = 0;
    this.maxDepth = Math.min(maxDepth, MOSHI_MAX_DEPTH);
    firstError = null;
    rising = null;
    try {
      if (nextToken() != '{') {
        throw new Malformed("Expected a JSON object but was " + token());
      }
      pos++;
      object(1);
      if (skipWhitespace() < json.length) {
        throw new Malformed("Expected one JSON object but found more");
      }
      if (firstError != null) {
        throw firstError;
      }
      return this;
    } catch (Malformed e) {
      Malformed first = firstError != null ? firstError : e;
      throw new ParseError(first.getMessage() + " at path $" + first.path);
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

  /** Reads the members of the object at {@code depth} whose '{' is behind {@code pos}. */
  private void object(int depth) {
    int nameFrom = -1; // the current member's name, for the path of an error
    int nameTo = -1;
    try {
      if (nextToken() == '}') {
        pos++;
        return;
      }
      while (true) {
        if (json[pos] != '"') {
          throw new Malformed("Expected name");
        }
        int end = skipString(pos + 1);
        nameFrom = pos + 1;
        nameTo = end - 1;
        boolean nameEscaped = escaped;
        pos = end;
        boolean isRequestId = depth == 1 && isName(nameFrom, nameTo, nameEscaped, requestIdName);
        if (isRequestId) {
          requestId = 1; // what the error carries if no integer follows the name
        }
        if (nextToken() != ':') {
          throw new Malformed("Expected ':'");
        }
        pos++;
        nextToken();
        if (depth == 1 && isName(nameFrom, nameTo, nameEscaped, actionName)) {
          action(depth);
        } else if (isRequestId) {
          requestId = integer();
        } else {
          skipValue(depth + 1);
        }
        if (risesFrom(depth)) {
          rise(depth, "." + decode(nameFrom, nameTo));
        }
        int c = nextToken();
        pos++;
        if (c == '}') {
          return;
        } else if (c != ',') {
          throw new Malformed("Unterminated object");
        }
        nextToken();
      }
    } catch (Malformed e) {
      String step = nameFrom < 0 ? "." : "." + decode(nameFrom, nameTo);
      if (risesFrom(depth)) {
        rise(depth, step); // a later error ends the scan inside the too-deep value
      }
      throw e.within(step);
    }
  }

  /** Skips the elements of the array at {@code depth} whose '[' is behind {@code pos}. */
  private void array(int depth) {
    int index = 0;
    try {
      if (nextToken() == ']') {
        pos++;
        return;
      }
      while (true) {
        skipValue(depth + 1);
        if (risesFrom(depth)) {
          rise(depth, "[" + index + "]");
        }
        index++;
        int c = nextToken();
        pos++;
        if (c == ']') {
          return;
        } else if (c != ',') {
          throw new Malformed("Unterminated array");
        }
        nextToken();
      }
    } catch (Malformed e) {
      if (risesFrom(depth)) {
        rise(depth, "[" + index + "]");
      }
      throw e.within("[" + index + "]");
    }
  }

  /** Skips the value at {@code pos}; a container there would sit at {@code depth}. */
  private void skipValue(int depth) {
    int c = json[pos];
    if (c == '{' || c == '[') {
      if (depth > maxDepth && firstError == null) {
        firstError = rising = new Malformed("JSON nested deeper than " + maxDepth + " levels");
        risingDepth = depth;
      }
      if (depth > MOSHI_MAX_DEPTH) {
        throw new Malformed("Nesting too deep"); // never reported: an error came before it
      }
      pos++;
      if (c == '{') {
        object(depth);
      } else {
        array(depth);
      }
    } else if (c == '"') {
      pos = skipString(pos + 1);
    } else {
      literal();
    }
  }

  /** Whether a too-deep value's error has just climbed out of the container at {@code depth}. */
  private boolean risesFrom(int depth) {
    return rising != null && risingDepth == depth + 1;
  }

  /** Adds that container's {@code step} to the error's path; the outer object completes it. */
  private void rise(int depth, String step) {
    rising.within(step);
    risingDepth = depth;
    if (depth == 1) {
      rising = null;
    }
  }

  /** Reads the action at {@code pos}; one that is not a string is refused once the scan ends. */
  private void action(int depth) {
    if (json[pos] == '"') {
      action = string();
      return;
    }
    int start = pos;
    String token = token();
    if (firstError == null) {
      firstError = new Malformed("Expected a string but was " + token).within("." + actionName);
    }
    pos = start;
    skipValue(depth + 1);
  }
}
