package io.channels4j.processor;

import io.channels4j.processor.validation.Reporter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.StandardLocation;

/** Resources an aggregating step writes once per compilation, into the class output. */
final class ResourceFile {
  private final Filer filer;
  private final Reporter reporter;

  /** Writes into the class output of {@code filer}, reporting failures to {@code reporter}. */
  ResourceFile(Filer filer, Reporter reporter) {
    this.filer = filer;
    this.reporter = reporter;
  }

  /**
   * Writes {@code text} as UTF-8 to {@code path}, made from {@code originating} (not empty); a
   * failure is reported on the first of them.
   */
  void write(String path, List<Element> originating, String text) {
    try (Writer writer =
        new OutputStreamWriter(
            filer
                .createResource(
                    StandardLocation.CLASS_OUTPUT, "", path, originating.toArray(new Element[0]))
                .openOutputStream(),
            StandardCharsets.UTF_8)) {
      writer.write(text);
    } catch (IOException | RuntimeException e) {
      reporter.exception(originating.get(0), e);
    }
  }
}
