package io.channels4j.example;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the processor generated for the example, as javac wrote it into the build. */
class GeneratedCodeTest {
  private static final Path GENERATED = Path.of("target/generated-sources/annotations");

  /** A qualified name in an {@code internal} package of a library other than channels4j. */
  private static final Pattern LIBRARY_INTERNALS =
      Pattern.compile("(?<![\\w.])(?!io\\.channels4j\\.)[a-z_]\\w*(\\.\\w+)*\\.internal\\.");

  @Test
  void generatedCodeCallsNoLibrarysInternals() throws IOException {
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(GENERATED)) {
      sources = walk.filter(path -> path.toString().endsWith(".java")).toList();
    }
    List<String> violations = new ArrayList<>();
    for (Path source : sources) {
      List<String> lines = Files.readAllLines(source);
      for (int i = 0; i < lines.size(); i++) {
        if (LIBRARY_INTERNALS.matcher(lines.get(i)).find()) {
          violations.add(GENERATED.relativize(source) + ":" + (i + 1) + ": " + lines.get(i));
        }
      }
    }
    assertThat(violations).isEmpty();
    assertThat(sources.stream().filter(path -> path.toString().endsWith("JsonAdapter.java")))
        .isNotEmpty();
  }
}
