package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads the classes a compile-testing compilation wrote (the inputs and the generated code) from
 * memory, on top of the test classpath that holds the runtime and Moshi, so tests can run them.
 */
final class CompiledClasses extends ClassLoader {
  private final Map<String, byte[]> classes = new HashMap<>();
  private final Map<String, byte[]> resources = new HashMap<>();

  private CompiledClasses(Compilation compilation) {
    super(CompiledClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (file.getKind() == JavaFileObject.Kind.OTHER && path.contains("/CLASS_OUTPUT/")) {
        try (InputStream in = file.openInputStream()) {
          resources.put(
              path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length()),
              in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        continue;
      }
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String name =
          path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length())
              .replace(".class", "")
              .replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Compiles the good inputs plus {@code extra}, and loads the result. */
  static CompiledClasses compileGood(String... extra) {
    List<String> paths = new java.util.ArrayList<>(Inputs.GOOD);
    paths.addAll(List.of(extra));
    Compilation compilation = Inputs.compile(paths);
    assertThat(compilation).succeededWithoutWarnings();
    CompiledClasses loader = new CompiledClasses(compilation);
    assertThat(loader.classes).containsKey("com.example.GroupChatDispatcher");
    return loader;
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  /** Serves the generated resources, such as the service file, through a temporary file. */
  @Override
  protected java.net.URL findResource(String name) {
    byte[] bytes = resources.get(name);
    if (bytes == null) {
      return null;
    }
    try {
      java.nio.file.Path file = java.nio.file.Files.createTempFile("channels4j", ".resource");
      file.toFile().deleteOnExit();
      java.nio.file.Files.write(file, bytes);
      return file.toUri().toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected java.util.Enumeration<java.net.URL> findResources(String name) {
    java.net.URL url = findResource(name);
    return java.util.Collections.enumeration(url == null ? List.of() : List.of(url));
  }

  /** The class {@code com.example.<simpleName>}. */
  Class<?> example(String binaryName) {
    try {
      return loadClass("com.example." + binaryName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** A new instance through the class's no-argument constructor, which may be package-private. */
  Object newInstance(String binaryName) {
    try {
      var constructor = example(binaryName).getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
