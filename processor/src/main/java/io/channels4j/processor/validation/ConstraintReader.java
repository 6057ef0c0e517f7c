package io.channels4j.processor.validation;

import io.channels4j.processor.model.Constraint;
import io.channels4j.processor.model.Constraint.Bound;
import io.channels4j.processor.model.Constraint.Comparison;
import io.channels4j.processor.model.Constraint.Matches;
import io.channels4j.processor.model.Constraint.Presence;
import io.channels4j.processor.model.Constraint.Required;
import io.channels4j.processor.model.Constraint.Size;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.Property;
import io.channels4j.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the {@code jakarta.validation} constraints of a payload member by name, so neither the
 * processor nor the users' runtime needs the jar, and checks that each applies to the member's
 * type. Anything from {@code jakarta.validation} it does not check, a constraint with {@code
 * groups} or {@code payload}, or one on a type it does not apply to is an error: a constraint that
 * silently checked nothing would be worse than none.
 */
final class ConstraintReader {
  private static final String PACKAGE = "jakarta.validation.constraints.";
  private static final String VALID = "jakarta.validation.Valid";
  private static final String CONSTRAINT = "jakarta.validation.Constraint";

  private static final Set<ValueKind> SIZED =
      Set.of(ValueKind.TEXT, ValueKind.COLLECTION, ValueKind.ARRAY);
  private static final Set<ValueKind> BOUNDED = Set.of(ValueKind.INTEGRAL, ValueKind.BIG_NUMBER);
  private static final Set<ValueKind> SIGNED =
      Set.of(ValueKind.INTEGRAL, ValueKind.FLOATING, ValueKind.BIG_NUMBER);

  /** The supported constraints by simple name, and what each applies to (null: any reference). */
  private static final Map<String, Set<ValueKind>> APPLIES = new LinkedHashMap<>();

  static {
    APPLIES.put("NotNull", null);
    APPLIES.put("NotBlank", Set.of(ValueKind.TEXT));
    APPLIES.put("NotEmpty", SIZED);
    APPLIES.put("Size", SIZED);
    APPLIES.put("Min", BOUNDED);
    APPLIES.put("Max", BOUNDED);
    APPLIES.put("Positive", SIGNED);
    APPLIES.put("PositiveOrZero", SIGNED);
    APPLIES.put("Negative", SIGNED);
    APPLIES.put("NegativeOrZero", SIGNED);
    APPLIES.put("Pattern", Set.of(ValueKind.TEXT));
    APPLIES.put("Email", Set.of(ValueKind.TEXT));
  }

  private static final String SUPPORTED =
      "@NotNull, @NotBlank, @NotEmpty, @Size, @Min, @Max, @Positive, @PositiveOrZero, @Negative,"
          + " @NegativeOrZero, @Pattern, @Email and @Valid";

  private final Reporter reporter;
  private final Mirrors mirrors;

  ConstraintReader(Reporter reporter, Mirrors mirrors) {
    this.reporter = reporter;
    this.mirrors = mirrors;
  }

  /** One constraint annotation, read, and the annotation it came from. */
  private record Found(String name, AnnotationMirror mirror, Constraint constraint) {}

  /**
   * The constraints of one member, read from its annotations, waiting for the member's JSON mapping
   * to be checked against.
   */
  final class Read {
    private final List<Found> found;
    private final Optional<AnnotationMirror> valid;
    private final Element reportOn;
    private final String where;

    private Read(
        List<Found> found, Optional<AnnotationMirror> valid, Element reportOn, String where) {
      this.found = found;
      this.valid = valid;
      this.reportOn = reportOn;
      this.where = where;
    }

    /** The constraints, in declaration order. */
    List<Constraint> constraints() {
      return found.stream().map(Found::constraint).toList();
    }

    /** Whether the member carries {@code @Valid}. */
    boolean cascade() {
      return valid.isPresent();
    }

    /**
     * Whether every constraint applies to a member of {@code type}, after reporting each that does
     * not.
     */
    boolean appliesTo(JsonType type) {
      JsonType value = type.unwrapOptional();
      ValueKind kind = ValueKind.of(value);
      boolean applies = true;
      for (Found constraint : found) {
        Set<ValueKind> kinds = APPLIES.get(constraint.name());
        boolean fits = kinds == null ? !value.typeName().isPrimitive() : kinds.contains(kind);
        if (!fits) {
          reporter.error(
              Tag.CONSTRAINT,
              reportOn,
              constraint.mirror(),
              "@"
                  + constraint.name()
                  + " does not apply to "
                  + where
                  + ", of type "
                  + value.typeName()
                  + "; "
                  + fitsWhat(constraint.name())
                  + ".");
          applies = false;
        }
      }
      if (valid.isPresent() && Property.cascadeTarget(type).isEmpty()) {
        reporter.error(
            Tag.CONSTRAINT,
            reportOn,
            valid.get(),
            "@Valid on "
                + where
                + ", of type "
                + type.typeName()
                + ", has nothing to cascade into; it validates a record or class of yours, or"
                + " each one a List, Set, Collection, Map's values, an array or an Optional"
                + " holds.");
        applies = false;
      }
      return applies;
    }
  }

