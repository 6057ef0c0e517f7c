package io.channels4j.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
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
 * @param constraints the {@code jakarta.validation} constraints its generated validator checks, in
 *     declaration order; of an {@code Optional}, on the value it holds
 * @param cascade whether it carries {@code @Valid}: the validator validates the record or class it
 *     holds, or each one its list, set, collection, array, map values or {@code Optional} holds
 */
public record Property(
    String javaName,
    String jsonName,
    JsonType type,
    boolean nullable,
    Access read,
    Optional<Access> write,
    Element declaration,
    List<Constraint> constraints,
    boolean cascade) {

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

  /**
   * The record or class {@code @Valid} validates: the member's own type, or what its container,
   * array or {@code Optional} holds; empty if it holds none.
   */
  public Optional<ClassName> cascaded() {
    return cascadeTarget(type);
  }

  /** What {@code @Valid} validates on a member of {@code type}, as {@link #cascaded()}. */
  public static Optional<ClassName> cascadeTarget(JsonType type) {
    JsonType inner = type;
    if (type instanceof JsonType.Container container) {
      inner = container.element();
    } else if (type instanceof JsonType.Array array) {
      inner = array.component();
    }
    return inner instanceof JsonType.Generated generated
        ? Optional.of(generated.typeName())
        : Optional.empty();
  }

  /** Whether the value is passed to the constructor. */
  public boolean viaConstructor() {
    return write.isEmpty();
  }

  /**
   * Whether a valid frame may leave the member out or {@code null}: a nullable member, unless a
   * constraint requires it (a {@code @NotNull Optional} is refused empty, as its validator does).
   */
  public boolean mayBeAbsent() {
    return nullable && constraints.stream().noneMatch(c -> c instanceof Constraint.Required);
  }

  /** Whether the Java type is {@code Optional}: absent and {@code null} read as empty. */
  public boolean optional() {
    return type instanceof JsonType.Container c && c.kind() == JsonType.Kind.OPTIONAL;
  }
}
