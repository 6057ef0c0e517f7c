package io.channels4j.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.LimitRule;
import io.channels4j.runtime.PermissionDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mounted channels as the JSON document the page reads from {@code /channels.json}: one object
 * per channel with its path, room, size limit, history size (0: none), whether it takes binary
 * frames, and actions.
 *
 * <p>The build runs {@link #main} right after compiling, so {@code web/channels.json} is written
 * from the descriptors the processor generated and ships in the jar beside the page; a test checks
 * it equals what {@code server.descriptors()} of the running example renders to.
 *
 * <pre>{@code
 * [{"path": "/group", "room": "group_channel", "maxConnections": 200, "relay": false,
 *   "limits": [], "history": 100, "binary": false,
 *   "actions": [{"name": "message", "payload": ["user", "message"], "reply": "",
 *                "deprecated": false, "denied": false,
 *                "limits": [{"times": 1, "windowMillis": 3000, "scope": "CONNECTION"}]}]}]
 * }</pre>
 */
public final class ChannelsJson {
  private static final JsonAdapter<Object> JSON =
      new Moshi.Builder().build().adapter(Object.class).indent("  ");

  private ChannelsJson() {}

  /** The example's channels, as the processor described them. */
  static List<ChannelDescriptor> exampleChannels() {
    return List.of(
        BaseChannelDescriptor.CHANNEL,
        PersonChannelDescriptor.CHANNEL,
        GroupChannelDescriptor.CHANNEL,
        AuctionChannelDescriptor.CHANNEL,
        DropChannelDescriptor.CHANNEL);
  }

  /** Writes the example's {@code channels.json} to the file {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path out = Paths.get(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, render(exampleChannels()) + "\n", StandardCharsets.UTF_8);
  }

  /** Renders {@code channels}, sorted by path. */
  public static String render(Collection<ChannelDescriptor> channels) {
    List<Object> out = new ArrayList<>();
    channels.stream()
        .sorted((a, b) -> a.path().compareTo(b.path()))
        .forEach(channel -> out.add(channel(channel)));
    return JSON.toJson(out);
  }

  private static Map<String, Object> channel(ChannelDescriptor channel) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("path", channel.path());
    out.put("room", channel.room().isEmpty() ? channel.path() : channel.room());
    out.put("maxConnections", channel.maxConnections());
    out.put("relay", channel.relay());
    out.put("limits", limits(channel.limits()));
    out.put("history", channel.history().size());
    out.put("binary", channel.binaryHandler().isPresent());
    List<Object> actions = new ArrayList<>();
    for (ActionDescriptor action : channel.actions()) {
      actions.add(action(action));
    }
    out.put("actions", actions);
    return out;
  }

  private static Map<String, Object> action(ActionDescriptor action) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", action.name());
    out.put("payload", action.payloadFields());
    out.put("reply", simpleName(action.replyType()));
    out.put("deprecated", action.deprecated());
    out.put("denied", denied(action.permission()));
    out.put("limits", limits(action.limits()));
    return out;
  }

  private static boolean denied(PermissionDescriptor permission) {
    return permission.declared() && permission.deny();
  }

  private static List<Object> limits(List<LimitRule> limits) {
    List<Object> out = new ArrayList<>();
    for (LimitRule limit : limits) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("times", limit.times());
      rule.put("windowMillis", limit.windowMillis());
      rule.put("scope", limit.scope().name());
      out.add(rule);
    }
    return out;
  }

  private static String simpleName(String type) {
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
