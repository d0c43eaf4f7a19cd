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
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import IO, Any

import duckdb

from detente.store.database import EVENT_COLUMNS, row_to_event
from detente.store.query import SORTS, EventFilter

FORMATS = ("csv", "jsonl", "parquet", "gdelt")
CHUNK_ROWS = 10_000
MEMORY_LIMIT = "1GB"
FLAT_COLUMNS: tuple[str, ...] = tuple(name for name, _ in EVENT_COLUMNS)
"""The ``events`` table's documented columns, in the store's order."""
ARTICLE_COLUMNS = ("outlet", "article_title", "article_url")
"""After the event's columns, every CSV and Parquet row carries its article's outlet (source name), title and url."""
EXPORT_COLUMNS: tuple[str, ...] = (*FLAT_COLUMNS, *ARTICLE_COLUMNS)
"""The one column set of CSV and Parquet exports, from ``detente export`` and from the API's ``events.csv``."""
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""A text cell starting with one of these is a formula to a spreadsheet (CSV injection): see :func:`csv_cell`."""

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
    """An option the user gave cannot be used; the message says what is expected."""


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


def _limit(limit: int | None, params: list[Any]) -> str:
    if limit is None:
        return ""
    params.append(limit)
    return " LIMIT ?"


def export_query(flt: EventFilter, sort: str = "date", limit: int | None = None) -> tuple[str, list[Any]]:
    """The SQL of the flat export rows (:data:`EXPORT_COLUMNS`), in the order of ``sort``
    (:data:`detente.store.query.SORTS`; ids break ties, so the same store and filters give the same file)."""
    if sort not in SORTS:
        raise ExportError(f"unknown sort {sort!r}: use {', '.join(SORTS)}")
    where, params = flt.where("e")
    cols = ", ".join(f"e.{c}" for c in FLAT_COLUMNS)
    sql = (f"SELECT * FROM (SELECT {cols}, a.source_name AS outlet, a.title AS article_title, a.url AS article_url "
           f"FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE {where}) ORDER BY {SORTS[sort]}, id")
    return sql + _limit(limit, params), params


def event_rows(con: duckdb.DuckDBPyConnection, flt: EventFilter, sort: str = "date", limit: int | None = None
               ) -> Iterator[dict[str, Any]]:
    """The filtered events as flat rows (:data:`EXPORT_COLUMNS`), in a deterministic order."""
    return _stream(con, *export_query(flt, sort, limit))


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: numbers stay numbers, dates are ISO text, NULL is empty; text that a spreadsheet
    would run as a formula (starting with = + - @ tab or CR) gets a leading ``'``, as OWASP recommends for CSV
    injection: the cell then shows the text, not its result. (Numbers are not text: -8.0 stays -8.0.)"""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_chunks(columns: Sequence[str], rows: Iterable[Mapping[str, Any] | Sequence[Any]],
               every: int = 1000) -> Iterator[str]:
    """The one CSV writer (for ``detente export`` and every CSV of the API): a header of ``columns``, then one
    line per row (a mapping by column name, or a sequence in column order), yielded ``every`` rows.

    Every text cell is quoted and numbers are not (OWASP's advice, with :func:`csv_cell`): a spreadsheet that
    splits lines at another separator (``;`` in many locales) cannot split a quoted cell into a formula.
    """
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writerow(columns)
    for i, row in enumerate(rows, 1):
        values = (row[c] for c in columns) if isinstance(row, Mapping) else row
        writer.writerow([csv_cell(v) for v in values])
        if i % every == 0:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def write_csv(rows: Iterable[Mapping[str, Any]], out: IO[str], columns: Sequence[str] = EXPORT_COLUMNS) -> int:
    """CSV (:func:`csv_chunks`) with a header row of ``columns``; returns the number of rows written."""
    n = 0

    def counted() -> Iterator[Mapping[str, Any]]:
        nonlocal n
        for row in rows:
            n += 1
            yield row

    for chunk in csv_chunks(columns, counted()):
        out.write(chunk)
    return n


def write_jsonl(rows: Iterator[dict[str, Any]], out: IO[str]) -> int:
    """One EVENT_SCHEMA.md record (``Event.to_dict()``) per line: the same form ``detente code`` prints."""
    n = 0
    for row in rows:
        out.write(json.dumps(row_to_event(row).to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_parquet(con: duckdb.DuckDBPyConnection, flt: EventFilter, path: str, limit: int | None = None) -> int:
    """Parquet with the export columns, written batch by batch with pyarrow (bounded memory, typed columns)."""
    import pyarrow.parquet as pq

    sql, params = export_query(flt, "date", limit)
    reader = con.sql(sql, params=params).to_arrow_reader(CHUNK_ROWS)
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


def _cell(value: Any) -> str:
    """A value as GDELT text: ISO dates, empty for NULL."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


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


def gdelt_rows(con: duckdb.DuckDBPyConnection, flt: EventFilter, all_mentions: bool = False,
               limit: int | None = None) -> Iterator[list[str]]:
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
    sql += f" ORDER BY {order}" + _limit(limit, params)
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
           path: str | None = None, header: bool = False, all_mentions: bool = False, limit: int | None = None,
           sort: str = "date") -> int:
    """Write the filtered events in ``fmt`` to ``out`` (text formats) or ``path`` (parquet); returns the count.

    ``flt`` comes from :func:`detente.store.query.build_filter` (the query vocabulary); ``limit`` caps the rows
    after ordering (csv and jsonl in the order of ``sort``, parquet and gdelt by date).
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")
    if limit is not None and limit < 0:
        raise ExportError(f"limit {limit}: expected a number >= 0")
    readonly_settings(con)
    if fmt == "parquet":
        if not path:
            raise ExportError("parquet is a binary format: give --out FILE")
        return write_parquet(con, flt, path, limit)
    if out is None:
        raise ExportError(f"{fmt} export needs an output stream")
    if fmt == "csv":
        return write_csv(event_rows(con, flt, sort, limit), out)
    if fmt == "jsonl":
        return write_jsonl(event_rows(con, flt, sort, limit), out)
    return write_gdelt(gdelt_rows(con, flt, all_mentions, limit), out, header)
