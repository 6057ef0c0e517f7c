package io.channels4j.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/** A type that gets its own generated {@code JsonAdapter}. */
public sealed interface CodecModel {
  TypeElement element();

  ClassName type();

  ClassName adapter();

  /**
   * A record or class read as a JSON object.
   *
   * @param properties the members, in declaration order
   */
  record ObjectCodec(
      TypeElement element, ClassName type, ClassName adapter, List<Property> properties)
      implements CodecModel {}

  /**
   * An enum read as a JSON string.
   *
   * @param constants the constants, in declaration order
   */
  record EnumCodec(
      TypeElement element, ClassName type, ClassName adapter, List<EnumConstant> constants)
      implements CodecModel {}

  /**
   * A sealed interface of records, read and written as the JSON object of one of them, with a
   * discriminator member naming which.
   *
   * @param discriminator the member's name, {@code "type"} by default
   * @param subtypes the records, in {@code permits} order
   */
  record SealedCodec(
      TypeElement element,
      ClassName type,
      ClassName adapter,
      String discriminator,
      List<Subtype> subtypes)
      implements CodecModel {}

  /** One record of a sealed interface, and the label the discriminator gives it. */
  record Subtype(JsonType.Generated type, String label) {}

  /** One enum constant and its JSON string. */
  record EnumConstant(String javaName, String jsonName) {}

  /** The byte-level codec generated beside the adapter. */
  default ClassName codec() {
    return codecName(type());
  }

  /** The adapter's name: {@code Outer_FooJsonAdapter} beside {@code Outer.Foo}. */
  static ClassName adapterName(ClassName type) {
    return generatedName(type, "JsonAdapter");
  }

  /** The byte-level codec's name: {@code Outer_FooJsonCodec} beside {@code Outer.Foo}. */
  static ClassName codecName(ClassName type) {
    return generatedName(type, "JsonCodec");
  }

  /** The validator's name: {@code Outer_FooValidator} beside {@code Outer.Foo}. */
  static ClassName validatorName(ClassName type) {
    return generatedName(type, "Validator");
  }

  private static ClassName generatedName(ClassName type, String suffix) {
    return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + suffix);
  }
}
