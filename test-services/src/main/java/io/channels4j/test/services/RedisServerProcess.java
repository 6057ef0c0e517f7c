package io.channels4j.test.services;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code redis-server} process for tests, on 127.0.0.1 and a free port.
 *
 * <p>Uses {@code redis-server} from {@code PATH} when there is one, otherwise the binary shipped in
 * the {@code com.github.codemonstur:embedded-redis} jar when that jar is on the class path (as in
 * this repository's own tests), otherwise {@link Redis7}'s (Debian's, installed with {@code
 * apt-get} when the tests run as root), so the tests need nothing but a JDK and Maven. {@code
 * -Dchannels4j.redis.embedded=true} forces the shipped binary. Nothing is persisted: a restart
 * comes back empty, as a Redis without persistence does.
 */
public final class RedisServerProcess implements AutoCloseable {
  private static Path binary;

  private final Path executable;
  private final int port;
  private final List<String> options;
  private final Path dir;
  private Process process;

  private RedisServerProcess(Path executable, int port, List<String> options) throws IOException {
    this.executable = executable;
    this.port = port;
    this.options = options;
    this.dir = Files.createTempDirectory("channels4j-redis-test");
  }

  /** Starts a server on a free port. */
  public static RedisServerProcess start() throws IOException {
    return start(freePort());
  }

  /** Starts a server on {@code port}. */
  public static RedisServerProcess start(int port) throws IOException {
    return start(binary(), port, List.of());
  }

  /** Starts {@code executable} on {@code port} with extra {@code options}, e.g. cluster ones. */
  public static RedisServerProcess start(Path executable, int port, List<String> options)
      throws IOException {
    RedisServerProcess server = new RedisServerProcess(executable, port, options);
    server.restart();
    return server;
  }

  /** A port nothing listens on at the moment. */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  public int port() {
    return port;
  }

  /** {@code redis://127.0.0.1:port} followed by {@code query}, e.g. {@code "?prefix=t1:"}. */
  public String url(String query) {
    return "redis://127.0.0.1:" + port + query;
  }

  /**
   * Which binary the tests run: a path on PATH or the one extracted from the embedded-redis jar.
   */
  public static synchronized Path binary() throws IOException {
    if (binary == null) {
      binary = findBinary();
      System.err.println("RedisServerProcess: using " + binary);
    }
    return binary;
  }

  /** Starts the process again on the same port, after {@link #stop()}; waits until it answers. */
  public synchronized void restart() throws IOException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("already running");
    }
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(
        List.of(
            "--port", Integer.toString(port),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--dir", dir.toString()));
    command.addAll(options);
    Path logFile = dir.resolve("redis.log");
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(
            "redis-server "
                + executable
                + " exited with "
                + process.exitValue()
                + " on port "
                + port
                + ":\n"
                + Files.readString(logFile));
      }
      if (ping()) {
        return;
      }
      pause();
    }
    process.destroyForcibly();
    throw new IOException("redis-server did not answer on port " + port + " within 15 s");
  }

  /** Kills the process, as a crash or a network cut would look to clients. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("redis-server did not stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  @Override
  public void close() {
    stop();
  }

  /** A short pause between two pings of a starting server; its start has no event to wait on. */
  private static void pause() throws IOException {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while redis-server started", e);
    }
  }

  private boolean ping() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      socket.setSoTimeout(1000);
      OutputStream out = socket.getOutputStream();
      out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      byte[] reply = new byte[5];
      int read = socket.getInputStream().readNBytes(reply, 0, 5);
      return read == 5 && new String(reply, StandardCharsets.US_ASCII).equals("+PONG");
    } catch (IOException e) {
      return false;
    }
  }

  private static Path findBinary() throws IOException {
    if (!Boolean.getBoolean("channels4j.redis.embedded")) {
      String path = System.getenv("PATH");
      if (path != null) {
        for (String entry : path.split(java.io.File.pathSeparator)) {
          Path candidate = Path.of(entry, "redis-server");
          if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
            return candidate;
          }
        }
      }
    }
    String resource = embeddedResource();
    if (RedisServerProcess.class.getResource("/" + resource) == null) {
      return Redis7.server(); // no embedded-redis jar on the class path: Debian's, installed
    }
    Path target = Path.of("target", "redis-bin", resource);
    if (!Files.isExecutable(target)) {
      Files.createDirectories(target.getParent());
      try (InputStream in = RedisServerProcess.class.getResourceAsStream("/" + resource)) {
        Path tmp = Files.createTempFile(target.getParent(), resource, ".part");
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        if (!tmp.toFile().setExecutable(true)) {
          throw new IOException("Cannot make " + tmp + " executable");
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return target.toAbsolutePath();
  }

  /** The binary inside embedded-redis 1.4.x for this OS and CPU. */
  private static String embeddedResource() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
    boolean arm = arch.contains("aarch64") || arch.contains("arm64");
    if (os.contains("linux")) {
      return arm ? "redis-server-6.2.7-linux-arm64" : "redis-server-6.2.6-v5-linux-amd64";
    }
    if (os.contains("mac") || os.contains("darwin")) {
      return arm ? "redis-server-6.2.6-v5-darwin-arm64" : "redis-server-6.2.6-v5-darwin-amd64";
    }
    throw new IllegalStateException("No redis-server for " + os + "/" + arch + "; put one on PATH");
  }
}
