package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Tickets.Ticket} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Tickets_TicketJsonAdapter extends JsonAdapter<Tickets.Ticket> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("number", "title");

  private final JsonAdapter<Long> longAdapter;

  private final JsonAdapter<String> stringAdapter;

  public Tickets_TicketJsonAdapter(Moshi moshi) {
    this.longAdapter = moshi.adapter(long.class);
    this.stringAdapter = moshi.adapter(String.class);
  }

  @Override
  public Tickets.Ticket fromJson(JsonReader reader) throws IOException {
    Long number = null;
    String title = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> number = longAdapter.fromJson(reader);
        case 1 -> {
          title = stringAdapter.fromJson(reader);
          if (title == null) {
            throw JsonErrors.unexpectedNull("title", "title", reader);
          }
        }
        case -1 -> {
          // A name Ticket does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (number == null) {
      throw JsonErrors.missingProperty("number", "number", reader);
    }
    if (title == null) {
      throw JsonErrors.missingProperty("title", "title", reader);
    }
    return new Tickets.Ticket(number, title);
  }

  @Override
  public void toJson(JsonWriter writer, Tickets.Ticket value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("number");
    longAdapter.toJson(writer, value.number());
    writer.name("title");
    stringAdapter.toJson(writer, value.title());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Tickets.Ticket)";
  }
}
