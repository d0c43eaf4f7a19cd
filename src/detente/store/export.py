"""Exports of stored events: CSV, JSON Lines, Parquet and GDELT 2.0 event-table rows.

Why this module exists apart from the store: exports are read-only queries over a finished store, named
columns rather than ``SELECT *`` so the files keep one documented column order. ``open_store`` refuses a
file without the full schema, so every export can rely on ``event_key`` and the ``event_groups`` view.

Why it streams: a store can hold millions of events. Rows are pulled from DuckDB as Arrow record batches of
:data:`CHUNK_ROWS` and written out one batch at a time, so memory stays flat whatever the result size (DuckDB
itself spills its sort to disk when needed). Every user value reaches SQL as a bound parameter, never as text
pasted into the query.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

import duckdb

from detente.ontology import PLOVER_EVENTS
from detente.store import query as filters
from detente.store.database import EVENT_COLUMNS, row_to_event

FORMATS = ("csv", "jsonl", "parquet", "gdelt")
CHUNK_ROWS = 10_000
MEMORY_LIMIT = "1GB"
FLAT_COLUMNS: tuple[str, ...] = tuple(name for name, _ in EVENT_COLUMNS)
"""The flat (CSV/Parquet) columns: the ``events`` table's documented columns, in the store's order."""

# GDELT 2.0 event table, in GDELT's column order (61 columns).
_ACTOR_COLS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
               "Type1Code", "Type2Code", "Type3Code")
_GEO_COLS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR_COLS), *(f"Actor2{c}" for c in _ACTOR_COLS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO_COLS), *(f"Actor2Geo_{c}" for c in _GEO_COLS),
    *(f"ActionGeo_{c}" for c in _GEO_COLS),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61


class ExportError(ValueError):
    """A filter or option the user gave cannot be used; the message says what is expected."""


@dataclass(frozen=True)
class EventFilter:
    """What to export. Actor codes match a side's code (org, else country), its country, org or CAMEO code."""

    since: str | None = None
    until: str | None = None
    actor: str | None = None
    source: str | None = None
    target: str | None = None
    cameo: str | None = None
    root: str | None = None
    plover: str | None = None
    quad: int | None = None
    limit: int | None = None

    def normalised(self) -> EventFilter:
        """Validate and canonicalise (upper-case codes, zero-padded root) so bad input fails before querying."""
        def day(value: str | None, name: str) -> str | None:
            if value is None:
                return None
            try:
                return dt.date.fromisoformat(value).isoformat()
            except ValueError:
                raise ExportError(f"--{name} {value!r}: expected a date YYYY-MM-DD") from None

        def code(value: str | None) -> str | None:
            return value.strip().upper() if value else None

        cameo = self.cameo.strip() if self.cameo else None
        if cameo is not None and not re.fullmatch(r"\d{1,4}", cameo):
            raise ExportError(f"--cameo {self.cameo!r}: expected 1-4 digits of a CAMEO code (a prefix)")
        root = self.root.strip() if self.root else None
        if root is not None:
            if not re.fullmatch(r"\d{1,2}", root) or not 1 <= int(root) <= 20:
                raise ExportError(f"--root {self.root!r}: expected a CAMEO root 01-20")
            root = root.zfill(2)
        plover = self.plover.strip().upper() if self.plover else None
        if plover is not None and plover not in PLOVER_EVENTS:
            raise ExportError(f"--plover {self.plover!r}: expected one of {', '.join(PLOVER_EVENTS)}")
        if self.quad is not None and self.quad not in (1, 2, 3, 4):
            raise ExportError(f"--quad {self.quad}: expected 1, 2, 3 or 4")
        if self.limit is not None and self.limit < 0:
            raise ExportError(f"--limit {self.limit}: expected a number >= 0")
        since, until = day(self.since, "since"), day(self.until, "until")
        if since and until and since > until:
            raise ExportError(f"--since {since} is after --until {until}")
        return EventFilter(since, until, code(self.actor), code(self.source), code(self.target), cameo, root,
                           plover, self.quad, self.limit)

    def conditions(self) -> filters.EventFilter:
        """The shared :class:`detente.store.query.EventFilter` of these options (``limit`` is not a condition)."""
        return filters.EventFilter(date_from=self.since, date_to=self.until, actor=self.actor, source=self.source,
                                   target=self.target, cameo=self.cameo, cameo_root=self.root, plover=self.plover,
                                   quad_class=self.quad)

    def where(self, alias: str = "") -> tuple[str, list[Any]]:
        """SQL conditions (joined by AND, or ``TRUE``) and their parameters, in placeholder order."""
        return self.conditions().where(alias)


