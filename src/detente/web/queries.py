"""All the SQL behind the web API, in one module, parameterised throughout.

Why one module: every query the web runs lives here, over the store's one schema (``open_store`` refuses a
file without ``event_key`` and the ``event_groups`` view, so nothing here probes for optional parts). Values
always travel as ``?`` parameters; the only strings spliced into SQL are column names and SQL fragments
chosen from fixed whitelists in this module. The connection is read-only, so the data cannot change while the server
runs: the actor catalogue is computed once and cached.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Sequence
from typing import Any

import duckdb

from detente.store.query import EventFilter
from detente.web.names import known_names

__all__ = ["INTERVALS", "LIST_COLUMNS", "SORTS", "EventFilter", "Queries"]

INTERVALS = ("day", "week", "month", "quarter", "year")
SORTS = {
    "date": "date ASC NULLS LAST", "-date": "date DESC NULLS LAST",
    "goldstein": "goldstein ASC", "-goldstein": "goldstein DESC",
    "confidence": "confidence ASC", "-confidence": "confidence DESC",
    "cameo": "cameo ASC", "-cameo": "cameo DESC",
    "source": "source_code ASC NULLS LAST", "-source": "source_code DESC NULLS LAST",
    "target": "target_code ASC NULLS LAST", "-target": "target_code DESC NULLS LAST",
}
LIST_COLUMNS = ("id", "article_id", "sentence_index", "sentence", "date", "source_text", "source_name",
                "source_code", "target_text", "target_name", "target_code", "cameo", "cameo_root",
                "cameo_label", "plover_event", "plover_mode", "quad_class", "goldstein", "confidence",
                "trigger_text", "location_name")


def _qualified(sort: str) -> str:
    """The ORDER BY of a sort key with columns of the events alias ``e``, ids breaking ties (stable pages)."""
    return f"e.{SORTS[sort]}, e.id"


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _iso(v) for k, v in row.items()}


class Queries:
    """The web's read-only queries over one DuckDB connection (a cursor per call, so threads can share it)."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self._actors: list[dict[str, Any]] | None = None
        self._lock = threading.Lock()

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.cursor()
        try:
            return _dicts(cur.execute(sql, list(params)))
        finally:
            cur.close()

    # -- events -----------------------------------------------------------------------------------------
    def events(self, flt: EventFilter, sort: str = "-date", limit: int = 50, offset: int = 0,
               with_total: bool = True) -> dict[str, Any]:
        """One page of events (newest first by default) with the article title, and the filtered total."""
        where, params = flt.where()
        cols = ", ".join(LIST_COLUMNS)
        rows = self._run(f"SELECT e.*, a.title AS article_title, a.source_name AS article_source FROM "
                         f"(SELECT {cols} FROM events WHERE {where} ORDER BY {SORTS[sort]}, id LIMIT ? OFFSET ?) e "
                         f"LEFT JOIN articles a ON a.id = e.article_id ORDER BY {_qualified(sort)}",
                         [*params, limit, offset])
        total = self._run(f"SELECT count(*) AS n FROM events WHERE {where}", params)[0]["n"] if with_total else None
        return {"total": total, "limit": limit, "offset": offset, "items": [_clean(r) for r in rows]}

    def events_csv_rows(self, flt: EventFilter, sort: str, limit: int) -> tuple[list[str], list[tuple]]:
        """Rows for CSV export: the list columns plus the article's title and url."""
        where, params = flt.where("e")
        order = _qualified(sort)
        cols = ", ".join(f"e.{c}" for c in LIST_COLUMNS)
        cur = self.con.cursor()
        try:
            cur.execute(f"SELECT {cols}, a.title AS article_title, a.url AS article_url FROM events e "
                        f"LEFT JOIN articles a ON a.id = e.article_id WHERE {where} ORDER BY {order} LIMIT ?",
                        [*params, limit])
            return [d[0] for d in cur.description], cur.fetchall()
        finally:
            cur.close()

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One full events row, or None."""
        rows = self._run("SELECT * FROM events WHERE id = ?", [event_id])
        return rows[0] if rows else None

    def same_event(self, row: dict[str, Any]) -> dict[str, Any]:
        """Other reports of this event: mentions sharing its event_key, exact/near-duplicate copies of its
        article, and the merged counts."""
        cols = ("e.id, e.article_id, e.sentence, e.date, a.title, a.url, a.source_name, "
                "a.date_published")
        mentions = self._run(f"SELECT {cols} FROM events e LEFT JOIN articles a ON a.id = e.article_id "
                             "WHERE e.event_key = ? AND e.id <> ? ORDER BY a.date_published NULLS LAST, e.id "
                             "LIMIT 200", [row["event_key"], row["id"]])
        copies = self._run("SELECT id, title, url, source_name, date_published FROM articles "
                           "WHERE duplicate_of = ? ORDER BY date_published NULLS LAST, id LIMIT 200",
                           [row["article_id"]])
        found = self._run("SELECT num_mentions, num_articles, num_sources FROM event_groups WHERE event_key = ?",
                          [row["event_key"]])
        merged = found[0] if found else None
        return {"mentions": [_clean(r) for r in mentions], "duplicate_articles": [_clean(r) for r in copies],
                "merged": merged}

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with its text and the events coded from it."""
        rows = self._run("SELECT id, title, url, source_name, date_published, text, duplicate_of FROM articles "
                         "WHERE id = ?", [article_id])
        if not rows:
            return None
        art = _clean(rows[0])
        art["events"] = [_clean(r) for r in self._run(
            "SELECT id, sentence_index, date, source_code, source_name, target_code, target_name, cameo, "
            "cameo_label, quad_class, goldstein FROM events WHERE article_id = ? ORDER BY sentence_index, id",
            [article_id])]
        return art

    # -- actors ------------------------------------------------------------------------------------------
    def actor_catalogue(self) -> list[dict[str, Any]]:
        """Every actor code in the store with its names and event count (computed once: the db is read-only)."""
        with self._lock:
            if self._actors is None:
                rows = self._run(
                    "SELECT code, name, count(*) AS n FROM (SELECT source_code AS code, source_name AS name "
                    "FROM events WHERE source_code IS NOT NULL UNION ALL SELECT target_code, target_name "
                    "FROM events WHERE target_code IS NOT NULL) GROUP BY ALL ORDER BY code, n DESC, name")
                names = known_names()
                by_code: dict[str, dict[str, Any]] = {}
                for r in rows:
                    entry = by_code.setdefault(r["code"], {"code": r["code"], "name": names.get(r["code"]),
                                                           "aliases": [], "events": 0})
                    entry["events"] += r["n"]
                    if r["name"] and r["name"] not in entry["aliases"]:
                        entry["aliases"].append(r["name"])
                for entry in by_code.values():
                    entry["name"] = entry["name"] or (entry["aliases"][0] if entry["aliases"] else entry["code"])
                    entry["aliases"] = [a for a in entry["aliases"] if a != entry["name"]][:20]
                self._actors = sorted(by_code.values(), key=lambda e: (-e["events"], e["code"]))
            return self._actors

    def actor_names(self) -> dict[str, str]:
        return {a["code"]: a["name"] for a in self.actor_catalogue()}

    def search_actors(self, q: str, limit: int) -> list[dict[str, Any]]:
        """Type-ahead: exact code first, then code or name prefixes, then substrings; busiest actors first."""
        needle = q.strip().lower()
        scored = []
        for a in self.actor_catalogue():
            code, name = a["code"].lower(), a["name"].lower()
            names = [name, *(x.lower() for x in a["aliases"])]
            if not needle:
                rank = 3
            elif code == needle or name == needle:
                rank = 0
            elif code.startswith(needle) or any(n.startswith(needle) for n in names):
                rank = 1
            elif any(needle in n for n in names) or any(w.startswith(needle) for n in names for w in n.split()):
                rank = 2
            else:
                continue
            scored.append((rank, -a["events"], a["code"], a))
        scored.sort(key=lambda t: t[:3])
        return [t[3] for t in scored[:limit]]

    # -- aggregates --------------------------------------------------------------------------------------
    def _counts(self, unique: bool = False) -> str:
        """``events`` and per-quad ``q1``..``q4`` counts. By default every stored mention counts (one scan, fast
        on millions of rows); ``unique`` counts an event reported by several articles once (``event_key``):
        exact, but a distinct count costs far more on broad aggregates, so the API asks for it explicitly."""
        count = "count(DISTINCT event_key)" if unique else "count(*)"
        return f"{count} AS events, " + ", ".join(f"{count} FILTER (quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))

    def dyads(self, flt: EventFilter, directed: bool, limit: int, unique: bool = False) -> list[dict[str, Any]]:
        """Top dyads by volume with counts per quad class and mean Goldstein."""
        where, params = flt.where()
        extra = "source_code IS NOT NULL AND target_code IS NOT NULL AND source_code <> target_code"
        a, b = (("source_code", "target_code") if directed else
                ("least(source_code, target_code)", "greatest(source_code, target_code)"))
        rows = self._run(
            f"SELECT {a} AS a, {b} AS b, count(*) AS mentions, {self._counts(unique)}, "
            f"round(avg(goldstein), 3) AS goldstein, min(date) AS first, max(date) AS last FROM events "
            f"WHERE {where} AND {extra} "
            "GROUP BY ALL ORDER BY events DESC, mentions DESC, a, b LIMIT ?", [*params, limit])
        names = self.actor_names()
        for r in rows:
            r["a_name"], r["b_name"] = names.get(r["a"], r["a"]), names.get(r["b"], r["b"])
        return [_clean(r) for r in rows]

    def date_range(self) -> tuple[dt.date | None, dt.date | None]:
        row = self._run("SELECT min(date) AS lo, max(date) AS hi FROM events")[0]
        return row["lo"], row["hi"]

    def timeseries(self, series: Sequence[tuple[str, str, str | None]], interval: str, date_from: dt.date,
                   date_to: dt.date, unique: bool = False) -> list[dict[str, Any]]:
        """Per bucket counts per quad class and mean Goldstein, for each (label, a, b) series.

        ``b`` None means every event of actor ``a`` (either side); otherwise the dyad in both directions.
        """
        assert interval in INTERVALS
        out = []
        for label, a, b in series:
            if b is None:
                cond, params = EventFilter(date_from=date_from, date_to=date_to, actor=a).where()
            else:
                ab, ab_params = EventFilter(dyad=(a, b)).where()
                ba, ba_params = EventFilter(dyad=(b, a)).where()
                period, period_params = EventFilter(date_from=date_from, date_to=date_to).where()
                cond, params = f"(({ab}) OR ({ba})) AND {period}", [*ab_params, *ba_params, *period_params]
            rows = self._run(
                f"SELECT date_trunc('{interval}', date)::DATE AS bucket, count(*) AS mentions, "
                f"{self._counts(unique)}, round(avg(goldstein), 3) AS goldstein "
                f"FROM events WHERE {cond} GROUP BY bucket ORDER BY bucket", params)
            out.append({"label": label, "a": a, "b": b, "points": [_clean(r) for r in rows]})
        return out

    def network(self, flt: EventFilter, limit: int) -> dict[str, Any]:
        """Undirected edges (the busiest ``limit``) and their nodes with volumes, for a period."""
        edges = self.dyads(flt, directed=False, limit=limit)
        nodes: dict[str, dict[str, Any]] = {}
        for e in edges:
            for side in ("a", "b"):
                node = nodes.setdefault(e[side], {"id": e[side], "name": e[f"{side}_name"], "events": 0})
                node["events"] += e["events"]
        return {"nodes": sorted(nodes.values(), key=lambda n: -n["events"]),
                "edges": [{"source": e["a"], "target": e["b"], "events": e["events"], "mentions": e["mentions"],
                           "goldstein": e["goldstein"], "q": [e["q1"], e["q2"], e["q3"], e["q4"]]} for e in edges]}

    def summary(self, interval: str, date_from: dt.date | None, date_to: dt.date | None) -> dict[str, Any]:
        """The overview: totals, the date range, the quad-class stacked series, top actors and dyads."""
        totals = self._run(
            "SELECT count(*) AS events, count(DISTINCT article_id) AS articles_with_events, min(date) AS first, "
            "max(date) AS last, round(avg(goldstein), 3) AS goldstein, approx_count_distinct(event_key) AS "
            "unique_events FROM events")[0]
        totals["articles"] = self._run("SELECT count(*) AS n FROM articles")[0]["n"]
        flt = EventFilter(date_from=date_from, date_to=date_to)
        where, params = flt.where()
        series = self._run(
            f"SELECT date_trunc('{interval}', date)::DATE AS bucket, count(*) AS mentions, {self._counts()}, "
            f"round(avg(goldstein), 3) AS goldstein FROM events WHERE {where} AND "
            "date IS NOT NULL GROUP BY bucket ORDER BY bucket", params)
        top_roots = self._run(f"SELECT cameo_root, count(*) AS events FROM events WHERE {where} GROUP BY cameo_root "
                              "ORDER BY events DESC, cameo_root LIMIT 20", params)
        return {"totals": _clean(totals), "interval": interval, "series": [_clean(r) for r in series],
                "top_actors": self.top_actors(flt, 10), "top_dyads": self.dyads(flt, False, 10),
                "top_roots": top_roots}

    def top_actors(self, flt: EventFilter, limit: int) -> list[dict[str, Any]]:
        where, params = flt.where()
        rows = self._run(
            f"SELECT code, count(*) AS events, round(avg(goldstein), 3) AS goldstein FROM ("
            f"SELECT source_code AS code, goldstein FROM events WHERE {where} UNION ALL "
            f"SELECT target_code, goldstein FROM events WHERE {where}) WHERE code IS NOT NULL "
            "GROUP BY code ORDER BY events DESC, code LIMIT ?", [*params, *params, limit])
        names = self.actor_names()
        for r in rows:
            r["name"] = names.get(r["code"], r["code"])
        return rows

    def locations(self, flt: EventFilter, limit: int) -> list[dict[str, Any]]:
        """Places with coordinates and how many events happened there (empty until geolocation exists)."""
        where, params = flt.where()
        cond = "location_lat IS NOT NULL AND location_lon IS NOT NULL"
        return self._run(
            "SELECT location_name AS name, location_country AS country, round(avg(location_lat), 4) AS lat, "
            "round(avg(location_lon), 4) AS lon, count(*) AS events, round(avg(goldstein), 3) AS goldstein, "
            f"arg_max(id, date) AS latest_event FROM events WHERE {where} AND {cond} "
            "GROUP BY location_name, location_country ORDER BY events DESC, name LIMIT ?", [*params, limit])
