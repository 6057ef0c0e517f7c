package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link ChatMessage} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ChatMessageJsonCodec implements JsonCodec<ChatMessage> {
  /**
   * The codec; it holds no state.
   */
  public static final ChatMessageJsonCodec INSTANCE = new ChatMessageJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("user", "message");

  private static final byte[] USER = JsonOutput.encodeName("user");

  private static final byte[] MESSAGE = JsonOutput.encodeName("message");

  private ChatMessageJsonCodec() {
  }

  @Override
  public ChatMessage read(JsonInput in) {
    String user = null;
    String message = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> user = in.nextString();
        case 1 -> message = in.nextString();
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (user == null || message == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new ChatMessage(user, message);
  }

  @Override
  public void write(JsonOutput out, ChatMessage value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, ChatMessage value) {
    String userValue = value.user();
    if (userValue != null) {
      out.name(USER);
      out.value(userValue);
    }
    String messageValue = value.message();
    if (messageValue != null) {
      out.name(MESSAGE);
      out.value(messageValue);
    }
  }
}
