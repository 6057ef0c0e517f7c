package io.channels4j.test.services;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code redis-server} of version 7 or later, for the tests that need sharded pub/sub (the binary
 * in the embedded-redis jar is 6.2), and for tests with no embedded-redis jar at all.
 *
 * <p>Uses the {@code redis-server} on {@code PATH} when its {@code --version} is 7 or later.
 * Otherwise uses Debian's package {@code redis-tools}, installing it with {@code apt-get} first
 * (once per machine) when the tests run as root: that package ships the server binary as {@code
 * /usr/bin/redis-check-rdb}, which runs as the server when started under the name {@code
 * redis-server} (Debian's {@code redis-server} package is only that link plus a system service,
 * which the tests do not want started). Elsewhere it fails, saying what to install: the cluster
 * tests are never skipped.
 */
public final class Redis7 {
  private static final Path DEBIAN_BINARY = Path.of("/usr/bin/redis-check-rdb");
  private static final Pattern VERSION = Pattern.compile("v=(\\d+)\\.");

  private static Path found;

  private Redis7() {}

  /** The server binary to run. */
  public static synchronized Path server() throws IOException {
    if (found == null) {
      found = locate();
      System.err.println("Redis7: using " + found);
    }
    return found;
  }

  private static Path locate() throws IOException {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String entry : path.split(File.pathSeparator)) {
        Path candidate = Path.of(entry, "redis-server");
        if (Files.isExecutable(candidate) && major(candidate) >= 7) {
          return candidate;
        }
      }
    }
    if (!Files.isExecutable(DEBIAN_BINARY)) {
      if (!AptGet.usable()) {
        throw new IllegalStateException(
            "These tests need redis-server 7 or later: put one on PATH, or on Debian"
                + " `sudo apt-get install redis-tools` (run as root on an apt machine, the tests"
                + " install it themselves).");
      }
      AptGet.install("Redis7: no redis-server 7 on PATH", List.of("redis-tools"));
    }
    Path link = Path.of("target", "redis7", "redis-server").toAbsolutePath();
    if (!Files.isSymbolicLink(link)) {
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(link, DEBIAN_BINARY);
    }
    int major = major(link);
    if (major < 7) {
      throw new IllegalStateException(
          DEBIAN_BINARY + " is Redis " + major + "; these tests need 7 or later");
    }
    return link;
  }

  /** The major version {@code binary --version} reports, 0 when it says none. */
  private static int major(Path binary) throws IOException {
    Process process =
        new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return 0;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while asking " + binary + " its version", e);
    }
    Matcher matcher = VERSION.matcher(output);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
  }
}
