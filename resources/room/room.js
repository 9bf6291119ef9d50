/* Lokakarya's phone page. ES2017 at most (Chrome 80, Safari 13): no optional chaining, no
   "??", no object spread. User text goes into the page with textContent only. */
(function () {
  "use strict";
  var code = location.pathname.split("/")[1] || "";
  var base = "/" + code + "/";
  var T = {};
  var state = null;
  var socket = null;
  var socketFailures = 0;
  var polling = false;
  var retryDelay = 1000;
  var connected = false;
  var draft = {}; // question id -> choices chosen but not yet sent (several answers)

  function randomToken() {
    var bytes = new Uint8Array(18);
    crypto.getRandomValues(bytes);
    var out = "";
    for (var i = 0; i < bytes.length; i++) out += ("0" + bytes[i].toString(16)).slice(-2);
    return out;
  }
  function load(key, fallback) {
    try { var v = localStorage.getItem(key); return v ? JSON.parse(v) : fallback; }
    catch (e) { return fallback; }
  }
  function save(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* full */ }
  }
  var device = load("lokakarya.device", "");
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(device)) { device = randomToken(); save("lokakarya.device", device); }
  var PENDING = "lokakarya.pending." + code, MINE = "lokakarya.mine." + code;
  var pending = load(PENDING, []); // answers not acknowledged yet, oldest first
  var mine = load(MINE, {}); // question id -> last answer sent
  var personalCode = load("lokakarya.code", "");

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function t(key) { return T[key] || key; }
  function notice(text) {
    var box = document.getElementById("notice");
    box.textContent = text || "";
    box.hidden = !text;
  }
  function showStatus() {
    var s = document.getElementById("status");
    s.textContent = connected ? t("connected") : t("offline");
    s.className = connected ? "status" : "status off";
  }

  // -- sending -----------------------------------------------------------------------------
  function answer(question, fields) {
    var message = { type: "answer", id: randomToken(), question: question.id };
    for (var k in fields) message[k] = fields[k];
    if (question.needs_code) message.code = personalCode;
    if (fields.type !== "upvote") {
      pending = pending.filter(function (m) { return m.question !== question.id || m.type === "upvote"; });
      mine[question.id] = message;
      save(MINE, mine);
    }
    pending.push(message);
    save(PENDING, pending);
    flush();
    render();
  }
  function flush() {
    if (!pending.length || !connected) return;
    if (socket && socket.readyState === 1) {
      pending.forEach(function (m) { socket.send(JSON.stringify(m)); });
    } else if (polling) {
      var batch = pending.slice(0, 8);
      fetch(base + "send?device=" + device, { method: "POST", body: JSON.stringify(batch),
        headers: { "Content-Type": "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (body) {
          (body.replies || []).forEach(received);
          if (body.state) received(body.state);
        })
        .catch(function () { lost(); });
    }
  }
  function received(message) {
    if (message.type === "state") { state = message; render(); return; }
    if (message.type === "ack" || message.type === "refused") {
      var before = pending.length;
      pending = pending.filter(function (m) { return m.id !== message.id; });
      if (pending.length !== before) save(PENDING, pending);
      if (message.type === "refused") {
        for (var q in mine) if (mine[q].id === message.id) delete mine[q];
        save(MINE, mine);
        notice(T["reason_" + message.reason] || t("reason_other"));
      } else notice("");
      render();
    }
  }

  // -- connecting --------------------------------------------------------------------------
  function connect() {
    if (polling) return poll();
    var ws;
    try { ws = new WebSocket("ws://" + location.host + base + "ws"); }
    catch (e) { return failed(); }
    var opened = false;
    socket = ws;
    ws.onopen = function () {
      opened = true; socketFailures = 0; retryDelay = 1000; connected = true;
      ws.send(JSON.stringify({ device: device }));
      showStatus(); flush();
    };
    ws.onmessage = function (event) {
      try { received(JSON.parse(event.data)); } catch (e) { /* ignore */ }
    };
    ws.onclose = function () {
      if (socket !== ws) return;
      socket = null;
      if (!opened) socketFailures++;
      lost();
    };
  }
  function failed() { socketFailures++; lost(); }
  function lost() {
    connected = false; showStatus();
    if (socketFailures >= 3) polling = true;
    setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 8000);
  }
  function poll() {
    var since = connected && state ? state.version : 0;
    fetch(base + "poll?since=" + since + "&device=" + device)
      .then(function (r) { if (!r.ok) throw new Error("poll"); return r.json(); })
      .then(function (s) {
        var was = connected; connected = true; retryDelay = 1000; showStatus();
        received(s); if (!was) flush(); poll();
      })
      .catch(function () { connected = false; showStatus(); setTimeout(poll, retryDelay);
        retryDelay = Math.min(retryDelay * 2, 8000); });
  }
  window.addEventListener("online", function () {
    if (!connected && socket) { try { socket.close(); } catch (e) { /* */ } }
  });

  // -- drawing -----------------------------------------------------------------------------
  var drawnFor = null; // the question drawn last: what is being typed survives a redraw
  function render() {
    var main = document.getElementById("main");
    var typing = document.getElementById("answer");
    var kept = typing && typing.dataset.edited ? typing.value : null;
    var focused = document.activeElement ? document.activeElement.id : "";
    while (main.firstChild) main.removeChild(main.firstChild);
    var q = state && state.question;
    var same = q && q.id === drawnFor;
    drawnFor = q ? q.id : null;
    draw(main, q);
    var again = document.getElementById("answer");
    if (same && again && kept !== null) { again.value = kept; again.dataset.edited = "1"; }
    if (same && focused && document.getElementById(focused)) document.getElementById(focused).focus();
  }
  function draw(main, q) {
    if (!q) { main.appendChild(el("p", "wait", state ? t("waiting") : t("mobile_data"))); return; }
    main.appendChild(el("h1", "", q.text));
    var open = state.accepting;
    if (q.needs_code) codeField(main);
    var sent = mine[q.id];
    if (q.kind === "choice" || q.kind === "quiz") choices(main, q, sent, open);
    else if (q.kind === "scale") scale(main, q, sent, open);
    else if (q.kind === "reaction") reaction(main, q, sent, open);
    else textAnswer(main, q, sent, open);
    if (sent) {
      var waiting = pending.some(function (m) { return m.id === sent.id; });
      main.appendChild(el("p", "mine", waiting ? t("saved_offline") : t("stored")));
    }
    if (!open) main.appendChild(el("p", "hint", t("closed")));
    if (q.kind === "ideas" && state.ideas && state.ideas.length) ideas(main, q, open);
    if (state.revealed && state.results) results(main, q, state.results);
  }
  function codeField(main) {
    main.appendChild(el("label", "", t("code_label")));
    var input = el("input");
    input.id = "code"; input.value = personalCode; input.maxLength = 12;
    input.autocapitalize = "characters"; input.autocomplete = "off";
    input.addEventListener("input", function () {
      personalCode = input.value.trim().toUpperCase(); save("lokakarya.code", personalCode);
    });
    main.appendChild(input);
    main.appendChild(el("p", "hint", t("code_hint")));
  }
  function choices(main, q, sent, open) {
    var chosen = draft[q.id] || (sent ? sent.choices : []);
    if (q.multiple) main.appendChild(el("p", "hint", t("choose_many")));
    q.options.forEach(function (option, index) {
      var b = el("button", chosen.indexOf(index) >= 0 ? "chosen" : "", option);
      b.disabled = !open;
      b.addEventListener("click", function () {
        if (!q.multiple) { delete draft[q.id]; answer(q, { choices: [index] }); return; }
        var now = (draft[q.id] || chosen).slice();
        var at = now.indexOf(index);
        if (at >= 0) now.splice(at, 1); else now.push(index);
        draft[q.id] = now; render();
      });
      main.appendChild(b);
    });
    if (q.multiple) {
      var send = el("button", "primary", t("send"));
      send.disabled = !open || !(draft[q.id] && draft[q.id].length);
      send.addEventListener("click", function () {
        var c = draft[q.id]; delete draft[q.id]; answer(q, { choices: c });
      });
      main.appendChild(send);
    }
  }
  function scale(main, q, sent, open) {
    var row = el("div", "scale");
    for (var v = 1; v <= q.scale_max; v++) {
      (function (value) {
        var b = el("button", sent && sent.value === value ? "chosen" : "", String(value));
        b.disabled = !open;
        b.addEventListener("click", function () { answer(q, { value: value }); });
        row.appendChild(b);
      })(v);
    }
    main.appendChild(row);
  }
  function reaction(main, q, sent, open) {
    var ratings = draft[q.id] || (sent ? sent.ratings.slice() : q.options.map(function () { return null; }));
    q.options.forEach(function (line, i) {
      main.appendChild(el("label", "", line));
      var row = el("div", "scale");
      for (var v = 1; v <= 5; v++) {
        (function (value) {
          var b = el("button", ratings[i] === value ? "chosen" : "", String(value));
          b.disabled = !open;
          b.addEventListener("click", function () {
            ratings[i] = value; draft[q.id] = ratings; render();
          });
          row.appendChild(b);
        })(v);
      }
      main.appendChild(row);
    });
    var send = el("button", "primary", t("send"));
    send.disabled = !open || !draft[q.id];
    send.addEventListener("click", function () {
      var r = draft[q.id]; delete draft[q.id]; answer(q, { ratings: r });
    });
    main.appendChild(send);
  }
  function textAnswer(main, q, sent, open) {
    var input = el(q.kind === "words" ? "input" : "textarea");
    input.id = "answer";
    input.maxLength = q.kind === "words" ? 40 : q.kind === "ideas" ? 280 : 500;
    if (sent && q.kind !== "ideas") input.value = sent.text;
    input.addEventListener("input", function () { input.dataset.edited = "1"; });
    main.appendChild(input);
    var send = el("button", "primary", t("send"));
    send.disabled = !open;
    send.addEventListener("click", function () {
      var text = input.value.trim();
      if (!text) { notice(t("reason_empty")); return; }
      delete input.dataset.edited;
      answer(q, { text: text });
      if (q.kind === "ideas") document.getElementById("answer").value = "";
    });
    main.appendChild(send);
  }
  function ideas(main, q, open) {
    main.appendChild(el("h2", "", t("ideas")));
    state.ideas.forEach(function (idea) {
      var row = el("div", "idea");
      row.appendChild(el("span", "", idea[1]));
      var b = el("button", "", t("vote") + " " + idea[2]);
      b.disabled = !open;
      b.addEventListener("click", function () { answer(q, { type: "upvote", idea: idea[0] }); });
      row.appendChild(b);
      main.appendChild(row);
    });
  }
  function results(main, q, r) {
    var box = el("section", "results");
    box.appendChild(el("h2", "", t("results") + " (" + r.answered + " " + (r.answered === 1 ? t("answer_one") : t("answers")) + ")"));
    var counts = q.kind === "scale" ? r.distribution : r.counts;
    var labels = q.kind === "scale" ? counts.map(function (_, i) { return String(i + 1); }) : q.options;
    if (q.kind === "reaction") {
      labels = q.options.map(function (line, i) {
        var a = r.averages[i];
        return a === null || a === undefined ? line : line + " · " + a.toFixed(1);
      });
    }
    var most = Math.max.apply(null, [1].concat(counts));
    counts.forEach(function (count, i) {
      var bar = el("div", q.correct && q.correct.indexOf(i) >= 0 ? "bar correct" : "bar");
      bar.appendChild(el("div", "", labels[i] + " — " + count));
      var track = el("div", "track"), fill = el("div", "fill");
      fill.style.width = Math.round(100 * count / most) + "%";
      track.appendChild(fill); bar.appendChild(track); box.appendChild(bar);
    });
    if (r.average !== null && r.average !== undefined) {
      box.appendChild(el("p", "", t("average") + ": " + r.average.toFixed(1)));
    }
    if (r.words && r.words.length) {
      var words = el("p", "words");
      r.words.forEach(function (w) { words.appendChild(el("span", "", w[0] + " (" + w[1] + ")")); });
      box.appendChild(words);
    }
    main.appendChild(box);
  }

  fetch(base + "texts.json").then(function (r) { return r.json(); }).then(function (texts) {
    T = texts; document.documentElement.lang = texts.lang || "id";
    document.getElementById("title").textContent = t("title");
    showStatus(); render(); connect();
  }).catch(function () { setTimeout(function () { location.reload(); }, 3000); });
})();
