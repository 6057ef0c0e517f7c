package io.channels4j.example;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document the processor wrote for the example's channels is valid AsyncAPI 3.0.0, by
 * the official JSON Schema the processor's tests vendor, and describes every channel.
 */
class AsyncApiDocumentTest {
  private static final Path ASYNCAPI_SCHEMA =
      Path.of("../processor/src/test/resources/asyncapi/asyncapi-3.0.0.schema.json");

  @Test
  void theExampleDocumentIsValidAsyncApi3() throws IOException {
    JsonNode document;
    try (InputStream text =
        AsyncApiDocumentTest.class.getResourceAsStream("/META-INF/channels4j/asyncapi.json")) {
      assertThat(text).isNotNull();
      document = new ObjectMapper().readTree(text);
    }
    List<Error> errors;
    try (InputStream schema = Files.newInputStream(ASYNCAPI_SCHEMA)) {
      errors =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
              .getSchema(schema, InputFormat.JSON)
              .validate(document);
    }
    assertThat(errors.stream().map(Error::toString).toList()).isEmpty();

    List<String> addresses = new ArrayList<>();
    document.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
    assertThat(addresses).containsAtLeast("/person", "/base", "/group", "/drop", "/auction/{lot}");
    assertThat(document.at("/operations/AuctionChannel.receive.BidEvent/action").asText())
        .isEqualTo("receive");
  }
}
