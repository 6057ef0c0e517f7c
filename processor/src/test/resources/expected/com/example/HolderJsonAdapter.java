package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Holder} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class HolderJsonAdapter extends JsonAdapter<Holder> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("label", "reader",
      "result", "count", "bean");

  private final JsonAdapter<String> stringAdapter;

  private final JsonAdapter<Integer> integerAdapter;

  private final JsonAdapter<Bean> beanAdapter;

  public HolderJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
    this.integerAdapter = moshi.adapter(Integer.class);
    this.beanAdapter = new BeanJsonAdapter(moshi).nullSafe();
  }

  @Override
  public Holder fromJson(JsonReader reader) throws IOException {
    String label = null;
    String reader_ = null;
    String result_ = null;
    Integer count = null;
    Bean bean = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          label = stringAdapter.fromJson(reader);
          if (label == null) {
            throw JsonErrors.unexpectedNull("label", "label", reader);
          }
        }
        case 1 -> reader_ = stringAdapter.fromJson(reader);
        case 2 -> result_ = stringAdapter.fromJson(reader);
        case 3 -> count = integerAdapter.fromJson(reader);
        case 4 -> {
          bean = beanAdapter.fromJson(reader);
          if (bean == null) {
            throw JsonErrors.unexpectedNull("bean", "bean", reader);
          }
        }
        case -1 -> {
          // A name Holder does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (label == null) {
      throw JsonErrors.missingProperty("label", "label", reader);
    }
    if (bean == null) {
      throw JsonErrors.missingProperty("bean", "bean", reader);
    }
    Holder result = new Holder();
    result.label = label;
    if (reader_ != null) {
      result.reader = reader_;
    }
    if (result_ != null) {
      result.result = result_;
    }
    if (count != null) {
      result.count = count;
    }
    result.bean = bean;
    return result;
  }

  @Override
  public void toJson(JsonWriter writer, Holder value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("label");
    stringAdapter.toJson(writer, value.label);
    writer.name("reader");
    stringAdapter.toJson(writer, value.reader);
    writer.name("result");
    stringAdapter.toJson(writer, value.result);
    writer.name("count");
    integerAdapter.toJson(writer, value.count);
    writer.name("bean");
    beanAdapter.toJson(writer, value.bean);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Holder)";
  }
}
