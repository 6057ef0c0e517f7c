package io.channels4j.runtime.undertow;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import io.channels4j.runtime.ActionNotExist;
import io.channels4j.runtime.ChannelDescriptor;
import io.channels4j.runtime.ChannelException;
import io.channels4j.runtime.ExceptionHandler;
import io.channels4j.runtime.HistoryPolicy;
import io.channels4j.runtime.ParseError;
import io.channels4j.runtime.RateLimitExceeded;
import io.channels4j.runtime.internal.ChannelDispatcher;
import io.channels4j.runtime.internal.ResponseEnvelope;
import io.channels4j.runtime.undertow.frame.FrameCodecs;
import io.channels4j.runtime.undertow.frame.FrameHead;
import io.undertow.websockets.core.WebSocketChannel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import okio.Buffer;
import org.xnio.IoUtils;
import org.xnio.StreamConnection;

/**
 * One client connection: its lifecycle (join, leave, repair), its inbound frames and their error
 * frames, and its rooms; the queue, outbox, close handshake and keepalive are the classes it
 * extends.
 */
final class Connection extends Keepalive {

  final Handshake handshake;

  final ChannelDispatcher<?> dispatcher;
  final boolean relay;

  /** Whether text frames go to the channel's {@code @OnText} method. */
  final boolean textHandler;

  /** Whether binary frames are relayed unchanged ({@code relayBinary = true}). */
  private final boolean relayBinary;

  /** Whether binary frames go to the channel's {@code @OnBinary} method. */
  private final boolean binaryHandler;

  final RoomHistory history;

  /** The metrics tag of a relayed frame. */
  static final String RELAYED = "relay";

  /** The writer of the channel's response and error frames. */
  final ResponseEnvelope responses;

  /** The generated codecs of the client's wire format. */
  final FrameCodecs codecs;

  private final AtomicLong inboundBytes = new AtomicLong();
  private volatile boolean joined;

  // Per idle connection, every object counts (thousands are held open): the rooms set is an
  // immutable copy (most connections stay in one room), and the attributes map is made when a
  // handler first asks for it.

  /** The rooms joined; replaced, never changed, under this connection's lock. */
  private volatile Set<String> rooms = Set.of();

  private volatile ConcurrentMap<String, Object> attributes;

  /** The JSON of what {@code ctx.setPresence} set; {@code null} until then. */
  private volatile byte[] presenceMeta;

  /** Its place in the order the server's connections opened in. */
  final long sequence;

  Connection(
      String id,
      long sequence,
      ServerContext server,
      StreamConnection socket,
      WebSocketChannel channel,
      Handshake handshake) {
    super(id, server, socket, channel, handshake);
    this.sequence = sequence;
    this.handshake = handshake;
    this.dispatcher = handshake.mount().dispatcher;
    this.relay = handshake.mount().descriptor.relay();
    this.textHandler = handshake.mount().descriptor.textHandler().isPresent();
    this.binaryHandler = handshake.mount().descriptor.binaryHandler().isPresent();
    this.relayBinary = handshake.mount().descriptor.relayBinary();
    this.responses = handshake.mount().responses;
    this.codecs = format.codecs(server.codecs);
    HistoryPolicy policy = handshake.mount().descriptor.history();
    this.history =
        policy.enabled() ? new RoomHistory(this, policy, handshake.since() != null) : null;
  }

  // ---- lifecycle

  /**
   * Queues {@link #leave} for when the socket closes, behind whatever is queued now. A socket the
   * client reset before it read the 101 is closed already, and Undertow drops a close task added
   * then: such a connection leaves at once.
   */
  void leaveOnClose() {
    channel.addCloseTask(
        closed -> {
          releaseHold(); // a stage that never completes must not keep the leave event waiting
          execute(this::leave);
        });
    if (!channel.isOpen()) {
      execute(this::leave); // leave() runs once: the close task may have run as well
    }
  }

  /**
   * Connect-time checks, then join the room and run the join event; nothing if the socket closed
   * before this turn came.
   */
  void connect() {
    if (is(LEFT) || !channel.isOpen()) {
      return;
    }
    FrameCall ctx = new FrameCall(this, null, 1);
    try {
      dispatcher.admit(ctx);
      dispatcher.channelGuard().checkPermission(ctx);
      String room = handshake.room();
      if (!server.broker.tryJoin(
          room, id, handshake.mount().descriptor.maxConnections(), presenceValue())) {
        throw ServerError.roomFull();
      }
      addRoom(room);
      enterHere(room);
      joined = true;
      server.metrics.opened(channelPath());
    } catch (Throwable t) {
      fail(t, ctx);
      // Refused or broken before joining: never leave a connection open that ignores frames. A
      // path parameter of @OnJoin/@OnLeave that does not convert is the client's, not a failure.
      closeWith(t instanceof ParseError ? 1008 : 1011, "");
      return;
    }
    if (history != null && handshake.since() != null) {
      history.recover(handshake.since());
    }
    try {
      dispatcher.onJoin(ctx);
    } catch (Throwable t) {
      log.error("@OnJoin of {} failed on connection {}", handshake.path(), id, t);
    }
  }

