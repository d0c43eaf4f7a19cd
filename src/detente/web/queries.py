"""All the SQL behind the web API, in one module, parameterised throughout.

Why one module: every query the web runs lives here or in the store's shared modules (the filter,
store/query.py; the counts by actor, dyad and country, store/aggregate.py), so the dashboard, the API and
``detente stats``/``export`` cannot drift apart. They run over the store's one schema: ``open_store`` refuses
a file without ``event_key`` and the ``event_groups`` view, so nothing here probes for optional parts. Values
always travel as ``?`` parameters; the only strings spliced into SQL are column names and fragments chosen from
fixed whitelists. The connection is read-only, so the data cannot change while the server runs: the actor
catalogue is computed once and kept.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from detente.store import aggregate
from detente.store.actors import StoreTerms, lexicon_names
from detente.store.export import EXPORT_COLUMNS, event_rows
from detente.store.query import SORTS, EventFilter
from detente.web.geo import map_ids

__all__ = ["INTERVALS", "LIST_COLUMNS", "SORTS", "EventFilter", "Queries", "Series"]

INTERVALS = ("day", "week", "month", "quarter", "year")
LIST_COLUMNS = ("id", "article_id", "sentence_index", "sentence", "date", "date_precision", "source_text",
                "source_name", "source_code", "source_sector", "target_text", "target_name", "target_code",
                "target_sector", "cameo", "cameo_root", "cameo_label", "plover_event", "plover_mode", "quad_class",
                "goldstein", "confidence", "trigger_text", "location_name", "location_country")


@dataclass(frozen=True)
class Series:
    """One line of a time series: every event of the filter, one actor's (``a``), or a dyad's (``a``, ``b``)."""

    label: str
    a: str | None = None
    b: str | None = None

    def filter(self, base: EventFilter) -> EventFilter:
        if self.a is None:
            return base
        if self.b is None:
            return dataclasses.replace(base, actor=(self.a,))
        return dataclasses.replace(base, dyad=((self.a, self.b),))


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def _clean(row: dict[str, Any]) -> dict[str, Any]:
    return {k: _iso(v) for k, v in row.items()}


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 5) if whole else None


def bucket_of(interval: str, day: dt.date) -> dt.date:
    """The first day of the bucket holding ``day`` (weeks start on Monday, as DuckDB's date_trunc)."""
    if interval == "day":
        return day
    if interval == "week":
        return day - dt.timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    if interval == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    return day.replace(month=1, day=1)


def buckets(interval: str, date_from: dt.date, date_to: dt.date) -> list[dt.date]:
    """Every bucket from the one holding ``date_from`` to the one holding ``date_to``: a continuous axis."""
    out, b = [], bucket_of(interval, date_from)
    while b <= date_to:
        out.append(b)
        if interval in ("day", "week"):
            b += dt.timedelta(days=1 if interval == "day" else 7)
        else:
            months = b.month - 1 + {"month": 1, "quarter": 3, "year": 12}[interval]
            b = b.replace(year=b.year + months // 12, month=months % 12 + 1)
    return out


def bucket_count(interval: str, date_from: dt.date, date_to: dt.date) -> int:
    """How many buckets of ``interval`` a period spans (both ends included)."""
    if interval == "day":
        return (date_to - date_from).days + 1
    if interval == "week":
        return (date_to - date_from).days // 7 + 2
    months = (date_to.year - date_from.year) * 12 + date_to.month - date_from.month + 1
    return {"month": months, "quarter": months // 3 + 2, "year": date_to.year - date_from.year + 1}[interval]


def auto_interval(date_from: dt.date, date_to: dt.date, most: int = 400) -> str:
    """The finest interval that cuts the period into at most ``most`` buckets (a readable bar chart)."""
    for interval in INTERVALS:
        if bucket_count(interval, date_from, date_to) <= most:
            return interval
    return "year"


class Queries:
    """The web's read-only queries over one DuckDB connection (a cursor per call, so threads can share it)."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.terms = StoreTerms(con, lambda: self.repeats)
        self._lock = threading.Lock()
        self._repeats: str | None = None

    @property
    def repeats(self) -> str:
        """The copy of the store's repeated reports that makes distinct-event counts cheap
        (:func:`detente.store.aggregate.attach_repeats`); made once: the connection is read-only."""
        with self._lock:
            if self._repeats is None:
                self._repeats = aggregate.attach_repeats(self.con)
            return self._repeats

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.cursor()
        try:
            return _dicts(cur.execute(sql, list(params)))
        finally:
            cur.close()

    def warm(self) -> None:
        """Compute what the server keeps for every answer (the actor catalogue and names, the codes, names and
        outlets that filters resolve against, whether an actor has two identities) before the first request."""
        self.terms.catalogue()
        self.terms.outlets()
        self.terms.dual()
        _ = self.repeats

    def names(self) -> dict[str, str]:
        return self.terms.names()

    def _named(self, rows: list[dict[str, Any]], *keys: str) -> list[dict[str, Any]]:
        names = self.names()
        for r in rows:
            for k in keys:
                r[f"{k}_name" if k != "code" else "name"] = names.get(r[k], r[k])
        return [_clean(r) for r in rows]

    # -- events -----------------------------------------------------------------------------------------
    def events(self, flt: EventFilter, sort: str = "-date", limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """One page of reports (stored events, newest first by default) with the article's outlet and title; the
        total of reports (``total``, what the pages run over) and of events (``events``: each ``event_key``
        once, the number every other view gives for the same filter)."""
        where, params = flt.where()
        cols = ", ".join(LIST_COLUMNS)
        rows = self._run(f"SELECT e.*, a.title AS article_title, a.source_name AS outlet FROM "
                         f"(SELECT {cols} FROM events WHERE {where} ORDER BY {SORTS[sort]}, id LIMIT ? OFFSET ?) e "
                         f"LEFT JOIN articles a ON a.id = e.article_id ORDER BY {_qualified(sort)}",
                         [*params, limit, offset])
        counted = aggregate.count_events(self.con, flt, self.repeats)
        return {"total": counted["mentions"], "events": counted["events"], "limit": limit, "offset": offset,
                "items": [_clean(r) for r in rows]}

    def events_csv(self, flt: EventFilter, sort: str, limit: int) -> Iterator[dict[str, Any]]:
        """The export rows of ``detente export --format csv`` (same columns, same writer), in ``sort`` order."""
        cur = self.con.cursor()
        try:
            yield from event_rows(cur, flt, sort, limit)
        finally:
            cur.close()

    def export_columns(self) -> tuple[str, ...]:
        """The columns of the events CSV: those of ``detente export --format csv``."""
        return EXPORT_COLUMNS

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One full events row, or None."""
        rows = self._run("SELECT * FROM events WHERE id = ?", [event_id])
        return rows[0] if rows else None

    def same_event(self, row: dict[str, Any]) -> dict[str, Any]:
        """Other reports of this event (mentions sharing its event_key), exact/near-duplicate copies of its
        article, and the merged counts."""
        cols = "e.id, e.article_id, e.sentence, e.date, a.title, a.url, a.source_name, a.date_published"
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

    # -- the store at a glance ----------------------------------------------------------------------------
    def date_range(self) -> dict[str, Any]:
        """First and last event date, the period charts show by default, and how many events have (no) date.

        The default period starts at the 1st percentile of dated reports, so that one event dated 1002 does not
        squeeze the rest into one bar, and ends at the newest event: the newest events are what a reader looks
        for (cutting at the 99th percentile hid the 13 newest events of a 2,000-event store).
        """
        sql, params = aggregate.grouped(
            aggregate.filtered(EventFilter(), "event_key, date"), (), {"dated": "date IS NOT NULL",
                                                                      "undated": "date IS NULL"},
            ", min(date) AS lo, max(date) AS hi, quantile_disc(date, 0.01) AS p01", repeats=self.repeats)
        row = self._run(sql, params)[0]
        lo, hi = row["lo"], row["hi"]
        typical_from = row["p01"] if row["dated"] >= 100 else lo
        outside = 0
        if typical_from != lo:
            outside = aggregate.count_events(self.con, EventFilter(), self.repeats, "date < ?",
                                             [typical_from])["events"]
        return {"date_from": _iso(lo), "date_to": _iso(hi), "typical_from": _iso(typical_from),
                "typical_to": _iso(hi), "outside_typical": outside, "dated": row["dated"],
                "undated": row["undated"]}

    def summary(self, flt: EventFilter) -> dict[str, Any]:
        """The overview: events (each ``event_key`` once) and reports, undated events, top actors, dyads and CAMEO
        roots by events, with their shares of all events."""
        sql, params = aggregate.grouped(
            aggregate.filtered(flt, "event_key, date, goldstein"), (), {"events": None, "undated": "date IS NULL"},
            ", min(date) AS first, max(date) AS last, round(avg(goldstein), 3) AS goldstein", repeats=self.repeats)
        totals = self._run(sql, params)[0]
        totals["articles"] = self._run("SELECT count(*) AS n FROM articles")[0]["n"]
        n, dual = totals["events"], self.terms.dual()
        actors = self._named(aggregate.top_actors(self.con, flt, 10, dual, self.repeats), "code")
        dyads = self._named(aggregate.dyads(self.con, flt, False, 10, dual=dual, repeats=self.repeats), "a", "b")
        sql, params = aggregate.grouped(aggregate.filtered(flt, "cameo_root, event_key"), ("cameo_root",),
                                        {"events": None}, repeats=self.repeats)
        roots = self._run(f"SELECT cameo_root, events, mentions FROM ({sql}) ORDER BY events DESC, mentions DESC, "
                          "cameo_root LIMIT 20", params)
        for r in (*actors, *dyads, *roots):
            r["share"] = _share(r["events"], n)
        return {"totals": _clean(totals), "top_actors": actors, "top_dyads": dyads, "top_roots": roots}

    # -- aggregates --------------------------------------------------------------------------------------
    def dyads(self, flt: EventFilter, directed: bool, limit: int, unique: bool = False,
              share: bool = False) -> list[dict[str, Any]]:
        """Top dyads by volume with counts per quad class (events with ``unique``, else reports), mean Goldstein
        and, with ``share``, their share of all (filtered) events, counted the same way."""
        rows = self._named(aggregate.dyads(self.con, flt, directed, limit, unique, self.terms.dual(), self.repeats),
                           "a", "b")
        if share:
            total = aggregate.count_events(self.con, flt, self.repeats)["events" if unique else "mentions"]
            for r in rows:
                r["share"] = _share(r["events"], total)
        return rows

    def codes(self, flt: EventFilter, limit: int) -> list[dict[str, Any]]:
        """The most frequent CAMEO event codes among the filtered events (e.g. of one dyad), each with its share
        of all of them (not of the rows returned)."""
        return aggregate.top_codes(self.con, flt, limit, self.repeats)

    def daily(self, series: Sequence[Series], base: EventFilter, unique: bool = False,
              date_from: dt.date | None = None, date_to: dt.date | None = None,
              share: bool = False) -> tuple[list[dict], dict | None]:
        """Per day (and for the undated, under ``None``) each series' counts and, with ``share``, all events'
        counts (the share's denominator: events with ``unique``, else reports), over ``date_from``..``date_to``
        (default: all). One selective scan per series (and one for the denominator): the web's most frequent
        aggregate stays fast on millions of events.

        Counts per day add up to any bucket, distinct events too: an event's key includes its date.
        """
        period, period_params = "TRUE", []
        if date_from or date_to:
            period = "(date IS NULL OR (date >= ?::DATE AND date <= ?::DATE))"
            period_params = [date_from or dt.date.min, date_to or dt.date.max]
        base = dataclasses.replace(base, date_from=None, date_to=None)
        repeats = self.repeats if unique else None
        out = []
        for s in series:
            sql, params = aggregate.grouped(
                aggregate.filtered(s.filter(base), "date, event_key, quad_class, goldstein", period, period_params),
                ("date",), {"events": None, **aggregate.QUADS}, ", sum(goldstein) AS g, count(goldstein) AS n",
                unique, repeats)
            out.append({r.pop("date"): r for r in self._run(sql, params)})
        if not share:
            return out, None
        sql, params = aggregate.grouped(aggregate.filtered(base, "date, event_key", period, period_params),
                                        ("date",), {"events": None}, unique=unique, repeats=repeats)
        whole = {r["date"]: r["events"] for r in self._run(sql, params)}
        return out, whole

    def timeseries(self, series: Sequence[Series], days: list[dict], whole: dict | None, interval: str,
                   date_from: dt.date, date_to: dt.date) -> list[dict[str, Any]]:
        """Per bucket of a continuous axis from ``date_from`` to ``date_to`` (empty buckets are zeros and their
        Goldstein is null, a gap): mentions, events and counts per quad class, mean Goldstein, and (with
        ``whole``, the denominator from :meth:`daily`) the share of all events in that bucket, counted as the
        series are; plus each series' events without a date (no axis can show them), counted the same way."""
        assert interval in INTERVALS
        axis = buckets(interval, date_from, date_to)
        out = []
        for s, per_day in zip(series, days, strict=True):
            acc = {b: dict.fromkeys(("mentions", "events", "q1", "q2", "q3", "q4", "g", "n"), 0) for b in axis}
            all_events = dict.fromkeys(axis, 0)
            for day, row in per_day.items():
                if day is not None and date_from <= day <= date_to:
                    target = acc[bucket_of(interval, day)]
                    for k, v in row.items():
                        target[k] += v or 0
            for day, n in (whole or {}).items():
                if day is not None and date_from <= day <= date_to:
                    all_events[bucket_of(interval, day)] += n
            points = []
            for b, c in acc.items():
                g, n = c.pop("g"), c.pop("n")
                points.append({"bucket": b.isoformat(), **c, "goldstein": round(g / n, 3) if n else None,
                               "share": _share(c["events"], all_events[b]) if whole is not None else None})
            undated = per_day.get(None, {}).get("events", 0)
            out.append({"label": s.label, "a": s.a, "b": s.b, "undated": undated, "points": points})
        return out

    def network(self, flt: EventFilter, limit: int) -> dict[str, Any]:
        """Undirected edges (the busiest ``limit``) and their nodes with volumes."""
        edges = self.dyads(flt, directed=False, limit=limit, unique=True)
        nodes: dict[str, dict[str, Any]] = {}
        for e in edges:
            for side in ("a", "b"):
                node = nodes.setdefault(e[side], {"id": e[side], "name": e[f"{side}_name"], "events": 0})
                node["events"] += e["events"]
        return {"nodes": sorted(nodes.values(), key=lambda n: -n["events"]),
                "edges": [{"source": e["a"], "target": e["b"], "events": e["events"], "mentions": e["mentions"],
                           "goldstein": e["goldstein"], "q": [e["q1"], e["q2"], e["q3"], e["q4"]]} for e in edges]}

    def countries(self, flt: EventFilter) -> dict[str, Any]:
        """Events per map country (location, else actors; :func:`detente.store.aggregate.countries`)."""
        rows = aggregate.countries(self.con, flt, self.repeats)
        names, ids = {**lexicon_names(), **self.names()}, map_ids()
        for r in rows:
            r["name"], r["map_id"] = names.get(r["country"], r["country"]), ids.get(r["country"])
        unplaced = aggregate.count_events(self.con, flt, self.repeats, "location_country IS NULL AND "
                                          "source_country IS NULL AND target_country IS NULL")["events"]
        return {"items": rows, "unplaced": unplaced}

    def locations(self, flt: EventFilter, limit: int) -> list[dict[str, Any]]:
        """Places with coordinates and how many events (and reports) happened there."""
        sql, params = aggregate.grouped(
            aggregate.filtered(flt, "location_name AS name, location_country AS country, location_lat, location_lon, "
                                    "event_key, goldstein", "location_lat IS NOT NULL AND location_lon IS NOT NULL"),
            ("name", "country"), {"events": None}, ", round(avg(location_lat), 4) AS lat, "
            "round(avg(location_lon), 4) AS lon, round(avg(goldstein), 3) AS goldstein", repeats=self.repeats)
        return self._run(f"SELECT name, country, lat, lon, events, mentions, goldstein FROM ({sql}) "
                         "ORDER BY events DESC, mentions DESC, name LIMIT ?", [*params, limit])

    def outlets(self, limit: int = 200) -> list[dict[str, Any]]:
        """Outlets (article source names) by their number of articles (a count of events would join every event
        to its article: too slow for a page load on millions of events)."""
        return self._run("SELECT source_name AS name, count(*) AS articles FROM articles WHERE source_name IS NOT NULL "
                         "GROUP BY source_name ORDER BY articles DESC, name LIMIT ?", [limit])


def _qualified(sort: str) -> str:
    """The ORDER BY of a sort key over the page's alias ``e``, ids breaking ties (stable pages)."""
    return ", ".join(f"e.{part.strip()}" for part in SORTS[sort].split(",")) + ", e.id"
