package io.channels4j.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.NonBlocking;
import io.channels4j.annotations.PathParam;
import io.channels4j.runtime.ChannelContext;
import java.util.concurrent.CompletionStage;

/**
 * The room {@code auction:{lot}} at {@code /auction/{lot}}, one per lot: the lot is a number the
 * handlers take from the path, bids are validated before they reach the handler, and the estimate
 * is answered later, when a stage completes.
 */
@Channel(path = "/auction/{lot}", room = "auction:{lot}", messages = BidEvent.class)
public interface AuctionChannel {
  /**
   * Bids on the lot: a bid above the highest is broadcast to the room, and the bidder's frame is
   * acknowledged; a bid at or below it is refused. Never blocks, so it runs on the I/O thread.
   */
  @NonBlocking
  @Action(value = "bid", ack = true)
  void bid(ChannelContext ctx, @PathParam("lot") long lot, Bid bid);

  /** The lot's highest bid and the least next one, answered by a stage that completes later. */
  @Action("estimate")
  CompletionStage<Estimate> estimate(@PathParam("lot") long lot);
}