  /** Leaves every room and runs the leave event; once, whatever closed the connection. */
  void leave() {
    if (!raise(LEFT)) {
      return;
    }
    try {
      Set<String> joinedRooms;
      synchronized (this) {
        joinedRooms = rooms;
        rooms = Set.of();
      }
      for (String room : joinedRooms) {
        exitHere(room);
        try {
          server.broker.leave(room, id);
        } catch (RuntimeException e) {
          log.error("Broker failed to remove connection {} from {}", id, room, e);
        }
      }
      if (joined) {
        server.metrics.closed(channelPath(), closeCode());
        try {
          dispatcher.onLeave(new FrameCall(this, null, 1));
        } catch (Throwable t) {
          log.error("@OnLeave of {} failed on connection {}", handshake.path(), id, t);
        }
      }
    } finally {
      server.unregister(this);
    }
  }

  /**
   * Puts this connection's part of the counts right, in its turn: a closed socket leaves, and the
   * broker, which records it in {@code recordedRooms}, is made to record exactly its rooms.
   */
  void repair(Set<String> recordedRooms) {
    if (channel.isOpen() && rooms.equals(recordedRooms)) {
      return; // the usual case: nothing to put right, so no task for every idle connection
    }
    execute(
        () -> {
          if (!channel.isOpen()) {
            leave(); // its close task was lost
          }
          Set<String> joinedRooms = rooms; // empty once it left
          for (String room : recordedRooms) {
            if (!joinedRooms.contains(room)) {
              server.broker.leave(room, id);
            }
          }
          for (String room : joinedRooms) {
            if (!recordedRooms.contains(room)) {
              server.broker.tryJoin(room, id, 0); // admitted when it joined: no limit now
            }
          }
        });
  }

  void join(String room) {
    if (is(LEFT) || !addRoom(room)) {
      return;
    }
    server.broker.tryJoin(room, id, 0, presenceValue());
    enterHere(room);
  }

  void leaveRoom(String room) {
    if (removeRoom(room)) {
      exitHere(room);
      server.broker.leave(room, id);
    }
  }

  /** This node's side of joining {@code room}: its local members, and its presence events. */
  private void enterHere(String room) {
    server.rooms.add(room, this);
    if (server.presenceEvents != null) {
      server.presenceEvents.joined(room, id, user(), presenceMeta);
    }
  }

  /** This node's side of leaving {@code room}. */
  private void exitHere(String room) {
    if (server.presenceEvents != null) {
      server.presenceEvents.left(room, id);
    }
    server.rooms.remove(room, this);
  }

  // ---- inbound

  /**
   * A complete text frame arrived (I/O thread); a MessagePack client sends binary frames only, and
   * is told so.
   */
  void onText(byte[] bytes, int size) {
    if (format == WireFormat.MESSAGE_PACK) {
      execute(() -> sendError(ServerError.unsupportedData(), 1, null));
    } else {
      onProtocolFrame(received(bytes, size));
    }
  }

  /**
   * A complete binary frame arrived (I/O thread): its first {@code size} bytes, or none, its pooled
   * buffers already freed, when the channel does not {@link #takesBinary}. A MessagePack client's
   * binary frame is its protocol frame.
   */
  void onBinary(byte[] bytes, int size) {
    if (format != WireFormat.MESSAGE_PACK) {
      execute(new InboundFrame(this, received(bytes, size), true));
    } else {
      onProtocolFrame(received(bytes, size));
    }
  }

  /**
   * Queues a protocol frame, in the client's wire format. In a channel with non-blocking actions
   * the frame is read here, so that one of theirs runs here too when nothing is queued ahead of it.
   */
  private void onProtocolFrame(byte[] frame) {
    InboundFrame inbound = new InboundFrame(this, frame, false);
    Mount mount = handshake.mount();
    boolean nonBlocking =
        !relay
            && !textHandler
            && server.executor != null
            && !mount.nonBlocking.isEmpty()
            && inbound.read()
            && mount.nonBlocking.contains(inbound.action());
    execute(inbound, nonBlocking);
  }

