"""The device page's own script (served at /<facilitator token>/app.js; nothing fetched from elsewhere).

It keeps the device's token and its actions not yet answered in the browser's storage, sends those one at a
time in order, each with its sequence number, and sends the same one again after a failure ("Reconnecting…"),
so the laptop applies each once. It asks for the state with the version it has and redraws when it changes;
the countdown is redrawn each second from the seconds left the laptop last said."""

SCRIPT = r"""
"use strict";
(function () {
  var T = JSON.parse(document.getElementById("texts").textContent);
  var base = document.body.getAttribute("data-base");
  var key = "convene-cofac:" + base;
  var store = window.localStorage;
  var device = store.getItem(key + ":device") || "";
  var hash = /(?:^#|&)device=([A-Za-z0-9_-]{20,64})/.exec(window.location.hash);
  if (hash) { device = hash[1]; store.setItem(key + ":device", device); history.replaceState(null, "", window.location.pathname + window.location.search); }
  var pending = JSON.parse(store.getItem(key + ":pending") || "[]");
  var seq = parseInt(store.getItem(key + ":seq") || "0", 10);
  var version = -1, state = null, got = 0, sending = false, offline = false, you = "";
  var $ = function (id) { return document.getElementById(id); };
  function say(words, off) { var s = $("status"); s.textContent = words; s.className = off ? "off" : ""; }
  function fill(k, v) { return (T[k] || k).replace(/\{(\w+)\}/g, function (_m, n) { return v && v[n] !== undefined ? v[n] : ""; }); }
  function show(which) { ["join", "wait", "live"].forEach(function (id) { $(id).hidden = id !== which; }); }
  function headers() { return { "Content-Type": "application/json", "X-Convene-Device": device }; }
  function save() { store.setItem(key + ":pending", JSON.stringify(pending)); store.setItem(key + ":seq", String(seq)); }
  function lost() { if (!offline) { offline = true; say(T.reconnecting, true); } }
  function back() { if (offline) { offline = false; say(T.connected); } }

  function answer(r) {
    // a 404 is this address closed for good (stopped, or the laptop restarted with a new code): not "reconnecting"
    if (r.status === 404) { return [404, { error: "gone" }]; }
    return r.json().then(function (j) { return [r.status, j]; });
  }
  function gone() { pending = []; save(); show("join"); $("join-form").hidden = true; say(T.gone, true); }

  function act(body) {
    seq += 1; body.seq = seq; pending.push(body); save(); send();
  }
  function send() {
    if (sending || !pending.length || !device) { return; }
    sending = true;
    var body = pending[0];
    // the page's language goes with each action, so a refusal comes back in it
    fetch(base + "act?lang=" + encodeURIComponent(document.documentElement.lang || "en"), { method: "POST", headers: headers(), body: JSON.stringify(body), credentials: "same-origin" })
      .then(answer)
      .then(function (rj) {
        var status = rj[0], j = rj[1];
        sending = false;
        if (status === 404) { gone(); return; }
        if (status === 503 || status === 429) { lost(); setTimeout(send, 1000); return; }
        back();
        pending.shift(); save();
        if (status === 403) { you = j.you || ""; poll(); return; }
        if (j.ok) { say(body.kind === "cue" ? fill("cue_sent", { text: j.message || "" }) : T.done); }
        else { say(fill("not_done", { why: T[j.error] || j.message || j.error || "" })); }
        send();
      })
      .catch(function () { sending = false; lost(); setTimeout(send, 1000); });
  }

  function poll() {
    if (!device) { show("join"); return; }
    fetch(base + "state?v=" + version, { headers: headers(), credentials: "same-origin" })
      .then(answer)
      .then(function (rj) {
        var status = rj[0], j = rj[1];
        if (status === 404) { gone(); return; }
        back();
        if (status === 403) {
          you = j.you || "revoked"; store.removeItem(key + ":device"); device = ""; pending = []; save();
          show("join"); say(T.revoked, true); return;
        }
        if (status !== 200) { lost(); setTimeout(poll, 1000); return; }
        you = j.you;
        if (you === "waiting") { show("wait"); }
        else { show("live"); }
        if (j.state && j.state.version !== version) {
          version = j.state.version;
          if (j.state.floor !== undefined) { state = j.state; got = Date.now(); draw(); }
        }
        send();
        setTimeout(poll, 0);
      })
      .catch(function () { lost(); setTimeout(poll, 1000); });
  }

  function clock(sec) {
    var over = sec < 0, s = Math.abs(Math.round(sec)), h = Math.floor(s / 3600), m = Math.floor(s % 3600 / 60), x = s % 60;
    var text = (h ? h + ":" + (m < 10 ? "0" : "") : "") + (m < 10 && !h ? "0" : "") + m + ":" + (x < 10 ? "0" : "") + x;
    return (over ? "+" : "") + text;
  }
  function tick() {
    if (!state) { return; }
    var tm = state.timer, c = $("clock");
    if (!tm) { c.textContent = "--:--"; c.className = "clock"; $("item").textContent = T.idle; return; }
    var left = tm.remaining - (tm.running ? (Date.now() - got) / 1000 + (state.age || 0) : 0);
    c.textContent = clock(Math.ceil(left - 1e-9));
    c.className = left < 0 ? "clock over" : "clock";
    $("item").textContent = tm.title + (tm.running ? "" : " · " + T.paused) + (left < 0 ? " · " + T.overtime : "");
  }
  function button(label, attrs) {
    var b = document.createElement("button");
    b.type = "button"; b.textContent = label;
    Object.keys(attrs).forEach(function (k) { b.setAttribute(k, attrs[k]); });
    return b;
  }
  function draw() {
    var f = state.floor, seats = $("seats"), q = $("queue"), hand = $("hand"), codes = $("codes");
    seats.textContent = ""; q.textContent = ""; hand.textContent = ""; codes.textContent = "";
    if (!f) { $("speaker").textContent = T.nobody; }
    else {
      $("speaker").textContent = f.speaker === null ? (f.many ? T.speaker_many : T.speaker_none) : fill("speaker_is", { name: f.names[f.speaker] || "" });
      f.blocks.forEach(function (bl) {
        var box = document.createElement("div");
        if (bl.label) { var h = document.createElement("h3"); h.textContent = bl.label; box.appendChild(h); }
        bl.people.forEach(function (p) {
          var place = f.hands[p], name = f.names[p] + (place ? " (" + place + ")" : "");
          var b = button(name, { "class": "seat", "aria-pressed": String(f.speaker === p), "data-person": String(p) });
          box.appendChild(b);
          var o = document.createElement("option"); o.value = String(p); o.textContent = f.names[p]; hand.appendChild(o);
        });
        seats.appendChild(box);
      });
      f.queue.forEach(function (e) { var li = document.createElement("li"); li.textContent = e.name; q.appendChild(li); });
      f.codes.forEach(function (c) { codes.appendChild(button(c.label, { "data-code": String(c.position) })); });
      if (!f.codes.length) { codes.textContent = T.codes_off; }
    }
    $("queue-empty").hidden = !!(f && f.queue.length);
    tick();
  }

  document.addEventListener("click", function (e) {
    var b = e.target.closest ? e.target.closest("button") : null;
    if (!b || b.type === "submit") { return; }
    if (b.hasAttribute("data-person")) { act({ kind: "tap", person: parseInt(b.getAttribute("data-person"), 10) }); }
    else if (b.hasAttribute("data-code")) { act({ kind: "code", position: parseInt(b.getAttribute("data-code"), 10) }); }
    else if (b.hasAttribute("data-cue")) { act({ kind: "cue", text: b.getAttribute("data-cue") }); }
    else if (b.hasAttribute("data-act")) { act({ kind: b.getAttribute("data-act") }); }
  });
  $("cue-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var text = $("cue").value.trim();
    if (!text) { say(T.cue_empty); return; }
    act({ kind: "cue", text: text }); $("cue").value = "";
  });
  $("hand-form").addEventListener("submit", function (e) {
    e.preventDefault();
    if ($("hand").value) { act({ kind: "hand", person: parseInt($("hand").value, 10) }); }
  });
  $("join-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var name = $("name").value.trim();
    if (!name) { say(T.name_empty); return; }
    fetch(base + "join", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: name }), credentials: "same-origin" })
      .then(answer)
      .then(function (rj) {
        if (rj[0] === 404) { gone(); return; }
        if (rj[0] !== 200) { say(T[rj[1].error] || rj[1].error, true); return; }
        device = rj[1].device; store.setItem(key + ":device", device); seq = 0; pending = []; save();
        show("wait"); say(""); poll();
      })
      .catch(function () { lost(); });
  });
  setInterval(tick, 250);
  poll();
})();
"""
