package io.channels4j.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Set;

/** What a constraint sees of a member's value: which constraints apply, and how to measure it. */
public enum ValueKind {
  /** A {@code String}: {@code length()}. */
  TEXT,
  /** A {@code byte}, {@code short}, {@code int} or {@code long}, or its box. */
  INTEGRAL,
  /** A {@code float} or {@code double}, or its box. */
  FLOATING,
  /** A {@code BigDecimal} or {@code BigInteger}: {@code compareTo} and {@code signum()}. */
  BIG_NUMBER,
  /** A list, set, collection or map: {@code size()}. */
  COLLECTION,
  /** An array, {@code byte[]} included: {@code length}. */
  ARRAY,
  /** Anything else: only {@code @NotNull} applies. */
  OTHER;

  private static final Set<TypeName> INTEGRALS =
      Set.of(TypeName.BYTE, TypeName.SHORT, TypeName.INT, TypeName.LONG);
  private static final Set<TypeName> FLOATINGS = Set.of(TypeName.FLOAT, TypeName.DOUBLE);

  /** The kind of a value of {@code type} (for an {@code Optional}, of the value it holds). */
  public static ValueKind of(JsonType type) {
    if (type instanceof JsonType.Scalar scalar) {
      TypeName primitive =
          scalar.typeName().isBoxedPrimitive() ? scalar.typeName().unbox() : scalar.typeName();
      if (INTEGRALS.contains(primitive)) {
        return INTEGRAL;
      }
      if (FLOATINGS.contains(primitive)) {
        return FLOATING;
      }
      return scalar.typeName().equals(ClassName.get(String.class)) ? TEXT : OTHER;
    }
    if (type instanceof JsonType.Text text) {
      return switch (text.kind()) {
        case BIG_DECIMAL, BIG_INTEGER -> BIG_NUMBER;
        case BYTES -> ARRAY;
        default -> OTHER;
      };
    }
    if (type instanceof JsonType.Container container) {
      return container.kind() == JsonType.Kind.OPTIONAL ? OTHER : COLLECTION;
    }
    return type instanceof JsonType.Array ? ARRAY : OTHER;
  }
}
