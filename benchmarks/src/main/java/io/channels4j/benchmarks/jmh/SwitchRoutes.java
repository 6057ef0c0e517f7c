package io.channels4j.benchmarks.jmh;

import io.channels4j.benchmarks.channel.BenchChannel;
import io.channels4j.benchmarks.channel.BenchChannelImpl;
import io.channels4j.benchmarks.channel.ChatFrame;
import io.channels4j.benchmarks.channel.Digest;
import io.channels4j.benchmarks.channel.Post;
import io.channels4j.benchmarks.channel.Readings;
import java.io.IOException;

/**
 * What a user of a JSON library writes by hand to route a frame: a {@code switch} on the action
 * that reads the payload type and calls the handler directly, with no reflection.
 */
final class SwitchRoutes {
  /** Reads the frame's payload as a {@code type}; each benchmarked stack brings its own. */
  interface Payloads {
    <T> T read(Class<T> type) throws IOException;
  }

  private final BenchChannel channel = new BenchChannelImpl();

  void dispatch(String action, RecordingCall call, Payloads payloads) throws IOException {
    switch (action) {
      case "message" -> channel.message(call, payloads.read(ChatFrame.class));
      case "echo" -> channel.echo(call, payloads.read(ChatFrame.class));
      case "post" -> channel.post(call, payloads.read(Post.class));
      case "large" -> channel.large(call, payloads.read(Digest.class));
      case "numbers" -> channel.numbers(call, payloads.read(Readings.class));
      default -> throw new IllegalArgumentException("no action " + action);
    }
  }
}
