"""``detente ingest``: read -> code (an engine) -> link near duplicates -> commit in batches.

Why this shape: everything that depends on order (skipping what is stored, near-duplicate linking, the
``seq`` of each article, committing) happens here, in one process, in input order; only the pure per-article
work (:func:`detente.engines.code_chunk`) is farmed out. So a run is deterministic whatever the engine and
worker count, and crash safety reduces to two facts:

- each batch is ONE transaction with its articles AND their events (and duplicate mentions), so the store
  always holds a prefix of the input, never half a batch;
- ids are stable and stored ids are skipped (checked in bulk per chunk), the ``seq`` counter continues from
  the store, and the near-duplicate index is rebuilt from the stored signatures. A rerun after a crash thus
  continues exactly where the committed prefix ends and yields the database an uninterrupted run would.

The sink is the store (``--db``) or a Parquet dataset (``--out``); both get the same rows.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from detente.engines import Chunk, make_engine
from detente.model import Article
from detente.readers import ReadError, read_paths
from detente.store.database import ARTICLE_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, Store, open_store
from detente.store.dedup import THRESHOLD, WINDOW, IngestRecord, NearDuplicateIndex, record_rows


@dataclass(frozen=True)
class IngestOptions:
    """One ingest run. ``db`` or ``out`` (a Parquet directory or fsspec URL) says where rows go."""

    paths: tuple[str, ...]
    db: str | None = "detente.duckdb"
    out: str | None = None
    date: str | None = None
    columns: dict[str, str] | None = None
    engine: str = "local"
    workers: int | None = None
    scheduler: str | None = None
    batch_size: int = 500  # articles per committed transaction
    chunk_size: int = 32  # articles per engine task (and spaCy nlp.pipe batch)
    actors: tuple[str, ...] = ()
    model: str | None = None
    coder: str | None = None  # rules | model | hybrid (None: the coder's default)
    event_model: str | None = None  # a trained detector directory (None: the bundled one)
    threshold: float = THRESHOLD
    window: int = WINDOW


@dataclass
class IngestSummary:
    """What a run did; ``skipped`` groups reasons (numbers and quoted names blanked) with examples."""

    articles_read: int = 0
    new: int = 0
    already_stored: int = 0
    repeated: int = 0  # an id seen earlier in the same input
    near_duplicates: int = 0
    events_stored: int = 0
    mentions: int = 0  # events of near duplicates counted as reports, not stored again
    warnings: int = 0
    batches: int = 0
    coded: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    opened: float = field(default_factory=time.monotonic)  # the run began (store opened, model loading)
    started: float = field(default_factory=time.monotonic)  # coding began (rates count from here)

    @property
    def errors(self) -> int:
        return sum(self.skipped.values())

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def skip(self, reason: str, where: str) -> None:
        group = re.sub(r"'[^']*'|\"[^\"]*\"|\d+", "…", reason)
        self.skipped[group] += 1
        shown = self.examples.setdefault(group, [])
        if len(shown) < 3:
            shown.append(f"{where}: {reason}")


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


def open_sink(opts: IngestOptions) -> Any:
    """The store (opened first, so a locked file fails before any model is loaded) or a Parquet sink."""
    if opts.out:
        return ParquetSink(opts.out, window=opts.window)
    return StoreSink(open_store(opts.db or "detente.duckdb"))


def _new_chunks(items: Iterable[Article | ReadError], sink: Any, summary: IngestSummary,
                size: int) -> Iterator[Chunk]:
    """Articles not stored yet, in chunks; read errors and repeats are counted on the way."""
    seen: set[str] = set()
    buf: list[Article] = []

    def flush() -> list[Article]:
        known = sink.known_ids([a.stable_id for a in buf])
        summary.already_stored += sum(a.stable_id in known for a in buf)
        return [a for a in buf if a.stable_id not in known]

    for item in items:
        if isinstance(item, ReadError):
            if item.severity == "warning":
                summary.warnings += 1
            else:
                summary.skip(item.reason, f"{item.path}:{item.line}" if item.line is not None else item.path)
            continue
        summary.articles_read += 1
        aid = item.stable_id
        if aid in seen:
            summary.repeated += 1
            continue
        seen.add(aid)
        buf.append(item)
        if len(buf) >= size:
            chunk = flush()
            buf = []
            if chunk:
                yield chunk
    if buf:
        chunk = flush()
        if chunk:
            yield chunk


def check_config(opts: IngestOptions) -> Any:
    """The coder configuration, with the model and user lexicons checked here (usage errors, not per article)."""
    from detente.coder.nlp import resolve_model_name
    from detente.coder.pipeline import DEFAULT_CODER, CoderConfig

    resolve_model_name(opts.model)
    config = CoderConfig(model=opts.model, actor_files=tuple(opts.actors), coder=opts.coder or DEFAULT_CODER,
                         event_model=opts.event_model)
    if config.coder != "rules":  # a missing or broken model is the user's to fix, before any work
        from detente.coder.detect.learned import load_model

        load_model(config.event_model)
    if opts.actors:
        from detente.lexicon import load_lexicon

        load_lexicon(config.actor_files)
    return config


def run_ingest(opts: IngestOptions, on_progress: Callable[[IngestSummary, bool], None] | None = None,
               engine: Any = None) -> IngestSummary:
    """Ingest ``opts.paths``; ``on_progress(summary, committed)`` after each coded chunk and each commit.

    ``engine``: an engine to use (and leave open), e.g. one Dask cluster for several runs; default: one made
    from ``opts`` and closed at the end. Raises :class:`detente.store.StoreLocked` (before any work) when
    another process holds the store.
    """
    sink = open_sink(opts)
    summary = IngestSummary()
    notify = on_progress or (lambda s, c: None)
    try:
        config = check_config(opts)
        index = NearDuplicateIndex(opts.threshold, window=opts.window)
        index.extend(sink.first_copies(opts.window))
        seq = sink.next_seq()
        pending: list[IngestRecord] = []

        def commit() -> None:
            articles, events, mentions = sink.write(pending)
            summary.new += articles
            summary.events_stored += events
            summary.mentions += mentions
            summary.batches += 1
            pending.clear()
            notify(summary, True)

        chunk_size = max(1, min(opts.chunk_size, opts.batch_size))
        items = read_paths(list(opts.paths), date=opts.date, columns=opts.columns)
        own = engine is None
        if own:
            engine = make_engine(opts.engine, config, workers=opts.workers, scheduler=opts.scheduler,
                                 batch_size=chunk_size)
        summary.started = time.monotonic()  # the rate counts coding, not loading the model
        try:
            for coded in engine.map(_new_chunks(items, sink, summary, chunk_size)):
                for c in coded:
                    aid = c.article.stable_id
                    if c.error:
                        summary.skip(c.error, aid)
                        continue
                    summary.coded += 1
                    found = index.match(c.signature)
                    if found is None:
                        index.add(aid, seq, c.signature)
                    else:
                        summary.near_duplicates += 1
                    pending.append(IngestRecord(c.article, c.events, seq, c.signature,
                                                found[0] if found else None, found[1] if found else None))
                    seq += 1
                    if len(pending) >= opts.batch_size:
                        commit()
                notify(summary, False)
            if pending:
                commit()
        finally:
            if own:
                engine.close()
    finally:
        sink.close()
    return summary
