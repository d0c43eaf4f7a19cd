"""The event store: one DuckDB file, no server, safe to re-run.

Why DuckDB: analysts aggregate millions of events by day, dyad and CAMEO root; a columnar embedded database
does that in place and opens from Python, R and the DuckDB CLI alike. Why these choices:

- Idempotent writes. Article ids are content hashes (or the input's own ids) and event ids are deterministic,
  so re-ingesting a folder after a crash adds nothing twice (``INSERT ... ON CONFLICT DO NOTHING``, and an
  article already stored is skipped with its events).
- One write path. Rows come in through :meth:`Store.add_rows`, which only the ingest's writer
  (:mod:`detente.store.ingest`) calls: tests and production store the same rows, near duplicates included.
- One transaction per batch: a crash mid-batch leaves the store as it was before the batch, never half of it.
- One writer per file, enforced by DuckDB's file lock; a second writer gets :class:`StoreLocked` with an
  explanation instead of an IO error or, worse, a corrupt file.
- Events are flat columns (``source_code``, ``cameo_root``, ...), not JSON, so filters and GROUP BYs are
  plain SQL; each batch is written sorted by date and dyad so DuckDB's zone maps skip most row groups for
  date-range queries, and ART indexes serve point look-ups by actor code, dyad, CAMEO root and article.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import duckdb

from detente.model import Actor, Article, Event, Location, Trigger
from detente.store.actors import StoreTerms
from detente.store.query import FILTERS, build_filter

SCHEMA_VERSION = "1"
_SIDES = ("source", "target")
_ACTOR_FIELDS = (("text", "VARCHAR"), ("span_start", "INTEGER"), ("span_end", "INTEGER"), ("name", "VARCHAR"),
                 ("country", "VARCHAR"), ("org", "VARCHAR"), ("sector", "VARCHAR"), ("cameo", "VARCHAR"),
                 ("entry", "VARCHAR"), ("code", "VARCHAR"))

EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR PRIMARY KEY"), ("article_id", "VARCHAR NOT NULL"), ("sentence_index", "INTEGER"),
    ("sentence", "VARCHAR"), ("date", "DATE"), ("date_published", "DATE"),
    *((f"{side}_{name}", typ) for side in _SIDES for name, typ in _ACTOR_FIELDS),
    ("cameo", "VARCHAR"), ("cameo_root", "VARCHAR"), ("cameo_label", "VARCHAR"), ("plover_event", "VARCHAR"),
    ("plover_mode", "VARCHAR"), ("quad_class", "TINYINT"), ("goldstein", "DOUBLE"),
    ("trigger_text", "VARCHAR"), ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"),
    ("trigger_pattern", "VARCHAR"), ("location_name", "VARCHAR"), ("location_country", "VARCHAR"),
    ("location_lat", "DOUBLE"), ("location_lon", "DOUBLE"), ("confidence", "DOUBLE"), ("modality", "VARCHAR"),
    ("coder_version", "VARCHAR"), ("date_precision", "VARCHAR"),
    ("extra", "VARCHAR"),  # JSON text of Event.extra (additive fields not yet promoted to columns)
    ("event_key", "VARCHAR"),  # same (date, source_code, target_code, cameo) -> same key: dedup.event_key
)
"""Every field of the event record, flattened; ``*_code`` is the actor's org, else its country."""

ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "VARCHAR PRIMARY KEY"), ("title", "VARCHAR"), ("url", "VARCHAR"), ("source_name", "VARCHAR"),
    ("date_published", "DATE"), ("text", "VARCHAR"), ("text_hash", "VARCHAR"),
    ("duplicate_of", "VARCHAR"),  # id of the first copy of this (exact or near) duplicate
    ("ingested_at", "TIMESTAMP"),
    ("seq", "BIGINT"),  # order of storing (input order): the first copy of a text is the lowest seq
    ("minhash", "BLOB"),  # MinHash signature (uint32 x 128), to rebuild the near-duplicate index
    ("similarity", "DOUBLE"),  # estimated Jaccard similarity to duplicate_of
)

