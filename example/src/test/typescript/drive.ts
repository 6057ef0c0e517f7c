// Drives the example server through the generated TypeScript client over real sockets, in Node:
// `node drive.js ws://localhost:<port> <admin token>`. Prints "ok - <what>" per check and exits
// non-zero at the first that fails. tsc --strict compiles it, misuses included: each line
// marked as an expected error fails the compilation if the generated types let it through.
import {
  AuctionChannelClient,
  DropChannelClient,
  GroupChannelClient,
  PersonChannelClient,
  channels,
} from "./contract/channels.js";
import type { ChatEvent, GroupChannelMessage } from "./contract/channels.js";
import { ChannelClosedError, ChannelError, ChannelSocket } from "./contract/channels4j.js";
import type { ChannelClose, ChannelRecovery } from "./contract/channels4j.js";

declare const process: { argv: string[]; exitCode?: number };

const [server, adminToken] = process.argv.slice(2);
// Node's own WebSocket where it has one, else the ws package's (Node before 20.10).
const wsPackage = "ws";
const WebSocket: new (url: string) => WebSocket =
  globalThis.WebSocket ?? ((await import(wsPackage)) as { WebSocket: new (url: string) => WebSocket }).WebSocket;
const http = server.replace(/^ws/, "http");

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error("failed: " + what);
  console.log("ok - " + what);
}

/** What a listener was handed, in order: the next one is awaited, for at most 10 s. */
class Inbox<T> {
  private readonly items: T[] = [];
  private readonly waiters: Array<(item: T) => void> = [];

  readonly push = (item: T): void => {
    const waiter = this.waiters.shift();
    if (waiter) waiter(item);
    else this.items.push(item);
  };

  /** The next item that `matches`, the others before it dropped. */
  async until(what: string, matches: (item: T) => boolean): Promise<T> {
    for (;;) {
      const item = await this.next(what);
      if (matches(item)) return item;
    }
  }

  next(what: string): Promise<T> {
    if (this.items.length > 0) return Promise.resolve(this.items.shift() as T);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("nothing came: " + what)), 10000);
      this.waiters.push((item) => {
        clearTimeout(timer);
        resolve(item);
      });
    });
  }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error("resolved, where it should have been refused");
}

async function group(): Promise<void> {
  const annMessages = new Inbox<GroupChannelMessage & { id?: string }>();
  const annErrors = new Inbox<ChannelError>();
  const annCloses = new Inbox<ChannelClose>();
  const ann = await GroupChannelClient.connect(server, {
    token: "ann",
    WebSocket,
    onMessage: annMessages.push,
    onError: annErrors.push,
    onClose: annCloses.push,
  });
  const joined: ChatEvent = await annMessages.next("ann's join notice");
  check(joined.action === "join" && joined.user === "ann", "a member is told it joined");

  const bobMessages = new Inbox<GroupChannelMessage & { id?: string }>();
  const bob = await GroupChannelClient.connect(server, { token: "bob", WebSocket, onMessage: bobMessages.push });
  await bobMessages.next("bob's join notice");

  await ann.message({ user: "ann", message: "hello" });
  const hello = await bobMessages.until("ann's message", (m) => m.action === "message");
  check(hello.message === "hello" && typeof hello.id === "string", "a broadcast, with its id");
  await ann.message({ user: "ann", message: "again" }); // inside the 3 s window
  const limited = await annErrors.next("the rate limit");
  check(limited.errors.startsWith("Too Many Requests") && limited.action === "message",
    "an action with no reply is refused through onError: " + limited.errors);

  const page = await bob.history({ limit: 10 });
  check(page.messages.some((m) => m.message === "hello" && m.id === hello.id), "the history page");

  await bob.message({ user: "bob", message: "while carol was away" });
  const away = await annMessages.until("bob's message", (m) => m.user === "bob");
  check(away.message === "while carol was away", "ann sees bob's message");

  const recoveries = new Inbox<ChannelRecovery>();
  const carolMessages = new Inbox<GroupChannelMessage & { id?: string }>();
  const carol = await GroupChannelClient.connect(server, {
    token: "carol",
    WebSocket,
    since: hello.id,
    onMessage: carolMessages.push,
    onRecovered: recoveries.push,
  });
  const replayed = await carolMessages.until("the replay", (m) => m.action === "message");
  check(replayed.message === "while carol was away", "?since= replays what was missed");
  const recovery = await recoveries.next("the recovery");
  check(recovery.recovered && recovery.replayed === 1, "and says it recovered everything");
  check(carol.socket.lastId === replayed.id, "the client keeps the last id it saw");

  await ann.errorFalse();
  const denied = await annErrors.next("error_false");
  check(denied.action === "error_false", "a handler's error arrives with its action");
  await ann.errorTrue();
  const closed = await annCloses.next("error_true's close");
  check(closed.code === 1002 && !closed.reconnecting, "a closing error closes with its code");
  const late = await rejection(ann.message({ user: "ann", message: "too late" }));
  check(late instanceof ChannelClosedError, "a closed client refuses to send");
  bob.socket.close();
  carol.socket.close();
}

async function person(): Promise<void> {
  const errors = new Inbox<ChannelError>();
  const dan = await PersonChannelClient.connect(server, { token: "dan", WebSocket, onError: errors.push });
  const count: number = await dan.count();
  check(count === 1, "a typed reply: " + count);
  await dan.count(); // the second of two per 3000 s
  const refused = await rejection(dan.count());
  check(refused instanceof ChannelError && refused.errors.startsWith("Too Many Requests"),
    "a refused request rejects its promise with the error frame");
  await dan.permissionDenied();
  check((await errors.next("permission_denied")).errors === "Permission Denied", "a denied action");
  dan.socket.close();
}

