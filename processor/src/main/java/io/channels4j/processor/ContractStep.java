package io.channels4j.processor;

import io.channels4j.processor.model.ChannelModel;
import io.channels4j.processor.model.ClientModel;
import io.channels4j.processor.validation.Reporter;
import io.channels4j.processor.writing.AsyncApiWriter;
import io.channels4j.processor.writing.TypeScriptWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * Writes the compilation's contract once, after the last round: the AsyncAPI document {@code
 * META-INF/channels4j/asyncapi.json} of every valid channel, and the TypeScript client {@code
 * META-INF/channels4j/typescript/} (the generated {@code channels.ts}, its ES module build {@code
 * channels.js}, and the runtime both import). Channels are sorted by name so the files are the same
 * whatever order javac hands them over. The options: {@code channels4j.asyncapi.title} and {@code
 * channels4j.asyncapi.version} for the document's info, {@code channels4j.asyncapi.yaml} ({@code
 * true}: its YAML form too, {@code asyncapi.yaml}), and {@code channels4j.contract.dir}, a folder
 * the files are also written to, for a frontend build to take them from.
 */
final class ContractStep implements Step {
  static final String TITLE_OPTION = "channels4j.asyncapi.title";
  static final String VERSION_OPTION = "channels4j.asyncapi.version";
  static final String DIR_OPTION = "channels4j.contract.dir";
  static final String YAML_OPTION = "channels4j.asyncapi.yaml";

  /** Where every file of the contract goes in the class output. */
  static final String ROOT = "META-INF/channels4j/";

  private static final String RUNTIME_SOURCE = "/io/channels4j/processor/typescript/";

  private final Reporter reporter;
  private final ResourceFile files;
  private final Optional<Path> folder;
  private final String title;
  private final String version;
  private final boolean yaml;
  private final TreeMap<String, ChannelModel> channels = new TreeMap<>();
  private final TreeMap<String, ClientModel> clients = new TreeMap<>();

  ContractStep(ProcessingEnvironment env, Reporter reporter) {
    this.reporter = reporter;
    this.files = new ResourceFile(env.getFiler(), reporter);
    this.folder = Optional.ofNullable(env.getOptions().get(DIR_OPTION)).map(Path::of);
    this.title = env.getOptions().getOrDefault(TITLE_OPTION, "channels4j channels");
    this.version = env.getOptions().getOrDefault(VERSION_OPTION, "0.0.0");
    this.yaml = "true".equals(env.getOptions().get(YAML_OPTION));
  }

  /** Adds {@code channel}, and its typed client if it has one. */
  void add(ChannelModel channel, Optional<ClientModel> client) {
    channels.put(channel.type().canonicalName(), channel);
    client.ifPresent(c -> clients.put(channel.type().canonicalName(), c));
  }

  @Override
  public void finish() {
    if (channels.isEmpty()) {
      return;
    }
    List<Element> originating = channels.values().stream().map(c -> (Element) c.element()).toList();
    try {
      AsyncApiWriter document = new AsyncApiWriter();
      write(
          AsyncApiWriter.RESOURCE,
          originating,
          document.write(title, version, channels.values(), false));
      if (yaml) {
        write(
            AsyncApiWriter.YAML_RESOURCE,
            originating,
            document.write(title, version, channels.values(), true));
      }
      for (TypeScriptWriter.Dialect dialect : TypeScriptWriter.Dialect.values()) {
        write(
            TypeScriptWriter.FOLDER + TypeScriptWriter.MODULE + dialect.extension,
            originating,
            new TypeScriptWriter(dialect).write(channels.values(), clients.values()));
      }
      for (String runtime : TypeScriptWriter.RUNTIME) {
        write(TypeScriptWriter.FOLDER + runtime, originating, runtime(runtime));
      }
    } catch (IOException e) {
      reporter.exception(originating.get(0), e);
    }
  }

  /**
   * Writes the contract's file {@code path} (under {@link #ROOT}) to the class output, and to the
   * folder if there is one, where it goes without that root: as a frontend build takes it.
   */
  private void write(String path, List<Element> originating, String text) throws IOException {
    files.write(path, originating, text);
    if (folder.isPresent()) {
      Path file = folder.get().resolve(path.substring(ROOT.length()));
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
  }

  private static String runtime(String name) throws IOException {
    try (InputStream in = ContractStep.class.getResourceAsStream(RUNTIME_SOURCE + name)) {
      if (in == null) {
        throw new IOException("The processor's jar lacks " + RUNTIME_SOURCE + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
