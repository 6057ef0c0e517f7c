package io.channels4j.example;

import io.channels4j.runtime.undertow.ChannelServer;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the example: {@code java -jar channels4j-example.jar [--port N] [--broker URL] [--host H]}.
 *
 * <p>The port defaults to {@code $PORT} or 8000, the broker to {@code $BROKER_URL} or {@code
 * memory://}, the host to {@code $HOST} or {@code localhost}. Ctrl-C stops the server gracefully.
 */
public final class Main {
  static {
    // Undertow and XNIO log through JBoss Logging, which would pick java.util.logging (a second
    // format on stderr) unless told to use SLF4J, like the rest; before either class loads.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
  }

  private Main() {}

  /** Parses the arguments, starts the server and waits until the JVM is asked to stop. */
  public static void main(String[] args) throws InterruptedException {
    Options options;
    try {
      options = Options.parse(args, System.getenv());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.println(Options.USAGE);
      return;
    }
    // The admin API and page, only when a token is given: ADMIN_TOKEN=s3cret.
    String adminToken = System.getenv("ADMIN_TOKEN");
    if (adminToken != null && adminToken.isBlank()) {
      adminToken = null;
    }
    ChannelServer server;
    try {
      server = ChatExample.start(options.host(), options.port(), options.broker(), adminToken);
    } catch (RuntimeException e) {
      // A taken port or an unknown broker scheme: say so without a stack trace.
      System.err.println("Could not start the example: " + e.getMessage());
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Stopping...");
                  server.stop();
                  System.out.println("Stopped.");
                  stopped.countDown();
                },
                "channels4j-example-shutdown"));
    System.out.println(
        "channels4j example running with broker "
            + options.broker()
            + ". Open http://"
            + browserHost(options.host())
            + ":"
            + server.port()
            + " (Ctrl-C to stop)");
    if (adminToken != null) {
      System.out.println(
          "Admin page: http://"
              + browserHost(options.host())
              + ":"
              + server.port()
              + "/admin.html (sign in with ADMIN_TOKEN)");
    }
    stopped.await();
  }

  /** Where a browser on this machine reaches a server listening on {@code host}. */
  static String browserHost(String host) {
    return switch (host) {
      case "0.0.0.0", "::", "[::]", "127.0.0.1", "localhost" -> "localhost";
      default -> host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    };
  }

  /**
   * The command line.
   *
   * @param host the address to listen on
   * @param port the port to listen on
   * @param broker the broker URL
   * @param help whether {@code --help} was given
   */
  record Options(String host, int port, String broker, boolean help) {
    static final String USAGE =
        "usage: java -jar channels4j-example.jar [--port N] [--broker URL] [--host H]\n"
            + "  --port N      port to listen on (default $PORT or 8000; 0 picks a free port)\n"
            + "  --broker URL  memory:// (default, or $BROKER_URL) or redis://HOST:PORT\n"
            + "  --host H      address to listen on (default $HOST or localhost; 0.0.0.0 for all)";

    /** Reads {@code args}, falling back to {@code PORT} and {@code BROKER_URL} in {@code env}. */
    static Options parse(String[] args, Map<String, String> env) {
      String port = env.getOrDefault("PORT", "8000");
      String broker = env.getOrDefault("BROKER_URL", ChatExample.DEFAULT_BROKER);
      String host = env.getOrDefault("HOST", "localhost");
      boolean help = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--help") || arg.equals("-h")) {
          help = true;
        } else if (arg.equals("--port") || arg.equals("--broker") || arg.equals("--host")) {
          if (i + 1 == args.length) {
            throw new IllegalArgumentException(arg + " needs a value");
          }
          String value = args[++i];
          if (arg.equals("--port")) {
            port = value;
          } else if (arg.equals("--broker")) {
            broker = value;
          } else {
            host = value;
          }
        } else if (arg.startsWith("--port=")) {
          port = arg.substring("--port=".length());
        } else if (arg.startsWith("--broker=")) {
          broker = arg.substring("--broker=".length());
        } else if (arg.startsWith("--host=")) {
          host = arg.substring("--host=".length());
        } else {
          throw new IllegalArgumentException("unknown argument: " + arg);
        }
      }
      return new Options(host, parsePort(port), broker, help);
    }

    private static int parsePort(String port) {
      try {
        int value = Integer.parseInt(port.trim());
        if (value < 0 || value > 65535) {
          throw new IllegalArgumentException("port out of range: " + port);
        }
        return value;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a port number: " + port, e);
      }
    }
  }
}
