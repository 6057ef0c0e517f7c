package io.channels4j.example;

import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.ChannelException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** The handlers of {@link AuctionChannel}: the highest bid per lot, on this server. */
final class AuctionRoom implements AuctionChannel {
  /** Where estimates are worked out: a moment later, as a call to another service would be. */
  private static final Executor APPRAISER =
      CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS);

  private final ConcurrentMap<Long, Bid> highest = new ConcurrentHashMap<>();

  @Override
  public void bid(ChannelContext ctx, long lot, Bid bid) {
    Bid winner =
        highest.merge(
            lot,
            bid,
            (current, offered) -> offered.amount() > current.amount() ? offered : current);
    if (winner != bid) {
      throw new ChannelException("Bid too low: the highest is " + winner.amount())
          .withData(new Estimate(lot, winner.amount(), winner.amount() + 1));
    }
    ctx.broadcast(new BidEvent("bid", lot, bid.user(), bid.amount()));
  }

  @Override
  public CompletionStage<Estimate> estimate(long lot) {
    return CompletableFuture.supplyAsync(
        () -> {
          Bid bid = highest.get(lot);
          long amount = bid == null ? 0 : bid.amount();
          return new Estimate(lot, amount, amount + 1);
        },
        APPRAISER);
  }
}
