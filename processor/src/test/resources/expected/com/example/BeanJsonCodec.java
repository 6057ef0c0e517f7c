package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Bean} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class BeanJsonCodec implements JsonCodec<Bean> {
  /**
   * The codec; it holds no state.
   */
  public static final BeanJsonCodec INSTANCE = new BeanJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("title", "active", "labels");

  private static final byte[] TITLE = JsonOutput.encodeName("title");

  private static final byte[] ACTIVE = JsonOutput.encodeName("active");

  private static final byte[] LABELS = JsonOutput.encodeName("labels");

  private BeanJsonCodec() {
  }

  @Override
  public Bean read(JsonInput in) {
    String title = null;
    boolean active = false;
    boolean activeFound = false;
    List<String> labels = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> title = in.nextString();
        case 1 -> {
          active = in.nextBoolean();
          activeFound = true;
        }
        case 2 -> labels = in.nextNull() ? null : readListOfString(in);
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (title == null || !activeFound) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    Bean result = new Bean();
    result.setTitle(title);
    result.setActive(active);
    if (labels != null) {
      result.setLabels(labels);
    }
    return result;
  }

  @Override
  public void write(JsonOutput out, Bean value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Bean value) {
    String titleValue = value.getTitle();
    if (titleValue != null) {
      out.name(TITLE);
      out.value(titleValue);
    }
    out.name(ACTIVE);
    out.value(value.isActive());
    List<String> labelsValue = value.getLabels();
    if (labelsValue != null) {
      out.name(LABELS);
      writeListOfString(out, labelsValue);
    }
  }

  private List<String> readListOfString(JsonInput in) {
    List<String> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : in.nextString());
    }
    in.endArray();
    return result;
  }

  private void writeListOfString(JsonOutput out, List<String> value) {
    out.beginArray();
    for (String element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        out.value(element);
      }
    }
    out.endArray();
  }
}
