package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link ChatMessage} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ChatMessageJsonAdapter extends JsonAdapter<ChatMessage> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("user", "message");

  private final JsonAdapter<String> stringAdapter;

  public ChatMessageJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
  }

  @Override
  public ChatMessage fromJson(JsonReader reader) throws IOException {
    String user = null;
    String message = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          user = stringAdapter.fromJson(reader);
          if (user == null) {
            throw JsonErrors.unexpectedNull("user", "user", reader);
          }
        }
        case 1 -> {
          message = stringAdapter.fromJson(reader);
          if (message == null) {
            throw JsonErrors.unexpectedNull("message", "message", reader);
          }
        }
        case -1 -> {
          // A name ChatMessage does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (user == null) {
      throw JsonErrors.missingProperty("user", "user", reader);
    }
    if (message == null) {
      throw JsonErrors.missingProperty("message", "message", reader);
    }
    return new ChatMessage(user, message);
  }

  @Override
  public void toJson(JsonWriter writer, ChatMessage value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("user");
    stringAdapter.toJson(writer, value.user());
    writer.name("message");
    stringAdapter.toJson(writer, value.message());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(ChatMessage)";
  }
}
