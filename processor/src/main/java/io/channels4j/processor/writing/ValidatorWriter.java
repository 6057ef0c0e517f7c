package io.channels4j.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.channels4j.processor.Names;
import io.channels4j.processor.model.CodecGraph;
import io.channels4j.processor.model.CodecModel;
import io.channels4j.processor.model.CodecModel.ObjectCodec;
import io.channels4j.processor.model.CodecModel.SealedCodec;
import io.channels4j.processor.model.Constraint;
import io.channels4j.processor.model.JsonType;
import io.channels4j.processor.model.Property;
import io.channels4j.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes the validator of a payload type whose members carry {@code jakarta.validation}
 * constraints: plain checks, one {@code if} per constraint, with no reflection and no validation
 * library at runtime.
 *
 * <pre>{@code
 * public final class SignupValidator {
 *   private static final Pattern HANDLE_PATTERN = Pattern.compile("[a-z0-9_]+");
 *
 *   public static void validate(Signup value, Violations violations) {
 *     String handle = value.handle();
 *     if (handle == null || Constraints.blank(handle)) {
 *       violations.add("handle", "must not be blank");
 *     }
 *     if (handle != null && !HANDLE_PATTERN.matcher(handle).matches()) {
 *       violations.add("handle", "must match \"[a-z0-9_]+\"");
 *     }
 *     violations.each("items", value.items(), ItemValidator::validate);
 *   }
 * }
 * }</pre>
 *
 * The dispatcher calls it on a decoded payload, before the handler, through {@code
 * Violations.valid}; a sealed interface's validator hands the value to its record's.
 */
public final class ValidatorWriter {
  /** Writes validators. */
  public ValidatorWriter() {}

  /** The validator of {@code codec}, if {@code codecs} says it checks anything. */
  public Optional<JavaFile> write(CodecModel codec, CodecGraph codecs) {
    if (!codecs.validated(codec.type())) {
      return Optional.empty();
    }
    ClassName name = CodecModel.validatorName(codec.type());
    NameAllocator names = new NameAllocator();
    String value = names.newName("value");
    String violations = names.newName("violations");
    TypeSpec.Builder type =
        Generation.generatedClass(name, codec.element(), Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Checks the {@code jakarta.validation} constraints of a decoded {@link $T}.\n",
                codec.type())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    MethodSpec.Builder validate =
        MethodSpec.methodBuilder("validate")
            .addJavadoc(
                "Adds to {@code $N} each constraint {@code $N} breaks.\n", violations, value)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(codec.type(), value)
            .addParameter(Names.VIOLATIONS, violations);
    if (codec instanceof SealedCodec sealed) {
      dispatch(sealed, codecs, names, value, violations, validate);
    } else {
      ObjectCodec object = (ObjectCodec) codec;
      for (Property property : object.properties()) {
        check(property, codecs, names, value, violations, type, validate);
      }
    }
    type.addMethod(validate.build());
    return Optional.of(Generation.file(name.packageName(), type.build()));
  }

  /** {@code Violations.valid((Signup) payload, SignupValidator::validate)}. */
  static CodeBlock valid(ClassName payloadType, CodeBlock payload) {
    return CodeBlock.of(
        "$T.valid(($T) $L,$W$T::validate)",
        Names.VIOLATIONS,
        payloadType,
        payload,
        CodecModel.validatorName(payloadType));
  }

  /** A sealed interface's: the checks of the record {@code value} is, if it has any. */
  private static void dispatch(
      SealedCodec sealed,
      CodecGraph codecs,
      NameAllocator names,
      String value,
      String violations,
      MethodSpec.Builder validate) {
    boolean first = true;
    for (CodecModel.Subtype subtype : sealed.subtypes()) {
      ClassName record = subtype.type().typeName();
      if (!codecs.validated(record)) {
        continue;
      }
      String local = names.newName(lowerFirst(record.simpleName()));
      String test = "if ($N instanceof $T $N)";
      if (first) {
        validate.beginControlFlow(test, value, record, local);
      } else {
        validate.nextControlFlow("else " + test, value, record, local);
      }
      validate.addStatement(
          "$T.validate($N, $N)", CodecModel.validatorName(record), local, violations);
      first = false;
    }
    validate.endControlFlow();
  }

  /** The checks of one member: its constraints, then its {@code @Valid} cascade. */
  private static void check(
      Property property,
      CodecGraph codecs,
      NameAllocator names,
      String value,
      String violations,
      TypeSpec.Builder type,
      MethodSpec.Builder validate) {
    boolean cascades =
        property.cascade() && property.cascaded().map(codecs::validated).orElse(false);
    if (property.constraints().isEmpty() && !cascades) {
      return;
    }
    JsonType valueType = property.type();
    CodeBlock read =
        property.read().isMethod()
            ? CodeBlock.of("$N.$N()", value, property.read().name())
            : CodeBlock.of("$N.$N", value, property.read().name());
    if (property.optional()) {
      valueType = ((JsonType.Container) valueType).element();
      read = CodeBlock.of("$L.orElse(null)", read);
    }
    CodeBlock current = read;
    if (!property.constraints().isEmpty()) {
      String local = names.newName(property.javaName());
      validate.addStatement("$T $N = $L", valueType.typeName(), local, read);
      current = CodeBlock.of("$N", local);
      for (Constraint constraint : property.constraints()) {
        CodeBlock refused = refused(constraint, valueType, current, property, names, type);
        if (refused != null) {
          validate.beginControlFlow("if ($L)", refused);
          validate.addStatement(
              "$N.add($S, $S)", violations, property.jsonName(), constraint.message());
          validate.endControlFlow();
        }
      }
    }
    if (cascades) {
      String method = valueType instanceof JsonType.Generated ? "nested" : "each";
      validate.addStatement(
          "$N.$N($S, $L, $T::validate)",
          violations,
          method,
          property.jsonName(),
          current,
          CodecModel.validatorName(property.cascaded().orElseThrow()));
    }
  }

