package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ActionNotExist;
import io.channels4j.runtime.internal.ActionCall;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guard;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.JsonAdapters;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonScalars;
import io.channels4j.runtime.internal.PermissionRule;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Routes the frames of one mounted {@link Quotes} to its methods, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class QuotesDispatcher extends ChannelDispatcher<Quotes> {
  private final JsonAdapter<Symbol> symbolAdapter;

  private final JsonAdapter<Quote> quoteAdapter;

  private final JsonAdapter<List<Quote>> listOfQuoteAdapter;

  private final JsonAdapter<Integer> intAdapter;

  private final Guard quoteGuard;

  private final Guard historyGuard;

  private final Guard watchGuard;

  private final Guard countGuard;

  private final Guard resetGuard;

  QuotesDispatcher(Quotes channel, Guards guards, Moshi moshi) {
    super(channel, guards.channel(QuotesDescriptor.CHANNEL, PermissionRule.serverDefault()));
    this.symbolAdapter = new SymbolJsonAdapter(moshi);
    this.quoteAdapter = new QuoteJsonAdapter(moshi).nullSafe();
    this.listOfQuoteAdapter = JsonAdapters.list(new QuoteJsonAdapter(moshi).nullSafe());
    this.intAdapter = moshi.adapter(int.class);
    this.quoteGuard = guards.action(QuotesDescriptor.CHANNEL, QuotesDescriptor.QUOTE,
        PermissionRule.serverDefault());
    this.historyGuard = guards.action(QuotesDescriptor.CHANNEL, QuotesDescriptor.HISTORY,
        PermissionRule.serverDefault());
    this.watchGuard = guards.action(QuotesDescriptor.CHANNEL, QuotesDescriptor.WATCH,
        PermissionRule.serverDefault());
    this.countGuard = guards.action(QuotesDescriptor.CHANNEL, QuotesDescriptor.COUNT,
        PermissionRule.serverDefault());
    this.resetGuard = guards.action(QuotesDescriptor.CHANNEL, QuotesDescriptor.RESET,
        PermissionRule.serverDefault());
  }

  @Override
  public Guard guard(String action) {
    return switch (action) {
      case "quote" -> quoteGuard;
      case "history" -> historyGuard;
      case "watch" -> watchGuard;
      case "count" -> countGuard;
      case "reset" -> resetGuard;
      default -> throw new ActionNotExist(action);
    };
  }

  @Override
  public Object read(String action, JsonReader frame) throws IOException {
    return switch (action) {
      case "quote", "history", "watch" -> symbolAdapter.fromJson(frame);
      default -> null;
    };
  }

  @Override
  public Object read(String action, JsonInput in) {
    return switch (action) {
      case "quote", "history", "watch" -> SymbolJsonCodec.INSTANCE.read(in);
      default -> {
        in.skipFrame();
        yield null;
      }
    };
  }

  @Override
  public void invoke(String action, Object payload, ActionCall ctx) {
    switch (action) {
      case "quote" -> ctx.respondLater(channel.quote(ctx, (Symbol) payload), quoteAdapter, QuoteJsonCodec.INSTANCE, ActionCall.IN_TURN);
      case "history" -> ctx.respondLater(channel.history(ctx, (Symbol) payload), listOfQuoteAdapter, ActionCall.IN_TURN);
      case "watch" -> ctx.acknowledgeLater(channel.watch(ctx, (Symbol) payload), ActionCall.OVERLAP);
      case "count" -> ctx.respond(intAdapter, JsonScalars.INT, channel.count(ctx));
      case "reset" -> {
        channel.reset(ctx);
        ctx.acknowledge();
      }
      default -> throw new ActionNotExist(action);
    }
  }
}
