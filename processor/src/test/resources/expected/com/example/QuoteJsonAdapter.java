package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Quote} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class QuoteJsonAdapter extends JsonAdapter<Quote> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("ticker", "cents");

  private final JsonAdapter<String> stringAdapter;

  private final JsonAdapter<Long> longAdapter;

  public QuoteJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
    this.longAdapter = moshi.adapter(long.class);
  }

  @Override
  public Quote fromJson(JsonReader reader) throws IOException {
    String ticker = null;
    Long cents = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          ticker = stringAdapter.fromJson(reader);
          if (ticker == null) {
            throw JsonErrors.unexpectedNull("ticker", "ticker", reader);
          }
        }
        case 1 -> cents = longAdapter.fromJson(reader);
        case -1 -> {
          // A name Quote does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (ticker == null) {
      throw JsonErrors.missingProperty("ticker", "ticker", reader);
    }
    if (cents == null) {
      throw JsonErrors.missingProperty("cents", "cents", reader);
    }
    return new Quote(ticker, cents);
  }

  @Override
  public void toJson(JsonWriter writer, Quote value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("ticker");
    stringAdapter.toJson(writer, value.ticker());
    writer.name("cents");
    longAdapter.toJson(writer, value.cents());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Quote)";
  }
}
