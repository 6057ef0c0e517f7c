package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -Achannels4j.contract.dir}: the contract, also in a folder a frontend build reads. */
class ContractFolderTest {
  @TempDir Path folder;

  @Test
  void theOptionWritesEveryContractFileToTheFolderToo() throws IOException {
    Path out = folder.resolve("frontend").resolve("contract"); // made if missing
    Compilation compilation =
        javac()
            .withProcessors(new ChannelProcessor())
            .withOptions("-Achannels4j.contract.dir=" + out)
            .compile(Inputs.resource("good/com/example/Quotes.java"));
    assertThat(compilation).succeeded();
    List<String> expected = new ArrayList<>(List.of("asyncapi.json"));
    for (String file : List.of("channels.ts", "channels.js", "channels4j.js", "channels4j.d.ts")) {
      expected.add("typescript/" + file);
    }
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString()))
          .containsExactlyElementsIn(expected);
    }
    for (String file : expected) {
      String inClasses =
          compilation
              .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/channels4j/" + file)
              .orElseThrow()
              .getCharContent(false)
              .toString();
      assertThat(Files.readString(out.resolve(file), StandardCharsets.UTF_8)).isEqualTo(inClasses);
    }
  }
}
