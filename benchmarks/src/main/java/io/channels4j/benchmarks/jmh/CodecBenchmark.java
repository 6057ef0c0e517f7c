package io.channels4j.benchmarks.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * generated code and through the two reflective baselines.
 *
 * <p>{@code java -jar channels4j-benchmarks.jar jmh CodecBenchmark -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class CodecBenchmark {
  /** {@code chat}: a typical chat frame; {@code post}: a larger one with a nested list. */
  @Param({"chat", "post"})
  public String frame;

  private byte[] bytes;
  private GeneratedStack generated;
  private MoshiReflectiveStack moshi;
  private JacksonReflectiveStack jackson;

  /** Builds the three stacks and checks that they answer the frame with the same reply. */
  @Setup
  public void setUp() throws IOException {
    bytes = (frame.equals("chat") ? chatFrame() : postFrame()).getBytes(StandardCharsets.UTF_8);
    generated = new GeneratedStack();
    moshi = new MoshiReflectiveStack();
    jackson = new JacksonReflectiveStack();
    String expected = new String(generated.handle(bytes), StandardCharsets.UTF_8);
    for (byte[] other : new byte[][] {moshi.handle(bytes), jackson.handle(bytes)}) {
      String reply = new String(other, StandardCharsets.UTF_8);
      if (!reply.equals(expected)) {
        throw new IllegalStateException("replies differ:\n" + expected + "\n" + reply);
      }
    }
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

  static String chatFrame() {
    return "{\"action\":\"echo\",\"request_id\":7,\"user\":\"mike\","
        + "\"message\":\"hello everyone, how is the weather where you are today?\"}";
  }

  /** A post with ten attachments of three tags each: 874 bytes. */
  static String postFrame() {
    StringBuilder json =
        new StringBuilder(
            "{\"action\":\"post\",\"request_id\":8,\"user\":\"mike\","
                + "\"message\":\"photos from the weekend, the good ones at the end\","
                + "\"attachments\":[");
    for (int i = 0; i < 10; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"name\":\"IMG_")
          .append(4100 + i)
          .append(".jpg\",\"size\":")
          .append(1_048_576 + i * 7919)
          .append(",\"tags\":[\"holiday\",\"beach\",\"family\"]}");
    }
    return json.append("]}").toString();
  }
}
