package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonAdapters;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Node} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class NodeJsonAdapter extends JsonAdapter<Node> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("name", "children",
      "parent");

  private final JsonAdapter<String> stringAdapter;

  private final JsonAdapter<List<Node>> listOfNodeAdapter;

  private final JsonAdapter<Node> nodeAdapter;

  public NodeJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
    this.listOfNodeAdapter = JsonAdapters.list(this.nullSafe());
    this.nodeAdapter = this.nullSafe();
  }

  @Override
  public Node fromJson(JsonReader reader) throws IOException {
    String name = null;
    List<Node> children = null;
    Node parent = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          name = stringAdapter.fromJson(reader);
          if (name == null) {
            throw JsonErrors.unexpectedNull("name", "name", reader);
          }
        }
        case 1 -> {
          children = listOfNodeAdapter.fromJson(reader);
          if (children == null) {
            throw JsonErrors.unexpectedNull("children", "children", reader);
          }
        }
        case 2 -> parent = nodeAdapter.fromJson(reader);
        case -1 -> {
          // A name Node does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (name == null) {
      throw JsonErrors.missingProperty("name", "name", reader);
    }
    if (children == null) {
      throw JsonErrors.missingProperty("children", "children", reader);
    }
    return new Node(name, children, parent);
  }

  @Override
  public void toJson(JsonWriter writer, Node value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("name");
    stringAdapter.toJson(writer, value.name());
    writer.name("children");
    listOfNodeAdapter.toJson(writer, value.children());
    writer.name("parent");
    nodeAdapter.toJson(writer, value.parent());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Node)";
  }
}
