// The runtime of the TypeScript clients channels4j generates (its types: channels4j.d.ts).
// One WebSocket to one channel: action frames numbered by request_id, their replies and errors
// matched back to the promise that waits for them, pushed messages handed to a listener, and,
// when asked, reconnects with backoff that recover a @History room's missed messages (?since=).
// No dependency: a browser's WebSocket, or Node's (22 and later, or 20 with
// --experimental-websocket), or any constructor of the same shape given as options.WebSocket.

/** Closes after which a client told to reconnect does: the server went, or may come back. */
const RECONNECTING = new Set([1001, 1006, 1011, 1012, 1013, 1014]);

/** An error frame: the server refused a frame, and said why. */
export class ChannelError extends Error {
  constructor(frame) {
    super(String(frame.errors));
    this.name = "ChannelError";
    this.errors = String(frame.errors);
    this.action = typeof frame.action === "string" ? frame.action : null;
    this.requestId = typeof frame.request_id === "number" ? frame.request_id : null;
    this.reason = typeof frame.reason === "string" ? frame.reason : null;
    this.data = frame.data === undefined ? null : frame.data;
    this.frame = frame;
  }
}

/** Why a request got no answer: the socket closed (or never opened) first. */
export class ChannelClosedError extends Error {
  constructor(code, reason) {
    super("closed with " + code + (reason ? ": " + reason : ""));
    this.name = "ChannelClosedError";
    this.code = code;
    this.reason = reason;
  }
}

/** Why a request got no answer: the server did not reply within options.timeoutMs. */
export class ChannelTimeoutError extends Error {
  constructor(action, millis) {
    super("no reply to '" + action + "' within " + millis + " ms");
    this.name = "ChannelTimeoutError";
    this.action = action;
  }
}

/** Fills the {params} of a channel's path template, each value URI-encoded. */
export function channelPath(template, params) {
  return template.replace(/\{([^}]*)}/g, (whole, name) => {
    if (params == null || params[name] == null) {
      throw new Error("no value for the path parameter '" + name + "' of " + template);
    }
    return encodeURIComponent(String(params[name]));
  });
}

/** One connection to one channel, reopened when options.reconnect says so. */
export class ChannelSocket {
  /**
   * Opens a socket to `server` (ws:// or wss://, no path) + `path` and resolves once it is open;
   * `history` says whether the channel keeps a @History, whose ids a reconnect recovers from.
   */
  static connect(server, path, options, history) {
    const socket = new ChannelSocket(server, path, options, history);
    return socket.opened.then(() => socket);
  }

  constructor(server, path, options, history) {
    this.server = server.replace(/\/+$/, "");
    this.path = path;
    this.options = options || {};
    this.history = history === true;
    this.timeoutMs = this.options.timeoutMs ?? 10000;
    this.lastId = this.options.since ?? null;
    this.pending = new Map();
    this.nextRequestId = 0;
    this.attempts = 0;
    this.closing = false;
    this.ws = null;
    // Settled by the first open, or by the close after which no attempt follows.
    this.opened = new Promise((resolve, reject) => {
      this.firstOpen = { resolve, reject };
    });
    this.open(false);
  }

  /** Whether a socket is open now. */
  get isOpen() {
    return this.ws !== null && this.ws.readyState === 1;
  }

