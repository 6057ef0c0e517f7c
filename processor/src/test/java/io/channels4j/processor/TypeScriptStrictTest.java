package io.channels4j.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.channels4j.processor.writing.TypeScriptWriter;
import io.channels4j.testing.NodeJs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The TypeScript client of the golden channels, every shape of type and channel among them, as a
 * frontend build takes it: {@code tsc --strict} (installed from the npm registry into {@code
 * target/}) type-checks the module, and Node parses its ES module build and the runtime.
 */
class TypeScriptStrictTest {
  private static final Path WORK = Path.of("target", "typescript-golden");

  private static NodeJs node;

  @BeforeAll
  static void write() throws IOException {
    node = NodeJs.locate();
    node.install(WORK, "typescript@5.9.3");
    Compilation compilation = Inputs.compileGood();
    assertThat(compilation).succeededWithoutWarnings();
    List<String> files = new ArrayList<>(TypeScriptWriter.RUNTIME);
    files.addAll(List.of("channels.ts", "channels.js"));
    for (String file : files) {
      String text =
          compilation
              .generatedFile(StandardLocation.CLASS_OUTPUT, TypeScriptWriter.FOLDER + file)
              .orElseThrow()
              .getCharContent(false)
              .toString();
      Files.writeString(WORK.resolve(file), text, StandardCharsets.UTF_8);
    }
    Files.writeString(WORK.resolve("package.json"), "{\"type\": \"module\"}\n");
  }

  @Test
  void theModuleTypeChecksUnderStrict() throws IOException {
    NodeJs.Result tsc =
        node.bin(
            WORK,
            "tsc",
            "--strict",
            "--noEmit",
            "--target",
            "ES2022",
            "--module",
            "ES2022",
            "--moduleResolution",
            "bundler",
            "--lib",
            "ES2022,DOM",
            "channels.ts");
    assertWithMessage(tsc.output()).that(tsc.exitCode()).isEqualTo(0);
  }

  @Test
  void theEsModuleBuildAndTheRuntimeParse() throws IOException {
    for (String file : List.of("channels.js", "channels4j.js")) {
      NodeJs.Result check = node.node(WORK, "--check", file);
      assertWithMessage(file + ": " + check.output()).that(check.exitCode()).isEqualTo(0);
    }
  }
}
