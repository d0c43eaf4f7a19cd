"""``detente stats``: what is in an event store, at a glance and as JSON.

Why: before exporting or analysing, a user wants to know whether the ingest did what they expected (how many
articles and duplicates, which period, which actors and dyads dominate, how cooperation and conflict are
spread over time). Everything is one aggregate query per section against the ``events`` and ``articles``
tables, so it stays fast on millions of events and never loads rows into Python. Queries name their columns
(no ``SELECT *``) so a store that an ingest has extended with more columns still works.

Every count is of events, each ``event_key`` once however many articles report it, as in the dashboard and the
default ``detente export``; the stored rows are shown beside them as reports. (Counting rows here and events
there gave two numbers for one question.) The counts read a copy of the repeated reports
(:func:`detente.store.aggregate.attach_repeats`): the store does not change while they are computed, and a
million events take a fraction of a second instead of seconds.
"""

from __future__ import annotations

from typing import Any

import duckdb
from rich import box
from rich.console import Group
from rich.table import Table

from detente.ontology import QUAD_CLASS_LABELS, ROOT_LABELS
from detente.store import aggregate
from detente.store.actors import lexicon_names
from detente.store.export import readonly_settings
from detente.store.query import EventFilter


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> tuple[Any, ...]:
    return con.execute(sql, params or []).fetchone()


def _mean(value: float | None) -> float | None:
    return None if value is None else round(float(value), 2)


def _names(con: duckdb.DuckDBPyConnection, codes: list[str]) -> dict[str, str]:
    """The lexicon's canonical name of each code (DEU is "Germany", not "Angela Merkel"), else the name the
    events use most for it."""
    known = lexicon_names()
    names = {c: known[c] for c in codes if c in known}
    missing = [c for c in codes if c not in names]
    if missing:
        names.update(con.execute(
            "SELECT code, mode(name) FROM (SELECT source_code AS code, source_name AS name FROM events UNION ALL "
            "SELECT target_code, target_name FROM events) WHERE list_contains(?, code) GROUP BY code",
            [missing]).fetchall())
    return names


def compute_stats(con: duckdb.DuckDBPyConnection, top: int = 10) -> dict[str, Any]:
    """All the numbers ``detente stats`` shows, as a JSON-ready dict (dates as YYYY-MM-DD strings)."""
    readonly_settings(con)
    total, dups, sources = _one(con, "SELECT count(*), count(duplicate_of), count(DISTINCT source_name) "
                                     "FROM articles")
    # the same counts as the overview and as `--actor CODE` (store/aggregate.py); names as the dashboard shows them
    dual, repeats = aggregate.has_dual(con), aggregate.attach_repeats(con)
    everything = EventFilter()

    def counted(group: str, counts: dict[str, str | None], order: str, other: str = "") -> list[tuple[Any, ...]]:
        """Per ``group`` (a column, or "" for all): its value, the reports, the ``counts`` of events, ``other``."""
        sql, params = aggregate.grouped(
            aggregate.filtered(everything, f"{group + ', ' if group else ''}event_key, quad_class, date"),
            (group.split(" AS ")[-1],) if group else (), counts, other, repeats=repeats)
        return con.execute(f"SELECT * FROM ({sql}) ORDER BY {order}", params).fetchall()

    reports, n_events, dated, first, last = counted("", {"total": None, "dated": "date IS NOT NULL"}, "1",
                                                    ", min(date) AS first, max(date) AS last")[0]
    actors = aggregate.top_actors(con, everything, top, dual, repeats)
    dyads = aggregate.dyads(con, everything, directed=True, limit=top, dual=dual, repeats=repeats)
    names = _names(con, [r["code"] for r in actors])
    months = [(m, *quads, n) for m, _, n, *quads in counted("strftime(date, '%Y-%m') AS month",
                                                            {"n": None, **aggregate.QUADS}, "month NULLS LAST")]
    roots = [(r, n) for r, _, n in counted("cameo_root", {"n": None}, "cameo_root NULLS LAST")]
    plover = [(p, n) for p, _, n in counted("plover_event", {"n": None}, "n DESC, plover_event NULLS LAST")]
    return {
        "articles": {"total": total, "duplicates": dups, "sources": sources},
        "events": {"total": n_events, "reports": reports, "dated": dated,
                   "first_date": first.isoformat() if first else None,
                   "last_date": last.isoformat() if last else None},
        "top_actors": [{"code": r["code"], "name": names.get(r["code"]), "events": r["events"],
                        "mean_goldstein": _mean(r["goldstein"])} for r in actors],
        "top_dyads": [{"source": r["a"], "target": r["b"], "events": r["events"],
                       "mean_goldstein": _mean(r["goldstein"])} for r in dyads],
        "by_month": [{"month": m, "q1": q1, "q2": q2, "q3": q3, "q4": q4, "total": n}
                     for m, q1, q2, q3, q4, n in months],
        "by_root": [{"root": r, "label": ROOT_LABELS.get(r or "", ""), "events": n} for r, n in roots],
        "by_plover": [{"plover": p, "events": n} for p, n in plover],
    }


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, title_style="bold")
    for i, col in enumerate(columns):
        table.add_column(col, justify="left" if i == 0 or col in ("", "name", "label", "dyad") else "right")
    return table


_QUAD_HEADERS = ("Q1 verb coop", "Q2 mat coop", "Q3 verb confl", "Q4 mat confl")  # short: fit 80 columns


def _g(value: float | None) -> str:
    return "" if value is None else f"{value:+.2f}"


def render_stats(stats: dict[str, Any], db: str = "") -> Group:
    """Compact rich tables for a terminal: overview, top actors and dyads, month x quad class, roots, PLOVER."""
    a, e = stats["articles"], stats["events"]
    overview = _table(f"detente store {db}".strip(), "", "")
    overview.show_header = False
    overview.add_row("articles", f"{a['total']:,} ({a['duplicates']:,} duplicates, {a['sources']:,} sources)")
    events = f"{e['total']:,} (in {e['reports']:,} reports)"
    overview.add_row("events", events)
    span = f"{e['first_date']} .. {e['last_date']}" if e["first_date"] else "no dated events"
    overview.add_row("dates", span + (f" ({e['total'] - e['dated']:,} undated)" if e["total"] > e["dated"] else ""))

    actors = _table("top actors", "actor", "name", "events", "mean G")
    for r in stats["top_actors"]:
        actors.add_row(r["code"], r["name"] or "", f"{r['events']:,}", _g(r["mean_goldstein"]))
    dyads = _table("top dyads", "dyad", "events", "mean G")
    for r in stats["top_dyads"]:
        dyads.add_row(f"{r['source']} -> {r['target']}", f"{r['events']:,}", _g(r["mean_goldstein"]))

    months = _table("events by month and quad class", "month", *_QUAD_HEADERS, "total")
    months.caption = "; ".join(f"Q{q} {label.lower()}" for q, label in QUAD_CLASS_LABELS.items())
    for r in stats["by_month"]:
        months.add_row(r["month"] or "(no date)", *(f"{r[f'q{q}']:,}" for q in (1, 2, 3, 4)), f"{r['total']:,}")

    roots = _table("by CAMEO root", "root", "label", "events")
    for r in stats["by_root"]:
        roots.add_row(r["root"] or "-", r["label"], f"{r['events']:,}")
    plover = _table("by PLOVER type", "type", "events")
    for r in stats["by_plover"]:
        plover.add_row(r["plover"] or "(none)", f"{r['events']:,}")
    return Group(overview, actors, dyads, months, roots, plover)
