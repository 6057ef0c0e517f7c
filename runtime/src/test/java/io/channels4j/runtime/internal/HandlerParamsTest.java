package io.channels4j.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The path parameter parsers take exactly the texts their README row promises, and no more. */
class HandlerParamsTest {
  @Test
  void booleansAreTrueOrFalseExactly() {
    assertThat(HandlerParams.parseBoolean("true")).isTrue();
    assertThat(HandlerParams.parseBoolean("false")).isFalse();
    for (String text : new String[] {"TRUE", "yes", "1", "", "true "}) {
      assertThrows(IllegalArgumentException.class, () -> HandlerParams.parseBoolean(text));
    }
  }

  @Test
  void doublesAreWrittenAsJsonWritesNumbers() {
    assertThat(HandlerParams.parseDouble("-12.5")).isEqualTo(-12.5);
    assertThat(HandlerParams.parseDouble("1e3")).isEqualTo(1000.0);
    assertThat(HandlerParams.parseDouble("0")).isEqualTo(0.0);
    for (String text : new String[] {"NaN", "Infinity", "1d", "0x1p3", " 1", "01", "1.", ".5"}) {
      assertThrows(IllegalArgumentException.class, () -> HandlerParams.parseDouble(text));
    }
  }

  @Test
  void uuidsAreInTheirCanonicalForm() {
    String canonical = "123e4567-e89b-12d3-a456-426614174000";
    assertThat(HandlerParams.parseUuid(canonical)).isEqualTo(UUID.fromString(canonical));
    for (String text : new String[] {"1-1-1-1-1", canonical + "0", canonical.replace('-', '_')}) {
      assertThrows(IllegalArgumentException.class, () -> HandlerParams.parseUuid(text));
    }
  }
}
