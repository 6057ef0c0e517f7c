package io.channels4j.example;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.channels4j.runtime.HistoryId;
import io.channels4j.testing.Await;
import io.channels4j.testing.WsClient;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One user of {@code /group} or {@code /person} on a thread of its own: it connects to one of the
 * servers, chats, drops the connection (mostly with a TCP reset, sometimes even before reading the
 * 101) and comes back with {@code ?since=<last id>}, until told to stop. A steady client keeps one
 * connection to its own server and reconnects only when the server goes away. Every connection is
 * written down as a {@link Life} for the test to check afterwards.
 */
final class ChaosClient implements Runnable {
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  /** The faults so far, as the clients see them when a connection starts and ends. */
  interface Faults {
    /** Odd while Redis is down or its servers have not yet been seen to talk again. */
    int outage();

    /** How many times Redis has been killed (counted once it is dead). */
    int redisKills();
  }

  /** One connection, from the handshake to its end. */
  static final class Life {
    final String name;
    final int port;
    final String since;

    /** {@link Faults#redisKills()} when the {@code since} id was received. */
    final int killsAtSince;

    final int outageAtOpen;
    final int killsAtOpen;
    final List<HistoryId> ids = new ArrayList<>();
    volatile Boolean recovered;
    volatile int replayed = -1;
    volatile int replayedSeen = -1;
    volatile boolean joined;
    volatile boolean refused;
    volatile int outageAtEnd = -1;

    Life(String name, int port, String since, int killsAtSince, Faults faults) {
      this.name = name;
      this.port = port;
      this.since = since;
      this.killsAtSince = killsAtSince;
      this.outageAtOpen = faults.outage();
      this.killsAtOpen = faults.redisKills();
    }

    @Override
    public String toString() {
      return name
          + "@"
          + port
          + " since="
          + since
          + " recovered="
          + recovered
          + " replayed="
          + replayed
          + " ids="
          + ids;
    }
  }

  private final String name;
  private final String path;
  private final int[] ports;
  private final boolean steady;
  private final Random random;
  private final Faults faults;
  private final ScheduledExecutorService ender;
  private final Set<HistoryId> published;
  private final Set<String> heard;
  private final List<Life> lives = new ArrayList<>();
  private volatile WsClient current;
  private volatile boolean stopped;
  private String lastId;
  private int killsAtLastId;
  private int sent;

  /**
   * @param ports the servers; a steady client stays on the first
   * @param published every history id any client received, for the test's ground truth
   * @param heard {@code port|text} of every chat message received, for fences
   */
  ChaosClient(
      String name,
      String path,
      int[] ports,
      boolean steady,
      long seed,
      Faults faults,
      ScheduledExecutorService ender,
      Set<HistoryId> published,
      Set<String> heard) {
    this.name = name;
    this.path = path;
    this.ports = ports.clone();
    this.steady = steady;
    this.random = new Random(seed);
    this.faults = faults;
    this.ender = ender;
    this.published = published;
    this.heard = heard;
  }

  /** The connections so far; read it after the thread ended. */
  List<Life> lives() {
    return lives;
  }

  /** How many connections it has made so far. */
  int connectionCount() {
    synchronized (lives) {
      return lives.size();
    }
  }

  /** The current connection, if it has joined its room. */
  boolean joined() {
    synchronized (lives) {
      return current != null && !lives.isEmpty() && lives.get(lives.size() - 1).joined;
    }
  }

  /** Ends the current connection with a reset and makes the thread return. */
  void stop() {
    stopped = true;
    reset(current);
  }

  @Override
  public void run() {
    while (!stopped) {
      if (!steady && random.nextInt(6) == 0) {
        resetBeforeTheUpgrade(pickPort());
      }
      if (!live(steady ? ports[0] : pickPort())) {
        // The server is down (killed, or not restarted yet): a client backs off, then retries.
        Await.sleep(100);
      }
    }
  }

  private int pickPort() {
    return ports[random.nextInt(ports.length)];
  }

  /** One connection, until it ends; false if it could not connect. */
  private boolean live(int port) {
    boolean recover = lastId != null && random.nextInt(5) != 0;
    String since = recover ? lastId : null;
    Life life = new Life(name, port, since, killsAtLastId, faults);
    WsClient ws;
    try {
      ws = WsClient.connect(port, path + (since == null ? "" : "?since=" + since));
    } catch (IOException e) {
      return false;
    }
    synchronized (lives) {
      lives.add(life);
      current = ws;
    }
    if (stopped) {
      reset(ws);
    } else if (!steady) {
      long lifetime = 100 + random.nextInt(1400);
      boolean graceful = random.nextInt(5) == 0;
      ender.schedule(() -> end(ws, graceful), lifetime, TimeUnit.MILLISECONDS);
    }
    boolean chat = random.nextInt(10) < 7;
    try {
      if (path.equals("/person") && chat) {
        say(ws);
      }
      while (true) {
        WsClient.Frame frame = ws.next();
        if (frame.isClose()) {
          break;
        }
        if (frame.opcode() == 1 && read(life, frame.text()) && chat && !steady) {
          say(ws);
        }
      }
    } catch (IOException e) {
      // reset by us, or the server went away
    } finally {
      life.outageAtEnd = faults.outage();
      synchronized (lives) {
        current = null;
      }
      reset(ws);
    }
    return true;
  }

  /** Handles one text frame; true when it is the group's join answer. */
  @SuppressWarnings("unchecked")
  private boolean read(Life life, String text) {
    Map<String, Object> frame;
    try {
      frame = (Map<String, Object>) JSON.fromJson(text);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text, e);
    }
    Object id = frame.get("id");
    if (id != null) {
      HistoryId parsed = HistoryId.parse((String) id);
      life.ids.add(parsed);
      published.add(parsed);
      lastId = (String) id;
      killsAtLastId = faults.redisKills();
    }
    Object message = frame.get("message");
    if ("message".equals(frame.get("action")) && message != null) {
      heard.add(life.port + "|" + message);
      life.joined = true;
    }
    if ("recover".equals(frame.get("action"))) {
      Map<String, Object> data = (Map<String, Object>) frame.get("data");
      life.recovered = (Boolean) data.get("recovered");
      life.replayed = ((Double) data.get("replayed")).intValue();
      life.replayedSeen = life.ids.size();
    }
    if (frame.containsKey("errors") && String.valueOf(frame.get("errors")).contains("greater")) {
      life.refused = true;
    }
    boolean join = "Join successfully".equals(message);
    if (join) {
      life.joined = true;
    }
    return join;
  }

  private void say(WsClient ws) throws IOException {
    ws.sendText(
        "{\"action\":\"message\",\"user\":\""
            + name
            + "\",\"message\":\""
            + name
            + "-"
            + sent++
            + "\"}");
  }

  private static void end(WsClient ws, boolean graceful) {
    try {
      if (graceful) {
        ws.sendFrame(8, new byte[] {0x03, (byte) 0xe8});
        ws.close();
      } else {
        ws.reset();
      }
    } catch (IOException e) {
      // already gone
    }
  }

  private static void reset(WsClient ws) {
    if (ws != null) {
      end(ws, false);
    }
  }

  /** Sends an upgrade request and resets the connection before reading the answer. */
  static void resetBeforeTheUpgrade(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 2000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /group HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                  + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  + "Sec-WebSocket-Version: 13\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      socket.setSoLinger(true, 0);
    } catch (IOException e) {
      // the server is down: nothing to reset
    }
  }
}
