"""Counts by actor, dyad, country and CAMEO code: the one definition behind the overview, the dyad and network
views, the type-ahead and ``detente stats``.

Why one module: each table used to count in its own way (an actor on both sides of an event counted twice in
the overview, once in ``stats``; a dyad by code in the table, by code or country in its drill-down), so the
same question got different numbers. Here an actor's events are exactly the events :class:`EventFilter` finds
with ``actor=CODE``, a dyad's those it finds with ``dyad=A-B``, and a country's those with ``country=X``:

- a side's *identities* are its code (organisation, else country) and, for an organisation with a country,
  that country too (the Ukrainian army is UAF and UKR): the codes ``actor=`` matches, bar CAMEO actor codes;
- an event counts once for each identity of either side (an actor on both sides counts once), once for each
  pair of different identities facing each other (a domestic event is no dyad), once for each map country.

An *event* is an ``event_key`` (same day, dyad and code: dedup.py), however many articles report it; its stored
rows are its *reports* (``mentions``). Tables count events (and give reports beside them): counting rows made
the overview say 118 events of a dyad where the dyad explorer said 114 events, 118 reports.

Counting each key once is a DISTINCT aggregate, 5-20 times the cost of ``count(*)`` on a million rows. A store
that cannot change (the web's read-only connection) keeps a copy of its *repeated* rows, those whose key has
more than one row (:func:`attach_repeats`: usually a few per cent), and then counts exactly and fast:
events = rows - (repeated rows - their distinct keys), each term over the same filter and groups. Without
that copy (``repeats=None``: a store being written) the counts are plain DISTINCT counts, the same numbers.

Every function takes a connection (or cursor) and a filter; values stay bound parameters.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import duckdb

from detente.store.query import EventFilter

# a side's second identity: the country of an organisation that has one (NULL for almost every row)
_S2 = "CASE WHEN source_country <> source_code THEN source_country END"
_T2 = "CASE WHEN target_country <> target_code THEN target_country END"


def _dicts(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _run(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = con.cursor()
    try:
        return _dicts(cur.execute(sql, params))
    finally:
        cur.close()


REPEATS = "detente_mem.repeats"
"""The copy of the repeated rows that :func:`attach_repeats` makes (a fixed name, spliced as a table)."""

QUADS: dict[str, str] = {f"q{q}": f"quad_class = {q}" for q in (1, 2, 3, 4)}
"""Counts per quad class, as ``counted`` columns of :func:`grouped`."""


def attach_repeats(con: duckdb.DuckDBPyConnection) -> str:
    """Copy the rows whose ``event_key`` has more than one row into an in-memory table every cursor of ``con``
    sees, and return its name (:data:`REPEATS`) for the ``repeats`` argument of the counts here.

    Only for a store that cannot change while it is used (a read-only connection): the copy is not kept up to
    date. Its size is that of the repeated reports (wire copies reported by several outlets), not the store's.
    """
    con.execute("ATTACH IF NOT EXISTS ':memory:' AS detente_mem (READ_WRITE)")
    con.execute(f"CREATE OR REPLACE TABLE {REPEATS} AS SELECT * FROM events WHERE event_key IN "
                "(SELECT event_key FROM events GROUP BY event_key HAVING count(*) > 1)")
    return REPEATS


def grouped(rows: Callable[[str], tuple[str, list[Any]]], group: Sequence[str], counted: Mapping[str, str | None],
            other: str = "", unique: bool = True, repeats: str | None = None) -> tuple[str, list[Any]]:
    """``SELECT group, mentions, counted..., other FROM rows GROUP BY group``, each ``counted`` column (name ->
    condition, or None for all rows) counting every event once (``unique``) or every report.

    ``rows(table)`` gives the SQL of the rows to count read from ``table``, with its parameters; ``other`` adds
    aggregates over all reports (``, round(avg(goldstein), 3) AS goldstein``). With ``repeats`` (see the module
    docstring) the events are the reports less the extra reports of the repeated rows, read from that copy
    with the same filter; groups are matched with IS NOT DISTINCT FROM (an undated month is a group too).
    """
    def count(cond: str | None, distinct: bool) -> str:
        return ("count(DISTINCT event_key)" if distinct else "count(*)") + (f" FILTER ({cond})" if cond else "")

    keys = ", ".join(group)
    select, by = (f"{keys}, ", f" GROUP BY {keys}") if group else ("", "")
    sql, params = rows("events")
    if not unique or repeats is None:
        cols = ", ".join(f"{count(c, unique)} AS {name}" for name, c in counted.items())
        return f"SELECT {select}count(*) AS mentions, {cols}{other} FROM ({sql}){by}", params
    main = ", ".join(f"{count(c, False)} AS {name}" for name, c in counted.items())
    extra = ", ".join(f"{count(c, False)} - {count(c, True)} AS {name}" for name, c in counted.items())
    less = ", ".join(f"m.{name} - coalesce(r.{name}, 0) AS {name}" for name in counted)
    on = " AND ".join(f"m.{k} IS NOT DISTINCT FROM r.{k}" for k in group) or "TRUE"
    rsql, rparams = rows(repeats)
    return (f"SELECT m.* REPLACE ({less}) FROM (SELECT {select}count(*) AS mentions, {main}{other} FROM ({sql}){by}) m "
            f"LEFT JOIN (SELECT {select}{extra} FROM ({rsql}){by}) r ON {on}"), [*params, *rparams]


def filtered(flt: EventFilter, columns: str = "*", extra: str = "TRUE", extra_params: Sequence[Any] = ()
             ) -> Callable[[str], tuple[str, list[Any]]]:
    """``rows`` for :func:`grouped`: the ``columns`` of the rows of a table that ``flt`` keeps, and ``extra`` (SQL
    of this package, its values in ``extra_params``)."""
    where, params = flt.where()
    return lambda table: (f"SELECT {columns} FROM {table} WHERE {where} AND {extra}", [*params, *extra_params])


def count_events(con: duckdb.DuckDBPyConnection, flt: EventFilter, repeats: str | None = None,
                 extra: str = "TRUE", extra_params: Sequence[Any] = ()) -> dict[str, int]:
    """How many events (each ``event_key`` once) and reports (``mentions``) ``flt`` (and ``extra``) keeps."""
    sql, params = grouped(filtered(flt, "event_key", extra, extra_params), (), {"events": None}, repeats=repeats)
    return _run(con, sql, params)[0]


def _rows(flt: EventFilter, table: str) -> tuple[str, str, list[Any]]:
    """Where the four scans of :func:`actor_rows` and :func:`dyad_rows` read: the table itself when nothing is
    filtered (four plain scans are cheap), else the filtered rows, computed once (``f``)."""
    where, params = flt.where()
    if where == "TRUE":
        return table, "TRUE", []
    return "f", "TRUE", params


def _with(flt: EventFilter, columns: str, sql: str, table: str) -> str:
    where, _ = flt.where()
    if where == "TRUE":
        return sql
    return (f"WITH f AS MATERIALIZED (SELECT {columns}, source_code, source_country, target_code, target_country "
            f"FROM {table} WHERE {where}) {sql}")


def actor_rows(flt: EventFilter, columns: str = "goldstein", dual: bool = True, table: str = "events"
               ) -> tuple[str, list[Any]]:
    """SQL giving one row (``code``, then ``columns`` of the event) per event and identity of either side.

    Four scans, one per identity (source code, source's country, target code, target's country), each keeping
    only what no earlier one gave. ``dual=False`` (the store has no organisation with a country of its own:
    :func:`has_dual`) leaves out the two scans that could only find nothing.
    """
    if not dual:  # two plain scans, as cheap as counting codes
        where, params = flt.where()
        sql = (f"SELECT source_code AS code, {columns} FROM {table} WHERE {where} AND source_code IS NOT NULL "
               f"UNION ALL SELECT target_code, {columns} FROM {table} WHERE {where} AND target_code IS NOT NULL "
               "AND target_code IS DISTINCT FROM source_code")
        return sql, params * 2
    rows, where, params = _rows(flt, table)
    sql = (f"SELECT source_code AS code, {columns} FROM {rows} WHERE {where} AND source_code IS NOT NULL "
           f"UNION ALL SELECT source_country, {columns} FROM {rows} WHERE {where} AND source_country <> source_code "
           f"UNION ALL SELECT target_code, {columns} FROM {rows} WHERE {where} AND target_code IS NOT NULL "
           f"AND target_code IS DISTINCT FROM source_code AND target_code IS DISTINCT FROM {_S2} "
           f"UNION ALL SELECT target_country, {columns} FROM {rows} WHERE {where} "
           f"AND target_country <> target_code AND target_country IS DISTINCT FROM source_code "
           f"AND target_country IS DISTINCT FROM {_S2}")
    return _with(flt, columns, sql, table), params


def top_actors(con: duckdb.DuckDBPyConnection, flt: EventFilter, limit: int | None, dual: bool = True,
               repeats: str | None = None) -> list[dict[str, Any]]:
    """Actors by the number of events they are in (either side, once per event), with their reports
    (``mentions``) and mean Goldstein (over reports)."""
    sql, params = grouped(lambda table: actor_rows(flt, "event_key, goldstein", dual, table), ("code",),
                          {"events": None}, ", round(avg(goldstein), 3) AS goldstein", repeats=repeats)
    sql = f"SELECT code, events, mentions, goldstein FROM ({sql}) ORDER BY events DESC, mentions DESC, code"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return _run(con, sql, params)


def dyad_rows(flt: EventFilter, directed: bool, columns: str, dual: bool = True, table: str = "events"
              ) -> tuple[str, list[Any]]:
    """SQL giving one row (``a``, ``b``, then ``columns``) per event and pair of different identities facing
    each other; undirected pairs have ``a < b``. One scan per pair of identities (code or organisation's
    country on each side), each dropping a pair an earlier one gave; all but the first touch few rows."""
    def pair(x: str, y: str) -> str:
        return f"{x}, {y}" if directed else f"least({x}, {y}), greatest({x}, {y})"

    s1, t1 = "source_code", "target_code"
    if not dual:  # one plain scan, as cheap as counting code pairs
        where, params = flt.where()
        sql = f"SELECT {pair(s1, t1)}, {columns} FROM {table} WHERE {where} AND {s1} <> {t1}"
        return f"SELECT * FROM ({sql}) d(a, b, {columns})", params
    rows, where, params = _rows(flt, table)
    sql = (f"SELECT {pair(s1, t1)}, {columns} FROM {rows} WHERE {where} AND {s1} <> {t1} "
           f"UNION ALL SELECT {pair(s1, _T2)}, {columns} FROM {rows} WHERE {where} AND {s1} <> {_T2} "
           f"UNION ALL SELECT {pair(_S2, t1)}, {columns} FROM {rows} WHERE {where} AND {_S2} <> {t1}"
           f"{'' if directed else f' AND NOT coalesce({_S2} = {_T2} AND {t1} = {s1}, false)'} "
           f"UNION ALL SELECT {pair(_S2, _T2)}, {columns} FROM {rows} WHERE {where} AND {_S2} <> {_T2}"
           f"{'' if directed else f' AND NOT coalesce({_S2} = {t1} AND {_T2} = {s1}, false)'}")
    return _with(flt, columns, f"SELECT * FROM ({sql}) d(a, b, {columns})", table), params


def dyads(con: duckdb.DuckDBPyConnection, flt: EventFilter, directed: bool = False, limit: int | None = 25,
          unique: bool = True, dual: bool = True, repeats: str | None = None) -> list[dict[str, Any]]:
    """Dyads by volume with counts per quad class (events, or every report without ``unique``), reports
    (``mentions``), mean Goldstein, first and last date."""
    sql, params = grouped(lambda table: dyad_rows(flt, directed, "event_key, quad_class, goldstein, date", dual,
                                                  table), ("a", "b"), {"events": None, **QUADS},
                          ", round(avg(goldstein), 3) AS goldstein, min(date) AS first, max(date) AS last",
                          unique, repeats)
    sql = (f"SELECT a, b, mentions, events, q1, q2, q3, q4, goldstein, first, last FROM ({sql}) "
           "ORDER BY events DESC, mentions DESC, a, b")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return _run(con, sql, params)


def has_dual(con: duckdb.DuckDBPyConnection) -> bool:
    """Does any event have a side with two identities (an organisation with a country of its own)?"""
    return _run(con, "SELECT EXISTS (SELECT 1 FROM events WHERE source_country <> source_code OR "
                     "target_country <> target_code) AS dual", [])[0]["dual"]


def countries(con: duckdb.DuckDBPyConnection, flt: EventFilter, repeats: str | None = None) -> list[dict[str, Any]]:
    """Events per map country: the event's location's country, else each (different) actor country; with how
    many of them were placed by their location, the reports (``mentions``) and the mean Goldstein."""
    where, params = flt.where()

    def rows(table: str) -> tuple[str, list[Any]]:
        return (f"""SELECT location_country AS country, true AS located, event_key, goldstein FROM {table}
            WHERE {where} AND location_country IS NOT NULL
        UNION ALL SELECT source_country, false, event_key, goldstein FROM {table}
            WHERE {where} AND location_country IS NULL AND source_country IS NOT NULL
        UNION ALL SELECT target_country, false, event_key, goldstein FROM {table}
            WHERE {where} AND location_country IS NULL AND target_country IS NOT NULL
            AND target_country IS DISTINCT FROM source_country""", params * 3)

    sql, args = grouped(rows, ("country",), {"events": None, "located": "located"},
                        ", round(avg(goldstein), 3) AS goldstein", repeats=repeats)
    return _run(con, f"SELECT country, events, located, mentions, goldstein FROM ({sql}) "
                     "ORDER BY events DESC, mentions DESC, country", args)


def top_codes(con: duckdb.DuckDBPyConnection, flt: EventFilter, limit: int, repeats: str | None = None
              ) -> list[dict[str, Any]]:
    """The most frequent CAMEO event codes, with their label, quad class and Goldstein value, their events
    (each ``event_key`` once) and reports (``mentions``), and their ``share`` of all the filter's events.

    Why the share is computed here, over every matching event: a share of the returned top rows only read
    "050: 36, 49 %" for a dyad of 114 events. An event's key includes its code, so the codes' distinct counts
    add up to the filter's distinct events: one scan gives both.
    """
    sql, params = grouped(filtered(flt), ("cameo",), {"events": None},
                          ", any_value(cameo_label) AS label, any_value(quad_class) AS quad_class, "
                          "any_value(goldstein) AS goldstein", repeats=repeats)
    return _run(con, "SELECT cameo, label, quad_class, goldstein, events, mentions, "
                     "round(events / nullif(total, 0), 5) AS share FROM ("
                     f"SELECT *, sum(events) OVER () AS total FROM ({sql})) WHERE cameo IS NOT NULL "
                     "ORDER BY events DESC, mentions DESC, cameo LIMIT ?", [*params, limit])
