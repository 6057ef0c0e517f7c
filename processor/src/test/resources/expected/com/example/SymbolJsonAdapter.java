package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Symbol} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class SymbolJsonAdapter extends JsonAdapter<Symbol> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("ticker");

  private final JsonAdapter<String> stringAdapter;

  public SymbolJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
  }

  @Override
  public Symbol fromJson(JsonReader reader) throws IOException {
    String ticker = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          ticker = stringAdapter.fromJson(reader);
          if (ticker == null) {
            throw JsonErrors.unexpectedNull("ticker", "ticker", reader);
          }
        }
        case -1 -> {
          // A name Symbol does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (ticker == null) {
      throw JsonErrors.missingProperty("ticker", "ticker", reader);
    }
    return new Symbol(ticker);
  }

  @Override
  public void toJson(JsonWriter writer, Symbol value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("ticker");
    stringAdapter.toJson(writer, value.ticker());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Symbol)";
  }
}
