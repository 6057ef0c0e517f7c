package io.channels4j.example;

import io.channels4j.runtime.undertow.ChannelServer;

/**
 * The three rooms of the fastapi-channels example and the page that uses them, on one server.
 *
 * <pre>{@code
 * ChannelServer server = ChatExample.start(8000, "memory://");
 * ...
 * server.stop();
 * }</pre>
 */
public final class ChatExample {
  /** The broker used when none is given: in-memory, single node. */
  public static final String DEFAULT_BROKER = "memory://";

  private ChatExample() {}

  /**
   * Starts the example server.
   *
   * @param port the port to listen on; 0 picks a free one, see {@link ChannelServer#port()}
   * @param broker the broker URL, such as {@code memory://} or {@code redis://127.0.0.1:6379}
   */
  public static ChannelServer start(int port, String broker) {
    return ChannelServer.builder()
        .port(port)
        .broker(broker)
        .mount(new BaseRoom())
        .mount(new PersonRoom())
        .mount(new GroupRoom())
        .staticResources("/", "web")
        .start();
  }
}
