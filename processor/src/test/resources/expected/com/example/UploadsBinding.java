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
 * Binds {@link Uploads} to its generated dispatcher, descriptor and codecs; listed in
 * {@code META-INF/services} for the server to find.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class UploadsBinding extends ChannelBinding<Uploads> {
  /**
   * Called by {@code ServiceLoader}.
   */
  public UploadsBinding() {
    super(Uploads.class, UploadsDescriptor.CHANNEL);
  }

  @Override
  public int generatedCodeVersion() {
    return 5;
  }

  @Override
  public JsonAdapter.Factory jsonAdapterFactory() {
    return new UploadsJsonAdapterFactory();
  }

  @Override
  public Map<Class<?>, JsonCodec<?>> jsonCodecs() {
    return Map.ofEntries();
  }

  @Override
  public ChannelDispatcher<Uploads> newDispatcher(Uploads channel, Guards guards, Moshi moshi) {
    return new UploadsDispatcher(channel, guards, moshi);
  }
}
