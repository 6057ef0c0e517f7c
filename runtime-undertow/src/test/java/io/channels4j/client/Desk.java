package io.channels4j.client;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.History;
import io.channels4j.annotations.Limit;
import io.channels4j.annotations.PathParam;
import io.channels4j.annotations.Permission;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.ChannelException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A channel of every action shape, for its generated {@code DeskClient}. */
@Channel(
    path = "/desk/{room}",
    room = "desk:{room}",
    messages = {Desk.Said.class, Desk.Stock.class})
@History(size = 100)
public interface Desk {
  record Say(String user, String text) {}

  record Said(String user, String text, String room) {}

  record Signup(@NotBlank String name, @Positive int age) {}

  record Stock(String item, int left) {}

  /** A payload, no reply: a broadcast to the room. */
  @Action("say")
  default void say(ChannelContext ctx, Say say, @PathParam("room") String room) {
    ctx.broadcast(new Said(say.user(), say.text(), room));
  }

  /** No payload, a reply. */
  @Action("count")
  default long count(ChannelContext ctx) {
    return ctx.connectionCount();
  }

  /** A payload and a reply. */
  @Action("echo")
  default Say echo(Say say) {
    return new Say(say.user(), say.text().toUpperCase(java.util.Locale.ROOT));
  }

  /** An async reply: a stage completed by another thread. */
  @Action("later")
  default CompletionStage<Said> later(Say say) {
    return CompletableFuture.supplyAsync(() -> new Said(say.user(), say.text(), "later"));
  }

  /** A container reply. */
  @Action("tags")
  default List<String> tags() {
    return List.of("a", "b");
  }

  /** No reply, acknowledged. */
  @Action(value = "tick", ack = true)
  default void tick() {}

  /** A stage that never completes, overlapping, so the next frames go on meanwhile. */
  @Action(value = "hang", overlap = true)
  default CompletionStage<Long> hang() {
    return new CompletableFuture<>();
  }

  @Action("admin")
  @Permission(deny = true)
  default long admin() {
    return 0;
  }

  /** No reply, and refused: the error has nobody to wait for it. */
  @Action("denied")
  @Permission(deny = true)
  default void denied() {}

  @Action("limited")
  @Limit(times = 1, hours = 1)
  default long limited() {
    return 1;
  }

  @Action("signup")
  default String signup(Signup signup) {
    return signup.name();
  }

  @Action("boom")
  default long boom() {
    throw new IllegalStateException("a bug");
  }

  @Action("refuse")
  default long refuse() {
    throw new ChannelException("Out of stock")
        .withReason("sold_out")
        .withData(new Stock("tea", 0))
        .with("code", 409);
  }

  /**
   * The server closes this socket with an application code: final. Named {@code close}, as the
   * example's action is: the client's method of this name is the action's.
   */
  @Action("close")
  default void close(ChannelContext ctx) {
    ctx.close(4001, "kicked");
  }

  /** The server closes this socket with "service restart": a client told to reconnects. */
  @Action("restart")
  default void restart(ChannelContext ctx) {
    ctx.close(1012, "restart");
  }
}
