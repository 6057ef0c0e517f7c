package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonAdapters;
import io.channels4j.runtime.internal.JsonErrors;
import io.channels4j.runtime.internal.JsonText;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Signup} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_SignupJsonAdapter extends JsonAdapter<Accounts.Signup> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("handle", "email", "age",
      "referrer", "addresses", "named", "tags", "credit", "karma", "nickname", "billing");

  private final JsonAdapter<String> stringAdapter;

  private final JsonAdapter<Integer> intAdapter;

  private final JsonAdapter<Long> longAdapter;

  private final JsonAdapter<List<Accounts.Address>> listOfAccountsAddressAdapter;

  private final JsonAdapter<Map<String, Accounts.Address>> mapOfAccountsAddressAdapter;

  private final JsonAdapter<String[]> stringArrayAdapter;

  private final JsonAdapter<BigDecimal> bigDecimalAdapter;

  private final JsonAdapter<BigInteger> bigIntegerAdapter;

  private final JsonAdapter<Optional<String>> optionalOfStringAdapter;

  private final JsonAdapter<Optional<Accounts.Address>> optionalOfAccountsAddressAdapter;

  public Accounts_SignupJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
    this.intAdapter = moshi.adapter(int.class);
    this.longAdapter = moshi.adapter(Long.class);
    this.listOfAccountsAddressAdapter =
        JsonAdapters.list(new Accounts_AddressJsonAdapter(moshi).nullSafe());
    this.mapOfAccountsAddressAdapter =
        JsonAdapters.map(new Accounts_AddressJsonAdapter(moshi).nullSafe());
    this.stringArrayAdapter = JsonAdapters.array(moshi.adapter(String.class), String[]::new);
    this.bigDecimalAdapter = JsonText.BIG_DECIMAL.adapter();
    this.bigIntegerAdapter = JsonText.BIG_INTEGER.adapter();
    this.optionalOfStringAdapter = JsonAdapters.optional(moshi.adapter(String.class));
    this.optionalOfAccountsAddressAdapter =
        JsonAdapters.optional(new Accounts_AddressJsonAdapter(moshi).nullSafe());
  }

  @Override
  public Accounts.Signup fromJson(JsonReader reader) throws IOException {
    String handle = null;
    String email = null;
    Integer age = null;
    Long referrer = null;
    List<Accounts.Address> addresses = null;
    Map<String, Accounts.Address> named = null;
    String[] tags = null;
    BigDecimal credit = null;
    BigInteger karma = null;
    Optional<String> nickname = Optional.empty();
    Optional<Accounts.Address> billing = Optional.empty();
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          handle = stringAdapter.fromJson(reader);
          if (handle == null) {
            throw JsonErrors.unexpectedNull("handle", "handle", reader);
          }
        }
        case 1 -> {
          email = stringAdapter.fromJson(reader);
          if (email == null) {
            throw JsonErrors.unexpectedNull("email", "email", reader);
          }
        }
        case 2 -> age = intAdapter.fromJson(reader);
        case 3 -> referrer = longAdapter.fromJson(reader);
        case 4 -> {
          addresses = listOfAccountsAddressAdapter.fromJson(reader);
          if (addresses == null) {
            throw JsonErrors.unexpectedNull("addresses", "addresses", reader);
          }
        }
        case 5 -> {
          named = mapOfAccountsAddressAdapter.fromJson(reader);
          if (named == null) {
            throw JsonErrors.unexpectedNull("named", "named", reader);
          }
        }
        case 6 -> {
          tags = stringArrayAdapter.fromJson(reader);
          if (tags == null) {
            throw JsonErrors.unexpectedNull("tags", "tags", reader);
          }
        }
        case 7 -> {
          credit = bigDecimalAdapter.fromJson(reader);
          if (credit == null) {
            throw JsonErrors.unexpectedNull("credit", "credit", reader);
          }
        }
        case 8 -> {
          karma = bigIntegerAdapter.fromJson(reader);
          if (karma == null) {
            throw JsonErrors.unexpectedNull("karma", "karma", reader);
          }
        }
        case 9 -> nickname = optionalOfStringAdapter.fromJson(reader);
        case 10 -> billing = optionalOfAccountsAddressAdapter.fromJson(reader);
        case -1 -> {
          // A name Signup does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (handle == null) {
      throw JsonErrors.missingProperty("handle", "handle", reader);
    }
    if (email == null) {
      throw JsonErrors.missingProperty("email", "email", reader);
    }
    if (age == null) {
      throw JsonErrors.missingProperty("age", "age", reader);
    }
    if (addresses == null) {
      throw JsonErrors.missingProperty("addresses", "addresses", reader);
    }
    if (named == null) {
      throw JsonErrors.missingProperty("named", "named", reader);
    }
    if (tags == null) {
      throw JsonErrors.missingProperty("tags", "tags", reader);
    }
    if (credit == null) {
      throw JsonErrors.missingProperty("credit", "credit", reader);
    }
    if (karma == null) {
      throw JsonErrors.missingProperty("karma", "karma", reader);
    }
    return new Accounts.Signup(handle, email, age, referrer, addresses, named, tags, credit, karma,
        nickname, billing);
  }

  @Override
  public void toJson(JsonWriter writer, Accounts.Signup value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("handle");
    stringAdapter.toJson(writer, value.handle());
    writer.name("email");
    stringAdapter.toJson(writer, value.email());
    writer.name("age");
    intAdapter.toJson(writer, value.age());
    writer.name("referrer");
    longAdapter.toJson(writer, value.referrer());
    writer.name("addresses");
    listOfAccountsAddressAdapter.toJson(writer, value.addresses());
    writer.name("named");
    mapOfAccountsAddressAdapter.toJson(writer, value.named());
    writer.name("tags");
    stringArrayAdapter.toJson(writer, value.tags());
    writer.name("credit");
    bigDecimalAdapter.toJson(writer, value.credit());
    writer.name("karma");
    bigIntegerAdapter.toJson(writer, value.karma());
    writer.name("nickname");
    optionalOfStringAdapter.toJson(writer, value.nickname());
    writer.name("billing");
    optionalOfAccountsAddressAdapter.toJson(writer, value.billing());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Accounts.Signup)";
  }
}
