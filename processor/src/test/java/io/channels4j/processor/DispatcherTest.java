package io.channels4j.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.channels4j.annotations.Limit;
import io.channels4j.annotations.Permission;
import io.channels4j.runtime.ActionDescriptor;
import io.channels4j.runtime.ActionIsDeprecated;
import io.channels4j.runtime.ActionNotExist;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.LimitRule;
import io.channels4j.runtime.PermissionDenied;
import io.channels4j.runtime.PermissionDescriptor;
import io.channels4j.runtime.internal.ActionCall;
import io.channels4j.runtime.internal.ChannelBinding;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.GeneratedCode;
import io.channels4j.runtime.internal.Guard;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.PermissionRule;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentMap;
import okio.Buffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives the generated {@code GroupChatDispatcher}, made by the generated binding, with a recording
 * implementation, a tiny {@link Guards} and an {@link ActionCall} double.
 */
class DispatcherTest {
  private static CompiledClasses classes;

  private final TestGuards guards = new TestGuards();
  private final TestCall ctx = new TestCall();
  private Object channel;
  private ChannelBinding<Object> binding;
  private ChannelDispatcher<Object> dispatcher;

  @BeforeAll
  static void compile() {
    classes = CompiledClasses.compileGood("functional/com/example/RecordingGroupChat.java");
  }

  @BeforeEach
  @SuppressWarnings("unchecked")
  void mount() {
    channel = classes.newInstance("RecordingGroupChat");
    binding = (ChannelBinding<Object>) classes.newInstance("GroupChatBinding");
    Moshi moshi = new Moshi.Builder().add(binding.jsonAdapterFactory()).build();
    dispatcher = binding.newDispatcher(channel, guards, moshi);
  }

