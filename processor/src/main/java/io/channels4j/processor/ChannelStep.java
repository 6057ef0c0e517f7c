package io.channels4j.processor;

import io.channels4j.processor.model.ChannelModel;
import io.channels4j.processor.model.ClientModel;
import io.channels4j.processor.validation.ChannelValidator;
import io.channels4j.processor.validation.ClientValidator;
import io.channels4j.processor.validation.Codecs;
import io.channels4j.processor.validation.Reporter;
import io.channels4j.processor.validation.Tag;
import io.channels4j.processor.writing.BindingWriter;
import io.channels4j.processor.writing.ClientWriter;
import io.channels4j.processor.writing.DescriptorWriter;
import io.channels4j.processor.writing.DispatcherWriter;
import io.channels4j.processor.writing.FactoryWriter;
import io.channels4j.processor.writing.ResponseEnvelopeWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Validates each {@code @Channel} interface and writes its descriptor, dispatcher, binding, adapter
 * factory and typed client; hands its codecs to the {@link CodecStep} and its binding to the {@link
 * ServicesStep}, and itself to the {@link ContractStep}. A channel that names a type not generated
 * yet waits for a later round.
 */
final class ChannelStep implements Step {
  private final Elements elements;
  private final Filer filer;
  private final Reporter reporter;
  private final ChannelValidator validator;
  private final CodecStep codecStep;
  private final ServicesStep services;
  private final ContractStep contract;
  private final DescriptorWriter descriptors = new DescriptorWriter();
  private final DispatcherWriter dispatchers = new DispatcherWriter();
  private final BindingWriter bindings = new BindingWriter();
  private final FactoryWriter factories = new FactoryWriter();
  private final ClientWriter clientWriter = new ClientWriter();
  private final ClientValidator clients;
  private final ResponseEnvelopeWriter envelopes = new ResponseEnvelopeWriter();

  /** The channels waiting for a later round, by name, with the types they wait for. */
  private Map<String, Set<String>> deferred = new LinkedHashMap<>();

  ChannelStep(
      ProcessingEnvironment env,
      Reporter reporter,
      Codecs codecs,
      CodecStep codecStep,
      ServicesStep services,
      ContractStep contract) {
    this.elements = env.getElementUtils();
    this.filer = env.getFiler();
    this.reporter = reporter;
    this.validator = new ChannelValidator(env, reporter, codecs);
    this.clients = new ClientValidator(env, reporter, codecs);
    this.codecStep = codecStep;
    this.services = services;
    this.contract = contract;
  }

  @Override
  public Set<String> annotations() {
    return Set.of(Names.CHANNEL.canonicalName());
  }

  @Override
  public void process(Set<? extends Element> annotated, RoundEnvironment round) {
    List<TypeElement> channels = new ArrayList<>();
    for (String name : deferred.keySet()) {
      TypeElement element = elements.getTypeElement(name);
      if (element != null) {
        channels.add(element);
      }
    }
    deferred = new LinkedHashMap<>();
    for (Element element : annotated) {
      channels.add((TypeElement) element);
      validator.registerCodecs((TypeElement) element); // once: a deferred channel is not new
    }
    for (TypeElement channel : channels) {
      try {
        ChannelValidator.Result result = validator.validate(channel);
        if (result instanceof ChannelValidator.Deferred wait) {
          deferred.put(channel.getQualifiedName().toString(), wait.unresolved());
        } else if (result instanceof ChannelValidator.Valid valid) {
          write(valid.model());
        }
      } catch (RuntimeException | IOException e) {
        reporter.exception(channel, e);
      }
    }
  }

  private void write(ChannelModel channel) throws IOException {
    descriptors.write(channel).writeTo(filer);
    dispatchers.write(channel).writeTo(filer);
    factories.write(channel).writeTo(filer);
    bindings.write(channel).writeTo(filer);
    Optional<ClientModel> client = clients.validate(channel);
    if (client.isPresent()) {
      clientWriter.write(client.get()).writeTo(filer);
    }
    if (channel.envelope().response().isPresent()) {
      envelopes.write(channel).writeTo(filer);
    }
    codecStep.add(channel.codecs());
    services.add(channel.generated("Binding").canonicalName(), channel.element());
    contract.add(channel, client);
  }

  @Override
  public void finish() {
    for (Map.Entry<String, Set<String>> channel : deferred.entrySet()) {
      TypeElement element = elements.getTypeElement(channel.getKey());
      if (element != null) {
        reporter.error(
            Tag.UNRESOLVED_TYPE,
            element,
            "A type this channel uses was never found ("
                + String.join(", ", channel.getValue())
                + "), so nothing was generated for it; check the other errors for where it is"
                + " named.");
      }
    }
  }
}
