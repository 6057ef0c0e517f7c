package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The processor's layers, as Dagger lays them out: {@code model} is read by both others, {@code
 * writing} sees only the model, never validation's state, and {@code model} sees neither.
 */
class PackageDependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java/io/channels4j/processor");

  @ParameterizedTest
  @CsvSource({"writing, validation", "model, validation", "model, writing"})
  void packageNeverImports(String from, String forbidden) throws IOException {
    List<String> violations = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.list(SOURCES.resolve(from))) {
      files = walk.filter(path -> path.toString().endsWith(".java")).toList();
    }
    for (Path file : files) {
      for (String line : Files.readAllLines(file)) {
        if (line.startsWith("import io.channels4j.processor." + forbidden + ".")) {
          violations.add(file.getFileName() + ": " + line);
        }
      }
    }
    assertThat(violations).isEmpty();
    assertThat(files).isNotEmpty();
  }
}
