package io.channels4j.runtime.undertow;

import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.HistoryPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which rooms keep history: those a mounted {@code @History} channel's room template can name. A
 * broadcast to such a room is kept whoever sends it, from this channel or through {@code
 * broadcastTo} from another, so the room's ids have no holes.
 */
final class HistoryRooms {
  private record Rule(Pattern rooms, HistoryPolicy policy) {}

  private final List<Rule> rules = new ArrayList<>();

  HistoryRooms(List<ChannelDescriptor> channels) {
    for (ChannelDescriptor channel : channels) {
      if (channel.history().enabled()) {
        // An empty room template names the room after the request path, trailing slash and all.
        Pattern rooms =
            channel.room().isEmpty()
                ? Pattern.compile(pattern(channel.path()) + "/?")
                : Pattern.compile(pattern(channel.room()));
        rules.add(new Rule(rooms, channel.history()));
      }
    }
  }

  /** The policy of {@code room}: the first history channel's that can name it, else none. */
  HistoryPolicy policy(String room) {
    for (Rule rule : rules) {
      if (rule.rooms().matcher(room).matches()) {
        return rule.policy();
      }
    }
    return HistoryPolicy.NONE;
  }

  /** The regular expression of {@code chat:{topic}}: {@code chat:} then one path segment. */
  private static String pattern(String template) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      int open = template.indexOf('{', i);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (open < 0 || close < 0) {
        regex.append(Pattern.quote(template.substring(i)));
        break;
      }
      if (open > i) {
        regex.append(Pattern.quote(template.substring(i, open)));
      }
      regex.append("[^/]+");
      i = close + 1;
    }
    return regex.toString();
  }
}
