package io.channels4j.example;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import io.channels4j.testing.WsClient;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar target/channels4j-example.jar} as a user runs it: it says where to point a
 * browser, serves the page and the rooms, and stops cleanly on SIGTERM (what Ctrl-C sends, less
 * politely: SIGINT runs the same shutdown hook).
 */
class ExecutableJarIT {
  private static final Pattern OPEN = Pattern.compile("Open http://localhost:(\\d+)");

  @Test
  void runsFromTheShadedJarAndStopsGracefully() throws Exception {
    Path jar = Paths.get("target", "channels4j-example.jar");
    assertWithMessage("%s is built by mvn package", jar).that(Files.isRegularFile(jar)).isTrue();
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--port", "0")
            .redirectErrorStream(true)
            .start();
    List<String> output = new CopyOnWriteArrayList<>();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  output.add(line);
                  lines.add(line);
                }
              } catch (java.io.IOException e) {
                // The process is gone; the assertions below tell what was missing.
              }
            });
    reader.start();
    try {
      int port = -1;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (port < 0 && System.nanoTime() < deadline) {
        String line = lines.poll(1, TimeUnit.SECONDS);
        Matcher m = line == null ? null : OPEN.matcher(line);
        if (m != null && m.find()) {
          port = Integer.parseInt(m.group(1));
        }
      }
      assertWithMessage("the jar logs where to point a browser; it printed %s", output)
          .that(port)
          .isGreaterThan(0);

      HttpResponse<String> page =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      try (WsClient socket = WsClient.connect(port, "/group")) {
        assertThat(socket.receiveJson()).containsEntry("message", "Join successfully");
      }

      // SIGTERM through the handle: Process.destroy() would also close the output we still read.
      process.toHandle().destroy();
      assertWithMessage("the jar stops within 20 s of SIGTERM")
          .that(process.waitFor(20, TimeUnit.SECONDS))
          .isTrue();
      reader.join(5_000);
      assertWithMessage("exit %s, output %s", process.exitValue(), output)
          .that(output)
          .contains("Stopped.");
      // One log format: Undertow's and XNIO's lines come through SLF4J too, none through JUL.
      assertWithMessage("Undertow logs through SLF4J; output %s", output)
          .that(output.stream().anyMatch(l -> l.startsWith("[main] INFO io.undertow - starting")))
          .isTrue();
      assertWithMessage("nothing logs in java.util.logging's format; output %s", output)
          .that(output.stream().noneMatch(l -> l.matches("(INFO|WARNING|SEVERE): .*")))
          .isTrue();
    } finally {
      process.destroyForcibly();
    }
  }
}
