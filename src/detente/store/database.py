"""The event store: one DuckDB file, no server, safe to re-run.

Why DuckDB: analysts aggregate millions of events by day, dyad and CAMEO root; a columnar embedded database
does that in place and opens from Python, R and the DuckDB CLI alike. Why these choices:

- Idempotent writes. Article ids are content hashes (or the input's own ids) and event ids are deterministic,
  so re-ingesting a folder after a crash adds nothing twice (``INSERT ... ON CONFLICT DO NOTHING``, and an
  article already stored is skipped with its events).
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
from detente.store.dedup import EVENT_GROUPS_VIEW, EVENT_KEY_SQL, event_key
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


class StoreError(Exception):
    """The store cannot be opened or used as asked."""


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
        self.con.close()

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
        """Write an ingest batch (:func:`detente.store.dedup.record_rows`) in ONE transaction; existing keys skipped."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            _insert(con, "articles", [n for n, _ in ARTICLE_COLUMNS], articles)
            _insert(con, "events", [n for n, _ in EVENT_COLUMNS], events, order=_EVENT_ORDER)
            _insert(con, "duplicate_mentions", [n for n, _ in MENTION_COLUMNS], mentions)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def add(self, article: Article, events: Sequence[Event]) -> bool:
        """Store one article and its events; False (nothing written) when the article is already stored."""
        return self.add_batch([(article, events)]) == 1

    def add_batch(self, items: Iterable[tuple[Article, Sequence[Event]]]) -> int:
        """Store many (article, events) pairs in one transaction; returns how many articles were new.

        Articles already stored, or repeated within the batch, are skipped with their events. An article
        whose exact text is already stored under another id is stored with ``duplicate_of`` set to that id.
        """
        items = list(items)
        if not items:
            return 0
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            ids = [a.stable_id for a, _ in items]
            known = {r[0] for r in con.execute(
                "SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
            hashes = [text_hash(a.text) for a, _ in items]
            first_with = dict(con.execute(
                "SELECT text_hash, min(id) FROM articles WHERE text_hash IN (SELECT unnest(?::VARCHAR[])) "
                "AND duplicate_of IS NULL GROUP BY text_hash", [hashes]).fetchall())
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            seq = con.execute("SELECT coalesce(max(seq), 0) + 1 FROM articles").fetchall()[0][0]
            article_rows: list[dict[str, Any]] = []
            event_rows: list[dict[str, Any]] = []
            for (article, events), aid, h in zip(items, ids, hashes, strict=True):
                if aid in known:
                    continue
                known.add(aid)
                article_rows.append(article_row(article, seq=seq, ingested_at=now, duplicate_of=first_with.get(h),
                                                similarity=1.0 if h in first_with else None))
                seq += 1
                first_with.setdefault(h, aid)
                event_rows.extend(events_to_rows(events))
            _insert(con, "articles", [n for n, _ in ARTICLE_COLUMNS], article_rows)
            _insert(con, "events", [n for n, _ in EVENT_COLUMNS], event_rows, order=_EVENT_ORDER)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return len(article_rows)

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
    not a store this version can use, FileNotFoundError for a missing file opened read-only.
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
    except BaseException:
        con.close()
        raise
    return store
