package io.channels4j.processor.validation;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Validates {@code @Channel(path)}, whose {@code {name}} segments are parameters, and
 * {@code @Channel(room)}, which may only use the path's parameters.
 */
final class TemplateValidator {
  private static final Pattern PARAM = Pattern.compile("\\{([^{}]*)}");
  private static final Pattern PARAM_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Reporter reporter;

  TemplateValidator(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The parameters of {@code path}, in order, after reporting what is malformed in it. */
  Set<String> pathParams(TypeElement element, AnnotationMirror channel, String path) {
    Set<String> params = new LinkedHashSet<>();
    AnnotationValue value = Mirrors.explicitValue(channel, "path").orElse(null);
    if (!path.startsWith("/")) {
      reporter.error(
          Tag.PATH,
          element,
          channel,
          value,
          "The channel path \"" + path + "\" must start with '/', as in \"/" + path + "\".");
      return params;
    }
    Matcher matcher = PARAM.matcher(path);
    int end = 0;
    while (matcher.find()) {
      if (!balanced(path.substring(end, matcher.start()))) {
        break;
      }
      end = matcher.end();
      String name = matcher.group(1);
      if (!PARAM_NAME.matcher(name).matches() || !params.add(name)) {
        reporter.error(
            Tag.PATH,
            element,
            channel,
            value,
            "The path parameter {"
                + name
                + "} in \""
                + path
                + "\" must be a unique name of letters, digits and '_', as in {room}.");
        return params;
      }
    }
    if (!balanced(path.substring(end))) {
      reporter.error(
          Tag.PATH,
          element,
          channel,
          value,
          "The channel path \""
              + path
              + "\" has an unmatched '{' or '}'; write parameters as {name}.");
    }
    return params;
  }

  private static boolean balanced(String text) {
    return text.indexOf('{') < 0 && text.indexOf('}') < 0;
  }

  /** Reports a room template that uses a parameter {@code params} lacks. */
  void checkRoom(TypeElement element, AnnotationMirror channel, String room, Set<String> params) {
    AnnotationValue value = Mirrors.explicitValue(channel, "room").orElse(null);
    Matcher matcher = PARAM.matcher(room);
    int end = 0;
    while (matcher.find()) {
      String name = matcher.group(1);
      if (!balanced(room.substring(end, matcher.start())) || !params.contains(name)) {
        reporter.error(
            Tag.ROOM,
            element,
            channel,
            value,
            "The room \""
                + room
                + "\" uses {"
                + name
                + "}, but the path has "
                + (params.isEmpty() ? "no parameters" : "only " + params)
                + "; use a path parameter or add {"
                + name
                + "} to the path.");
        return;
      }
      end = matcher.end();
    }
    if (!balanced(room.substring(end))) {
      reporter.error(
          Tag.ROOM,
          element,
          channel,
          value,
          "The room \"" + room + "\" has an unmatched '{' or '}'; write parameters as {name}.");
    }
  }
}
