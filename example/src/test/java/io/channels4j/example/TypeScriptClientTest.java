package io.channels4j.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.channels4j.runtime.undertow.ChannelServer;
import io.channels4j.testing.NodeJs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript client the processor generated for the example, as a frontend team takes it:
 * {@code tsc --strict} (installed from the npm registry into {@code target/}) compiles it with
 * {@code src/test/typescript/drive.ts}, whose expected errors prove that misuses do not compile;
 * then Node runs the script on the processor's own ES module build against the example server, over
 * real sockets, for every action shape, errors, closes, recovery and a reconnect.
 */
class TypeScriptClientTest {
  private static final String TYPESCRIPT = "typescript@5.9.3";

  /** The WebSocket of a Node too old to have its own. */
  private static final String WS = "ws@8.23.0";

  private static final Path WORK = Path.of("target", "typescript-client");
  private static final Path GENERATED = Path.of("target", "classes", "META-INF", "channels4j");
  private static final String ADMIN_TOKEN = "typescript-test-token";

  private static NodeJs node;
  private static NodeJs.Result tsc;

  @BeforeAll
  static void compile() throws IOException {
    node = NodeJs.locate();
    node.install(WORK, TYPESCRIPT, WS);
    copy(GENERATED.resolve("typescript"), WORK.resolve("contract"));
    Files.copy(
        Path.of("src", "test", "typescript", "drive.ts"),
        WORK.resolve("drive.ts"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(
        WORK.resolve("tsconfig.json"),
        """
        {
          "compilerOptions": {
            "strict": true,
            "target": "ES2022",
            "module": "ES2022",
            "moduleResolution": "bundler",
            "lib": ["ES2022", "DOM"],
            "outDir": "out"
          },
          "files": ["drive.ts", "contract/channels.ts"]
        }
        """,
        StandardCharsets.UTF_8);
    tsc = node.bin(WORK, "tsc", "-p", ".");
  }

  @Test
  void compilesUnderStrictAndRefusesEveryMisuse() {
    assertEquals(0, tsc.exitCode(), () -> "tsc --strict:\n" + tsc.output());
  }

  @Test
  void drivesTheExampleOverRealSockets() throws IOException {
    assertEquals(0, tsc.exitCode(), tsc::output);
    // The script runs on the processor's build of the module, not on tsc's.
    copy(GENERATED.resolve("typescript"), WORK.resolve("out").resolve("contract"));
    Files.writeString(WORK.resolve("out").resolve("package.json"), "{\"type\": \"module\"}\n");
    ChannelServer server =
        ChatExample.start("localhost", 0, ChatExample.DEFAULT_BROKER, ADMIN_TOKEN);
    try {
      NodeJs.Result run =
          node.node(
              WORK.resolve("out"), "drive.js", "ws://localhost:" + server.port(), ADMIN_TOKEN);
      System.err.print(run.output()); // the checks it passed, in the test's report
      assertEquals(0, run.exitCode(), run::output);
      assertTrue(run.output().contains("all passed"), run::output);
      assertTrue(run.output().contains("ok - the client reconnects by itself"), run::output);
    } finally {
      server.stop();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
