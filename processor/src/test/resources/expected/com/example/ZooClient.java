package com.example;

import io.channels4j.client.ChannelClient;
import io.channels4j.client.ClientMessage;
import io.channels4j.client.ClientOptions;
import io.channels4j.runtime.internal.JsonInput;
import io.channels4j.runtime.internal.JsonOutput;
import io.channels4j.runtime.internal.JsonScalars;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * A typed client of {@link Zoo}, the channel at {@link #PATH}: a method per action,
 * answered by the server's replies, over {@link ChannelClient}.
 */
@Generated("io.channels4j.processor.ChannelProcessor")
public final class ZooClient {
  /**
   * The channel's path; {@link #connect} fills its parameters.
   */
  public static final String PATH = "/zoo";

  private final ChannelClient client;

  private ZooClient(ChannelClient client) {
    this.client = client;
  }

  /**
   * Connects to the channel on {@code server} ({@code ws://host:port}); completes once the socket
   * is open.
   */
  public static CompletionStage<ZooClient> connect(URI server, ClientOptions options) {
    return ChannelClient.connect(server, ChannelClient.path(PATH), false, options)
        .thenApply(ZooClient::new);
  }

  /**
   * {@link Zoo#animals}: completes with its reply.
   */
  public CompletionStage<Animals> animals(Animals animals) {
    return client.request("animals", AnimalsJsonCodec.INSTANCE::write, animals,
        AnimalsJsonCodec.INSTANCE::read);
  }

  /**
   * {@link Zoo#text}: completes with its reply.
   */
  public CompletionStage<String> text(Map<String, Integer> scores) {
    return client.request("text", (out, value) -> writeMapOfInteger(out, value), scores,
        JsonScalars.STRING::read);
  }

  /**
   * {@link Zoo#list}: completes with its reply.
   */
  public CompletionStage<List<Keeper>> list(Keeper keeper) {
    return client.request("list", KeeperJsonCodec.INSTANCE::write, keeper,
        in -> readListOfKeeper(in));
  }

  /**
   * {@link Zoo#array}: completes with its reply.
   */
  public CompletionStage<int[]> array() {
    return client.request("array", in -> readIntArray(in));
  }

  /**
   * {@link Zoo#holder}: completes with its reply.
   */
  public CompletionStage<Holder> holder(Holder holder) {
    return client.request("holder", HolderJsonCodec.INSTANCE::write, holder,
        HolderJsonCodec.INSTANCE::read);
  }

  /**
   * {@link Zoo#node}: completes with its reply.
   */
  public CompletionStage<Optional<Node>> node(Node node) {
    return client.request("node", NodeJsonCodec.INSTANCE::write, node, NodeJsonCodec.INSTANCE::read)
        .thenApply(Optional::ofNullable);
  }

  /**
   * {@link Zoo#family}: completes once the frame is written; an error the server
   * answers it with goes to the listener's {@code onError}.
   */
  public CompletionStage<Void> family(Parent parent) {
    return client.send("family", ParentJsonCodec.INSTANCE::write, parent);
  }

  /**
   * A pushed message read as a {@link Zoo.Event}.
   *
   * @throws IllegalArgumentException if it is not one
   */
  public static Zoo.Event asEvent(ClientMessage message) {
    return message.decode(Zoo_EventJsonCodec.INSTANCE::read);
  }

  /**
   * A pushed message read as a {@link Bean}.
   *
   * @throws IllegalArgumentException if it is not one
   */
  public static Bean asBean(ClientMessage message) {
    return message.decode(BeanJsonCodec.INSTANCE::read);
  }

  /**
   * The connection under this client: {@code close()} it (it is {@code AutoCloseable}), ask
   * whether it {@code isOpen()}, read its {@code lastId()}. The client has no lifecycle
   * methods of its own, so that any action, {@code close} too, can have its name.
   */
  public ChannelClient connection() {
    return client;
  }

  private List<Keeper> readListOfKeeper(JsonInput in) {
    List<Keeper> result = new ArrayList<>();
    in.beginArray();
    while (in.hasNext()) {
      result.add(in.nextNull() ? null : KeeperJsonCodec.INSTANCE.read(in));
    }
    in.endArray();
    return result;
  }

  private int[] readIntArray(JsonInput in) {
    int[] result = new int[8];
    int size = 0;
    in.beginArray();
    while (in.hasNext()) {
      if (size == result.length) {
        result = Arrays.copyOf(result, size * 2);
      }
      result[size++] = in.nextInt();
    }
    in.endArray();
    return Arrays.copyOf(result, size);
  }

  private void writeMapOfInteger(JsonOutput out, Map<String, Integer> value) {
    out.beginObject();
    for (Map.Entry<String, Integer> entry : value.entrySet()) {
      // A null member is left out, as Moshi leaves it out
      if (entry.getValue() != null) {
        out.name(entry.getKey());
        out.value(entry.getValue());
      }
    }
    out.endObject();
  }
}
