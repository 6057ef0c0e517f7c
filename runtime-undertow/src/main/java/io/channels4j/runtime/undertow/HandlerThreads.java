package io.channels4j.runtime.undertow;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a server runs handlers, permissions and join/leave events, given to {@link
 * ChannelServer.Builder#handlers(HandlerThreads)}: a {@link #pool()} of its own (the default), an
 * {@link #executor(Executor)} of yours, or each connection's {@link #ioThreads() I/O thread}.
 * Wherever they run, the frames of one connection are handled in arrival order.
 */
public final class HandlerThreads {
  private static final HandlerThreads POOL = new HandlerThreads("pool()", null);
  private static final HandlerThreads IO_THREADS = new HandlerThreads("ioThreads()", null);

  private final String name;
  private final Executor executor;

  private HandlerThreads(String name, Executor executor) {
    this.name = name;
    this.executor = executor;
  }

  /**
   * A fixed pool each server makes for itself, off the I/O threads, and shuts down when it stops:
   * eight threads per core, at least 16.
   */
  public static HandlerThreads pool() {
    return POOL;
  }

  /**
   * Your executor, off the I/O threads; {@link ChannelServer#stop()} does not shut it down. On Java
   * 21+ {@code Executors.newVirtualThreadPerTaskExecutor()} works.
   */
  public static HandlerThreads executor(Executor executor) {
    return new HandlerThreads("executor(" + executor + ")", Objects.requireNonNull(executor));
  }

  /**
   * Each connection's I/O thread: no thread hop per frame, so a reply leaves in the same I/O-loop
   * pass its request arrived in. Only for channels where no handler, permission or join/leave event
   * ever blocks: while one blocks, every connection on that I/O thread waits. With a Redis broker,
   * joins and connection counts wait for Redis there too.
   */
  public static HandlerThreads ioThreads() {
    return IO_THREADS;
  }

  /** Whether each server makes, and shuts down, a pool of its own. */
  boolean ownPool() {
    return this == POOL;
  }

  /** The executor given to {@link #executor(Executor)}; {@code null} for the other choices. */
  Executor given() {
    return executor;
  }

  /** A new pool of handler threads, for {@link #pool()}. */
  static ExecutorService newPool() {
    AtomicInteger counter = new AtomicInteger();
    ThreadFactory threads =
        runnable -> {
          Thread thread = new Thread(runnable, "channels4j-handler-" + counter.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    int size = Math.max(16, Runtime.getRuntime().availableProcessors() * 8);
    return Executors.newFixedThreadPool(size, threads);
  }

  @Override
  public String toString() {
    return "HandlerThreads." + name;
  }
}
