// The types of channels4j.js, the runtime of the TypeScript clients channels4j generates.

/** An error frame: the server refused a frame, and said why. */
export declare class ChannelError extends Error {
  /** The error's text, such as "Permission Denied" or "Parse Error". */
  readonly errors: string;
  /** The action the refused frame named, if the server read it. */
  readonly action: string | null;
  readonly requestId: number | null;
  /** A handler's own reason, if it gave one. */
  readonly reason: string | null;
  readonly data: unknown;
  /** The whole frame, as the server sent it. */
  readonly frame: Record<string, unknown>;
}

/** Why a request got no answer: the socket closed (or never opened) first. */
export declare class ChannelClosedError extends Error {
  readonly code: number;
  readonly reason: string;
}

/** Why a request got no answer: the server did not reply within the timeout. */
export declare class ChannelTimeoutError extends Error {
  readonly action: string;
}

/** How a socket ended, and whether the client tries again. */
export interface ChannelClose {
  readonly code: number;
  readonly reason: string;
  readonly reconnecting: boolean;
}

/** What a client that reconnected with ?since= was told after the replay. */
export interface ChannelRecovery {
  /** False when older messages than the room keeps may have been missed. */
  readonly recovered: boolean;
  readonly replayed: number;
}

/** Reconnects after the server went or may come back: 1001, 1006, 1011, 1012, 1013, 1014. */
export interface Reconnect {
  /** The first delay (100 ms), doubled after every failed attempt, up to maxMs (5000 ms). */
  readonly initialMs?: number;
  readonly maxMs?: number;
  /** Attempts in a row before the client gives up; no bound if absent. */
  readonly attempts?: number;
}

/** The listeners of a channel whose pushed messages are of type `M`. */
export interface ChannelListeners<M> {
  /** The socket opened; `reconnected` after the first time. */
  onOpen?(reconnected: boolean): void;
  /** A message the server pushed: a broadcast, or a join or leave event. */
  onMessage?(message: M & { readonly id?: string }): void;
  /** An error frame that no request waits for. */
  onError?(error: ChannelError): void;
  onClose?(close: ChannelClose): void;
  onRecovered?(recovery: ChannelRecovery): void;
  /** A text frame that is no JSON object, as a relay channel may carry. */
  onText?(text: string): void;
  onBinary?(data: ArrayBuffer): void;
}

/** How a client connects; every member is optional. */
export interface ChannelOptions<M = unknown> extends ChannelListeners<M> {
  /** Sent as ?token= for the server's authenticator. */
  readonly token?: string;
  /** The id of the last message already seen: the server replays the newer ones. */
  readonly since?: string;
  /** How long a request waits for its reply (10000 ms). */
  readonly timeoutMs?: number;
  readonly reconnect?: Reconnect | false;
  /** A WebSocket constructor, where the platform has no global one. */
  readonly WebSocket?: new (url: string) => WebSocket;
}

/** Fills the {params} of a channel's path template, each value URI-encoded. */
export declare function channelPath(
  template: string,
  params: Readonly<Record<string, string | number | boolean>>,
): string;

/** One connection to one channel, reopened when options.reconnect says so. */
export declare class ChannelSocket {
  /** Opens a socket to `server` (ws:// or wss://, no path) + `path`; resolves once it is open. */
  static connect(
    server: string,
    path: string,
    options?: ChannelOptions<any>,
    history?: boolean,
  ): Promise<ChannelSocket>;
  /** A socket that opens at once; `opened` settles when it did, or when it never will. */
  constructor(server: string, path: string, options?: ChannelOptions<any>, history?: boolean);
  readonly opened: Promise<void>;
  /** The id of the last kept message received, or the `since` given; null before. */
  readonly lastId: string | null;
  readonly isOpen: boolean;
  /** Sends `action` and resolves with the data of its reply; rejects with a ChannelError. */
  request(action: string, payload?: object): Promise<unknown>;
  /** Sends `action`, which answers nothing, and resolves once written. */
  send(action: string, payload?: object): Promise<void>;
  sendText(text: string): void;
  sendBinary(data: ArrayBuffer | ArrayBufferView | Blob): void;
  /** Closes with `code` (1000) and stops reconnecting; waiting requests fail. */
  close(code?: number, reason?: string): void;
}

/** A page of a @History room's kept messages, as the built-in history action answers. */
export interface HistoryQuery {
  /** At most this many messages (the room's own limit if absent). */
  readonly limit?: number;
  /** Only messages older than this id: the page before it. */
  readonly before?: string;
  /** Only messages newer than this id: the page after it. */
  readonly after?: string;
}

/** Kept messages, oldest first, and the cursor of the next page, null on the last. */
export interface HistoryPage<M> {
  readonly messages: ReadonlyArray<M & { readonly id: string }>;
  readonly next: string | null;
}

/** A rate limit, as @Limit declares it. */
export interface LimitInfo {
  readonly times: number;
  readonly windowMillis: number;
  readonly scope: string;
  readonly close: boolean;
}

/** One action of a channel, as the server declares it. */
export interface ActionInfo {
  readonly name: string;
  /** The JSON members of its payload, in order; empty when it takes none. */
  readonly payload: readonly string[];
  /** The TypeScript type of its reply, or null when it answers nothing. */
  readonly reply: string | null;
  /** Whether an action that answers nothing acknowledges its frame. */
  readonly ack: boolean;
  readonly deprecated: boolean;
  /** Whether its permission refuses every frame. */
  readonly denied: boolean;
  readonly limits: readonly LimitInfo[];
}

/** One channel, as the server declares it: what a page needs to offer it. */
export interface ChannelInfo {
  /** The interface's name. */
  readonly name: string;
  /** The path, with {params} to fill (channelPath). */
  readonly path: string;
  /** The room template; the path when the channel names none. */
  readonly room: string;
  /** Members a room takes at most; 0 for no bound. */
  readonly maxConnections: number;
  /** Whether every text frame is re-broadcast as it is, with no actions. */
  readonly relay: boolean;
  /** Messages the room keeps; 0 without @History. */
  readonly history: number;
  /** Whether the channel takes binary frames. */
  readonly binary: boolean;
  readonly limits: readonly LimitInfo[];
  readonly actions: readonly ActionInfo[];
}
