package io.channels4j.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.channels4j.processor.Names;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/** What every generated file shares: the {@code @Generated} marker and the layout. */
final class Generation {
  private Generation() {}

  static final String PROCESSOR = "io.channels4j.processor.ChannelProcessor";

  /**
   * The version of the generated code's contract with the runtime, stated by every binding and
   * checked when it is mounted; it must equal the runtime's {@code GeneratedCode.VERSION}. Raise
   * both together when generated code starts needing something an older runtime lacks.
   */
  static final int CODE_VERSION = 5;

  /** {@code @Generated("io.channels4j.processor.ChannelProcessor")}. */
  static AnnotationSpec generated() {
    return AnnotationSpec.builder(Names.GENERATED).addMember("value", "$S", PROCESSOR).build();
  }

  /** A {@code @Generated} class, rewritten when the source of {@code origin} changes. */
  static TypeSpec.Builder generatedClass(ClassName name, Element origin, Modifier... modifiers) {
    return TypeSpec.classBuilder(name)
        .addAnnotation(generated())
        .addModifiers(modifiers)
        .addOriginatingElement(origin);
  }

  /** {@code @Override public} method {@code name}, to be given its signature and body. */
  static MethodSpec.Builder override(String name) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC);
  }

  /** Each of {@code values} written with {@code format}, comma-separated, wrapping if long. */
  static CodeBlock commaSeparated(String format, List<?> values) {
    return values.stream()
        .map(value -> CodeBlock.of(format, value))
        .collect(CodeBlock.joining(",$W"));
  }

  /** A file with a 2-space indent (google-java-format's) and no {@code java.lang} imports. */
  static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).indent("  ").skipJavaLangImports(true).build();
  }
}
