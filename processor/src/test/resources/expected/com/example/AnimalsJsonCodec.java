package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Animals} over bytes for the server, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class AnimalsJsonCodec implements JsonCodec<Animals> {
  /**
   * The codec; it holds no state.
   */
  public static final AnimalsJsonCodec INSTANCE = new AnimalsJsonCodec();

  private static final JsonNames NAMES = JsonNames.of("name", "user_name", "nickname", "legs",
      "weight", "height", "tame", "grade", "ratio", "rank", "flags", "boxed", "maybeBoxed", "color",
      "maybeColor", "tags", "colors", "keepers", "groups", "note", "chief", "aliases", "scores",
      "grid", "keeper", "backup");

  private static final byte[] NAME = JsonOutput.encodeName("name");

  private static final byte[] USER_NAME = JsonOutput.encodeName("user_name");

  private static final byte[] NICKNAME = JsonOutput.encodeName("nickname");

  private static final byte[] LEGS = JsonOutput.encodeName("legs");

  private static final byte[] WEIGHT = JsonOutput.encodeName("weight");

  private static final byte[] HEIGHT = JsonOutput.encodeName("height");

  private static final byte[] TAME = JsonOutput.encodeName("tame");

  private static final byte[] GRADE = JsonOutput.encodeName("grade");

  private static final byte[] RATIO = JsonOutput.encodeName("ratio");

  private static final byte[] RANK = JsonOutput.encodeName("rank");

  private static final byte[] FLAGS = JsonOutput.encodeName("flags");

  private static final byte[] BOXED = JsonOutput.encodeName("boxed");

  private static final byte[] MAYBE_BOXED = JsonOutput.encodeName("maybeBoxed");

  private static final byte[] COLOR = JsonOutput.encodeName("color");

  private static final byte[] MAYBE_COLOR = JsonOutput.encodeName("maybeColor");

  private static final byte[] TAGS = JsonOutput.encodeName("tags");

  private static final byte[] COLORS = JsonOutput.encodeName("colors");

  private static final byte[] KEEPERS = JsonOutput.encodeName("keepers");

  private static final byte[] GROUPS = JsonOutput.encodeName("groups");

  private static final byte[] NOTE = JsonOutput.encodeName("note");

  private static final byte[] CHIEF = JsonOutput.encodeName("chief");

  private static final byte[] ALIASES = JsonOutput.encodeName("aliases");

  private static final byte[] SCORES = JsonOutput.encodeName("scores");

  private static final byte[] GRID = JsonOutput.encodeName("grid");

  private static final byte[] KEEPER = JsonOutput.encodeName("keeper");

  private static final byte[] BACKUP = JsonOutput.encodeName("backup");

  private AnimalsJsonCodec() {
  }

  @Override
  public Animals read(JsonInput in) {
    String name = null;
    String userName = null;
    String nickname = null;
    int legs = 0;
    boolean legsFound = false;
    long weight = 0L;
    boolean weightFound = false;
    double height = 0.0;
    boolean heightFound = false;
    boolean tame = false;
    boolean tameFound = false;
    char grade = '\0';
    boolean gradeFound = false;
    float ratio = 0f;
    boolean ratioFound = false;
    short rank = (short) 0;
    boolean rankFound = false;
    byte flags = (byte) 0;
    boolean flagsFound = false;
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
    in.beginObject();
    while (in.hasNext()) {
      switch (in.selectName(NAMES)) {
        case 0 -> name = in.nextString();
        case 1 -> userName = in.nextString();
        case 2 -> nickname = in.nextNull() ? null : in.nextString();
        case 3 -> {
          legs = in.nextInt();
          legsFound = true;
        }
        case 4 -> {
          weight = in.nextLong();
          weightFound = true;
        }
        case 5 -> {
          height = in.nextDouble();
          heightFound = true;
        }
        case 6 -> {
          tame = in.nextBoolean();
          tameFound = true;
        }
        case 7 -> {
          grade = in.nextChar();
          gradeFound = true;
        }
        case 8 -> {
          ratio = in.nextFloat();
          ratioFound = true;
        }
        case 9 -> {
          rank = in.nextShort();
          rankFound = true;
        }
        case 10 -> {
          flags = in.nextByte();
          flagsFound = true;
        }
        case 11 -> boxed = in.nextInt();
        case 12 -> maybeBoxed = in.nextNull() ? null : in.nextLong();
        case 13 -> color = ColorJsonCodec.INSTANCE.read(in);
        case 14 -> maybeColor = in.nextNull() ? null : ColorJsonCodec.INSTANCE.read(in);
        case 15 -> tags = readListOfString(in);
        case 16 -> colors = readSetOfColor(in);
        case 17 -> keepers = readCollectionOfKeeper(in);
        case 18 -> groups = readMapOfListOfInteger(in);
        case 19 -> note = in.nextNull() ? Optional.empty() : Optional.of(in.nextString());
        case 20 -> chief = in.nextNull() ? Optional.empty() : Optional.of(KeeperJsonCodec.INSTANCE.read(in));
        case 21 -> aliases = readStringArray(in);
        case 22 -> scores = readIntArray(in);
        case 23 -> grid = readKeeperArrayArray(in);
        case 24 -> keeper = KeeperJsonCodec.INSTANCE.read(in);
        case 25 -> backup = in.nextNull() ? null : KeeperJsonCodec.INSTANCE.read(in);
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (name == null || userName == null || !legsFound || !weightFound || !heightFound ||
        !tameFound || !gradeFound || !ratioFound || !rankFound || !flagsFound || boxed == null ||
        color == null || tags == null || colors == null || keepers == null || groups == null ||
        aliases == null || scores == null || grid == null || keeper == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Animals(name, userName, nickname, legs, weight, height, tame, grade, ratio, rank,
        flags, boxed, maybeBoxed, color, maybeColor, tags, colors, keepers, groups, note, chief,
        aliases, scores, grid, keeper, backup);
  }

  @Override
  public void write(JsonOutput out, Animals value) {
    out.beginObject();
    writeMembers(out, value);
    out.endObject();
  }

  /**
   * Writes the members of {@code value} without the braces around them: a sealed
   * interface's codec writes its discriminator before them.
   */
  public void writeMembers(JsonOutput out, Animals value) {
    String nameValue = value.name();
    if (nameValue != null) {
      out.name(NAME);
      out.value(nameValue);
    }
    String userNameValue = value.userName();
    if (userNameValue != null) {
      out.name(USER_NAME);
      out.value(userNameValue);
    }
    String nicknameValue = value.nickname();
    if (nicknameValue != null) {
      out.name(NICKNAME);
      out.value(nicknameValue);
    }
    out.name(LEGS);
    out.value(value.legs());
    out.name(WEIGHT);
    out.value(value.weight());
    out.name(HEIGHT);
    out.value(value.height());
    out.name(TAME);
    out.value(value.tame());
    out.name(GRADE);
    out.value(value.grade());
    out.name(RATIO);
    out.value(value.ratio());
    out.name(RANK);
    out.value(value.rank());
    out.name(FLAGS);
    out.value(value.flags());
    Integer boxedValue = value.boxed();
    if (boxedValue != null) {
      out.name(BOXED);
      out.value(boxedValue);
    }
    Long maybeBoxedValue = value.maybeBoxed();
    if (maybeBoxedValue != null) {
      out.name(MAYBE_BOXED);
      out.value(maybeBoxedValue);
    }
    Color colorValue = value.color();
    if (colorValue != null) {
      out.name(COLOR);
      ColorJsonCodec.INSTANCE.write(out, colorValue);
    }
    Color maybeColorValue = value.maybeColor();
    if (maybeColorValue != null) {
      out.name(MAYBE_COLOR);
      ColorJsonCodec.INSTANCE.write(out, maybeColorValue);
    }
    List<String> tagsValue = value.tags();
    if (tagsValue != null) {
      out.name(TAGS);
      writeListOfString(out, tagsValue);
    }
    Set<Color> colorsValue = value.colors();
    if (colorsValue != null) {
      out.name(COLORS);
      writeSetOfColor(out, colorsValue);
    }
    Collection<Keeper> keepersValue = value.keepers();
    if (keepersValue != null) {
      out.name(KEEPERS);
      writeCollectionOfKeeper(out, keepersValue);
    }
    Map<String, List<Integer>> groupsValue = value.groups();
    if (groupsValue != null) {
      out.name(GROUPS);
      writeMapOfListOfInteger(out, groupsValue);
    }
    Optional<String> noteValue = value.note();
    if (noteValue != null && noteValue.isPresent()) {
      out.name(NOTE);
      out.value(noteValue.get());
    }
    Optional<Keeper> chiefValue = value.chief();
    if (chiefValue != null && chiefValue.isPresent()) {
      out.name(CHIEF);
      KeeperJsonCodec.INSTANCE.write(out, chiefValue.get());
    }
    String[] aliasesValue = value.aliases();
    if (aliasesValue != null) {
      out.name(ALIASES);
      writeStringArray(out, aliasesValue);
    }
    int[] scoresValue = value.scores();
    if (scoresValue != null) {
      out.name(SCORES);
      writeIntArray(out, scoresValue);
    }
    Keeper[][] gridValue = value.grid();
    if (gridValue != null) {
      out.name(GRID);
      writeKeeperArrayArray(out, gridValue);
    }
    Keeper keeperValue = value.keeper();
    if (keeperValue != null) {
      out.name(KEEPER);
      KeeperJsonCodec.INSTANCE.write(out, keeperValue);
    }
    Keeper backupValue = value.backup();
    if (backupValue != null) {
      out.name(BACKUP);
      KeeperJsonCodec.INSTANCE.write(out, backupValue);
    }
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

  private Set<Color> readSetOfColor(JsonInput in) {
    Set<Color> result = new LinkedHashSet<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : ColorJsonCodec.INSTANCE.read(in));
    }
    in.endArray();
    return result;
  }

  private Collection<Keeper> readCollectionOfKeeper(JsonInput in) {
    Collection<Keeper> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : KeeperJsonCodec.INSTANCE.read(in));
    }
    in.endArray();
    return result;
  }

  private List<Integer> readListOfInteger(JsonInput in) {
    List<Integer> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : in.nextInt());
    }
    in.endArray();
    return result;
  }

  private Map<String, List<Integer>> readMapOfListOfInteger(JsonInput in) {
    Map<String, List<Integer>> result = new LinkedHashMap<>();
    in.beginObject();
    while (in.hasNext()) {
      if (result.put(in.name(), in.nextNull() ? null : readListOfInteger(in)) != null) {
        throw JsonInput.miss();
      }
    }
    in.endObject();
    return result;
  }

  private String[] readStringArray(JsonInput in) {
    return readListOfString(in).toArray(String[]::new);
  }

  private int[] readIntArray(JsonInput in) {
    int[] result = new int[8];
    int size = 0;
    in.beginArray();
    while (in.hasNext()) {
      if (size == result.length) {
        result = Arrays.copyOf(result, size * 2);
      }
      result[size++] = in.nextInt();
    }
    in.endArray();
    return Arrays.copyOf(result, size);
  }

  private List<Keeper> readListOfKeeper(JsonInput in) {
    List<Keeper> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : KeeperJsonCodec.INSTANCE.read(in));
    }
    in.endArray();
    return result;
  }

  private Keeper[] readKeeperArray(JsonInput in) {
    return readListOfKeeper(in).toArray(Keeper[]::new);
  }

  private List<Keeper[]> readListOfKeeperArray(JsonInput in) {
    List<Keeper[]> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : readKeeperArray(in));
    }
    in.endArray();
    return result;
  }

  private Keeper[][] readKeeperArrayArray(JsonInput in) {
    return readListOfKeeperArray(in).toArray(Keeper[][]::new);
  }

  private void writeListOfString(JsonOutput out, List<String> value) {
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

  private void writeSetOfColor(JsonOutput out, Set<Color> value) {
    out.beginArray();
    for (Color element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        ColorJsonCodec.INSTANCE.write(out, element);
      }
    }
    out.endArray();
  }

  private void writeCollectionOfKeeper(JsonOutput out, Collection<Keeper> value) {
    out.beginArray();
    for (Keeper element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        KeeperJsonCodec.INSTANCE.write(out, element);
      }
    }
    out.endArray();
  }

  private void writeListOfInteger(JsonOutput out, List<Integer> value) {
    out.beginArray();
    for (Integer element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        out.value(element);
      }
    }
    out.endArray();
  }

  private void writeMapOfListOfInteger(JsonOutput out, Map<String, List<Integer>> value) {
    out.beginObject();
    for (Map.Entry<String, List<Integer>> entry : value.entrySet()) {
      // A null member is left out, as Moshi leaves it out
      if (entry.getValue() != null) {
        out.name(entry.getKey());
        writeListOfInteger(out, entry.getValue());
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

  private void writeIntArray(JsonOutput out, int[] value) {
    out.beginArray();
    for (int element : value) {
      out.value(element);
    }
    out.endArray();
  }

  private void writeKeeperArray(JsonOutput out, Keeper[] value) {
    out.beginArray();
    for (Keeper element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        KeeperJsonCodec.INSTANCE.write(out, element);
      }
    }
    out.endArray();
  }

  private void writeKeeperArrayArray(JsonOutput out, Keeper[][] value) {
    out.beginArray();
    for (Keeper[] element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        writeKeeperArray(out, element);
      }
    }
    out.endArray();
  }
}
