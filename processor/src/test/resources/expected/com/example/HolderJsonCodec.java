package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Holder} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class HolderJsonCodec implements JsonCodec<Holder> {
  /**
   * The codec; it holds no state.
   */
  public static final HolderJsonCodec INSTANCE = new HolderJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("label", "reader", "result", "count", "bean");

  private static final byte[] LABEL = JsonOutput.encodeName("label");

  private static final byte[] READER = JsonOutput.encodeName("reader");

  private static final byte[] RESULT = JsonOutput.encodeName("result");

  private static final byte[] COUNT = JsonOutput.encodeName("count");

  private static final byte[] BEAN = JsonOutput.encodeName("bean");

  private HolderJsonCodec() {
  }

  @Override
  public Holder read(JsonInput in) {
    String label = null;
    String reader = null;
    String result_ = null;
    Integer count = null;
    Bean bean = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> label = in.nextString();
        case 1 -> reader = in.nextNull() ? null : in.nextString();
        case 2 -> result_ = in.nextNull() ? null : in.nextString();
        case 3 -> count = in.nextNull() ? null : in.nextInt();
        case 4 -> bean = BeanJsonCodec.INSTANCE.read(in);
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (label == null || bean == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    Holder result = new Holder();
    result.label = label;
    if (reader != null) {
      result.reader = reader;
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
  public void write(JsonOutput out, Holder value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Holder value) {
    String labelValue = value.label;
    if (labelValue != null) {
      out.name(LABEL);
      out.value(labelValue);
    }
    String readerValue = value.reader;
    if (readerValue != null) {
      out.name(READER);
      out.value(readerValue);
    }
    String resultValue = value.result;
    if (resultValue != null) {
      out.name(RESULT);
      out.value(resultValue);
    }
    Integer countValue = value.count;
    if (countValue != null) {
      out.name(COUNT);
      out.value(countValue);
    }
    Bean beanValue = value.bean;
    if (beanValue != null) {
      out.name(BEAN);
      BeanJsonCodec.INSTANCE.write(out, beanValue);
    }
  }
}
