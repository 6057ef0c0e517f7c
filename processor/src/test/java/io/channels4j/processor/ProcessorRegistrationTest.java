package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** How javac, Maven and Gradle find and run the processor. */
class ProcessorRegistrationTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = ChannelProcessor.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void registeredForJavacByAutoService() throws IOException {
    assertThat(resource("META-INF/services/javax.annotation.processing.Processor"))
        .contains("io.channels4j.processor.ChannelProcessor");
  }

  @Test
  void aggregatingForGradleIncrementalBuilds() throws IOException {
    assertThat(resource("META-INF/gradle/incremental.annotation.processors").trim())
        .isEqualTo("io.channels4j.processor.ChannelProcessor,aggregating");
  }

  @Test
  void supportsTheChannelAnnotationsOnTheLatestSourceVersion() {
    ChannelProcessor processor = new ChannelProcessor();
    assertThat(processor.getSupportedAnnotationTypes())
        .isEqualTo(Set.of("io.channels4j.annotations.*"));
    assertThat(processor.getSupportedSourceVersion()).isEqualTo(SourceVersion.latestSupported());
  }
}
