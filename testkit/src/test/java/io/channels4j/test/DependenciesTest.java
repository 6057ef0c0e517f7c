package io.channels4j.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a module that depends on the kit in test scope gets: the kit's compile and runtime
 * dependencies, transitively, as the build listed them in {@code target/dependencies.txt}
 * (maven-dependency-plugin's {@code list}, before the tests). None of this repository's own test
 * dependencies may be among them.
 */
class DependenciesTest {
  /** {@code groupId:artifactId:type:version:scope}, as the plugin lists an artifact. */
  private static final Pattern ARTIFACT =
      Pattern.compile("^\\s*([\\w.\\-]+):([\\w.\\-]+):[\\w.\\-]+:.*:(compile|runtime)\\b");

  private static final List<String> INTERNAL =
      List.of(
          "io.channels4j:channels4j-testing",
          "io.channels4j:channels4j-processor",
          "io.channels4j:channels4j-redis",
          "com.google.truth:",
          "com.google.testing.compile:",
          "com.github.codemonstur:embedded-redis",
          "org.seleniumhq.selenium:",
          "org.msgpack:",
          "io.lettuce:",
          "org.junit.jupiter:junit-jupiter-engine",
          "org.slf4j:slf4j-simple");

  private static Set<String> dependencies() throws Exception {
    Set<String> found = new TreeSet<>();
    for (String line : Files.readAllLines(Path.of("target", "dependencies.txt"))) {
      Matcher artifact = ARTIFACT.matcher(line);
      if (artifact.find()) {
        found.add(artifact.group(1) + ":" + artifact.group(2));
      }
    }
    return found;
  }

  @Test
  void theKitBringsTheServerAndJUnitsApi() throws Exception {
    Set<String> dependencies = dependencies();
    assertTrue(
        dependencies.containsAll(
            Set.of(
                "io.channels4j:channels4j-runtime-undertow",
                "io.undertow:undertow-core",
                "org.junit.jupiter:junit-jupiter-api")),
        () -> "the kit's dependencies: " + dependencies);
  }

  @Test
  void noneOfTheRepositorysOwnTestDependencies() throws Exception {
    Set<String> dependencies = dependencies();
    List<String> internal =
        dependencies.stream()
            .filter(dependency -> INTERNAL.stream().anyMatch(dependency::startsWith))
            .toList();
    assertEquals(List.of(), internal, () -> "the kit's dependencies: " + dependencies);
  }

  @Test
  void ofTheProjectOnlyTheServerItRuns() throws Exception {
    List<String> ours =
        dependencies().stream()
            .filter(dependency -> dependency.startsWith("io.channels4j:"))
            .toList();
    assertEquals(
        List.of(
            "io.channels4j:channels4j-annotations",
            "io.channels4j:channels4j-runtime",
            "io.channels4j:channels4j-runtime-undertow",
            "io.channels4j:channels4j-test-services"),
        ours);
  }
}
