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
 * Binds {@link Tickets} to its generated dispatcher, descriptor and codecs; listed in
 * {@code META-INF/services} for the server to find.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class TicketsBinding extends ChannelBinding<Tickets> {
  /**
   * Called by {@code ServiceLoader}.
   */
  public TicketsBinding() {
    super(Tickets.class, TicketsDescriptor.CHANNEL);
  }

  @Override
  public int generatedCodeVersion() {
    return 5;
  }

  @Override
  public JsonAdapter.Factory jsonAdapterFactory() {
    return new TicketsJsonAdapterFactory();
  }

  @Override
  public Map<Class<?>, JsonCodec<?>> jsonCodecs() {
    return Map.ofEntries(Map.entry(Tickets.Open.class, Tickets_OpenJsonCodec.INSTANCE),
        Map.entry(Tickets.Ticket.class, Tickets_TicketJsonCodec.INSTANCE));
  }

  @Override
  public ResponseEnvelope responseEnvelope() {
    return TicketsResponseEnvelope.INSTANCE;
  }

  @Override
  public ChannelDispatcher<Tickets> newDispatcher(Tickets channel, Guards guards, Moshi moshi) {
    return new TicketsDispatcher(channel, guards, moshi);
  }
}