def readonly_settings(con: duckdb.DuckDBPyConnection, memory_limit: str = MEMORY_LIMIT) -> None:
    """Settings for reading: no progress bar, bounded memory, spill files in the system's temp directory.

    The progress bar would be written into an export piped to stdout. The memory cap keeps a sort of
    millions of rows (the export's deterministic order) from taking most of the machine's RAM: DuckDB spills
    the rest to disk, in a per-process temp directory rather than next to the store (which may be read-only).
    """
    con.execute("SET enable_progress_bar = false")
    con.execute(f"SET memory_limit = '{memory_limit}'")  # a constant, never user input
    con.execute("SET temp_directory = ?", [os.path.join(tempfile.gettempdir(), f"detente-{os.getpid()}.tmp")])


def _stream(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any]) -> Iterator[dict[str, Any]]:
    """Rows as dicts, fetched in bounded Arrow batches (never the whole result at once)."""
    reader = con.sql(sql, params=list(params)).to_arrow_reader(CHUNK_ROWS)
    for batch in reader:
        yield from batch.to_pylist()


def _limit(flt: EventFilter, params: list[Any]) -> str:
    if flt.limit is None:
        return ""
    params.append(flt.limit)
    return " LIMIT ?"


_ORDER = "date NULLS LAST, article_id, sentence_index, id"


def event_rows(con: duckdb.DuckDBPyConnection, flt: EventFilter) -> Iterator[dict[str, Any]]:
    """The filtered events as flat rows (:data:`FLAT_COLUMNS`), in a deterministic order."""
    where, params = flt.where()
    sql = f"SELECT {', '.join(FLAT_COLUMNS)} FROM events WHERE {where} ORDER BY {_ORDER}"
    return _stream(con, sql + _limit(flt, params), params)


def _cell(value: Any) -> str:
    """A flat value as text: ISO dates, empty for NULL (the csv module quotes what needs quoting)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def write_csv(rows: Iterator[dict[str, Any]], out: IO[str], columns: Sequence[str] = FLAT_COLUMNS) -> int:
    """CSV with a header row of ``columns``; returns the number of events written."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    n = 0
    for row in rows:
        writer.writerow([_cell(row[c]) for c in columns])
        n += 1
    return n


