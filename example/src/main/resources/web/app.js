// The example page: pick a name and a room, connect, send actions, watch what comes back.
// No framework and no network fetch beyond this server: channels.json and the WebSocket.
(function () {
  "use strict";

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

  let channels = [];
  let socket = null;
  let joined = null; // the channel the socket is connected to
  let requestId = 0;
  // Per room with history: the id of the last message shown, to reconnect with ?since=.
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

  function buildFrame() {
    const c = joined || selectedChannel();
    const text = el.message.value;
    const user = el.name.value.trim() || "anonymous";
    if (c && c.relay) {
      return JSON.stringify({ user: user, message: text });
    }
    const a = selectedAction(c);
    if (!a) return null;
    const frame = { action: a.name, request_id: requestId + 1 };
    for (const field of a.payload) {
      if (field === "user") frame.user = user;
      else if (field === "message") frame.message = text;
      else if (field === valueField(a)) frame[field] = /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;
    }
    return JSON.stringify(frame);
  }

  function updatePreview() {
    const frame = socket ? buildFrame() : null;
    el.preview.textContent = frame || "";
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

  function onFrame(data) {
    let obj = null;
    try { obj = JSON.parse(data); } catch (e) { obj = null; }
    if (obj && obj.type === "response" && obj.action === "history" && obj.status === "ok") {
      // The room's last messages, oldest first, shown before anything newer.
      if (obj.data.messages.length === 0) addEntry("system", { text: "no earlier messages" });
      for (const message of obj.data.messages) show(message, JSON.stringify(message), true);
      return;
    }
    if (obj && obj.type === "response" && obj.action === "recover") {
      addEntry("system", {
        text: obj.data.recovered
          ? "caught up: " + obj.data.replayed + " missed message(s) above"
          : "some messages were missed while disconnected",
      });
      return;
    }
    show(obj, data, false);
  }

  function show(obj, data, history) {
    const me = el.name.value.trim() || "anonymous";
    if (obj && typeof obj.id === "string" && joined) lastIds[joined.path] = obj.id;
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
    } else if (obj.status === "bad" || obj.errors != null) {
      addEntry("error", { action: obj.action, text: String(obj.errors), raw: data });
    } else if (obj.type === "response") {
      addEntry("response", { action: obj.action, label: obj.action || "response", text: JSON.stringify(obj.data), raw: data });
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
    if (!file || !socket || socket.readyState !== WebSocket.OPEN) return;
    socket.send(await file.arrayBuffer());
    addEntry("sent", { label: "sent", text: file.name + " (" + file.size + " bytes, binary)" });
    el.file.value = "";
  }

  function connect() {
    const c = selectedChannel();
    if (!c || socket) return;
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    // The server takes the token as the display name (there are no passwords in this example).
    const name = el.name.value.trim();
    const query = new URLSearchParams();
    if (name) query.set("token", name);
    // Back in a room with history: ask for what was missed since the last message shown.
    const since = c.history > 0 ? lastIds[c.path] : undefined;
    if (since) query.set("since", since);
    const path = c.path.includes("{") ? el.path.value.trim() : c.path;
    const url = scheme + location.host + path + (query.toString() ? "?" + query : "");
    setStatus("connecting", "connecting to " + c.path + "…");
    requestId = 0;
    const ws = new WebSocket(url);
    ws.binaryType = "arraybuffer";
    socket = ws;
    joined = c;
    setConnected(true);
    ws.onopen = () => {
      setStatus("open", "connected to " + c.path);
      addEntry("system", { text: "connected to " + c.path + " (room " + c.room + ")" });
      if (c.history > 0 && !since) {
        // First visit: show what the room said before we came.
        requestId += 1;
        ws.send(JSON.stringify({ action: "history", request_id: requestId, limit: c.history }));
      }
      updatePreview();
      el.message.focus();
    };
    ws.onmessage = (event) => {
      if (typeof event.data === "string") onFrame(event.data);
      else showBinary(event.data);
    };
    ws.onclose = (event) => {
      const reason = event.reason ? ": " + event.reason : "";
      setStatus("closed", "closed (" + event.code + reason + ")");
      el.status.dataset.code = String(event.code);
      addEntry("system", { text: "connection closed with code " + event.code + reason });
      if (socket === ws) {
        socket = null;
        joined = null;
        setConnected(false);
      }
    };
  }

  function send(event) {
    event.preventDefault();
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    const frame = buildFrame();
    if (!frame) return;
    if (!joined.relay) requestId += 1;
    socket.send(frame);
    addEntry("sent", { label: "sent", text: frame });
    el.message.value = "";
    updatePreview();
  }

  async function loadChannels() {
    try {
      const response = await fetch("channels.json", { cache: "no-store" });
      if (!response.ok) throw new Error("HTTP " + response.status);
      channels = await response.json();
    } catch (e) {
      el.room.replaceChildren();
      setStatus("closed", "could not load channels.json (" + e.message + ")");
      return;
    }
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
  loadChannels();
})();
