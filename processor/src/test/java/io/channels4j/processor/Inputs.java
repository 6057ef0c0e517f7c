package io.channels4j.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** The processor inputs under {@code src/test/resources}, and compiling them. */
final class Inputs {
  private Inputs() {}

  /** Every input under {@code good/}, in a fixed order. */
  static final List<String> GOOD =
      List.of(
          "good/com/example/Accounts.java",
          "good/com/example/Auction.java",
          "good/com/example/BinaryRelay.java",
          "good/com/example/Drawing.java",
          "good/com/example/GroupChat.java",
          "good/com/example/IsAdmin.java",
          "good/com/example/LoggedIn.java",
          "good/com/example/Nullable.java",
          "good/com/example/Quotes.java",
          "good/com/example/Relay.java",
          "good/com/example/Rooms.java",
          "good/com/example/Shop.java",
          "good/com/example/Signals.java",
          "good/com/example/Terminal.java",
          "good/com/example/Tickets.java",
          "good/com/example/Uploads.java",
          "good/com/example/Zoo.java");

  static JavaFileObject resource(String path) {
    return JavaFileObjects.forResource(path);
  }

  static Compilation compile(List<String> paths) {
    List<JavaFileObject> files = new ArrayList<>();
    for (String path : paths) {
      files.add(resource(path));
    }
    return javac()
        .withProcessors(new ChannelProcessor())
        // Generated code must compile without warnings. The inputs declare payload records beside
        // their interface, as DESIGN.md's example does, which javac's auxiliaryclass lint flags.
        .withOptions("-Xlint:all,-processing,-auxiliaryclass", "-Werror")
        .compile(files);
  }

  static Compilation compileGood() {
    return compile(GOOD);
  }
}
