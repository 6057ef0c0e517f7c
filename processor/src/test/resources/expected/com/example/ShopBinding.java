package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.ChannelBinding;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.JsonCodec;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Binds {@link Shop} to its generated dispatcher, descriptor and codecs; listed in
 * {@code META-INF/services} for the server to find.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ShopBinding extends ChannelBinding<Shop> {
  /**
   * Called by {@code ServiceLoader}.
   */
  public ShopBinding() {
    super(Shop.class, ShopDescriptor.CHANNEL);
  }

  @Override
  public int generatedCodeVersion() {
    return 5;
  }

  @Override
  public JsonAdapter.Factory jsonAdapterFactory() {
    return new ShopJsonAdapterFactory();
  }

  @Override
  public Map<Class<?>, JsonCodec<?>> jsonCodecs() {
    return Map.ofEntries(Map.entry(Order.class, OrderJsonCodec.INSTANCE));
  }

  @Override
  public ChannelDispatcher<Shop> newDispatcher(Shop channel, Guards guards, Moshi moshi) {
    return new ShopDispatcher(channel, guards, moshi);
  }
}
