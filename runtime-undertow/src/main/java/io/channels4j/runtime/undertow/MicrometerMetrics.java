package io.channels4j.runtime.undertow;

import io.channels4j.runtime.ChannelDescriptor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * The server's meters in a Micrometer registry, named after Micrometer's conventions ({@code
 * channels4j.frames.in}, which Prometheus shows as {@code channels4j_frames_in_total}). Tags are
 * bounded: a channel's path template, a declared action's name, a close code, and an error's text,
 * of which the first {@value #MAX_ERROR_TEXTS} distinct ones are kept and the rest counted as
 * {@code other}. The meters of a tag combination are made once and kept.
 */
final class MicrometerMetrics implements ServerMetrics {
  static final int MAX_ERROR_TEXTS = 100;

  private final MeterRegistry registry;
  private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();
  private final Set<String> errorTexts = ConcurrentHashMap.newKeySet();
  private final Timer publish;

  /**
   * Each channel's meters of each action it declared, its frame handlers' and the history action's,
   * looked up per frame without building a key: a frame costs two map reads.
   */
  private final Map<String, ChannelMeters> channels = new HashMap<>();

  MicrometerMetrics(MeterRegistry registry, ServerContext context) {
    this.registry = registry;
    for (ChannelDescriptor channel : context.channels) {
      Set<String> names =
          new HashSet<>(
              List.of(
                  ChannelDescriptor.ON_TEXT,
                  ChannelDescriptor.ON_BINARY,
                  Connection.RELAYED,
                  HistoryProtocol.ACTION));
      channel.actions().forEach(action -> names.add(action.name()));
      channels.put(channel.path(), new ChannelMeters(channel.path(), names));
    }
    Gauge.builder("channels4j.connections.open", context.connections, Set::size)
        .description("Open connections on this node")
        .register(registry);
    Gauge.builder("channels4j.outbound.queued", context, ServerContext::queuedBytes)
        .description("Bytes queued for clients, not yet written")
        .baseUnit("bytes")
        .register(registry);
    Gauge.builder("channels4j.inbound.queued", context, ServerContext::inboundQueuedBytes)
        .description("Bytes received from clients, not yet handled")
        .baseUnit("bytes")
        .register(registry);
    Gauge.builder("channels4j.broker.healthy", context, c -> c.broker.healthy() ? 1 : 0)
        .description("1 while the broker reaches its backend, else 0")
        .register(registry);
    this.publish =
        Timer.builder("channels4j.broker.publish")
            .description("Time the broker takes to take a broadcast")
            .register(registry);
  }

  /**
   * The meters of {@code action} on {@code channel}: a declared name's own, {@code none}'s for a
   * frame that named none, {@code unknown}'s for any other, so that a client cannot make up tags.
   */
  @Override
  public ActionMetrics action(String channel, String action) {
    ChannelMeters meters = channels.get(channel); // a mounted channel's path: it has meters
    return action == null ? meters.none : meters.declared.getOrDefault(action, meters.unknown);
  }

  private Counter counter(String name, String description, String... tags) {
    String key = name + '\0' + String.join("\0", tags);
    return counters.computeIfAbsent(
        key, k -> Counter.builder(name).description(description).tags(tags).register(registry));
  }

  @Override
  public boolean timed() {
    return true;
  }

  @Override
  public void opened(String channel) {
    counter(
            "channels4j.connections.opened",
            "Connections that joined their room",
            "channel",
            channel)
        .increment();
  }

  @Override
  public void closed(String channel, int code) {
    counter(
            "channels4j.connections.closed",
            "Connections closed, by close code (1006: no close frame)",
            "channel",
            channel,
            "code",
            Integer.toString(code))
        .increment();
  }

  @Override
  public Count framesOut(String channel) {
    Counter counter =
        counter("channels4j.frames.out", "Frames sent to clients", "channel", channel);
    return frames -> counter.increment(frames);
  }

  @Override
  public void error(String channel, String errors) {
    String text =
        errorTexts.size() < MAX_ERROR_TEXTS || errorTexts.contains(errors) ? errors : "other";
    if (!text.equals("other")) {
      errorTexts.add(text);
    }
    counter("channels4j.errors", "Error frames sent, by text", "channel", channel, "error", text)
        .increment();
  }

  @Override
  public void slowClientClosed(String channel) {
    counter(
            "channels4j.slow.clients.closed",
            "Clients closed for reading too slowly",
            "channel",
            channel)
        .increment();
  }

  @Override
  public void published(long nanos) {
    publish.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** One channel's {@link ActionMeters}, by action name. */
  private final class ChannelMeters {
    final Map<String, ActionMeters> declared = new HashMap<>();
    final ActionMeters none;
    final ActionMeters unknown;

    ChannelMeters(String channel, Set<String> actions) {
      actions.forEach(action -> declared.put(action, new ActionMeters(channel, action)));
      none = new ActionMeters(channel, "none");
      unknown = new ActionMeters(channel, "unknown");
    }
  }

  /**
   * The meters of one channel's action, registered when first used (a registry hands back the meter
   * it has for a name and tags, so two threads registering one meter get the same).
   */
  private final class ActionMeters implements ActionMetrics {
    private final String[] tags;
    private volatile Counter framesIn;
    private volatile Counter rejections;
    private volatile Timer handler;

    ActionMeters(String channel, String action) {
      this.tags = new String[] {"channel", channel, "action", action};
    }

    @Override
    public void frameIn() {
      framesIn().increment();
    }

    @Override
    public void rejected() {
      rejections().increment();
    }

    @Override
    public void handled(long nanos) {
      handler().record(nanos, TimeUnit.NANOSECONDS);
    }

    private Counter framesIn() {
      Counter counter = framesIn;
      if (counter == null) {
        framesIn = counter = counter("channels4j.frames.in", "Frames handled", tags);
      }
      return counter;
    }

    private Counter rejections() {
      Counter counter = rejections;
      if (counter == null) {
        rejections =
            counter = counter("channels4j.limit.rejections", "Frames a limit refused", tags);
      }
      return counter;
    }

    private Timer handler() {
      Timer timer = handler;
      if (timer == null) {
        handler =
            timer =
                Timer.builder("channels4j.handler")
                    .description("Time a handler takes, its synchronous part")
                    .tags(tags)
                    .publishPercentileHistogram()
                    .register(registry);
      }
      return timer;
    }
  }
}