  /**
   * Whether binary frames' bytes are kept: the channel relays or handles them, or they are a
   * MessagePack client's protocol frames.
   */
  boolean takesBinary() {
    return relayBinary || binaryHandler || format == WireFormat.MESSAGE_PACK;
  }

  /**
   * Counts a frame's bytes as waiting, pausing reads while too many wait, and returns them in an
   * array of their own: a frame that came in several reads sits in a larger one.
   */
  private byte[] received(byte[] bytes, int size) {
    if (inboundBytes.addAndGet(size) > server.maxQueuedBytes && raise(RECEIVES_SUSPENDED)) {
      // Backpressure: stop reading until the handlers catch up, so TCP slows the client down.
      channel.suspendReceives();
    }
    return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
  }

  /** Whether frames are handled now: the connection joined its room and is not closing. */
  boolean inRoom() {
    return joined && !is(CLOSING);
  }

  /** A frame of {@code size} bytes was handled: reading resumes if it waited for the handlers. */
  void handled(int size) {
    long queued = inboundBytes.addAndGet(-size);
    if (queued <= server.maxQueuedBytes / 2 && is(RECEIVES_SUSPENDED)) {
      later(
          () -> {
            if (lower(RECEIVES_SUSPENDED)) {
              channel.resumeReceives();
            }
          },
          0);
    }
  }

  /** A frame went over {@code maxFrameBytes} (I/O thread). */
  void onTooBig() {
    execute(() -> sendError(ServerError.messageTooBig(), 1, null));
  }

  /**
   * The Moshi path, which answers every frame exactly as it always has, errors included: the frames
   * the byte-level codecs leave to it, and history requests.
   */
  void handleSlow(byte[] protocolFrame) {
    byte[] frame;
    try {
      frame = format.json(protocolFrame);
    } catch (ParseError e) {
      sendError(e, 1, null);
      return;
    }
    Mount mount = handshake.mount();
    FrameHead head = new FrameHead(mount.descriptor.envelope());
    FrameCall call = null;
    Buffer payload = null;
    try {
      head.scan(frame, server.maxJsonDepth);
      // Into okio on the thread that frees it: okio pools segments per thread, so one taken on one
      // thread and freed on another would never come back and each frame would cost 8 KiB.
      payload = new Buffer().write(frame);
      JsonReader reader = JsonReader.of(payload);
      call = new FrameCall(this, head.action(), head.requestId());
      dispatcher.channelGuard().checkLimits(call);
      String action = head.action();
      if (action == null) {
        throw new ActionNotExist(null);
      }
      if (history != null && action.equals(HistoryProtocol.ACTION)) {
        history.answer(mount.payload.open(reader, action), call.requestId());
        return;
      }
      // The guard first, then the payload: a missing payload member is a payload error.
      dispatcher.guard(action).check(call);
      invoke(
          action,
          server.metrics.action(channelPath(), action),
          dispatcher.read(action, mount.payload.open(reader, action)),
          call);
    } catch (Throwable t) {
      // A frame its head scan refused was never routed: its error names no action.
      fail(t, call != null ? call : new FrameCall(this, null, head.requestId()));
    } finally {
      server.metrics.action(channelPath(), head.action()).frameIn();
      if (payload != null) {
        payload.clear(); // back to the pool, also when the payload was not read to its end
      }
    }
  }

  /**
   * Relays or handles a binary frame; on a channel that does neither it is {@code Unsupported
   * Data}.
   */
  void handleBinary(byte[] frame) {
    if (relayBinary) {
      handleUnrouted(
          RELAYED,
          call ->
              server.broker.publish(handshake.room(), BinaryFrames.marked(ByteBuffer.wrap(frame))));
    } else if (binaryHandler) {
      handleUnrouted(ChannelDescriptor.ON_BINARY, call -> dispatcher.onBinary(call, frame));
    } else {
      sendError(ServerError.unsupportedData(), 1, null);
    }
  }

  /**
   * Runs {@code handler} for a frame no action names (relayed, or given to a frame handler) once
   * the channel's limits let it through; what it throws is answered as an action's would be. {@code
   * kind} tags its metrics: {@value #RELAYED}, or the frame handler's descriptor name.
   */
  void handleUnrouted(String kind, Consumer<FrameCall> handler) {
    server.metrics.action(channelPath(), kind).frameIn();
    FrameCall call = new FrameCall(this, null, 1);
    try {
      dispatcher.channelGuard().checkLimits(call);
      handler.accept(call);
    } catch (Throwable t) {
      fail(t, call);
    }
  }

