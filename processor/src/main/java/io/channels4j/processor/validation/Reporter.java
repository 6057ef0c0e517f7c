package io.channels4j.processor.validation;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports errors on the exact element, annotation and annotation value at fault, and counts them so
 * a caller can tell whether what it validated is clean.
 */
public final class Reporter {
  private final Messager messager;
  private int errors;

  /** Reports through {@code messager}. */
  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** How many errors this reporter has reported so far. */
  public int errorCount() {
    return errors;
  }

  /** Reports {@code [Tag] message} on {@code element}. */
  public void error(Tag tag, Element element, String message) {
    error(tag, element, null, null, message);
  }

  /** Reports {@code [Tag] message} on {@code mirror} on {@code element}. */
  public void error(Tag tag, Element element, AnnotationMirror mirror, String message) {
    error(tag, element, mirror, null, message);
  }

  /** Reports {@code [Tag] message} on {@code value} of {@code mirror} on {@code element}. */
  public void error(
      Tag tag, Element element, AnnotationMirror mirror, AnnotationValue value, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, tag + " " + message, element, mirror, value);
  }

  /** Warns with {@code [Tag] message} on {@code element}; the compile goes on. */
  public void warning(Tag tag, Element element, String message) {
    messager.printMessage(Diagnostic.Kind.WARNING, tag + " " + message, element);
  }

  /** Reports an exception thrown while processing {@code element}, with its stack trace. */
  public void exception(Element element, Throwable exception) {
    StringWriter trace = new StringWriter();
    exception.printStackTrace(new PrintWriter(trace));
    error(
        Tag.PROCESSOR_EXCEPTION,
        element,
        "The channel processor failed on this element; please report it with this trace: " + trace);
  }
}
