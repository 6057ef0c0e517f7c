package io.channels4j.runtime;

import static com.google.common.truth.Truth.assertThat;

import io.channels4j.annotations.Frames;
import io.channels4j.annotations.Limit;
import io.channels4j.annotations.Permission;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The readable constructions generated descriptors use build the same records as the canonical. */
class DescriptorsTest {

  @Test
  void anActionBuiltFromItsNameAloneHasNothingDeclared() {
    assertThat(ActionDescriptor.builder("ping").build())
        .isEqualTo(
            new ActionDescriptor(
                "ping",
                "ping",
                "",
                List.of(),
                "",
                PermissionDescriptor.UNDECLARED,
                List.of(),
                false,
                false));
  }

  @Test
  void anActionBuilderSetsEveryProperty() {
    LimitRule limit = LimitRule.of(5, Duration.ofMinutes(1), Limit.Scope.USER);
    assertThat(
            ActionDescriptor.builder("say")
                .method("speak")
                .payload("com.example.Line", List.of("text"))
                .reply("int")
                .permission(PermissionDescriptor.denyAll())
                .limits(limit)
                .deprecated()
                .nonBlocking()
                .build())
        .isEqualTo(
            new ActionDescriptor(
                "say",
                "speak",
                "com.example.Line",
                List.of("text"),
                "int",
                new PermissionDescriptor(List.of(), Permission.Mode.ALL_OF, true, true),
                List.of(new LimitRule(5, 60_000, Limit.Scope.USER, false)),
                true,
                true));
    assertThat(ActionDescriptor.builder("m").payload("java.util.Map").build().payloadFields())
        .isEmpty();
  }

  @Test
  void aChannelBuiltFromItsPathAloneHasNothingDeclared() {
    assertThat(ChannelDescriptor.builder("/c").build())
        .isEqualTo(
            new ChannelDescriptor(
                "/c",
                "",
                0,
                false,
                false,
                PermissionDescriptor.UNDECLARED,
                List.of(),
                List.of(),
                HistoryPolicy.NONE,
                Optional.empty(),
                Optional.empty(),
                List.of()));
    assertThat(ChannelDescriptor.builder("/c").build().frames()).isEqualTo(Frames.JSON);
  }

  @Test
  void aChannelBuilderSetsEveryProperty() {
    ActionDescriptor say = ActionDescriptor.builder("say").build();
    ActionDescriptor text = ActionDescriptor.builder(ChannelDescriptor.ON_TEXT).build();
    ActionDescriptor binary = ActionDescriptor.builder(ChannelDescriptor.ON_BINARY).build();
    assertThat(
            ChannelDescriptor.builder("/r/{id}")
                .room("r:{id}")
                .maxConnections(3)
                .relay()
                .relayBinary()
                .permission(PermissionDescriptor.anyOf("a.B", "a.C"))
                .limits(LimitRule.of(1, Duration.ofSeconds(2), Limit.Scope.CONNECTION).closing())
                .actions(say)
                .history(HistoryPolicy.keepLast(10).expiringAfter(Duration.ofHours(1)))
                .textHandler(text)
                .binaryHandler(binary)
                .provided(ProvidedValue.of("say", String.class))
                .build())
        .isEqualTo(
            new ChannelDescriptor(
                "/r/{id}",
                "r:{id}",
                3,
                true,
                true,
                new PermissionDescriptor(
                    List.of("a.B", "a.C"), Permission.Mode.ANY_OF, false, true),
                List.of(new LimitRule(1, 2000, Limit.Scope.CONNECTION, true)),
                List.of(say),
                new HistoryPolicy(10, 3_600_000),
                Optional.of(text),
                Optional.of(binary),
                List.of(new ProvidedValue("say", String.class))));
  }

  @Test
  void permissionFactoriesDeclareThePermission() {
    assertThat(PermissionDescriptor.allOf("a.B"))
        .isEqualTo(new PermissionDescriptor(List.of("a.B"), Permission.Mode.ALL_OF, false, true));
    assertThat(HistoryPolicy.keepLast(7)).isEqualTo(new HistoryPolicy(7, 0));
  }
}