  @SuppressWarnings("unchecked")
  private List<String> calls() {
    try {
      return (List<String>) channel.getClass().getField("calls").get(channel);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private void dispatch(String action, String frame) throws IOException {
    dispatcher.dispatch(action, JsonReader.of(new Buffer().writeUtf8(frame)), ctx);
  }

  @Test
  void serverFindsTheBindingWithServiceLoader() {
    List<String> found = new ArrayList<>();
    ChannelBinding<?> match = null;
    for (ChannelBinding<?> candidate :
        java.util.ServiceLoader.load(ChannelBinding.class, classes)) {
      found.add(candidate.getClass().getName());
      if (candidate.channelType().isInstance(channel)) {
        match = candidate;
      }
    }
    assertThat(found)
        .containsExactly(
            "com.example.AccountsBinding",
            "com.example.AuctionBinding",
            "com.example.BinaryRelayBinding",
            "com.example.DrawingBinding",
            "com.example.GroupChatBinding",
            "com.example.QuotesBinding",
            "com.example.RelayBinding",
            "com.example.Rooms_ChatBinding",
            "com.example.ShopBinding",
            "com.example.SignalsBinding",
            "com.example.TerminalBinding",
            "com.example.TicketsBinding",
            "com.example.UploadsBinding",
            "com.example.ZooBinding")
        .inOrder();
    assertThat(match.getClass().getName()).isEqualTo("com.example.GroupChatBinding");
  }

  @Test
  void everyBindingStatesTheGeneratedCodeVersionOfThisRuntime() {
    for (ChannelBinding<?> binding : java.util.ServiceLoader.load(ChannelBinding.class, classes)) {
      assertThat(binding.generatedCodeVersion()).isEqualTo(GeneratedCode.VERSION);
      binding.checkCompatible();
    }
  }

  @Test
  void bindingDescribesTheChannel() {
    assertThat(binding.channelType().getName()).isEqualTo("com.example.GroupChat");
    ChannelDescriptor descriptor = binding.descriptor();
    assertThat(descriptor.path()).isEqualTo("/group");
    assertThat(descriptor.room()).isEqualTo("group_channel");
    assertThat(descriptor.maxConnections()).isEqualTo(200);
    assertThat(descriptor.permission())
        .isEqualTo(
            new PermissionDescriptor(
                List.of("com.example.LoggedIn"), Permission.Mode.ALL_OF, false, true));
    assertThat(descriptor.limits())
        .containsExactly(new LimitRule(20, 1000L, Limit.Scope.CONNECTION, false));
    assertThat(descriptor.actions().stream().map(ActionDescriptor::name).toList())
        .containsExactly("message", "count", "total", "legacy", "secret", "either", "never")
        .inOrder();
    ActionDescriptor message = descriptor.action("message").orElseThrow();
    assertThat(message.payloadType()).isEqualTo("com.example.ChatMessage");
    assertThat(message.payloadFields()).containsExactly("user", "message").inOrder();
    assertThat(message.limits())
        .containsExactly(new LimitRule(1, 3000L, Limit.Scope.CONNECTION, false));
    assertThat(descriptor.action("legacy").orElseThrow().deprecated()).isTrue();
    assertThat(descriptor.action("count").orElseThrow().replyType()).isEqualTo("com.example.Count");
  }

  @Test
  void routesAPayloadActionWithActionAndRequestIdAnywhere() throws IOException {
    dispatch(
        "message",
        "{\"user\":\"mike\",\"action\":\"message\",\"request_id\":7,\"message\":\"hi\"}");
    assertThat(calls()).containsExactly("message ChatMessage[user=mike, message=hi]");
    assertThat(guards.checked).containsExactly("message");
    assertThat(ctx.responses).isEmpty();
  }

  @Test
  void respondsWithTheReturnValue() throws IOException {
    dispatch("count", "{\"action\":\"count\"}");
    dispatch("total", "{\"action\":\"total\"}");
    assertThat(ctx.responses).containsExactly("{\"count\":3}", "42").inOrder();
    assertThat(calls()).containsExactly("count", "total").inOrder();
  }

  @Test
  void actionsWithoutPayloadNeverReadTheFrame() throws IOException {
    dispatch("count", "not json at all");
    assertThat(ctx.responses).containsExactly("{\"count\":3}");
  }

  @Test
  void payloadAndReply() throws IOException {
    ctx.principal = () -> "bob";
    dispatch("either", "{\"action\":\"either\",\"user\":\"ann\",\"message\":\"m\"}");
    assertThat(ctx.responses).containsExactly("\"either:ann\"");
  }

  @Test
  void unknownActionDoesNotExist() {
    assertThrows(ActionNotExist.class, () -> dispatch("nope", "{}"));
    assertThat(calls()).isEmpty();
  }

  @Test
  void deprecatedActionIsNeverCalled() {
    ActionIsDeprecated e = assertThrows(ActionIsDeprecated.class, () -> dispatch("legacy", "{}"));
    assertThat(e.errors(java.util.Locale.ENGLISH)).isEqualTo("The action 'legacy' is deprecated.");
    assertThat(calls()).isEmpty();
    assertThat(guards.checked).isEmpty();
  }

  @Test
  void permissionRulesDecide() throws IOException {
    ctx.principal = () -> "bob";
    assertThrows(PermissionDenied.class, () -> dispatch("secret", "{}"));
    assertThrows(PermissionDenied.class, () -> dispatch("never", "{}"));
    assertThat(calls()).isEmpty();

    ctx.principal = () -> "admin";
    dispatch("secret", "{}");
    assertThrows(PermissionDenied.class, () -> dispatch("never", "{}"));
    assertThat(calls()).containsExactly("secret");

    ctx.principal = null;
    assertThrows(PermissionDenied.class, () -> dispatch("either", "{\"user\":\"u\"}"));
    // The action "message" has no @Permission: the server's default policy (here: allow) applies.
    dispatch("message", "{\"user\":\"u\",\"message\":\"m\"}");
  }

  @Test
  void channelGuardChecksTheChannelPermission() {
    ctx.principal = null;
    assertThrows(PermissionDenied.class, () -> dispatcher.channelGuard().checkPermission(ctx));
    ctx.principal = () -> "bob";
    dispatcher.channelGuard().checkPermission(ctx);
  }

  @Test
  void payloadErrorsNameThePath() {
    JsonDataException e =
        assertThrows(
            JsonDataException.class,
            () -> dispatch("message", "{\"action\":\"message\",\"user\":true}"));
    assertThat(e).hasMessageThat().isEqualTo("Expected a string but was BOOLEAN at path $.user");
    JsonDataException missing =
        assertThrows(
            JsonDataException.class, () -> dispatch("message", "{\"action\":\"message\"}"));
    assertThat(missing).hasMessageThat().isEqualTo("Required value 'user' missing at $");
    assertThat(calls()).isEmpty();
  }

  @Test
  void joinAndLeaveReachTheImplementation() {
    dispatcher.onJoin(ctx);
    dispatcher.onLeave(ctx);
    assertThat(calls()).containsExactly("joined", "left").inOrder();
  }

  @Test
  void relayChannelDispatchesNothing() {
    @SuppressWarnings("unchecked")
    ChannelBinding<Object> relay = (ChannelBinding<Object>) classes.newInstance("RelayBinding");
    ChannelDescriptor descriptor = relay.descriptor();
    assertThat(descriptor.relay()).isTrue();
    assertThat(descriptor.actions()).isEmpty();
    assertThat(descriptor.limits())
        .containsExactly(new LimitRule(10, 1000L, Limit.Scope.CONNECTION, true));
    ChannelDispatcher<Object> relayDispatcher =
        relay.newDispatcher(
            java.lang.reflect.Proxy.newProxyInstance(
                classes, new Class<?>[] {relay.channelType()}, (proxy, method, args) -> null),
            guards,
            new Moshi.Builder().build());
    assertThrows(
        ActionNotExist.class,
        () -> relayDispatcher.dispatch("any", JsonReader.of(new Buffer().writeUtf8("{}")), ctx));
  }

  @Test
  void pathParameterChannelNestedInAClass() {
    @SuppressWarnings("unchecked")
    ChannelBinding<Object> rooms =
        (ChannelBinding<Object>) classes.newInstance("Rooms_ChatBinding");
    assertThat(rooms.channelType().getName()).isEqualTo("com.example.Rooms$Chat");
    assertThat(rooms.descriptor().path()).isEqualTo("/chat/{topic}/{lang}");
    assertThat(rooms.descriptor().room()).isEqualTo("chat:{topic}:{lang}");
    assertThat(rooms.descriptor().action("history").orElseThrow().replyType())
        .isEqualTo("com.example.Rooms.Line[]");
    assertThat(rooms.descriptor().action("say").orElseThrow().payloadFields())
        .containsExactly("text", "at")
        .inOrder();
  }

  /** Builds guards that apply the permission rule with an allow-all default policy. */
  private static final class TestGuards implements Guards {
    final List<String> checked = new ArrayList<>();

    @Override
    public Guard channel(ChannelDescriptor channel, PermissionRule permission) {
      return guard(null, permission);
    }

    @Override
    public Guard action(
        ChannelDescriptor channel, ActionDescriptor action, PermissionRule permission) {
      return guard(action.name(), permission);
    }

    private Guard guard(String action, PermissionRule permission) {
      return new Guard() {
        @Override
        public void checkPermission(ChannelContext ctx) {
          if (!permission.permits(ctx, context -> true)) {
            throw new PermissionDenied();
          }
        }

        @Override
        public void checkLimits(ChannelContext ctx) {
          checked.add(action);
        }
      };
    }
  }

  /** An {@link ActionCall} that records responses; everything else is unused here. */
  private static final class TestCall implements ActionCall {
    final List<String> responses = new ArrayList<>();
    Principal principal;

    @Override
    public <T> void respond(JsonAdapter<T> adapter, T value) {
      responses.add(adapter.toJson(value));
    }

    @Override
    public <T> void respondLater(
        CompletionStage<T> stage, JsonAdapter<T> adapter, JsonCodec<T> codec, boolean overlap) {
      stage.thenAccept(value -> respond(adapter, value));
    }

    @Override
    public void completeLater(CompletionStage<?> stage, boolean overlap) {
      stage.thenAccept(value -> responses.add("completed"));
    }

    @Override
    public void acknowledge() {
      responses.add("acknowledged");
    }

    @Override
    public void acknowledgeLater(CompletionStage<?> stage, boolean overlap) {
      stage.thenAccept(value -> acknowledge());
    }

    @Override
    public Principal principal() {
      return principal;
    }

    @Override
    public void reply(Object message) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void broadcast(Object message) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void broadcastTo(String room, Object message) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void sendText(String text) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void broadcastText(String text) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void sendBinary(java.nio.ByteBuffer data) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void broadcastBinary(java.nio.ByteBuffer data) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long connectionCount() {
      return 1;
    }

    @Override
    public long connectionCount(String room) {
      return 1;
    }

    @Override
    public void close(int code, String reason) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String room() {
      return "group_channel";
    }

    @Override
    public void join(String room) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void leave(String room) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, String> pathParams() {
      return Map.of();
    }

    @Override
    public ConcurrentMap<String, Object> attributes() {
      return new java.util.concurrent.ConcurrentHashMap<>();
    }

    @Override
    public long requestId() {
      return 1;
    }

    @Override
    public String action() {
      return null;
    }

    @Override
    public String remoteAddress() {
      return "127.0.0.1";
    }

    @Override
    public String id() {
      return "test";
    }
  }
}