_INDEXES = (
    "CREATE INDEX IF NOT EXISTS events_date ON events(date)",
    "CREATE INDEX IF NOT EXISTS events_dyad ON events(source_code, target_code)",
    "CREATE INDEX IF NOT EXISTS events_target ON events(target_code)",
    "CREATE INDEX IF NOT EXISTS events_root ON events(cameo_root)",
    "CREATE INDEX IF NOT EXISTS events_article ON events(article_id)",
    "CREATE INDEX IF NOT EXISTS articles_hash ON articles(text_hash)",
    "CREATE INDEX IF NOT EXISTS articles_date ON articles(date_published)",
    "CREATE INDEX IF NOT EXISTS events_key ON events(event_key)",
    "CREATE INDEX IF NOT EXISTS mentions_key ON duplicate_mentions(event_key)",
)
_EVENT_ORDER = "date NULLS LAST, source_code NULLS LAST, target_code NULLS LAST, id"



MENTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("article_id", "VARCHAR NOT NULL"), ("event_id", "VARCHAR NOT NULL"), ("duplicate_of", "VARCHAR"),
    ("event_key", "VARCHAR"), ("sentence_index", "INTEGER"), ("sentence", "VARCHAR"),
)
"""A near-duplicate article's report of an event its first copy already has: counted, not stored again."""


def event_key(date: str | None, source_code: str | None, target_code: str | None, cameo: str) -> str:
    """The id shared by all mentions of one event: same day, same dyad, same CAMEO code.

    md5 of ``date|source|target|cameo`` (empty string for a null), first 16 hex digits; :data:`EVENT_KEY_SQL`
    computes the same value in SQL for rows written before the column existed.
    """
    key = f"{date or ''}|{source_code or ''}|{target_code or ''}|{cameo}"
    return hashlib.md5(key.encode("utf-8")).hexdigest()[:16]


EVENT_KEY_SQL = ("md5(coalesce(CAST(date AS VARCHAR), '') || '|' || coalesce(source_code, '') || '|' || "
                 "coalesce(target_code, '') || '|' || cameo)[1:16]")
"""The same as :func:`event_key`, in SQL over the ``events`` table (for rows stored before the column)."""

EVENT_GROUPS_VIEW = """CREATE OR REPLACE VIEW event_groups AS
WITH m AS (
    SELECT event_key, id AS event_id, article_id, sentence_index, TRUE AS stored FROM events
    WHERE event_key IS NOT NULL
    UNION ALL
    SELECT event_key, event_id, article_id, sentence_index, FALSE FROM duplicate_mentions)
SELECT m.event_key, count(*) AS num_mentions, count(DISTINCT m.article_id) AS num_articles,
       count(DISTINCT a.source_name) AS num_sources, count(*) FILTER (WHERE m.stored) AS num_events,
       arg_min(m.event_id, (a.seq, m.sentence_index, m.event_id)) FILTER (WHERE m.stored) AS first_event_id
FROM m LEFT JOIN articles a ON a.id = m.article_id
GROUP BY m.event_key"""
"""Per event_key (same date, dyad, CAMEO code): GDELT's NumMentions / NumArticles / NumSources, computed on
read so it is never stale; ``first_event_id`` is the stored mention of the earliest article (by ``seq``)."""


def _extend_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Additive schema changes for files created before them (columns, the mentions table, the view)."""
    query = "SELECT table_name, column_name FROM duckdb_columns() WHERE table_name IN ('articles', 'events')"
    have = set(con.execute(query).fetchall())
    for table, columns in (("articles", ARTICLE_COLUMNS), ("events", EVENT_COLUMNS)):
        for name, typ in columns:
            if (table, name) not in have:
                con.execute(f"ALTER TABLE {table} ADD COLUMN {name} {typ}")
                if (table, name) == ("events", "event_key"):
                    con.execute(f"UPDATE events SET event_key = {EVENT_KEY_SQL}")
                if (table, name) == ("events", "date_precision"):  # stores that kept it in the extra JSON
                    con.execute("UPDATE events SET date_precision = json_extract_string(extra, '$.date_precision')")
    con.execute("CREATE TABLE IF NOT EXISTS duplicate_mentions ("
                + ", ".join(f"{n} {t}" for n, t in MENTION_COLUMNS) + ", PRIMARY KEY (article_id, event_id))")
    con.execute(EVENT_GROUPS_VIEW)


def _missing_parts(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The tables, columns and views of this schema that a store file lacks (read-only opens cannot add them).

    Why check once here: every reader (exports, stats, the web API) can then rely on the full schema instead of
    probing for optional parts at each query.
    """
    have = set(con.execute("SELECT table_name, column_name FROM duckdb_columns() WHERE schema_name = 'main'"
                           ).fetchall())
    missing = [f"{table}.{name}" for table, columns in (("articles", ARTICLE_COLUMNS), ("events", EVENT_COLUMNS),
                                                         ("duplicate_mentions", MENTION_COLUMNS))
               for name, _ in columns if (table, name) not in have]
    if not any(table == "event_groups" for table, _ in have):
        missing.append("the event_groups view")
    return missing


