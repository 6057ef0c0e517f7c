package io.channels4j.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A set of generated codecs and which of their types can contain which. */
public final class CodecGraph {
  private final Map<ClassName, CodecModel> byType = new LinkedHashMap<>();

  /** The types with a validator that checks something, once {@link #validated} was asked. */
  private Set<ClassName> validated;

  /** The graph of {@code codecs}; a type they mention without a codec here is a leaf. */
  public CodecGraph(Collection<CodecModel> codecs) {
    for (CodecModel codec : codecs) {
      byType.put(codec.type(), codec);
    }
  }

  /**
   * Whether {@code type}'s generated validator checks anything: it is a record or class with a
   * constrained member, or with an {@code @Valid} one holding such a type, or a sealed interface
   * with such a record. Decided for the whole graph at once, cycles included.
   */
  public boolean validated(ClassName type) {
    if (validated == null) {
      validated = new HashSet<>();
      boolean grew = true;
      while (grew) {
        grew = false;
        for (CodecModel codec : byType.values()) {
          if (!validated.contains(codec.type()) && checksSomething(codec)) {
            validated.add(codec.type());
            grew = true;
          }
        }
      }
    }
    return validated.contains(type);
  }

  private boolean checksSomething(CodecModel codec) {
    if (codec instanceof CodecModel.ObjectCodec object) {
      return object.properties().stream()
          .anyMatch(
              property ->
                  !property.constraints().isEmpty()
                      || (property.cascade()
                          && property.cascaded().map(t -> validated.contains(t)).orElse(false)));
    }
    return codec instanceof CodecModel.SealedCodec sealed
        && sealed.subtypes().stream()
            .anyMatch(subtype -> validated.contains(subtype.type().typeName()));
  }

  /** The codecs reachable from {@code roots}, each once, in depth-first discovery order. */
  public List<CodecModel> reachable(Collection<JsonType> roots) {
    Map<ClassName, CodecModel> seen = new LinkedHashMap<>();
    for (JsonType root : roots) {
      visit(root, seen);
    }
    return List.copyOf(seen.values());
  }

  /** Whether a value of {@code from} can contain a value of {@code to}, directly or deeper. */
  public boolean reaches(JsonType from, ClassName to) {
    return reachable(List.of(from)).stream().anyMatch(codec -> codec.type().equals(to));
  }

  private void visit(JsonType type, Map<ClassName, CodecModel> seen) {
    if (type instanceof JsonType.Generated generated) {
      CodecModel model = byType.get(generated.typeName());
      if (model == null || seen.containsKey(model.type())) {
        return;
      }
      seen.put(model.type(), model);
      if (model instanceof CodecModel.ObjectCodec object) {
        for (Property property : object.properties()) {
          visit(property.type(), seen);
        }
      } else if (model instanceof CodecModel.SealedCodec sealed) {
        for (CodecModel.Subtype subtype : sealed.subtypes()) {
          visit(subtype.type(), seen);
        }
      }
    } else if (type instanceof JsonType.Container container) {
      visit(container.element(), seen);
    } else if (type instanceof JsonType.Array array) {
      visit(array.component(), seen);
    }
  }
}
