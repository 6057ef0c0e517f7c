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
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Animals} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class AnimalsJsonAdapter extends JsonAdapter<Animals> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("name", "user_name",
      "nickname", "legs", "weight", "height", "tame", "grade", "ratio", "rank", "flags", "boxed",
      "maybeBoxed", "color", "maybeColor", "tags", "colors", "keepers", "groups", "note", "chief",
      "aliases", "scores", "grid", "keeper", "backup", "id", "seen", "fed", "born", "checkup",
      "feedings", "nap", "price", "serial", "costs", "photo", "links", "chip", "scans");

  private final JsonAdapter<String> stringAdapter;

  private final JsonAdapter<Integer> intAdapter;

  private final JsonAdapter<Long> longAdapter;

  private final JsonAdapter<Double> doubleAdapter;

  private final JsonAdapter<Boolean> booleanAdapter;

  private final JsonAdapter<Character> charAdapter;

  private final JsonAdapter<Float> floatAdapter;

  private final JsonAdapter<Short> shortAdapter;

  private final JsonAdapter<Byte> byteAdapter;

  private final JsonAdapter<Integer> integerAdapter;

  private final JsonAdapter<Long> longAdapter_;

  private final JsonAdapter<Color> colorAdapter;

  private final JsonAdapter<List<String>> listOfStringAdapter;

  private final JsonAdapter<Set<Color>> setOfColorAdapter;

  private final JsonAdapter<Collection<Keeper>> collectionOfKeeperAdapter;

  private final JsonAdapter<Map<String, List<Integer>>> mapOfListOfIntegerAdapter;

  private final JsonAdapter<Optional<String>> optionalOfStringAdapter;

  private final JsonAdapter<Optional<Keeper>> optionalOfKeeperAdapter;

  private final JsonAdapter<String[]> stringArrayAdapter;

  private final JsonAdapter<int[]> intArrayAdapter;

  private final JsonAdapter<Keeper[][]> keeperArrayArrayAdapter;

  private final JsonAdapter<Keeper> keeperAdapter;

  private final JsonAdapter<UUID> uuidAdapter;

  private final JsonAdapter<Instant> instantAdapter;

  private final JsonAdapter<Optional<OffsetDateTime>> optionalOfOffsetDateTimeAdapter;

  private final JsonAdapter<LocalDate> localDateAdapter;

  private final JsonAdapter<LocalDateTime> localDateTimeAdapter;

  private final JsonAdapter<List<LocalTime>> listOfLocalTimeAdapter;

  private final JsonAdapter<Duration> durationAdapter;

  private final JsonAdapter<BigDecimal> bigDecimalAdapter;

  private final JsonAdapter<BigInteger> bigIntegerAdapter;

  private final JsonAdapter<Map<String, BigDecimal>> mapOfBigDecimalAdapter;

  private final JsonAdapter<URI> uriAdapter;

  private final JsonAdapter<URI[]> uriArrayAdapter;

  private final JsonAdapter<byte[]> bytesAdapter;

  private final JsonAdapter<List<byte[]>> listOfBytesAdapter;

  public AnimalsJsonAdapter(Moshi moshi) {
    this.stringAdapter = moshi.adapter(String.class);
    this.intAdapter = moshi.adapter(int.class);
    this.longAdapter = moshi.adapter(long.class);
    this.doubleAdapter = moshi.adapter(double.class);
    this.booleanAdapter = moshi.adapter(boolean.class);
    this.charAdapter = moshi.adapter(char.class);
    this.floatAdapter = moshi.adapter(float.class);
    this.shortAdapter = moshi.adapter(short.class);
    this.byteAdapter = moshi.adapter(byte.class);
    this.integerAdapter = moshi.adapter(Integer.class);
    this.longAdapter_ = moshi.adapter(Long.class);
    this.colorAdapter = new ColorJsonAdapter(moshi).nullSafe();
    this.listOfStringAdapter = JsonAdapters.list(moshi.adapter(String.class));
    this.setOfColorAdapter = JsonAdapters.set(new ColorJsonAdapter(moshi).nullSafe());
    this.collectionOfKeeperAdapter =
        JsonAdapters.collection(new KeeperJsonAdapter(moshi).nullSafe());
    this.mapOfListOfIntegerAdapter =
        JsonAdapters.map(JsonAdapters.list(moshi.adapter(Integer.class)));
    this.optionalOfStringAdapter = JsonAdapters.optional(moshi.adapter(String.class));
    this.optionalOfKeeperAdapter = JsonAdapters.optional(new KeeperJsonAdapter(moshi).nullSafe());
    this.stringArrayAdapter = JsonAdapters.array(moshi.adapter(String.class), String[]::new);
    this.intArrayAdapter = JsonAdapters.intArray(moshi.adapter(int.class));
    this.keeperArrayArrayAdapter =
        JsonAdapters.array(JsonAdapters.array(new KeeperJsonAdapter(moshi).nullSafe(),
        Keeper[]::new), Keeper[][]::new);
    this.keeperAdapter = new KeeperJsonAdapter(moshi).nullSafe();
    this.uuidAdapter = JsonText.UUID.adapter();
    this.instantAdapter = JsonText.INSTANT.adapter();
    this.optionalOfOffsetDateTimeAdapter =
        JsonAdapters.optional(JsonText.OFFSET_DATE_TIME.adapter());
    this.localDateAdapter = JsonText.LOCAL_DATE.adapter();
    this.localDateTimeAdapter = JsonText.LOCAL_DATE_TIME.adapter();
    this.listOfLocalTimeAdapter = JsonAdapters.list(JsonText.LOCAL_TIME.adapter());
    this.durationAdapter = JsonText.DURATION.adapter();
    this.bigDecimalAdapter = JsonText.BIG_DECIMAL.adapter();
    this.bigIntegerAdapter = JsonText.BIG_INTEGER.adapter();
    this.mapOfBigDecimalAdapter = JsonAdapters.map(JsonText.BIG_DECIMAL.adapter());
    this.uriAdapter = JsonText.URI.adapter();
    this.uriArrayAdapter = JsonAdapters.array(JsonText.URI.adapter(), URI[]::new);
    this.bytesAdapter = JsonText.BYTES.adapter();
    this.listOfBytesAdapter = JsonAdapters.list(JsonText.BYTES.adapter());
  }

  @Override
  public Animals fromJson(JsonReader reader) throws IOException {
    String name = null;
    String userName = null;
    String nickname = null;
    Integer legs = null;
    Long weight = null;
    Double height = null;
    Boolean tame = null;
    Character grade = null;
    Float ratio = null;
    Short rank = null;
    Byte flags = null;
    Integer boxed = null;
    Long maybeBoxed = null;
    Color color = null;
    Color maybeColor = null;
    List<String> tags = null;
    Set<Color> colors = null;
    Collection<Keeper> keepers = null;
    Map<String, List<Integer>> groups = null;
    Optional<String> note = Optional.empty();
    Optional<Keeper> chief = Optional.empty();
    String[] aliases = null;
    int[] scores = null;
    Keeper[][] grid = null;
    Keeper keeper = null;
    Keeper backup = null;
    UUID id = null;
    Instant seen = null;
    Optional<OffsetDateTime> fed = Optional.empty();
    LocalDate born = null;
    LocalDateTime checkup = null;
    List<LocalTime> feedings = null;
    Duration nap = null;
    BigDecimal price = null;
    BigInteger serial = null;
    Map<String, BigDecimal> costs = null;
    URI photo = null;
    URI[] links = null;
    byte[] chip = null;
    List<byte[]> scans = null;
    reader.beginObject();
    while (reader.hasNext()) {
      switch (reader.selectName(OPTIONS)) {
        case 0 -> {
          name = stringAdapter.fromJson(reader);
          if (name == null) {
            throw JsonErrors.unexpectedNull("name", "name", reader);
          }
        }
        case 1 -> {
          userName = stringAdapter.fromJson(reader);
          if (userName == null) {
            throw JsonErrors.unexpectedNull("userName", "user_name", reader);
          }
        }
        case 2 -> nickname = stringAdapter.fromJson(reader);
        case 3 -> legs = intAdapter.fromJson(reader);
        case 4 -> weight = longAdapter.fromJson(reader);
        case 5 -> height = doubleAdapter.fromJson(reader);
        case 6 -> tame = booleanAdapter.fromJson(reader);
        case 7 -> grade = charAdapter.fromJson(reader);
        case 8 -> ratio = floatAdapter.fromJson(reader);
        case 9 -> rank = shortAdapter.fromJson(reader);
        case 10 -> flags = byteAdapter.fromJson(reader);
        case 11 -> {
          boxed = integerAdapter.fromJson(reader);
          if (boxed == null) {
            throw JsonErrors.unexpectedNull("boxed", "boxed", reader);
          }
        }
        case 12 -> maybeBoxed = longAdapter_.fromJson(reader);
        case 13 -> {
          color = colorAdapter.fromJson(reader);
          if (color == null) {
            throw JsonErrors.unexpectedNull("color", "color", reader);
          }
        }
        case 14 -> maybeColor = colorAdapter.fromJson(reader);
        case 15 -> {
          tags = listOfStringAdapter.fromJson(reader);
          if (tags == null) {
            throw JsonErrors.unexpectedNull("tags", "tags", reader);
          }
        }
        case 16 -> {
          colors = setOfColorAdapter.fromJson(reader);
          if (colors == null) {
            throw JsonErrors.unexpectedNull("colors", "colors", reader);
          }
        }
        case 17 -> {
          keepers = collectionOfKeeperAdapter.fromJson(reader);
          if (keepers == null) {
            throw JsonErrors.unexpectedNull("keepers", "keepers", reader);
          }
        }
        case 18 -> {
          groups = mapOfListOfIntegerAdapter.fromJson(reader);
          if (groups == null) {
            throw JsonErrors.unexpectedNull("groups", "groups", reader);
          }
        }
        case 19 -> note = optionalOfStringAdapter.fromJson(reader);
        case 20 -> chief = optionalOfKeeperAdapter.fromJson(reader);
        case 21 -> {
          aliases = stringArrayAdapter.fromJson(reader);
          if (aliases == null) {
            throw JsonErrors.unexpectedNull("aliases", "aliases", reader);
          }
        }
        case 22 -> {
          scores = intArrayAdapter.fromJson(reader);
          if (scores == null) {
            throw JsonErrors.unexpectedNull("scores", "scores", reader);
          }
        }
        case 23 -> {
          grid = keeperArrayArrayAdapter.fromJson(reader);
          if (grid == null) {
            throw JsonErrors.unexpectedNull("grid", "grid", reader);
          }
        }
        case 24 -> {
          keeper = keeperAdapter.fromJson(reader);
          if (keeper == null) {
            throw JsonErrors.unexpectedNull("keeper", "keeper", reader);
          }
        }
        case 25 -> backup = keeperAdapter.fromJson(reader);
        case 26 -> {
          id = uuidAdapter.fromJson(reader);
          if (id == null) {
            throw JsonErrors.unexpectedNull("id", "id", reader);
          }
        }
        case 27 -> seen = instantAdapter.fromJson(reader);
        case 28 -> fed = optionalOfOffsetDateTimeAdapter.fromJson(reader);
        case 29 -> {
          born = localDateAdapter.fromJson(reader);
          if (born == null) {
            throw JsonErrors.unexpectedNull("born", "born", reader);
          }
        }
        case 30 -> checkup = localDateTimeAdapter.fromJson(reader);
        case 31 -> {
          feedings = listOfLocalTimeAdapter.fromJson(reader);
          if (feedings == null) {
            throw JsonErrors.unexpectedNull("feedings", "feedings", reader);
          }
        }
        case 32 -> nap = durationAdapter.fromJson(reader);
        case 33 -> {
          price = bigDecimalAdapter.fromJson(reader);
          if (price == null) {
            throw JsonErrors.unexpectedNull("price", "price", reader);
          }
        }
        case 34 -> serial = bigIntegerAdapter.fromJson(reader);
        case 35 -> {
          costs = mapOfBigDecimalAdapter.fromJson(reader);
          if (costs == null) {
            throw JsonErrors.unexpectedNull("costs", "costs", reader);
          }
        }
        case 36 -> photo = uriAdapter.fromJson(reader);
        case 37 -> {
          links = uriArrayAdapter.fromJson(reader);
          if (links == null) {
            throw JsonErrors.unexpectedNull("links", "links", reader);
          }
        }
        case 38 -> {
          chip = bytesAdapter.fromJson(reader);
          if (chip == null) {
            throw JsonErrors.unexpectedNull("chip", "chip", reader);
          }
        }
        case 39 -> {
          scans = listOfBytesAdapter.fromJson(reader);
          if (scans == null) {
            throw JsonErrors.unexpectedNull("scans", "scans", reader);
          }
        }
        case -1 -> {
          // A name Animals does not have, such as "action" or "request_id"
          reader.skipName();
          reader.skipValue();
        }
      }
    }
    reader.endObject();
    if (name == null) {
      throw JsonErrors.missingProperty("name", "name", reader);
    }
    if (userName == null) {
      throw JsonErrors.missingProperty("userName", "user_name", reader);
    }
    if (legs == null) {
      throw JsonErrors.missingProperty("legs", "legs", reader);
    }
    if (weight == null) {
      throw JsonErrors.missingProperty("weight", "weight", reader);
    }
    if (height == null) {
      throw JsonErrors.missingProperty("height", "height", reader);
    }
    if (tame == null) {
      throw JsonErrors.missingProperty("tame", "tame", reader);
    }
    if (grade == null) {
      throw JsonErrors.missingProperty("grade", "grade", reader);
    }
    if (ratio == null) {
      throw JsonErrors.missingProperty("ratio", "ratio", reader);
    }
    if (rank == null) {
      throw JsonErrors.missingProperty("rank", "rank", reader);
    }
    if (flags == null) {
      throw JsonErrors.missingProperty("flags", "flags", reader);
    }
    if (boxed == null) {
      throw JsonErrors.missingProperty("boxed", "boxed", reader);
    }
    if (color == null) {
      throw JsonErrors.missingProperty("color", "color", reader);
    }
    if (tags == null) {
      throw JsonErrors.missingProperty("tags", "tags", reader);
    }
    if (colors == null) {
      throw JsonErrors.missingProperty("colors", "colors", reader);
    }
    if (keepers == null) {
      throw JsonErrors.missingProperty("keepers", "keepers", reader);
    }
    if (groups == null) {
      throw JsonErrors.missingProperty("groups", "groups", reader);
    }
    if (aliases == null) {
      throw JsonErrors.missingProperty("aliases", "aliases", reader);
    }
    if (scores == null) {
      throw JsonErrors.missingProperty("scores", "scores", reader);
    }
    if (grid == null) {
      throw JsonErrors.missingProperty("grid", "grid", reader);
    }
    if (keeper == null) {
      throw JsonErrors.missingProperty("keeper", "keeper", reader);
    }
    if (id == null) {
      throw JsonErrors.missingProperty("id", "id", reader);
    }
    if (born == null) {
      throw JsonErrors.missingProperty("born", "born", reader);
    }
    if (feedings == null) {
      throw JsonErrors.missingProperty("feedings", "feedings", reader);
    }
    if (price == null) {
      throw JsonErrors.missingProperty("price", "price", reader);
    }
    if (costs == null) {
      throw JsonErrors.missingProperty("costs", "costs", reader);
    }
    if (links == null) {
      throw JsonErrors.missingProperty("links", "links", reader);
    }
    if (chip == null) {
      throw JsonErrors.missingProperty("chip", "chip", reader);
    }
    if (scans == null) {
      throw JsonErrors.missingProperty("scans", "scans", reader);
    }
    return new Animals(name, userName, nickname, legs, weight, height, tame, grade, ratio, rank,
        flags, boxed, maybeBoxed, color, maybeColor, tags, colors, keepers, groups, note, chief,
        aliases, scores, grid, keeper, backup, id, seen, fed, born, checkup, feedings, nap, price,
        serial, costs, photo, links, chip, scans);
  }

  @Override
  public void toJson(JsonWriter writer, Animals value) throws IOException {
    if (value == null) {
      throw new NullPointerException(
          "value was null! Wrap in .nullSafe() to write nullable values.");
    }
    writer.beginObject();
    writer.name("name");
    stringAdapter.toJson(writer, value.name());
    writer.name("user_name");
    stringAdapter.toJson(writer, value.userName());
    writer.name("nickname");
    stringAdapter.toJson(writer, value.nickname());
    writer.name("legs");
    intAdapter.toJson(writer, value.legs());
    writer.name("weight");
    longAdapter.toJson(writer, value.weight());
    writer.name("height");
    doubleAdapter.toJson(writer, value.height());
    writer.name("tame");
    booleanAdapter.toJson(writer, value.tame());
    writer.name("grade");
    charAdapter.toJson(writer, value.grade());
    writer.name("ratio");
    floatAdapter.toJson(writer, value.ratio());
    writer.name("rank");
    shortAdapter.toJson(writer, value.rank());
    writer.name("flags");
    byteAdapter.toJson(writer, value.flags());
    writer.name("boxed");
    integerAdapter.toJson(writer, value.boxed());
    writer.name("maybeBoxed");
    longAdapter_.toJson(writer, value.maybeBoxed());
    writer.name("color");
    colorAdapter.toJson(writer, value.color());
    writer.name("maybeColor");
    colorAdapter.toJson(writer, value.maybeColor());
    writer.name("tags");
    listOfStringAdapter.toJson(writer, value.tags());
    writer.name("colors");
    setOfColorAdapter.toJson(writer, value.colors());
    writer.name("keepers");
    collectionOfKeeperAdapter.toJson(writer, value.keepers());
    writer.name("groups");
    mapOfListOfIntegerAdapter.toJson(writer, value.groups());
    writer.name("note");
    optionalOfStringAdapter.toJson(writer, value.note());
    writer.name("chief");
    optionalOfKeeperAdapter.toJson(writer, value.chief());
    writer.name("aliases");
    stringArrayAdapter.toJson(writer, value.aliases());
    writer.name("scores");
    intArrayAdapter.toJson(writer, value.scores());
    writer.name("grid");
    keeperArrayArrayAdapter.toJson(writer, value.grid());
    writer.name("keeper");
    keeperAdapter.toJson(writer, value.keeper());
    writer.name("backup");
    keeperAdapter.toJson(writer, value.backup());
    writer.name("id");
    uuidAdapter.toJson(writer, value.id());
    writer.name("seen");
    instantAdapter.toJson(writer, value.seen());
    writer.name("fed");
    optionalOfOffsetDateTimeAdapter.toJson(writer, value.fed());
    writer.name("born");
    localDateAdapter.toJson(writer, value.born());
    writer.name("checkup");
    localDateTimeAdapter.toJson(writer, value.checkup());
    writer.name("feedings");
    listOfLocalTimeAdapter.toJson(writer, value.feedings());
    writer.name("nap");
    durationAdapter.toJson(writer, value.nap());
    writer.name("price");
    bigDecimalAdapter.toJson(writer, value.price());
    writer.name("serial");
    bigIntegerAdapter.toJson(writer, value.serial());
    writer.name("costs");
    mapOfBigDecimalAdapter.toJson(writer, value.costs());
    writer.name("photo");
    uriAdapter.toJson(writer, value.photo());
    writer.name("links");
    uriArrayAdapter.toJson(writer, value.links());
    writer.name("chip");
    bytesAdapter.toJson(writer, value.chip());
    writer.name("scans");
    listOfBytesAdapter.toJson(writer, value.scans());
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Animals)";
  }
}
