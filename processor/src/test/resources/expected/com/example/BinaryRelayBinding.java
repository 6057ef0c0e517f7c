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
 * Binds {@link BinaryRelay} to its generated dispatcher, descriptor and codecs; listed in
 * {@code META-INF/services} for the server to find.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class BinaryRelayBinding extends ChannelBinding<BinaryRelay> {
  /**
   * Called by {@code ServiceLoader}.
   */
  public BinaryRelayBinding() {
    super(BinaryRelay.class, BinaryRelayDescriptor.CHANNEL);
  }

  @Override
  public int generatedCodeVersion() {
    return 5;
  }

  @Override
  public JsonAdapter.Factory jsonAdapterFactory() {
    return new BinaryRelayJsonAdapterFactory();
  }

  @Override
  public Map<Class<?>, JsonCodec<?>> jsonCodecs() {
    return Map.ofEntries();
  }

  @Override
  public ChannelDispatcher<BinaryRelay> newDispatcher(BinaryRelay channel, Guards guards,
      Moshi moshi) {
    return new BinaryRelayDispatcher(channel, guards, moshi);
  }
}
