package com.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.internal.ChannelBinding;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.Guards;
import javax.annotation.processing.Generated;

/**
 * Binds {@link Zoo} to its generated dispatcher, descriptor and codecs; listed in
 * {@code META-INF/services} for the server to find.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ZooBinding extends ChannelBinding<Zoo> {
  /**
   * Called by {@code ServiceLoader}.
   */
  public ZooBinding() {
    super(Zoo.class, ZooDescriptor.CHANNEL);
  }

  @Override
  public int generatedCodeVersion() {
    return 1;
  }

  @Override
  public JsonAdapter.Factory jsonAdapterFactory() {
    return new ZooJsonAdapterFactory();
  }

  @Override
  public ChannelDispatcher<Zoo> newDispatcher(Zoo channel, Guards guards, Moshi moshi) {
    return new ZooDispatcher(channel, guards, moshi);
  }
}
