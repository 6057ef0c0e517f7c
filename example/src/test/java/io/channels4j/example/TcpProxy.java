package io.channels4j.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on a local port to a target port, whose link can be cut (every relayed connection
 * reset, new ones refused) and healed, as a network cut between one server and Redis would.
 */
final class TcpProxy implements AutoCloseable {
  private final int target;
  private final int port;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket listener;

  TcpProxy(int port, int target) throws IOException {
    this.port = port;
    this.target = target;
    heal();
  }

  int port() {
    return port;
  }

  /** Accepts and relays connections again. */
  synchronized void heal() throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    listener = socket;
    Thread accepting = new Thread(() -> accept(socket), "tcp-proxy-accept-" + port);
    accepting.setDaemon(true);
    accepting.start();
  }

  /** Resets every relayed connection and refuses new ones until {@link #heal()}. */
  synchronized void cut() throws IOException {
    listener.close();
    for (Socket socket : open) {
      if (!socket.isClosed()) {
        socket.setSoLinger(true, 0);
        socket.close();
      }
    }
    open.clear();
  }

  @Override
  public void close() throws IOException {
    cut();
  }

  private void accept(ServerSocket socket) {
    try {
      while (true) {
        Socket client = socket.accept();
        Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
        open.add(client);
        open.add(server);
        pump(client, server);
        pump(server, client);
      }
    } catch (IOException e) {
      // cut: the listener is closed
    }
  }

  private static void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[8192];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side went away, or the link was cut
              } finally {
                try {
                  to.close();
                } catch (IOException ignored) {
                  // already closed
                }
              }
            },
            "tcp-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }
}
