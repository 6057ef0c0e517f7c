package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.ActionNotExist;
import io.channels4j.runtime.ChannelContext;
import io.channels4j.runtime.internal.ActionCall;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guard;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.HandlerParams;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonScalars;
import io.channels4j.runtime.internal.PermissionRule;
import java.io.IOException;
import java.time.Clock;
import javax.annotation.processing.Generated;

/**
 * Routes the frames of one mounted {@link Auction} to its methods, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class AuctionDispatcher extends ChannelDispatcher<Auction> {
  private final JsonAdapter<Auction.Bid> auctionBidAdapter;

  private final JsonAdapter<Long> longAdapter;

  private final Guard bidGuard;

  private final Guard lookGuard;

  private final Guard legacyGuard;

  AuctionDispatcher(Auction channel, Guards guards, Moshi moshi) {
    super(channel, guards.channel(AuctionDescriptor.CHANNEL, PermissionRule.serverDefault()));
    this.auctionBidAdapter = new Auction_BidJsonAdapter(moshi);
    this.longAdapter = moshi.adapter(long.class);
    this.bidGuard = guards.action(AuctionDescriptor.CHANNEL, AuctionDescriptor.BID,
        PermissionRule.serverDefault());
    this.lookGuard = guards.action(AuctionDescriptor.CHANNEL, AuctionDescriptor.LOOK,
        PermissionRule.serverDefault());
    this.legacyGuard = guards.action(AuctionDescriptor.CHANNEL, AuctionDescriptor.LEGACY,
        PermissionRule.serverDefault());
  }

  @Override
  public Guard guard(String action) {
    return switch (action) {
      case "bid" -> bidGuard;
      case "look" -> lookGuard;
      case "legacy" -> legacyGuard;
      default -> throw new ActionNotExist(action);
    };
  }

  @Override
  public Object read(String action, JsonReader frame) throws IOException {
    return switch (action) {
      case "bid", "legacy" -> auctionBidAdapter.fromJson(frame);
      default -> null;
    };
  }

  @Override
  public Object read(String action, JsonInput in) {
    return switch (action) {
      case "bid", "legacy" -> Auction_BidJsonCodec.INSTANCE.read(in);
      default -> {
        in.skipFrame();
        yield null;
      }
    };
  }

  @Override
  public void invoke(String action, Object payload, ActionCall ctx) {
    switch (action) {
      case "bid" -> ctx.respond(longAdapter, JsonScalars.LONG, channel.bid((Auction.Bid) payload,
          HandlerParams.path(ctx, "lot", "a long", Long::valueOf), (Auction.Bidder) ctx.principal(),
          ctx.requestId(), ctx));
      case "look" -> channel.look(HandlerParams.path(ctx, "color", "one of RED, GREEN", Auction.Color::valueOf),
          HandlerParams.path(ctx, "id", "a UUID", HandlerParams::parseUuid),
          HandlerParams.path(ctx, "live", "true or false", HandlerParams::parseBoolean),
          HandlerParams.path(ctx, "price", "a number", HandlerParams::parseDouble),
          HandlerParams.path(ctx, "lot", "an int", Integer::valueOf),
          HandlerParams.attribute(ctx, "seen", Integer.class), provided(Clock.class));
      case "legacy" -> channel.legacy(ctx, (Auction.Bid) payload);
      default -> throw new ActionNotExist(action);
    }
  }

  @Override
  public void admit(ChannelContext ctx) {
    if (!(ctx.principal() instanceof Auction.Bidder)) {
      throw HandlerParams.wrongPrincipal(ctx, "bid() takes a @Principal com.example.Auction.Bidder");
    }
    HandlerParams.path(ctx, "lot", "a long", Long::valueOf);
  }

  @Override
  public void onJoin(ChannelContext ctx) {
    channel.joined(HandlerParams.path(ctx, "lot", "a long", Long::valueOf),
        (Auction.Bidder) ctx.principal(), ctx);
  }

  @Override
  public void onLeave(ChannelContext ctx) {
    channel.left(provided(Clock.class), ctx.pathParam("color"));
  }
}
