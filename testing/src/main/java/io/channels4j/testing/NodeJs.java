package io.channels4j.testing;

import io.channels4j.test.services.AptGet;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Node.js and npm, for tests of the generated TypeScript: the machine's {@code node} and {@code
 * npm} on the {@code PATH}, or Debian's packages {@code nodejs npm}, installed once per machine
 * when the tests run as root with {@code apt-get}. Packages come from the npm registry into a
 * folder of the test's. Otherwise it fails, saying what to install: such a test is never skipped.
 */
public final class NodeJs {
  private static final List<String> PACKAGES = List.of("nodejs", "npm");
  private static final long TIMEOUT_MINUTES = 5;

  private static NodeJs found;

  private final File node;
  private final File npm;
  private final int major;
  private final int minor;

  private NodeJs(File node, File npm, int major, int minor) {
    this.node = node;
    this.npm = npm;
    this.major = major;
    this.minor = minor;
  }

  /** Finds {@code node} and {@code npm}, installing them first where that is possible. */
  public static synchronized NodeJs locate() throws IOException {
    if (found == null) {
      File node = onPath("node");
      File npm = onPath("npm");
      if (node == null || npm == null) {
        if (!AptGet.usable()) {
          throw new IllegalStateException(
              "The TypeScript tests need Node.js and npm, not found on the PATH. Install them"
                  + " (`sudo apt-get install nodejs npm` on Debian; run as root on an apt machine,"
                  + " the tests do it themselves).");
        }
        AptGet.install("Node.js: node or npm is missing", PACKAGES);
        node = onPath("node");
        npm = onPath("npm");
        if (node == null || npm == null) {
          throw new IllegalStateException("apt-get installed " + PACKAGES + " but found no node");
        }
      }
      String version = run(List.of(node.getPath(), "--version"), null).output().strip();
      String[] numbers = version.substring(1).split("\\.");
      found = new NodeJs(node, npm, Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1]));
      System.err.println("Node.js: using " + node + " " + version);
    }
    return found;
  }

  /**
   * Installs {@code packages} ({@code name@version}) from the npm registry into {@code folder}, a
   * package of its own. Not with {@code --prefix}, which would also move the global npmrc, where a
   * machine may keep the certificate authorities its registry needs.
   */
  public void install(Path folder, String... packages) throws IOException {
    Files.createDirectories(folder);
    Path manifest = folder.resolve("package.json");
    if (!Files.exists(manifest)) {
      Files.writeString(manifest, "{\"private\": true}\n", StandardCharsets.UTF_8);
    }
    List<String> command =
        new ArrayList<>(List.of(npm.getPath(), "install", "--no-audit", "--no-fund"));
    command.addAll(List.of(packages));
    Result result = run(command, folder.toFile());
    if (result.exitCode() != 0) {
      throw new IOException("npm install " + String.join(" ", packages) + ":\n" + result.output());
    }
  }

  /**
   * Runs the script {@code script} with {@code arguments}, with the platform's global WebSocket
   * where it has one (from Node 22, or 20.10 behind a flag); an older Node has none.
   */
  public Result node(Path folder, String script, String... arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of(node.getPath()));
    if (major == 21 || major == 20 && minor >= 10) {
      command.add("--experimental-websocket");
    }
    command.add(script);
    command.addAll(List.of(arguments));
    return run(command, folder.toFile());
  }

  /** The command {@code bin} of a package {@link #install}ed into {@code folder}, run there. */
  public Result bin(Path folder, String bin, String... arguments) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                node.getPath(),
                folder.toAbsolutePath().resolve("node_modules/.bin").resolve(bin).toString()));
    command.addAll(List.of(arguments));
    return run(command, folder.toFile());
  }

  /** How a command ended: its exit code, and its output and errors, interleaved. */
  public record Result(int exitCode, String output) {}

  private static Result run(List<String> command, File folder) throws IOException {
    Path log = Files.createTempFile("channels4j-node", ".log");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(folder)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException(String.join(" ", command) + " ran over " + TIMEOUT_MINUTES + " min");
      }
      return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted: " + String.join(" ", command), e);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static File onPath(String name) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File file = new File(folder, name);
      if (file.canExecute()) {
        return file;
      }
    }
    return null;
  }
}
