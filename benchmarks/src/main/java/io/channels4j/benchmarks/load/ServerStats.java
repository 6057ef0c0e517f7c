package io.channels4j.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A reading of the server's stats endpoint: process CPU time (and its part in user mode), RSS, heap
 * in use, heap held after the most recent GC, and bytes its threads allocated.
 *
 * <p>Both bench servers serve {@code /stats} on their stats port; {@code ?gc=true} runs a full GC
 * first so that {@code heapAfterGcBytes} is what is live.
 */
record ServerStats(
    long cpuNanos,
    long userCpuNanos,
    long rssBytes,
    long heapUsedBytes,
    long heapAfterGcBytes,
    long allocatedBytes) {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  static ServerStats read(String host, int statsPort, boolean gc) {
    URI uri = URI.create("http://" + host + ":" + statsPort + "/stats" + (gc ? "?gc=true" : ""));
    try {
      String body =
          HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString())
              .body();
      return new ServerStats(
          field(body, "cpu_ns"),
          field(body, "user_cpu_ns"),
          field(body, "rss"),
          field(body, "heap_used"),
          field(body, "heap_after_gc"),
          field(body, "allocated"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read server stats at " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long field(String json, String name) {
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    return Json.longAfter(bytes, 0, bytes.length, Json.key(name));
  }
}
