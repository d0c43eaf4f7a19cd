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

Every function takes a connection (or cursor) and a filter; values stay bound parameters.
"""

from __future__ import annotations

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


def counts(unique: bool = False) -> str:
    """``events`` and per-quad ``q1``..``q4``: every stored mention, or with ``unique`` each ``event_key`` once
    (an event several articles report; exact, but a distinct count costs more on broad aggregates)."""
    count = "count(DISTINCT event_key)" if unique else "count(*)"
    return f"{count} AS events, " + ", ".join(f"{count} FILTER (quad_class = {q}) AS q{q}" for q in (1, 2, 3, 4))


def _rows(flt: EventFilter, columns: str) -> tuple[str, str, list[Any]]:
    """Where the four scans of :func:`actor_rows` and :func:`dyad_rows` read: the events table itself when
    nothing is filtered (four plain scans are cheap), else the filtered rows, computed once (``f``)."""
    where, params = flt.where()
    if where == "TRUE":
        return "events", "TRUE", []
    return "f", "TRUE", params


def _with(flt: EventFilter, columns: str, sql: str) -> str:
    where, _ = flt.where()
    if where == "TRUE":
        return sql
    return (f"WITH f AS MATERIALIZED (SELECT {columns}, source_code, source_country, target_code, target_country "
            f"FROM events WHERE {where}) {sql}")


def actor_rows(flt: EventFilter, columns: str = "goldstein", dual: bool = True) -> tuple[str, list[Any]]:
    """SQL giving one row (``code``, then ``columns`` of the event) per event and identity of either side.

    Four scans, one per identity (source code, source's country, target code, target's country), each keeping
    only what no earlier one gave. ``dual=False`` (the store has no organisation with a country of its own:
    :func:`has_dual`) leaves out the two scans that could only find nothing.
    """
    if not dual:  # two plain scans, as cheap as counting codes
        where, params = flt.where()
        sql = (f"SELECT source_code AS code, {columns} FROM events WHERE {where} AND source_code IS NOT NULL "
               f"UNION ALL SELECT target_code, {columns} FROM events WHERE {where} AND target_code IS NOT NULL "
               "AND target_code IS DISTINCT FROM source_code")
        return sql, params * 2
    rows, where, params = _rows(flt, columns)
    sql = (f"SELECT source_code AS code, {columns} FROM {rows} WHERE {where} AND source_code IS NOT NULL "
           f"UNION ALL SELECT source_country, {columns} FROM {rows} WHERE {where} AND source_country <> source_code "
           f"UNION ALL SELECT target_code, {columns} FROM {rows} WHERE {where} AND target_code IS NOT NULL "
           f"AND target_code IS DISTINCT FROM source_code AND target_code IS DISTINCT FROM {_S2} "
           f"UNION ALL SELECT target_country, {columns} FROM {rows} WHERE {where} "
           f"AND target_country <> target_code AND target_country IS DISTINCT FROM source_code "
           f"AND target_country IS DISTINCT FROM {_S2}")
    return _with(flt, columns, sql), params


def top_actors(con: duckdb.DuckDBPyConnection, flt: EventFilter, limit: int | None, dual: bool = True
               ) -> list[dict[str, Any]]:
    """Actors by the number of events they are in (either side, once per event), with mean Goldstein."""
    rows, params = actor_rows(flt, dual=dual)
    sql = (f"SELECT code, count(*) AS events, round(avg(goldstein), 3) AS goldstein FROM ({rows}) "
           "GROUP BY code ORDER BY events DESC, code")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return _run(con, sql, params)


def dyad_rows(flt: EventFilter, directed: bool, columns: str, dual: bool = True) -> tuple[str, list[Any]]:
    """SQL giving one row (``a``, ``b``, then ``columns``) per event and pair of different identities facing
    each other; undirected pairs have ``a < b``. One scan per pair of identities (code or organisation's
    country on each side), each dropping a pair an earlier one gave; all but the first touch few rows."""
    def pair(x: str, y: str) -> str:
        return f"{x}, {y}" if directed else f"least({x}, {y}), greatest({x}, {y})"

    s1, t1 = "source_code", "target_code"
    if not dual:  # one plain scan, as cheap as counting code pairs
        where, params = flt.where()
        sql = f"SELECT {pair(s1, t1)}, {columns} FROM events WHERE {where} AND {s1} <> {t1}"
        return f"SELECT * FROM ({sql}) d(a, b, {columns})", params
    rows, where, params = _rows(flt, columns)
    sql = (f"SELECT {pair(s1, t1)}, {columns} FROM {rows} WHERE {where} AND {s1} <> {t1} "
           f"UNION ALL SELECT {pair(s1, _T2)}, {columns} FROM {rows} WHERE {where} AND {s1} <> {_T2} "
           f"UNION ALL SELECT {pair(_S2, t1)}, {columns} FROM {rows} WHERE {where} AND {_S2} <> {t1}"
           f"{'' if directed else f' AND NOT coalesce({_S2} = {_T2} AND {t1} = {s1}, false)'} "
           f"UNION ALL SELECT {pair(_S2, _T2)}, {columns} FROM {rows} WHERE {where} AND {_S2} <> {_T2}"
           f"{'' if directed else f' AND NOT coalesce({_S2} = {t1} AND {_T2} = {s1}, false)'}")
    return _with(flt, columns, f"SELECT * FROM ({sql}) d(a, b, {columns})"), params


def dyads(con: duckdb.DuckDBPyConnection, flt: EventFilter, directed: bool = False, limit: int | None = 25,
          unique: bool = False, dual: bool = True) -> list[dict[str, Any]]:
    """Dyads by volume with counts per quad class, mean Goldstein, first and last date."""
    rows, params = dyad_rows(flt, directed, "event_key, quad_class, goldstein, date", dual)
    sql = (f"SELECT a, b, count(*) AS mentions, {counts(unique)}, round(avg(goldstein), 3) AS goldstein, "
           f"min(date) AS first, max(date) AS last FROM ({rows}) GROUP BY a, b "
           "ORDER BY events DESC, mentions DESC, a, b")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return _run(con, sql, params)


def has_dual(con: duckdb.DuckDBPyConnection) -> bool:
    """Does any event have a side with two identities (an organisation with a country of its own)?"""
    return _run(con, "SELECT EXISTS (SELECT 1 FROM events WHERE source_country <> source_code OR "
                     "target_country <> target_code) AS dual", [])[0]["dual"]


def countries(con: duckdb.DuckDBPyConnection, flt: EventFilter) -> list[dict[str, Any]]:
    """Events per map country: the event's location's country, else each (different) actor country; with how
    many of them were placed by their location and the mean Goldstein."""
    where, params = flt.where()
    sql = f"""SELECT country, count(*) AS events, count(*) FILTER (located) AS located,
                     round(avg(goldstein), 3) AS goldstein FROM (
        SELECT location_country AS country, true AS located, goldstein FROM events
            WHERE {where} AND location_country IS NOT NULL
        UNION ALL SELECT source_country, false, goldstein FROM events
            WHERE {where} AND location_country IS NULL AND source_country IS NOT NULL
        UNION ALL SELECT target_country, false, goldstein FROM events
            WHERE {where} AND location_country IS NULL AND target_country IS NOT NULL
            AND target_country IS DISTINCT FROM source_country)
        GROUP BY country ORDER BY events DESC, country"""
    return _run(con, sql, params * 3)


def top_codes(con: duckdb.DuckDBPyConnection, flt: EventFilter, limit: int) -> list[dict[str, Any]]:
    """The most frequent CAMEO event codes, with their label, quad class and Goldstein value, their events
    (each ``event_key`` once) and reports (``mentions``), and their ``share`` of all the filter's events.

    Why the share is computed here, over every matching event: a share of the returned top rows only read
    "050: 36, 49 %" for a dyad of 114 events. An event's key includes its code, so the codes' distinct counts
    add up to the filter's distinct events: one scan gives both.
    """
    where, params = flt.where()
    return _run(con, "SELECT cameo, label, quad_class, goldstein, events, mentions, "
                     "round(events / nullif(total, 0), 5) AS share FROM ("
                     "SELECT *, sum(events) OVER () AS total FROM (SELECT cameo, any_value(cameo_label) AS label, "
                     "any_value(quad_class) AS quad_class, any_value(goldstein) AS goldstein, "
                     "count(DISTINCT event_key) AS events, count(*) AS mentions FROM events "
                     f"WHERE {where} GROUP BY cameo)) WHERE cameo IS NOT NULL "
                     "ORDER BY events DESC, mentions DESC, cameo LIMIT ?", [*params, limit])
