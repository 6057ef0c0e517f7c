package io.channels4j.testing;

import io.channels4j.test.services.AptGet;
import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;

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
  private static final List<String> PACKAGES = List.of("chromium", "chromium-driver");

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
        if (!AptGet.usable()) {
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
    AptGet.install("Chromium: " + browser + " or " + driver + " is missing", PACKAGES);
    if (!browser.canExecute() || !driver.canExecute()) {
      throw new IllegalStateException(
          "apt-get installed " + PACKAGES + " but " + browser + " or " + driver + " is missing");
    }
  }
}