  /**
   * The constraints on {@code annotated}, the elements that declare one member (field, accessor,
   * constructor parameter...), each counted once; {@code null} after reporting a misuse.
   *
   * @param annotated the declaring elements, the one errors point at first, so its annotations are
   *     the ones errors point at
   * @param type the member's declared type, whose type arguments must carry no constraint
   * @param reportOn where errors go
   */
  Read read(List<Element> annotated, TypeMirror type, Element reportOn, String where) {
    Map<String, AnnotationMirror> distinct = new LinkedHashMap<>();
    for (Element element : annotated) {
      for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
        for (AnnotationMirror single : unwrapped(mirror)) {
          distinct.putIfAbsent(single.toString(), single);
        }
      }
    }
    boolean ok = true;
    List<Found> found = new ArrayList<>();
    Optional<AnnotationMirror> valid = Optional.empty();
    for (AnnotationMirror mirror : distinct.values()) {
      String qualified = qualifiedName(mirror);
      String simple = mirror.getAnnotationType().asElement().getSimpleName().toString();
      if (qualified.equals(VALID)) {
        valid = Optional.of(mirror);
      } else if (qualified.equals(PACKAGE + simple) && APPLIES.containsKey(simple)) {
        Constraint constraint = constraint(simple, mirror, reportOn, where);
        ok &= constraint != null;
        found.add(new Found(simple, mirror, constraint));
      } else if (isValidation(mirror)) {
        reporter.error(
            Tag.CONSTRAINT,
            reportOn,
            mirror,
            "@"
                + simple
                + " ("
                + where
                + ") is not checked by channels4j's generated validators; they check "
                + SUPPORTED
                + ".");
        ok = false;
      }
    }
    if (hasNestedConstraint(type)) {
      reporter.error(
          Tag.CONSTRAINT,
          reportOn,
          where
              + " has a constraint inside a type argument, which channels4j does not check; put"
              + " @Valid on the member itself to validate the records or classes it holds.");
      ok = false;
    }
    return ok ? new Read(found, valid, reportOn, where) : null;
  }

  /**
   * The constraint {@code mirror} states, or {@code null} after reporting {@code groups}, {@code
   * payload} or values that make no sense.
   */
  private Constraint constraint(String name, AnnotationMirror mirror, Element on, String where) {
    for (String attribute : List.of("groups", "payload")) {
      Optional<AnnotationValue> value = Mirrors.explicitValue(mirror, attribute);
      if (value.isPresent() && !((List<?>) value.get().getValue()).isEmpty()) {
        reporter.error(
            Tag.CONSTRAINT,
            on,
            mirror,
            value.get(),
            "@"
                + name
                + " ("
                + where
                + ") names "
                + attribute
                + ", which channels4j's validators do not support: every constraint is checked on"
                + " every payload; remove it.");
        return null;
      }
    }
    return switch (name) {
      case "NotNull" -> new Required(Presence.NOT_NULL, message(mirror, "must not be null"));
      case "NotBlank" -> new Required(Presence.NOT_BLANK, message(mirror, "must not be blank"));
      case "NotEmpty" -> new Required(Presence.NOT_EMPTY, message(mirror, "must not be empty"));
      case "Size" -> size(mirror, on, where);
      case "Min" -> bound(mirror, Comparison.AT_LEAST, "must be greater than or equal to {value}");
      case "Max" -> bound(mirror, Comparison.AT_MOST, "must be less than or equal to {value}");
      case "Positive" -> sign(mirror, Comparison.ABOVE, "must be greater than 0");
      case "PositiveOrZero" ->
          sign(mirror, Comparison.AT_LEAST, "must be greater than or equal to 0");
      case "Negative" -> sign(mirror, Comparison.BELOW, "must be less than 0");
      case "NegativeOrZero" -> sign(mirror, Comparison.AT_MOST, "must be less than or equal to 0");
      case "Pattern" -> matches(mirror, false, "must match \"{regexp}\"", on, where);
      default -> matches(mirror, true, "must be a well-formed email address", on, where);
    };
  }

  private Constraint size(AnnotationMirror mirror, Element on, String where) {
    int min = (int) mirrors.number(mirror, "min");
    int max = (int) mirrors.number(mirror, "max");
    if (min < 0 || max < min) {
      reporter.error(
          Tag.CONSTRAINT,
          on,
          mirror,
          "@Size(min = "
              + min
              + ", max = "
              + max
              + ") ("
              + where
              + ") admits no size; min must be at least 0 and max at least min.");
      return null;
    }
    return new Size(min, max, message(mirror, "size must be between {min} and {max}"));
  }

  private Constraint bound(AnnotationMirror mirror, Comparison comparison, String message) {
    return new Bound(comparison, mirrors.number(mirror, "value"), message(mirror, message));
  }

  private Constraint sign(AnnotationMirror mirror, Comparison comparison, String message) {
    return new Bound(comparison, 0, message(mirror, message));
  }

  private Constraint matches(
      AnnotationMirror mirror, boolean email, String message, Element on, String where) {
    String regexp = mirrors.string(mirror, "regexp");
    List<String> flags = new ArrayList<>();
    int bits = 0;
    for (AnnotationValue flag : mirrors.list(mirror, "flags")) {
      String flagName = ((Element) flag.getValue()).getSimpleName().toString();
      flags.add(flagName);
      bits |= flagBit(flagName);
    }
    try {
      Pattern.compile(regexp, bits);
    } catch (PatternSyntaxException e) {
      reporter.error(
          Tag.CONSTRAINT,
          on,
          mirror,
          Mirrors.explicitValue(mirror, "regexp").orElse(null),
          "The regexp of " + where + " is not a Java regular expression: " + e.getDescription());
      return null;
    }
    return new Matches(regexp, flags, email, message(mirror, message));
  }

  /** The {@code java.util.regex.Pattern} constant {@code Pattern.Flag} names alike. */
  private static int flagBit(String name) {
    return switch (name) {
      case "UNIX_LINES" -> Pattern.UNIX_LINES;
      case "CASE_INSENSITIVE" -> Pattern.CASE_INSENSITIVE;
      case "COMMENTS" -> Pattern.COMMENTS;
      case "MULTILINE" -> Pattern.MULTILINE;
      case "DOTALL" -> Pattern.DOTALL;
      case "UNICODE_CASE" -> Pattern.UNICODE_CASE;
      default -> Pattern.CANON_EQ;
    };
  }

  /**
   * The constraint's own {@code message}, else {@code fallback}, Hibernate Validator's English
   * text; either with {@code {min}}, {@code {max}}, {@code {value}} and {@code {regexp}} replaced
   * by the constraint's values.
   */
  private String message(AnnotationMirror mirror, String fallback) {
    String own = mirrors.string(mirror, "message");
    String message = own.startsWith("{" + PACKAGE) ? fallback : own;
    for (String attribute : List.of("min", "max", "value", "regexp")) {
      if (message.contains("{" + attribute + "}") && hasAttribute(mirror, attribute)) {
        message =
            message.replace(
                "{" + attribute + "}", String.valueOf(mirrors.value(mirror, attribute).getValue()));
      }
    }
    return message;
  }

  private static boolean hasAttribute(AnnotationMirror mirror, String name) {
    return mirror.getAnnotationType().asElement().getEnclosedElements().stream()
        .anyMatch(member -> member.getSimpleName().contentEquals(name));
  }

  /** {@code mirror}, or the constraints inside it when it is a {@code Size.List} or the like. */
  private List<AnnotationMirror> unwrapped(AnnotationMirror mirror) {
    String qualified = qualifiedName(mirror);
    if (qualified.startsWith(PACKAGE) && qualified.endsWith(".List")) {
      return mirrors.list(mirror, "value").stream()
          .map(value -> (AnnotationMirror) value.getValue())
          .toList();
    }
    return List.of(mirror);
  }

  /** Whether {@code mirror} is from {@code jakarta.validation}, or a constraint of the user's. */
  private static boolean isValidation(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    return qualifiedName(mirror).startsWith("jakarta.validation.")
        || Mirrors.find(type, CONSTRAINT).isPresent();
  }

  /** Whether a type argument of {@code type}, however deep, carries a validation annotation. */
  private static boolean hasNestedConstraint(TypeMirror type) {
    if (type instanceof DeclaredType declared) {
      for (TypeMirror argument : declared.getTypeArguments()) {
        if (argument.getAnnotationMirrors().stream().anyMatch(ConstraintReader::isValidation)
            || hasNestedConstraint(argument)) {
          return true;
        }
      }
    } else if (type instanceof ArrayType array) {
      return hasNestedConstraint(array.getComponentType());
    }
    return false;
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The types {@code name} applies to, for an error that says what to use instead. */
  private static String fitsWhat(String name) {
    Set<ValueKind> kinds = APPLIES.get(name);
    if (kinds == null) {
      return "a primitive is never null";
    }
    if (kinds.equals(Set.of(ValueKind.TEXT))) {
      return "it applies to a String";
    }
    if (kinds.equals(SIZED)) {
      return "it applies to a String, a collection, a map or an array";
    }
    if (kinds.equals(BOUNDED)) {
      return "it applies to byte, short, int, long, their boxes, BigDecimal and BigInteger";
    }
    return "it applies to numbers, their boxes, BigDecimal and BigInteger";
  }
}
