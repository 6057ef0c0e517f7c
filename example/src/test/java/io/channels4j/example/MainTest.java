package io.channels4j.example;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void defaultsToPort8000AndTheMemoryBroker() {
    Main.Options options = Main.Options.parse(new String[0], Map.of());
    assertThat(options.port()).isEqualTo(8000);
    assertThat(options.broker()).isEqualTo("memory://");
    assertThat(options.host()).isEqualTo("localhost");
  }

  @Test
  void readsTheEnvironment() {
    Main.Options options =
        Main.Options.parse(
            new String[0], Map.of("PORT", "9001", "BROKER_URL", "redis://127.0.0.1:6379"));
    assertThat(options.port()).isEqualTo(9001);
    assertThat(options.broker()).isEqualTo("redis://127.0.0.1:6379");
  }

  @Test
  void argumentsWinOverTheEnvironment() {
    Main.Options options =
        Main.Options.parse(
            new String[] {"--port", "9002", "--broker=redis://h:1", "--host", "0.0.0.0"},
            Map.of("PORT", "9001", "HOST", "127.0.0.1"));
    assertThat(options.port()).isEqualTo(9002);
    assertThat(options.host()).isEqualTo("0.0.0.0");
    assertThat(options.broker()).isEqualTo("redis://h:1");
  }

  @Test
  void pointsTheBrowserAtLocalhostUnlessBoundElsewhere() {
    assertThat(Main.browserHost("localhost")).isEqualTo("localhost");
    assertThat(Main.browserHost("0.0.0.0")).isEqualTo("localhost");
    assertThat(Main.browserHost("192.168.1.5")).isEqualTo("192.168.1.5");
    assertThat(Main.browserHost("fe80::1")).isEqualTo("[fe80::1]");
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Main.Options.parse(new String[] {"--port"}, Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Main.Options.parse(new String[] {"--port", "http"}, Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Main.Options.parse(new String[] {"--bogus"}, Map.of()));
  }
}
