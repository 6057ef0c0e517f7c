package io.channels4j.test.services;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Installs Debian packages the tests need, once per machine, when the tests run as root on a
 * machine with {@code apt-get}; the callers fail with what to install everywhere else.
 */
public final class AptGet {
  private static final Path APT_GET = Path.of("/usr/bin/apt-get");
  private static final long INSTALL_MINUTES = 20;

  private AptGet() {}

  /** Whether {@link #install} can work here: root and {@code apt-get}. */
  public static boolean usable() {
    return isRoot() && Files.isExecutable(APT_GET);
  }

  /** {@code apt-get update} then {@code apt-get install -y packages}, logged to a temp file. */
  public static void install(String who, List<String> packages) throws IOException {
    Path log = Files.createTempFile("channels4j-apt-get", ".log");
    System.err.println(
        who
            + ": installing the Debian packages "
            + String.join(" ", packages)
            + " with apt-get (once per machine; log in "
            + log
            + ")");
    run(log, List.of("update", "-q"));
    run(log, concat(List.of("install", "-y", "-q"), packages));
  }

  private static void run(Path log, List<String> arguments) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(concat(List.of(APT_GET.toString()), arguments));
    builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
    Process process =
        builder
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    try {
      if (!process.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException(
            "apt-get " + arguments + " did not finish within " + INSTALL_MINUTES + " minutes");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running apt-get " + arguments, e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          "apt-get "
              + arguments
              + " exited with "
              + process.exitValue()
              + ":\n"
              + tail(Files.readAllLines(log)));
    }
  }

  /** The owner of {@code /proc/self} is this process's user. */
  private static boolean isRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static String tail(List<String> lines) {
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
