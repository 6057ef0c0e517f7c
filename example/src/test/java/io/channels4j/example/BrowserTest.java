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
import java.util.Base64;
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
 * message from the room's history. In the auction, a bid reaches the lot's room; in the drop room,
 * a picture reaches every member.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver}: {@link Chromium} installs them
 * when it can, and the test fails, never skips, without them.
 */
class BrowserTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final Path TARGET = Paths.get("target");
  private static final String ADMIN_TOKEN = "browser-test-token";

  private ChannelServer server;
  private Chromium chromium;
  private Path profiles;

  @BeforeEach
  void start() throws IOException {
    chromium = Chromium.locate();
    server = ChatExample.start("localhost", 0, ChatExample.DEFAULT_BROKER, ADMIN_TOKEN);
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

  /** Opens the page on {@code room}, connected to {@code path}; waits until the socket is open. */
  private void enter(WebDriver page, String name, String room, String path) {
    page.get("http://localhost:" + server.port() + "/");
    WebDriverWait wait = new WebDriverWait(page, WAIT);
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    page.findElement(By.id("name")).sendKeys(name);
    new Select(page.findElement(By.id("room"))).selectByValue(room);
    if (!room.equals(path)) {
      WebElement field = page.findElement(By.id("path"));
      field.clear();
      field.sendKeys(path);
    }
    page.findElement(By.id("connect")).click();
    wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-state", "open"));
  }

  /**
   * Sends {@code action} with {@code text} in the text box and waits for its response: the
   * connection has then joined its room, since a frame waits for the join before it.
   */
  private static void ask(WebDriver page, String action, String text) {
    int before = entries(page, "[data-kind='response'][data-action='" + action + "']").size();
    new Select(page.findElement(By.id("action"))).selectByValue(action);
    WebElement message = page.findElement(By.id("message"));
    if (message.isEnabled()) {
      message.sendKeys(text);
    }
    page.findElement(By.id("send")).click();
    new WebDriverWait(page, WAIT)
        .until(
            p ->
                entries(p, "[data-kind='response'][data-action='" + action + "']").size() > before);
  }

  @Test
  void aBidReachesTheLotsRoomAndADroppedPictureEveryMember() throws IOException {
    WebDriver alice = browser("alice");
    WebDriver bob = null;
    try {
      bob = browser("bob");
      enter(alice, "alice", "/auction/{lot}", "/auction/3");
      enter(bob, "bob", "/auction/{lot}", "/auction/3");
      ask(bob, "estimate", "");
      ask(alice, "bid", "120"); // answered with its acknowledgement
      new WebDriverWait(bob, WAIT)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("#log li[data-kind='bid'][data-user='alice']"),
                  "bid 120 on lot 3"));
      ask(bob, "estimate", "");
      assertThat(entries(bob, "[data-kind='response'][data-action='estimate']").get(1).getText())
          .contains("\"highest\":120");

      enter(alice, "alice", "/drop", "/drop");
      enter(bob, "bob", "/drop", "/drop");
      ask(bob, "count", "");
      // The smallest PNG there is: one transparent pixel.
      Path picture = Files.createTempFile(profiles, "pixel", ".png");
      Files.write(picture, Base64.getDecoder().decode(PIXEL));
      alice.findElement(By.id("file")).sendKeys(picture.toAbsolutePath().toString());
      alice.findElement(By.id("send-file")).click();
      new WebDriverWait(bob, WAIT)
          .until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("#log li[data-kind='binary'] img.drop")));
      assertThat(entries(bob, "[data-kind='binary']").get(0).getText())
          .contains(Files.size(picture) + " bytes");
      save(bob, "browser-drop.png");
    } finally {
      alice.quit();
      if (bob != null) {
        bob.quit();
      }
    }
  }

  private static final String PIXEL =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

  private static void save(WebDriver page, String name) throws IOException {
    File shot = ((ChromeDriver) page).getScreenshotAs(OutputType.FILE);
    Files.createDirectories(TARGET);
    Files.copy(shot.toPath(), TARGET.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void theAdminPageListsARoomsMembersBroadcastsToThemAndDisconnectsOne() throws IOException {
    WebDriver alice = browser("alice-admin");
    WebDriver admin = null;
    try {
      join(alice, "alice");
      admin = browser("admin");
      admin.get("http://localhost:" + server.port() + "/admin.html");
      WebDriverWait wait = new WebDriverWait(admin, WAIT);
      wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));

      // A wrong token: the API's refusal, shown.
      admin.findElement(By.id("token")).sendKeys("guess");
      admin.findElement(By.id("load")).click();
      wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("admin-status"), "403"));

      admin.findElement(By.id("token")).clear();
      admin.findElement(By.id("token")).sendKeys(ADMIN_TOKEN);
      admin.findElement(By.id("load")).click();
      By groupRow = By.cssSelector("#rooms tr[data-room='group_channel']");
      wait.until(ExpectedConditions.presenceOfElementLocated(groupRow));
      assertThat(admin.findElement(groupRow).getText()).isEqualTo("group_channel 1 1");

      admin.findElement(groupRow).click();
      By aliceItem = By.cssSelector("#members li[data-user='alice']");
      wait.until(ExpectedConditions.presenceOfElementLocated(aliceItem));

      admin.findElement(By.id("broadcast")).click(); // the prefilled message, to group_channel
      new WebDriverWait(alice, WAIT)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.cssSelector("#log li[data-kind='message'][data-user='admin']"),
                  "hello from the admin page"));

      admin.findElement(aliceItem).findElement(By.cssSelector("button.kick")).click();
      new WebDriverWait(alice, WAIT)
          .until(ExpectedConditions.attributeToBe(By.id("status"), "data-code", "4000"));
      save(admin, "browser-admin.png");
    } finally {
      alice.quit();
      if (admin != null) {
        admin.quit();
      }
    }
  }
}
