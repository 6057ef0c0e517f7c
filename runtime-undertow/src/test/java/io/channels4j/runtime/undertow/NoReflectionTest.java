package io.channels4j.runtime.undertow;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails if the runtime's main sources use reflection (comments may name it). The one exception is
 * the type token {@code java.lang.reflect.Type}, which Moshi's {@code JsonAdapter.Factory}
 * signature requires; it reflects on nothing.
 */
class NoReflectionTest {
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "java\\.lang\\.reflect(?!\\.Type;)|MethodHandle|Class\\.forName|getMethod|"
              + "getDeclaredMethod|getDeclaredField|getDeclaredConstructor|setAccessible|"
              + "\\.newInstance\\(");

  @Test
  void mainSourcesUseNoReflection() throws IOException {
    List<Path> roots =
        List.of(
            Path.of("src/main/java"),
            Path.of("../runtime/src/main/java"),
            Path.of("../redis/src/main/java"));
    List<String> offences = new ArrayList<>();
    List<String> scanned = new ArrayList<>();
    for (Path root : roots) {
      assertThat(Files.isDirectory(root)).isTrue();
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path file :
            (Iterable<Path>) paths.filter(p -> p.toString().endsWith(".java"))::iterator) {
          scanned.add(root.relativize(file).toString().replace('\\', '/'));
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            boolean comment =
                line.startsWith("*") || line.startsWith("//") || line.startsWith("/*");
            if (!comment && FORBIDDEN.matcher(line).find()) {
              offences.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
            }
          }
        }
      }
    }
    assertThat(scanned.size()).isGreaterThan(30);
    // The frame path: the connection, the head scan and the guards it runs on every frame.
    assertThat(scanned)
        .containsAtLeast(
            "io/channels4j/runtime/undertow/Connection.java",
            "io/channels4j/runtime/undertow/frame/FrameHead.java",
            "io/channels4j/runtime/undertow/frame/LimiterGuards.java",
            "io/channels4j/runtime/undertow/Envelopes.java");
    assertThat(offences).isEmpty();
  }

  @Test
  void thePatternCatchesWhatItShould() {
    for (String bad :
        List.of(
            "import java.lang.reflect.Method;",
            "java.lang.reflect.Field f;",
            "MethodHandles.lookup()",
            "Class.forName(name)",
            "type.getMethod(\"x\")",
            "type.getDeclaredMethod(\"x\")",
            "field.setAccessible(true)")) {
      assertThat(FORBIDDEN.matcher(bad).find()).isTrue();
    }
    assertThat(FORBIDDEN.matcher("import java.lang.reflect.Type;").find()).isFalse();
  }
}
