package com.example;

import io.channels4j.annotations.Action;
import io.channels4j.annotations.Attribute;
import io.channels4j.annotations.Channel;
import io.channels4j.annotations.OnJoin;
import io.channels4j.annotations.OnLeave;
import io.channels4j.annotations.PathParam;
import io.channels4j.annotations.Principal;
import io.channels4j.annotations.Provided;
import io.channels4j.annotations.RequestId;
import io.channels4j.runtime.ChannelContext;
import java.time.Clock;
import java.util.UUID;

/** Handler parameters in any order: every kind, in actions and in join and leave events. */
@Channel(path = "/auction/{lot}/{color}/{id}/{live}/{price}", room = "auction:{lot}")
public interface Auction {
  enum Color {
    RED,
    GREEN
  }

  record Bid(long amount) {}

  /** What the authenticator returns; an interface of the application's own. */
  interface Bidder extends java.security.Principal {}

  @Action("bid")
  default long bid(
      Bid bid,
      @PathParam("lot") long lot,
      @Principal Bidder bidder,
      @RequestId long requestId,
      ChannelContext ctx) {
    return lot;
  }

  @Action("look")
  void look(
      @PathParam("color") Color color,
      @PathParam("id") UUID id,
      @PathParam("live") boolean live,
      @PathParam("price") double price,
      @PathParam("lot") Integer lot,
      @Attribute("seen") Integer seen,
      @Provided Clock clock);

  @Action("legacy")
  void legacy(ChannelContext ctx, Bid bid);

  @OnJoin
  default void joined(@PathParam("lot") Long lot, @Principal Bidder bidder, ChannelContext ctx) {}

  @OnLeave
  default void left(@Provided Clock clock, @PathParam("color") String color) {}
}
