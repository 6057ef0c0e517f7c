package com.example;

import io.channels4j.client.ChannelClient;
import io.channels4j.client.ClientMessage;
import io.channels4j.client.ClientOptions;
import io.channels4j.client.HistoryQuery;
import io.channels4j.client.MessagePage;
import io.channels4j.runtime.internal.JsonScalars;
import java.net.URI;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * A typed client of {@link GroupChat}, the channel at {@link #PATH}: a method per action,
 * answered by the server's replies, over {@link ChannelClient}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class GroupChatClient {
  /**
   * The channel's path; {@link #connect} fills its parameters.
   */
  public static final String PATH = "/group";

  private final ChannelClient client;

  private GroupChatClient(ChannelClient client) {
    this.client = client;
  }

  /**
   * Connects to the channel on {@code server} ({@code ws://host:port}); completes once the socket
   * is open.
   */
  public static CompletionStage<GroupChatClient> connect(URI server, ClientOptions options) {
    return ChannelClient.connect(server, ChannelClient.path(PATH), true, options)
        .thenApply(GroupChatClient::new);
  }

  /**
   * {@link GroupChat#message}: completes once the frame is written; an error the server
   * answers it with goes to the listener's {@code onError}.
   */
  public CompletionStage<Void> message(ChatMessage msg) {
    return client.send("message", ChatMessageJsonCodec.INSTANCE::write, msg);
  }

  /**
   * {@link GroupChat#count}: completes with its reply.
   */
  public CompletionStage<Count> count() {
    return client.request("count", CountJsonCodec.INSTANCE::read);
  }

  /**
   * {@link GroupChat#total}: completes with its reply.
   */
  public CompletionStage<Integer> total() {
    return client.request("total", JsonScalars.INT::read);
  }

  /**
   * {@link GroupChat#secret}: completes once the frame is written; an error the server
   * answers it with goes to the listener's {@code onError}.
   */
  public CompletionStage<Void> secret() {
    return client.send("secret");
  }

  /**
   * {@link GroupChat#either}: completes with its reply.
   */
  public CompletionStage<String> either(ChatMessage msg) {
    return client.request("either", ChatMessageJsonCodec.INSTANCE::write, msg,
        JsonScalars.STRING::read);
  }

  /**
   * {@link GroupChat#never}: completes once the frame is written; an error the server
   * answers it with goes to the listener's {@code onError}.
   */
  public CompletionStage<Void> never() {
    return client.send("never");
  }

  /**
   * Asks for a page of the room's history, the built-in action.
   */
  public CompletionStage<MessagePage> history(HistoryQuery query) {
    return client.history(query);
  }

  /**
   * A pushed message read as a {@link Notice}.
   *
   * @throws IllegalArgumentException if it is not one
   */
  public static Notice asNotice(ClientMessage message) {
    return message.decode(NoticeJsonCodec.INSTANCE::read);
  }

  /**
   * The connection under this client: {@code close()} it (it is {@code AutoCloseable}), ask
   * whether it {@code isOpen()}, read its {@code lastId()}. The client has no lifecycle
   * methods of its own, so that any action, {@code close} too, can have its name.
   */
  public ChannelClient connection() {
    return client;
  }
}
