/* detente charts: hand-written SVG, no library (nothing to build, vendor or fetch from a CDN).
   Exposes window.Charts with: diverging (cooperation above the axis, conflict below, one or more series, a
   mean-Goldstein panel underneath), network (force layout) and map (equirectangular points). */
(function () {
  "use strict";
  const NS = "http://www.w3.org/2000/svg";
  const QUAD = { q1: "#7cc49a", q2: "#1f8a55", q3: "#f0a868", q4: "#c8412f" };
  const QUAD_NAMES = { q1: "Verbal cooperation", q2: "Material cooperation", q3: "Verbal conflict", q4: "Material conflict" };
  const PALETTE = ["#2f5fd0", "#e07b24", "#8e44ad", "#16a085", "#c0392b", "#7f8c8d"];

  function el(tag, attrs, parent) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) node.setAttribute(k, v);
    if (parent) parent.appendChild(node);
    return node;
  }
  function text(parent, x, y, str, attrs) {
    const t = el("text", Object.assign({ x, y }, attrs || {}), parent);
    t.textContent = str;
    return t;
  }
  function scale(d0, d1, r0, r1) {
    const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
    return (v) => r0 + (v - d0) * k;
  }
  function niceTicks(lo, hi, n) {
    if (hi <= lo) return [lo];
    const raw = (hi - lo) / n, mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) || raw;
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
    return out;
  }
  /* Goldstein -10..+10 -> red .. grey .. green */
  function goldsteinColor(g) {
    const t = Math.max(-1, Math.min(1, (g || 0) / 7));
    const mix = (a, b, f) => Math.round(a + (b - a) * f);
    const grey = [150, 156, 168], red = [200, 65, 47], green = [31, 138, 85];
    const to = t < 0 ? red : green, f = Math.abs(t);
    return `rgb(${mix(grey[0], to[0], f)},${mix(grey[1], to[1], f)},${mix(grey[2], to[2], f)})`;
  }
  const tip = () => document.getElementById("tooltip");
  function showTip(evt, html) {
    const t = tip(); if (!t) return;
    t.innerHTML = html; t.hidden = false;
    const x = Math.min(evt.clientX + 14, window.innerWidth - 330);
    t.style.left = x + "px"; t.style.top = (evt.clientY + 14) + "px";
  }
  function hideTip() { const t = tip(); if (t) t.hidden = true; }
  function hover(node, html) {
    node.addEventListener("mousemove", (e) => showTip(e, typeof html === "function" ? html() : html));
    node.addEventListener("mouseleave", hideTip);
  }
  function fmtBucket(b, interval) {
    const d = new Date(b + "T00:00:00Z");
    const m = d.toLocaleString("en", { month: "short", timeZone: "UTC" });
    if (interval === "year") return String(d.getUTCFullYear());
    if (interval === "month" || interval === "quarter") return `${m} ${d.getUTCFullYear()}`;
    return b;
  }

  /* series: [{label, color?, points: [{bucket, q1..q4, goldstein}]}]; opts: {interval, onClick(si, bucket, side),
     height, goldstein: bool}. A single series is drawn in quad-class colours, several in series colours. */
  function diverging(container, series, opts) {
    opts = opts || {};
    container.innerHTML = "";
    const width = Math.max(container.clientWidth || 900, 480), single = series.length === 1;
    const H = opts.height || 300, GH = opts.goldstein === false ? 0 : 130;
    const m = { l: 48, r: 16, t: 12, b: 26 };
    const svg = el("svg", { width, height: H + GH + (GH ? 30 : 0), class: "chart diverging", role: "img" }, container);
    const buckets = [...new Set(series.flatMap((s) => s.points.map((p) => p.bucket)))].sort();
    if (!buckets.length) { text(svg, width / 2, H / 2, "no events in this period", { "text-anchor": "middle" }); return svg; }
    let up = 1, down = 1;
    for (const s of series) for (const p of s.points) { up = Math.max(up, p.q1 + p.q2); down = Math.max(down, p.q3 + p.q4); }
    const plotW = width - m.l - m.r, band = plotW / buckets.length;
    const y = scale(-down, up, H - m.b, m.t), x0 = (i) => m.l + i * band;
    const inner = Math.max(1, band * 0.8), bw = inner / series.length;
    const axis = el("g", { class: "axis" }, svg);
    for (const t of niceTicks(-down, up, 6)) {
      el("line", { x1: m.l, x2: width - m.r, y1: y(t), y2: y(t), stroke: "#eef0f4" }, axis);
      text(axis, m.l - 6, y(t) + 4, String(Math.abs(t)), { "text-anchor": "end" });
    }
    text(svg, 12, m.t + 10, "cooperation ↑", { transform: `rotate(-90 12 ${m.t + 10})`, "text-anchor": "end", fill: "#1f8a55" });
    text(svg, 12, H - m.b, "conflict ↓", { transform: `rotate(-90 12 ${H - m.b})`, "text-anchor": "start", fill: "#c8412f" });
    const every = Math.ceil(buckets.length / Math.max(1, Math.floor(plotW / 70)));
    buckets.forEach((b, i) => { if (i % every === 0) text(axis, x0(i) + band / 2, H - 8, fmtBucket(b, opts.interval), { "text-anchor": "middle" }); });
    const bars = el("g", { class: "bars" }, svg);
    series.forEach((s, si) => {
      const color = s.color || PALETTE[si % PALETTE.length];
      const byB = new Map(s.points.map((p) => [p.bucket, p]));
      buckets.forEach((b, i) => {
        const p = byB.get(b); if (!p) return;
        const bx = x0(i) + (band - inner) / 2 + si * bw;
        const stack = [["q1", 0, p.q1, "coop"], ["q2", p.q1, p.q1 + p.q2, "coop"],
                       ["q3", 0, -p.q3, "conflict"], ["q4", -p.q3, -p.q3 - p.q4, "conflict"]];
        for (const [q, a, c, side] of stack) {
          if (a === c) continue;
          const top = y(Math.max(a, c)), h = Math.abs(y(a) - y(c));
          const fill = single ? QUAD[q] : color;
          const opacity = single ? 1 : (q === "q1" || q === "q3" ? 0.5 : 0.95);
          const r = el("rect", { class: "bar", x: bx + 0.5, y: top, width: Math.max(1, bw - 1), height: Math.max(0.5, h),
            fill, "fill-opacity": opacity, "data-series": si, "data-bucket": b, "data-side": side, "data-quad": q }, bars);
          hover(r, `<b>${s.label}</b><br>${fmtBucket(b, opts.interval)}<br>${QUAD_NAMES[q]}: ${p[q]}` +
            `<br>mean Goldstein ${p.goldstein == null ? "–" : p.goldstein.toFixed(2)}<br><i>click for the events</i>`);
          if (opts.onClick) r.addEventListener("click", () => { hideTip(); opts.onClick(si, b, side); });
        }
      });
    });
    el("line", { class: "zero", x1: m.l, x2: width - m.r, y1: y(0), y2: y(0) }, svg);
    if (!GH) return svg;
    /* mean Goldstein panel */
    const g0 = H + 30, gy = scale(-10, 10, g0 + GH - 8, g0 + 4);
    const gp = el("g", { class: "goldstein" }, svg);
    text(gp, m.l, g0 - 8, "mean Goldstein (−10 conflict … +10 cooperation)", { fill: "#333b4f", "font-weight": 600 });
    for (const t of [-10, -5, 0, 5, 10]) {
      el("line", { x1: m.l, x2: width - m.r, y1: gy(t), y2: gy(t), stroke: t === 0 ? "#b7bdc9" : "#f0f2f5" }, gp);
      text(gp, m.l - 6, gy(t) + 4, String(t), { "text-anchor": "end" });
    }
    series.forEach((s, si) => {
      const color = single ? "#2f5fd0" : s.color || PALETTE[si % PALETTE.length];
      const pts = buckets.map((b, i) => [i, s.points.find((p) => p.bucket === b)]).filter(([, p]) => p && p.goldstein != null);
      if (pts.length > 1) el("polyline", { points: pts.map(([i, p]) => `${x0(i) + band / 2},${gy(p.goldstein)}`).join(" "),
        fill: "none", stroke: color, "stroke-width": 2, "stroke-opacity": 0.8 }, gp);
      for (const [i, p] of pts) {
        const c = el("circle", { class: "pt", cx: x0(i) + band / 2, cy: gy(p.goldstein), r: 4.5, fill: color,
          "data-series": si, "data-bucket": p.bucket }, gp);
        hover(c, `<b>${s.label}</b><br>${fmtBucket(p.bucket, opts.interval)}<br>mean Goldstein ${p.goldstein.toFixed(2)}` +
          `<br>${p.q1 + p.q2 + p.q3 + p.q4} events<br><i>click for the events</i>`);
        if (opts.onClick) c.addEventListener("click", () => { hideTip(); opts.onClick(si, p.bucket, null); });
      }
    });
    return svg;
  }

  /* data: {nodes: [{id, name, events}], edges: [{source, target, events, goldstein}]}; opts.onEdge(edge), onNode(node) */
  function network(container, data, opts) {
    opts = opts || {};
    container.innerHTML = "";
    const width = Math.max(container.clientWidth || 900, 480), height = opts.height || 560;
    const svg = el("svg", { width, height, class: "chart network", role: "img" }, container);
    if (!data.nodes.length) { text(svg, width / 2, height / 2, "no dyads in this period", { "text-anchor": "middle" }); return svg; }
    const nodes = data.nodes.map((n, i) => {
      const a = (2 * Math.PI * i) / data.nodes.length;
      return Object.assign({}, n, { x: width / 2 + Math.cos(a) * width / 4, y: height / 2 + Math.sin(a) * height / 3, vx: 0, vy: 0 });
    });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const edges = data.edges.map((e) => Object.assign({}, e, { s: byId.get(e.source), t: byId.get(e.target) })).filter((e) => e.s && e.t);
    const maxE = Math.max(...edges.map((e) => e.events), 1), maxN = Math.max(...nodes.map((n) => n.events), 1);
    const radius = (n) => 7 + 20 * Math.sqrt(n.events / maxN);
    const rest = Math.min(width, height) * 0.38, push = rest * rest * 0.6;
    for (let it = 0; it < 400; it++) {  /* a small deterministic force layout: repulsion, springs, gravity */
      const cool = 1 - it / 400;
      for (let i = 0; i < nodes.length; i++) for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
        const f = push / d2, d = Math.sqrt(d2);
        dx /= d; dy /= d; a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
      for (const e of edges) {
        const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        const f = (d - rest) * 0.02 * (0.5 + e.events / maxE);
        e.s.vx += dx / d * f; e.s.vy += dy / d * f; e.t.vx -= dx / d * f; e.t.vy -= dy / d * f;
      }
      for (const n of nodes) {
        n.vx += (width / 2 - n.x) * 0.004; n.vy += (height / 2 - n.y) * 0.004;
        n.x += Math.max(-20, Math.min(20, n.vx)) * cool; n.y += Math.max(-20, Math.min(20, n.vy)) * cool;
        n.vx *= 0.5; n.vy *= 0.5;
        const r = radius(n) + 4;
        n.x = Math.max(r, Math.min(width - r - 40, n.x)); n.y = Math.max(r, Math.min(height - r, n.y));
      }
    }
    const ge = el("g", { class: "edges" }, svg);
    for (const e of edges) {
      const line = el("line", { class: "edge", x1: e.s.x, y1: e.s.y, x2: e.t.x, y2: e.t.y, stroke: goldsteinColor(e.goldstein),
        "stroke-width": 1.5 + 10 * Math.sqrt(e.events / maxE), "stroke-opacity": 0.75, "stroke-linecap": "round",
        "data-source": e.source, "data-target": e.target }, ge);
      hover(line, `<b>${e.s.name} – ${e.t.name}</b><br>${e.events} events<br>mean Goldstein ${e.goldstein == null ? "–" : e.goldstein.toFixed(2)}<br><i>click to explore the dyad</i>`);
      if (opts.onEdge) line.addEventListener("click", () => { hideTip(); opts.onEdge(e); });
    }
    const gn = el("g", { class: "nodes" }, svg);
    for (const n of nodes) {
      const g = el("g", { class: "node", transform: `translate(${n.x},${n.y})`, "data-id": n.id }, gn);
      el("circle", { r: radius(n), fill: "#2f5fd0", "fill-opacity": 0.85 }, g);
      text(g, radius(n) + 4, 4, n.id, {});
      hover(g, `<b>${n.name}</b> (${n.id})<br>${n.events} events in these dyads`);
      if (opts.onNode) g.addEventListener("click", () => { hideTip(); opts.onNode(n); });
    }
    return svg;
  }

  /* items: [{name, lat, lon, events, goldstein}]: equirectangular projection fitted to the points' extent. */
  function map(container, items, opts) {
    opts = opts || {};
    container.innerHTML = "";
    const width = Math.max(container.clientWidth || 900, 480), height = opts.height || 520;
    const svg = el("svg", { width, height, class: "chart map", role: "img" }, container);
    el("rect", { x: 0, y: 0, width, height, fill: "#eef3f9", rx: 8 }, svg);
    let lo = { lat: Math.min(...items.map((d) => d.lat)), lon: Math.min(...items.map((d) => d.lon)) };
    let hi = { lat: Math.max(...items.map((d) => d.lat)), lon: Math.max(...items.map((d) => d.lon)) };
    const padLat = Math.max(4, (hi.lat - lo.lat) * 0.15), padLon = Math.max(6, (hi.lon - lo.lon) * 0.1);
    lo = { lat: Math.max(-85, lo.lat - padLat), lon: Math.max(-180, lo.lon - padLon) };
    hi = { lat: Math.min(85, hi.lat + padLat), lon: Math.min(180, hi.lon + padLon) };
    const k = Math.min((width - 40) / (hi.lon - lo.lon), (height - 40) / (hi.lat - lo.lat));
    const cx = (lo.lon + hi.lon) / 2, cy = (lo.lat + hi.lat) / 2;
    const px = (lon) => width / 2 + (lon - cx) * k, py = (lat) => height / 2 - (lat - cy) * k;
    const grid = el("g", { class: "graticule" }, svg), step = (hi.lon - lo.lon) > 60 ? 20 : 10;
    for (let lon = Math.ceil(-180 / step) * step; lon <= 180; lon += step) {
      if (px(lon) < 0 || px(lon) > width) continue;
      el("line", { x1: px(lon), x2: px(lon), y1: 0, y2: height, stroke: "#dbe3ee" }, grid);
      text(grid, px(lon) + 3, height - 6, `${Math.abs(lon)}°${lon < 0 ? "W" : "E"}`, { fill: "#9aa6b8" });
    }
    for (let lat = -80; lat <= 80; lat += step) {
      if (py(lat) < 0 || py(lat) > height) continue;
      el("line", { x1: 0, x2: width, y1: py(lat), y2: py(lat), stroke: "#dbe3ee" }, grid);
      text(grid, 4, py(lat) - 3, `${Math.abs(lat)}°${lat < 0 ? "S" : "N"}`, { fill: "#9aa6b8" });
    }
    const maxE = Math.max(...items.map((d) => d.events), 1);
    const gp = el("g", { class: "places" }, svg), gl = el("g", { class: "labels" }, svg), labels = [];
    for (const d of [...items].sort((a, b) => b.events - a.events)) {
      const r = 5 + 22 * Math.sqrt(d.events / maxE);
      const c = el("circle", { class: "pt place", cx: px(d.lon), cy: py(d.lat), r, fill: goldsteinColor(d.goldstein),
        "fill-opacity": 0.7, stroke: "#fff", "data-name": d.name }, gp);
      hover(c, `<b>${d.name}</b>${d.country ? " (" + d.country + ")" : ""}<br>${d.events} events<br>mean Goldstein ${d.goldstein.toFixed(2)}`);
      if (opts.onClick) c.addEventListener("click", () => { hideTip(); opts.onClick(d); });
      const box = { x: px(d.lon) + r + 3, y: py(d.lat) - 8, w: 7 * d.name.length, h: 14 };
      const clash = labels.some((b) => box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h);
      if (!clash) { labels.push(box); text(gl, box.x, py(d.lat) + 4, d.name, { fill: "#1d2433", "font-weight": 600 }); }
    }
    return svg;
  }

  window.Charts = { diverging, network, map, goldsteinColor, PALETTE, QUAD, QUAD_NAMES, fmtBucket, hideTip };
})();
