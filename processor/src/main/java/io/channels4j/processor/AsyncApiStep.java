package io.channels4j.processor;

import io.channels4j.processor.model.ChannelModel;
import io.channels4j.processor.validation.Reporter;
import io.channels4j.processor.writing.AsyncApiWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;

/**
 * Writes {@code META-INF/channels4j/asyncapi.json} once, after the last round: the AsyncAPI
 * document of every valid channel of the compilation, sorted by name so the file is the same
 * whatever order javac hands the channels over. Its title and version are the options {@code
 * channels4j.asyncapi.title} and {@code channels4j.asyncapi.version}.
 */
final class AsyncApiStep implements Step {
  static final String TITLE_OPTION = "channels4j.asyncapi.title";
  static final String VERSION_OPTION = "channels4j.asyncapi.version";

  private final Filer filer;
  private final Reporter reporter;
  private final String title;
  private final String version;
  private final TreeMap<String, ChannelModel> channels = new TreeMap<>();

  AsyncApiStep(ProcessingEnvironment env, Reporter reporter) {
    this.filer = env.getFiler();
    this.reporter = reporter;
    this.title = env.getOptions().getOrDefault(TITLE_OPTION, "channels4j channels");
    this.version = env.getOptions().getOrDefault(VERSION_OPTION, "0.0.0");
  }

  void add(ChannelModel channel) {
    channels.put(channel.type().canonicalName(), channel);
  }

  @Override
  public Set<String> annotations() {
    return Set.of();
  }

  @Override
  public void process(Set<? extends Element> elements, RoundEnvironment round) {}

  @Override
  public void finish() {
    if (channels.isEmpty()) {
      return;
    }
    List<Element> originating = channels.values().stream().map(c -> (Element) c.element()).toList();
    String document = new AsyncApiWriter().write(title, version, channels.values());
    ResourceFile.write(filer, reporter, AsyncApiWriter.RESOURCE, originating, document);
  }
}
