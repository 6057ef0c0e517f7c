package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Which channels get a typed client: all of JSON actions, unless a build or a channel opts out. */
class ClientGenerationTest {
  private static List<String> clients(Compilation compilation) {
    return compilation.generatedSourceFiles().stream()
        .map(JavaFileObject::getName)
        .filter(name -> name.endsWith("Client.java"))
        .map(name -> name.substring(name.lastIndexOf('/') + 1))
        .sorted()
        .toList();
  }

  @Test
  void everyChannelOfActionsGetsOne() {
    Compilation compilation = Inputs.compileGood();
    assertThat(compilation).succeededWithoutWarnings();
    // Relay, Terminal (a text channel), BinaryRelay: no actions, no client.
    assertThat(clients(compilation))
        .containsExactly(
            "AccountsClient.java",
            "AuctionClient.java",
            "DrawingClient.java",
            "GroupChatClient.java",
            "QuotesClient.java",
            "Rooms_ChatClient.java",
            "ShopClient.java",
            "UploadsClient.java",
            "ZooClient.java");
  }

  @Test
  void theProcessorOptionTurnsThemOffForTheBuild() {
    Compilation compilation =
        javac()
            .withProcessors(new ChannelProcessor())
            .withOptions("-Achannels4j.clients=false", "-Xlint:all,-processing,-auxiliaryclass")
            .compile(
                Inputs.resource("good/com/example/GroupChat.java"),
                Inputs.resource("good/com/example/LoggedIn.java"),
                Inputs.resource("good/com/example/IsAdmin.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(clients(compilation)).isEmpty();
    assertThat(compilation).generatedSourceFile("com.example.GroupChatBinding");
  }

  @Test
  void aMisusedClientDoesNotCompile() {
    JavaFileObject misuse = Inputs.resource("client/com/example/Misuse.java");
    Compilation compilation =
        Inputs.compile(
            List.of(
                "good/com/example/GroupChat.java",
                "good/com/example/LoggedIn.java",
                "good/com/example/IsAdmin.java",
                "client/com/example/Misuse.java"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("nope()").inFile(misuse).onLineContaining("nope");
    assertThat(compilation)
        .hadErrorContaining("com.example.ChatMessage")
        .inFile(misuse)
        .onLineContaining("message(\"hi\")");
    assertThat(compilation)
        .hadErrorContaining("legacy()")
        .inFile(misuse)
        .onLineContaining("legacy");
  }

  @Test
  void aChannelTurnsItsOwnOff() {
    Compilation compilation = Inputs.compile(List.of("client/com/example/Clients.java"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(clients(compilation)).containsExactly("Clients_WithClient.java");
    assertThat(compilation).generatedSourceFile("com.example.Clients_WithoutBinding");
  }
}