async function auction(): Promise<void> {
  const messages = new Inbox<unknown>();
  const eve = await AuctionChannelClient.connect(server, { lot: 7907 }, { token: "eve", WebSocket, onMessage: messages.push });
  await eve.bid({ user: "eve", amount: 10 }); // resolved by the acknowledgement
  const low = await rejection(eve.bid({ user: "eve", amount: 5 }));
  check(low instanceof ChannelError && low.errors.startsWith("Bid too low"), "a refused bid");
  const estimate = await eve.estimate();
  check(estimate.lot === 7907 && estimate.highest === 10 && estimate.next === 11,
    "a reply from a stage, on the lot the path named: " + JSON.stringify(estimate));
  eve.socket.close();
}

async function drop(): Promise<void> {
  const pictures = new Inbox<ArrayBuffer>();
  const fay = await DropChannelClient.connect(server, { token: "fay", WebSocket, onBinary: pictures.push });
  const gus = await DropChannelClient.connect(server, { token: "gus", WebSocket });
  check((await gus.count()) === 2, "both are in the drop room");
  gus.socket.sendBinary(new Uint8Array([1, 2, 3, 4]));
  const picture = new Uint8Array(await pictures.next("the dropped bytes"));
  check(picture.join(",") === "1,2,3,4", "a binary frame reaches the other member as it was sent");
  fay.socket.close();
  gus.socket.close();
}

async function reconnect(): Promise<void> {
  const opens = new Inbox<boolean>();
  const recoveries = new Inbox<ChannelRecovery>();
  const messages = new Inbox<GroupChannelMessage & { id?: string }>();
  const hal = await GroupChannelClient.connect(server, {
    token: "hal",
    WebSocket,
    onOpen: opens.push,
    onMessage: messages.push,
    onRecovered: recoveries.push,
    reconnect: { initialMs: 10, maxMs: 100 },
  });
  check((await opens.next("hal's first open")) === false, "the first open");
  await hal.message({ user: "hal", message: "before the restart" });
  const mine = await messages.until("hal's own message", (m) => m.user === "hal" && m.id != null);
  check(hal.socket.lastId === mine.id, "hal has an id to recover from");
  // The admin API closes hal with 1012, service restart: a client told to reconnect does.
  const kicked = await fetch(http + "/admin/disconnect?user=hal&code=1012&reason=restart", {
    method: "POST",
    headers: { Authorization: "Bearer " + adminToken },
  });
  check(kicked.status === 200, "the admin API closed hal");
  check((await opens.next("hal's reconnect")) === true, "the client reconnects by itself");
  const recovery = await recoveries.next("hal's recovery");
  check(recovery.recovered, "and recovers from its last id");
  hal.socket.close();
}

/** Whatever a relay room's member sends reaches the others as it is: the runtime must cope. */
async function hostileFrames(): Promise<void> {
  const texts = new Inbox<string>();
  const messages = new Inbox<Record<string, unknown>>();
  const errors = new Inbox<ChannelError>();
  const recoveries = new Inbox<ChannelRecovery>();
  const relay = channels.find((c) => c.relay);
  check(relay !== undefined, "the example has a relay room");
  const path = relay!.path;
  const ivy = await ChannelSocket.connect(server, path, {
    token: "ivy",
    WebSocket,
    onText: texts.push,
    onMessage: (m) => messages.push(m as Record<string, unknown>),
    onError: errors.push,
    onRecovered: recoveries.push,
  });
  const joe = await ChannelSocket.connect(server, path, { token: "joe", WebSocket });
  for (const frame of [
    "not json",
    "[1, 2]",
    '{"type":"response","status":"ok","request_id":"seven"}',
    '{"type":"response","status":"ok","request_id":1,"action":"recover"}',
    '{"type":"response","status":"bad","request_id":99}',
    '{"user":"joe","message":"the end"}',
  ]) {
    joe.sendText(frame);
  }
  check((await texts.next("not json")) === "not json", "a frame that is no JSON is text");
  check((await texts.next("an array")) === "[1, 2]", "JSON that is no object is text too");
  const odd = await messages.next("a response with a bad request_id");
  check(odd.request_id === "seven", "a response that is none is a message");
  const recovery = await recoveries.next("a recover answer without data");
  check(!recovery.recovered && recovery.replayed === 0, "a recover answer without data: nothing");
  check((await errors.next("an unawaited error")).requestId === 99, "an error nobody awaits");
  const end = await messages.next("the last frame");
  check(end.message === "the end" && ivy.isOpen, "and the socket reads on");
  ivy.close();
  joe.close();
}

/** Never called: what tsc --strict must refuse, each line an expected error. */
export async function misuses(chat: GroupChannelClient, lot: AuctionChannelClient): Promise<void> {
  // @ts-expect-error: there is no such action
  await chat.mesage({ user: "a", message: "b" });
  // @ts-expect-error: a payload member of the wrong type
  await chat.message({ user: "a", message: 3 });
  // @ts-expect-error: a payload without a required member
  await chat.message({ user: "a" });
  // @ts-expect-error: the path's parameter is required
  await AuctionChannelClient.connect(server, {});
  // @ts-expect-error: a reply is typed
  const text: string = await lot.estimate();
  // @ts-expect-error: an action with no payload takes none
  await chat.errorFalse({ user: "a" });
  console.log(text);
}

async function main(): Promise<void> {
  check(channels.some((c) => c.path === "/group" && c.history === 100), "the channels' descriptors");
  await group();
  await person();
  await auction();
  await drop();
  await reconnect();
  await hostileFrames();
  console.log("all passed");
}

main().catch((e: unknown) => {
  console.log(e instanceof Error ? e.stack ?? e.message : String(e));
  process.exitCode = 1;
});
