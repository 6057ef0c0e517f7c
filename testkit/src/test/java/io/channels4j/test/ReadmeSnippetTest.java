package io.channels4j.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * The README's "Testing your channels" test compiles with the processor, beside the "A complete
 * server" snippet it tests, and passes: a stale snippet fails the build.
 */
class ReadmeSnippetTest {
  @TempDir Path dir;

  @Test
  void theReadmesTestCompilesAndPasses() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    Path server = write("ChatServer.java", snippet(readme, "### A complete server"));
    Path test = write("ChatTest.java", snippet(readme, "## Testing your channels"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    compile(List.of(server, test), classes);

    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ReadmeSnippetTest.class.getClassLoader())) {
      TestExecutionSummary summary = run(loader.loadClass("com.example.ChatTest"));
      StringWriter failures = new StringWriter();
      summary.printFailuresTo(new java.io.PrintWriter(failures), 30);
      assertEquals(0, summary.getTotalFailureCount(), failures::toString);
      assertEquals(3, summary.getTestsSucceededCount(), "the README's tests that passed");
    }
  }

  private static TestExecutionSummary run(Class<?> testClass) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(
        org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request()
            .selectors(
                org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(testClass))
            .build(),
        listener);
    return listener.getSummary();
  }

  private Path write(String name, String source) throws Exception {
    Path file = dir.resolve("src/com/example").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, source);
  }

  /** The first {@code java} block after {@code heading}. */
  private static String snippet(String readme, String heading) {
    int at = readme.indexOf(heading + "\n");
    assertTrue(at >= 0, "the README has the heading " + heading);
    int start = readme.indexOf("```java\n", at) + "```java\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  /** javac with the test classpath, which holds the processor, so the generated classes exist. */
  private void compile(List<Path> sources, Path classes) throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      List<String> options =
          List.of(
              "-classpath", System.getProperty("java.class.path"),
              "-d", classes.toString(),
              "-s", Files.createDirectories(dir.resolve("generated")).toString());
      boolean ok = javac.getTask(diagnostics, files, null, options, null, units).call();
      assertTrue(ok, () -> "the README's snippets compile:\n" + diagnostics);
    }
  }
}
