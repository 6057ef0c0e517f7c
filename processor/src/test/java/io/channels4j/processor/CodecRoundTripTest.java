package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;
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
          + "\"keeper\":{\"name\":\"dan\",\"age\":40},\"backup\":{\"name\":\"eve\",\"age\":20}}";

  /** ANIMALS with only its required members. */
  static final String REQUIRED_ONLY =
      "{\"name\":\"rex\",\"user_name\":\"mike\",\"legs\":4,\"weight\":30,"
          + "\"height\":0.5,\"tame\":true,\"grade\":\"A\",\"ratio\":1.5,\"rank\":2,\"flags\":7,"
          + "\"boxed\":9,\"color\":\"red\",\"tags\":[],\"colors\":[],\"keepers\":[],"
          + "\"groups\":{},\"aliases\":[],\"scores\":[],\"grid\":[],"
          + "\"keeper\":{\"name\":\"dan\",\"age\":40}}";

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
