package io.channels4j.benchmarks.load;

import io.channels4j.benchmarks.server.ChannelsServer;
import io.channels4j.runtime.undertow.ChannelServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One broadcast to every member of a room, through a real server and real sockets in this JVM, for
 * {@code -prof gc}: its {@code gc.alloc.rate.norm} is what the server allocates per broadcast
 * (divide by {@code members} for a delivery), with the members' reader, which allocates nothing per
 * frame, and at most {@link #IN_FLIGHT} broadcasts on their way.
 *
 * <pre>java -jar channels4j-benchmarks.jar jmh BroadcastBenchmark -prof gc</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BroadcastBenchmark {
  private static final int IN_FLIGHT = 8;

  @Param({"200", "1000"})
  int members;

  private final AtomicLong delivered = new AtomicLong();
  private final byte[] message =
      "{\"type\":\"message\",\"text\":\"a broadcast of about a hundred bytes, as a chat line or a price tick is\"}"
          .getBytes(StandardCharsets.UTF_8);
  private ChannelServer server;
  private SelectorLoop clients;
  private Thread reader;
  private volatile boolean stopping;
  private long sent;

  @Setup(Level.Trial)
  public void start() throws Exception {
    server =
        ChannelsServer.start(0, "memory://", new ChannelsServer.Settings(false, false, null, 0));
    clients = new SelectorLoop();
    WsConnection.Handler counting =
        new WsConnection.Handler() {
          @Override
          public void onOpen(WsConnection connection) {}

          @Override
          public void onText(WsConnection connection, byte[] buffer, int start, int end) {
            delivered.incrementAndGet();
          }

          @Override
          public void onClose(WsConnection connection, int code) {}
        };
    InetSocketAddress address = new InetSocketAddress("127.0.0.1", server.port());
    for (int i = 0; i < members; i++) {
      clients.connect(address, "/group", counting);
    }
    reader =
        new Thread(
            () -> {
              try {
                clients.run(() -> {}, () -> stopping, Long.MAX_VALUE);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            },
            "members");
    reader.setDaemon(true);
    reader.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (server.admin().room("bench").localConnections() < members) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the members did not all join");
      }
      LockSupport.parkNanos(1_000_000);
    }
  }

  /** One broadcast, once all but {@link #IN_FLIGHT} of the ones before it reached every member. */
  @Benchmark
  public void broadcast() {
    server.admin().broadcastJson("bench", message);
    sent++;
    long due = (sent - IN_FLIGHT) * members;
    while (delivered.get() < due) {
      LockSupport.parkNanos(20_000);
    }
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    stopping = true;
    reader.join(10_000);
    clients.close();
    server.close();
  }
}
