package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A payload type from a library reuses the adapter the library was compiled with. */
class SeparateCompilationTest {

  @Test
  void libraryTypeReusesTheLibrarysAdapter(@TempDir Path library) throws IOException {
    Compilation first =
        Inputs.compile(List.of("library/com/lib/Point.java", "library/com/lib/Points.java"));
    assertThat(first).succeededWithoutWarnings();
    assertThat(first).generatedSourceFile("com.lib.PointJsonAdapter").isNotNull();
    for (JavaFileObject file : first.generatedFiles()) {
      String path = file.toUri().getPath();
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target =
            library.resolve(
                path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    }

    List<File> classpath = new ArrayList<>();
    classpath.add(library.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }
    Compilation second =
        javac()
            .withProcessors(new ChannelProcessor())
            .withClasspath(classpath)
            .compile(Inputs.resource("library/com/app/Board.java"));
    assertThat(second).succeededWithoutWarnings();
    assertThat(second)
        .generatedSourceFile("com.app.BoardJsonAdapterFactory")
        .contentsAsUtf8String()
        .contains("return new PointJsonAdapter(moshi).nullSafe();");
    List<String> generated = new ArrayList<>();
    for (JavaFileObject file : second.generatedSourceFiles()) {
      generated.add(file.getName());
    }
    assertThat(generated)
        .hasSize(5); // descriptor, dispatcher, binding, factory, client: no adapter
    assertThat(String.join(" ", generated)).doesNotContain("PointJsonAdapter");
  }
}
