/* detente charts on Apache ECharts (vendored: static/vendor/echarts, scripts/vendor-web). Exposes window.Charts:
   timeline (cooperation above the axis, conflict below, per bucket of a continuous time axis, with zoom and a
   mean-Goldstein panel), network (force layout), map (country outlines from Natural Earth, a choropleth of events
   per country and points where places are known). Every chart is drawn without animation (reproducible pictures
   and tests) and follows its container's width. */
(function () {
  "use strict";
  const QUAD = { q1: "#7cc49a", q2: "#1f8a55", q3: "#f0a868", q4: "#c8412f" };
  const QUAD_NAMES = { q1: "Verbal cooperation", q2: "Material cooperation", q3: "Verbal conflict", q4: "Material conflict" };
  const PALETTE = ["#2f5fd0", "#e07b24", "#8e44ad", "#16a085", "#c0392b", "#7f8c8d"];
  const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
  const charts = new Set();
  let resizeTimer = null;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => charts.forEach((c) => (c.isDisposed() ? charts.delete(c) : c.resize())), 120);
  });

  /* A fresh chart in `el` (the old one, if any, disposed): canvas, no animation, resized with the window. */
  function chart(el, height) {
    const old = echarts.getInstanceByDom(el);
    if (old) { charts.delete(old); old.dispose(); }
    el.innerHTML = "";
    el.style.height = height + "px";
    const c = echarts.init(el, null, { renderer: "canvas" });
    charts.add(c);
    return c;
  }
  const small = () => window.innerWidth < 640;
  /* how many buckets a time chart in `el` can show readably (the API's interval=auto aims at it) */
  const buckets = (el) => Math.max(12, Math.min(200, Math.round((el.clientWidth || 900) / 8)));

  /* Goldstein -10..+10 -> red .. grey .. green (with `alpha`: see-through) */
  function goldsteinColor(g, alpha) {
    const t = Math.max(-1, Math.min(1, (g || 0) / 7));
    const mix = (a, b, f) => Math.round(a + (b - a) * f);
    const grey = [150, 156, 168], red = [200, 65, 47], green = [31, 138, 85];
    const to = t < 0 ? red : green, f = Math.abs(t);
    const rgb = `${mix(grey[0], to[0], f)},${mix(grey[1], to[1], f)},${mix(grey[2], to[2], f)}`;
    return alpha == null ? `rgb(${rgb})` : `rgba(${rgb},${alpha})`;
  }
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c])); }
  const ms = (iso) => Date.parse(iso + "T00:00:00Z");
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  function fmtBucket(b, interval) {
    const d = new Date(b + "T00:00:00Z");
    const m = d.toLocaleString("en", { month: "short", timeZone: "UTC" }), y = d.getUTCFullYear();
    if (interval === "year") return String(y);
    if (interval === "quarter") return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${y}`;
    if (interval === "month") return `${m} ${y}`;
    return (interval === "week" ? "week of " : "") + b;
  }

  /* series: [{label, color?, points: [{bucket, q1..q4, goldstein, share, events, mentions}]}] on one axis.
     opts: {interval, height, measure: "count"|"share", partial (the last bucket, when the data end inside it: shaded),
     onClick(si, bucket, side), onZoom(fromIso, toIso)}.
     One series: bars in the quad-class colours; several: one colour each (light verbal, dark material). */
  function timeline(el, series, opts) {
    opts = opts || {};
    const narrow = small(), H = opts.height || (narrow ? 300 : 380);
    const c = chart(el, H + 150);
    const single = series.length === 1, share = opts.measure === "share";
    const grid = narrow ? { left: 44, right: 10 } : { left: 58, right: 22 };
    const bars = [];
    series.forEach((s, si) => {
      const color = s.color || PALETTE[si % PALETTE.length];
      if (share) {
        bars.push({ name: s.label, type: "line", xAxisIndex: 0, yAxisIndex: 0, showSymbol: false, connectNulls: false,
          step: "middle", lineStyle: { width: 2, color }, itemStyle: { color }, areaStyle: { opacity: 0.08 },
          data: s.points.map((p) => [ms(p.bucket), p.share == null ? null : +(100 * p.share).toFixed(3)]),
          meta: { si, side: null } });
        return;
      }
      for (const q of ["q1", "q2", "q3", "q4"]) {
        const conflict = q === "q3" || q === "q4";
        bars.push({ name: single ? QUAD_NAMES[q] : `${s.label}: ${QUAD_NAMES[q].toLowerCase()}`, type: "bar",
          xAxisIndex: 0, yAxisIndex: 0, stack: "s" + si, barMaxWidth: 28, barCategoryGap: "20%",
          itemStyle: { color: single ? QUAD[q] : color, opacity: single ? 1 : (q === "q1" || q === "q3" ? 0.5 : 0.95) },
          data: s.points.map((p) => [ms(p.bucket), conflict ? -p[q] : p[q]]),
          meta: { si, side: conflict ? "conflict" : "coop" } });
      }
    });
    const lines = series.map((s, si) => ({
      name: `${s.label}: mean Goldstein`, type: "line", xAxisIndex: 1, yAxisIndex: 1, connectNulls: false,
      symbolSize: 6, showSymbol: s.points.length < 120, lineStyle: { width: 2 },
      itemStyle: { color: single ? "#2f5fd0" : s.color || PALETTE[si % PALETTE.length] },
      data: s.points.map((p) => [ms(p.bucket), p.goldstein]), meta: { si, side: null } }));
    const pointsBy = series.map((s) => new Map(s.points.map((p) => [ms(p.bucket), p])));
    /* both panels share one axis: half a bucket of room on each side, so bars and points line up */
    const times = series[0].points.map((p) => ms(p.bucket));
    const step = times.length > 1 ? times[1] - times[0] : 86_400_000;
    const span = { min: times[0] - step / 2, max: times[times.length - 1] + step / 2 };
    if (opts.partial && bars.length) bars[0].markArea = { silent: true, itemStyle: { color: "rgba(110, 118, 135, 0.13)" },
      label: { show: true, position: "insideTop", formatter: "partial", color: "#5a6275", fontSize: 10 },
      data: [[{ xAxis: ms(opts.partial) - step / 2 }, { xAxis: span.max }]] };
    c.setOption({
      animation: false, textStyle: { fontFamily: FONT },
      grid: [{ ...grid, top: 16, height: H - 40 }, { ...grid, top: H + 12, height: 92 }],
      xAxis: [{ type: "time", gridIndex: 0, ...span, axisLabel: { hideOverlap: true, fontSize: 11 }, splitLine: { show: false } },
              { type: "time", gridIndex: 1, ...span, axisLabel: { show: false }, axisTick: { show: false } }],
      graphic: share ? [] : [
        { type: "text", left: 4, top: 16, rotation: Math.PI / 2, style: { text: "cooperation ↑", fill: "#1f8a55", fontSize: 11, align: "right" } },
        { type: "text", left: 4, top: H - 90, rotation: Math.PI / 2, style: { text: "conflict ↓", fill: "#c8412f", fontSize: 11, align: "left" } }],
      yAxis: [{ type: "value", gridIndex: 0, name: share ? "% of all events" : "", nameLocation: "middle",
                nameGap: narrow ? 30 : 42, nameTextStyle: { color: "#5a6275", fontSize: 11 },
                axisLabel: { formatter: (v) => (share ? v + "%" : String(Math.abs(v))), fontSize: 11 } },
              { type: "value", gridIndex: 1, min: -10, max: 10, interval: 10, name: "Goldstein", nameLocation: "middle",
                nameGap: narrow ? 30 : 42, nameTextStyle: { color: "#5a6275", fontSize: 11 }, axisLabel: { fontSize: 11 } }],
      dataZoom: [{ type: "inside", xAxisIndex: [0, 1], filterMode: "weakFilter" },
                 { type: "slider", xAxisIndex: [0, 1], filterMode: "weakFilter", height: 22, bottom: 6,
                   labelFormatter: (v) => iso(v), brushSelect: true }],
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, confine: true, formatter: (items) => {
        const t = items[0] && items[0].value[0];
        if (t == null) return "";
        const rows = series.map((s, si) => {
          const p = pointsBy[si].get(t);
          if (!p) return "";
          const parts = share ? `${p.share == null ? "–" : (100 * p.share).toFixed(2) + " %"} of all events` :
            `${p.events} events (coop ${p.q1 + p.q2}, conflict ${p.q3 + p.q4})`;
          return `<b>${esc(s.label)}</b>: ${parts}; Goldstein ${p.goldstein == null ? "–" : p.goldstein.toFixed(2)}`;
        }).filter(Boolean);
        return `${fmtBucket(iso(t), opts.interval)}<br>${rows.join("<br>")}<br><i>click for the events</i>`;
      } },
      series: [...bars, ...lines],
    });
    c.on("click", (e) => {
      const m = c.getOption().series[e.seriesIndex].meta;
      if (opts.onClick && m) opts.onClick(m.si, iso(e.value[0]), m.side);
    });
    if (opts.onZoom) c.on("datazoom", () => {
      const z = c.getOption().dataZoom[1];
      opts.onZoom(iso(z.startValue), iso(z.endValue), z.start > 0.01 || z.end < 99.99);
    });
    return c;
  }

  /* A small deterministic force layout (repulsion, springs, gravity) in a width x height box: the same data always
     gives the same picture, and every node stays inside the box. */
  function layout(nodes, edges, width, height) {
    const pos = nodes.map((n, i) => {
      const a = (2 * Math.PI * i) / nodes.length;
      return { x: width / 2 + (Math.cos(a) * width) / 4, y: height / 2 + (Math.sin(a) * height) / 3, vx: 0, vy: 0 };
    });
    const at = new Map(nodes.map((n, i) => [n.id, pos[i]]));
    const links = edges.map((e) => [at.get(e.source), at.get(e.target), e.events]).filter(([s, t]) => s && t);
    const maxE = Math.max(1, ...edges.map((e) => e.events));
    const rest = Math.min(width, height) * 0.3, push = rest * rest * 0.5;
    for (let it = 0; it < 300; it++) {
      const cool = 1 - it / 300;
      for (let i = 0; i < pos.length; i++) for (let j = i + 1; j < pos.length; j++) {
        const a = pos[i], b = pos[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d2 = dx * dx + dy * dy + 0.01, f = push / d2, d = Math.sqrt(d2);
        dx /= d; dy /= d; a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
      for (const [s, t, n] of links) {
        const dx = t.x - s.x, dy = t.y - s.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        const f = (d - rest) * 0.02 * (0.5 + n / maxE);
        s.vx += (dx / d) * f; s.vy += (dy / d) * f; t.vx -= (dx / d) * f; t.vy -= (dy / d) * f;
      }
      for (const p of pos) {
        p.vx += (width / 2 - p.x) * 0.01; p.vy += (height / 2 - p.y) * 0.01;
        p.x += Math.max(-20, Math.min(20, p.vx)) * cool; p.y += Math.max(-20, Math.min(20, p.vy)) * cool;
        p.vx *= 0.5; p.vy *= 0.5;
        p.x = Math.max(10, Math.min(width - 10, p.x)); p.y = Math.max(10, Math.min(height - 10, p.y));
      }
    }
    return pos;
  }

  /* data: {nodes: [{id, name, events}], edges: [{source, target, events, goldstein}]}; opts.onEdge(e), onNode(n) */
  function network(el, data, opts) {
    opts = opts || {};
    const narrow = small(), height = narrow ? 420 : 580, c = chart(el, height);
    const maxE = Math.max(1, ...data.edges.map((e) => e.events)), maxN = Math.max(1, ...data.nodes.map((n) => n.events));
    const pos = layout(data.nodes, data.edges, el.clientWidth || 900, height);
    const name = new Map(data.nodes.map((n) => [n.id, n.name]));
    c.setOption({
      animation: false, textStyle: { fontFamily: FONT },
      tooltip: { confine: true, formatter: (p) => p.dataType === "edge"
        ? `<b>${esc(p.data.label)}</b><br>${p.data.events} events<br>mean Goldstein ${p.data.goldstein == null ? "–" : p.data.goldstein.toFixed(2)}<br><i>click to explore the dyad</i>`
        : `<b>${esc(p.data.label)}</b> (${esc(p.data.id)})<br>${p.data.events} events in these dyads<br><i>click for its events</i>` },
      series: [{
        type: "graph", layout: "none", roam: true, left: 30, right: 50, top: 20, bottom: 20, preserveAspect: "contain",
        label: { show: true, position: "right", fontSize: 11, fontWeight: 600, color: "#1d2433", formatter: (p) => p.data.id },
        labelLayout: { hideOverlap: true },
        data: data.nodes.map((n, i) => ({ id: n.id, name: n.id, label: n.name, events: n.events, value: n.events,
          x: pos[i].x, y: pos[i].y, symbolSize: 10 + 28 * Math.sqrt(n.events / maxN),
          itemStyle: { color: "#2f5fd0", opacity: 0.85, borderColor: "#fff", borderWidth: 1.5 } })),
        edges: data.edges.map((e) => ({ source: e.source, target: e.target, events: e.events, goldstein: e.goldstein,
          label: `${name.get(e.source) || e.source} – ${name.get(e.target) || e.target}`,
          lineStyle: { width: 1.5 + 10 * Math.sqrt(e.events / maxE), color: goldsteinColor(e.goldstein), opacity: 0.75 } })),
        emphasis: { focus: "adjacency" },
      }],
    });
    c.on("click", (p) => {
      if (p.dataType === "edge" && opts.onEdge) opts.onEdge(p.data);
      else if (p.dataType === "node" && opts.onNode) opts.onNode(p.data);
    });
    return c;
  }

  /* The world's country outlines (Natural Earth 1:50m via world-atlas, vendored), loaded once, keyed by the ISO
     3166-1 numeric code (or the name, for the few outlines without one). Antarctica is left out: no news there. */
  let worldReady = null;
  /* A ring that crosses the antimeridian (Russia's Chukotka, Fiji) is drawn east of 180° instead of as a streak
     across the whole map: the flat projection of a chart library does not cut rings at 180° as d3-geo would. */
  function unwrap(geometry) {
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    for (const polygon of polygons) for (const ring of polygon) {
      let lo = 180, hi = -180;
      for (const p of ring) { lo = Math.min(lo, p[0]); hi = Math.max(hi, p[0]); }
      if (hi - lo > 180) for (const p of ring) if (p[0] < 0) p[0] += 360;
    }
  }
  function world() {
    if (!worldReady) worldReady = fetch("/static/vendor/world-atlas/countries-50m.json").then((r) => r.json()).then((topo) => {
      const geo = topojson.feature(topo, topo.objects.countries);
      geo.features = geo.features.filter((f) => f.id !== "010");
      for (const f of geo.features) {
        f.properties.key = f.id || f.properties.name;
        unwrap(f.geometry);
      }
      echarts.registerMap("world", geo);
      return geo.features.length;
    });
    return worldReady;
  }

  /* countries: [{country, name, map_id, events, located, goldstein}]; places: [{name, country, lat, lon, events,
     goldstein}]; opts.onCountry(row), onPlace(place). Every outline is drawn; those with events are shaded by count. */
  async function map(el, countries, places, opts) {
    opts = opts || {};
    await world();
    const narrow = small(), c = chart(el, narrow ? 230 : 540);
    const maxC = Math.max(1, ...countries.map((d) => d.events)), maxP = Math.max(1, ...places.map((d) => d.events));
    /* a dot's diameter: at most a 100th of the map's width (13 px on a desktop, under 4 px on a phone, where
       Belarus is 9 px wide), by the square root of its events */
    const biggest = (el.clientWidth || 900) / 100;
    const dot = (n) => +Math.max(2.5, biggest * (0.35 + 0.65 * Math.sqrt(n / maxP))).toFixed(1);
    const shade = (n) => { const t = Math.sqrt(n / maxC); return `rgb(${Math.round(222 - 193 * t)},${Math.round(232 - 169 * t)},${Math.round(248 - 100 * t)})`; };
    c.setOption({
      animation: false, textStyle: { fontFamily: FONT },
      tooltip: { confine: true, formatter: (p) => {
        const d = p.data && p.data.row;
        if (!d) return "";
        if (p.seriesType === "scatter") return `<b>${esc(d.name)}</b>${d.country ? " (" + esc(d.country) + ")" : ""}<br>${d.events} events<br>mean Goldstein ${d.goldstein == null ? "–" : d.goldstein.toFixed(2)}<br><i>click for its events</i>`;
        return `<b>${esc(d.name)}</b><br>${d.events} events (${d.located} placed there, ${d.events - d.located} by their actors)<br>mean Goldstein ${d.goldstein == null ? "–" : d.goldstein.toFixed(2)}<br><i>click for its events</i>`;
      } },
      geo: { map: "world", roam: true, nameProperty: "key", top: 6, bottom: 6, left: 4, right: 4,
        itemStyle: { areaColor: "#f1f2f4", borderColor: "#b9c0cc", borderWidth: 0.5 },
        emphasis: { itemStyle: { areaColor: "#ffd98a" }, label: { show: false } }, select: { disabled: true },
        label: { show: false },
        regions: countries.filter((d) => d.map_id).map((d) => ({ name: d.map_id, itemStyle: { areaColor: shade(d.events) } })) },
      series: [
        { type: "map", geoIndex: 0, name: "countries",
          data: countries.filter((d) => d.map_id).map((d) => ({ name: d.map_id, value: d.events, row: d })) },
        /* dots: rings with a light fill, sized to the map (the whole world is 330 px wide on a phone), the busiest
           drawn first so that smaller places on top stay visible, and the country's shade shows through them */
        { type: "scatter", coordinateSystem: "geo", name: "places", z: 5,
          data: [...places].sort((x, y) => y.events - x.events).map((d) => ({ name: d.name, value: [d.lon, d.lat, d.events], row: d,
            symbolSize: dot(d.events), itemStyle: { color: goldsteinColor(d.goldstein, 0.35),  /* a light fill, not opacity: */
              borderColor: goldsteinColor(d.goldstein), borderWidth: narrow ? 1 : 1.5 } })),  /* labels would fade too */
          emphasis: { itemStyle: { color: "rgba(255, 217, 138, 0.8)" } },
          label: { show: !narrow, position: "right", formatter: "{b}", fontSize: 11, fontWeight: 600, color: "#1d2433",
            textBorderColor: "#fff", textBorderWidth: 2 },
          labelLayout: { hideOverlap: true } },
      ],
    });
    c.on("click", (p) => {
      const d = p.data && p.data.row;
      if (!d) return;
      if (p.seriesType === "scatter") { if (opts.onPlace) opts.onPlace(d); } else if (opts.onCountry) opts.onCountry(d);
    });
    return c;
  }

  /* the choropleth's key: light (few events) to dark (most) */
  const mapScale = (max) => `<span class="legend"><span>fewer events</span><span class="gradient" style="background:linear-gradient(90deg,rgb(222,232,248),rgb(29,63,148))"></span><span>${max} events</span></span>`;

  window.Charts = { timeline, network, map, mapScale, world, buckets, goldsteinColor, PALETTE, QUAD, QUAD_NAMES, fmtBucket };
})();
