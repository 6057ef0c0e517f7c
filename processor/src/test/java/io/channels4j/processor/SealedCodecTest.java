package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonNames;
import io.channels4j.runtime.internal.JsonTextInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sealed interfaces of records through both generated codecs: the discriminator is found wherever
 * it stands and written first; the byte codec reads what the adapter reads, writes its bytes, and
 * misses where the adapter refuses.
 */
class SealedCodecTest {
  private static final long SEED = 20261203L;

  private static CompiledClasses classes;
  private static Moshi moshi;

  @BeforeAll
  static void compile() {
    classes = CompiledClasses.compileGood();
    moshi =
        new Moshi.Builder()
            .add((JsonAdapter.Factory) classes.newInstance("DrawingJsonAdapterFactory"))
            .build();
  }

  @SuppressWarnings("unchecked")
  private static JsonAdapter<Object> adapter(String type) {
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) moshi.adapter(classes.example(type));
    assertThat(adapter.toString()).contains("GeneratedJsonAdapter(");
    return adapter;
  }

  private static JsonCodec<Object> codec(String type) {
    return classes.jsonCodec(type);
  }

  private static Object read(String type, String json) {
    return CompiledClasses.readWhole(codec(type), json);
  }

  private static String write(String type, Object value) {
    return CompiledClasses.written(codec(type), value);
  }

  @Test
  void theDiscriminatorIsWrittenFirstAndFoundAnywhere() throws IOException {
    JsonAdapter<Object> shape = adapter("Shape");
    String circle = "{\"type\":\"circle\",\"radius\":1.5}";
    Object first = shape.fromJson(circle);
    assertThat(first.getClass().getSimpleName()).isEqualTo("Circle");
    assertThat(shape.toJson(first)).isEqualTo(circle);
    assertThat(shape.toJson(shape.fromJson("{\"radius\":1.5,\"type\":\"circle\"}")))
        .isEqualTo(circle);
    assertThat(write("Shape", read("Shape", "{\"radius\":1.5, \"type\" : \"circle\"}")))
        .isEqualTo(circle);
    assertThat(write("Shape", first)).isEqualTo(circle);
  }

  @Test
  void labelsDefaultToTheSimpleNameAndMembersKeepTheirJsonNames() throws IOException {
    String square = "{\"type\":\"Square\",\"side\":2.0,\"color\":\"red\"}";
    assertThat(adapter("Shape").toJson(adapter("Shape").fromJson(square))).isEqualTo(square);
    assertThat(write("Shape", read("Shape", square))).isEqualTo(square);
  }

  @Test
  void sealedTypesNestInRecordsListsAndThemselves() throws IOException {
    String scene =
        "{\"name\":\"s\",\"main\":{\"type\":\"group\",\"shapes\":[{\"type\":\"circle\",\"radius\":1.0},"
            + "{\"type\":\"group\",\"shapes\":[]}]},\"strokes\":[{\"kind\":\"solid\",\"width\":1},"
            + "{\"kind\":\"dashed\",\"width\":2,\"gap\":3}]}";
    JsonAdapter<Object> adapter = adapter("Scene");
    assertThat(adapter.toJson(adapter.fromJson(scene))).isEqualTo(scene);
    assertThat(adapter.toJson(read("Scene", scene))).isEqualTo(scene);
    assertThat(write("Scene", adapter.fromJson(scene))).isEqualTo(scene);
  }

  @Test
  void aPayloadOfASealedTypeIsReadFromTheFrameItself() throws IOException {
    String frame = "{\"radius\":2.5,\"action\":\"draw\",\"request_id\":4,\"type\":\"circle\"}";
    JsonInput in = new JsonTextInput(32);
    assertThat(in.beginFrame(frame.getBytes(StandardCharsets.UTF_8), JsonNames.of("draw")))
        .isEqualTo("draw");
    Object shape = codec("Shape").read(in);
    in.endFrame();
    assertThat(in.requestId()).isEqualTo(4);
    assertThat(write("Shape", shape)).isEqualTo("{\"type\":\"circle\",\"radius\":2.5}");
    assertThat(adapter("Shape").toJson(adapter("Shape").fromJson(frame)))
        .isEqualTo("{\"type\":\"circle\",\"radius\":2.5}");
  }

  @Test
  void anUnknownOrMissingLabelNamesTheKeyAndPath() {
    JsonDataException unknown =
        assertThrows(
            JsonDataException.class,
            () ->
                adapter("Scene")
                    .fromJson("{\"name\":\"s\",\"main\":{\"type\":\"oval\"},\"strokes\":[]}"));
    assertThat(unknown)
        .hasMessageThat()
        .isEqualTo(
            "Expected one of [circle, Square, group] for key 'type' but found 'oval' at path"
                + " $.main.type");
    JsonDataException missing =
        assertThrows(JsonDataException.class, () -> adapter("Shape").fromJson("{\"radius\":1}"));
    assertThat(missing).hasMessageThat().isEqualTo("Missing label for 'type' at path $");
    JsonDataException notAString =
        assertThrows(JsonDataException.class, () -> adapter("Shape").fromJson("{\"type\":3}"));
    assertThat(notAString)
        .hasMessageThat()
        .isEqualTo(
            "Expected one of [circle, Square, group] for key 'type' but found '3' at path $.type");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\":\"oval\",\"radius\":1}",
        "{\"radius\":1}",
        "{\"type\":3,\"radius\":1}",
        "{\"type\":\"circl\\u0065\",\"radius\":1}", // an escaped label: left to the adapter
        "[\"circle\"]",
        "{\"type\":\"circle\",\"radius\":\"1\"}",
        "{\"type\":\"circle\",\"radius\":1",
      })
  void whatTheAdapterRefusesOrTheCodecLeavesToItMisses(String json) {
    assertThrows(JsonInput.Miss.class, () -> read("Shape", json));
  }

  @Test
  void generatedScenesReadAndWriteExactlyAsTheAdapter() throws IOException {
    Random random = new Random(SEED);
    JsonAdapter<Object> scene = adapter("Scene");
    for (int i = 0; i < 2_000; i++) {
      String json = scene(random);
      Object slow = scene.fromJson(json);
      Object fast;
      try {
        fast = read("Scene", json);
      } catch (JsonInput.Miss miss) {
        throw new AssertionError("missed a well-formed scene: " + json, miss);
      }
      String canonical = scene.toJson(slow);
      assertThat(scene.toJson(fast)).isEqualTo(canonical);
      assertThat(write("Scene", slow)).isEqualTo(canonical);
    }
  }

  private static String scene(Random random) {
    List<String> members = new ArrayList<>();
    members.add("\"name\":\"n" + random.nextInt(100) + "\"");
    members.add("\"main\":" + shape(random, 3));
    List<String> strokes = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      strokes.add(
          random.nextBoolean()
              ? object(random, "\"kind\":\"solid\"", "\"width\":" + random.nextInt(9))
              : object(
                  random, "\"kind\":\"dashed\"", "\"width\":1", "\"gap\":" + random.nextInt(9)));
    }
    members.add("\"strokes\":[" + String.join(",", strokes) + "]");
    if (random.nextBoolean()) {
      members.add("\"extra\":" + (random.nextBoolean() ? "null" : shape(random, 1)));
    }
    Collections.shuffle(members, random);
    return "{" + String.join(",", members) + "}";
  }

  private static String shape(Random random, int depth) {
    switch (random.nextInt(depth > 0 ? 3 : 2)) {
      case 0:
        return object(random, "\"type\":\"circle\"", "\"radius\":" + random.nextDouble() * 10);
      case 1:
        return object(
            random, "\"type\":\"Square\"", "\"side\":" + random.nextInt(10), "\"color\":\"c\"");
      default:
        List<String> shapes = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
          shapes.add(shape(random, depth - 1));
        }
        return object(
            random, "\"type\":\"group\"", "\"shapes\":[" + String.join(",", shapes) + "]");
    }
  }

  /** An object of {@code members} in a random order, with an unknown member now and then. */
  private static String object(Random random, String... members) {
    List<String> all = new ArrayList<>(List.of(members));
    if (random.nextInt(4) == 0) {
      all.add("\"extra\":[1,{\"type\":\"x\"}]");
    }
    Collections.shuffle(all, random);
    return "{" + String.join(",", all) + "}";
  }
}
