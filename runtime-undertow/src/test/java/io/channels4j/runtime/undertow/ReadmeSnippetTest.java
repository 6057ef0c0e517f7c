package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.testing.WsClient;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "A complete server" snippet compiles with the processor and serves what the README
 * says it serves: a stale snippet fails the build.
 */
class ReadmeSnippetTest {
  private static final String HEADING = "### A complete server";

  @TempDir static Path dir;
  private static URLClassLoader loader;

  @BeforeAll
  static void compileTheSnippet() throws Exception {
    Path source = dir.resolve("src/com/example/ChatServer.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, snippet());
    Path classes = Files.createDirectories(dir.resolve("classes"));
    compile(source, classes, Files.createDirectories(dir.resolve("generated")));
    loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ReadmeSnippetTest.class.getClassLoader());
  }

  @AfterAll
  static void closeLoader() throws Exception {
    loader.close();
  }

  /** {@code ChatServer.start(0)}, as the snippet's {@code main} would start it on a free port. */
  private static ChannelServer start() throws Exception {
    return (ChannelServer)
        loader.loadClass("com.example.ChatServer").getMethod("start", int.class).invoke(null, 0);
  }

  @Test
  void theSnippetServesWhatTheReadmeSays() throws Exception {
    try (ChannelServer server = start();
        WsClient alice = WsClient.connect(server.port(), "/chat/lobby?token=alice")) {
      assertThat(alice.receive())
          .isEqualTo("{\"type\":\"join\",\"user\":\"alice\",\"message\":\"\",\"members\":1}");
      WsClient bob = WsClient.connect(server.port(), "/chat/lobby?token=bob");
      String bobJoined = "{\"type\":\"join\",\"user\":\"bob\",\"message\":\"\",\"members\":2}";
      assertThat(alice.receive()).isEqualTo(bobJoined);
      assertThat(bob.receive()).isEqualTo(bobJoined);

      alice.sendText(
          "{\"action\":\"message\",\"request_id\":7,\"user\":\"alice\",\"message\":\"hi\"}");
      String said = "{\"type\":\"message\",\"user\":\"alice\",\"message\":\"hi\",\"members\":2}";
      assertThat(bob.receive()).isEqualTo(said);
      assertThat(alice.receive()).isEqualTo(said);

      bob.sendText("{\"action\":\"count\",\"request_id\":3}");
      assertThat(bob.receive())
          .isEqualTo(
              "{\"type\":\"response\",\"action\":\"count\",\"request_id\":3,\"status\":\"ok\",\"data\":2}");

      bob.close();
      assertThat(alice.receive())
          .isEqualTo("{\"type\":\"leave\",\"user\":\"bob\",\"message\":\"\",\"members\":1}");
    }
  }

  @Test
  void aClientWithoutATokenIsRefusedBeforeTheUpgrade() throws Exception {
    try (ChannelServer server = start()) {
      WsClient.Refused refused =
          assertThrows(
              WsClient.Refused.class, () -> WsClient.connect(server.port(), "/chat/lobby"));
      assertThat(refused.status).isEqualTo(401);
    }
  }

  @Test
  void aGuestIsDeniedAtConnectAndNeverJoinsTheRoom() throws Exception {
    try (ChannelServer server = start();
        WsClient alice = WsClient.connect(server.port(), "/chat/lobby?token=alice")) {
      assertThat(alice.receive()).contains("\"type\":\"join\"");
      try (WsClient guest = WsClient.connect(server.port(), "/chat/lobby?token=guest1")) {
        assertThat(guest.receive())
            .isEqualTo(
                "{\"type\":\"response\",\"status\":\"bad\",\"request_id\":1,\"data\":null,"
                    + "\"errors\":\"Permission Denied\"}");
        assertThat(guest.awaitClose()).isEqualTo(1002);
      }
      // The fence's answer comes first: the guest caused no join or leave event, and no count.
      alice.sendText("{\"action\":\"count\",\"request_id\":4}");
      assertThat(alice.receive())
          .isEqualTo(
              "{\"type\":\"response\",\"action\":\"count\",\"request_id\":4,\"status\":\"ok\",\"data\":1}");
    }
  }

  /** The first {@code java} block after the heading, from the repository's README. */
  private static String snippet() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int heading = readme.indexOf(HEADING);
    assertWithMessage("README heading %s", HEADING).that(heading).isAtLeast(0);
    int start = readme.indexOf("```java\n", heading) + "```java\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  /** javac with the test classpath, which holds the processor, so the generated classes exist. */
  private static void compile(Path source, Path classes, Path generated) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjects(source);
      List<String> options =
          List.of(
              "-classpath", System.getProperty("java.class.path"),
              "-d", classes.toString(),
              "-s", generated.toString());
      boolean ok = javac.getTask(diagnostics, files, null, options, null, units).call();
      assertWithMessage("the README snippet compiles:\n%s", diagnostics).that(ok).isTrue();
    }
    assertWithMessage("the processor generated the dispatcher")
        .that(Files.exists(generated.resolve("com/example/ChatServer_ChatDispatcher.java")))
        .isTrue();
  }
}
