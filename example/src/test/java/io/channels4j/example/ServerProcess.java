package io.channels4j.example;

import io.channels4j.testing.Await;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The example server ({@link Main}) in a child JVM on a fixed port, so a test can kill it with
 * SIGKILL, as a crash would, and start it again on the same port.
 */
final class ServerProcess implements AutoCloseable {
  /** What {@link Main} prints once the server listens. */
  private static final String READY = "channels4j example running";

  private final int port;
  private final String broker;
  private final Path log;
  private Process process;

  ServerProcess(int port, String broker) throws IOException {
    this.port = port;
    this.broker = broker;
    this.log = Files.createTempFile("channels4j-server-" + port, ".log");
  }

  int port() {
    return port;
  }

  /** Starts the server and waits until it says it is listening. */
  void start() throws IOException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("already running");
    }
    Files.writeString(log, "");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xmx128m",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "--port",
            Integer.toString(port),
            "--broker",
            broker);
    Process started =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .start();
    process = started;
    Await.until(
        30,
        "server on port " + port + " to print '" + READY + "'",
        () -> {
          if (!started.isAlive()) {
            throw new AssertionError("server on port " + port + " exited:\n" + output());
          }
          return output().contains(READY);
        });
  }

  /** Kills the JVM with SIGKILL: no shutdown hook, no leave, no goodbye to Redis. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("server on port " + port + " survived SIGKILL");
    }
  }

  /** What the server printed so far. */
  String output() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  /** Stops the server gracefully (SIGTERM runs its shutdown hook) and waits for it to exit. */
  @Override
  public void close() throws InterruptedException {
    if (process == null) {
      return;
    }
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
