package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.channels4j.processor.writing.AsyncApiWriter;
import io.channels4j.processor.writing.TypeScriptWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every generated file, byte for byte, with {@code src/test/resources/expected}: the
 * sources, the service file and the contract: the AsyncAPI document and the TypeScript client.
 *
 * <p>After an intended change to the generated code, regenerate the goldens with {@code mvn -pl
 * processor -am verify -Dchannels4j.regenerateGoldens=true} and review the diff; never edit them by
 * hand.
 */
class GoldenFileTest {
  private static final boolean REGENERATE = Boolean.getBoolean("channels4j.regenerateGoldens");
  private static final Path GOLDEN_ROOT = Path.of("src/test/resources/expected");

  /** The contract's generated files; the runtime's two are copied, so they have no golden. */
  private static final List<String> CONTRACT =
      List.of(
          AsyncApiWriter.RESOURCE,
          TypeScriptWriter.FOLDER + "channels.ts",
          TypeScriptWriter.FOLDER + "channels.js");

  private static Compilation compilation;

  @BeforeAll
  static void compile() throws IOException {
    compilation = Inputs.compileGood();
    assertThat(compilation).succeededWithoutWarnings();
    if (REGENERATE) {
      deleteGoldens(); // so a file the processor no longer writes leaves no stale golden
      for (JavaFileObject file : compilation.generatedSourceFiles()) {
        write(relativePath(file), file.getCharContent(false).toString());
      }
      write(Names.BINDING_SERVICE_FILE, serviceFile().getCharContent(false).toString());
      for (String resource : CONTRACT) {
        write(resource, resource(resource));
      }
    }
  }

  private static void deleteGoldens() throws IOException {
    if (!Files.exists(GOLDEN_ROOT)) {
      return;
    }
    try (Stream<Path> files = Files.walk(GOLDEN_ROOT)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  private static void write(String relative, String content) throws IOException {
    Path target = GOLDEN_ROOT.resolve(relative);
    Files.createDirectories(target.getParent());
    Files.writeString(target, content, StandardCharsets.UTF_8);
  }

  private static JavaFileObject serviceFile() {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, Names.BINDING_SERVICE_FILE)
        .orElseThrow();
  }

  /** {@code com/example/GroupChatDispatcher.java} for a generated source. */
  private static String relativePath(JavaFileObject file) {
    String uri = file.toUri().getPath();
    return uri.substring(uri.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length());
  }

  static Stream<String> goldenSources() throws IOException {
    try (Stream<Path> files = Files.walk(GOLDEN_ROOT)) {
      return files
          .filter(path -> path.toString().endsWith(".java"))
          .map(path -> GOLDEN_ROOT.relativize(path).toString().replace('\\', '/'))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("goldenSources")
  void generatedSourceMatchesGolden(String relative) throws IOException {
    String qualifiedName =
        relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
    assertThat(compilation)
        .generatedSourceFile(qualifiedName)
        .contentsAsUtf8String()
        .isEqualTo(Files.readString(GOLDEN_ROOT.resolve(relative), StandardCharsets.UTF_8));
  }

  @Test
  void everyGeneratedSourceHasAGolden() throws IOException {
    TreeSet<String> generated = new TreeSet<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      generated.add(relativePath(file));
    }
    List<String> goldens = new ArrayList<>(goldenSources().toList());
    assertThat(generated).containsExactlyElementsIn(goldens).inOrder();
  }

  @Test
  void serviceFileListsEveryBindingSorted() throws IOException {
    String expected =
        Files.readString(GOLDEN_ROOT.resolve(Names.BINDING_SERVICE_FILE), StandardCharsets.UTF_8);
    assertThat(serviceFile().getCharContent(false).toString()).isEqualTo(expected);
    assertThat(expected)
        .isEqualTo(
            "com.example.AccountsBinding\n"
                + "com.example.AuctionBinding\n"
                + "com.example.BinaryRelayBinding\n"
                + "com.example.DrawingBinding\n"
                + "com.example.GroupChatBinding\n"
                + "com.example.QuotesBinding\n"
                + "com.example.RelayBinding\n"
                + "com.example.Rooms_ChatBinding\n"
                + "com.example.ShopBinding\n"
                + "com.example.SignalsBinding\n"
                + "com.example.TerminalBinding\n"
                + "com.example.TicketsBinding\n"
                + "com.example.UploadsBinding\n"
                + "com.example.ZooBinding\n");
  }

  static List<String> contract() {
    return CONTRACT;
  }

  @ParameterizedTest
  @MethodSource("contract")
  void contractFileMatchesGolden(String resource) throws IOException {
    assertThat(resource(resource))
        .isEqualTo(Files.readString(GOLDEN_ROOT.resolve(resource), StandardCharsets.UTF_8));
  }

  @Test
  void theRuntimeIsWrittenBesideTheModule() throws IOException {
    for (String runtime : TypeScriptWriter.RUNTIME) {
      try (var in = ChannelProcessor.class.getResourceAsStream("typescript/" + runtime)) {
        assertThat(resource(TypeScriptWriter.FOLDER + runtime))
            .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }

  private static String resource(String path) throws IOException {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .orElseThrow(() -> new AssertionError("not written: " + path))
        .getCharContent(false)
        .toString();
  }
}
