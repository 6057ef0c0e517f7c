package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import io.channels4j.runtime.internal.JsonText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Accounts.Signup} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Accounts_SignupJsonCodec implements JsonCodec<Accounts.Signup> {
  /**
   * The codec; it holds no state.
   */
  public static final Accounts_SignupJsonCodec INSTANCE = new Accounts_SignupJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("handle", "email", "age", "referrer",
      "addresses", "named", "tags", "credit", "karma", "nickname", "billing");

  private static final byte[] HANDLE = JsonOutput.encodeName("handle");

  private static final byte[] EMAIL = JsonOutput.encodeName("email");

  private static final byte[] AGE = JsonOutput.encodeName("age");

  private static final byte[] REFERRER = JsonOutput.encodeName("referrer");

  private static final byte[] ADDRESSES = JsonOutput.encodeName("addresses");

  private static final byte[] NAMED = JsonOutput.encodeName("named");

  private static final byte[] TAGS = JsonOutput.encodeName("tags");

  private static final byte[] CREDIT = JsonOutput.encodeName("credit");

  private static final byte[] KARMA = JsonOutput.encodeName("karma");

  private static final byte[] NICKNAME = JsonOutput.encodeName("nickname");

  private static final byte[] BILLING = JsonOutput.encodeName("billing");

  private Accounts_SignupJsonCodec() {
  }

  @Override
  public Accounts.Signup read(JsonInput in) {
    String handle = null;
    String email = null;
    int age = 0;
    boolean ageFound = false;
    Long referrer = null;
    List<Accounts.Address> addresses = null;
    Map<String, Accounts.Address> named = null;
    String[] tags = null;
    BigDecimal credit = null;
    BigInteger karma = null;
    Optional<String> nickname = Optional.empty();
    Optional<Accounts.Address> billing = Optional.empty();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> handle = in.nextString();
        case 1 -> email = in.nextString();
        case 2 -> {
          age = in.nextInt();
          ageFound = true;
        }
        case 3 -> referrer = in.nextNull() ? null : in.nextLong();
        case 4 -> addresses = readListOfAccountsAddress(in);
        case 5 -> named = readMapOfAccountsAddress(in);
        case 6 -> tags = readStringArray(in);
        case 7 -> credit = JsonText.BIG_DECIMAL.read(in);
        case 8 -> karma = JsonText.BIG_INTEGER.read(in);
        case 9 -> nickname = in.nextNull() ? Optional.empty() : Optional.of(in.nextString());
        case 10 -> billing = in.nextNull() ? Optional.empty() : Optional.of(Accounts_AddressJsonCodec.INSTANCE.read(in));
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (handle == null || email == null || !ageFound || addresses == null || named == null ||
        tags == null || credit == null || karma == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Accounts.Signup(handle, email, age, referrer, addresses, named, tags, credit, karma,
        nickname, billing);
  }

  @Override
  public void write(JsonOutput out, Accounts.Signup value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Accounts.Signup value) {
    String handleValue = value.handle();
    if (handleValue != null) {
      out.name(HANDLE);
      out.value(handleValue);
    }
    String emailValue = value.email();
    if (emailValue != null) {
      out.name(EMAIL);
      out.value(emailValue);
    }
    out.name(AGE);
    out.value(value.age());
    Long referrerValue = value.referrer();
    if (referrerValue != null) {
      out.name(REFERRER);
      out.value(referrerValue);
    }
    List<Accounts.Address> addressesValue = value.addresses();
    if (addressesValue != null) {
      out.name(ADDRESSES);
      writeListOfAccountsAddress(out, addressesValue);
    }
    Map<String, Accounts.Address> namedValue = value.named();
    if (namedValue != null) {
      out.name(NAMED);
      writeMapOfAccountsAddress(out, namedValue);
    }
    String[] tagsValue = value.tags();
    if (tagsValue != null) {
      out.name(TAGS);
      writeStringArray(out, tagsValue);
    }
    BigDecimal creditValue = value.credit();
    if (creditValue != null) {
      out.name(CREDIT);
      JsonText.BIG_DECIMAL.write(out, creditValue);
    }
    BigInteger karmaValue = value.karma();
    if (karmaValue != null) {
      out.name(KARMA);
      JsonText.BIG_INTEGER.write(out, karmaValue);
    }
    Optional<String> nicknameValue = value.nickname();
    if (nicknameValue != null && nicknameValue.isPresent()) {
      out.name(NICKNAME);
      out.value(nicknameValue.get());
    }
    Optional<Accounts.Address> billingValue = value.billing();
    if (billingValue != null && billingValue.isPresent()) {
      out.name(BILLING);
      Accounts_AddressJsonCodec.INSTANCE.write(out, billingValue.get());
    }
  }

  private List<Accounts.Address> readListOfAccountsAddress(JsonInput in) {
    List<Accounts.Address> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : Accounts_AddressJsonCodec.INSTANCE.read(in));
    }
    in.endArray();
    return result;
  }

  private Map<String, Accounts.Address> readMapOfAccountsAddress(JsonInput in) {
    Map<String, Accounts.Address> result = new LinkedHashMap<>();
    in.beginObject();
    while (in.hasNext()) {
      if (result.put(in.name(), in.nextNull() ? null : Accounts_AddressJsonCodec.INSTANCE.read(in)) != null) {
        throw JsonInput.miss();
      }
    }
    in.endObject();
    return result;
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

  private String[] readStringArray(JsonInput in) {
    return readListOfString(in).toArray(String[]::new);
  }

  private void writeListOfAccountsAddress(JsonOutput out, List<Accounts.Address> value) {
    out.beginArray();
    for (Accounts.Address element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        Accounts_AddressJsonCodec.INSTANCE.write(out, element);
      }
    }
    out.endArray();
  }

  private void writeMapOfAccountsAddress(JsonOutput out, Map<String, Accounts.Address> value) {
    out.beginObject();
    for (Map.Entry<String, Accounts.Address> entry : value.entrySet()) {
      // A null member is left out, as Moshi leaves it out
      if (entry.getValue() != null) {
        out.name(entry.getKey());
        Accounts_AddressJsonCodec.INSTANCE.write(out, entry.getValue());
      }
    }
    out.endObject();
  }

  private void writeStringArray(JsonOutput out, String[] value) {
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
