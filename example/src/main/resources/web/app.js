// The example page: pick a name and a room, connect, send actions, watch what comes back.
// No framework and nothing from elsewhere: the channels, their actions and the socket code are the
// TypeScript client's ES module build, which the processor generated and the server serves.
import { channels } from "./contract/typescript/channels.js";
import { ChannelError, ChannelSocket } from "./contract/typescript/channels4j.js";

const $ = (id) => document.getElementById(id);
const el = {
  name: $("name"), room: $("room"), roomInfo: $("room-info"),
  path: $("path"), pathLabel: $("path-label"),
  fileRow: $("file-row"), file: $("file"), sendFile: $("send-file"),
  connect: $("connect"), disconnect: $("disconnect"), status: $("status"),
  form: $("send-form"), action: $("action"), actionInfo: $("action-info"),
  message: $("message"), messageLabel: $("message-label"), send: $("send"),
  preview: $("preview"), log: $("log"), clear: $("clear"),
};

let socket = null;
let joined = null; // the channel the socket is connected to
// Per room with history: the id of the last message received, to reconnect with ?since=.
const lastIds = {};

function channelByPath(path) {
  return channels.find((c) => c.path === path);
}

function selectedChannel() {
  return channelByPath(el.room.value);
}

function selectedAction(channel) {
  if (!channel || channel.relay) return null;
  return channel.actions.find((a) => a.name === el.action.value) || null;
}

function windowText(millis) {
  if (millis % 3600000 === 0) return millis / 3600000 + " h";
  if (millis % 60000 === 0 && millis >= 60000) return millis / 60000 + " min";
  if (millis % 1000 === 0) return millis / 1000 + " s";
  return millis + " ms";
}

function tag(text, cls) {
  const span = document.createElement("span");
  span.className = "tag" + (cls ? " " + cls : "");
  span.textContent = text;
  return span;
}

// A path with {parameters} is connected to with them filled in: the page suggests 1 for each.
function describeRoom() {
  const c = selectedChannel();
  el.roomInfo.replaceChildren();
  const templated = !!c && c.path.includes("{");
  el.path.hidden = el.pathLabel.hidden = !templated;
  if (templated) el.path.value = c.path.replace(/\{[^}]+\}/g, "1");
  if (!c) return;
  el.roomInfo.append(tag("room " + c.room));
  if (c.relay) el.roomInfo.append(tag("relay"));
  el.roomInfo.append(tag(c.maxConnections > 0 ? "max " + c.maxConnections : "no size limit"));
  if (c.history > 0) el.roomInfo.append(tag("keeps last " + c.history));
  if (c.binary) el.roomInfo.append(tag("binary frames"));
}

function fillActions() {
  const c = selectedChannel();
  el.action.replaceChildren();
  if (c && c.relay) {
    const opt = document.createElement("option");
    opt.value = "";
    opt.textContent = "(relay: any text is re-broadcast)";
    el.action.append(opt);
  } else if (c) {
    for (const a of c.actions) {
      const opt = document.createElement("option");
      opt.value = a.name;
      opt.textContent = a.name + (a.deprecated ? " (deprecated)" : "") + (a.denied ? " (denied)" : "");
      el.action.append(opt);
    }
  }
  describeAction();
}

function describeAction() {
  const c = selectedChannel();
  const a = selectedAction(c);
  el.actionInfo.replaceChildren();
  let takesText = true;
  let field = "message";
  if (a) {
    field = valueField(a) || "message";
    takesText = valueField(a) != null;
    if (a.payload.length) el.actionInfo.append(tag("payload: " + a.payload.join(", ")));
    if (a.reply) el.actionInfo.append(tag("replies " + a.reply));
    for (const l of a.limits) el.actionInfo.append(tag(l.times + " per " + windowText(l.windowMillis), "warn"));
    if (a.deprecated) el.actionInfo.append(tag("deprecated", "warn"));
    if (a.denied) el.actionInfo.append(tag("always denied", "bad"));
  }
  el.message.disabled = !socket || !takesText;
  el.messageLabel.textContent = c && c.relay ? "Text" : field.charAt(0).toUpperCase() + field.slice(1);
  updatePreview();
}

// The payload field the text box fills: the first one but "user", which is the name.
function valueField(action) {
  return action.payload.find((f) => f !== "user") || null;
}

