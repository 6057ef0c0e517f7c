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
import io.channels4j.runtime.internal.PermissionRule;
import java.io.IOException;
import javax.annotation.processing.Generated;

/**
 * Routes the frames of one mounted {@link Shop} to its methods, without reflection.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
final class ShopDispatcher extends ChannelDispatcher<Shop> {
  private final JsonAdapter<Order> orderAdapter;

  private final JsonAdapter<Money> moneyAdapter;

  private final Guard buyGuard;

  ShopDispatcher(Shop channel, Guards guards, Moshi moshi) {
    super(channel, guards.channel(ShopDescriptor.CHANNEL, PermissionRule.serverDefault()));
    this.orderAdapter = new OrderJsonAdapter(moshi);
    this.moneyAdapter = JsonAdapters.mapped(moshi.adapter(String.class), Shop.MoneyCodec::read,
        Shop.MoneyCodec::write, "Money");
    this.buyGuard = guards.action(ShopDescriptor.CHANNEL, ShopDescriptor.BUY,
        PermissionRule.serverDefault());
  }

  @Override
  public Guard guard(String action) {
    return switch (action) {
      case "buy" -> buyGuard;
      default -> throw new ActionNotExist(action);
    };
  }

  @Override
  public Object read(String action, JsonReader frame) throws IOException {
    return switch (action) {
      case "buy" -> orderAdapter.fromJson(frame);
      default -> null;
    };
  }

  @Override
  public Object read(String action, JsonInput in) {
    return switch (action) {
      case "buy" -> OrderJsonCodec.INSTANCE.read(in);
      default -> {
        in.skipFrame();
        yield null;
      }
    };
  }

  @Override
  public void invoke(String action, Object payload, ActionCall ctx) {
    switch (action) {
      case "buy" -> ctx.respond(moneyAdapter, channel.buy(ctx, (Order) payload));
      default -> throw new ActionNotExist(action);
    }
  }
}
