package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonAdapters;
import io.channels4j.runtime.internal.JsonErrors;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Animals} as a JSON object, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class AnimalsJsonAdapter extends JsonAdapter<Animals> {
  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("name", "user_name",
      "nickname", "legs", "weight", "height", "tame", "grade", "ratio", "rank", "flags", "boxed",
      "maybeBoxed", "color", "maybeColor", "tags", "colors", "keepers", "groups", "note", "chief",
      "aliases", "scores", "grid", "keeper", "backup");

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
    return new Animals(name, userName, nickname, legs, weight, height, tame, grade, ratio, rank,
        flags, boxed, maybeBoxed, color, maybeColor, tags, colors, keepers, groups, note, chief,
        aliases, scores, grid, keeper, backup);
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
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Animals)";
  }
}
