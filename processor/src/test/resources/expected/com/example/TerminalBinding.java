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
 * Binds {@link Terminal} to its generated dispatcher, descriptor and codecs; listed in
 * {@code META-INF/services} for the server to find.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class TerminalBinding extends ChannelBinding<Terminal> {
  /**
   * Called by {@code ServiceLoader}.
   */
  public TerminalBinding() {
    super(Terminal.class, TerminalDescriptor.CHANNEL);
  }

  @Override
  public int generatedCodeVersion() {
    return 5;
  }

  @Override
  public JsonAdapter.Factory jsonAdapterFactory() {
    return new TerminalJsonAdapterFactory();
  }

  @Override
  public Map<Class<?>, JsonCodec<?>> jsonCodecs() {
    return Map.ofEntries();
  }

  @Override
  public ChannelDispatcher<Terminal> newDispatcher(Terminal channel, Guards guards, Moshi moshi) {
    return new TerminalDispatcher(channel, guards, moshi);
  }
}
