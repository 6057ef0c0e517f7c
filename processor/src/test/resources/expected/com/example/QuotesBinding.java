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
 * Binds {@link Quotes} to its generated dispatcher, descriptor and codecs; listed in
 * {@code META-INF/services} for the server to find.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class QuotesBinding extends ChannelBinding<Quotes> {
  /**
   * Called by {@code ServiceLoader}.
   */
  public QuotesBinding() {
    super(Quotes.class, QuotesDescriptor.CHANNEL);
  }

  @Override
  public int generatedCodeVersion() {
    return 5;
  }

  @Override
  public JsonAdapter.Factory jsonAdapterFactory() {
    return new QuotesJsonAdapterFactory();
  }

  @Override
  public Map<Class<?>, JsonCodec<?>> jsonCodecs() {
    return Map.ofEntries(Map.entry(Symbol.class, SymbolJsonCodec.INSTANCE),
        Map.entry(Quote.class, QuoteJsonCodec.INSTANCE));
  }

  @Override
  public ChannelDispatcher<Quotes> newDispatcher(Quotes channel, Guards guards, Moshi moshi) {
    return new QuotesDispatcher(channel, guards, moshi);
  }
}
