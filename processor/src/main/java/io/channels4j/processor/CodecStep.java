package io.channels4j.processor;

import com.palantir.javapoet.JavaFile;
import io.channels4j.processor.model.CodecGraph;
import io.channels4j.processor.model.CodecModel;
import io.channels4j.processor.validation.Codecs;
import io.channels4j.processor.validation.Reporter;
import io.channels4j.processor.writing.ByteCodecWriter;
import io.channels4j.processor.writing.EnumAdapterWriter;
import io.channels4j.processor.writing.ObjectAdapterWriter;
import io.channels4j.processor.writing.SealedAdapterWriter;
import io.channels4j.processor.writing.ValidatorWriter;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Writes one {@code <Type>JsonAdapter} and one {@code <Type>JsonCodec} per codec the channels of
 * this compilation reach, once even when several channels share it, and a {@code <Type>Validator}
 * beside them for a type with {@code jakarta.validation} constraints. A type from a library whose
 * adapter is on the classpath already reuses that adapter; a type compiled now always gets a fresh
 * one, so a stale adapter class left in the output directory by an earlier build is never trusted.
 */
final class CodecStep implements Step {
  private final Elements elements;
  private final Filer filer;
  private final Reporter reporter;
  private final Codecs codecs;
  private final ObjectAdapterWriter objects = new ObjectAdapterWriter();
  private final EnumAdapterWriter enums = new EnumAdapterWriter();
  private final SealedAdapterWriter sealedAdapters = new SealedAdapterWriter();
  private final ByteCodecWriter byteCodecs = new ByteCodecWriter();
  private final ValidatorWriter validators = new ValidatorWriter();
  private final Map<String, CodecModel> pending = new LinkedHashMap<>();

  /** Every codec of the compilation's valid channels, which the pending ones may refer to. */
  private final Map<String, CodecModel> known = new LinkedHashMap<>();

  private final Set<String> written = new HashSet<>();

  CodecStep(ProcessingEnvironment env, Reporter reporter, Codecs codecs) {
    this.elements = env.getElementUtils();
    this.filer = env.getFiler();
    this.reporter = reporter;
    this.codecs = codecs;
  }

  /** Queues the codecs of a valid channel. */
  void add(List<CodecModel> codecs) {
    for (CodecModel codec : codecs) {
      pending.putIfAbsent(codec.adapter().canonicalName(), codec);
      known.putIfAbsent(codec.adapter().canonicalName(), codec);
    }
  }

  @Override
  public Set<String> annotations() {
    return Set.of();
  }

  @Override
  public void process(Set<? extends Element> elements, RoundEnvironment round) {
    CodecGraph graph = new CodecGraph(known.values());
    for (CodecModel codec : pending.values()) {
      String adapter = codec.adapter().canonicalName();
      if (!written.add(adapter)) {
        continue; // written for another channel of this compilation
      }
      if (!codecs.inSources(codec.element()) && this.elements.getTypeElement(adapter) != null) {
        continue; // the type comes from a library that was compiled with its adapter
      }
      try {
        if (codec instanceof CodecModel.ObjectCodec object) {
          objects.write(object, graph).writeTo(filer);
        } else if (codec instanceof CodecModel.SealedCodec sealed) {
          sealedAdapters.write(sealed, graph).writeTo(filer);
        } else {
          enums.write((CodecModel.EnumCodec) codec).writeTo(filer);
        }
        byteCodecs.write(codec).writeTo(filer);
        Optional<JavaFile> validator = validators.write(codec, graph);
        if (validator.isPresent()) {
          validator.get().writeTo(filer);
        }
      } catch (RuntimeException | IOException e) {
        reporter.exception(codec.element(), e);
      }
    }
    pending.clear();
  }
}
