package io.channels4j.benchmarks.load;

import java.io.IOException;

/**
 * The load tool: {@code load <echo|fanout|idle|presence-burst|rooms> [--name value ...]}, one JSON
 * line per scenario.
 *
 * <p>Every run is bounded in time and targets one host (127.0.0.1 by default).
 */
public final class LoadTool {
  private LoadTool() {}

  /** Runs the scenario named by {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println(
          "usage: load echo|fanout|idle|presence-burst|rooms [--port N] [--stats-port N] [--clients C --inflight W]"
              + " [--receivers R --rate X|--window W --send-port M] [--connections N]"
              + " [--observers O --joins J --interval-ms MS] [--warmup S] [--duration S]"
              + " [--rooms R --messages M --rate X --senders S --ready-file F --go-file G]");
      System.exit(2);
    }
    Options options = new Options(args, 1);
    String host = options.string("host", "127.0.0.1");
    if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
      throw new IllegalArgumentException("the load tool only targets this machine's loopback");
    }
    Result result =
        switch (args[0]) {
          case "echo" -> EchoScenario.run(options);
          case "fanout" -> FanOutScenario.run(options);
          case "idle" -> IdleScenario.run(options);
          case "presence-burst" -> PresenceBurstScenario.run(options);
          case "rooms" -> RoomsScenario.run(options);
          default -> throw new IllegalArgumentException("unknown scenario " + args[0]);
        };
    System.out.println(result.toJson());
  }
}