  /**
   * The condition true of a {@code value} of {@code type} that breaks {@code constraint}; {@code
   * null} for one that admits everything, such as {@code @Size} without bounds.
   */
  private static CodeBlock refused(
      Constraint constraint,
      JsonType type,
      CodeBlock value,
      Property property,
      NameAllocator names,
      TypeSpec.Builder validator) {
    ValueKind kind = ValueKind.of(type);
    if (constraint instanceof Constraint.Required required) {
      return switch (required.presence()) {
        case NOT_NULL -> CodeBlock.of("$L == null", value);
        case NOT_BLANK ->
            CodeBlock.of("$L == null || $T.blank($L)", value, Names.CONSTRAINTS, value);
        case NOT_EMPTY -> CodeBlock.of("$L == null || $L == 0", value, measure(kind, value));
      };
    }
    List<CodeBlock> refusals = new ArrayList<>();
    if (constraint instanceof Constraint.Size size) {
      if (size.min() > 0) {
        refusals.add(CodeBlock.of("$L < $L", measure(kind, value), size.min()));
      }
      if (size.max() < Integer.MAX_VALUE) {
        refusals.add(CodeBlock.of("$L > $L", measure(kind, value), size.max()));
      }
    } else if (constraint instanceof Constraint.Bound bound) {
      refusals.add(compare(bound, kind, type, value));
    } else {
      Constraint.Matches matches = (Constraint.Matches) constraint;
      if (matches.email()) {
        refusals.add(CodeBlock.of("!$T.email($L)", Names.CONSTRAINTS, value));
      }
      if (!matches.email() || !matches.regexp().equals(".*") || !matches.flagNames().isEmpty()) {
        String field = pattern(matches, property, names, validator);
        refusals.add(CodeBlock.of("!$N.matcher($L).matches()", field, value));
      }
    }
    if (refusals.isEmpty()) {
      return null;
    }
    CodeBlock refusal = refusals.stream().collect(CodeBlock.joining(" || "));
    if (refusals.size() > 1) {
      refusal = CodeBlock.of("($L)", refusal);
    }
    return type.typeName().isPrimitive()
        ? refusal
        : CodeBlock.of("$L != null && $L", value, refusal);
  }

  /** The length of a text or array, or the size of a collection or map. */
  private static CodeBlock measure(ValueKind kind, CodeBlock value) {
    return switch (kind) {
      case TEXT -> CodeBlock.of("$L.length()", value);
      case ARRAY -> CodeBlock.of("$L.length", value);
      default -> CodeBlock.of("$L.size()", value);
    };
  }

  /** {@code count < 1L}, {@code total.signum() <= 0}, {@code total.compareTo(...) > 0}. */
  private static CodeBlock compare(
      Constraint.Bound bound, ValueKind kind, JsonType type, CodeBlock value) {
    String refused = bound.comparison().refused;
    if (kind != ValueKind.BIG_NUMBER) {
      return CodeBlock.of("$L $L $L", value, refused, literal(bound.bound()));
    }
    if (bound.bound() == 0) {
      return CodeBlock.of("$L.signum() $L 0", value, refused);
    }
    return CodeBlock.of(
        "$L.compareTo($T.valueOf($LL)) $L 0", value, type.typeName(), bound.bound(), refused);
  }

  /** {@code 13}, or {@code 3000000000L} for a bound no {@code int} holds. */
  private static String literal(long bound) {
    return bound == (int) bound ? Long.toString(bound) : bound + "L";
  }

  /** Adds the compiled pattern of {@code matches} as a constant of the validator: its name. */
  private static String pattern(
      Constraint.Matches matches,
      Property property,
      NameAllocator names,
      TypeSpec.Builder validator) {
    String field =
        names.newName(
            property.javaName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT)
                + "_PATTERN");
    CodeBlock flags =
        matches.flagNames().stream()
            .map(flag -> CodeBlock.of("$T.$N", Pattern.class, flag))
            .collect(CodeBlock.joining(" | "));
    CodeBlock compile =
        matches.flagNames().isEmpty()
            ? CodeBlock.of("$T.compile($S)", Pattern.class, matches.regexp())
            : CodeBlock.of("$T.compile($S, $L)", Pattern.class, matches.regexp(), flags);
    validator.addField(
        FieldSpec.builder(
                TypeName.get(Pattern.class),
                field,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(compile)
            .build());
    return field;
  }

  private static String lowerFirst(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
