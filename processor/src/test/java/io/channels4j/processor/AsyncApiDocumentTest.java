package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.testing.compile.Compilation;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.processor.writing.AsyncApiWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the AsyncAPI document the processor writes for the golden channels with the official
 * AsyncAPI 3.0.0 JSON Schema ({@code src/test/resources/asyncapi}), and checks what the schema
 * cannot: that every {@code $ref} of the document points at something in it.
 */
class AsyncApiDocumentTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema asyncApi;
  private static JsonNode document;
  private static CompiledClasses classes;
  private static Moshi moshi;

  @BeforeAll
  static void compile() throws IOException {
    try (InputStream schema =
        AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
      asyncApi =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
              .getSchema(schema, InputFormat.JSON);
    }
    classes = CompiledClasses.compileGood();
    try (InputStream text = classes.getResourceAsStream(AsyncApiWriter.RESOURCE)) {
      document = JSON.readTree(text);
    }
    moshi =
        new Moshi.Builder()
            .add((JsonAdapter.Factory) classes.newInstance("ZooJsonAdapterFactory"))
            .build();
  }

  static String text(Compilation compilation) {
    try {
      return compilation
          .generatedFile(StandardLocation.CLASS_OUTPUT, AsyncApiWriter.RESOURCE)
          .orElseThrow()
          .getCharContent(false)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors(JsonNode candidate) {
    return asyncApi.validate(candidate).stream().map(Error::toString).toList();
  }

  @Test
  void goldenChannelsDocumentIsValidAsyncApi3() {
    assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
    assertThat(errors(document)).isEmpty();
  }

  @Test
  void anOperationWithoutActionIsRefused() {
    ObjectNode broken = document.deepCopy();
    ((ObjectNode) broken.path("operations").path("GroupChat.send.count")).remove("action");
    assertThat(errors(broken)).isNotEmpty();
  }

  @Test
  void anOperationOfAnUnknownActionIsRefused() {
    ObjectNode broken = document.deepCopy();
    ((ObjectNode) broken.path("operations").path("GroupChat.send.count")).put("action", "publish");
    assertThat(errors(broken)).isNotEmpty();
  }

  @Test
  void aPayloadSchemaThatIsNoJsonSchemaIsRefused() {
    ObjectNode broken = document.deepCopy();
    ((ObjectNode) broken.path("components").path("schemas").path("com.example.Count"))
        .put("type", 5);
    assertThat(errors(broken)).isNotEmpty();
  }

  @Test
  void aChannelWhoseAddressIsNoStringIsRefused() {
    ObjectNode broken = document.deepCopy();
    ((ObjectNode) broken.path("channels").path("GroupChat")).put("address", 5);
    assertThat(errors(broken)).isNotEmpty();
  }

  @Test
  void everyReferencePointsIntoTheDocument() {
    List<String> references = new ArrayList<>();
    collectReferences(document, references);
    assertThat(references).isNotEmpty();
    for (String reference : references) {
      assertThat(reference).startsWith("#/");
      assertWithMessage(reference)
          .that(document.at(reference.substring(1)).isMissingNode())
          .isFalse();
    }
  }

  private static void collectReferences(JsonNode node, List<String> references) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        if (member.getKey().equals("$ref")) {
          references.add(member.getValue().asText());
        } else {
          collectReferences(member.getValue(), references);
        }
      }
    } else if (node.isArray()) {
      node.forEach(element -> collectReferences(element, references));
    }
  }

  @Test
  void anActionThatAnswersIsASendWithItsReplyAndTheErrorFrame() {
    JsonNode count = document.path("operations").path("GroupChat.send.count");
    assertThat(count.path("action").asText()).isEqualTo("send");
    assertThat(count.path("channel").path("$ref").asText()).isEqualTo("#/channels/GroupChat");
    assertThat(count.path("reply").path("messages").toString())
        .isEqualTo(
            "[{\"$ref\":\"#/channels/GroupChat/messages/count.reply\"},"
                + "{\"$ref\":\"#/channels/GroupChat/messages/Error\"}]");
    JsonNode message = document.path("operations").path("GroupChat.send.message");
    assertThat(message.path("x-channels4j-limit").toString())
        .isEqualTo(
            "[{\"close\":false,\"scope\":\"CONNECTION\",\"times\":1,\"windowMillis\":3000}]");
    assertThat(document.path("operations").path("GroupChat.receive.Notice").path("action").asText())
        .isEqualTo("receive");
  }

  @Test
  void theChannelAddressIsThePathWithItsParameters() {
    JsonNode found = null;
    for (JsonNode channel : document.path("channels")) {
      if (channel.path("address").asText().contains("{")) {
        found = channel;
      }
    }
    assertThat(found).isNotNull();
    String address = found.path("address").asText();
    found
        .path("parameters")
        .fieldNames()
        .forEachRemaining(name -> assertThat(address).contains("{" + name + "}"));
    assertThat(found.path("parameters").size()).isGreaterThan(0);
  }

  @Test
  void titleAndVersionAreTheProcessorOptions() throws IOException {
    Compilation compilation =
        javac()
            .withProcessors(new ChannelProcessor())
            .withOptions("-Achannels4j.asyncapi.title=Chat", "-Achannels4j.asyncapi.version=2.1.0")
            .compile(Inputs.resource("good/com/example/Quotes.java"));
    assertThat(compilation).succeeded();
    JsonNode info = JSON.readTree(text(compilation)).path("info");
    assertThat(info.path("title").asText()).isEqualTo("Chat");
    assertThat(info.path("version").asText()).isEqualTo("2.1.0");
  }

  @Test
  void theYamlFormIsTheSameDocument() throws IOException {
    Compilation compilation =
        javac()
            .withProcessors(new ChannelProcessor())
            .withOptions("-Achannels4j.asyncapi.yaml=true")
            .compile(Inputs.GOOD.stream().map(Inputs::resource).toList());
    assertThat(compilation).succeeded();
    String yaml =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, AsyncApiWriter.YAML_RESOURCE)
            .orElseThrow()
            .getCharContent(false)
            .toString();
    assertThat(new YAMLMapper().readTree(yaml)).isEqualTo(JSON.readTree(text(compilation)));
    assertThat(errors(new YAMLMapper().readTree(yaml))).isEmpty();
  }

  /** The schema at {@code pointer} in the document, its references resolved within it. */
  private static Schema schemaAt(String pointer) {
    ObjectNode schema = document.deepCopy();
    schema.put("$ref", "#" + pointer);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
  }

  private static List<String> frameErrors(String pointer, String json) {
    return schemaAt(pointer).validate(json, InputFormat.JSON).stream()
        .map(Error::toString)
        .toList();
  }

  private static List<String> typeErrors(String name, String json) {
    return frameErrors("/components/schemas/com.example." + name, json);
  }

  /** {@code json} read and written again by the generated adapter: what the codec writes. */
  @SuppressWarnings("unchecked")
  private static String rewritten(String name, String json) throws IOException {
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) moshi.adapter(classes.example(name));
    return adapter.serializeNulls().toJson(adapter.fromJson(json));
  }

  @Test
  void aTypeSchemaAcceptsWhatItsCodecWrites() throws IOException {
    assertThat(typeErrors("Animals", CodecRoundTripTest.ANIMALS)).isEmpty();
    assertThat(typeErrors("Animals", rewritten("Animals", CodecRoundTripTest.ANIMALS))).isEmpty();
    assertThat(typeErrors("Animals", CodecRoundTripTest.REQUIRED_ONLY)).isEmpty();
    assertThat(typeErrors("Animals", rewritten("Animals", CodecRoundTripTest.REQUIRED_ONLY)))
        .isEmpty();
  }

  @Test
  void aTypeSchemaRequiresWhatItsCodecRequires() throws IOException {
    ObjectNode minimal = (ObjectNode) JSON.readTree(CodecRoundTripTest.REQUIRED_ONLY);
    List<String> members = new ArrayList<>();
    minimal.fieldNames().forEachRemaining(members::add);
    for (String member : members) {
      ObjectNode without = minimal.deepCopy();
      without.remove(member);
      assertWithMessage(member).that(typeErrors("Animals", without.toString())).isNotEmpty();
    }
  }

  @Test
  void aTypeSchemaRefusesWhatItsCodecRefuses() throws IOException {
    ObjectNode animal = (ObjectNode) JSON.readTree(CodecRoundTripTest.ANIMALS);
    for (Map.Entry<String, String> wrong :
        Map.of("color", "\"purple\"", "legs", "4.5", "tags", "\"a\"", "name", "null", "keeper", "3")
            .entrySet()) {
      ObjectNode broken = animal.deepCopy();
      broken.set(wrong.getKey(), JSON.readTree(wrong.getValue()));
      assertWithMessage(wrong.getKey()).that(typeErrors("Animals", broken.toString())).isNotEmpty();
    }
  }

  @Test
  void aHistoryChannelHasTheHistoryActionAndTheRecoverAnswer() {
    String channel = "/channels/GroupChat/messages/";
    assertThat(
            frameErrors(
                channel + "history.request/payload",
                "{\"action\":\"history\",\"request_id\":7,\"limit\":50,"
                    + "\"before\":\"1732800000000-3\"}"))
        .isEmpty();
    assertThat(
            frameErrors(
                channel + "history.request/payload", "{\"action\":\"history\",\"limit\":0}"))
        .isNotEmpty();
    assertThat(
            frameErrors(
                channel + "history.reply/payload",
                "{\"type\":\"response\",\"action\":\"history\",\"request_id\":7,"
                    + "\"status\":\"ok\",\"data\":{\"messages\":[{\"id\":\"1732799999000-0\","
                    + "\"text\":\"hi\"}],\"next\":null}}"))
        .isEmpty();
    assertThat(
            frameErrors(
                channel + "recover/payload",
                "{\"type\":\"response\",\"action\":\"recover\",\"request_id\":1,"
                    + "\"status\":\"ok\",\"data\":{\"recovered\":true,\"replayed\":100}}"))
        .isEmpty();
    assertThat(document.at("/operations/GroupChat.send.history/action").asText()).isEqualTo("send");
    assertThat(document.at("/operations/GroupChat.receive.recover/action").asText())
        .isEqualTo("receive");
    assertThat(document.at("/operations/Zoo.send.history").isMissingNode()).isTrue();
  }

  @Test
  void anActionFrameFollowsItsPayloadType() {
    String request = "/channels/GroupChat/messages/message.request/payload";
    assertThat(
            frameErrors(
                request,
                "{\"action\":\"message\",\"request_id\":7,\"user\":\"mike\",\"message\":\"hi\"}"))
        .isEmpty();
    assertThat(frameErrors(request, "{\"action\":\"message\",\"user\":\"mike\"}")).isNotEmpty();
    assertThat(frameErrors(request, "{\"action\":\"count\",\"user\":\"mike\",\"message\":\"hi\"}"))
        .isNotEmpty();
  }

  @Test
  void binaryFramesAreOctetStreamMessagesBothWays() {
    for (String channel : List.of("BinaryRelay", "Uploads")) {
      JsonNode binary = document.at("/channels/" + channel + "/messages/binary");
      assertThat(binary.path("contentType").asText()).isEqualTo("application/octet-stream");
      assertThat(document.at("/operations/" + channel + ".send.binary/action").asText())
          .isEqualTo("send");
      assertThat(document.at("/operations/" + channel + ".receive.binary/action").asText())
          .isEqualTo("receive");
    }
    assertThat(document.at("/channels/GroupChat/messages/binary").isMissingNode()).isTrue();
  }

  @Test
  void theHandshakeSaysItsQueryAndSubprotocols() {
    JsonNode group = document.at("/channels/GroupChat");
    assertThat(group.at("/bindings/ws/query/properties/since/type").asText()).isEqualTo("string");
    assertThat(group.at("/bindings/ws/query/properties/token/type").asText()).isEqualTo("string");
    assertThat(group.path("x-channels4j-subprotocols").toString())
        .isEqualTo("[\"json\",\"msgpack\"]");
    // No history, no ?since=; binary frames of its own, no MessagePack.
    JsonNode uploads = document.at("/channels/Uploads");
    assertThat(uploads.at("/bindings/ws/query/properties/since").isMissingNode()).isTrue();
    assertThat(uploads.path("x-channels4j-subprotocols").toString()).isEqualTo("[\"json\"]");
  }

  @Test
  void closeCodesAndErrorTextsAreListed() {
    assertThat(document.at("/x-channels4j-close-codes/1013").asText()).contains("room is full");
    JsonNode texts = document.at("/components/messages/Error/payload/properties/errors/examples");
    List<String> listed = new ArrayList<>();
    texts.forEach(text -> listed.add(text.asText()));
    assertThat(listed).containsAtLeast("Permission Denied", "Action Not Exist", "Internal Error");
    assertThat(
            frameErrors(
                "/components/messages/Error/payload",
                "{\"type\":\"response\",\"action\":\"bid\",\"status\":\"bad\","
                    + "\"request_id\":7,\"data\":null,\"errors\":\"Permission Denied\"}"))
        .isEmpty();
  }
}
