package io.channels4j.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.channels4j.processor.model.CodecModel.ObjectCodec;
import io.channels4j.processor.model.Property;
import java.util.List;
import java.util.Map;

/**
 * The end of every generated read of an object, Moshi adapter or byte codec: the value built from
 * the locals read, through its constructor, or through a no-argument constructor and then its
 * setters or fields (an absent nullable member keeps the value the constructor gave it).
 */
final class ObjectConstruction {
  private ObjectConstruction() {}

  /**
   * Adds the statements that return the value of {@code codec} built from {@code locals}.
   *
   * @param result a free local name for a value built with setters
   */
  static void build(
      ObjectCodec codec, Map<Property, String> locals, String result, MethodSpec.Builder method) {
    boolean viaConstructor =
        codec.properties().isEmpty() || codec.properties().get(0).viaConstructor();
    if (viaConstructor) {
      method.addStatement(
          "return new $T($L)",
          codec.type(),
          Generation.commaSeparated("$N", List.copyOf(locals.values())));
      return;
    }
    method.addStatement("$T $N = new $T()", codec.type(), result, codec.type());
    for (Property property : codec.properties()) {
      String local = locals.get(property);
      Property.Access write = property.write().orElseThrow();
      CodeBlock assign =
          write.isMethod()
              ? CodeBlock.of("$N.$N($N)", result, write.name(), local)
              : CodeBlock.of("$N.$N = $N", result, write.name(), local);
      if (property.nullable()) {
        method.beginControlFlow("if ($N != null)", local);
        method.addStatement(assign);
        method.endControlFlow();
      } else {
        method.addStatement(assign);
      }
    }
    method.addStatement("return $N", result);
  }
}
