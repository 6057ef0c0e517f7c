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
    return 5;
  }

  @Override
  public JsonAdapter.Factory jsonAdapterFactory() {
    return new ZooJsonAdapterFactory();
  }

  @Override
  public Map<Class<?>, JsonCodec<?>> jsonCodecs() {
    return Map.ofEntries(Map.entry(Animals.class, AnimalsJsonCodec.INSTANCE),
        Map.entry(Color.class, ColorJsonCodec.INSTANCE),
        Map.entry(Keeper.class, KeeperJsonCodec.INSTANCE),
        Map.entry(Holder.class, HolderJsonCodec.INSTANCE),
        Map.entry(Bean.class, BeanJsonCodec.INSTANCE),
        Map.entry(Node.class, NodeJsonCodec.INSTANCE),
        Map.entry(Parent.class, ParentJsonCodec.INSTANCE),
        Map.entry(Child.class, ChildJsonCodec.INSTANCE),
        Map.entry(Zoo.Event.class, Zoo_EventJsonCodec.INSTANCE));
  }

  @Override
  public ChannelDispatcher<Zoo> newDispatcher(Zoo channel, Guards guards, Moshi moshi) {
    return new ZooDispatcher(channel, guards, moshi);
  }
}
