package com.example;

import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonOutput;
import io.channels4j.runtime.internal.JsonText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
      "grid", "keeper", "backup", "id", "seen", "fed", "born", "checkup", "feedings", "nap",
      "price", "serial", "costs", "photo", "links", "chip", "scans");

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

  private static final byte[] ID = JsonOutput.encodeName("id");

  private static final byte[] SEEN = JsonOutput.encodeName("seen");

  private static final byte[] FED = JsonOutput.encodeName("fed");

  private static final byte[] BORN = JsonOutput.encodeName("born");

  private static final byte[] CHECKUP = JsonOutput.encodeName("checkup");

  private static final byte[] FEEDINGS = JsonOutput.encodeName("feedings");

  private static final byte[] NAP = JsonOutput.encodeName("nap");

  private static final byte[] PRICE = JsonOutput.encodeName("price");

  private static final byte[] SERIAL = JsonOutput.encodeName("serial");

  private static final byte[] COSTS = JsonOutput.encodeName("costs");

  private static final byte[] PHOTO = JsonOutput.encodeName("photo");

  private static final byte[] LINKS = JsonOutput.encodeName("links");

  private static final byte[] CHIP = JsonOutput.encodeName("chip");

  private static final byte[] SCANS = JsonOutput.encodeName("scans");

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
        case 26 -> id = JsonText.UUID.read(in);
        case 27 -> seen = in.nextNull() ? null : JsonText.INSTANT.read(in);
        case 28 -> fed = in.nextNull() ? Optional.empty() : Optional.of(JsonText.OFFSET_DATE_TIME.read(in));
        case 29 -> born = JsonText.LOCAL_DATE.read(in);
        case 30 -> checkup = in.nextNull() ? null : JsonText.LOCAL_DATE_TIME.read(in);
        case 31 -> feedings = readListOfLocalTime(in);
        case 32 -> nap = in.nextNull() ? null : JsonText.DURATION.read(in);
        case 33 -> price = JsonText.BIG_DECIMAL.read(in);
        case 34 -> serial = in.nextNull() ? null : JsonText.BIG_INTEGER.read(in);
        case 35 -> costs = readMapOfBigDecimal(in);
        case 36 -> photo = in.nextNull() ? null : JsonText.URI.read(in);
        case 37 -> links = readUriArray(in);
        case 38 -> chip = JsonText.BYTES.read(in);
        case 39 -> scans = readListOfBytes(in);
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (name == null || userName == null || !legsFound || !weightFound || !heightFound ||
        !tameFound || !gradeFound || !ratioFound || !rankFound || !flagsFound || boxed == null ||
        color == null || tags == null || colors == null || keepers == null || groups == null ||
        aliases == null || scores == null || grid == null || keeper == null || id == null ||
        born == null || feedings == null || price == null || costs == null || links == null ||
        chip == null || scans == null) {
      // Moshi names the member that is missing
      throw JsonInput.miss();
    }
    return new Animals(name, userName, nickname, legs, weight, height, tame, grade, ratio, rank,
        flags, boxed, maybeBoxed, color, maybeColor, tags, colors, keepers, groups, note, chief,
        aliases, scores, grid, keeper, backup, id, seen, fed, born, checkup, feedings, nap, price,
        serial, costs, photo, links, chip, scans);
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
    UUID idValue = value.id();
    if (idValue != null) {
      out.name(ID);
      JsonText.UUID.write(out, idValue);
    }
    Instant seenValue = value.seen();
    if (seenValue != null) {
      out.name(SEEN);
      JsonText.INSTANT.write(out, seenValue);
    }
    Optional<OffsetDateTime> fedValue = value.fed();
    if (fedValue != null && fedValue.isPresent()) {
      out.name(FED);
      JsonText.OFFSET_DATE_TIME.write(out, fedValue.get());
    }
    LocalDate bornValue = value.born();
    if (bornValue != null) {
      out.name(BORN);
      JsonText.LOCAL_DATE.write(out, bornValue);
    }
    LocalDateTime checkupValue = value.checkup();
    if (checkupValue != null) {
      out.name(CHECKUP);
      JsonText.LOCAL_DATE_TIME.write(out, checkupValue);
    }
    List<LocalTime> feedingsValue = value.feedings();
    if (feedingsValue != null) {
      out.name(FEEDINGS);
      writeListOfLocalTime(out, feedingsValue);
    }
    Duration napValue = value.nap();
    if (napValue != null) {
      out.name(NAP);
      JsonText.DURATION.write(out, napValue);
    }
    BigDecimal priceValue = value.price();
    if (priceValue != null) {
      out.name(PRICE);
      JsonText.BIG_DECIMAL.write(out, priceValue);
    }
    BigInteger serialValue = value.serial();
    if (serialValue != null) {
      out.name(SERIAL);
      JsonText.BIG_INTEGER.write(out, serialValue);
    }
    Map<String, BigDecimal> costsValue = value.costs();
    if (costsValue != null) {
      out.name(COSTS);
      writeMapOfBigDecimal(out, costsValue);
    }
    URI photoValue = value.photo();
    if (photoValue != null) {
      out.name(PHOTO);
      JsonText.URI.write(out, photoValue);
    }
    URI[] linksValue = value.links();
    if (linksValue != null) {
      out.name(LINKS);
      writeUriArray(out, linksValue);
    }
    byte[] chipValue = value.chip();
    if (chipValue != null) {
      out.name(CHIP);
      JsonText.BYTES.write(out, chipValue);
    }
    List<byte[]> scansValue = value.scans();
    if (scansValue != null) {
      out.name(SCANS);
      writeListOfBytes(out, scansValue);
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

  private List<LocalTime> readListOfLocalTime(JsonInput in) {
    List<LocalTime> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : JsonText.LOCAL_TIME.read(in));
    }
    in.endArray();
    return result;
  }

  private Map<String, BigDecimal> readMapOfBigDecimal(JsonInput in) {
    Map<String, BigDecimal> result = new LinkedHashMap<>();
    in.beginObject();
    while (in.hasNext()) {
      if (result.put(in.name(), in.nextNull() ? null : JsonText.BIG_DECIMAL.read(in)) != null) {
        throw JsonInput.miss();
      }
    }
    in.endObject();
    return result;
  }

  private List<URI> readListOfUri(JsonInput in) {
    List<URI> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : JsonText.URI.read(in));
    }
    in.endArray();
    return result;
  }

  private URI[] readUriArray(JsonInput in) {
    return readListOfUri(in).toArray(URI[]::new);
  }

  private List<byte[]> readListOfBytes(JsonInput in) {
    List<byte[]> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : JsonText.BYTES.read(in));
    }
    in.endArray();
    return result;
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

  private void writeListOfLocalTime(JsonOutput out, List<LocalTime> value) {
    out.beginArray();
    for (LocalTime element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        JsonText.LOCAL_TIME.write(out, element);
      }
    }
    out.endArray();
  }

  private void writeMapOfBigDecimal(JsonOutput out, Map<String, BigDecimal> value) {
    out.beginObject();
    for (Map.Entry<String, BigDecimal> entry : value.entrySet()) {
      // A null member is left out, as Moshi leaves it out
      if (entry.getValue() != null) {
        out.name(entry.getKey());
        JsonText.BIG_DECIMAL.write(out, entry.getValue());
      }
    }
    out.endObject();
  }

  private void writeUriArray(JsonOutput out, URI[] value) {
    out.beginArray();
    for (URI element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        JsonText.URI.write(out, element);
      }
    }
    out.endArray();
  }

  private void writeListOfBytes(JsonOutput out, List<byte[]> value) {
    out.beginArray();
    for (byte[] element : value) {
      if (element == null) {
        out.nullValue();
      } else {
        JsonText.BYTES.write(out, element);
      }
    }
    out.endArray();
  }
}
