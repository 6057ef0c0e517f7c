package io.channels4j.runtime.internal;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.channels4j.runtime.ValidationError;
import io.channels4j.runtime.Violation;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What generated validators build on: the paths of violations, the error, and the text checks. */
class ViolationsTest {
  /** A validator of a text that must not be empty, as one of a member {@code name}. */
  private static void named(String text, Violations violations) {
    if (text.isEmpty()) {
      violations.add("name", "must not be empty");
    }
  }

  @Test
  void aValidValueIsReturnedAsItIs() {
    String value = "ann";
    assertThat(Violations.valid(value, ViolationsTest::named)).isSameInstanceAs(value);
  }

  @Test
  void violationsArePathedThroughMembersIndexesAndKeys() {
    Map<String, String> byKey = new LinkedHashMap<>();
    byKey.put("home", "");
    byKey.put("work", "x");
    ValidationError error =
        assertThrows(
            ValidationError.class,
            () ->
                Violations.valid(
                    "top",
                    (top, violations) -> {
                      violations.add("title", "must not be blank");
                      violations.each("items", Arrays.asList("a", null, ""), ViolationsTest::named);
                      violations.each("array", new String[] {"", "b"}, ViolationsTest::named);
                      violations.each("byKey", byKey, ViolationsTest::named);
                      violations.nested("owner", "", ViolationsTest::named);
                      violations.nested("missing", null, ViolationsTest::named);
                    }));
    assertThat(error.violations())
        .containsExactly(
            new Violation("title", "must not be blank"),
            new Violation("items[2].name", "must not be empty"),
            new Violation("array[0].name", "must not be empty"),
            new Violation("byKey.home.name", "must not be empty"),
            new Violation("owner.name", "must not be empty"))
        .inOrder();
    assertThat(error.errors(Locale.ROOT)).isEqualTo("Validation Error");
    assertThat(error.errors(Locale.CHINESE)).isEqualTo("校验错误");
    assertThat(error.close()).isFalse();
    assertThat(error.data())
        .isEqualTo(
            List.of(
                Map.of("path", "title", "message", "must not be blank"),
                Map.of("path", "items[2].name", "message", "must not be empty"),
                Map.of("path", "array[0].name", "message", "must not be empty"),
                Map.of("path", "byKey.home.name", "message", "must not be empty"),
                Map.of("path", "owner.name", "message", "must not be empty")));
  }

  @Test
  void blankIsNothingButSpacesAndControlCharacters() {
    assertThat(Constraints.blank("")).isTrue();
    assertThat(Constraints.blank(" \t\n\u0000")).isTrue();
    assertThat(Constraints.blank(" a ")).isFalse();
    assertThat(Constraints.blank("\u00a0")).isFalse(); // trim() keeps a no-break space
  }

  @Test
  void emailAcceptsDotAtomsAtDomainsOfLabels() {
    for (String good :
        List.of("", "a@b", "ann.lee+tag@mail.example.org", "o'hara@example.org", "ü@bücher.de")) {
      assertWithMessage(good).that(Constraints.email(good)).isTrue();
    }
    for (String bad :
        List.of(
            "ann",
            "@example.org",
            "ann@",
            "a b@example.org",
            ".ann@example.org",
            "ann.@example.org",
            "a..b@example.org",
            "ann@-example.org",
            "ann@example-.org",
            "ann@example..org",
            "a".repeat(65) + "@example.org",
            "ann@" + "a".repeat(256))) {
      assertWithMessage(bad).that(Constraints.email(bad)).isFalse();
    }
    assertThat(Constraints.email("a".repeat(64) + "@example.org")).isTrue();
  }
}
