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

The sink is the store (``--db``) or a Parquet dataset (``--out``); both get the same rows. The order-dependent
half (:class:`Linker`) is also the only way rows reach a store from Python (:func:`write_articles`): tests
and production write through the same code, near duplicates and duplicate mentions included.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from detente.engines import Chunk, CodedArticle, EngineError, make_engine
from detente.model import Article, Event
from detente.readers import ReadError, read_paths
from detente.store.database import Store, StoreWriteError
from detente.store.dedup import THRESHOLD, WINDOW, NearDuplicateIndex, signature
from detente.store.sinks import IngestRecord, StoreSink, open_sink


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
    max_chars: int = 200_000  # per-article size budget: longer articles are skipped with the reason
    max_seconds: float | None = 60.0  # per-article coding time budget (see detente.engines.budget)


@dataclass
class IngestSummary:
    """What a run did; ``skipped`` and ``warned`` group reasons (numbers and quoted names blanked) with examples."""

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
    warned: Counter[str] = field(default_factory=Counter)  # read with a caveat (e.g. invalid UTF-8 replaced)
    warning_examples: dict[str, list[str]] = field(default_factory=dict)
    opened: float = field(default_factory=time.monotonic)  # the run began (store opened, model loading)
    started: float = field(default_factory=time.monotonic)  # coding began (rates count from here)

    @property
    def errors(self) -> int:
        return sum(self.skipped.values())

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def skip(self, reason: str, where: str) -> None:
        _count(self.skipped, self.examples, reason, where)

    def warn(self, reason: str, where: str) -> None:
        self.warnings += 1
        _count(self.warned, self.warning_examples, reason, where)


def _count(counter: Counter[str], examples: dict[str, list[str]], reason: str, where: str) -> None:
    """Count ``reason`` under its group (numbers and quoted names blanked), keeping up to three examples."""
    group = re.sub(r"'[^']*'|\"[^\"]*\"|\d[\d,.]*", "…", reason)
    counter[group] += 1
    shown = examples.setdefault(group, [])
    if len(shown) < 3:
        shown.append(f"{where}: {reason}")


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
            where = f"{item.path}:{item.line}" if item.line is not None else item.path
            if item.severity == "warning":
                summary.warn(item.reason, where)
            else:
                summary.skip(item.reason, where)
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


class Linker:
    """The order-dependent half of a write: near-duplicate links, ``seq`` numbers and batches, in input order.

    Built from what the sink has stored (the next ``seq``, the last ``window`` first copies), so a rerun
    continues exactly where the committed prefix ends.
    """

    def __init__(self, sink: Any, threshold: float = THRESHOLD, window: int = WINDOW, batch_size: int = 500) -> None:
        self.sink = sink
        self.batch_size = batch_size
        self.index = NearDuplicateIndex(threshold, window=window)
        self.index.extend(sink.first_copies(window))
        self.seq = sink.next_seq()
        self.pending: list[IngestRecord] = []

    def add(self, coded: CodedArticle) -> bool:
        """Queue a coded article for the next batch; True when it is a near duplicate of a first copy."""
        found = self.index.match(coded.signature)
        if found is None:
            self.index.add(coded.article.stable_id, self.seq, coded.signature)
        self.pending.append(IngestRecord(coded.article, coded.events, self.seq, coded.signature,
                                         found[0] if found else None, found[1] if found else None))
        self.seq += 1
        return found is not None

    @property
    def full(self) -> bool:
        return len(self.pending) >= self.batch_size

    def commit(self, summary: IngestSummary) -> bool:
        """Write the queued articles as ONE transaction; False (nothing written) when none are queued."""
        if not self.pending:
            return False
        articles, events, mentions = self.sink.write(self.pending)
        summary.new += articles
        summary.events_stored += events
        summary.mentions += mentions
        summary.batches += 1
        self.pending = []
        return True


def _link(linker: Linker, summary: IngestSummary, coded: CodedArticle) -> None:
    """Count a coded article, and queue it unless it could not be coded (then it is skipped with its reason)."""
    if coded.error:
        summary.skip(coded.error, coded.article.stable_id)
        return
    summary.coded += 1
    summary.near_duplicates += linker.add(coded)


