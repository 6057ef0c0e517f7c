package io.channels4j.runtime.internal;

/**
 * What generated codecs read values with: a reader of JSON's data model (objects, arrays, strings,
 * numbers, booleans, null), in the wire format of one connection: {@link JsonTextInput} for JSON
 * text, {@link MessagePackInput} for the same frames in MessagePack. A codec reads both with the
 * same code.
 *
 * <p>Each reads a strict subset of what the reference path reads (Moshi's strict {@code
 * JsonReader}, behind the conversion of a MessagePack frame to its JSON text), and reads it to the
 * same values: whatever it is not sure the reference reads the same way it refuses by throwing
 * {@link Miss}, and the caller reads the frame again on the reference path, which gives the
 * reference answer or error. So a miss is never an error by itself, and it has to be cheap: it is
 * one preallocated exception without a stack trace.
 *
 * <p>Reusable: {@link #reset} or {@link #beginFrame} starts over on new bytes. Not thread-safe.
 */
public abstract class JsonInput {
  /** The fast path's refusal of the input: the reference path reads it instead. */
  public static final class Miss extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Miss() {
      super("Not on the fast path", null, false, false);
    }
  }

  static final Miss MISS = new Miss();

  /** Moshi's JsonReader fails on the 256th open container, so the fast path never goes deeper. */
  private static final int MOSHI_MAX_DEPTH = 255;

  /** The deepest container nesting read, the outer one counting 1; deeper input misses. */
  final int maxDepth;

  // Frame mode, as beginFrame starts it: the names of the frame's members, and what was read.
  boolean frame;
  FrameNames names = FrameNames.DEFAULT;
  int payloadEnd; // a frame whose payload is a member: where that member's value ends

  /** Where reading stands in the input's bytes. */
  int pos;

  private boolean actionSeen;
  private boolean requestIdSeen;
  private long requestId = 1;

  /**
   * Only this package's two formats read for codecs.
   *
   * @param maxDepth the deepest container nesting allowed, the outer one counting 1; deeper input
   *     misses (and so does any beyond 255, which Moshi refuses)
   */
  JsonInput(int maxDepth) {
    if (maxDepth < 0) {
      throw new IllegalArgumentException("maxDepth < 0: " + maxDepth);
    }
    this.maxDepth = Math.min(maxDepth, MOSHI_MAX_DEPTH);
  }

  /** How many open containers the per-container state is first sized for: index 0 unused. */
  final int initialScopes() {
    return Math.min(maxDepth, 16) + 1;
  }

  /** Out of frame mode: what follows is one plain value. */
  final void plainValue() {
    startFrame(FrameNames.DEFAULT);
    frame = false;
  }

  /** Into frame mode, for a frame whose members go by {@code frameNames}, none read yet. */
  final void startFrame(FrameNames frameNames) {
    frame = true;
    names = frameNames;
    actionSeen = false;
    requestIdSeen = false;
    requestId = 1;
  }

  /** The single miss; {@code throw JsonInput.miss()} refuses the input. */
  public static Miss miss() {
    return MISS;
  }

  /** Starts reading one plain value from {@code bytes}, out of frame mode. */
  public abstract JsonInput reset(byte[] bytes);

  /**
   * Starts reading a client frame and returns its {@code action}: the value of the frame object's
   * member "action", which must be a string. The input is left at the frame's object, for a payload
   * codec to read the whole object with {@link #beginObject()} ... {@link #endObject()}, or for
   * {@link #skipFrame()}; either is followed by {@link #endFrame()}.
   *
   * <p>In frame mode, {@link #hasNext()} in the frame object itself reads the members "action" and
   * "request_id" on its own and never announces them: a second of either misses, and so does a
   * {@code request_id} that is not an integer of at most 18 digits or is "-0".
   *
   * @param actions the channel's action names: an action among them is returned as the very String
   *     given there, so no String is made per frame and the dispatcher's switches know its hash
   * @throws Miss if the frame is not an object, carries no "action", or its action is no string
   */
  public final String beginFrame(byte[] frame, JsonNames actions) {
    return beginFrame(frame, actions, FrameNames.DEFAULT);
  }

  /**
   * {@link #beginFrame(byte[], JsonNames)} for a channel whose frames name their action and request
   * id with {@code names}. If the payload is one member of the frame, the whole frame is read here,
   * and the input is left at that member's value (at the frame's end when it has none), for a
   * payload codec to read that value alone, or for {@link #skipFrame()}; a second payload member,
   * or a null one, misses.
   */
  public abstract String beginFrame(byte[] frame, JsonNames actions, FrameNames names);

  /**
   * The index in {@code labels} of the string value of the member {@code key} (its only name) of
   * the object at the input's position, wherever in the object it stands; the input is left before
   * the object, for the codec of the type the label names to read it whole.
   *
   * @throws Miss if the value is not an object, has no such member, or its value is not one of the
   *     labels
   */
  public abstract int peekLabel(JsonNames key, JsonNames labels);

  /** Reads the frame object of an action without payload, checking it as a payload would be. */
  public final void skipFrame() {
    if (names.payload != null) {
      toPayloadEnd(); // read with the frame: a payload an action does not take is ignored
      return;
    }
    beginObject();
    while (hasNext()) {
      skipValue();
    }
    endObject();
  }

  /** Steps to {@link #payloadEnd}. */
  final void toPayloadEnd() {
    pos = payloadEnd;
  }

  /** Ends the frame: nothing may follow its object. */
  public abstract void endFrame();

  /** The frame's {@code request_id}, read while its object was; 1 if it carried none. */
  public final long requestId() {
    return requestId;
  }

  /**
   * Reads the value of the frame's "action" or "request_id" if the current member is one of them:
   * an action must be a string, and a second of either misses.
   */
  final boolean readFrameMember() {
    if (isName(names.action)) {
      if (actionSeen) {
        throw MISS;
      }
      actionSeen = true;
      skipString();
      return true;
    }
    if (isName(names.requestId)) {
      readRequestId();
      return true;
    }
    return false;
  }

  /** Reads the frame's one "request_id". */
  final void readRequestId() {
    if (requestIdSeen) {
      throw MISS;
    }
    requestIdSeen = true;
    requestId = nextRequestId();
  }

  /** Whether the current member's name is {@code name}, as UTF-8. */
  abstract boolean isName(byte[] name);

  /** Steps over the string value here; any other value misses. */
  abstract void skipString();

  /** Reads a {@code request_id}: an integer of at most 18 digits, not "-0", as JSON text has it. */
  abstract long nextRequestId();

  /** Enters an object. */
  public abstract void beginObject();

  /** Leaves the object whose members {@link #hasNext()} has all announced. */
  public abstract void endObject();

  /** Enters an array. */
  public abstract void beginArray();

  /** Leaves the array whose elements {@link #hasNext()} has all announced. */
  public abstract void endArray();

  /**
   * Whether the current container holds another element or member. In an object it reads the
   * member's name (see {@link #selectName} and {@link #name()}); at the end it returns false,
   * leaving the end to {@link #endObject()} or {@link #endArray()}.
   */
  public abstract boolean hasNext();

  /** The index of the current member's name in {@code names}, or -1 if it is none of them. */
  public abstract int selectName(JsonNames names);

  /** The current member's name as a String, as a Map key. */
  public abstract String name();

  /** Skips the next value whole, checking it strictly and its nesting against the limit. */
  public abstract void skipValue();

  /**
   * Skips the next value whole, as {@link #skipValue()} does, and returns its JSON text: for the
   * client, which hands a frame's {@code data} or a page's messages on as they came.
   */
  public abstract byte[] nextRawValue();

  /** Consumes a null and returns true, or returns false and leaves any other value. */
  public abstract boolean nextNull();

  /** Reads a boolean. */
  public abstract boolean nextBoolean();

  /** Reads a long: an integer that fits one (no fraction or exponent). */
  public abstract long nextLong();

  /**
   * Reads a double exactly as Moshi does (the correctly rounded value of the number's text, -0.0
   * for "-0").
   *
   * @throws Miss if the number is not one Moshi reads, or its value is infinite
   */
  public abstract double nextDouble();

  /**
   * Reads a number as its text, as Moshi's {@code nextString()} gives it for a number token: the
   * generated codecs of {@code BigDecimal} and {@code BigInteger} parse it, never through a double.
   */
  abstract String nextNumberText();

  /**
   * Reads a string, exactly as Moshi decodes it; anything Moshi would decode otherwise (invalid
   * UTF-8 it replaces, an escape it tolerates beyond JSON's) misses.
   */
  public abstract String nextString();

  /** Reads an int: an integer in the range of int. */
  public int nextInt() {
    long value = nextLong();
    if ((int) value != value) {
      throw MISS;
    }
    return (int) value;
  }

  /** Reads a short: an integer in [-32768, 32767]. */
  public short nextShort() {
    long value = nextLong();
    if ((short) value != value) {
      throw MISS;
    }
    return (short) value;
  }

  /** Reads a byte as Moshi's byte adapter does: an integer in [-128, 255], cast to byte. */
  public byte nextByte() {
    long value = nextLong();
    if (value < Byte.MIN_VALUE || value > 0xff) {
      throw MISS;
    }
    return (byte) value;
  }

  /** Reads a float as Moshi's float adapter does: the double, narrowed; infinite misses. */
  public float nextFloat() {
    float value = (float) nextDouble();
    if (Float.isInfinite(value)) {
      throw MISS;
    }
    return value;
  }

  /** Reads a char: a string of exactly one char. */
  public char nextChar() {
    String value = nextString();
    if (value.length() != 1) {
      throw MISS;
    }
    return value.charAt(0);
  }
}
