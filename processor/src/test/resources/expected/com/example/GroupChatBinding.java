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
 * Binds {@link GroupChat} to its generated dispatcher, descriptor and codecs; listed in
 * {@code META-INF/services} for the server to find.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class GroupChatBinding extends ChannelBinding<GroupChat> {
  /**
   * Called by {@code ServiceLoader}.
   */
  public GroupChatBinding() {
    super(GroupChat.class, GroupChatDescriptor.CHANNEL);
  }

  @Override
  public int generatedCodeVersion() {
    return 5;
  }

  @Override
  public JsonAdapter.Factory jsonAdapterFactory() {
    return new GroupChatJsonAdapterFactory();
  }

  @Override
  public Map<Class<?>, JsonCodec<?>> jsonCodecs() {
    return Map.ofEntries(Map.entry(ChatMessage.class, ChatMessageJsonCodec.INSTANCE),
        Map.entry(Count.class, CountJsonCodec.INSTANCE),
        Map.entry(Notice.class, NoticeJsonCodec.INSTANCE));
  }

  @Override
  public ChannelDispatcher<GroupChat> newDispatcher(GroupChat channel, Guards guards, Moshi moshi) {
    return new GroupChatDispatcher(channel, guards, moshi);
  }
}
