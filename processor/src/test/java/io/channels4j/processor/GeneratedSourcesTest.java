package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Properties every generated file has, whatever its kind. */
class GeneratedSourcesTest {

  /**
   * Reflection the generated code must never use. {@code java.lang.reflect.Type} alone is allowed,
   * only in the {@code JsonAdapter.Factory.create(Type, ...)} signature Moshi imposes, where it is
   * compared by identity with class literals.
   */
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "java\\.lang\\.reflect\\.(?!Type;)|MethodHandle|Class\\.forName|getMethod|getDeclared"
              + "|getField|newInstance|setAccessible|\\bProxy\\b");

  @Test
  void noReflectionInGeneratedSources() throws IOException {
    Compilation compilation = Inputs.compileGood();
    assertThat(compilation).succeeded();
    List<String> violations = new ArrayList<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String source = file.getCharContent(false).toString();
      String[] lines = source.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (FORBIDDEN.matcher(lines[i]).find()) {
          violations.add(file.getName() + ":" + (i + 1) + ": " + lines[i].trim());
        }
      }
      if (source.contains("import java.lang.reflect.Type;")) {
        assertThat(file.getName()).endsWith("JsonAdapterFactory.java");
      }
    }
    assertThat(violations).isEmpty();
    // The scan is not vacuous: the factories are there and were scanned.
    assertThat(compilation.generatedSourceFiles().size()).isGreaterThan(20);
  }

  /**
   * A qualified name with an {@code internal} package that is not channels4j's own: another
   * library's internals, public only for that library's use and free to change in any release.
   */
  private static final Pattern LIBRARY_INTERNALS =
      Pattern.compile("(?<![\\w.])(?!io\\.channels4j\\.)[a-z_]\\w*(\\.\\w+)*\\.internal\\.");

  @Test
  void noLibraryInternalsInGeneratedSources() throws IOException {
    List<Compilation> compilations =
        List.of(
            Inputs.compile(
                concat(
                    Inputs.GOOD,
                    "functional/com/example/RecordingGroupChat.java",
                    "edge/com/example/OddNames.java")),
            Inputs.compile(List.of("library/com/lib/Point.java", "library/com/lib/Points.java")));
    List<String> violations = new ArrayList<>();
    int adapters = 0;
    for (Compilation compilation : compilations) {
      assertThat(compilation).succeeded();
      for (JavaFileObject file : compilation.generatedSourceFiles()) {
        adapters += file.getName().endsWith("JsonAdapter.java") ? 1 : 0;
        String[] lines = file.getCharContent(false).toString().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          if (LIBRARY_INTERNALS.matcher(lines[i]).find()) {
            violations.add(file.getName() + ":" + (i + 1) + ": " + lines[i].trim());
          }
        }
      }
    }
    assertThat(violations).isEmpty();
    // The scan is not vacuous: the codecs, where the null and missing checks live, were scanned.
    assertThat(adapters).isGreaterThan(10);
    assertThat(LIBRARY_INTERNALS.matcher("import com.squareup.moshi.internal.Util;").find())
        .isTrue();
    assertThat(LIBRARY_INTERNALS.matcher("import io.channels4j.runtime.internal.Guards;").find())
        .isFalse();
  }

  private static List<String> concat(List<String> paths, String... more) {
    List<String> all = new ArrayList<>(paths);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void sameInputSameBytes() throws IOException {
    Map<String, byte[]> first = contents(Inputs.compileGood());
    List<String> reversed = new ArrayList<>(Inputs.GOOD);
    java.util.Collections.reverse(reversed);
    Map<String, byte[]> second = contents(Inputs.compile(reversed));
    Map<String, byte[]> third = contents(Inputs.compileGood());
    assertThat(first.keySet()).containsExactlyElementsIn(second.keySet());
    for (String name : first.keySet()) {
      assertWithMessage(name).that(second.get(name)).isEqualTo(first.get(name));
      assertWithMessage(name).that(third.get(name)).isEqualTo(first.get(name));
    }
  }

  @Test
  void everySourceIsMarkedGeneratedWithoutJavaLangImports() throws IOException {
    Compilation compilation = Inputs.compileGood();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String source = file.getCharContent(false).toString();
      assertThat(source).contains("@Generated(\"io.channels4j.processor.ChannelProcessor\")");
      assertThat(source).doesNotContainMatch("import java\\.lang\\.[A-Z]");
      assertThat(source).doesNotContain("\t");
    }
  }

  @Test
  void oddActionAndMemberNamesStillCompile() {
    Compilation compilation = Inputs.compile(List.of("edge/com/example/OddNames.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.example.OddNamesDescriptor")
        .contentsAsUtf8String()
        .contains("public static final ActionDescriptor CHANNEL_ =");
  }

  /** Every generated file's bytes, sources and the service file, by name. */
  private static Map<String, byte[]> contents(Compilation compilation) throws IOException {
    assertThat(compilation).succeeded();
    Map<String, byte[]> contents = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        continue;
      }
      try (InputStream in = file.openInputStream()) {
        contents.put(file.toUri().getPath(), in.readAllBytes());
      }
    }
    return contents;
  }
}