  /** Calls the handler of {@code action}, timed into {@code metrics} when they keep time. */
  void invoke(String action, ServerMetrics.ActionMetrics metrics, Object payload, FrameCall call) {
    if (!server.metrics.timed()) {
      dispatcher.invoke(action, payload, call); // no clock read per frame for nobody
      return;
    }
    long start = System.nanoTime();
    try {
      dispatcher.invoke(action, payload, call);
    } finally {
      metrics.handled(System.nanoTime() - start);
    }
  }

  /** Turns what a frame threw into its error frame, through the user's handlers. */
  void fail(Throwable thrown, FrameCall call) {
    Throwable error = thrown;
    if (error instanceof JsonDataException || error instanceof JsonEncodingException) {
      error = new ParseError(error.getMessage());
    } else if (error instanceof IOException) {
      error = new ParseError(String.valueOf(error.getMessage()));
    }
    if (error instanceof RateLimitExceeded) {
      server.metrics.action(channelPath(), call.action()).rejected();
    }
    ExceptionHandler<Throwable> handler = server.exceptionHandlers.find(error);
    if (handler != null) {
      try {
        handler.handle(call, error);
        return;
      } catch (Throwable fromHandler) {
        error = fromHandler;
      }
    }
    if (!(error instanceof ChannelException)) {
      log.error(
          "Unhandled exception in {} action {} on connection {}",
          handshake.path(),
          call.action(),
          id,
          error);
      error = ServerError.internal();
    }
    sendError((ChannelException) error, call.requestId(), call.action());
  }

  /** Sends the error frame of {@code error}, answering {@code action} unless it is null. */
  private void sendError(ChannelException error, long requestId, String action) {
    server.metrics.error(channelPath(), error.errors(Locale.ENGLISH));
    byte[] frame;
    try {
      frame =
          Envelopes.error(
              responses, error, requestId, action, handshake.locale(), server::adapterFor);
    } catch (RuntimeException e) {
      log.error("Cannot encode the error frame of {} on connection {}", error, id, e);
      frame =
          Envelopes.error(
              responses, ServerError.internal(), requestId, action, handshake.locale(), null);
    }
    send(ByteBuffer.wrap(frame));
    if (error.close()) {
      closeWith(error.code(), "");
    }
  }

  /** The channel's path template, the tag of its metrics. */
  String channelPath() {
    return handshake.mount().descriptor.path();
  }

  // ---- outbound

  /**
   * Queues one broadcast frame, already in this client's wire format, unless its history room's
   * replay holds it back or sent it.
   *
   * @param frame the frame as the server made it, which a replay holds back; read, never moved
   * @param inFormat the same frame in this client's format, framed; read, never moved
   */
  void deliver(ByteBuffer frame, ByteBuffer inFormat) {
    if (history == null || !history.intercept(frame)) {
      queue(inFormat);
    }
  }

  @Override
  void closedSlow() {
    server.slowClientClosed(this);
  }

  /** Closes the socket without a close handshake, and leaves even if no close task runs. */
  void abort() {
    raise(CLOSING);
    IoUtils.safeClose(channel);
    execute(this::leave);
  }

  long inboundBytes() {
    return inboundBytes.get();
  }

  // ---- presence

  /** What this connection shows in its rooms' presence, as the broker keeps it. */
  private byte[] presenceValue() {
    return PresenceValues.of(user(), presenceMeta);
  }

  /** The principal's name; {@code null} without an authenticator. */
  private String user() {
    Principal principal = handshake.principal();
    return principal == null ? null : principal.getName();
  }

  /** Sets this connection's presence metadata, {@code null} for none, in every room it is in. */
  void setPresence(byte[] meta) {
    presenceMeta = meta;
    byte[] value = presenceValue();
    for (String room : rooms) {
      server.broker.setPresence(room, id, value);
    }
  }

  // ---- rooms and attributes

  /** Adds {@code room} to the rooms joined; whether it was not there yet. */
  private synchronized boolean addRoom(String room) {
    if (rooms.contains(room)) {
      return false;
    }
    List<String> more = new ArrayList<>(rooms);
    more.add(room);
    rooms = Set.copyOf(more);
    return true;
  }

  /** Removes {@code room} from the rooms joined; whether it was there. */
  private synchronized boolean removeRoom(String room) {
    if (!rooms.contains(room)) {
      return false;
    }
    List<String> fewer = new ArrayList<>(rooms);
    fewer.remove(room);
    rooms = Set.copyOf(fewer);
    return true;
  }

  /** The handlers' attributes of this connection, made on first use. */
  ConcurrentMap<String, Object> attributes() {
    ConcurrentMap<String, Object> map = attributes;
    if (map == null) {
      synchronized (this) {
        map = attributes;
        if (map == null) {
          map = new ConcurrentHashMap<>();
          attributes = map;
        }
      }
    }
    return map;
  }
}
