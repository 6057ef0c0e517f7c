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
 * Binds {@link Rooms.Chat} to its generated dispatcher, descriptor and codecs; listed in
 * {@code META-INF/services} for the server to find.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Rooms_ChatBinding extends ChannelBinding<Rooms.Chat> {
  /**
   * Called by {@code ServiceLoader}.
   */
  public Rooms_ChatBinding() {
    super(Rooms.Chat.class, Rooms_ChatDescriptor.CHANNEL);
  }

  @Override
  public int generatedCodeVersion() {
    return 5;
  }

  @Override
  public JsonAdapter.Factory jsonAdapterFactory() {
    return new Rooms_ChatJsonAdapterFactory();
  }

  @Override
  public Map<Class<?>, JsonCodec<?>> jsonCodecs() {
    return Map.ofEntries(Map.entry(Rooms.Line.class, Rooms_LineJsonCodec.INSTANCE));
  }

  @Override
  public ChannelDispatcher<Rooms.Chat> newDispatcher(Rooms.Chat channel, Guards guards,
      Moshi moshi) {
    return new Rooms_ChatDispatcher(channel, guards, moshi);
  }
}
