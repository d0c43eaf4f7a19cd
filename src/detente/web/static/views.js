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
    if (![...params.keys()].length) {
      const p = await defaultPairs();
      if (Object.keys(p).length) { history.replaceState(null, "", "#/dyads?" + D.qs(Object.assign(p, { interval: "month" }))); params = new URLSearchParams(D.qs(p)); }
    }
    const interval = params.get("interval") || "month";
    const sel = {}; for (const k of ["a", "b", "c", "d"]) sel[k] = (params.get(k) || "").toUpperCase();
    const names = Object.fromEntries((await Promise.all(Object.values(sel).filter(Boolean).map((c) =>
      D.api("actors", { q: c, limit: 1 }).then((r) => [c, r.items[0] && r.items[0].code === c ? r.items[0].name : c]).catch(() => [c, c])))));
    view.innerHTML = "";
    view.append(D.h(`<div><h1>Dyad explorer</h1><p class="lead">How two actors treat each other over time, both directions together: cooperation above the axis, conflict below. Compare two dyads; click a bar or point for the events behind it.</p></div>`));
    const input = (k, i) => `<div class="field"><label>${i === 0 ? "Dyad " + (PAIRS.findIndex((p) => p.includes(k)) + 1) : "with"}</label>
      <input type="text" id="dyad-${k}" data-key="${k}" placeholder="Belarus, EU, BLR…" value="${D.esc(sel[k] ? names[sel[k]] || sel[k] : "")}" ${sel[k] ? `data-code="${D.esc(sel[k])}"` : ""}></div>`;
    const form = D.h(`<form class="card filters" id="dyad-form" autocomplete="off">
      ${PAIRS.map((p, pi) => `<div class="pair"><i class="swatch" style="background:${Charts.PALETTE[pi]};margin-bottom:10px"></i>${input(p[0], 0)}<span class="dash">–</span>${input(p[1], 1)}</div>`).join("")}
      <div class="field"><label>Interval</label><select name="interval">${["day", "week", "month", "quarter", "year"].map((i) => `<option ${i === interval ? "selected" : ""}>${i}</option>`).join("")}</select></div>
      <div class="field"><label>From</label><input type="date" name="date_from" value="${D.esc(params.get("date_from") || "")}"></div>
      <div class="field"><label>To</label><input type="date" name="date_to" value="${D.esc(params.get("date_to") || "")}"></div>
      <div class="field"><button type="submit" id="compare">Show</button></div></form>`);
    view.append(form);
    const submit = () => {
      const p = { interval: form.elements.interval.value, date_from: form.elements.date_from.value, date_to: form.elements.date_to.value };
      form.querySelectorAll("input[data-key]").forEach((inp) => {
        const code = inp.dataset.code || (inp.value.trim() && /^[A-Za-z0-9_]{2,24}$/.test(inp.value.trim()) ? inp.value.trim().toUpperCase() : "");
        if (code) p[inp.dataset.key] = code;
      });
      D.go("#/dyads?" + D.qs(p));
    };
    form.querySelectorAll("input[data-key]").forEach((inp) => D.typeahead(inp, () => {
      const [x, y] = PAIRS.find((p) => p.includes(inp.dataset.key));
      if (form.querySelector(`#dyad-${x}`).dataset.code && form.querySelector(`#dyad-${y}`).dataset.code) submit();
    }));
    form.addEventListener("submit", (e) => { e.preventDefault(); submit(); });

    const dyads = PAIRS.filter(([x, y]) => sel[x] && sel[y]).map(([x, y]) => `${sel[x]}-${sel[y]}`);
    const card = D.h(`<div class="card"><div class="legend" id="dyad-legend"></div><div id="dyad-chart"><p class="muted">Pick two actors.</p></div></div>`);
    view.append(card);
    const detail = D.h(`<div class="card" id="dyad-events-card" hidden><h2 id="dyad-events-title"></h2><div id="dyad-events"></div></div>`);
    if (!dyads.length) return;
    const r = await D.api("timeseries", { dyad: dyads, interval, unique: D.meta.event_key ? "true" : null, date_from: params.get("date_from"), date_to: params.get("date_to") });
    card.querySelector("#dyad-legend").innerHTML = r.series.map((s, i) => `<span><i class="swatch" style="background:${Charts.PALETTE[i]}"></i><b>${D.esc(s.label)}</b></span>`).join("") +
      `<span class="muted">light: verbal · dark: material</span>`;
    const series = r.series.map((s, i) => ({ label: s.label, color: Charts.PALETTE[i], points: s.points }));
    Charts.diverging(card.querySelector("#dyad-chart"), series, { interval, height: 320, onClick: (si, bucket, side) => showEvents(r.series[si], bucket, side) });
    const totals = r.series.map((s, i) => {
      const t = s.points.reduce((acc, p) => { for (const q of ["q1", "q2", "q3", "q4"]) acc[q] += p[q]; acc.g += (p.goldstein || 0) * (p.q1 + p.q2 + p.q3 + p.q4); return acc; }, { q1: 0, q2: 0, q3: 0, q4: 0, g: 0 });
      const n = t.q1 + t.q2 + t.q3 + t.q4;
      return `<tr><td><i class="swatch" style="background:${Charts.PALETTE[i]}"></i>${D.esc(s.label)}</td><td class="num">${D.num(n)}</td><td>${D.quadBar(t)}</td>
        <td class="num">${n ? Math.round((100 * (t.q1 + t.q2)) / n) + "%" : "–"}</td><td class="num">${D.gs(n ? t.g / n : null)}</td>
        <td><a href="#/events?${D.qs({ source: [s.a, s.b], target: [s.a, s.b] })}">events →</a></td></tr>`;
    });
    view.append(D.h(`<div class="card"><h2>In this period</h2><table><thead><tr><th>Dyad</th><th class="num">Events</th><th>Quad classes</th><th class="num">Cooperation</th><th class="num">Mean Goldstein</th><th></th></tr></thead><tbody>${totals.join("")}</tbody></table></div>`));
    view.append(detail);

    async function showEvents(s, bucket, side) {
      const end = D.bucketEnd(bucket, interval);
      const q = { source: [s.a, s.b], target: [s.a, s.b], date_from: bucket, date_to: end, limit: 100, sort: "date",
        quad_class: side === "coop" ? [1, 2] : side === "conflict" ? [3, 4] : [] };
      detail.hidden = false;
      detail.querySelector("#dyad-events-title").textContent = `${s.label}: ${side === "coop" ? "cooperation" : side === "conflict" ? "conflict" : "all events"}, ${bucket} to ${end}`;
      const box = detail.querySelector("#dyad-events");
      box.innerHTML = `<p class="muted">Loading…</p>`;
      try {
        const ev = await D.api("events", q);
        box.innerHTML = `<table><tbody>${ev.items.map((e) => `<tr class="clickable" data-id="${D.esc(e.id)}"><td class="mono">${D.esc(e.date)}</td>
          <td>${D.actorLabel(e.source_code, e.source_name)}</td><td><span class="mono">${D.esc(e.cameo)}</span> ${D.esc(e.cameo_label)}</td>
          <td>${D.actorLabel(e.target_code, e.target_name)}</td><td>${D.quad(e.quad_class)}</td><td class="small">${D.esc(e.sentence)}</td></tr>`).join("")}</tbody></table>
          <p class="small"><a href="#/events?${D.qs(Object.assign({}, q, { limit: null, sort: null }))}">all ${D.num(ev.total)} in the events table →</a></p>`;
        box.querySelectorAll("tr[data-id]").forEach((tr) => tr.addEventListener("click", () => D.go(`#/event/${encodeURIComponent(tr.dataset.id)}`)));
        detail.scrollIntoView({ behavior: "smooth", block: "nearest" });
      } catch (e) { D.error(box, e); }
    }
  };

  /* ---------- period form shared by Network and Map ---------- */
  function periodForm(view, name, params, extra) {
    const form = D.h(`<form class="card filters" autocomplete="off">
      <div class="field"><label>From</label><input type="date" name="date_from" value="${D.esc(params.get("date_from") || "")}"></div>
      <div class="field"><label>To</label><input type="date" name="date_to" value="${D.esc(params.get("date_to") || "")}"></div>
      <div class="field"><label>Actor (optional)</label><input type="text" name="actor" placeholder="BLR" value="${D.esc(params.get("actor") || "")}" size="8"></div>
      ${extra || ""}<div class="field"><button type="submit">Show</button></div></form>`);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const p = {}; for (const inp of form.elements) if (inp.name && inp.value.trim()) p[inp.name] = inp.name === "actor" ? inp.value.trim().toUpperCase() : inp.value.trim();
      D.go(`#/${name}?` + D.qs(p));
    });
    view.append(form);
    const q = {}; for (const k of ["date_from", "date_to", "actor", "limit"]) if (params.get(k)) q[k] = params.get(k);
    return q;
  }

  /* ---------- Network ---------- */
  D.views.network = async function (view, params) {
    view.innerHTML = "";
    view.append(D.h(`<div><h1>Network</h1><p class="lead">Actors as nodes, dyads as edges: width is the number of events, colour the mean Goldstein score (red conflict, green cooperation). Click an edge to explore the dyad.</p></div>`));
    const limit = params.get("limit") || "60";
    const q = periodForm(view, "network", params, `<div class="field"><label>Edges</label><select name="limit">${["20", "40", "60", "100", "200"].map((n) => `<option ${n === limit ? "selected" : ""}>${n}</option>`).join("")}</select></div>`);
    q.limit = limit;
    const card = D.h(`<div class="card"><div class="legend"><span>mean Goldstein</span><span style="display:inline-block;width:180px;height:10px;border-radius:5px;background:linear-gradient(90deg,${Charts.goldsteinColor(-7)},${Charts.goldsteinColor(0)},${Charts.goldsteinColor(7)})"></span><span>−10 … +10</span></div><div id="network"></div></div>`);
    view.append(card);
    const data = await D.api("network", q);
    Charts.network(card.querySelector("#network"), data, {
      onEdge: (e) => D.go(`#/dyads?${D.qs({ a: e.source, b: e.target, date_from: q.date_from, date_to: q.date_to })}`),
      onNode: (n) => D.go(`#/events?actor=${encodeURIComponent(n.id)}`),
    });
  };

  /* ---------- Map ---------- */
  D.views.map = async function (view, params) {
    view.innerHTML = "";
    view.append(D.h(`<div><h1>Map</h1><p class="lead">Where events happened, for events whose location is known: size is the number of events, colour the mean Goldstein score.</p></div>`));
    const q = periodForm(view, "map", params);
    const r = await D.api("locations", q);
    if (!r.items.length) {
      view.append(D.h(`<div class="card"><div class="note" id="no-locations"><b>No locations yet.</b> None of these events has coordinates: the coder does not geolocate events yet, so the map stays empty until it does (or until you ingest data that carries latitude and longitude).</div></div>`));
      return;
    }
    const grid = D.h(`<div class="grid side"><div class="card"><div id="map"></div><p class="small muted">Equirectangular projection fitted to the points; no base map is shipped (the dashboard works offline).</p></div>
      <div class="card"><h2>Places</h2><table><thead><tr><th>Place</th><th class="num">Events</th><th class="num">G</th></tr></thead><tbody>
      ${r.items.slice(0, 25).map((d) => `<tr><td>${D.esc(d.name)} <span class="muted small">${D.esc(d.country || "")}</span></td><td class="num">${D.num(d.events)}</td><td class="num">${D.gs(d.goldstein)}</td></tr>`).join("")}</tbody></table></div></div>`);
    view.append(grid);
    Charts.map(grid.querySelector("#map"), r.items, { onClick: (d) => d.latest_event && D.go(`#/event/${encodeURIComponent(d.latest_event)}`) });
  };
})();
