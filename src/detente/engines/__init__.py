"""Engines: where the per-article work runs (this process, a local process pool, a Dask cluster).

Why one function for all: :func:`code_chunk` is a pure function of a list of articles and the coder's
configuration, so it gives the same events whether it runs in-process, in a pool worker or on a Dask worker,
and every engine only has to answer one question: how to map it over a stream of chunks, *in input order*,
with a bounded amount of work in flight (so memory stays flat however large the input). Everything that
depends on order (near-duplicate linking, sequence numbers, committing) happens afterwards, in the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from detente.model import Article, Event

Chunk = list[Article]


@dataclass(frozen=True)
class CodedArticle:
    """An article with its events and MinHash signature, or the reason it could not be coded."""

    article: Article
    events: list[Event] = field(default_factory=list)
    signature: bytes | None = None
    error: str | None = None


def warm_up(config: object) -> None:
    """Load the spaCy model and the lexicon (cached per process): a pool's initializer, a Dask plugin."""
    from detente.coder.nlp import load_pipeline
    from detente.lexicon import load_lexicon

    load_pipeline(config.model)  # type: ignore[attr-defined]
    load_lexicon(config.actor_files)  # type: ignore[attr-defined]
    if getattr(config, "coder", "rules") != "rules":
        from detente.coder.detect.learned import load_model

        load_model(config.event_model)  # type: ignore[attr-defined]


def code_chunk(articles: Chunk, config: object, batch_size: int = 32) -> list[CodedArticle]:
    """Code a chunk of articles and sign them for near-duplicate detection; never raises for one bad article.

    The chunk is parsed with ``nlp.pipe`` for throughput; if that fails, articles are coded one by one so
    that only the offending article is reported (``error``), not stored, and retried by the next run.
    """
    from detente.coder.pipeline import code_article, code_articles
    from detente.store.dedup import signature

    try:
        coded = list(code_articles(articles, config, batch_size=batch_size))  # type: ignore[arg-type]
    except Exception:
        coded = []
        for article in articles:
            try:
                coded.append((article, code_article(article, config)))  # type: ignore[arg-type]
            except Exception as e:
                coded.append((article, e))  # type: ignore[arg-type]
    out = []
    for article, events in coded:
        if isinstance(events, Exception):
            out.append(CodedArticle(article, error=f"coder error: {type(events).__name__}: {events}"))
        else:
            out.append(CodedArticle(article, events, signature(article.text)))
    return out


class Engine(Protocol):
    """Maps :func:`code_chunk` over chunks, yielding results in the chunks' order."""

    def map(self, chunks: Iterable[Chunk]) -> Iterator[list[CodedArticle]]: ...

    def close(self) -> None: ...


def make_engine(name: str, config: object, *, workers: int | None = None, scheduler: str | None = None,
                batch_size: int = 32) -> Engine:
    """``local`` (``workers`` processes; 1 = in this process) or ``dask`` (``scheduler`` or a LocalCluster)."""
    if name == "local":
        from detente.engines.local import LocalEngine

        return LocalEngine(config, workers=workers, batch_size=batch_size)
    if name == "dask":
        from detente.engines.dask import DaskEngine

        return DaskEngine(config, scheduler=scheduler, batch_size=batch_size)
    raise ValueError(f"unknown engine {name!r}: use local or dask")
