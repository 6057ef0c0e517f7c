package io.channels4j.processor;

import io.channels4j.processor.validation.Reporter;
import java.util.ArrayList;
import java.util.TreeMap;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * Writes {@code META-INF/services/io.channels4j.runtime.internal.ChannelBinding} once, after the
 * last round, listing every binding of the compilation in sorted order so the file is the same
 * whatever order javac hands the channels over.
 */
final class ServicesStep implements Step {
  private final ResourceFile files;
  private final TreeMap<String, Element> bindings = new TreeMap<>();

  ServicesStep(ProcessingEnvironment env, Reporter reporter) {
    this.files = new ResourceFile(env.getFiler(), reporter);
  }

  void add(String binding, Element channel) {
    bindings.put(binding, channel);
  }

  @Override
  public void finish() {
    if (bindings.isEmpty()) {
      return;
    }
    StringBuilder services = new StringBuilder();
    bindings.keySet().forEach(binding -> services.append(binding).append('\n'));
    files.write(
        Names.BINDING_SERVICE_FILE, new ArrayList<>(bindings.values()), services.toString());
  }
}
