package com.example;

import io.channels4j.client.ChannelClient;
import io.channels4j.client.ClientOptions;
import io.channels4j.runtime.internal.JsonScalars;
import java.net.URI;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * A typed client of {@link Auction}, the channel at {@link #PATH}: a method per action,
 * answered by the server's replies, over {@link ChannelClient}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class AuctionClient {
  /**
   * The channel's path; {@link #connect} fills its parameters.
   */
  public static final String PATH = "/auction/{lot}/{color}/{id}/{live}/{price}";

  private final ChannelClient client;

  private AuctionClient(ChannelClient client) {
    this.client = client;
  }

  /**
   * Connects to the channel on {@code server} ({@code ws://host:port}); completes once the socket
   * is open.
   */
  public static CompletionStage<AuctionClient> connect(URI server, String lot, String color,
      String id, String live, String price, ClientOptions options) {
    return ChannelClient.connect(server, ChannelClient.path(PATH, lot, color, id, live, price),
        false, options) .thenApply(AuctionClient::new);
  }

  /**
   * {@link Auction#bid}: completes with its reply.
   */
  public CompletionStage<Long> bid(Auction.Bid bid) {
    return client.request("bid", Auction_BidJsonCodec.INSTANCE::write, bid, JsonScalars.LONG::read);
  }

  /**
   * {@link Auction#look}: completes once the frame is written; an error the server
   * answers it with goes to the listener's {@code onError}.
   */
  public CompletionStage<Void> look() {
    return client.send("look");
  }

  /**
   * {@link Auction#legacy}: completes once the frame is written; an error the server
   * answers it with goes to the listener's {@code onError}.
   */
  public CompletionStage<Void> legacy(Auction.Bid bid) {
    return client.send("legacy", Auction_BidJsonCodec.INSTANCE::write, bid);
  }

  /**
   * The connection under this client: {@code close()} it (it is {@code AutoCloseable}), ask
   * whether it {@code isOpen()}, read its {@code lastId()}. The client has no lifecycle
   * methods of its own, so that any action, {@code close} too, can have its name.
   */
  public ChannelClient connection() {
    return client;
  }
}
