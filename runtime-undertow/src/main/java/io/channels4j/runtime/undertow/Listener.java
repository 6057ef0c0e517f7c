package io.channels4j.runtime.undertow;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.PathHandler;
import io.undertow.server.handlers.ResponseCodeHandler;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import java.util.List;
import java.util.Map;

/** Starts a server's Undertow listener: the {@link Router}, then the static resources, then 404. */
final class Listener {
  /** The size of Undertow's own default buffers on a heap over 128 MiB. */
  private static final int UNDERTOW_BUFFER_SIZE = 16_364;

  private Listener() {}

  static Undertow start(ServerConfig config, ServerContext context, List<Mount> mounts) {
    HttpHandler fallback = ResponseCodeHandler.HANDLE_404;
    if (!config.staticResources.isEmpty()) {
      PathHandler paths = Handlers.path(fallback);
      for (Map.Entry<String, String> entry : config.staticResources.entrySet()) {
        ClassLoader loader = ChannelServer.class.getClassLoader();
        ResourceHandler resources =
            new ResourceHandler(new ClassPathResourceManager(loader, entry.getValue()), fallback)
                .setWelcomeFiles("index.html");
        paths.addPrefixPath(entry.getKey(), resources);
      }
      fallback = paths;
    }
    Router router =
        new Router(
            context,
            mounts,
            config.healthPath,
            config.allowedOrigins,
            config.authenticator,
            config.tokenQueryParameter,
            config.tokenCookie,
            fallback);
    Undertow undertow =
        Undertow.builder()
            .addHttpListener(config.port, config.host)
            .setByteBufferPool(new IoThreadBufferPool(UNDERTOW_BUFFER_SIZE))
            .setHandler(router)
            .build();
    undertow.start();
    return undertow;
  }
}
