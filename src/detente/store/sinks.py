"""Where an ingest's rows go: the DuckDB store or a Parquet dataset, and the rows themselves.

Why one module for both sinks: they must receive the same rows (:func:`record_rows`), so that a ``--out``
dataset loaded with ``--from-parquet`` equals a store written directly. A sink also answers the questions the
ingest's order-dependent half asks before writing (which ids are stored, the next ``seq``, the first copies
to rebuild the near-duplicate index from, the event keys of earlier first copies).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from detente.model import Article, Event
from detente.store.database import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    Store,
    article_row,
    events_to_rows,
    open_store,
)
from detente.store.dedup import WINDOW


@dataclass(frozen=True)
class IngestRecord:
    """One coded article as the ingest writes it: its place in input order and its first copy, if any."""

    article: Article
    events: Sequence[Event]
    seq: int
    signature: bytes | None = None
    duplicate_of: str | None = None
    similarity: float | None = None


def record_rows(records: Sequence[IngestRecord], keys_of: Callable[[list[str]], dict[str, set[str]]],
                now: dt.datetime | None = None) -> tuple[list[dict[str, Any]], ...]:
    """(article rows, event rows, mention rows) for records, the same for the store and Parquet.

    A near duplicate's events whose event_key its first copy already has become mention rows; its other
    events (an updated story's new paragraph) are stored as events. ``keys_of(ids)`` gives the event keys of
    first copies not in ``records``.
    """
    keys: dict[str, set[str]] = {}
    outside = sorted({r.duplicate_of for r in records if r.duplicate_of} - {r.article.stable_id for r in records})
    keys.update(keys_of(outside) if outside else {})
    arts: list[dict[str, Any]] = []
    evs: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    for r in records:
        a, aid = r.article, r.article.stable_id
        arts.append(article_row(a, seq=r.seq, ingested_at=now, duplicate_of=r.duplicate_of, minhash=r.signature,
                                similarity=r.similarity))
        rows = events_to_rows(r.events)
        if r.duplicate_of is None:
            keys[aid] = {row["event_key"] for row in rows}
            evs.extend(rows)
            continue
        known = keys.get(r.duplicate_of, set())
        for row in rows:
            if row["event_key"] in known:
                mentions.append({"article_id": aid, "event_id": row["id"], "duplicate_of": r.duplicate_of,
                                 "event_key": row["event_key"], "sentence_index": row["sentence_index"],
                                 "sentence": row["sentence"]})
            else:
                evs.append(row)
    return arts, evs, mentions


class StoreSink:
    """Writes batches into the DuckDB store; knows what is stored already."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.con = store.con

    def known_ids(self, ids: list[str]) -> set[str]:
        """Which of ``ids`` are stored: one query per chunk, so a rerun skips stored articles cheaply."""
        return {r[0] for r in self.con.execute(
            "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}

    def next_seq(self) -> int:
        """The ``seq`` of the next stored article: input order continues across runs."""
        return self.con.execute("SELECT coalesce(max(seq), 0) + 1 FROM articles").fetchall()[0][0]

    def first_copies(self, window: int) -> list[tuple[str, int, bytes]]:
        """(id, seq, minhash) of the last ``window`` first copies, in ``seq`` order: the index to rebuild."""
        return [(i, s, bytes(m)) for i, s, m in self.con.execute(
            "SELECT id, seq, minhash FROM (SELECT id, seq, minhash FROM articles WHERE duplicate_of IS NULL "
            "AND minhash IS NOT NULL ORDER BY seq DESC LIMIT ?) ORDER BY seq", [window]).fetchall()]

    def keys_of(self, article_ids: list[str]) -> dict[str, set[str]]:
        """The event keys of stored articles (first copies of this batch's duplicates)."""
        out: dict[str, set[str]] = {a: set() for a in article_ids}
        for aid, key in self.con.execute("SELECT DISTINCT article_id, event_key FROM events WHERE article_id IN "
                                         "(SELECT unnest(?::VARCHAR[]))", [article_ids]).fetchall():
            out[aid].add(key)
        return out

    def write(self, records: list[IngestRecord]) -> tuple[int, int, int]:
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        arts, evs, mentions = record_rows(records, self.keys_of, now)
        self.store.add_rows(arts, evs, mentions)
        return len(arts), len(evs), len(mentions)

    def close(self) -> None:
        self.store.close()


def _filesystem(url: str) -> tuple[Any, str]:
    """A pyarrow filesystem and path for a local path or any fsspec URL (s3://, gs://, memory://, ...)."""
    import pyarrow.fs as pafs

    if "://" not in url:
        return pafs.LocalFileSystem(), url
    import fsspec

    fs, path = fsspec.core.url_to_fs(url)
    return pafs.PyFileSystem(pafs.FSSpecHandler(fs)), path


class ParquetSink:
    """Writes batches as Parquet under ``out``: ``events/`` (hive-partitioned by ``month=YYYY-MM``),
    ``articles/`` and ``duplicate_mentions/``, one file per batch and table.

    File names carry the batch number, so a rerun after a crash rewrites the same files with the same rows.
    It knows nothing stored (no skipping); event keys of first copies are kept for the last ``window`` ones.
    """

    def __init__(self, out: str, window: int = WINDOW) -> None:
        self.fs, self.root = _filesystem(out)
        self.window = window
        self.batch = 0
        self._keys: dict[str, set[str]] = {}
        self.fs.create_dir(self.root, recursive=True)

    def known_ids(self, ids: list[str]) -> set[str]:
        return set()

    def next_seq(self) -> int:
        return 1

    def first_copies(self, window: int) -> list[tuple[str, int, bytes]]:
        return []

    def keys_of(self, article_ids: list[str]) -> dict[str, set[str]]:
        return {a: self._keys.get(a, set()) for a in article_ids}

    def _write(self, table: str, rows: list[dict[str, Any]], partition: bool = False) -> None:
        import pyarrow as pa
        import pyarrow.dataset as ds

        if not rows:
            return
        types = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(), "TINYINT": pa.int8(),
                 "DOUBLE": pa.float64(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "BLOB": pa.binary()}
        columns = {"events": EVENT_COLUMNS, "articles": ARTICLE_COLUMNS}.get(table, MENTION_COLUMNS)
        schema = pa.schema([(n, types[t.split()[0]]) for n, t in columns])  # one schema for every batch file
        day = dt.date.fromisoformat
        rows = [{**r, **{c: day(r[c]) if isinstance(r.get(c), str) else r.get(c) for c in ("date", "date_published")
                         if c in r}} for r in rows]
        data = pa.Table.from_pylist(rows, schema=schema)
        if partition:
            months = [r["date"].isoformat()[:7] if r["date"] else "unknown" for r in rows]
            data = data.append_column("month", pa.array(months, pa.string()))
        ds.write_dataset(data, f"{self.root}/{table}", filesystem=self.fs, format="parquet",
                         basename_template=f"batch-{self.batch:06d}-{{i}}.parquet",
                         partitioning=["month"] if partition else None, partitioning_flavor="hive" if partition
                         else None, existing_data_behavior="overwrite_or_ignore")

    def write(self, records: list[IngestRecord]) -> tuple[int, int, int]:
        self.batch += 1
        arts, evs, mentions = record_rows(records, self.keys_of)
        firsts = [r.article.stable_id for r in records if r.duplicate_of is None]
        first_set = set(firsts)
        for aid in firsts:  # in input order: the oldest are forgotten first
            self._keys[aid] = set()
        for e in evs:
            if e["article_id"] in first_set:
                self._keys[e["article_id"]].add(e["event_key"])
        while len(self._keys) > self.window:
            self._keys.pop(next(iter(self._keys)))
        self._write("events", evs, partition=True)
        self._write("articles", arts)
        self._write("duplicate_mentions", mentions)
        return len(arts), len(evs), len(mentions)

    def close(self) -> None:
        pass


def load_parquet(out: str, store: Store) -> tuple[int, int, int]:
    """Load a ``--out`` dataset into the store in one transaction: (articles, events, mentions) added.

    ``seq`` is offset past the store's, so articles already in the store stay first copies.
    """
    import pyarrow.dataset as ds

    fs, root = _filesystem(out)
    con = store.con
    counts = []
    con.execute("BEGIN TRANSACTION")
    try:
        offset = con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchall()[0][0]
        for table in ("articles", "events", "duplicate_mentions"):
            before = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
            try:
                data = ds.dataset(f"{root}/{table}", filesystem=fs, format="parquet",
                                  partitioning="hive" if table == "events" else None)
            except FileNotFoundError:
                counts.append(0)
                continue
            cols = [c for c in data.schema.names if c != "month"]
            for batch in data.to_batches(columns=cols):
                con.register("_detente_parquet", batch)
                shift = f" REPLACE (seq + {int(offset)} AS seq)" if table == "articles" else ""
                con.execute(f"INSERT INTO {table} BY NAME SELECT *{shift} FROM _detente_parquet "
                            "ON CONFLICT DO NOTHING")
                con.unregister("_detente_parquet")
            counts.append(con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0] - before)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return counts[0], counts[1], counts[2]


def open_sink(db: str | None, out: str | None, window: int = WINDOW) -> StoreSink | ParquetSink:
    """The store (opened first, so a locked file fails before any model is loaded) or a Parquet sink."""
    if out:
        return ParquetSink(out, window=window)
    return StoreSink(open_store(db or "detente.duckdb"))