class StoreError(Exception):
    """The store cannot be opened or used as asked."""


class StoreWriteError(StoreError):
    """The store file could not be written (full disk, file size limit, I/O error); earlier commits are safe."""

    def __init__(self, path: str | Path, cause: BaseException) -> None:
        self.path = str(path)
        detail = str(cause).splitlines()[0] if str(cause) else type(cause).__name__
        super().__init__(f"cannot write to the event store {self.path}: {detail}")


class StoreLocked(StoreError):
    """Another process (or this one, in another mode) has the store file open."""

    def __init__(self, path: str | Path, detail: str = "") -> None:
        self.path = str(path)
        super().__init__(
            f"event store {self.path} is in use: DuckDB allows one writing process per file, and no "
            f"readers in other processes while it writes. Wait for the other detente process to finish, "
            f"or write to a separate store file. ({detail})")


def _day(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _actor_row(side: str, actor: Actor | None) -> dict[str, Any]:
    if actor is None:
        return {f"{side}_{name}": None for name, _ in _ACTOR_FIELDS}
    return {f"{side}_text": actor.text, f"{side}_span_start": actor.span[0],
            f"{side}_span_end": actor.span[1],
            f"{side}_name": actor.name, f"{side}_country": actor.country, f"{side}_org": actor.org,
            f"{side}_sector": actor.sector, f"{side}_cameo": actor.cameo, f"{side}_entry": actor.entry,
            f"{side}_code": actor.code}


def _row_actor(side: str, row: Mapping[str, Any]) -> Actor | None:
    if row[f"{side}_text"] is None and row[f"{side}_span_start"] is None:
        return None
    return Actor(text=row[f"{side}_text"] or "", span=(row[f"{side}_span_start"], row[f"{side}_span_end"]),
                 name=row[f"{side}_name"], country=row[f"{side}_country"], org=row[f"{side}_org"],
                 sector=row[f"{side}_sector"], cameo=row[f"{side}_cameo"], entry=row[f"{side}_entry"])


def text_hash(text: str) -> str:
    """The exact-duplicate key of an article's text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def article_row(article: Article, *, seq: int, ingested_at: dt.datetime | None, duplicate_of: str | None = None,
                minhash: bytes | None = None, similarity: float | None = None) -> dict[str, Any]:
    """The ``articles`` table's row for an article (one place for the store and the Parquet sink)."""
    return {"id": article.stable_id, "title": article.title, "url": article.url, "source_name": article.source_name,
            "date_published": article.date_published, "text": article.text, "text_hash": text_hash(article.text),
            "duplicate_of": duplicate_of, "ingested_at": ingested_at, "seq": seq, "minhash": minhash,
            "similarity": similarity}


def events_to_rows(events: Iterable[Event]) -> list[dict[str, Any]]:
    """Flatten events into column dicts (the ``events`` table's columns; dates stay YYYY-MM-DD strings)."""
    rows = []
    for e in events:
        loc = e.location
        rows.append({
            "id": e.id, "article_id": e.article_id, "sentence_index": e.sentence_index,
            "sentence": e.sentence,
            "date": e.date, "date_published": e.date_published,
            **_actor_row("source", e.source), **_actor_row("target", e.target),
            "cameo": e.cameo, "cameo_root": e.cameo_root, "cameo_label": e.cameo_label,
            "plover_event": e.plover_event, "plover_mode": e.plover_mode, "quad_class": e.quad_class,
            "goldstein": e.goldstein, "trigger_text": e.trigger.text, "trigger_start": e.trigger.span[0],
            "trigger_end": e.trigger.span[1], "trigger_pattern": e.trigger.pattern,
            "location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
            "location_lat": loc.lat if loc else None, "location_lon": loc.lon if loc else None,
            "confidence": e.confidence, "modality": e.modality, "coder_version": e.coder_version,
            "date_precision": e.date_precision,
            "extra": json.dumps(e.extra, sort_keys=True, default=str) if e.extra else None,
            "event_key": event_key(e.date, e.source.code if e.source else None,
                                   e.target.code if e.target else None, e.cameo),
        })
    return rows


def row_to_event(row: Mapping[str, Any]) -> Event:
    """Rebuild an :class:`Event` from an ``events`` row (or a dict from :func:`events_to_rows`)."""
    loc = None
    if row["location_name"] is not None:
        loc = Location(row["location_name"], row["location_country"], row["location_lat"],
                       row["location_lon"])
    return Event(
        id=row["id"], article_id=row["article_id"], sentence_index=row["sentence_index"],
        sentence=row["sentence"], date=_day(row["date"]), date_published=_day(row["date_published"]),
        source=_row_actor("source", row), target=_row_actor("target", row), cameo=row["cameo"],
        cameo_root=row["cameo_root"], cameo_label=row["cameo_label"], plover_event=row["plover_event"],
        plover_mode=row["plover_mode"], quad_class=row["quad_class"], goldstein=row["goldstein"],
        trigger=Trigger(row["trigger_text"], (row["trigger_start"], row["trigger_end"]),
                        row["trigger_pattern"]),
        location=loc, confidence=row["confidence"], modality=row["modality"],
        coder_version=row["coder_version"] or "", date_precision=row.get("date_precision"),
        extra=json.loads(row["extra"]) if row["extra"] else {},
    )


def _insert(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: list[dict[str, Any]],
            order: str | None = None) -> None:
    """Insert rows, skipping existing keys: via Arrow when pyarrow is installed (fast), else executemany."""
    if not rows:
        return
    try:
        import pyarrow as pa
    except ImportError:
        pa = None
    if pa is None:
        if order == _EVENT_ORDER:
            rows = sorted(rows, key=lambda r: (r["date"] is None, r["date"] or "",
                                               r["source_code"] or "\uffff", r["target_code"] or "\uffff",
                                               r["id"]))
        marks = ", ".join("?" for _ in columns)
        con.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}) ON CONFLICT DO NOTHING",
                        [[r[c] for c in columns] for r in rows])
        return
    batch = pa.Table.from_pylist(rows)
    con.register("_detente_batch", batch)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _detente_batch"
                    f"{' ORDER BY ' + order if order else ''} ON CONFLICT DO NOTHING")
    finally:
        con.unregister("_detente_batch")