// What the form sends: an action and its payload, or, on a relay channel, the text frame.
function buildRequest() {
  const c = joined || selectedChannel();
  const text = el.message.value;
  const user = el.name.value.trim() || "anonymous";
  if (c && c.relay) {
    return { text: JSON.stringify({ user: user, message: text }) };
  }
  const a = selectedAction(c);
  if (!a) return null;
  const payload = {};
  for (const field of a.payload) {
    if (field === "user") payload.user = user;
    else if (field === "message") payload.message = text;
    else if (field === valueField(a)) payload[field] = /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
  }
  return { action: a, payload: a.payload.length ? payload : undefined };
}

// The frame as the client writes it, but for the request_id it numbers it with.
function frameText(request) {
  if (request.text != null) return request.text;
  return JSON.stringify(Object.assign({ action: request.action.name }, request.payload));
}

function updatePreview() {
  const request = socket ? buildRequest() : null;
  el.preview.textContent = request ? frameText(request) : "";
}

function setStatus(state, text) {
  el.status.dataset.state = state;
  delete el.status.dataset.code;
  el.status.textContent = text;
}

function setConnected(on) {
  el.connect.disabled = on || channels.length === 0;
  el.disconnect.disabled = !on;
  el.room.disabled = on || channels.length === 0;
  el.name.disabled = on;
  el.action.disabled = !on || !selectedChannel() || selectedChannel().relay;
  el.send.disabled = !on;
  el.path.disabled = on;
  el.fileRow.hidden = !on || !joined || !joined.binary;
  el.sendFile.disabled = !on;
  describeAction();
}

function time() {
  const d = new Date();
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":");
}

function addEntry(kind, opts) {
  const li = document.createElement("li");
  li.dataset.kind = kind;
  if (opts.user != null) li.dataset.user = opts.user;
  if (opts.action != null) li.dataset.action = opts.action;
  if (opts.mine) li.classList.add("mine");
  if (opts.history) li.dataset.history = "true";
  const t = document.createElement("span");
  t.className = "time";
  t.textContent = time();
  const body = document.createElement("span");
  body.className = "body";
  const k = document.createElement("span");
  k.className = "kind";
  k.textContent = opts.label || kind;
  body.append(k);
  if (opts.user != null) {
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = opts.user;
    body.append(who);
  }
  const text = document.createElement("span");
  text.className = "text";
  text.textContent = opts.text;
  body.append(text);
  if (opts.raw) {
    const raw = document.createElement("code");
    raw.className = "raw";
    raw.textContent = opts.raw;
    body.append(raw);
  }
  li.append(t, body);
  el.log.append(li);
  el.log.scrollTop = el.log.scrollHeight;
  return li;
}

function showHistory(page) {
  // The room's last messages, oldest first, shown before anything newer.
  if (page.messages.length === 0) addEntry("system", { text: "no earlier messages" });
  for (const message of page.messages) show(message, JSON.stringify(message), true);
}

function showRecovery(recovery) {
  addEntry("system", {
    text: recovery.recovered
      ? "caught up: " + recovery.replayed + " missed message(s) above"
      : "some messages were missed while disconnected",
  });
}

function showError(error) {
  if (!(error instanceof ChannelError)) {
    addEntry("system", { text: error.message }); // no answer: the socket closed first
    return;
  }
  addEntry("error", { action: error.action, text: error.errors, raw: JSON.stringify(error.frame) });
}

function show(obj, data, history) {
  const me = el.name.value.trim() || "anonymous";
  if (joined && joined.relay) {
    if (obj && typeof obj === "object" && "message" in obj) {
      addEntry("relay", { user: String(obj.user ?? "?"), text: String(obj.message), mine: obj.user === me });
    } else {
      addEntry("relay", { text: data });
    }
    return;
  }
  if (!obj || typeof obj !== "object") {
    addEntry("message", { text: data });
  } else if (obj.action === "join" || obj.action === "leave") {
    addEntry(obj.action, { user: obj.user, text: obj.message, mine: obj.user === me, history: history });
  } else if (obj.action === "bid" && "amount" in obj) {
    addEntry("bid", { user: obj.user, text: "bid " + obj.amount + " on lot " + obj.lot, mine: obj.user === me });
  } else if (obj.action === "message") {
    addEntry("message", { user: obj.user, text: obj.message, mine: obj.user === me, history: history });
  } else {
    addEntry("message", { text: data });
  }
}

