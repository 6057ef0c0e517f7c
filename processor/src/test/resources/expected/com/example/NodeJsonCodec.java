package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Node} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class NodeJsonCodec implements JsonCodec<Node> {
  /**
   * The codec; it holds no state.
   */
  public static final NodeJsonCodec INSTANCE = new NodeJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("name", "children", "parent");

  private static final byte[] NAME = JsonOutput.encodeName("name");

  private static final byte[] CHILDREN = JsonOutput.encodeName("children");

  private static final byte[] PARENT = JsonOutput.encodeName("parent");

  private NodeJsonCodec() {
  }

  @Override
  public Node read(JsonInput in) {
    String name = null;
    List<Node> children = null;
    Node parent = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> name = in.nextString();
        case 1 -> children = readListOfNode(in);
        case 2 -> parent = in.nextNull() ? null : NodeJsonCodec.INSTANCE.read(in);
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (name == null || children == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Node(name, children, parent);
  }

  @Override
  public void write(JsonOutput out, Node value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Node value) {
    String nameValue = value.name();
    if (nameValue != null) {
      out.name(NAME);
      out.value(nameValue);
    }
    List<Node> childrenValue = value.children();
    if (childrenValue != null) {
      out.name(CHILDREN);
      writeListOfNode(out, childrenValue);
    }
    Node parentValue = value.parent();
    if (parentValue != null) {
      out.name(PARENT);
      NodeJsonCodec.INSTANCE.write(out, parentValue);
    }
  }

  private List<Node> readListOfNode(JsonInput in) {
    List<Node> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : NodeJsonCodec.INSTANCE.read(in));
    }
    in.endArray();
    return result;
  }

  private void writeListOfNode(JsonOutput out, List<Node> value) {
    out.beginArray();
    for (Node element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        NodeJsonCodec.INSTANCE.write(out, element);
      }
    }
    out.endArray();
  }
}
