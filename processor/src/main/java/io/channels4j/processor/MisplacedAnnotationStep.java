package io.channels4j.processor;

import io.channels4j.processor.validation.Mirrors;
import io.channels4j.processor.validation.Reporter;
import io.channels4j.processor.validation.Tag;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reports channel annotations outside a {@code @Channel} interface, where nothing would ever read
 * them: {@code @Action} on a class's method, {@code @PathParam} on one of its parameters,
 * {@code @Limit}, {@code @History} or {@code @Envelope} on a type without {@code @Channel}.
 */
final class MisplacedAnnotationStep implements Step {
  private final Reporter reporter;

  MisplacedAnnotationStep(Reporter reporter) {
    this.reporter = reporter;
  }

  @Override
  public Set<String> annotations() {
    return Set.of(
        Names.ACTION.canonicalName(),
        Names.NON_BLOCKING.canonicalName(),
        Names.ON_JOIN.canonicalName(),
        Names.ON_LEAVE.canonicalName(),
        Names.ON_TEXT.canonicalName(),
        Names.ON_BINARY.canonicalName(),
        Names.LIMIT.canonicalName(),
        Names.LIMIT_LIST.canonicalName(),
        Names.PERMISSION.canonicalName(),
        Names.HISTORY.canonicalName(),
        Names.ENVELOPE.canonicalName(),
        Names.PATH_PARAM.canonicalName(),
        Names.PRINCIPAL.canonicalName(),
        Names.REQUEST_ID.canonicalName(),
        Names.ATTRIBUTE.canonicalName(),
        Names.PROVIDED.canonicalName());
  }

  @Override
  public void process(Set<? extends Element> elements, RoundEnvironment round) {
    for (Element element : elements) {
      try {
        Element type = element;
        while (!(type instanceof TypeElement)) { // a method, or a parameter of one
          type = type.getEnclosingElement();
        }
        if (Mirrors.find(type, Names.CHANNEL).isPresent()) {
          continue; // the ChannelStep validates it
        }
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
          String name =
              ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
          if (annotations().contains(name)) {
            String simple = name.substring(Names.CHANNEL.packageName().length() + 1);
            reporter.error(
                Tag.MISPLACED_ANNOTATION,
                element,
                mirror,
                "@"
                    + (simple.equals("Limit.List") ? "Limit" : simple)
                    + " only has an effect inside a @Channel interface, but "
                    + type.getSimpleName()
                    + " is not one; annotate the interface with @Channel, or remove @"
                    + (simple.equals("Limit.List") ? "Limit" : simple)
                    + ".");
            break;
          }
        }
      } catch (RuntimeException e) {
        reporter.exception(element, e);
      }
    }
  }
}