def write_jsonl(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """One EVENT_SCHEMA.md record (``Event.to_dict()``) per line: the same form ``detente code`` prints."""
    n = 0
    for row in rows:
        out.write(json.dumps(row_to_event(row).to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_parquet(con: duckdb.DuckDBPyConnection, flt: EventFilter, path: str) -> int:
    """Parquet with the flat columns, written batch by batch with pyarrow (bounded memory, typed columns)."""
    import pyarrow.parquet as pq

    where, params = flt.where()
    sql = f"SELECT {', '.join(FLAT_COLUMNS)} FROM events WHERE {where} ORDER BY {_ORDER}"
    reader = con.sql(sql + _limit(flt, params), params=params).to_arrow_reader(CHUNK_ROWS)
    n = 0
    with pq.ParquetWriter(path, reader.schema, compression="zstd") as writer:
        for batch in reader:
            writer.write_batch(batch)
            n += batch.num_rows
    return n


# ---------------------------------------------------------------- GDELT


def global_event_id(event_id: str) -> int:
    """A stable positive integer for GDELT's GLOBALEVENTID: the first 60 bits of SHA-1 of our event id.

    60 bits keep it inside a signed 64-bit integer (what GDELT loaders and BigQuery use) for any id form.
    """
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _tsv(value: Any) -> str:
    """A GDELT field: no tabs or newlines, which would break the row (GDELT files are never quoted)."""
    text = _cell(value)
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _num(value: float | None) -> str:
    """GDELT-style number: integers without a trailing .0 (e.g. Goldstein 3 or -6.5)."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def event_codes(cameo: str | None) -> tuple[str, str, str]:
    """(EventCode, EventBaseCode, EventRootCode) as GDELT writes them.

    A bare root ``"19"`` becomes CAMEO's own root-level code ``"190"`` ("..., not specified below"), the form
    GDELT uses; a 4-digit code keeps its 3-digit parent as the base code.
    """
    if not cameo:
        return "", "", ""
    code = cameo + "0" if len(cameo) == 2 else cameo
    return code, code[:3], code[:2]


def gdelt_row(row: dict[str, Any]) -> list[str]:
    """One event (flat row plus ``url``, ``ingested_at`` and optional ``num_*``) as GDELT's 61 fields."""
    day = row.get("date")
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    if day is not None:
        date_cols = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year),
                     f"{day.year + (day.month * 30 + day.day) / 365:.4f}"]
    else:
        date_cols = ["", "", "", ""]

    def actor(side: str) -> list[str]:
        return [_tsv(row[f"{side}_cameo"]), _tsv(row[f"{side}_name"]), _tsv(row[f"{side}_country"]),
                _tsv(row[f"{side}_org"]), "", "", "", _tsv(row[f"{side}_sector"]), "", ""]

    code, base, root = event_codes(row.get("cameo"))
    has_geo = row.get("location_name") is not None or row.get("location_lat") is not None
    action_geo = (["", _tsv(row["location_name"]), _tsv(row["location_country"]), "", "",
                   _num(row["location_lat"]), _num(row["location_lon"]), ""] if has_geo else [""] * 8)
    added = row.get("ingested_at")
    out = [
        str(global_event_id(row["id"])), *date_cols, *actor("source"), *actor("target"),
        "1" if row.get("sentence_index") == 0 else "0", code, base, root,
        _cell(row.get("quad_class")), _num(row.get("goldstein")),
        str(row.get("num_mentions") or 1), str(row.get("num_sources") or 1), str(row.get("num_articles") or 1),
        "",  # AvgTone: detente does not score tone
        *([""] * 8), *([""] * 8), *action_geo,
        added.strftime("%Y%m%d%H%M%S") if isinstance(added, dt.datetime) else "", _tsv(row.get("url")),
    ]
    return out


def gdelt_rows(con: duckdb.DuckDBPyConnection, flt: EventFilter, all_mentions: bool = False
               ) -> Iterator[list[str]]:
    """The filtered events as GDELT rows, joined to their article (url, ingest time) and merged counts.

    GDELT's convention of one row per event is followed: one mention of each ``event_key`` is written,
    carrying the counts of all of them (``event_groups``), unless ``all_mentions``. It is the group's
    ``first_event_id`` (the earliest article's) when it passes the filters, else the earliest by date,
    article, sentence and id.
    """
    where, params = flt.where("e")
    cols = ", ".join(f"e.{c}" for c in FLAT_COLUMNS)
    sql = (f"SELECT {cols}, a.url AS url, a.ingested_at AS ingested_at, m.num_mentions, m.num_sources, "
           f"m.num_articles FROM events e LEFT JOIN articles a ON a.id = e.article_id "
           f"LEFT JOIN event_groups m ON m.event_key = e.event_key WHERE {where}")
    order = "e.date NULLS LAST, e.article_id, e.sentence_index, e.id"
    if not all_mentions:
        sql += (" QUALIFY row_number() OVER (PARTITION BY e.event_key "
                f"ORDER BY (e.id = m.first_event_id) DESC NULLS LAST, {order}) = 1")
    sql += f" ORDER BY {order}" + _limit(flt, params)
    for row in _stream(con, sql, params):
        yield gdelt_row(row)


def write_gdelt(rows: Iterator[list[str]], out: IO[str], header: bool = False) -> int:
    """Tab-separated, no header (GDELT files have none) unless ``header``; returns rows written."""
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    n = 0
    for fields in rows:
        out.write("\t".join(fields) + "\n")
        n += 1
    return n


def export(con: duckdb.DuckDBPyConnection, fmt: str, flt: EventFilter, out: IO[str] | None = None,
           path: str | None = None, header: bool = False, all_mentions: bool = False) -> int:
    """Write the filtered events in ``fmt`` to ``out`` (text formats) or ``path`` (parquet); returns the count."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")
    flt = flt.normalised()
    readonly_settings(con)
    if fmt == "parquet":
        if not path:
            raise ExportError("parquet is a binary format: give --out FILE")
        return write_parquet(con, flt, path)
    if out is None:
        raise ExportError(f"{fmt} export needs an output stream")
    if fmt == "csv":
        return write_csv(event_rows(con, flt), out)
    if fmt == "jsonl":
        return write_jsonl(event_rows(con, flt), out)
    return write_gdelt(gdelt_rows(con, flt, all_mentions), out, header)
