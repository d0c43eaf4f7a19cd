/* detente dashboard: the Dyad explorer, Network and Map views (helpers in app.js, charts in charts.js). */
(function () {
  "use strict";
  const D = window.D;

  /* ---------- Dyad explorer ---------- */
  const PAIRS = [["a", "b"], ["c", "d"]];
  async function defaultPairs() {
    const r = await D.api("dyads", { limit: 50 });
    const has = (x, y) => r.items.some((d) => (d.a === x && d.b === y) || (d.a === y && d.b === x));
    if (has("BLR", "EU") && has("BLR", "CHN")) return { a: "BLR", b: "EU", c: "BLR", d: "CHN" };
    const out = {};
    r.items.slice(0, 2).forEach((d, i) => { out[PAIRS[i][0]] = d.a; out[PAIRS[i][1]] = d.b; });
    return out;
  }
  D.views.dyads = async function (view, params) {
    if (!["a", "b", "c", "d"].some((k) => params.get(k))) {
      const p = await defaultPairs();
      if (Object.keys(p).length) {
        params = new URLSearchParams(D.qs(Object.assign(p, D.pick(params, [...D.COMMON, "interval", "measure"]))));
        history.replaceState(null, "", "#/dyads?" + params);
      }
    }
    const interval = params.get("interval") || "auto", measure = params.get("measure") || "count";
    const flt = D.pick(params, D.COMMON);
    const sel = {}; for (const k of ["a", "b", "c", "d"]) sel[k] = (params.get(k) || "").trim();
    const names = {};
    await Promise.all(Object.values(sel).filter(Boolean).map((c) => D.api("actors", { q: c, limit: 1 })
      .then((r) => { names[c] = r.items[0] && (r.items[0].code === c.toUpperCase() || r.items[0].name.toLowerCase() === c.toLowerCase()) ? r.items[0].name : c; })
      .catch(() => { names[c] = c; })));
    view.innerHTML = "";
    view.append(D.h(`<div><h1>Dyad explorer</h1><p class="lead">How two actors treat each other over time, both directions together: cooperation above the axis, conflict below. Compare two dyads; click a bar or point for the events behind it.</p></div>`));
    const input = (k, i) => `<div class="field"><label>${i === 0 ? "Dyad " + (PAIRS.findIndex((p) => p.includes(k)) + 1) : "with"}</label>
      <input type="text" id="dyad-${k}" data-key="${k}" placeholder="Belarus, EU, BLR…" value="${D.esc(sel[k] ? names[sel[k]] || sel[k] : "")}" ${sel[k] ? `data-code="${D.esc(sel[k])}"` : ""}></div>`;
    const form = D.h(`<form class="card filters" id="dyad-form" autocomplete="off">
      ${PAIRS.map((p, pi) => `<div class="pair"><i class="swatch" style="background:${Charts.PALETTE[pi]}"></i>${input(p[0], 0)}<span class="dash">–</span>${input(p[1], 1)}</div>`).join("")}
      ${D.select("interval", "Interval", ["week", "month", "quarter", "year"].map((i) => [i, i]), interval === "auto" ? "" : interval, "auto")}
      ${D.select("measure", "Show", [["count", "counts"], ["share", "share of all events"]], measure, false)}
      ${D.commonFields(params)}
      <div class="field"><button type="submit" id="compare">Show</button></div></form>`);
    view.append(form);
    const submit = () => {
      const p = D.formValues(form);
      for (const k of ["a", "b", "c", "d"]) { const inp = form.querySelector(`#dyad-${k}`); const v = D.actorValue(inp); if (v) p[k] = v; }
      if (p.measure === "count") delete p.measure;
      D.go("#/dyads?" + D.qs(p));
    };
    form.querySelectorAll("input[data-key]").forEach((inp) => D.typeahead(inp, () => {
      const [x, y] = PAIRS.find((p) => p.includes(inp.dataset.key));
      if (form.querySelector(`#dyad-${x}`).dataset.code && form.querySelector(`#dyad-${y}`).dataset.code) submit();
    }));
    form.addEventListener("submit", (e) => { e.preventDefault(); submit(); });

    const pairs = PAIRS.filter(([x, y]) => sel[x] && sel[y]);
    const dyads = pairs.map(([x, y]) => `${sel[x]}-${sel[y]}`);
    const card = D.h(`<div class="card"><div class="toolbar"><div class="legend" id="dyad-legend"></div><span class="spacer"></span><span id="dyad-csv"></span></div>
      <div id="dyad-chart" class="chart-box"><p class="muted">Pick two actors.</p></div><p class="small muted" id="dyad-notes"></p></div>`);
    view.append(card);
    if (!dyads.length) return;
    /* distinct events, in counts and in shares alike (the share is of all events in the period, counted the same way) */
    const q = Object.assign({}, flt, { dyad: dyads, interval, unique: "true", buckets: Charts.buckets(view), share: measure === "share" ? "true" : null });
    const r = await D.api("timeseries", q);
    card.querySelector("#dyad-csv").innerHTML = D.csvLink("timeseries", Object.assign({}, q, { interval: r.interval }));
    card.querySelector("#dyad-legend").innerHTML = r.series.map((s, i) => `<span><i class="swatch" style="background:${Charts.PALETTE[i]}"></i><b>${D.esc(s.label)}</b></span>`).join("") +
      (measure === "share" ? `<span class="muted">% of all events in each ${D.esc(r.interval || "period")}</span>` : `<span class="muted">light: verbal · dark: material · per ${D.esc(r.interval || "period")}</span>`);
    const notes = r.series.filter((s) => s.undated).map((s) => `${D.esc(s.label)}: <a href="#/events?${D.qs(Object.assign({}, flt, { dyad: `${s.a}-${s.b}`, date_precision: "unknown", date_from: null, date_to: null }))}">${D.num(s.undated)} events without a date</a> (not on the axis).`);
    card.querySelector("#dyad-notes").innerHTML = notes.join(" ") + ` <span id="dyad-zoom"></span>`;
    if (!r.interval) { card.querySelector("#dyad-chart").innerHTML = `<p class="muted">No dated events for these dyads.</p>`; }
    else {
      Charts.timeline(card.querySelector("#dyad-chart"), r.series.map((s, i) => ({ label: s.label, color: Charts.PALETTE[i], points: s.points })), {
        interval: r.interval, measure, partial: D.partialBucket(r.series[0].points, r.interval, flt.date_to || D.meta.date_to), onClick: (si, bucket, side) => showEvents(r.series[si], bucket, side),
        onZoom: (a, b, zoomed) => { card.querySelector("#dyad-zoom").innerHTML = zoomed ? `Zoomed to ${a} – ${b}: <a href="#/dyads?${D.qs(Object.assign(D.pick(params, ["a", "b", "c", "d", "measure", "sector", "outlet", "date_precision"]), { date_from: a, date_to: b }))}">keep this period →</a>` : ""; },
      });
    }
    const totals = r.series.map((s, i) => {
      const t = s.points.reduce((acc, p) => { for (const k of ["q1", "q2", "q3", "q4", "mentions", "events"]) acc[k] += p[k]; acc.g += (p.goldstein || 0) * p.mentions; return acc; }, { q1: 0, q2: 0, q3: 0, q4: 0, mentions: 0, events: 0, g: 0 });
      const all = Object.assign({}, flt, { dyad: `${s.a}-${s.b}`, date_from: flt.date_from || r.date_from, date_to: flt.date_to || r.date_to });
      return `<tr><td><i class="swatch" style="background:${Charts.PALETTE[i]}"></i>${D.esc(s.label)}<br><a class="dyad-events small" href="#/events?${D.esc(D.qs(all))}">${D.num(t.mentions)} reports →</a></td>
        <td class="num">${D.num(t.events)}</td><td class="hide-narrow">${D.quadBar(t)}</td>
        <td class="num">${t.events ? Math.round((100 * (t.q1 + t.q2)) / (t.q1 + t.q2 + t.q3 + t.q4)) + "%" : "–"}</td><td class="num">${D.gs(t.mentions ? t.g / t.mentions : null)}</td></tr>`;
    });
    view.append(D.h(`<div class="card"><h2>In this period</h2>${D.table(`<thead><tr><th>Dyad</th><th class="num">Events</th><th class="hide-narrow">Quad classes</th><th class="num">Coop.</th><th class="num">G</th></tr></thead><tbody>${totals.join("")}</tbody>`, "dyad-totals")}
      <p class="small muted">Events count a happening once however many articles report it; reports are the stored mentions the events list shows.</p></div>`));
    const codes = D.h(`<div class="grid two" id="dyad-codes"></div>`);
    view.append(codes);
    const period = { date_from: flt.date_from || r.date_from, date_to: flt.date_to || r.date_to };
    const found = await Promise.all(r.series.map((s) => D.api("codes", Object.assign({}, flt, period, { dyad: `${s.a}-${s.b}`, limit: 8 }))));
    r.series.forEach((s, i) => {
      const c = found[i];
      codes.append(D.h(`<div class="card"><h2><i class="swatch" style="background:${Charts.PALETTE[i]}"></i>Top CAMEO codes: ${D.esc(s.label)}</h2>${c.items.length ? D.table(`<tbody>${c.items.map((x) =>
        `<tr class="clickable" data-href="#/events?${D.esc(D.qs(Object.assign({}, flt, period, { dyad: `${s.a}-${s.b}`, cameo: x.cameo })))}"><td class="mono">${D.esc(x.cameo)}</td><td>${D.esc(x.label)}</td><td class="hide-narrow">${D.quad(x.quad_class)}</td><td class="num">${D.num(x.events)}</td><td class="num">${D.pct(x.share)}</td></tr>`).join("")}</tbody>`) : `<p class="muted">No events.</p>`}</div>`));
    });
    codes.querySelectorAll("tr[data-href]").forEach((tr) => tr.addEventListener("click", () => D.go(tr.dataset.href)));
    const detail = D.h(`<div class="card" id="dyad-events-card" hidden><h2 id="dyad-events-title"></h2><div id="dyad-events"></div></div>`);
    view.append(detail);

    async function showEvents(s, bucket, side) {
      const end = D.bucketEnd(bucket, r.interval);
      const ev = Object.assign({}, flt, { dyad: `${s.a}-${s.b}`, date_from: bucket, date_to: end, quad_class: side === "coop" ? [1, 2] : side === "conflict" ? [3, 4] : [] });
      detail.hidden = false;
      detail.querySelector("#dyad-events-title").textContent = `${s.label}: ${side === "coop" ? "cooperation" : side === "conflict" ? "conflict" : "all events"}, ${bucket} to ${end}`;
      const box = detail.querySelector("#dyad-events");
      box.innerHTML = `<p class="muted">Loading…</p>`;
      try {
        const got = await D.api("events", Object.assign({}, ev, { limit: 100, sort: "date" }));
        box.innerHTML = D.table(`<tbody>${got.items.map((e) => `<tr class="clickable" data-id="${D.esc(e.id)}"><td class="mono">${D.esc(D.date(e.date, e.date_precision))}</td>
          <td>${D.actorLabel(e.source_code, e.source_name)}</td><td><span class="mono">${D.esc(e.cameo)}</span> ${D.esc(e.cameo_label)}</td>
          <td>${D.actorLabel(e.target_code, e.target_name)}</td><td>${D.quad(e.quad_class)}</td><td class="small">${D.esc(e.sentence)}</td></tr>`).join("")}</tbody>`) +
          `<p class="small"><a href="#/events?${D.qs(ev)}">all ${D.num(got.total)} in the events table →</a></p>`;
        box.querySelectorAll("tr[data-id]").forEach((tr) => tr.addEventListener("click", () => D.go(`#/event/${encodeURIComponent(tr.dataset.id)}`)));
        detail.scrollIntoView({ behavior: "smooth", block: "nearest" });
      } catch (e) { D.error(box, e); }
    }
  };

  /* ---------- the filter form shared by Network and Map ---------- */
  function filterForm(view, name, params, extra) {
    const form = D.h(`<form class="card filters" autocomplete="off">
      <div class="field"><label>Actor (optional)</label><input type="text" name="actor" class="actor" placeholder="Belarus, EU, BLR…" value="${D.esc(params.get("actor") || "")}"></div>
      ${D.commonFields(params)}${extra || ""}<div class="field"><button type="submit">Show</button></div></form>`);
    D.typeahead(form.querySelector("input.actor"));
    form.addEventListener("submit", (e) => { e.preventDefault(); D.go(`#/${name}?` + D.qs(D.formValues(form))); });
    view.append(form);
    return D.pick(params, ["actor", ...D.COMMON]);
  }

  /* ---------- Network ---------- */
  D.views.network = async function (view, params) {
    view.innerHTML = "";
    view.append(D.h(`<div><h1>Network</h1><p class="lead">Actors as nodes, dyads as edges: width is the number of events, colour the mean Goldstein score (red conflict, green cooperation). Click an edge to explore the dyad, a node for its events.</p></div>`));
    const limit = params.get("limit") || "60";
    const q = filterForm(view, "network", params, D.select("limit", "Edges", ["20", "40", "60", "100", "200"].map((n) => [n, n]), limit, false));
    q.limit = limit;
    const card = D.h(`<div class="card"><div class="toolbar"><div class="legend"><span>mean Goldstein</span><span class="gradient" style="background:linear-gradient(90deg,${Charts.goldsteinColor(-7)},${Charts.goldsteinColor(0)},${Charts.goldsteinColor(7)})"></span><span>−10 … +10</span></div>
      <span class="spacer"></span>${D.csvLink("dyads", Object.assign({}, q, { limit: q.limit, share: "true", unique: "true" }), "CSV")}</div><div id="network" class="chart-box"></div></div>`);
    view.append(card);
    const data = await D.api("network", q);
    if (!data.nodes.length) { card.querySelector("#network").innerHTML = `<p class="empty">No dyads for these filters.</p>`; return; }
    Charts.network(card.querySelector("#network"), data, {
      onEdge: (e) => D.go(`#/dyads?${D.qs(Object.assign(D.pick(params, D.COMMON), { a: e.source, b: e.target }))}`),
      onNode: (n) => D.go(`#/events?${D.qs(Object.assign(D.pick(params, D.COMMON), { actor: n.id }))}`),
    });
  };

  /* ---------- Map ---------- */
  D.views.map = async function (view, params) {
    view.innerHTML = "";
    view.append(D.h(`<div><h1>Map</h1><p class="lead">Where events happened: countries shaded by their events (the event's place, else its actors' countries), and dots where the place is known (size: events, colour: mean Goldstein). Click a country or a dot for its events.</p></div>`));
    const q = filterForm(view, "map", params);
    const [countries, places] = await Promise.all([D.api("countries", q), D.api("locations", Object.assign({}, q, { limit: 400 }))]);
    const card = D.h(`<div class="card"><div class="toolbar"><span class="muted small" id="map-note"></span><span class="spacer"></span>${D.csvLink("countries", q, "CSV")}</div><div id="map" class="chart-box"></div></div>`);
    view.append(card);
    const placed = countries.items.reduce((n, c) => n + c.located, 0);
    const events = (n) => `${D.num(n)} event${n === 1 ? "" : "s"}`;
    card.querySelector("#map-note").innerHTML = Charts.mapScale(D.num(Math.max(0, ...countries.items.map((c) => c.events)))) +
      `${D.num(countries.items.length)} countries, ${D.num(places.items.length)} places · ${events(placed)} placed by their location` +
      (countries.unplaced ? ` · ${events(countries.unplaced)} with neither a place nor an actor country` : "");
    const toEvents = (extra) => D.go(`#/events?${D.qs(Object.assign({}, q, extra))}`);
    await Charts.map(card.querySelector("#map"), countries.items, places.items, {
      onCountry: (d) => toEvents({ country: d.country }), onPlace: (d) => toEvents({ place: d.name }),
    });
    const row = (cells, href) => `<tr class="clickable" data-href="${D.esc(href)}">${cells}</tr>`;
    const grid = D.h(`<div class="grid two">
      <div class="card"><h2>Countries</h2>${D.table(`<thead><tr><th>Country</th><th class="num">Events</th><th class="num">Placed</th><th class="num">G</th></tr></thead><tbody>${countries.items.slice(0, 20).map((d) =>
        row(`<td>${D.actorLabel(d.country, d.name)}</td><td class="num">${D.num(d.events)}</td><td class="num">${D.num(d.located)}</td><td class="num">${D.gs(d.goldstein)}</td>`, `#/events?${D.qs(Object.assign({}, q, { country: d.country }))}`)).join("")}</tbody>`, "map-countries")}</div>
      <div class="card"><h2>Places</h2>${places.items.length ? D.table(`<thead><tr><th>Place</th><th class="num">Events</th><th class="num">G</th></tr></thead><tbody>${places.items.slice(0, 20).map((d) =>
        row(`<td>${D.esc(d.name)} <span class="muted small">${D.esc(d.country || "")}</span></td><td class="num">${D.num(d.events)}</td><td class="num">${D.gs(d.goldstein)}</td>`, `#/events?${D.qs(Object.assign({}, q, { place: d.name }))}`)).join("")}</tbody>`, "map-places") : `<p class="muted" id="no-places">No event names a place the gazetteer knows.</p>`}</div></div>`);
    view.append(grid);
    grid.querySelectorAll("tr[data-href]").forEach((tr) => tr.addEventListener("click", () => D.go(tr.dataset.href)));
  };
})();
