package io.channels4j.benchmarks.jmh;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.channels4j.benchmarks.channel.BenchChannel;
import io.channels4j.benchmarks.channel.BenchChannelBinding;
import io.channels4j.benchmarks.channel.BenchChannelImpl;
import io.channels4j.runtime.internal.ChannelBinding;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.memory.MemoryRateLimiter;
import io.channels4j.runtime.undertow.frame.FrameHead;
import io.channels4j.runtime.undertow.frame.LimiterGuards;
import java.io.IOException;
import okio.Buffer;

/**
 * A frame through what the server runs: the server's head scan, the generated dispatcher and the
 * generated adapters.
 */
final class GeneratedStack {
  private final ChannelDispatcher<BenchChannel> dispatcher;
  private final RecordingCall.Encoder encoder;

  GeneratedStack() {
    ChannelBinding<BenchChannel> binding = new BenchChannelBinding();
    Moshi moshi = new Moshi.Builder().add(binding.jsonAdapterFactory()).build();
    dispatcher =
        binding.newDispatcher(
            new BenchChannelImpl(), new LimiterGuards(new MemoryRateLimiter(), ctx -> true), moshi);
    encoder = new MoshiAdapters(moshi)::encode;
  }

  byte[] handle(byte[] frame) throws IOException {
    FrameHead head = new FrameHead().scan(frame, 32);
    JsonReader reader = JsonReader.of(new Buffer().write(frame));
    RecordingCall call = new RecordingCall(head.action(), head.requestId(), encoder);
    dispatcher.dispatch(head.action(), reader, call);
    return call.sent();
  }
}
