package io.channels4j.example;

import io.channels4j.example.JsonTree.Num;
import io.channels4j.example.JsonTree.Obj;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the example's rooms must answer to a frame, worked out from the protocol (README,
 * PROTOCOL.md, docs/PROTOCOL-history.md) and the rooms' declarations, for one connection at a time.
 *
 * <p>Expected frames are patterns: a {@link Map} matches a JSON object with exactly its keys, a
 * {@link Pattern} a string, {@link #ANY_LONG} any integer, a {@link OneOf} any of its choices, a
 * {@link String} at the top level the exact text of a relayed frame.
 */
final class RoomOracle {
  enum Room {
    BASE("/base"),
    PERSON("/person"),
    GROUP("/group");

    final String path;

    Room(String path) {
      this.path = path;
    }
  }

  /** Frames expected, in order, then the close code or -1 if the socket stays open. */
  record Expected(List<Object> frames, int closeCode) {
    static Expected open(Object... frames) {
      return new Expected(List.of(frames), -1);
    }

    static Expected closing(int code, Object... frames) {
      return new Expected(List.of(frames), code);
    }
  }

  /** Matches any of its choices. */
  record OneOf(List<Object> choices) {}

  static final Object ANY_LONG = new Object();

  static final Pattern PARSE_ERROR = Pattern.compile("Parse Error: \\S.*", Pattern.DOTALL);
  static final Pattern RATE_LIMITED =
      Pattern.compile("Too Many Requests\\. Retry after \\d+ seconds\\.");
  static final Pattern HISTORY_ID = Pattern.compile("\\d+-\\d+");
  private static final Pattern ID_TEXT = Pattern.compile("(\\d{1,18})-(\\d{1,18})");
  static final String ACTION_NOT_EXIST = "Action Not Exist";
  static final String PERMISSION_DENIED = "Permission Denied";
  private static final int COUNT_LIMIT = 2;
  private static final int HISTORY_SIZE = 100;

  private final Room room;
  private final int maxFrameBytes;
  private final int maxJsonDepth;
  private final List<Map<String, Object>> history; // the group room's, shared by its connections
  private int countCalls;
  private boolean messageSent;
  private String lastUser; // the name a member chatted under last, which its leave notice shows

  RoomOracle(Room room, int maxFrameBytes, int maxJsonDepth, List<Map<String, Object>> history) {
    this.room = room;
    this.maxFrameBytes = maxFrameBytes;
    this.maxJsonDepth = maxJsonDepth;
    this.history = history;
  }

  Room room() {
    return room;
  }

  /** The frame a new member of the room is sent first, or {@code null}. */
  Object greeting() {
    return room == Room.GROUP
        ? object(
            "action",
            "join",
            "user",
            "anonymous",
            "message",
            "Join successfully",
            "status",
            "ok",
            "request_id",
            1L)
        : null;
  }

  /**
   * The notice the room keeps when this connection leaves {@code /group}: it names the user this
   * connection last chatted as, else {@code anonymous}.
   */
  Object leaveNotice() {
    return object(
        "id",
        HISTORY_ID,
        "action",
        "leave",
        "user",
        lastUser == null ? "anonymous" : lastUser,
        "message",
        "leave successfully",
        "status",
        "ok",
        "request_id",
        1L);
  }

  /**
   * Notes what this connection was sent: a broadcast with an id is kept in the room's history, and
   * the server remembers a chat message's sender (unless blank) for the leave notice. Read from the
   * answers, so that one wrong answer is reported once, not again in later pages and notices.
   */
  void answered(Map<String, Object> frame) {
    if (frame.get("id") instanceof String) {
      stored(frame);
    }
    if ("message".equals(frame.get("action"))
        && "ok".equals(frame.get("status"))
        && frame.get("user") instanceof String user
        && !user.isBlank()) {
      lastUser = user;
    }
  }

  /** Records a broadcast the room kept, as its member received it. */
  void stored(Map<String, Object> frame) {
    history.add(frame);
    if (history.size() > HISTORY_SIZE) {
      history.remove(0);
    }
  }

  Expected expect(byte[] frame, boolean binary) {
    if (frame.length > maxFrameBytes) {
      // Refused on its header, whatever its bytes: they are never waited for.
      return Expected.closing(1009, error("Message Too Big", 1L));
    } else if (binary) {
      return Expected.open(error("Unsupported Data", 1L));
    }
    String text = utf8(frame);
    if (text == null) {
      return Expected.closing(1007);
    } else if (room == Room.BASE) {
      return Expected.open(text);
    }
    JsonTree.Parsed parsed = JsonTree.parse(frame);
    if (parsed == null || !(parsed.value() instanceof Obj obj)) {
      return Expected.open(error(PARSE_ERROR, ANY_LONG));
    }
    Object requestId = requestId(obj);
    if (requestId == null) {
      return Expected.open(
          error(PARSE_ERROR, obj.valuesOf("request_id").size() == 1 ? 1L : ANY_LONG));
    }
    List<Object> actions = obj.valuesOf("action");
    if (parsed.depth() > maxJsonDepth || !actions.stream().allMatch(a -> a instanceof String)) {
      return Expected.open(error(PARSE_ERROR, requestId));
    } else if (actions.isEmpty()) {
      return Expected.open(error(ACTION_NOT_EXIST, requestId));
    }
    // From here on the frame was routed: every error frame names its action.
    String action = (String) actions.get(actions.size() - 1);
    return room == Room.PERSON ? person(action, obj, requestId) : group(action, obj, requestId);
  }

  private Expected person(String action, Obj frame, Object requestId) {
    return switch (action) {
      case "count" ->
          ++countCalls <= COUNT_LIMIT
              ? Expected.open(
                  object(
                      "type",
                      "response",
                      "action",
                      "count",
                      "request_id",
                      requestId,
                      "status",
                      "ok",
                      "data",
                      1L))
              : Expected.open(error(action, RATE_LIMITED, requestId));
      case "message" -> message(frame, requestId, false);
      case "deprecated_action" ->
          Expected.open(error(action, "The action 'deprecated_action' is deprecated.", requestId));
      case "permission_denied", "error" ->
          Expected.open(error(action, PERMISSION_DENIED, requestId));
      case "close" -> Expected.closing(1000);
      default -> Expected.open(error(action, ACTION_NOT_EXIST, requestId));
    };
  }

  private Expected group(String action, Obj frame, Object requestId) {
    switch (action) {
      case "message" -> {
        if (messageSent) {
          return Expected.open(error(action, RATE_LIMITED, requestId));
        }
        messageSent = true;
        return message(frame, requestId, true);
      }
      case "history" -> {
        return history(frame, requestId);
      }
      case "error_true" -> {
        return Expected.closing(1002, error(action, PERMISSION_DENIED, requestId));
      }
      case "error_false" -> {
        return Expected.open(error(action, PERMISSION_DENIED, requestId));
      }
      case "close" -> {
        return Expected.closing(1000);
      }
      default -> {
        return Expected.open(error(action, ACTION_NOT_EXIST, requestId));
      }
    }
  }

  /** A chat message: broadcast back to its sender, the room's only member, with an id if kept. */
  private Expected message(Obj frame, Object requestId, boolean kept) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (JsonTree.Member member : frame.members()) {
      if (member.name().equals("user") || member.name().equals("message")) {
        if (!(member.value() instanceof String value)) {
          return Expected.open(error("message", PARSE_ERROR, requestId));
        }
        fields.put(member.name(), asSent(value));
      }
    }
    if (fields.size() < 2) {
      return Expected.open(error("message", PARSE_ERROR, requestId));
    }
    Map<String, Object> event = new LinkedHashMap<>();
    if (kept) {
      event.put("id", HISTORY_ID);
    }
    event.putAll(
        object(
            "action",
            "message",
            "user",
            fields.get("user"),
            "message",
            fields.get("message"),
            "status",
            "ok",
            "request_id",
            requestId));
    return Expected.open(event);
  }

  /** The built-in history action: a page of what the room kept (docs/PROTOCOL-history.md). */
  private Expected history(Obj frame, Object requestId) {
    long limit = 50;
    String before = null;
    String after = null;
    for (JsonTree.Member member : frame.members()) {
      Object value = member.value();
      switch (member.name()) {
        case "limit" -> {
          Long number = integer(value, Integer.MIN_VALUE, Integer.MAX_VALUE, true);
          if (number == null || number < 1) {
            return Expected.open(error("history", PARSE_ERROR, requestId));
          }
          limit = number;
        }
        case "before", "after" -> {
          if (!(value instanceof String id) || !isId(id)) {
            return Expected.open(error("history", PARSE_ERROR, requestId));
          }
          if (member.name().equals("before")) {
            before = id;
          } else {
            after = id;
          }
        }
        default -> {}
      }
    }
    if (before != null && after != null) {
      return Expected.open(error("history", PARSE_ERROR, requestId));
    }
    int size = (int) Math.min(limit, 100);
    List<Map<String, Object>> candidates = new ArrayList<>();
    for (Map<String, Object> message : history) {
      String id = (String) message.get("id");
      if ((after == null || compareIds(id, after) > 0)
          && (before == null || compareIds(id, before) < 0)) {
        candidates.add(message);
      }
    }
    boolean more = candidates.size() > size;
    List<Map<String, Object>> page =
        after != null
            ? candidates.subList(0, Math.min(size, candidates.size()))
            : candidates.subList(Math.max(0, candidates.size() - size), candidates.size());
    Object next = !more ? null : page.get(after != null ? page.size() - 1 : 0).get("id");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("messages", new ArrayList<Object>(page));
    data.put("next", next);
    return Expected.open(
        object(
            "type",
            "response",
            "action",
            "history",
            "request_id",
            requestId,
            "status",
            "ok",
            "data",
            data));
  }

  /**
   * The request_id to echo: the frame's integer (a JSON integer that fits a long: {@code 7}, not
   * {@code 7.0}, {@code 1e2} or {@code "7"}), 1 without one, or {@code null} when one is not an
   * integer.
   */
  private static Object requestId(Obj frame) {
    List<Object> ids = new ArrayList<>();
    for (Object value : frame.valuesOf("request_id")) {
      Long id =
          value instanceof Num num && num.literal().matches("-?[0-9]+")
              ? integer(value, Long.MIN_VALUE, Long.MAX_VALUE, false)
              : null;
      if (id == null) {
        return null;
      }
      ids.add(id);
    }
    if (ids.isEmpty()) {
      return 1L;
    }
    return ids.stream().distinct().count() == 1 ? ids.get(0) : new OneOf(ids);
  }

  /** {@code value} as an integer within the bounds, or {@code null} if it is not one. */
  private static Long integer(Object value, long min, long max, boolean digitStrings) {
    BigDecimal number;
    if (value instanceof Num num) {
      number = num.value();
    } else if (digitStrings && value instanceof String text && text.matches("-?[0-9]{1,19}")) {
      number = new BigDecimal(text);
    } else {
      return null;
    }
    try {
      long exact = number.longValueExact();
      return exact >= min && exact <= max ? exact : null;
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static boolean isId(String text) {
    return ID_TEXT.matcher(text).matches();
  }

  private static int compareIds(String a, String b) {
    String[] x = a.split("-");
    String[] y = b.split("-");
    int byTime = Long.compare(Long.parseLong(x[0]), Long.parseLong(y[0]));
    return byTime != 0 ? byTime : Long.compare(Long.parseLong(x[1]), Long.parseLong(y[1]));
  }

  /**
   * A string as it can come back in UTF-8: a lone surrogate, which UTF-8 cannot carry, comes back
   * as {@code ?} or U+FFFD.
   */
  private static Object asSent(String value) {
    StringBuilder question = new StringBuilder();
    boolean lone = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        question.append(c).append(value.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        question.append('?');
        lone = true;
      } else {
        question.append(c);
      }
    }
    if (!lone) {
      return value;
    }
    return new OneOf(List.of(question.toString(), question.toString().replace('?', '\ufffd')));
  }

  /** The error frame answering a frame that named {@code action}. */
  static Map<String, Object> error(String action, Object errors, Object requestId) {
    // Echoed as the server writes strings: a lone surrogate may come back as '?'.
    Map<String, Object> frame = object("type", "response", "action", asSent(action));
    frame.putAll(error(errors, requestId));
    return frame;
  }

  /** The error frame of a frame that named no action, or that was refused before it was read. */
  static Map<String, Object> error(Object errors, Object requestId) {
    return object(
        "type",
        "response",
        "status",
        "bad",
        "request_id",
        requestId,
        "data",
        null,
        "errors",
        errors);
  }

  private static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }

  /** The frame's text, or {@code null} if it is not valid UTF-8. */
  static String utf8(byte[] frame) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(frame))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Why {@code actual} does not match the pattern {@code expected}, or {@code null} if it does. */
  static String mismatch(Object expected, Object actual) {
    if (expected == ANY_LONG) {
      return actual instanceof BigDecimal n && isLong(n) ? null : "not an integer: " + actual;
    } else if (expected instanceof OneOf oneOf) {
      for (Object choice : oneOf.choices()) {
        if (mismatch(choice, actual) == null) {
          return null;
        }
      }
      return actual + " is none of " + oneOf.choices();
    } else if (expected instanceof Pattern pattern) {
      return actual instanceof String s && pattern.matcher(s).matches()
          ? null
          : actual + " does not match " + pattern;
    } else if (expected instanceof Number number) {
      return actual instanceof BigDecimal n && n.compareTo(new BigDecimal(number.toString())) == 0
          ? null
          : actual + " is not " + number;
    } else if (expected instanceof Map<?, ?> map) {
      if (!(actual instanceof Map<?, ?> got) || !got.keySet().equals(map.keySet())) {
        return "keys "
            + (actual instanceof Map<?, ?> m ? m.keySet() : actual)
            + " are not "
            + map.keySet();
      }
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String why = mismatch(entry.getValue(), got.get(entry.getKey()));
        if (why != null) {
          return entry.getKey() + ": " + why;
        }
      }
      return null;
    } else if (expected instanceof List<?> list) {
      if (!(actual instanceof List<?> got) || got.size() != list.size()) {
        return actual + " is not a list of " + list.size();
      }
      for (int i = 0; i < list.size(); i++) {
        String why = mismatch(list.get(i), got.get(i));
        if (why != null) {
          return "[" + i + "]: " + why;
        }
      }
      return null;
    }
    return Objects.equals(expected, actual) ? null : actual + " is not " + expected;
  }

  private static boolean isLong(BigDecimal n) {
    try {
      n.longValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }
}
