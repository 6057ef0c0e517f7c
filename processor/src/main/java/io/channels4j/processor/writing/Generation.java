package io.channels4j.processor.writing;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.channels4j.processor.Names;

/** What every generated file shares: the {@code @Generated} marker and the layout. */
final class Generation {
  private Generation() {}

  static final String PROCESSOR = "io.channels4j.processor.ChannelProcessor";

  /**
   * The version of the generated code's contract with the runtime, stated by every binding and
   * checked when it is mounted; it must equal the runtime's {@code GeneratedCode.VERSION}. Raise
   * both together when generated code starts needing something an older runtime lacks.
   */
  static final int CODE_VERSION = 1;

  /** {@code @Generated("io.channels4j.processor.ChannelProcessor")}. */
  static AnnotationSpec generated() {
    return AnnotationSpec.builder(Names.GENERATED).addMember("value", "$S", PROCESSOR).build();
  }

  /** A file with a 2-space indent (google-java-format's) and no {@code java.lang} imports. */
  static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).indent("  ").skipJavaLangImports(true).build();
  }
}