class Store:
    """A DuckDB event store. Use :func:`open_store`; close it (or use ``with``) to release the file lock."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool = False) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file (a writer checkpoints its log into it here, which can fail on a full disk)."""
        try:
            self.con.close()
        except (duckdb.IOException, duckdb.FatalException) as e:
            raise StoreWriteError(self.path, e) from e

    def _init_schema(self) -> None:
        con = self.con
        has_meta = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'meta'").fetchone()[0]
        if not has_meta and not self.read_only:
            con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        found = None
        if has_meta or not self.read_only:
            found = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if found and found[0] != SCHEMA_VERSION:
            raise StoreError(f"{self.path} has store schema version {found[0]}; this detente writes version "
                             f"{SCHEMA_VERSION}. Use a new store file (or migrate it).")
        if self.read_only:
            if not found:
                raise StoreError(f"{self.path} is not a detente store (no schema version)")
            if missing := _missing_parts(con):
                raise StoreError(f"{self.path} was written by an earlier detente and lacks {', '.join(missing)}: "
                                 f"run this version's `detente ingest` on it once (any input) to upgrade it")
            return
        con.execute("BEGIN TRANSACTION")
        con.execute("CREATE TABLE IF NOT EXISTS articles ("
                    + ", ".join(f"{n} {t}" for n, t in ARTICLE_COLUMNS) + ")")
        con.execute("CREATE TABLE IF NOT EXISTS events ("
                    + ", ".join(f"{n} {t}" for n, t in EVENT_COLUMNS) + ")")
        _extend_schema(con)
        for sql in _INDEXES:
            con.execute(sql)
        con.execute("INSERT INTO meta VALUES ('schema_version', ?), ('created_at', ?) ON CONFLICT DO NOTHING",
                    [SCHEMA_VERSION, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")])
        con.execute("COMMIT")

    def has_article(self, article_id: str) -> bool:
        """True when an article with this id (its ``stable_id``) is stored."""
        return self.con.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def add_rows(self, articles: list[dict[str, Any]], events: list[dict[str, Any]],
                 mentions: list[dict[str, Any]]) -> None:
        """Write an ingest batch (:func:`detente.store.sinks.record_rows`) in ONE transaction; existing keys skipped.

        Raises :class:`StoreWriteError` when the file cannot be written (a full disk): the batch is not stored,
        earlier batches are. The original error is kept: a failed COMMIT has already ended the transaction,
        and the rollback's own complaint ("no transaction is active") must not hide why.
        """
        con = self.con
        con.execute("BEGIN TRANSACTION")
        committing = False
        try:
            _insert(con, "articles", [n for n, _ in ARTICLE_COLUMNS], articles)
            _insert(con, "events", [n for n, _ in EVENT_COLUMNS], events, order=_EVENT_ORDER)
            _insert(con, "duplicate_mentions", [n for n, _ in MENTION_COLUMNS], mentions)
            committing = True
            con.execute("COMMIT")  # writes the log: a failure here is the disk's, whatever DuckDB calls it
        except BaseException as e:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass  # the transaction is already gone (failed commit) or the database is invalidated
            if isinstance(e, duckdb.IOException | duckdb.FatalException) or committing and isinstance(e, duckdb.Error):
                raise StoreWriteError(self.path, e) from e
            raise

    def events(self, *, limit: int | None = None, **filters: Any) -> list[Event]:
        """Stored events matching all filters, ordered by date (undated last), article, sentence.

        Filters are the query vocabulary of docs/query.md (:data:`detente.store.query.FILTERS`): ``date_from``,
        ``date_to``, ``actor``, ``source``, ``target``, ``dyad``, ``cameo``, ``cameo_root``, ``plover``,
        ``quad_class``, ``sector``, ``outlet``, ``date_precision``, ``q``, ...; a list means any of. Actors are
        codes or names in any case; a value the store cannot match raises
        :class:`detente.store.query.QueryError`. Also ``article_id``, ``date``, ``coder_version``,
        ``source_country`` and ``target_country`` (equality).
        """
        unknown = sorted(set(filters) - set(FILTERS) - {"date", "article_id", "coder_version", "source_country",
                                                        "target_country"})
        if unknown:
            raise TypeError(f"unknown event filter {unknown[0]!r}; known: {', '.join(FILTERS)}")
        flt = build_filter(filters, StoreTerms(self.con))
        where, params = flt.where()
        sql = f"SELECT * FROM events WHERE {where}"
        sql += " ORDER BY date NULLS LAST, article_id, sentence_index, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        cur = self.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [row_to_event(dict(zip(names, r, strict=True))) for r in cur.fetchall()]

    def count(self, table: str = "events") -> int:
        """Number of rows in ``events`` (default) or ``articles``."""
        if table not in ("events", "articles"):
            raise ValueError(f"count() takes 'events' or 'articles', not {table!r}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def open_store(path: str | Path, read_only: bool = False) -> Store:
    """Open (creating if needed, unless ``read_only``) the store at ``path``; ``":memory:"`` for tests.

    Raises :class:`StoreLocked` when another process holds the file, :class:`StoreError` when the file is
    not a store this version can use, :class:`StoreWriteError` when a new store cannot be written (a full
    disk), FileNotFoundError for a missing file opened read-only.
    """
    spath = str(path)
    if spath != ":memory:":
        p = Path(path)
        if read_only and not p.exists():
            raise FileNotFoundError(f"no event store at {p}")
        if not read_only:
            p.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(spath, read_only=read_only)
    except duckdb.IOException as e:
        if "lock" in str(e).lower():
            raise StoreLocked(spath, str(e)) from e
        raise StoreError(f"cannot open event store {spath}: {e}") from e
    except duckdb.ConnectionException as e:
        if "different configuration" in str(e):
            raise StoreLocked(spath, "already open in this process in the other read/write mode") from e
        raise StoreError(f"cannot open event store {spath}: {e}") from e
    store = Store(con, spath, read_only)
    try:
        store._init_schema()
    except BaseException as e:
        try:
            con.close()
        except duckdb.Error:
            pass  # the first error is the one to report
        if isinstance(e, duckdb.IOException | duckdb.FatalException):
            raise StoreWriteError(spath, e) from e
        raise
    return store
