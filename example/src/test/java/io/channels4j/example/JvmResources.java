package io.channels4j.example;

import com.sun.management.UnixOperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;

/**
 * What this JVM holds at one moment: its live threads by kind (the name with digits taken out, so
 * {@code channels4j-handler-7} is {@code channels4j-handler-#}), its open file descriptors and its
 * used heap after a few full collections.
 */
record JvmResources(Map<String, Integer> threads, long openFiles, long usedHeap) {
  static JvmResources now() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    Map<String, Integer> threads = new TreeMap<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive()) {
        threads.merge(thread.getName().replaceAll("\\d+", "#"), 1, Integer::sum);
      }
    }
    long files =
        ((UnixOperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getOpenFileDescriptorCount();
    return new JvmResources(threads, files, heap);
  }

  /**
   * The kinds of thread there are more of now than in {@code before}, with both counts. Lettuce's
   * fixed pools (2 I/O and 2 computation threads per client, one {@code lettuce-timer} each) start
   * their threads on first use, a reconnection for instance: they may grow up to that size.
   */
  Map<String, String> moreThreadsThan(JvmResources before) {
    int lettuceClients = before.threads.getOrDefault("lettuce-timer-#-#", 0);
    Map<String, Integer> bounds =
        Map.of(
            "lettuce-nioEventLoop-#-#", 2 * lettuceClients,
            "lettuce-eventExecutorLoop-#-#", 2 * lettuceClients);
    Map<String, String> grown = new TreeMap<>();
    threads.forEach(
        (kind, count) -> {
          int was = before.threads.getOrDefault(kind, 0);
          if (count > Math.max(was, bounds.getOrDefault(kind, 0))) {
            grown.put(kind, was + " -> " + count);
          }
        });
    return grown;
  }
}
