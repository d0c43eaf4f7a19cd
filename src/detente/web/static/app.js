/* detente dashboard: hash routing, shared helpers and filters, and the Overview, Events and Event views.
   Plain browser JavaScript, no build step; views.js adds the Dyad explorer, Network and Map, charts.js the
   ECharts drawings. Every filter is a URL parameter of the query vocabulary (docs/query.md), so a view's URL is
   its state and the API call behind it. */
(function () {
  "use strict";
  const D = (window.D = { views: {}, meta: null });

  /* ---------- helpers ---------- */
  D.esc = (s) => String(s == null ? "" : s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  D.num = (n) => (n == null ? "–" : Number(n).toLocaleString("en"));
  D.pct = (x) => (x == null ? "–" : (100 * x < 0.1 && x > 0 ? "<0.1" : (100 * x).toFixed(100 * x < 10 ? 1 : 0)) + " %");
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
  /* The last bucket of a chart when the data end before it does (a quarter holding events up to its 4th week):
     a short bar that is no fall in activity, marked as such. `end`: the last day the chart's data can hold. */
  D.partialBucket = (points, interval, end) => {
    const last = points.length && points[points.length - 1].bucket;
    return last && end && end < D.bucketEnd(last, interval) ? last : null;
  };
  /* A date as precisely as it is known: a month-precision event is "2019-05", not the 1st of the month it is stored as. */
  D.date = (iso, precision) => (!iso ? iso : precision === "month" ? iso.slice(0, 7) : precision === "year" ? iso.slice(0, 4) : iso);
  /* Only http(s) addresses become links: an article's url is data from the input, and javascript: is code. */
  D.safeUrl = (url) => (typeof url === "string" && /^https?:\/\//i.test(url.trim()) ? url.trim() : null);
  D.link = (url, text) => { const u = D.safeUrl(url); return u ? `<a href="${D.esc(u)}" target="_blank" rel="noopener noreferrer">${D.esc(text || u)}</a>` : D.esc(text || url || ""); };
  D.table = (inner, id) => `<div class="table-scroll"><table${id ? ` id="${id}"` : ""}>${inner}</table></div>`;
  D.csvLink = (path, params, label) => `<a class="button ghost small csv" href="/api/${path}.csv?${D.qs(params)}" download>${D.esc(label || "CSV")}</a>`;

  /* Type-ahead over /api/actors: calls onPick({code, name}) when the user chooses a suggestion. The box keeps the
     code it picked (data-code); typed text that was not picked is sent as it is (the API resolves names). */
  D.typeahead = function (input, onPick) {
    const wrap = input.parentElement;
    wrap.classList.add("typeahead");
    let list = null, items = [], active = -1, timer = null, seq = 0;
    const close = () => { if (list) list.remove(); list = null; active = -1; };
    const pick = (a) => { input.value = a.name; input.dataset.code = a.code; close(); if (onPick) onPick(a); };
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
        if (!input.value.trim()) { items = []; close(); return; }
        try { const r = await D.api("actors", { q: input.value, limit: 8 }); if (mine === seq) { items = r.items; active = -1; render(); } }
        catch (e) { items = []; close(); }
      }, 120);
    });
    input.addEventListener("keydown", (e) => {
      if (!list) return;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") { active = (active + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length; render(); e.preventDefault(); }
      else if (e.key === "Enter" && active >= 0) { pick(items[active]); e.preventDefault(); }
      else if (e.key === "Escape") close();
    });
    input.addEventListener("blur", () => setTimeout(close, 150));
  };
  D.actorValue = (input) => (input.dataset.code || input.value.trim());

  /* ---------- filters shared by every view ---------- */
  const COMMON = ["date_from", "date_to", "sector", "outlet", "date_precision"];
  D.COMMON = COMMON;
  const MAIN_SECTORS = ["GOV", "MIL", "REB", "OPP", "CVL", "COP", "INS", "IGO"];
  D.pick = (params, keys) => { const o = {}; for (const k of keys) { const v = params.getAll(k); if (v.length) o[k] = v.length > 1 ? v : v[0]; } return o; };
  D.select = (name, label, entries, value, anyLabel) => `<div class="field"><label>${label}</label><select name="${name}">${anyLabel === false ? "" : `<option value="">${anyLabel || "any"}</option>`}${entries.map(([v, l]) =>
    `<option value="${D.esc(v)}" ${String(value) === String(v) ? "selected" : ""}>${D.esc(l)}</option>`).join("")}</select></div>`;
  /* The fields of COMMON (period, actor sector, outlet, date precision) as form HTML, filled from the URL. */
  D.commonFields = function (params) {
    const m = D.meta, one = (k) => D.esc(params.get(k) || "");
    const sectors = [...MAIN_SECTORS, ...Object.keys(m.sectors).filter((s) => !MAIN_SECTORS.includes(s))].map((s) => [s, `${m.sectors[s]} (${s})`]);
    return `<div class="field"><label>From</label><input type="date" name="date_from" value="${one("date_from")}"></div>
      <div class="field"><label>To</label><input type="date" name="date_to" value="${one("date_to")}"></div>
      ${D.select("sector", "Actor sector", sectors, params.get("sector") || "")}
      ${D.select("outlet", "Outlet", m.outlets.map((o) => [o.name, `${o.name} (${D.num(o.articles)} articles)`]), params.get("outlet") || "")}
      ${D.select("date_precision", "Date known to", m.date_precisions.map((p) => [p, { published: "publication day", before: "on or before publication", unknown: "no date" }[p] || p]), params.get("date_precision") || "", "any precision")}`;
  };
  /* The non-empty values of a form's named fields; an actor box sends the code it picked, else its text. */
  D.formValues = function (form) {
    const p = {};
    for (const el of form.elements) {
      if (!el.name) continue;
      const v = el.dataset && el.dataset.code ? el.dataset.code : el.value.trim();
      if (v) p[el.name] = v;
    }
    return p;
  };
  /* Filters in the URL that no field of the form shows (e.g. a dyad or a second quad class): kept, and shown as
     chips that can be removed one by one. */
  D.chips = function (params, shown, view) {
    const chips = [];
    for (const [k, v] of params.entries()) if (!shown.includes(k) || params.getAll(k).length > 1) chips.push([k, v]);
    if (!chips.length) return "";
    const rest = (k, v) => { const p = new URLSearchParams(params); const all = p.getAll(k).filter((x) => x !== v); p.delete(k); all.forEach((x) => p.append(k, x)); return `#/${view}?${p}`; };
    return `<div class="chips filter-chips">${chips.map(([k, v]) => `<a class="pill chip" href="${D.esc(rest(k, v))}" title="remove this filter">${D.esc(k)} = ${D.esc(v)} ✕</a>`).join("")}</div>`;
  };

  /* ---------- Overview ---------- */
  D.views.overview = async function (view, params) {
    const m = D.meta, interval = params.get("interval") || "auto";
    const flt = D.pick(params, [...COMMON, "actor"]);
    const all = params.get("period") === "all";
    const chartPeriod = flt.date_from || flt.date_to || all || !m.outside_typical ? {} : { date_from: m.typical_from, date_to: m.typical_to };
    /* every count of every view is of events (an event several articles report, once); reports are beside them */
    const [s, ts] = await Promise.all([D.api("summary", flt),
      D.api("timeseries", Object.assign({}, flt, chartPeriod, { interval, unique: "true", buckets: Charts.buckets(view) }))]);
    const t = s.totals;
    view.innerHTML = "";
    view.append(D.h(`<div><h1>Overview</h1><p class="lead">What the store holds: events over time by quad class, the busiest actors and dyads.</p></div>`));
    const form = D.h(`<form class="card filters" id="ov-filters" autocomplete="off">${D.commonFields(params)}
      <div class="field"><button type="submit">Apply</button></div></form>`);
    form.addEventListener("submit", (e) => { e.preventDefault(); D.go("#/overview?" + D.qs(Object.assign(D.formValues(form), { interval: params.get("interval") }))); });
    view.append(form);
    const stats = [["Events", `<span id="events-total">${D.num(t.events)}</span>`], ["Reports", `<span id="reports-total">${D.num(t.mentions)}</span>`], ["Articles", D.num(t.articles)],
      ["Period", t.first ? `<span class="period"><span class="nowrap">${D.esc(t.first)}</span> → <span class="nowrap">${D.esc(t.last)}</span></span>` : "–"], ["Mean Goldstein", D.gs(t.goldstein)],
      ["Without a date", `<a id="undated" href="#/events?${D.qs(Object.assign({}, flt, { date_from: null, date_to: null, date_precision: "unknown" }))}">${D.num(t.undated)}</a>`]];
    view.append(D.h(`<div class="stats">${stats.map(([k, v]) => `<div class="stat"><div class="k">${k}</div><div class="v">${v}</div></div>`).join("")}</div>`));
    if (!t.events) { view.append(D.h(`<div class="card empty">No events here. Run <code>detente ingest FILES --db this.duckdb</code>, or widen the filters.</div>`)); return; }
    const series = ts.series[0], iv = ts.interval;
    const card = D.h(`<div class="card"><div class="toolbar"><h2>Events per ${D.esc(iv || "period")}, by quad class</h2><span class="spacer"></span>
      <select id="ov-interval" aria-label="interval">${["auto", "week", "month", "quarter", "year"].map((i) => `<option ${i === interval ? "selected" : ""}>${i}</option>`).join("")}</select>
      ${D.csvLink("timeseries", Object.assign({}, flt, chartPeriod, { interval: iv, unique: "true" }))}</div>
      <div class="legend">${["q1", "q2", "q3", "q4"].map((q) => `<span><i class="swatch" style="background:${Charts.QUAD[q]}"></i>${Charts.QUAD_NAMES[q]}</span>`).join("")}<span class="muted">drag the bar below the chart to zoom</span></div>
      <div id="ov-chart" class="chart-box"></div><p class="small muted" id="ov-notes"></p></div>`);
    view.append(card);
    card.querySelector("#ov-interval").addEventListener("change", (e) => D.go("#/overview?" + D.qs(Object.assign(D.pick(params, [...COMMON, "actor", "period"]), { interval: e.target.value }))));
    const notes = [];
    if (series.undated) notes.push(`<a href="#/events?${D.qs(Object.assign({}, flt, { date_precision: "unknown" }))}">${D.num(series.undated)} events without a date</a> are not on this axis.`);
    if (chartPeriod.date_from) notes.push(`${D.num(m.outside_typical)} dated event${m.outside_typical === 1 ? "" : "s"} before ${D.esc(m.typical_from)} are left of this chart (<a href="#/overview?${D.qs(Object.assign({}, flt, { period: "all" }))}">show all ${D.esc(m.date_from)} – ${D.esc(m.date_to)}</a>).`);
    const partial = iv && D.partialBucket(series.points, iv, flt.date_to || m.date_to);
    if (partial) notes.push(`The last ${D.esc(iv)} (shaded) is partial: the events end on ${D.esc(flt.date_to || m.date_to)}.`);
    const zoomNote = `<span id="ov-zoom"></span>`;
    card.querySelector("#ov-notes").innerHTML = notes.join(" ") + " " + zoomNote;
    if (!iv) card.querySelector("#ov-chart").innerHTML = `<p class="empty">No dated events for these filters.</p>`;
    else Charts.timeline(card.querySelector("#ov-chart"), [{ label: "All events", points: series.points }], {
      interval: iv, partial,
      onClick: (si, b, side) => D.go(`#/events?${D.qs(Object.assign({}, flt, { date_from: b, date_to: D.bucketEnd(b, iv), quad_class: side === "coop" ? [1, 2] : side === "conflict" ? [3, 4] : [] }))}`),
      onZoom: (a, b, zoomed) => { card.querySelector("#ov-zoom").innerHTML = zoomed ? `Zoomed to ${a} – ${b}: <a href="#/events?${D.qs(Object.assign({}, flt, { date_from: a, date_to: b }))}">the events of this period →</a>` : ""; },
    });
    const maxA = Math.max(...s.top_actors.map((a) => a.events), 1);
    const grid = D.h(`<div class="grid two"></div>`);
    grid.append(D.h(`<div class="card"><h2>Most active actors <span class="muted small">(either side, once per event)</span></h2>${D.table(`<thead><tr><th>Actor</th><th class="num">Events</th><th class="num">Share</th><th class="hide-narrow"></th><th class="num">G</th></tr></thead><tbody>
      ${s.top_actors.map((a) => `<tr class="clickable" data-href="#/events?${D.esc(D.qs(Object.assign({}, flt, { actor: a.code })))}"><td>${D.actorLabel(a.code, a.name)}</td><td class="num">${D.num(a.events)}</td><td class="num">${D.pct(a.share)}</td>
      <td class="bar-cell hide-narrow"><span style="width:${(100 * a.events) / maxA}%"></span></td><td class="num">${D.gs(a.goldstein)}</td></tr>`).join("")}</tbody>`, "top-actors")}</div>`));
    grid.append(D.h(`<div class="card"><h2>Busiest dyads <span class="muted small">(both directions, once per event)</span></h2>${D.table(`<thead><tr><th>Dyad</th><th class="num">Events</th><th class="num">Share</th><th class="hide-narrow">Coop / conflict</th><th class="num">G</th></tr></thead><tbody>
      ${s.top_dyads.map((d) => `<tr class="clickable" data-href="#/dyads?${D.esc(D.qs(Object.assign({}, D.pick(params, COMMON), { a: d.a, b: d.b })))}"><td>${D.esc(d.a_name)} – ${D.esc(d.b_name)}</td><td class="num">${D.num(d.events)}</td><td class="num">${D.pct(d.share)}</td>
      <td class="hide-narrow">${D.quadBar(d)}</td><td class="num">${D.gs(d.goldstein)}</td></tr>`).join("")}</tbody>`, "top-dyads")}</div>`));
    view.append(grid);
    grid.querySelectorAll("tr[data-href]").forEach((tr) => tr.addEventListener("click", () => D.go(tr.dataset.href)));
  };
  D.quadBar = (d) => {
    const tot = d.q1 + d.q2 + d.q3 + d.q4 || 1;
    return `<div class="quadbar" title="${d.q1}/${d.q2}/${d.q3}/${d.q4}">` +
      ["q1", "q2", "q3", "q4"].map((q) => `<span style="width:${(100 * d[q]) / tot}%;background:${Charts.QUAD[q]}"></span>`).join("") + "</div>";
  };

  /* ---------- Events table ---------- */
  const FIELDS = ["actor", "source", "target", "cameo_root", "cameo", "plover", "quad_class", "q", ...COMMON];
  D.views.events = async function (view, params) {
    const m = D.meta, sort = params.get("sort") || "-date", offset = Number(params.get("offset") || 0), limit = 50;
    const query = {}; for (const k of new Set(params.keys())) if (!["sort", "offset"].includes(k)) query[k] = params.getAll(k);
    const one = (k) => D.esc(params.getAll(k).length === 1 ? params.get(k) : "");
    const actorBox = (k, label, ph) => `<div class="field"><label>${label}</label><input type="text" name="${k}" class="actor" placeholder="${ph}" value="${one(k)}"></div>`;
    view.innerHTML = "";
    view.append(D.h(`<div><h1>Events</h1><p class="lead">Every coded event, with filters; click a row for its evidence.</p></div>`));
    const more = ["source", "target", "cameo_root", "cameo", "plover", "quad_class", "sector", "outlet", "date_precision"].filter((k) => params.get(k)).length;
    const form = D.h(`<form class="card filters" id="filters" autocomplete="off">
      ${actorBox("actor", "Actor (either side)", "Belarus, EU, BLR…")}
      <div class="field"><label>In the sentence</label><input type="search" name="q" placeholder="sanctions…" value="${one("q")}"></div>
      <button type="button" class="ghost more-toggle" id="more-toggle">More filters${more ? ` (${more} set)` : ""}</button><div class="more-fields">
      ${actorBox("source", "Source", "who acts")}${actorBox("target", "Target", "to whom")}
      ${D.select("cameo_root", "CAMEO root", Object.entries(m.cameo_roots).map(([c, l]) => [c, `${c} ${l}`]), params.getAll("cameo_root").length === 1 ? params.get("cameo_root") : "")}
      <div class="field"><label>CAMEO code</label><input type="text" name="cameo" placeholder="163" value="${one("cameo")}" size="6"></div>
      ${D.select("plover", "PLOVER", m.plover_events.map((p) => [p, p]), one("plover"))}
      ${D.select("quad_class", "Quad class", Object.entries(m.quad_classes), params.getAll("quad_class").length === 1 ? params.get("quad_class") : "")}
      ${D.commonFields(params)}</div>
      <div class="field buttons"><button type="submit">Apply</button><button type="button" class="ghost" id="reset">Reset</button></div></form>`);
    view.append(form);
    form.querySelectorAll("input.actor").forEach((inp) => D.typeahead(inp));
    if (more) form.classList.add("open");
    form.querySelector("#more-toggle").addEventListener("click", () => form.classList.toggle("open"));
    const chips = D.chips(params, [...FIELDS, "sort", "offset"], "events");
    if (chips) view.append(D.h(chips));
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const p = D.formValues(form);
      for (const k of FIELDS) if (!(k in p) && params.getAll(k).length > 1) p[k] = params.getAll(k);  /* keep several values */
      for (const k of new Set(params.keys())) if (!FIELDS.includes(k) && !["sort", "offset"].includes(k)) p[k] = params.getAll(k);  /* e.g. dyad */
      D.go("#/events?" + D.qs(Object.assign(p, { sort })));
    });
    form.querySelector("#reset").addEventListener("click", () => D.go("#/events"));
    const card = D.h(`<div class="card"><div class="toolbar"><span id="count" class="muted"></span><span class="spacer"></span>
      <a class="button ghost small" id="csv" download>Export CSV</a></div><div id="table"><p class="muted">Loading…</p></div></div>`);
    view.append(card);
    card.querySelector("#csv").href = "/api/events.csv?" + D.qs(Object.assign({}, query, { sort, limit: 100000 }));
    let r;
    try { r = await D.api("events", Object.assign({}, query, { sort, limit, offset })); } catch (e) { D.error(card.querySelector("#table"), e); return; }
    /* rows are reports; the headline counts events, as every other view does for the same filters */
    card.querySelector("#count").textContent = `${D.num(r.events)} events · ${D.num(r.total)} reports` + (r.total ? ` · ${offset + 1}–${Math.min(offset + limit, r.total)}` : "");
    card.querySelector("#count").title = "an event several articles report is one event and a row (report) per article";
    const head = (key, label, cls) => {
      const on = sort.replace("-", "") === key, arrow = on ? (sort.startsWith("-") ? " ↓" : " ↑") : "";
      return `<th class="sortable ${cls || ""}" data-sort="${key}">${label}${arrow}</th>`;
    };
    const dateCell = (e) => `<span title="${D.esc(e.date_precision ? "date known to the " + e.date_precision : "")}">${D.esc(D.date(e.date, e.date_precision) || "no date")}</span>${e.date_precision === "published" ? ` <span class="muted small" title="the text gives no date: the publication day">(pub.)</span>` : e.date_precision === "before" ? ` <span class="muted small" title="an earlier day the text does not give: on or before the publication day">(or before)</span>` : ""}`;
    const table = D.h(`<table id="events-table" class="cards"><thead><tr>${head("date", "Date")}${head("source", "Source")}<th>Event</th>${head("target", "Target")}
      ${head("cameo", "CAMEO")}<th>Quad</th>${head("goldstein", "G", "num")}<th>Outlet</th><th>Sentence</th></tr></thead><tbody>
      ${r.items.map((e) => `<tr class="clickable" data-id="${D.esc(e.id)}"><td class="mono" data-label="Date">${dateCell(e)}</td>
        <td data-label="Source">${D.actorLabel(e.source_code, e.source_name)}</td><td data-label="Event">${D.esc(e.trigger_text)}</td><td data-label="Target">${D.actorLabel(e.target_code, e.target_name)}</td>
        <td data-label="CAMEO"><span class="mono">${D.esc(e.cameo)}</span> <span class="small">${D.esc(e.cameo_label)}</span></td><td data-label="Quad">${D.quad(e.quad_class)}</td>
        <td class="num" data-label="Goldstein">${D.gs(e.goldstein)}</td><td class="small nowrap" data-label="Outlet">${D.esc(e.outlet || "")}</td><td class="small sentence-cell" data-label="Sentence">${D.esc(e.sentence)}</td></tr>`).join("")}</tbody></table>`);
    const box = card.querySelector("#table");
    box.innerHTML = "";
    box.append(r.items.length ? table : D.h(`<div class="empty">No events match these filters.</div>`));
    table.querySelectorAll("tr[data-id]").forEach((tr) => tr.addEventListener("click", () => D.go(`#/event/${encodeURIComponent(tr.dataset.id)}`)));
    table.querySelectorAll("th[data-sort]").forEach((th) => th.addEventListener("click", () => {
      const k = th.dataset.sort, next = sort === "-" + k ? k : "-" + k;
      D.go("#/events?" + D.qs(Object.assign({}, query, { sort: next })));
    }));
    const pager = D.h(`<div class="pager"><button class="ghost" id="prev" ${offset ? "" : "disabled"}>← Previous</button>
      <button class="ghost" id="next" ${offset + limit < r.total ? "" : "disabled"}>Next →</button></div>`);
    pager.querySelector("#prev").addEventListener("click", () => D.go("#/events?" + D.qs(Object.assign({}, query, { sort, offset: Math.max(0, offset - limit) }))));
    pager.querySelector("#next").addEventListener("click", () => D.go("#/events?" + D.qs(Object.assign({}, query, { sort, offset: offset + limit }))));
    card.append(pager);
  };

  /* ---------- Event ---------- */
  D.views.event = async function (view, params, id) {
    const e = await D.api(`events/${encodeURIComponent(id)}`);
    const a = e.article || {}, src = e.source, tgt = e.target, sentence = e.sentence || "";
    const spans = [];
    if (src && src.span) spans.push([src.span[0], src.span[1], "src"]);
    if (tgt && tgt.span) spans.push([tgt.span[0], tgt.span[1], "tgt"]);
    if (e.trigger && e.trigger.span) spans.push([e.trigger.span[0], e.trigger.span[1], "trg"]);
    spans.sort((x, y) => x[0] - y[0]);
    let sent = "", at = 0;
    for (const [s, t, cls] of spans) {
      if (s < at || s == null) continue;
      sent += D.esc(sentence.slice(at, s)) + `<mark class="${cls}">${D.esc(sentence.slice(s, t))}</mark>`;
      at = t;
    }
    sent += D.esc(sentence.slice(at));
    const who = (x) => (x ? `${D.actorLabel(x.org || x.country || x.cameo, x.name)}<br><span class="small muted">${[`“${D.esc(x.text)}”`, D.esc(x.cameo || ""), D.esc(x.sector || "")].filter(Boolean).join(" · ")}</span>` : "–");
    let text = D.esc(a.text || "");
    if (a.text && a.text.includes(e.sentence)) text = text.replace(D.esc(e.sentence), `<mark class="sent">${D.esc(e.sentence)}</mark>`);
    const reports = (e.mentions || []).map((m) => `<tr class="clickable" data-href="#/event/${encodeURIComponent(m.id)}"><td class="mono">${D.esc(m.date_published || m.date || "")}</td>
      <td>${D.esc(m.source_name || "")}</td><td>${D.esc(m.title || m.article_id)}</td></tr>`).concat((e.duplicate_articles || []).map((d) =>
      `<tr><td class="mono">${D.esc(d.date_published || "")}</td><td>${D.esc(d.source_name || "")}</td><td>${D.esc(d.title || d.id)} <span class="pill">copy of this article</span></td></tr>`));
    const n = (k, word) => `${D.num(k)} ${word}${k === 1 ? "" : "s"}`;
    const merged = e.merged ? `<p class="small muted">${n(e.merged.num_mentions, "mention")} in ${n(e.merged.num_articles, "article")} from ${n(e.merged.num_sources, "source")}.</p>` : "";
    const precision = e.date_precision && e.date_precision !== "day" ? ` <span class="small muted">(${D.esc(e.date_precision === "published" ? "the publication day: the text gives no date" : e.date_precision === "unknown" ? "no date" : e.date_precision === "before" ? "on or before this publication day: the text puts it earlier without a day" : "known to the " + e.date_precision)})</span>` : "";
    view.innerHTML = `<p class="small"><a href="#" id="back">← back</a></p>
      <div class="card"><div class="legend"><span><mark class="src">source</mark></span><span><mark class="tgt">target</mark></span><span><mark class="trg">trigger</mark></span></div>
        <p class="sentence" id="sentence">${sent}</p>
        <div class="chips"><span class="pill mono">${D.esc(e.cameo)}</span><span>${D.esc(e.cameo_label)}</span> ${D.quad(e.quad_class)} ${D.gs(e.goldstein)}</div></div>
      <div class="grid two"><div class="card"><h2>Coding</h2><dl class="kv">
        <dt>Date</dt><dd><span class="mono" id="event-date">${D.esc(D.date(e.date, e.date_precision) || "unknown")}</span>${precision}</dd>
        <dt>Source</dt><dd>${who(src)}</dd><dt>Target</dt><dd>${who(tgt)}</dd>
        <dt>CAMEO</dt><dd><span class="mono">${D.esc(e.cameo)}</span> ${D.esc(e.cameo_label)}<br><span class="small muted">root ${D.esc(e.cameo_root)}: ${D.esc(e.cameo_root_label || "")}</span></dd>
        <dt>PLOVER</dt><dd>${D.esc((e.plover && e.plover.event) || "–")}${e.plover && e.plover.mode ? " · " + D.esc(e.plover.mode) : ""}</dd>
        <dt>Quad class</dt><dd>${D.quad(e.quad_class)}</dd><dt>Goldstein</dt><dd>${D.gs(e.goldstein)}</dd>
        <dt>Confidence</dt><dd>${e.confidence == null ? "–" : Number(e.confidence).toFixed(2)}</dd>
        ${e.modality ? `<dt>Modality</dt><dd>${D.esc(e.modality)}</dd>` : ""}
        <dt>Pattern</dt><dd><code id="pattern">${D.esc((e.trigger && e.trigger.pattern) || "–")}</code></dd>
        <dt>Actor entries</dt><dd class="small"><code>${D.esc((src && src.entry) || "–")}</code> → <code>${D.esc((tgt && tgt.entry) || "–")}</code></dd>
        <dt>Location</dt><dd>${e.location ? D.esc(e.location.name) + (e.location.country ? ` <span class="mono small">${D.esc(e.location.country)}</span>` : "") + (e.location.lat != null ? ` <span class="muted small">(${e.location.lat}, ${e.location.lon})</span>` : "") : "–"}</dd>
        <dt>Event id</dt><dd class="mono small">${D.esc(e.id)}</dd></dl></div>
      <div class="card"><h2>Other reports of this event</h2>${merged}${reports.length ? D.table(`<tbody>${reports.join("")}</tbody>`) : `<p class="muted">No other article reports it.</p>`}</div></div>
      <div class="card"><h2 id="article-title">${D.esc(a.title || "Article " + (a.id || ""))}</h2>
        <p class="small muted" id="article-meta">${D.esc(a.source_name || "")} ${a.date_published ? "· " + D.esc(a.date_published) : ""} ${a.url ? "· " + D.link(a.url) : ""}</p>
        <div class="article-text" id="article-text">${text}</div></div>`;
    /* the evidence may be thousands of characters into the article: scroll the box (not the page) to it */
    const box = view.querySelector("#article-text"), mark = box.querySelector("mark.sent");
    if (mark) box.scrollTop += mark.getBoundingClientRect().top - box.getBoundingClientRect().top - Math.min(60, box.clientHeight / 4);
    view.querySelector("#back").addEventListener("click", (ev) => { ev.preventDefault(); history.back(); });
    view.querySelectorAll("tr[data-href]").forEach((tr) => tr.addEventListener("click", () => D.go(tr.dataset.href)));
  };

  /* ---------- router ---------- */
  async function route() {
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
