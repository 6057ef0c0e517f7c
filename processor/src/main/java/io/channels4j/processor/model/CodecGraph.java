package io.channels4j.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A set of generated codecs and which of their types can contain which. */
public final class CodecGraph {
  private final Map<ClassName, CodecModel> byType = new LinkedHashMap<>();

  /** The graph of {@code codecs}; a type they mention without a codec here is a leaf. */
  public CodecGraph(Collection<CodecModel> codecs) {
    for (CodecModel codec : codecs) {
      byType.put(codec.type(), codec);
    }
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
