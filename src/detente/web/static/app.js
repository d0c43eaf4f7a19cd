/* detente dashboard: hash routing, shared helpers, and the Overview, Events and Event views.
   Plain browser JavaScript, no build step; views.js adds the Dyad explorer, Network and Map. */
(function () {
  "use strict";
  const D = (window.D = { views: {}, meta: null });

  /* ---------- helpers ---------- */
  D.esc = (s) => String(s == null ? "" : s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  D.num = (n) => (n == null ? "–" : Number(n).toLocaleString("en"));
  D.gs = (g) => (g == null ? "–" : `<span class="gs ${g > 0 ? "pos" : g < 0 ? "neg" : ""}">${g > 0 ? "+" : ""}${Number(g).toFixed(1)}</span>`);
  D.quad = (q) => `<span class="pill q${q}">${D.esc((D.meta && D.meta.quad_classes[q]) || "quad " + q)}</span>`;
  D.qs = (params) => {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v == null || v === "") continue;
      for (const one of Array.isArray(v) ? v : [v]) if (one !== "" && one != null) u.append(k, one);
    }
    return u.toString();
  };
  D.api = async function (path, params) {
    const q = params ? D.qs(params) : "";
    const res = await fetch(`/api/${path}${q ? "?" + q : ""}`);
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.message || `${res.status} ${res.statusText}`);
    return body;
  };
  D.h = function (html) { const t = document.createElement("template"); t.innerHTML = html.trim(); return t.content.firstElementChild; };
  D.go = (hash) => { document.getElementById("view").dataset.ready = "0"; if (location.hash !== hash) location.hash = hash; else route(); };
  D.actorLabel = (code, name) => (name && name !== code ? `${D.esc(name)} <span class="muted mono">${D.esc(code)}</span>` : `<span class="mono">${D.esc(code || "–")}</span>`);
  D.error = (view, err) => { view.innerHTML = `<div class="error">${D.esc(err.message || err)}</div>`; };
  D.addDays = (iso, n) => { const d = new Date(iso + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + n); return d.toISOString().slice(0, 10); };
  D.bucketEnd = (iso, interval) => {
    const d = new Date(iso + "T00:00:00Z");
    if (interval === "day") return iso;
    if (interval === "week") return D.addDays(iso, 6);
    const months = { month: 1, quarter: 3, year: 12 }[interval];
    d.setUTCMonth(d.getUTCMonth() + months); d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  };

  /* Type-ahead over /api/actors: calls onPick({code, name}) when the user chooses a suggestion. */
  D.typeahead = function (input, onPick) {
    const wrap = input.parentElement;
    wrap.classList.add("typeahead");
    let list = null, items = [], active = -1, timer = null, seq = 0;
    const close = () => { if (list) list.remove(); list = null; active = -1; };
    const pick = (a) => { input.value = a.name; input.dataset.code = a.code; close(); onPick(a); };
    const render = () => {
      close();
      if (!items.length) return;
      list = document.createElement("ul");
      items.forEach((a, i) => {
        const li = D.h(`<li class="${i === active ? "on" : ""}" data-code="${D.esc(a.code)}"><span>${D.esc(a.name)}</span><span class="code">${D.esc(a.code)} · ${D.num(a.events)}</span></li>`);
        li.addEventListener("mousedown", (e) => { e.preventDefault(); pick(a); });
        list.appendChild(li);
      });
      wrap.appendChild(list);
    };
    input.addEventListener("input", () => {
      clearTimeout(timer);
      delete input.dataset.code;
      timer = setTimeout(async () => {
        const mine = ++seq;
        try { const r = await D.api("actors", { q: input.value, limit: 8 }); if (mine === seq) { items = r.items; active = -1; render(); } }
        catch (e) { items = []; close(); }
      }, 120);
    });
    input.addEventListener("keydown", (e) => {
      if (!list) return;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") { active = (active + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length; render(); e.preventDefault(); }
      else if (e.key === "Enter" && (active >= 0 || items.length)) { pick(items[Math.max(active, 0)]); e.preventDefault(); }
      else if (e.key === "Escape") close();
    });
    input.addEventListener("blur", () => setTimeout(close, 150));
  };

  /* ---------- Overview ---------- */
  D.views.overview = async function (view, params) {
    const interval = params.get("interval") || "month";
    const s = await D.api("summary", { interval });
    const t = s.totals;
    view.innerHTML = "";
    view.append(D.h(`<div><h1>Overview</h1><p class="lead">What the store holds: events over time by quad class, the busiest actors and dyads.</p></div>`));
    const stats = [["Events", D.num(t.events)], t.unique_events != null ? ["Distinct events (≈)", D.num(t.unique_events)] : null,
      ["Articles", D.num(t.articles)], ["First event", t.first || "–"], ["Last event", t.last || "–"], ["Mean Goldstein", D.gs(t.goldstein)]].filter(Boolean);
    view.append(D.h(`<div class="stats">${stats.map(([k, v]) => `<div class="stat"><div class="k">${k}</div><div class="v">${v}</div></div>`).join("")}</div>`));
    if (!t.events) { view.append(D.h(`<div class="card empty">No events yet. Run <code>detente ingest FILES --db this.duckdb</code>, then reload.</div>`)); return; }
    const card = D.h(`<div class="card"><div class="toolbar"><h2 style="margin:0">Events per ${interval}, by quad class</h2><span class="spacer" style="flex:1"></span>
      <select id="ov-interval">${["week", "month", "quarter", "year"].map((i) => `<option ${i === interval ? "selected" : ""}>${i}</option>`).join("")}</select></div>
      <div class="legend">${["q1", "q2", "q3", "q4"].map((q) => `<span><i class="swatch" style="background:${Charts.QUAD[q]}"></i>${Charts.QUAD_NAMES[q]}</span>`).join("")}</div>
      <div id="ov-chart"></div></div>`);
    view.append(card);
    card.querySelector("#ov-interval").addEventListener("change", (e) => D.go(`#/overview?interval=${e.target.value}`));
    Charts.diverging(card.querySelector("#ov-chart"), [{ label: "All events", points: s.series }], {
      interval, height: 280,
      onClick: (si, b, side) => D.go(`#/events?${D.qs({ date_from: b, date_to: D.bucketEnd(b, interval), quad_class: side === "coop" ? [1, 2] : side === "conflict" ? [3, 4] : [] })}`),
    });
    const maxA = Math.max(...s.top_actors.map((a) => a.events), 1);
    const grid = D.h(`<div class="grid two"></div>`);
    grid.append(D.h(`<div class="card"><h2>Most active actors</h2><table><thead><tr><th>Actor</th><th class="num">Events</th><th></th><th class="num">Goldstein</th></tr></thead><tbody>
      ${s.top_actors.map((a) => `<tr class="clickable" data-href="#/events?actor=${encodeURIComponent(a.code)}"><td>${D.actorLabel(a.code, a.name)}</td><td class="num">${D.num(a.events)}</td>
      <td class="bar-cell"><span style="width:${(100 * a.events) / maxA}%"></span></td><td class="num">${D.gs(a.goldstein)}</td></tr>`).join("")}</tbody></table></div>`));
    grid.append(D.h(`<div class="card"><h2>Busiest dyads <span class="muted small">(both directions)</span></h2><table><thead><tr><th>Dyad</th><th class="num">Events</th><th>Coop / conflict</th><th class="num">Goldstein</th></tr></thead><tbody>
      ${s.top_dyads.map((d) => `<tr class="clickable" data-href="#/dyads?a=${encodeURIComponent(d.a)}&b=${encodeURIComponent(d.b)}"><td>${D.esc(d.a_name)} – ${D.esc(d.b_name)}</td><td class="num">${D.num(d.events)}</td>
      <td>${D.quadBar(d)}</td><td class="num">${D.gs(d.goldstein)}</td></tr>`).join("")}</tbody></table></div>`));
    view.append(grid);
    grid.querySelectorAll("tr[data-href]").forEach((tr) => tr.addEventListener("click", () => D.go(tr.dataset.href)));
  };
  D.quadBar = (d) => {
    const tot = d.q1 + d.q2 + d.q3 + d.q4 || 1;
    return `<div style="display:flex;height:10px;width:140px;border-radius:5px;overflow:hidden;margin-top:5px" title="${d.q1}/${d.q2}/${d.q3}/${d.q4}">` +
      ["q1", "q2", "q3", "q4"].map((q) => `<span style="width:${(100 * d[q]) / tot}%;background:${Charts.QUAD[q]}"></span>`).join("") + "</div>";
  };

  /* ---------- Events table ---------- */
  const FILTERS = ["date_from", "date_to", "actor", "source", "target", "cameo_root", "cameo", "plover", "quad_class", "q"];
  D.views.events = async function (view, params) {
    const m = D.meta, sort = params.get("sort") || "-date", offset = Number(params.get("offset") || 0), limit = 50;
    const f = {}; for (const k of FILTERS) f[k] = params.getAll(k);
    const one = (k) => D.esc(["actor", "source", "target", "cameo"].includes(k) ? f[k].join(",") : f[k][0] || "");
    const opt = (k, entries) => `<option value="">any</option>` + entries.map(([v, l]) => `<option value="${D.esc(v)}" ${f[k].includes(String(v)) ? "selected" : ""}>${D.esc(l)}</option>`).join("");
    view.innerHTML = "";
    view.append(D.h(`<div><h1>Events</h1><p class="lead">Every coded event, with filters; click a row for its evidence.</p></div>`));
    const form = D.h(`<form class="card filters" id="filters" autocomplete="off">
      <div class="field"><label>From</label><input type="date" name="date_from" value="${one("date_from")}"></div>
      <div class="field"><label>To</label><input type="date" name="date_to" value="${one("date_to")}"></div>
      <div class="field"><label>Actor (either side)</label><input type="text" name="actor" placeholder="BLR" value="${one("actor")}"></div>
      <div class="field"><label>Source</label><input type="text" name="source" placeholder="EU" value="${one("source")}" size="8"></div>
      <div class="field"><label>Target</label><input type="text" name="target" placeholder="BLR" value="${one("target")}" size="8"></div>
      <div class="field"><label>CAMEO root</label><select name="cameo_root">${opt("cameo_root", Object.entries(m.cameo_roots).map(([c, l]) => [c, `${c} ${l}`]))}</select></div>
      <div class="field"><label>CAMEO code</label><input type="text" name="cameo" placeholder="163" value="${one("cameo")}" size="6"></div>
      <div class="field"><label>PLOVER</label><select name="plover">${opt("plover", m.plover_events.map((p) => [p, p]))}</select></div>
      <div class="field"><label>Quad class</label><select name="quad_class">${opt("quad_class", Object.entries(m.quad_classes))}</select></div>
      <div class="field"><label>Text</label><input type="search" name="q" placeholder="words in the sentence" value="${one("q")}"></div>
      <div class="field"><button type="submit">Apply</button></div>
      <div class="field"><button type="button" class="ghost" id="reset">Reset</button></div></form>`);
    view.append(form);
    const apply = (extra) => {
      const p = {};
      for (const k of FILTERS) {
        const v = form.elements[k].value.trim();
        if (v) p[k] = ["actor", "source", "target", "cameo"].includes(k) ? v.toUpperCase().split(/[\s,]+/).filter(Boolean) : v;
      }
      for (const k of ["quad_class", "cameo_root"]) if (!form.elements[k].value && f[k].length > 1) p[k] = f[k];
      D.go("#/events?" + D.qs(Object.assign(p, { sort }, extra || {})));
    };
    form.addEventListener("submit", (e) => { e.preventDefault(); apply(); });
    form.querySelector("#reset").addEventListener("click", () => D.go("#/events"));
    const card = D.h(`<div class="card"><div class="toolbar"><span id="count" class="muted"></span><span style="flex:1"></span>
      <a class="button ghost" id="csv" download>Export CSV</a></div><div id="table"><p class="muted">Loading…</p></div></div>`);
    view.append(card);
    const query = Object.assign({}, f, { sort });
    card.querySelector("#csv").href = "/api/events.csv?" + D.qs(Object.assign({}, query, { limit: 100000 }));
    let r;
    try { r = await D.api("events", Object.assign({}, query, { limit, offset })); } catch (e) { D.error(card.querySelector("#table"), e); return; }
    card.querySelector("#count").textContent = `${D.num(r.total)} events` + (r.total ? ` · ${offset + 1}–${Math.min(offset + limit, r.total)}` : "");
    const head = (key, label, cls) => {
      const on = sort.replace("-", "") === key, arrow = on ? (sort.startsWith("-") ? " ↓" : " ↑") : "";
      return `<th class="sortable ${cls || ""}" data-sort="${key}">${label}${arrow}</th>`;
    };
    const table = D.h(`<table id="events-table"><thead><tr>${head("date", "Date")}${head("source", "Source")}<th>Event</th>${head("target", "Target")}
      ${head("cameo", "CAMEO")}<th>Quad</th>${head("goldstein", "G", "num")}<th>Sentence</th></tr></thead><tbody>
      ${r.items.map((e) => `<tr class="clickable" data-id="${D.esc(e.id)}"><td class="mono">${D.esc(e.date || "")}</td>
        <td>${D.actorLabel(e.source_code, e.source_name)}</td><td>${D.esc(e.trigger_text)}</td><td>${D.actorLabel(e.target_code, e.target_name)}</td>
        <td><span class="mono">${D.esc(e.cameo)}</span> <span class="small">${D.esc(e.cameo_label)}</span></td><td>${D.quad(e.quad_class)}</td>
        <td class="num">${D.gs(e.goldstein)}</td><td class="small">${D.esc(e.sentence)}</td></tr>`).join("")}</tbody></table>`);
    const box = card.querySelector("#table");
    box.innerHTML = "";
    box.append(r.items.length ? table : D.h(`<div class="empty">No events match these filters.</div>`));
    table.querySelectorAll("tr[data-id]").forEach((tr) => tr.addEventListener("click", () => D.go(`#/event/${encodeURIComponent(tr.dataset.id)}`)));
    table.querySelectorAll("th[data-sort]").forEach((th) => th.addEventListener("click", () => {
      const k = th.dataset.sort, next = sort === "-" + k ? k : "-" + k;
      D.go("#/events?" + D.qs(Object.assign({}, f, { sort: next })));
    }));
    const pager = D.h(`<div class="pager"><button class="ghost" id="prev" ${offset ? "" : "disabled"}>← Previous</button>
      <button class="ghost" id="next" ${offset + limit < r.total ? "" : "disabled"}>Next →</button></div>`);
    box.append(pager);
    pager.querySelector("#prev").addEventListener("click", () => D.go("#/events?" + D.qs(Object.assign({}, f, { sort, offset: Math.max(0, offset - limit) }))));
    pager.querySelector("#next").addEventListener("click", () => D.go("#/events?" + D.qs(Object.assign({}, f, { sort, offset: offset + limit }))));
  };

  /* ---------- Event view ---------- */
  D.highlight = function (sentence, marks) {
    const spans = marks.filter((m) => m.span && m.span[0] != null && m.span[1] > m.span[0]).sort((a, b) => a.span[0] - b.span[0]);
    let out = "", at = 0;
    for (const m of spans) {
      if (m.span[0] < at) continue;  /* overlapping spans: keep the first */
      out += D.esc(sentence.slice(at, m.span[0])) + `<mark class="${m.cls}" title="${m.title}">${D.esc(sentence.slice(m.span[0], m.span[1]))}</mark>`;
      at = m.span[1];
    }
    return out + D.esc(sentence.slice(at));
  };
  D.views.event = async function (view, params, id) {
    const e = await D.api(`events/${encodeURIComponent(id)}`);
    const a = e.article || {}, src = e.source, tgt = e.target;
    const who = (x) => (x ? `${D.actorLabel(x.org || x.country, x.name)} <span class="muted small">${D.esc([x.sector, x.cameo].filter(Boolean).join(" · "))}</span>` : "–");
    const sent = D.highlight(e.sentence, [{ span: src && src.span, cls: "src", title: "source" }, { span: tgt && tgt.span, cls: "tgt", title: "target" },
      { span: e.trigger && e.trigger.span, cls: "trg", title: "trigger" }]);
    let text = D.esc(a.text || "");
    if (a.text && a.text.includes(e.sentence)) text = text.replace(D.esc(e.sentence), `<mark class="sent">${D.esc(e.sentence)}</mark>`);
    const reports = (e.mentions || []).map((m) => `<tr class="clickable" data-href="#/event/${encodeURIComponent(m.id)}"><td class="mono">${D.esc(m.date_published || m.date || "")}</td>
      <td>${D.esc(m.source_name || "")}</td><td>${D.esc(m.title || m.article_id)}</td></tr>`).concat((e.duplicate_articles || []).map((d) =>
      `<tr><td class="mono">${D.esc(d.date_published || "")}</td><td>${D.esc(d.source_name || "")}</td><td>${D.esc(d.title || d.id)} <span class="pill">copy of this article</span></td></tr>`));
    const n = (k, word) => `${D.num(k)} ${word}${k === 1 ? "" : "s"}`;
    const merged = e.merged ? `<p class="small muted">${n(e.merged.num_mentions, "mention")} in ${n(e.merged.num_articles, "article")} from ${n(e.merged.num_sources, "source")}.</p>` : "";
    view.innerHTML = `<p class="small"><a href="javascript:history.back()">← back</a></p>
      <div class="card"><div class="legend"><span><mark class="src">source</mark></span><span><mark class="tgt">target</mark></span><span><mark class="trg">trigger</mark></span></div>
        <p class="sentence" id="sentence">${sent}</p>
        <div class="chips"><span class="pill mono">${D.esc(e.cameo)}</span><span>${D.esc(e.cameo_label)}</span> ${D.quad(e.quad_class)} ${D.gs(e.goldstein)}</div></div>
      <div class="grid two"><div class="card"><h2>Coding</h2><dl class="kv">
        <dt>Date</dt><dd class="mono">${D.esc(e.date || "unknown")}</dd>
        <dt>Source</dt><dd>${who(src)}</dd><dt>Target</dt><dd>${who(tgt)}</dd>
        <dt>CAMEO</dt><dd><span class="mono">${D.esc(e.cameo)}</span> ${D.esc(e.cameo_label)}<br><span class="small muted">root ${D.esc(e.cameo_root)}: ${D.esc(e.cameo_root_label || "")}</span></dd>
        <dt>PLOVER</dt><dd>${D.esc((e.plover && e.plover.event) || "–")}${e.plover && e.plover.mode ? " · " + D.esc(e.plover.mode) : ""}</dd>
        <dt>Quad class</dt><dd>${D.quad(e.quad_class)}</dd><dt>Goldstein</dt><dd>${D.gs(e.goldstein)}</dd>
        <dt>Confidence</dt><dd>${e.confidence == null ? "–" : Number(e.confidence).toFixed(2)}</dd>
        ${e.modality ? `<dt>Modality</dt><dd>${D.esc(e.modality)}</dd>` : ""}
        <dt>Pattern</dt><dd><code id="pattern">${D.esc((e.trigger && e.trigger.pattern) || "–")}</code></dd>
        <dt>Actor entries</dt><dd class="small"><code>${D.esc((src && src.entry) || "–")}</code> → <code>${D.esc((tgt && tgt.entry) || "–")}</code></dd>
        <dt>Location</dt><dd>${e.location ? D.esc(e.location.name) + (e.location.lat != null ? ` <span class="muted small">(${e.location.lat}, ${e.location.lon})</span>` : "") : "–"}</dd>
        <dt>Event id</dt><dd class="mono small">${D.esc(e.id)}</dd></dl></div>
      <div class="card"><h2>Other reports of this event</h2>${merged}${reports.length ? `<table><tbody>${reports.join("")}</tbody></table>` : `<p class="muted">No other article reports it.</p>`}</div></div>
      <div class="card"><h2 id="article-title">${D.esc(a.title || "Article " + (a.id || ""))}</h2>
        <p class="small muted">${D.esc(a.source_name || "")} ${a.date_published ? "· " + D.esc(a.date_published) : ""} ${a.url ? `· <a href="${D.esc(a.url)}" target="_blank" rel="noopener noreferrer">${D.esc(a.url)}</a>` : ""}</p>
        <div class="article-text">${text}</div></div>`;
    view.querySelectorAll("tr[data-href]").forEach((tr) => tr.addEventListener("click", () => D.go(tr.dataset.href)));
  };

  /* ---------- router ---------- */
  async function route() {
    Charts.hideTip();
    const hash = location.hash.replace(/^#\/?/, "") || "overview";
    const [path, query] = hash.split("?");
    const [name, ...rest] = path.split("/");
    const params = new URLSearchParams(query || "");
    const view = document.getElementById("view");
    const fn = D.views[name] || D.views.overview;
    document.querySelectorAll("#nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === name || (name === "event" && a.dataset.view === "events")));
    view.dataset.view = name;
    view.dataset.ready = "0";
    try {
      if (!D.meta) {
        D.meta = await D.api("meta");
        document.getElementById("range").textContent = D.meta.date_from ? `${D.meta.date_from} → ${D.meta.date_to}` : "empty store";
      }
      await fn(view, params, decodeURIComponent(rest.join("/")));
    } catch (err) { D.error(view, err); }
    view.dataset.ready = "1";
  }
  D.route = route;
  window.addEventListener("hashchange", route);
  window.addEventListener("DOMContentLoaded", route);
})();
