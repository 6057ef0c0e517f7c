package io.channels4j.processor;

import com.google.auto.service.AutoService;
import io.channels4j.processor.validation.ClientValidator;
import io.channels4j.processor.validation.Codecs;
import io.channels4j.processor.validation.Reporter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * The channels4j annotation processor: for each {@code @Channel} interface it writes a descriptor,
 * a dispatcher, a binding and a JSON adapter factory, plus one Moshi adapter per payload, reply and
 * message type, registers the bindings in {@code META-INF/services} and describes the channels in
 * an AsyncAPI document.
 *
 * <p>This class only wires the steps together; the work happens in {@link ChannelStep}, {@link
 * CodecStep}, {@link MisplacedAnnotationStep}, {@link ServicesStep} and {@link ContractStep}.
 */
@AutoService(Processor.class)
public final class ChannelProcessor extends AbstractProcessor {
  private List<Step> steps = List.of();
  private Codecs codecs;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    Reporter reporter = new Reporter(env.getMessager());
    codecs = new Codecs(env, reporter);
    CodecStep codecStep = new CodecStep(env, reporter, codecs);
    ServicesStep services = new ServicesStep(env, reporter);
    ContractStep contract = new ContractStep(env, reporter);
    steps =
        List.of(
            new MisplacedAnnotationStep(reporter),
            new ChannelStep(env, reporter, codecs, codecStep, services, contract),
            codecStep,
            services,
            contract);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("io.channels4j.annotations.*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(
        ClientValidator.OPTION,
        ContractStep.TITLE_OPTION,
        ContractStep.VERSION_OPTION,
        ContractStep.DIR_OPTION,
        ContractStep.YAML_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<Element> roots = new HashSet<>(round.getRootElements());
    codecs.setSources(element -> roots.contains(outermost(element)));
    for (Step step : steps) {
      Set<Element> elements = new LinkedHashSet<>();
      for (TypeElement annotation : annotations) {
        if (step.annotations().contains(annotation.getQualifiedName().toString())) {
          elements.addAll(round.getElementsAnnotatedWith(annotation));
        }
      }
      step.process(elements, round);
    }
    if (round.processingOver()) {
      for (Step step : steps) {
        step.finish();
      }
    }
    return false; // other processors may want the same annotations
  }

  private static Element outermost(Element element) {
    Element current = element;
    while (current.getEnclosingElement() != null
        && current.getEnclosingElement().getKind() != ElementKind.PACKAGE
        && current.getEnclosingElement().getKind() != ElementKind.MODULE) {
      current = current.getEnclosingElement();
    }
    return current;
  }
}
