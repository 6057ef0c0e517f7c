package io.channels4j.processor;

import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;

/** One part of the processing, shaped like auto-common's {@code BasicAnnotationProcessor.Step}. */
interface Step {
  /** The annotations whose elements this step processes; none for a step that only aggregates. */
  default Set<String> annotations() {
    return Set.of();
  }

  /** Processes the elements of this round that carry {@link #annotations()}. */
  default void process(Set<? extends Element> elements, RoundEnvironment round) {}

  /** Runs once, after the last round. */
  default void finish() {}
}
