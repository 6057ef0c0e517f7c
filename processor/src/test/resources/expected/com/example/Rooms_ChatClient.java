package com.example;

import io.channels4j.client.ChannelClient;
import io.channels4j.client.ClientOptions;
import io.channels4j.runtime.internal.JsonInput;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * A typed client of {@link Rooms.Chat}, the channel at {@link #PATH}: a method per action,
 * answered by the server's replies, over {@link ChannelClient}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class Rooms_ChatClient {
  /**
   * The channel's path; {@link #connect} fills its parameters.
   */
  public static final String PATH = "/chat/{topic}/{lang}";

  private final ChannelClient client;

  private Rooms_ChatClient(ChannelClient client) {
    this.client = client;
  }

  /**
   * Connects to the channel on {@code server} ({@code ws://host:port}); completes once the socket
   * is open.
   */
  public static CompletionStage<Rooms_ChatClient> connect(URI server, String topic, String lang,
      ClientOptions options) {
    return ChannelClient.connect(server, ChannelClient.path(PATH, topic, lang), false, options)
        .thenApply(Rooms_ChatClient::new);
  }

  /**
   * {@link Rooms.Chat#say}: completes once the frame is written; an error the server
   * answers it with goes to the listener's {@code onError}.
   */
  public CompletionStage<Void> say(Rooms.Line line) {
    return client.send("say", Rooms_LineJsonCodec.INSTANCE::write, line);
  }

  /**
   * {@link Rooms.Chat#history}: completes with its reply.
   */
  public CompletionStage<Rooms.Line[]> history() {
    return client.request("history", in -> readRoomsLineArray(in));
  }

  /**
   * The connection under this client: {@code close()} it (it is {@code AutoCloseable}), ask
   * whether it {@code isOpen()}, read its {@code lastId()}. The client has no lifecycle
   * methods of its own, so that any action, {@code close} too, can have its name.
   */
  public ChannelClient connection() {
    return client;
  }

  private List<Rooms.Line> readListOfRoomsLine(JsonInput in) {
    List<Rooms.Line> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : Rooms_LineJsonCodec.INSTANCE.read(in));
    }
    in.endArray();
    return result;
  }

  private Rooms.Line[] readRoomsLineArray(JsonInput in) {
    return readListOfRoomsLine(in).toArray(Rooms.Line[]::new);
  }
}
