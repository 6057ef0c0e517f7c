package io.channels4j.benchmarks.jmh;

import io.channels4j.runtime.undertow.frame.MessagePackToJson;
import io.channels4j.runtime.undertow.frame.MessagePackWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode + dispatch + encode of one frame, from its bytes to the reply's bytes, through the
 * generated code, the two reflective baselines and two baselines of generated codecs (DSL-JSON's
 * compile-time converters, jsoniter's run-time code generation); and the generated code for a
 * client of the {@code msgpack} subprotocol, reading and writing MessagePack itself, against the
 * conversion at the edge that the server did before.
 *
 * <p>{@code java -jar channels4j-benchmarks.jar jmh CodecBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// jsoniter defines the codecs it generates through ClassLoader.defineClass.
@Fork(value = 2, jvmArgsAppend = "--add-opens=java.base/java.lang=ALL-UNNAMED")
public class CodecBenchmark {
  /**
   * {@code chat}: a typical chat frame; {@code post}: a larger one with a nested list; {@code
   * large}: about 16 KB of nested lists and maps, escaped and non-ASCII strings; {@code numbers}:
   * longs, ints and doubles. BigDecimal joins {@code numbers} when the codec supports it.
   */
  @Param({"chat", "post", "large", "numbers"})
  public String frame;

  private byte[] bytes;
  private byte[] packed;
  private GeneratedStack generated;
  private GeneratedStack generatedPacked;
  private MoshiReflectiveStack moshi;
  private JacksonReflectiveStack jackson;
  private DslJsonStack dslJson;
  private JsoniterStack jsoniter;

  /** Builds the five stacks and checks that they answer the frame with the same bytes. */
  @Setup
  public void setUp() throws IOException {
    bytes = Frames.of(frame).getBytes(StandardCharsets.UTF_8);
    packed = MessagePackWriter.fromText(bytes);
    generated = new GeneratedStack();
    generatedPacked = GeneratedStack.overMessagePack();
    moshi = new MoshiReflectiveStack();
    jackson = new JacksonReflectiveStack();
    dslJson = new DslJsonStack();
    jsoniter = new JsoniterStack();
    byte[] expected = generated.handle(bytes);
    Map<String, byte[]> replies = new LinkedHashMap<>();
    replies.put("moshiReflective", moshi.handle(bytes));
    replies.put("jacksonReflective", jackson.handle(bytes));
    replies.put("dslJson", dslJson.handle(bytes));
    replies.put("jsoniter", jsoniter.handle(bytes));
    replies.forEach((stack, reply) -> checkSame(expected, stack, reply));
    byte[] packedReply = MessagePackWriter.fromText(expected);
    checkSame(packedReply, "generatedMessagePack", generatedMessagePack());
    checkSame(packedReply, "convertedMessagePack", convertedMessagePack());
  }

  private static void checkSame(byte[] expected, String stack, byte[] reply) {
    int at = Arrays.mismatch(expected, reply);
    if (at >= 0) {
      int from = Math.max(0, at - 40);
      throw new IllegalStateException(
          String.format(
              "%s's reply differs from the generated one at byte %d:%n%s%n%s",
              stack, at, excerpt(expected, from), excerpt(reply, from)));
    }
  }

  private static String excerpt(byte[] reply, int from) {
    return new String(reply, from, Math.min(reply.length - from, 120), StandardCharsets.UTF_8);
  }

  /**
   * The same frame in MessagePack, as a {@code msgpack} client sends it, read and answered by the
   * generated codecs in MessagePack, as the server does it.
   */
  @Benchmark
  public byte[] generatedMessagePack() throws IOException {
    return generatedPacked.handle(packed);
  }

  /**
   * The MessagePack frame converted to JSON, through the generated code, the reply converted back:
   * what the server did before its codecs spoke MessagePack, and still does for what they leave to
   * Moshi.
   */
  @Benchmark
  public byte[] convertedMessagePack() throws IOException {
    byte[] json = MessagePackToJson.convert(packed, packed.length);
    return MessagePackWriter.fromText(generated.handle(json));
  }

  /** Through the generated dispatcher and adapters. */
  @Benchmark
  public byte[] generated() throws IOException {
    return generated.handle(bytes);
  }

  /** Through Moshi's reflective adapters and {@code Method.invoke}. */
  @Benchmark
  public byte[] moshiReflective() throws IOException {
    return moshi.handle(bytes);
  }

  /** Through Jackson databind and {@code Method.invoke}. */
  @Benchmark
  public byte[] jacksonReflective() throws IOException {
    return jackson.handle(bytes);
  }

  /** Through DSL-JSON's generated converters and a {@code switch}. */
  @Benchmark
  public byte[] dslJson() throws IOException {
    return dslJson.handle(bytes);
  }

  /** Through jsoniter's generated codecs and a {@code switch}. */
  @Benchmark
  public byte[] jsoniter() throws IOException {
    return jsoniter.handle(bytes);
  }
}
