package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated adapters: compiles the good inputs in-process, loads the classes and
 * round-trips JSON through the adapters the generated factories hand to a plain {@code Moshi}.
 */
class CodecRoundTripTest {
  private static CompiledClasses classes;
  private static Moshi moshi;

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    classes = CompiledClasses.compileGood();
    moshi =
        new Moshi.Builder()
            .add((JsonAdapter.Factory) classes.newInstance("ZooJsonAdapterFactory"))
            .add((JsonAdapter.Factory) classes.newInstance("GroupChatJsonAdapterFactory"))
            .add((JsonAdapter.Factory) classes.newInstance("Rooms_ChatJsonAdapterFactory"))
            .build();
  }

  @SuppressWarnings("unchecked")
  private static JsonAdapter<Object> adapter(String binaryName) {
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) moshi.adapter(classes.example(binaryName));
    // The factory's adapter is the generated one, never Moshi's reflective ClassJsonAdapter.
    assertThat(adapter.toString()).contains("GeneratedJsonAdapter(");
    return adapter;
  }

  private static Object call(Object target, String accessor) throws ReflectiveOperationException {
    Method method = target.getClass().getDeclaredMethod(accessor);
    method.setAccessible(true);
    return method.invoke(target);
  }

  private static String rewrite(String adapter, String json) throws IOException {
    JsonAdapter<Object> codec = adapter(adapter);
    return codec.toJson(codec.fromJson(json));
  }

  static final String ANIMALS =
      "{\"name\":\"rex\",\"user_name\":\"mike\",\"nickname\":\"r\",\"legs\":4,\"weight\":30,"
          + "\"height\":0.5,\"tame\":true,\"grade\":\"A\",\"ratio\":1.5,\"rank\":2,\"flags\":7,"
          + "\"boxed\":9,\"maybeBoxed\":10,\"color\":\"red\",\"maybeColor\":\"dark-blue\","
          + "\"tags\":[\"a\",\"b\"],\"colors\":[\"GREEN\",\"red\"],"
          + "\"keepers\":[{\"name\":\"ann\",\"age\":30}],\"groups\":{\"x\":[1,2],\"y\":[]},"
          + "\"note\":\"hi\",\"chief\":{\"name\":\"bo\",\"age\":50},\"aliases\":[\"r1\",\"r2\"],"
          + "\"scores\":[1,2,3],\"grid\":[[{\"name\":\"c\",\"age\":1}],[]],"
          + "\"keeper\":{\"name\":\"dan\",\"age\":40},\"backup\":{\"name\":\"eve\",\"age\":20},"
          + "\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"seen\":\"2026-12-02T10:15:30.123Z\",\"fed\":\"2026-12-02T10:15+01:00\","
          + "\"born\":\"2020-02-29\",\"checkup\":\"2026-12-02T09:00\","
          + "\"feedings\":[\"08:00\",\"18:30:15\"],\"nap\":\"PT1H30M\",\"price\":12.50,"
          + "\"serial\":123456789012345678901234567890,\"costs\":{\"food\":1E+3,\"vet\":-0.5},"
          + "\"photo\":\"https://zoo.example/rex.png?size=2#top\","
          + "\"links\":[\"mailto:keeper@zoo.example\",\"urn:isbn:0451450523\"],"
          + "\"chip\":\"AAEC/w==\",\"scans\":[\"\",\"Zm9vYg==\"]}";

  /** ANIMALS with only its required members. */
  static final String REQUIRED_ONLY =
      "{\"name\":\"rex\",\"user_name\":\"mike\",\"legs\":4,\"weight\":30,"
          + "\"height\":0.5,\"tame\":true,\"grade\":\"A\",\"ratio\":1.5,\"rank\":2,\"flags\":7,"
          + "\"boxed\":9,\"color\":\"red\",\"tags\":[],\"colors\":[],\"keepers\":[],"
          + "\"groups\":{},\"aliases\":[],\"scores\":[],\"grid\":[],"
          + "\"keeper\":{\"name\":\"dan\",\"age\":40},"
          + "\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\",\"born\":\"2020-02-29\","
          + "\"feedings\":[],\"price\":0,\"costs\":{},\"links\":[],\"chip\":\"\",\"scans\":[]}";

  @Test
  void everyShapeRoundTrips() throws IOException {
    assertThat(rewrite("Animals", ANIMALS)).isEqualTo(ANIMALS);
  }

  @Test
  void actionRequestIdAndUnknownMembersAreSkippedAnywhere() throws IOException {
    String noisy =
        "{\"action\":\"animals\",\"extra\":{\"deep\":[1,{\"x\":null}]},"
            + ANIMALS.substring(1, ANIMALS.indexOf("\"legs\""))
            + "\"request_id\":7,"
            + ANIMALS.substring(ANIMALS.indexOf("\"legs\""), ANIMALS.length() - 1)
            + ",\"unknown\":true,\"action\":\"again\"}";
    assertThat(rewrite("Animals", noisy)).isEqualTo(ANIMALS);
  }

  @Test
  void nullableAndOptionalMembersMayBeMissingOrNull() throws Exception {
    assertThat(rewrite("Animals", REQUIRED_ONLY)).isEqualTo(REQUIRED_ONLY);
    Object animals = adapter("Animals").fromJson(REQUIRED_ONLY);
    assertThat(call(animals, "nickname")).isNull();
    assertThat(call(animals, "note")).isEqualTo(Optional.empty());
    assertThat(call(animals, "chief")).isEqualTo(Optional.empty());

    String withNulls =
        REQUIRED_ONLY.replace("{\"name\"", "{\"nickname\":null,\"note\":null,\"name\"");
    Object nulls = adapter("Animals").fromJson(withNulls);
    assertThat(call(nulls, "nickname")).isNull();
    assertThat(call(nulls, "note")).isEqualTo(Optional.empty());
  }

  @Test
  void renamedMemberUsesItsJsonName() throws Exception {
    Object animals = adapter("Animals").fromJson(ANIMALS);
    assertThat(call(animals, "userName")).isEqualTo("mike");
    assertThat(adapter("Animals").toJson(animals)).contains("\"user_name\":\"mike\"");
    assertThat(adapter("Animals").toJson(animals)).doesNotContain("userName");
  }

  @Test
  void missingRequiredMemberNamesItAndThePath() {
    JsonDataException e =
        assertThrows(
            JsonDataException.class,
            () -> adapter("Animals").fromJson(REQUIRED_ONLY.replace("\"name\":\"rex\",", "")));
    assertThat(e).hasMessageThat().isEqualTo("Required value 'name' missing at $");

    JsonDataException renamed =
        assertThrows(
            JsonDataException.class,
            () ->
                adapter("Animals").fromJson(REQUIRED_ONLY.replace("\"user_name\":\"mike\",", "")));
    assertThat(renamed)
        .hasMessageThat()
        .isEqualTo("Required value 'userName' (JSON name 'user_name') missing at $");

    JsonDataException primitive =
        assertThrows(
            JsonDataException.class,
            () -> adapter("Animals").fromJson(REQUIRED_ONLY.replace("\"legs\":4,", "")));
    assertThat(primitive).hasMessageThat().isEqualTo("Required value 'legs' missing at $");
  }

  @Test
  void wrongJsonTypeNamesThePath() {
    JsonDataException e =
        assertThrows(
            JsonDataException.class,
            () -> adapter("ChatMessage").fromJson("{\"user\":true,\"message\":\"hi\"}"));
    assertThat(e).hasMessageThat().isEqualTo("Expected a string but was BOOLEAN at path $.user");
    // As in Moshi's own adapters, a JSON number is accepted where a string is expected.
    JsonDataException array =
        assertThrows(
            JsonDataException.class,
            () -> adapter("ChatMessage").fromJson("{\"user\":[5],\"message\":\"hi\"}"));
    assertThat(array)
        .hasMessageThat()
        .isEqualTo("Expected a string but was BEGIN_ARRAY at path $.user");

    JsonDataException nested =
        assertThrows(
            JsonDataException.class,
            () ->
                adapter("Animals")
                    .fromJson(REQUIRED_ONLY.replace("\"age\":40", "\"age\":\"forty\"")));
    assertThat(nested)
        .hasMessageThat()
        .isEqualTo("Expected an int but was forty at path $.keeper.age");
  }

  @Test
  void nullIntoNonNullOrPrimitiveNamesThePath() {
    JsonDataException nonNull =
        assertThrows(
            JsonDataException.class,
            () -> adapter("ChatMessage").fromJson("{\"user\":null,\"message\":\"hi\"}"));
    assertThat(nonNull).hasMessageThat().isEqualTo("Non-null value 'user' was null at $.user");

    JsonDataException primitive =
        assertThrows(
            JsonDataException.class,
            () ->
                adapter("Animals").fromJson(REQUIRED_ONLY.replace("\"legs\":4", "\"legs\":null")));
    assertThat(primitive).hasMessageThat().isEqualTo("Expected an int but was NULL at path $.legs");
  }

  @Test
  void jdkTypesHeldAsTextReadAsTheirValues() throws Exception {
    Object animals = adapter("Animals").fromJson(ANIMALS);
    assertThat(call(animals, "id"))
        .isEqualTo(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));
    assertThat(call(animals, "seen")).isEqualTo(Instant.parse("2026-12-02T10:15:30.123Z"));
    assertThat(call(animals, "fed"))
        .isEqualTo(Optional.of(OffsetDateTime.parse("2026-12-02T10:15+01:00")));
    assertThat(call(animals, "born")).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(call(animals, "checkup")).isEqualTo(LocalDateTime.of(2026, 12, 2, 9, 0));
    assertThat(call(animals, "feedings"))
        .isEqualTo(List.of(LocalTime.of(8, 0), LocalTime.of(18, 30, 15)));
    assertThat(call(animals, "nap")).isEqualTo(Duration.ofMinutes(90));
    assertThat(call(animals, "price")).isEqualTo(new BigDecimal("12.50"));
    assertThat(call(animals, "serial")).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(call(animals, "costs"))
        .isEqualTo(Map.of("food", new BigDecimal("1E+3"), "vet", new BigDecimal("-0.5")));
    assertThat(call(animals, "photo"))
        .isEqualTo(URI.create("https://zoo.example/rex.png?size=2#top"));
    assertThat((Object[]) call(animals, "links"))
        .asList()
        .containsExactly(URI.create("mailto:keeper@zoo.example"), URI.create("urn:isbn:0451450523"))
        .inOrder();
    assertThat((byte[]) call(animals, "chip")).isEqualTo(new byte[] {0, 1, 2, -1});
    @SuppressWarnings("unchecked")
    List<byte[]> scans = (List<byte[]>) call(animals, "scans");
    assertThat(scans.get(0)).isEmpty();
    assertThat(scans.get(1)).isEqualTo("foob".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void jdkTypesHeldAsTextMayBeNullOnlyWhereNullable() throws Exception {
    String nulls =
        REQUIRED_ONLY.replace(
            "{\"name\"", "{\"seen\":null,\"fed\":null,\"serial\":null,\"photo\":null,\"name\"");
    Object animals = adapter("Animals").fromJson(nulls);
    assertThat(call(animals, "seen")).isNull();
    assertThat(call(animals, "fed")).isEqualTo(Optional.empty());
    assertThat(adapter("Animals").toJson(animals)).isEqualTo(REQUIRED_ONLY);
    for (String member : List.of("id", "price", "chip")) {
      String json = withMember("\"" + member + "\":null");
      JsonDataException e =
          assertThrows(JsonDataException.class, () -> adapter("Animals").fromJson(json));
      assertThat(e)
          .hasMessageThat()
          .isEqualTo("Non-null value '" + member + "' was null at $." + member);
    }
  }

  /** A replacement in REQUIRED_ONLY, and Moshi's message for it. */
  static final Map<String, String> UNREADABLE_TEXTS =
      Map.of(
          "\"id\":5",
          "Expected a UUID but was NUMBER at path $.id",
          "\"id\":\"not-a-uuid\"",
          "Expected a UUID but was not-a-uuid at path $.id",
          "\"born\":\"2021-02-29\"",
          "Expected a LocalDate but was 2021-02-29 at path $.born",
          "\"price\":\"12.5\"",
          "Expected a BigDecimal but was STRING at path $.price",
          "\"price\":1e99999999999",
          "Expected a BigDecimal but was 1e99999999999 at path $.price",
          "\"costs\":{\"x\":1,\"y\":true}",
          "Expected a BigDecimal but was BOOLEAN at path $.costs.y",
          "\"links\":[\"a b\"]",
          "Expected a URI but was a b at path $.links[0]",
          "\"feedings\":[\"08:00\",\"25:00\"]",
          "Expected a LocalTime but was 25:00 at path $.feedings[1]",
          "\"chip\":\"AAE*\"",
          "Expected a base64 string but was AAE* at path $.chip",
          "\"chip\":[0,1]",
          "Expected a base64 string but was BEGIN_ARRAY at path $.chip");

  /** REQUIRED_ONLY with its member named like {@code replacement}'s replaced by it. */
  static String withMember(String replacement) {
    String name = replacement.substring(0, replacement.indexOf(':') + 1);
    String json =
        REQUIRED_ONLY.replaceFirst(
            Pattern.quote(name) + "(\\[[^\\]]*\\]|\\{[^}]*\\}|[^,}]*)",
            Matcher.quoteReplacement(replacement));
    assertThat(json).contains(replacement);
    return json;
  }

  @Test
  void jdkTypesHeldAsTextRefuseOtherTokensAndUnparsableTextWithThePath() {
    UNREADABLE_TEXTS.forEach(
        (replacement, message) -> {
          JsonDataException e =
              assertThrows(
                  JsonDataException.class,
                  () -> adapter("Animals").fromJson(withMember(replacement)));
          assertWithMessage(replacement).that(e).hasMessageThat().isEqualTo(message);
        });
  }

  @Test
  void enumsUseTheirJsonNames() throws IOException {
    JsonAdapter<Object> color = adapter("Color");
    Object blue = color.fromJson("\"dark-blue\"");
    assertThat(blue.toString()).isEqualTo("BLUE");
    assertThat(color.toJson(blue)).isEqualTo("\"dark-blue\"");
    assertThat(color.fromJson("null")).isNull();
    JsonDataException e = assertThrows(JsonDataException.class, () -> color.fromJson("\"BLUE\""));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("Expected one of [red, GREEN, dark-blue] but was BLUE at path $");
    // Like Moshi's own adapters, a number reads as its string, so only other types fail as such.
    JsonDataException number = assertThrows(JsonDataException.class, () -> color.fromJson("1"));
    assertThat(number)
        .hasMessageThat()
        .isEqualTo("Expected one of [red, GREEN, dark-blue] but was 1 at path $");
    JsonDataException notString =
        assertThrows(JsonDataException.class, () -> color.fromJson("true"));
    assertThat(notString).hasMessageThat().isEqualTo("Expected a string but was BOOLEAN at path $");
  }

  @Test
  void classesBuiltWithConstructorOrSettersOrFields() throws Exception {
    assertThat(rewrite("Keeper", "{\"age\":3,\"name\":\"kim\"}"))
        .isEqualTo("{\"name\":\"kim\",\"age\":3}");
    assertThat(rewrite("Bean", "{\"title\":\"t\",\"active\":true,\"labels\":[\"x\"]}"))
        .isEqualTo("{\"title\":\"t\",\"active\":true,\"labels\":[\"x\"]}");
    // A missing nullable member keeps what the constructor gave it; nulls are omitted on write.
    assertThat(rewrite("Bean", "{\"title\":\"t\",\"active\":false}"))
        .isEqualTo("{\"title\":\"t\",\"active\":false}");

    Object holder =
        adapter("Holder")
            .fromJson(
                "{\"label\":\"l\",\"secret\":\"stolen\",\"bean\":{\"title\":\"b\",\"active\":true}}");
    java.lang.reflect.Field secret = holder.getClass().getField("secret");
    secret.setAccessible(true);
    assertThat(secret.get(holder)).isEqualTo("kept");
    assertThat(adapter("Holder").toJson(holder))
        .isEqualTo("{\"label\":\"l\",\"bean\":{\"title\":\"b\",\"active\":true}}");
    String clashing =
        "{\"label\":\"l\",\"reader\":\"r\",\"result\":\"x\",\"bean\":{\"title\":\"b\",\"active\":true}}";
    assertThat(rewrite("Holder", clashing)).isEqualTo(clashing);
  }

  @Test
  void recursiveTypes() throws IOException {
    String tree =
        "{\"name\":\"root\",\"children\":[{\"name\":\"a\",\"children\":[]},"
            + "{\"name\":\"b\",\"children\":[{\"name\":\"c\",\"children\":[]}]}]}";
    assertThat(rewrite("Node", tree)).isEqualTo(tree);
  }

  @Test
  void mutuallyRecursiveTypes() throws Exception {
    String family =
        "{\"name\":\"p\",\"kids\":[{\"name\":\"c\",\"parent\":{\"name\":\"q\",\"kids\":[]}}]}";
    assertThat(rewrite("Parent", family)).isEqualTo(family);
    // The generated adapters break the cycle themselves: no factory, so no reflective fallback.
    @SuppressWarnings("unchecked")
    JsonAdapter<Object> direct =
        (JsonAdapter<Object>)
            classes
                .example("ParentJsonAdapter")
                .getConstructor(Moshi.class)
                .newInstance(new Moshi.Builder().build());
    assertThat(direct.toJson(direct.fromJson(family))).isEqualTo(family);
    assertThat(rewrite("Child", "{\"name\":\"c\"}")).isEqualTo("{\"name\":\"c\"}");
  }

  @Test
  void nestedTypesAndMessages() throws IOException {
    assertThat(rewrite("Rooms$Line", "{\"at\":5,\"text\":\"hi\"}"))
        .isEqualTo("{\"text\":\"hi\",\"at\":5}");
    assertThat(rewrite("Zoo$Event", "{\"kind\":\"k\"}")).isEqualTo("{\"kind\":\"k\"}");
    assertThat(rewrite("Notice", "{\"text\":\"t\"}")).isEqualTo("{\"text\":\"t\"}");
  }

  @Test
  void containersRejectWrongShapes() {
    JsonDataException e =
        assertThrows(
            JsonDataException.class,
            () ->
                adapter("Animals")
                    .fromJson(REQUIRED_ONLY.replace("\"scores\":[]", "\"scores\":[1,null]")));
    assertThat(e).hasMessageThat().isEqualTo("Expected an int but was NULL at path $.scores[1]");
    JsonDataException map =
        assertThrows(
            JsonDataException.class,
            () ->
                adapter("Animals")
                    .fromJson(REQUIRED_ONLY.replace("\"groups\":{}", "\"groups\":[]")));
    assertThat(map)
        .hasMessageThat()
        .isEqualTo("Expected BEGIN_OBJECT but was BEGIN_ARRAY at path $.groups");
  }

  @Test
  void factoryReturnsNullForOtherTypesAndAnnotatedRequests() {
    JsonAdapter.Factory factory =
        (JsonAdapter.Factory) classes.newInstance("ZooJsonAdapterFactory");
    assertThat(factory.create(String.class, Set.of(), moshi)).isNull();
    assertThat(factory.create(classes.example("Animals"), Set.of(), moshi)).isNotNull();
  }
}
