package io.channels4j.example;

import io.channels4j.runtime.Authenticator;
import io.channels4j.runtime.undertow.AdminGuard;
import io.channels4j.runtime.undertow.ChannelServer;
import java.security.Principal;

/**
 * The three rooms of the fastapi-channels example, an auction room (path parameters, validated
 * payloads, an answer that comes later) and a room for binary frames, and the page that uses them,
 * on one server.
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

  /** The name of a client that connects without {@code ?token=}. */
  static final String ANONYMOUS = "anonymous";

  /**
   * Takes the handshake's {@code ?token=} as the user's name: there are no passwords in this
   * example, only display names. Nobody is refused.
   */
  static final Authenticator NAME_AS_TOKEN =
      token -> {
        String name = token == null || token.isBlank() ? ANONYMOUS : token.strip();
        return new User(name.length() > 40 ? name.substring(0, 40) : name);
      };

  private ChatExample() {}

  /**
   * Starts the example server.
   *
   * @param port the port to listen on; 0 picks a free one, see {@link ChannelServer#port()}
   * @param broker the broker URL, such as {@code memory://} or {@code redis://127.0.0.1:6379}
   */
  public static ChannelServer start(int port, String broker) {
    return start("localhost", port, broker);
  }

  /**
   * Starts the example server on {@code host}: {@code localhost} for this machine only, {@code
   * 0.0.0.0} for every interface.
   */
  public static ChannelServer start(String host, int port, String broker) {
    return start(host, port, broker, null);
  }

  /**
   * Starts the example server with its admin API and page ({@code /admin.html}) behind {@code
   * adminToken}; none when it is {@code null}.
   */
  public static ChannelServer start(String host, int port, String broker, String adminToken) {
    ChannelServer.Builder builder = ChannelServer.builder();
    if (adminToken != null) {
      builder.admin("/admin", AdminGuard.token(adminToken));
    }
    return configure(builder.host(host).port(port).broker(broker)).start();
  }

  /**
   * The example's authenticator, rooms, page and health check on {@code builder}: what {@link
   * #start} serves, and what the tests mount on their own server.
   */
  static ChannelServer.Builder configure(ChannelServer.Builder builder) {
    return builder
        .authenticator(NAME_AS_TOKEN)
        .mount(new BaseRoom())
        .mount(new PersonRoom())
        .mount(new GroupRoom())
        .mount(new AuctionRoom())
        .mount(new DropRoom())
        // index.html, app.js and app.css; the page imports the generated TypeScript client's ES
        // module build from /contract/typescript/.
        .staticResources("/", "web")
        .contract("/contract")
        .healthPath("/health");
  }

  /** A user known by name only. */
  record User(String name) implements Principal {
    @Override
    public String getName() {
      return name;
    }
  }
}
