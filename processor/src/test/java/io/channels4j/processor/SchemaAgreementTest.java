package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.processor.writing.AsyncApiWriter;
import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The AsyncAPI document and the generated codecs agree on each type's JSON: what the server's codec
 * writes for random valid values validates against the type's schema in {@code components.schemas},
 * and the codec reads it back to a value it writes alike.
 */
class SchemaAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PREFIX = "com.example.";

  /** Values per type; each type has a seed of its own, so a failure repeats alone. */
  private static final int VALUES = 200;

  private static CompiledClasses classes;
  private static JsonNode document;
  private static Moshi moshi;

  @BeforeAll
  static void compile() throws IOException {
    // The golden inputs with a @Nullable kept at run time, for RandomValues to see.
    List<String> paths = new ArrayList<>(Inputs.GOOD);
    paths.set(paths.indexOf("good/com/example/Nullable.java"), "schema/com/example/Nullable.java");
    classes = CompiledClasses.compile(paths);
    try (InputStream text = classes.getResourceAsStream(AsyncApiWriter.RESOURCE);
        InputStream golden =
            SchemaAgreementTest.class.getResourceAsStream("/expected/" + AsyncApiWriter.RESOURCE)) {
      document = JSON.readTree(text);
      // The stand-in changes nothing the processor writes: this is the golden document.
      assertThat(document).isEqualTo(JSON.readTree(golden));
    }
    Moshi.Builder builder = new Moshi.Builder();
    document
        .path("channels")
        .fieldNames()
        .forEachRemaining(
            channel ->
                builder.add(
                    (JsonAdapter.Factory) classes.newInstance(channel + "JsonAdapterFactory")));
    moshi = builder.build();
  }

  @TestFactory
  Stream<DynamicTest> whatEachCodecWritesValidatesAgainstItsSchema() {
    List<String> names = new ArrayList<>();
    document.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
    assertThat(names).isNotEmpty();
    return names.stream()
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> disagreement(document, name, seed(name)).ifPresent(Assertions::fail)));
  }

  @Test
  void aPropertyOfTheWrongTypeIsCaught() {
    ObjectNode broken = document.deepCopy();
    ((ObjectNode) schemas(broken).path(PREFIX + "Animals").path("properties").path("legs"))
        .put("type", "string");
    assertThat(disagreement(broken, PREFIX + "Animals", seed(PREFIX + "Animals")).orElseThrow())
        .contains("legs");
  }

  @Test
  void aRequiredMemberTheCodecLeavesOutIsCaught() {
    ObjectNode broken = document.deepCopy();
    // Zoo.Event's detail is @Nullable: the codec leaves it out when it is null.
    ((ArrayNode) schemas(broken).path(PREFIX + "Zoo.Event").path("required")).add("detail");
    assertThat(disagreement(broken, PREFIX + "Zoo.Event", seed(PREFIX + "Zoo.Event")).orElseThrow())
        .contains("detail");
  }

  private static JsonNode schemas(JsonNode document) {
    return document.path("components").path("schemas");
  }

  private static long seed(String name) {
    return name.hashCode() * 0x9E3779B97F4A7C15L;
  }

  /**
   * The first of {@link #VALUES} random values of the type {@code name} on which the codec and the
   * schema of that name in {@code document} disagree, described, or empty if there is none.
   */
  private static Optional<String> disagreement(JsonNode document, String name, long seed) {
    String type = name.substring(PREFIX.length());
    Class<?> javaType = classes.example(type.replace('.', '$'));
    JsonCodec<Object> codec = classes.jsonCodec(type.replace('.', '_'));
    Schema schema = schemaOf(document, name);
    JsonAdapter<Object> adapter = moshi.adapter((java.lang.reflect.Type) javaType);
    RandomValues values =
        new RandomValues(new Random(seed))
            // Money's codec reads only a currency of three capital letters back.
            .with(
                classes.example("Money"),
                random ->
                    moneyOf(
                        random.nextLong(), List.of("EUR", "USD", "JPY").get(random.nextInt(3))));
    for (int i = 0; i < VALUES; i++) {
      String json = CompiledClasses.written(codec, values.of(javaType));
      List<String> errors =
          schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
      String where = name + ", seed " + seed + ", value " + i + ":\n  " + json + "\n";
      if (!errors.isEmpty()) {
        return Optional.of(where + "  the schema refuses it: " + errors);
      }
      String again;
      try {
        again = CompiledClasses.written(codec, readBack(codec, adapter, json));
      } catch (IOException | RuntimeException e) {
        return Optional.of(where + "  it is not read back: " + e);
      }
      if (!again.equals(json)) {
        return Optional.of(where + "  the codec reads it back as\n  " + again);
      }
    }
    return Optional.empty();
  }

  /**
   * What the server reads from {@code json}: the codec's value, or the adapter's where the codec
   * leaves the input to it, as it does a member name with an escape, such as a map key "\r".
   */
  private static Object readBack(JsonCodec<Object> codec, JsonAdapter<Object> adapter, String json)
      throws IOException {
    try {
      return CompiledClasses.readWhole(codec, json);
    } catch (JsonInput.Miss miss) {
      return adapter.fromJson(json);
    }
  }

  private static Object moneyOf(long cents, String currency) {
    try {
      var constructor = classes.example("Money").getDeclaredConstructor(long.class, String.class);
      constructor.setAccessible(true);
      return constructor.newInstance(cents, currency);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The schema {@code name} of {@code document}, its references resolved within it. */
  private static Schema schemaOf(JsonNode document, String name) {
    ObjectNode schema = document.deepCopy();
    schema.put("$ref", "#/components/schemas/" + name);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
  }
}