  /** Sends `action` with `payload` (an object, or undefined) and resolves with the reply's data. */
  request(action, payload) {
    const id = ++this.nextRequestId;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new ChannelTimeoutError(action, this.timeoutMs));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      try {
        this.write(this.frame(action, id, payload));
      } catch (e) {
        this.settle(id, (waiter) => waiter.reject(e));
      }
    });
  }

  /**
   * Sends `action`, whose handler answers nothing, and resolves once it is written; an error
   * frame for it goes to options.onError.
   */
  send(action, payload) {
    try {
      this.write(this.frame(action, ++this.nextRequestId, payload));
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** Sends a text frame as it is: what a relay channel re-broadcasts, or a text channel reads. */
  sendText(text) {
    this.write(text);
  }

  /** Sends a binary frame (an ArrayBuffer, a typed array or a Blob). */
  sendBinary(data) {
    this.write(data);
  }

  /** Closes with `code` (1000) and stops reconnecting; waiting requests fail. */
  close(code, reason) {
    this.closing = true;
    if (this.ws !== null) {
      this.ws.close(code ?? 1000, reason ?? "");
    } else {
      this.firstOpen.reject(new ChannelClosedError(1000, "closed by the client"));
    }
  }

  frame(action, id, payload) {
    const frame = payload == null ? {} : Object.assign({}, payload);
    frame.action = action;
    frame.request_id = id;
    return JSON.stringify(frame);
  }

  write(data) {
    if (!this.isOpen) {
      throw new ChannelClosedError(1006, "not connected");
    }
    this.ws.send(data);
  }

  url() {
    const query = new URLSearchParams();
    if (this.options.token != null) query.set("token", this.options.token);
    if (this.history && this.lastId != null) query.set("since", this.lastId);
    const text = query.toString();
    return this.server + this.path + (text ? "?" + text : "");
  }

  open(reconnected) {
    const WebSocketType = this.options.WebSocket || globalThis.WebSocket;
    let ws;
    try {
      ws = new WebSocketType(this.url());
    } catch (e) {
      this.firstOpen.reject(e); // a malformed address: no attempt can do better
      return;
    }
    ws.binaryType = "arraybuffer";
    this.ws = ws;
    let wasOpen = false;
    ws.onopen = () => {
      wasOpen = true;
      this.attempts = 0;
      this.firstOpen.resolve();
      this.tell("onOpen", reconnected);
    };
    ws.onmessage = (event) => this.receive(event.data);
    // A close follows every error and says it; Node's ws package throws errors nobody listens to.
    ws.onerror = () => {};
    ws.onclose = (event) => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.failAll(new ChannelClosedError(event.code, event.reason));
      const again = this.reconnects(event.code, wasOpen);
      this.tell("onClose", { code: event.code, reason: event.reason, reconnecting: again });
      if (again) {
        this.retry(reconnected || wasOpen);
      } else {
        this.firstOpen.reject(new ChannelClosedError(event.code, event.reason));
      }
    };
  }

  reconnects(code, wasOpen) {
    const policy = this.options.reconnect;
    if (this.closing || !policy || (wasOpen && !RECONNECTING.has(code))) return false;
    return policy.attempts == null || this.attempts < policy.attempts;
  }

  retry(reconnected) {
    const policy = this.options.reconnect;
    const delay = Math.min(policy.maxMs ?? 5000, (policy.initialMs ?? 100) * 2 ** this.attempts);
    this.attempts += 1;
    setTimeout(() => {
      if (!this.closing) this.open(reconnected);
    }, delay);
  }

  receive(data) {
    if (typeof data !== "string") {
      this.tell("onBinary", data);
      return;
    }
    let frame;
    try {
      frame = JSON.parse(data);
    } catch (e) {
      this.tell("onText", data);
      return;
    }
    const isObject = frame !== null && typeof frame === "object" && !Array.isArray(frame);
    if (!isObject) {
      this.tell("onText", data);
    } else if (
      frame.type === "response" &&
      typeof frame.status === "string" &&
      typeof frame.request_id === "number"
    ) {
      this.answer(frame);
    } else {
      if (typeof frame.id === "string") this.lastId = frame.id;
      this.tell("onMessage", frame);
    }
  }

  answer(frame) {
    if (frame.status !== "ok") {
      const error = new ChannelError(frame);
      if (!this.settle(frame.request_id, (waiter) => waiter.reject(error))) {
        this.tell("onError", error);
      }
    } else if (frame.action === "recover") {
      const data = frame.data !== null && typeof frame.data === "object" ? frame.data : {};
      this.tell("onRecovered", {
        recovered: data.recovered === true, // what a client must assume of an answer it cannot read
        replayed: typeof data.replayed === "number" ? data.replayed : 0,
      });
    } else {
      this.settle(frame.request_id, (waiter) => waiter.resolve(frame.data));
    }
  }

  /** Hands the waiter of request `id` to `how`; false if nobody waits for it. */
  settle(id, how) {
    const waiter = this.pending.get(id);
    if (waiter === undefined) return false;
    this.pending.delete(id);
    clearTimeout(waiter.timer);
    how(waiter);
    return true;
  }

  failAll(error) {
    for (const id of [...this.pending.keys()]) {
      this.settle(id, (waiter) => waiter.reject(error));
    }
  }

  tell(listener, value) {
    const method = this.options[listener];
    if (typeof method === "function") method(value);
  }
}
