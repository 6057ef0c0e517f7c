package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Contact} as a JSON object of one of its records, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_ContactJsonAdapter extends JsonAdapter<Accounts.Contact> {
  private static final JsonReader.Options DISCRIMINATOR = JsonReader.Options.of("type");

  private static final JsonReader.Options LABELS = JsonReader.Options.of("Phone", "Mail", "Pigeon");

  private final JsonAdapter<Accounts.Phone> accountsPhoneAdapter;

  private final JsonAdapter<Accounts.Mail> accountsMailAdapter;

  private final JsonAdapter<Accounts.Pigeon> accountsPigeonAdapter;

  public Accounts_ContactJsonAdapter(Moshi moshi) {
    this.accountsPhoneAdapter = new Accounts_PhoneJsonAdapter(moshi);
    this.accountsMailAdapter = new Accounts_MailJsonAdapter(moshi);
    this.accountsPigeonAdapter = new Accounts_PigeonJsonAdapter(moshi);
  }

  @Override
  public Accounts.Contact fromJson(JsonReader reader) throws IOException {
    return switch (label(reader.peekJson())) {
      case 0 -> accountsPhoneAdapter.fromJson(reader);
      case 1 -> accountsMailAdapter.fromJson(reader);
      default -> accountsPigeonAdapter.fromJson(reader);
    };
  }

  private static int label(JsonReader peek) throws IOException {
    String object = peek.getPath();
    peek.beginObject();
    while (peek.hasNext()) {
      if (peek.selectName(DISCRIMINATOR) == -1) {
        peek.skipName();
        peek.skipValue();
        continue;
      }
      String path = peek.getPath();
      int label = peek.selectString(LABELS);
      if (label == -1) {
        // Not a label: nextString() gives the value (and refuses an object or array).
        throw new JsonDataException("Expected one of [Phone, Mail, Pigeon] for key 'type' but found '"
            + peek.nextString() + "' at path " + path);
      }
      return label;
    }
    throw new JsonDataException("Missing label for 'type' at path " + object);
  }

  @Override
  public void toJson(JsonWriter writer, Accounts.Contact value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("type");
    int flattened = writer.beginFlatten();
    if (value instanceof Accounts.Phone phone) {
      writer.value("Phone");
      accountsPhoneAdapter.toJson(writer, phone);
    } else if (value instanceof Accounts.Mail mail) {
      writer.value("Mail");
      accountsMailAdapter.toJson(writer, mail);
    } else if (value instanceof Accounts.Pigeon pigeon) {
      writer.value("Pigeon");
      accountsPigeonAdapter.toJson(writer, pigeon);
    }
    writer.endFlatten(flattened);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Accounts.Contact)";
  }
}
