package io.channels4j.runtime.undertow;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.PathHandler;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import io.undertow.util.MimeMappings;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** A server's HTTP handler and its own Undertow listener. */
final class Listener {
  /** The size of Undertow's own default buffers on a heap over 128 MiB. */
  private static final int UNDERTOW_BUFFER_SIZE = 16_364;

  /** Undertow's, and TypeScript sources (the contract's) as text a browser shows. */
  private static final MimeMappings MIME_TYPES =
      MimeMappings.builder(true).addMapping("ts", "text/plain").build();

  private Listener() {}

  /**
   * The server's HTTP handler: the {@link Router}, then the static resources, then {@code next} for
   * every other request.
   */
  static HttpHandler handler(
      ServerConfig config,
      ServerContext context,
      List<Mount> mounts,
      ServerAdmin admin,
      HttpHandler next) {
    HttpHandler fallback = next;
    if (!config.staticResources.isEmpty()) {
      PathHandler paths = Handlers.path(fallback);
      for (Map.Entry<String, String> entry : config.staticResources.entrySet()) {
        ClassLoader loader = ChannelServer.class.getClassLoader();
        ResourceHandler resources =
            new ResourceHandler(new ClassPathResourceManager(loader, entry.getValue()), fallback)
                .setWelcomeFiles("index.html")
                .setMimeMappings(MIME_TYPES);
        paths.addPrefixPath(entry.getKey(), resources);
      }
      fallback = paths;
    }
    AdminHandler adminHandler =
        config.adminPath == null
            ? null
            : new AdminHandler(
                config.adminPath, config.adminGuard, admin, context, Clock.systemUTC());
    return new Router(
        context,
        mounts,
        adminHandler,
        config.healthPath,
        config.metricsPath,
        config.scrape,
        config.allowedOrigins,
        config.authenticator,
        config.tokenQueryParameter,
        config.tokenCookie,
        fallback);
  }

  /** The buffers of a server's own listener, Undertow's default size. */
  static IoThreadBufferPool bufferPool() {
    return new IoThreadBufferPool(UNDERTOW_BUFFER_SIZE);
  }

  /**
   * Starts the server's own listener, with {@code handler} and 404 for what it does not serve, on
   * buffers from {@code buffers}.
   */
  static Undertow start(ServerConfig config, HttpHandler handler, IoThreadBufferPool buffers) {
    Undertow.Builder builder = Undertow.builder();
    if (config.tls != null) {
      builder.addHttpsListener(config.port, config.host, config.tls);
    } else {
      builder.addHttpListener(config.port, config.host);
    }
    Undertow undertow = builder.setByteBufferPool(buffers).setHandler(handler).build();
    undertow.start();
    return undertow;
  }
}
