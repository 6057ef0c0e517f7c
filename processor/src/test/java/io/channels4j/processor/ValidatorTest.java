package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated validators of {@code good/com/example/Accounts.java} on payloads decoded by
 * the generated adapters: each constraint at its boundaries, nulls, nested paths and messages.
 */
class ValidatorTest {
  private static CompiledClasses classes;
  private static Moshi moshi;

  /** A valid signup, edited by each test to break one thing. */
  private static final String SIGNUP =
      "{\"handle\":\"Ann_1\",\"email\":\"ann@example.org\",\"age\":13,\"referrer\":null,"
          + "\"addresses\":[{\"street\":\"Main St\",\"zip\":\"12345\"}],"
          + "\"named\":{\"home\":{\"street\":\"Elm St\",\"zip\":\"54321\"}},"
          + "\"tags\":[\"x\"],\"credit\":0,\"karma\":-5,\"nickname\":\"a\"}";

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    classes = CompiledClasses.compileGood();
    moshi =
        new Moshi.Builder()
            .add((JsonAdapter.Factory) classes.newInstance("AccountsJsonAdapterFactory"))
            .build();
  }

  /** The violations the validator of {@code type} finds in {@code json}, as "path: message". */
  private static List<String> violations(String type, String json) throws IOException {
    Object value = moshi.adapter(classes.example("Accounts$" + type)).fromJson(json);
    return CompiledClasses.violations(validateMethod(type), value);
  }

  private static Method validateMethod(String type) {
    for (Method method : classes.example("Accounts_" + type + "Validator").getMethods()) {
      if (method.getName().equals("validate")) {
        return method;
      }
    }
    throw new AssertionError("no validate method for " + type);
  }

  private static List<String> signup(String member, String json) throws IOException {
    return violations(
        "Signup", SIGNUP.replaceFirst("\"" + member + "\":[^,]*", Matcher.quoteReplacement(json)));
  }

  @Test
  void aValidPayloadHasNoViolations() throws IOException {
    assertThat(violations("Signup", SIGNUP)).isEmpty();
  }

  @Test
  void notBlankRefusesBlankTextButNotText() throws IOException {
    assertThat(signup("handle", "\"handle\":\" \\t\""))
        .containsExactly("handle: must not be blank", "handle: must match \"[a-z0-9_]+\"")
        .inOrder();
    assertThat(signup("handle", "\"handle\":\"\""))
        .containsExactly("handle: must not be blank", "handle: must match \"[a-z0-9_]+\"");
  }

  @Test
  void sizeHoldsAtItsBoundsAndFailsPastThem() throws IOException {
    assertThat(signup("handle", "\"handle\":\"" + "a".repeat(20) + "\"")).isEmpty();
    assertThat(signup("handle", "\"handle\":\"" + "a".repeat(21) + "\""))
        .containsExactly("handle: size must be between 0 and 20");
    assertThat(signup("tags", "\"tags\":[]")).containsExactly("tags: give at least 1 tag");
  }

  @Test
  void patternMatchesTheWholeTextWithItsFlags() throws IOException {
    assertThat(signup("handle", "\"handle\":\"ANN\"")).isEmpty(); // CASE_INSENSITIVE
    assertThat(signup("handle", "\"handle\":\"ann!\""))
        .containsExactly("handle: must match \"[a-z0-9_]+\"");
  }

  @Test
  void emailAcceptsAddressesAndRefusesTheRest() throws IOException {
    assertThat(signup("email", "\"email\":\"\"")).isEmpty(); // as Hibernate Validator
    assertThat(signup("email", "\"email\":\"a.b+c@mail.example.org\"")).isEmpty();
    for (String bad : List.of("ann", "ann@", "@example.org", "a@b@c", "a..b@c", "a@-b.org")) {
      assertThat(signup("email", "\"email\":\"" + bad + "\""))
          .containsExactly("email: must be a well-formed email address");
    }
  }

  @Test
  void minAndMaxIncludeTheirBounds() throws IOException {
    assertThat(signup("age", "\"age\":130")).isEmpty();
    assertThat(signup("age", "\"age\":12"))
        .containsExactly("age: must be greater than or equal to 13");
    assertThat(signup("age", "\"age\":131"))
        .containsExactly("age: must be less than or equal to 130");
    assertThat(signup("karma", "\"karma\":-6"))
        .containsExactly("karma: must be greater than or equal to -5");
  }

  @Test
  void signConstraintsOnBoxesAndBigNumbersSkipNull() throws IOException {
    assertThat(signup("referrer", "\"referrer\":1")).isEmpty();
    assertThat(signup("referrer", "\"referrer\":0"))
        .containsExactly("referrer: must be greater than 0");
    assertThat(signup("credit", "\"credit\":-0.01"))
        .containsExactly("credit: must be greater than or equal to 0");
  }

  @Test
  void notEmptyAndSizeOnAList() throws IOException {
    String one = "{\"street\":\"Main St\",\"zip\":\"12345\"}";
    assertThat(violations("Signup", SIGNUP.replace(one, "")))
        .containsExactly("addresses: must not be empty");
    assertThat(
            violations(
                "Signup", SIGNUP.replace(one, String.join(",", Collections.nCopies(5, one)))))
        .isEmpty();
    assertThat(
            violations(
                "Signup", SIGNUP.replace(one, String.join(",", Collections.nCopies(6, one)))))
        .containsExactly("addresses: size must be between 0 and 5");
  }

  @Test
  void validCascadesIntoElementsMapValuesAndOptionals() throws IOException {
    String json =
        SIGNUP
            .replace(
                "\"addresses\":[{\"street\":\"Main St\",\"zip\":\"12345\"}]",
                "\"addresses\":[{\"street\":\"a\",\"zip\":\"12345\"},{\"street\":\" \",\"zip\":\"1\"}]")
            .replace("\"zip\":\"54321\"", "\"zip\":\"543210\"")
            .replace("\"nickname\":\"a\"", "\"billing\":{\"street\":\"\",\"zip\":\"12345\"}");
    assertThat(violations("Signup", json))
        .containsExactly(
            "addresses[1].street: must not be blank",
            "addresses[1].zip: size must be between 5 and 5",
            "named.home.zip: size must be between 5 and 5",
            "nickname: a nickname, please",
            "billing.street: must not be blank")
        .inOrder();
  }

  @Test
  void fieldsOfAClassAreCheckedThroughItsGetters() throws IOException {
    assertThat(violations("Profile", "{\"bio\":\"hi\",\"debt\":-0.5,\"balance\":0}")).isEmpty();
    assertThat(violations("Profile", "{\"bio\":\"\",\"debt\":0,\"balance\":1}"))
        .containsExactly(
            "bio: size must be between 1 and 200",
            "debt: must be less than 0",
            "balance: must be less than or equal to 0")
        .inOrder();
  }

  @Test
  void aSealedPayloadIsCheckedAsTheRecordItIs() throws IOException {
    assertThat(violations("Contact", "{\"type\":\"Phone\",\"number\":\"+4930123456\"}")).isEmpty();
    assertThat(violations("Contact", "{\"type\":\"Phone\",\"number\":\"030\"}"))
        .containsExactly("number: must match \"\\+[0-9]{6,15}\"");
    assertThat(violations("Contact", "{\"type\":\"Mail\",\"address\":\"ann@example.com\"}"))
        .containsExactly("address: must be a well-formed email address");
    assertThat(violations("Contact", "{\"type\":\"Pigeon\",\"loft\":\"\"}")).isEmpty();
  }

  @Test
  void aPayloadWithoutConstraintsGetsNoValidator() {
    assertThrows(AssertionError.class, () -> classes.example("Accounts_PlainValidator"));
  }
}
