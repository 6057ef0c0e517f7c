package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** A channel whose payload type another processor generates waits for the round that has it. */
class DeferredRoundTest {

  /** Writes {@code record com.example.Later(String text)} in the first round. */
  private static final class LaterGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer =
            processingEnv.getFiler().createSourceFile("com.example.Later").openWriter()) {
          writer.write("package com.example;\n\npublic record Later(String text) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void channelWaitsForAGeneratedPayloadType() {
    Compilation compilation =
        javac()
            .withProcessors(new ChannelProcessor(), new LaterGenerator())
            .compile(Inputs.resource("deferred/com/example/DeferredChat.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.DeferredChatDispatcher").isNotNull();
    assertThat(compilation)
        .generatedSourceFile("com.example.LaterJsonAdapter")
        .contentsAsUtf8String()
        .contains("return new Later(text);");
  }

  @Test
  void withoutTheGeneratorTheChannelReportsTheMissingType() {
    Compilation compilation =
        javac()
            .withProcessors(new ChannelProcessor())
            .compile(Inputs.resource("deferred/com/example/DeferredChat.java"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[ChannelsUnresolvedType]");
    assertThat(compilation.errors().size()).isAtLeast(1);
  }
}