// A binary frame: its size, and the picture itself when it is a PNG, JPEG or GIF.
function showBinary(buffer) {
  const li = addEntry("binary", { text: buffer.byteLength + " bytes" });
  const b = new Uint8Array(buffer.slice(0, 4));
  const type = b[0] === 0x89 && b[1] === 0x50 ? "image/png"
    : b[0] === 0xff && b[1] === 0xd8 ? "image/jpeg"
    : b[0] === 0x47 && b[1] === 0x49 ? "image/gif" : null;
  if (type) {
    const img = document.createElement("img");
    img.className = "drop";
    img.alt = "a picture a member dropped";
    img.src = URL.createObjectURL(new Blob([buffer], { type: type }));
    li.querySelector(".body").append(img);
  }
}

async function sendFile() {
  const file = el.file.files[0];
  if (!file || !socket || !socket.isOpen) return;
  socket.sendBinary(await file.arrayBuffer());
  addEntry("sent", { label: "sent", text: file.name + " (" + file.size + " bytes, binary)" });
  el.file.value = "";
}

function connect() {
  const c = selectedChannel();
  if (!c || socket) return;
  const server = (location.protocol === "https:" ? "wss://" : "ws://") + location.host;
  // The server takes the token as the display name (there are no passwords in this example).
  const name = el.name.value.trim();
  // Back in a room with history: the client asks for what was missed since the last message.
  const since = c.history > 0 ? lastIds[c.path] : undefined;
  const path = c.path.includes("{") ? el.path.value.trim() : c.path;
  setStatus("connecting", "connecting to " + c.path + "…");
  const ws = new ChannelSocket(server, path, {
    token: name || undefined,
    since: since,
    onOpen: () => {
      setStatus("open", "connected to " + c.path);
      addEntry("system", { text: "connected to " + c.path + " (room " + c.room + ")" });
      if (c.history > 0 && !since) {
        // First visit: show what the room said before we came.
        ws.request("history", { limit: c.history }).then(showHistory, showError);
      }
      updatePreview();
      el.message.focus();
    },
    onMessage: (message) => show(message, JSON.stringify(message), false),
    onText: (text) => show(null, text, false),
    onBinary: showBinary,
    onError: showError,
    onRecovered: showRecovery,
    onClose: (close) => {
      const reason = close.reason ? ": " + close.reason : "";
      setStatus("closed", "closed (" + close.code + reason + ")");
      el.status.dataset.code = String(close.code);
      addEntry("system", { text: "connection closed with code " + close.code + reason });
      if (ws.lastId != null) lastIds[c.path] = ws.lastId;
      if (socket === ws) {
        socket = null;
        joined = null;
        setConnected(false);
      }
    },
  }, c.history > 0);
  ws.opened.catch(() => {}); // a refused socket is told by onClose
  socket = ws;
  joined = c;
  setConnected(true);
}

function send(event) {
  event.preventDefault();
  if (!socket || !socket.isOpen) return;
  const request = buildRequest();
  if (!request) return;
  addEntry("sent", { label: "sent", text: frameText(request) });
  if (request.text != null) {
    socket.sendText(request.text);
  } else if (request.action.reply != null || request.action.ack) {
    const name = request.action.name;
    socket.request(name, request.payload).then(
      (data) => addEntry("response", { action: name, label: name, text: JSON.stringify(data) }),
      showError);
  } else {
    socket.send(request.action.name, request.payload);
  }
  el.message.value = "";
  updatePreview();
}

function showChannels() {
  el.room.replaceChildren();
  for (const c of channels) {
    const opt = document.createElement("option");
    opt.value = c.path;
    opt.textContent = c.path + (c.relay ? "  · relay" : "  · " + c.room);
    el.room.append(opt);
  }
  const wanted = new URLSearchParams(location.search).get("room");
  if (wanted && channelByPath(wanted)) el.room.value = wanted;
  document.body.dataset.ready = "true";
  setConnected(false);
  describeRoom();
  fillActions();
}

el.room.addEventListener("change", () => { describeRoom(); fillActions(); });
el.action.addEventListener("change", describeAction);
el.message.addEventListener("input", updatePreview);
el.name.addEventListener("input", updatePreview);
el.connect.addEventListener("click", connect);
el.disconnect.addEventListener("click", () => { if (socket) socket.close(1000, "bye"); });
el.form.addEventListener("submit", send);
el.sendFile.addEventListener("click", sendFile);
el.clear.addEventListener("click", () => el.log.replaceChildren());

el.name.value = new URLSearchParams(location.search).get("name") || "";
showChannels();
