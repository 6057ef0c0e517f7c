package com.example;

import io.channels4j.client.ChannelClient;
import io.channels4j.client.ClientOptions;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonScalars;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * A typed client of {@link Quotes}, the channel at {@link #PATH}: a method per action,
 * answered by the server's replies, over {@link ChannelClient}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class QuotesClient {
  /**
   * The channel's path; {@link #connect} fills its parameters.
   */
  public static final String PATH = "/quotes";

  private final ChannelClient client;

  private QuotesClient(ChannelClient client) {
    this.client = client;
  }

  /**
   * Connects to the channel on {@code server} ({@code ws://host:port}); completes once the socket
   * is open.
   */
  public static CompletionStage<QuotesClient> connect(URI server, ClientOptions options) {
    return ChannelClient.connect(server, ChannelClient.path(PATH), false, options)
        .thenApply(QuotesClient::new);
  }

  /**
   * {@link Quotes#quote}: completes with its reply.
   */
  public CompletionStage<Quote> quote(Symbol symbol) {
    return client.request("quote", SymbolJsonCodec.INSTANCE::write, symbol,
        QuoteJsonCodec.INSTANCE::read);
  }

  /**
   * {@link Quotes#history}: completes with its reply.
   */
  public CompletionStage<List<Quote>> history(Symbol symbol) {
    return client.request("history", SymbolJsonCodec.INSTANCE::write, symbol,
        in -> readListOfQuote(in));
  }

  /**
   * {@link Quotes#watch}: completes when the server acknowledges it.
   */
  public CompletionStage<Void> watch(Symbol symbol) {
    return client.acknowledged("watch", SymbolJsonCodec.INSTANCE::write, symbol);
  }

  /**
   * {@link Quotes#count}: completes with its reply.
   */
  public CompletionStage<Integer> count() {
    return client.request("count", JsonScalars.INT::read);
  }

  /**
   * {@link Quotes#reset}: completes when the server acknowledges it.
   */
  public CompletionStage<Void> reset() {
    return client.acknowledged("reset");
  }

  /**
   * The connection under this client: {@code close()} it (it is {@code AutoCloseable}), ask
   * whether it {@code isOpen()}, read its {@code lastId()}. The client has no lifecycle
   * methods of its own, so that any action, {@code close} too, can have its name.
   */
  public ChannelClient connection() {
    return client;
  }

  private List<Quote> readListOfQuote(JsonInput in) {
    List<Quote> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : QuoteJsonCodec.INSTANCE.read(in));
    }
    in.endArray();
    return result;
  }
}
