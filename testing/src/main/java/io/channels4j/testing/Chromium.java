package io.channels4j.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium and its ChromeDriver, for browser tests.
 *
 * <p>Uses {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (or the paths in {@code
 * $CHROMIUM} and {@code $CHROMEDRIVER}) when they are there. When they are not and the tests run as
 * root on a machine with {@code apt-get}, installs the packages {@code chromium chromium-driver}
 * once per machine (later runs find them), so the test command needs nothing installed by hand.
 * Otherwise it fails, saying what to install: a browser test is never skipped.
 */
public final class Chromium {
  private static final Path APT_GET = Path.of("/usr/bin/apt-get");
  private static final List<String> PACKAGES = List.of("chromium", "chromium-driver");
  private static final long INSTALL_MINUTES = 20;

  private static Chromium found;

  private final File browser;
  private final File driver;

  private Chromium(File browser, File driver) {
    this.browser = browser;
    this.driver = driver;
  }

  /** The browser binary, for {@code ChromeOptions.setBinary}. */
  public File browser() {
    return browser;
  }

  /** The ChromeDriver binary, for {@code ChromeDriverService.Builder.usingDriverExecutable}. */
  public File driver() {
    return driver;
  }

  /** Finds the browser and the driver, installing them first where that is possible. */
  public static synchronized Chromium locate() throws IOException {
    if (found == null) {
      Map<String, String> env = System.getenv();
      File browser = new File(env.getOrDefault("CHROMIUM", "/usr/bin/chromium"));
      File driver = new File(env.getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
      if (!browser.canExecute() || !driver.canExecute()) {
        if (!isRoot() || !Files.isExecutable(APT_GET)) {
          throw new IllegalStateException(
              "Browser tests need Chromium and ChromeDriver, not found at "
                  + browser
                  + " and "
                  + driver
                  + ". On Debian install them with `sudo apt-get install chromium"
                  + " chromium-driver` (run as root on an apt machine, the tests do it themselves),"
                  + " or set CHROMIUM and CHROMEDRIVER to their paths.");
        }
        install(browser, driver);
      }
      found = new Chromium(browser, driver);
      System.err.println("Chromium: using " + browser + " and " + driver);
    }
    return found;
  }

  private static void install(File browser, File driver) throws IOException {
    Path log = Files.createTempFile("channels4j-apt-get", ".log");
    System.err.println(
        "Chromium: "
            + browser
            + " or "
            + driver
            + " is missing; installing the Debian packages "
            + String.join(" ", PACKAGES)
            + " with apt-get (once per machine; log in "
            + log
            + ")");
    apt(log, List.of("update", "-q"));
    apt(log, concat(List.of("install", "-y", "-q"), PACKAGES));
    if (!browser.canExecute() || !driver.canExecute()) {
      throw new IllegalStateException(
          "apt-get installed " + PACKAGES + " but " + browser + " or " + driver + " is missing");
    }
  }

  private static void apt(Path log, List<String> arguments) throws IOException {
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
