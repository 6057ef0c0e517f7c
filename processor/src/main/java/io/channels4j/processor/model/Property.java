package io.channels4j.processor.model;

/**
 * One JSON member of an object codec.
 *
 * @param javaName the field, component or parameter name
 * @param jsonName the member name in JSON ({@code @Json(name)} or the Java name)
 * @param nullable whether JSON may omit it or hold {@code null} for it
 * @param read how {@code toJson} gets the value: a field name or a no-argument method name
 * @param readIsMethod whether {@link #read} is a method
 * @param write how {@code fromJson} sets it: {@code null} for a constructor argument, else a field
 *     name or a setter name
 * @param writeIsMethod whether {@link #write} is a setter
 */
public record Property(
    String javaName,
    String jsonName,
    JsonType type,
    boolean nullable,
    String read,
    boolean readIsMethod,
    String write,
    boolean writeIsMethod) {

  /** Whether the value is passed to the constructor. */
  public boolean viaConstructor() {
    return write == null;
  }

  /** Whether the Java type is {@code Optional}: absent and {@code null} read as empty. */
  public boolean optional() {
    return type instanceof JsonType.Container c && c.kind() == JsonType.Kind.OPTIONAL;
  }
}
