package io.channels4j.benchmarks.server;

import com.sun.management.OperatingSystemMXBean;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * {@code GET /stats[?gc=true]} on a side port: the process's CPU time, RSS, heap in use and bytes
 * allocated, so the load tool can report the server's cost per operation and per connection.
 *
 * <p>{@code heap_after_gc} is what the heap's pools held right after the most recent collection
 * (their collection usage), so with {@code ?gc=true} it is the live heap after a full GC. {@code
 * heap_used} (total minus free memory) also counts what threads allocated since, including the
 * whole of every TLAB handed out after the GC: several MB that moved the idle scenario's bytes per
 * connection by up to 900 B between runs at 10,000 connections.
 *
 * <p>{@code ?gc=true} also hands malloc's free memory back to the OS ({@code jcmd
 * System.trim_native_heap}), so that RSS is what the process holds rather than what the JIT's
 * arenas once took: with 10,000 idle sockets held, the trim gave back 23.5 of the 33.5 MB the
 * process had grown by.
 */
public final class StatsEndpoint {
  private StatsEndpoint() {}

  /** Serves the stats on {@code 127.0.0.1:port} from a daemon thread. */
  public static void start(int port) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 16);
    http.createContext(
        "/stats",
        exchange -> {
          if (String.valueOf(exchange.getRequestURI().getQuery()).contains("gc=true")) {
            System.gc();
            System.gc();
            trimNativeHeap();
          }
          byte[] body = json().getBytes(StandardCharsets.US_ASCII);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    http.start();
  }

  private static String json() throws IOException {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Runtime runtime = Runtime.getRuntime();
    return "{\"cpu_ns\":"
        + os.getProcessCpuTime()
        + ",\"user_cpu_ns\":"
        + userCpuNanos()
        + ",\"rss\":"
        + rssBytes()
        + ",\"heap_used\":"
        + (runtime.totalMemory() - runtime.freeMemory())
        + ",\"heap_after_gc\":"
        + heapAfterGc()
        + ",\"allocated\":"
        + allocatedBytes()
        + "}";
  }

  /** Returns glibc's free memory to the OS, where the JDK has the command (17.0.9 and later). */
  private static void trimNativeHeap() {
    try {
      ManagementFactory.getPlatformMBeanServer()
          .invoke(
              new ObjectName("com.sun.management:type=DiagnosticCommand"),
              "systemTrimNativeHeap",
              new Object[] {new String[0]},
              new String[] {String[].class.getName()});
    } catch (JMException | RuntimeException e) {
      // Not on this JDK or platform: RSS then includes malloc's free lists.
    }
  }

  /**
   * The bytes that the process's live threads have allocated on the heap so far (the server's are
   * long-lived: I/O threads, handler pool), without this stats thread's own.
   */
  private static long allocatedBytes() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    long bytes = 0;
    long[] ids = threads.getAllThreadIds();
    long[] allocated = threads.getThreadAllocatedBytes(ids);
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] != self && allocated[i] > 0) {
        bytes += allocated[i];
      }
    }
    return bytes;
  }

  private static long heapAfterGc() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage afterGc = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && afterGc != null) {
        bytes += afterGc.getUsed();
      }
    }
    return bytes;
  }

  /**
   * The process's CPU time in user mode, from {@code /proc/self/stat} (field 14, in clock ticks of
   * 1/100 s on Linux): what the server's own code costs, without the kernel's socket work.
   */
  private static long userCpuNanos() throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    // The command name in parentheses may hold spaces; the fields after it are space-separated.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) * 10_000_000L;
  }

  private static long rssBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    return -1;
  }
}
