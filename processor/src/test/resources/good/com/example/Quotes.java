package com.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.NonBlocking;
import io.channels4j.runtime.ChannelContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Actions answered later, and actions that run on the I/O thread; every action without a reply
 * acknowledges its frame.
 */
@Channel(path = "/quotes", ack = true)
public interface Quotes {
  /** Its reply when the stage completes; the connection's next frame waits for it. */
  @Action
  CompletionStage<Quote> quote(ChannelContext ctx, Symbol symbol);

  /** A reply of a type with no byte-level codec of its own. */
  @Action
  CompletableFuture<List<Quote>> history(ChannelContext ctx, Symbol symbol);

  /** No reply but the acknowledgement; the next frames go on before it completes. */
  @Action(overlap = true)
  CompletionStage<Void> watch(ChannelContext ctx, Symbol symbol);

  /** Answered at once, on the I/O thread. */
  @NonBlocking
  @Action
  int count(ChannelContext ctx);

  /** Acknowledged once it returns. */
  @Action
  void reset(ChannelContext ctx);
}

record Symbol(String ticker) {}

record Quote(String ticker, long cents) {}
