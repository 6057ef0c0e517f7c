package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.ChannelBinding;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guards;
import io.channels4j.runtime.internal.JsonCodec;
import io.channels4j.runtime.internal.ResponseEnvelope;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Binds {@link Signals} to its generated dispatcher, descriptor and codecs; listed in
 * {@code META-INF/services} for the server to find.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class SignalsBinding extends ChannelBinding<Signals> {
  /**
   * Called by {@code ServiceLoader}.
   */
  public SignalsBinding() {
    super(Signals.class, SignalsDescriptor.CHANNEL);
  }

  @Override
  public int generatedCodeVersion() {
    return 5;
  }

  @Override
  public JsonAdapter.Factory jsonAdapterFactory() {
    return new SignalsJsonAdapterFactory();
  }

  @Override
  public Map<Class<?>, JsonCodec<?>> jsonCodecs() {
    return Map.ofEntries(Map.entry(Signals.Level.class, Signals_LevelJsonCodec.INSTANCE));
  }

  @Override
  public ResponseEnvelope responseEnvelope() {
    return SignalsResponseEnvelope.INSTANCE;
  }

  @Override
  public ChannelDispatcher<Signals> newDispatcher(Signals channel, Guards guards, Moshi moshi) {
    return new SignalsDispatcher(channel, guards, moshi);
  }
}
