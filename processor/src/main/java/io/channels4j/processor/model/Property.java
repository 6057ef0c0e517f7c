package io.channels4j.processor.model;

import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * One JSON member of an object codec.
 *
 * @param javaName the field, component or parameter name
 * @param jsonName the member name in JSON ({@code @Json(name)} or the Java name)
 * @param nullable whether JSON may omit it or hold {@code null} for it
 * @param read how {@code toJson} gets the value: a field or a no-argument method
 * @param write how {@code fromJson} sets it, a field or a setter; empty for a constructor argument
 * @param declaration the field (or, for a record without one, the accessor) that declares it, where
 *     an error about the member goes when it is in this compilation's sources
 */
public record Property(
    String javaName,
    String jsonName,
    JsonType type,
    boolean nullable,
    Access read,
    Optional<Access> write,
    Element declaration) {

  /** A field the generated code reads or assigns, or a method it calls. */
  public record Access(String name, boolean isMethod) {
    /** The field {@code name}. */
    public static Access field(String name) {
      return new Access(name, false);
    }

    /** The method {@code name}. */
    public static Access method(String name) {
      return new Access(name, true);
    }
  }

  /** Whether the value is passed to the constructor. */
  public boolean viaConstructor() {
    return write.isEmpty();
  }

  /** Whether the Java type is {@code Optional}: absent and {@code null} read as empty. */
  public boolean optional() {
    return type instanceof JsonType.Container c && c.kind() == JsonType.Kind.OPTIONAL;
  }
}