def write_articles(store: Store, items: Iterable[tuple[Article, Sequence[Event]]], *, threshold: float = THRESHOLD,
                   window: int = WINDOW, batch_size: int = 500) -> IngestSummary:
    """Store already-coded (article, events) pairs exactly as ``detente ingest`` stores what it codes.

    For events coded elsewhere (your own coder, hand-made test data): stored and repeated ids are skipped,
    near duplicates are linked to their first copy and their repeated events become duplicate mentions.
    """
    pairs = list(items)
    events_of: dict[str, Sequence[Event]] = {}
    for article, events in pairs:
        events_of.setdefault(article.stable_id, events)
    sink = StoreSink(store)
    linker = Linker(sink, threshold, window, batch_size)
    summary = IngestSummary()
    for chunk in _new_chunks((a for a, _ in pairs), sink, summary, batch_size):
        for article in chunk:
            _link(linker, summary, CodedArticle(article, list(events_of[article.stable_id]), signature(article.text)))
            if linker.full:
                linker.commit(summary)
    linker.commit(summary)
    return summary


class IngestStopped(Exception):
    """The run stopped part-way (a worker died, the store could not be written); what was committed is kept.

    ``summary`` tells how far it got; the same command run again continues after the committed prefix.
    """

    def __init__(self, reason: str, summary: IngestSummary) -> None:
        self.summary = summary
        super().__init__(f"{reason}. The ingest stopped after {summary.batches:,} committed batches "
                         f"({summary.new:,} articles), which are kept: fix the cause and run the same command "
                         "again to continue")


def run_ingest(opts: IngestOptions, on_progress: Callable[[IngestSummary, bool], None] | None = None,
               engine: Any = None) -> IngestSummary:
    """Ingest ``opts.paths``; ``on_progress(summary, committed)`` after each coded chunk and each commit.

    ``engine``: an engine to use (and leave open), e.g. one Dask cluster for several runs; default: one made
    from ``opts`` and closed at the end. Raises :class:`detente.store.StoreLocked` (before any work) when
    another process holds the store, :class:`IngestStopped` when a worker dies or the store cannot be
    written (a full disk) after work began.
    """
    sink = open_sink(opts.db, opts.out, opts.window)
    summary = IngestSummary()
    notify = on_progress or (lambda s, c: None)
    failed = True
    try:
        config = check_config(opts)
        linker = Linker(sink, opts.threshold, opts.window, opts.batch_size)

        def commit() -> None:
            if linker.commit(summary):
                notify(summary, True)

        chunk_size = max(1, min(opts.chunk_size, opts.batch_size))
        items = read_paths(list(opts.paths), date=opts.date, columns=opts.columns, max_chars=opts.max_chars)
        own = engine is None
        if own:
            engine = make_engine(opts.engine, config, workers=opts.workers, scheduler=opts.scheduler,
                                 batch_size=chunk_size, max_seconds=opts.max_seconds)
        summary.started = time.monotonic()  # the rate counts coding, not loading the model
        try:
            try:
                for coded in engine.map(_new_chunks(items, sink, summary, chunk_size)):
                    for c in coded:
                        _link(linker, summary, c)
                        if linker.full:
                            commit()
                    notify(summary, False)
            except EngineError as e:
                commit()  # what was coded before the failure is a prefix of the input: keep it
                raise IngestStopped(str(e), summary) from None
            commit()
        finally:
            if own:
                engine.close()
        failed = False
    except (StoreWriteError, OSError) as e:
        if isinstance(e, StoreWriteError) or opts.out:  # the Parquet sink reports a full disk as an OSError
            raise IngestStopped(str(e) if isinstance(e, StoreWriteError) else f"cannot write to {opts.out}: {e}",
                                summary) from None
        raise
    finally:
        try:
            sink.close()
        except StoreWriteError as e:
            if not failed:  # otherwise the first failure is the one to report
                raise IngestStopped(str(e), summary) from None
    return summary
