package io.channels4j.example;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.Chromium;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium: two users join the group room, one talks, the other sees
 * it, and a second quick message shows the rate-limit error; a third who joins later is shown the
 * message from the room's history.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}: {@link Chromium} installs them
 * when it can, and the test fails, never skips, without them.
 */
class BrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final Path TARGET = Paths.get("target");

  private ChannelServer server;
  private Chromium chromium;
  private Path profiles;

  @BeforeEach
  void start() throws IOException {
    chromium = Chromium.locate();
    server = ChatExample.start(0, ChatExample.DEFAULT_BROKER);
    profiles = Files.createTempDirectory("channels4j-chromium");
  }

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.stop();
    }
    if (profiles != null) {
      try (var paths = Files.walk(profiles)) {
        paths.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
      }
    }
  }

  private WebDriver browser(String name) throws IOException {
    ChromeOptions options = new ChromeOptions();
    // Both paths are given, so Selenium Manager never tries to download a browser or a driver.
    options.setBinary(chromium.browser());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,820",
        "--user-data-dir=" + Files.createTempDirectory(profiles, name));
    // One driver process per browser: quitting a ChromeDriver stops its service.
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromium.driver())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  private void join(WebDriver page, String name) {
    page.get("http://localhost:" + server.port() + "/");
    WebDriverWait wait = new WebDriverWait(page, WAIT);
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    page.findElement(By.id("name")).sendKeys(name);
    new Select(page.findElement(By.id("room"))).selectByValue("/group");
    page.findElement(By.id("connect")).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "open"));
    wait.until(
        ExpectedConditions.presenceOfElementLocated(By.cssSelector("#log li[data-kind='join']")));
  }

  private static void say(WebDriver page, String text) {
    new Select(page.findElement(By.id("action"))).selectByValue("message");
    WebElement message = page.findElement(By.id("message"));
    message.sendKeys(text);
    page.findElement(By.id("send")).click();
  }

  private static List<WebElement> entries(WebDriver page, String selector) {
    return page.findElements(By.cssSelector("#log li" + selector));
  }

  @Test
  void twoUsersChatInTheGroupRoomAndSeeTheRateLimit() throws IOException {
    WebDriver alice = browser("alice");
    WebDriver bob = null;
    WebDriver carol = null;
    try {
      bob = browser("bob");
      join(alice, "alice");
      join(bob, "bob");

      say(alice, "hello bob");
      // The second message follows at once, well inside the 3 s window even on a slow machine.
      say(alice, "are you there?");
      new WebDriverWait(bob, WAIT)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("#log li[data-kind='message'][data-user='alice']"), "hello bob"));
      new WebDriverWait(alice, WAIT)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("#log li[data-kind='error']"), "Too Many Requests. Retry after"));
      assertThat(entries(bob, "[data-kind='message']")).hasSize(1);
      assertThat(alice.findElement(By.id("status")).getText()).contains("connected");

      // A newcomer is shown what the room said before: the group room keeps its last messages.
      carol = browser("carol");
      join(carol, "carol");
      new WebDriverWait(carol, WAIT)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("#log li[data-kind='message'][data-history][data-user='alice']"),
                  "hello bob"));

      save(alice, "browser-alice.png");
      save(bob, "browser-bob.png");
    } finally {
      alice.quit();
      if (bob != null) {
        bob.quit();
      }
      if (carol != null) {
        carol.quit();
      }
    }
  }

  private static void save(WebDriver page, String name) throws IOException {
    File shot = ((ChromeDriver) page).getScreenshotAs(OutputType.FILE);
    Files.createDirectories(TARGET);
    Files.copy(shot.toPath(), TARGET.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
