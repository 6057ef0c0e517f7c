// The admin page: every call carries the token as a bearer token, and the page shows what the
// admin API answers, errors included.
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const el = {
    token: $("token"), load: $("load"), status: $("admin-status"),
    rooms: document.querySelector("#rooms tbody"), members: $("members"),
    membersTitle: $("members-title"), broadcastRoom: $("broadcast-room"),
    broadcastMessage: $("broadcast-message"), broadcast: $("broadcast"),
  };
  let selected = null;

  function setStatus(state, text) {
    el.status.dataset.state = state;
    el.status.textContent = text;
  }

  async function call(method, path, body) {
    const response = await fetch(path, {
      method: method,
      headers: { "Authorization": "Bearer " + el.token.value.trim() },
      body: body,
    });
    const json = await response.json();
    if (!response.ok) {
      throw new Error(response.status + ": " + (json.error || "refused"));
    }
    return json;
  }

  async function loadRooms() {
    try {
      const answer = await call("GET", "/admin/rooms");
      el.rooms.replaceChildren(...answer.rooms.map(roomRow));
      setStatus("ok", answer.rooms.length + " room(s)");
      if (selected) await loadMembers(selected);
    } catch (error) {
      el.rooms.replaceChildren();
      setStatus("error", String(error.message));
    }
  }

  function roomRow(room) {
    const row = document.createElement("tr");
    row.dataset.room = room.room;
    for (const value of [room.room, room.localConnections, room.connections]) {
      const cell = document.createElement("td");
      cell.textContent = String(value);
      row.appendChild(cell);
    }
    row.addEventListener("click", () => loadMembers(room.room));
    return row;
  }

  async function loadMembers(room) {
    selected = room;
    el.broadcastRoom.value = room;
    try {
      const answer = await call("GET", "/admin/presence?room=" + encodeURIComponent(room));
      el.membersTitle.textContent = "Members of " + room + " (" + answer.count + ")";
      el.members.replaceChildren(...answer.members.map(memberItem));
    } catch (error) {
      setStatus("error", String(error.message));
    }
  }

  function memberItem(member) {
    const item = document.createElement("li");
    item.dataset.id = member.id;
    item.dataset.user = member.user ?? "";
    const name = document.createElement("span");
    name.textContent = (member.user ?? "?") + (member.meta ? " " + JSON.stringify(member.meta) : "");
    const kick = document.createElement("button");
    kick.type = "button";
    kick.textContent = "Disconnect";
    kick.className = "kick";
    kick.addEventListener("click", async () => {
      try {
        await call("POST", "/admin/disconnect?code=4000&reason=" +
            encodeURIComponent("Disconnected by an admin") + "&connection=" + encodeURIComponent(member.id));
        setStatus("ok", "disconnected " + (member.user ?? member.id));
        await loadRooms();
      } catch (error) {
        setStatus("error", String(error.message));
      }
    });
    item.append(name, " ", kick);
    return item;
  }

  async function broadcast() {
    try {
      const room = el.broadcastRoom.value.trim();
      await call("POST", "/admin/broadcast?room=" + encodeURIComponent(room), el.broadcastMessage.value);
      setStatus("ok", "sent to " + room);
    } catch (error) {
      setStatus("error", String(error.message));
    }
  }

  el.load.addEventListener("click", loadRooms);
  el.broadcast.addEventListener("click", broadcast);
  document.body.dataset.ready = "true";
})();
