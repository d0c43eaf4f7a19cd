"""Engines: the Dask engine (LocalCluster on 127.0.0.1) gives the local engine's events, ids and all; the
Parquet output loads back into an equal store; one bad article does not sink its chunk."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest

import detente.coder.pipeline
from detente.coder.pipeline import CoderConfig
from detente.engines import code_chunk
from detente.model import Article
from detente.store.database import open_store
from detente.store.ingest import IngestOptions, run_ingest
from detente.store.sinks import load_parquet

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
PATTERNS = str(FIX / "patterns.yml")


def _rows(db: Path, table: str, order: str, exclude: str = "") -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(f"SELECT * {exclude} FROM {table} ORDER BY {order}").fetchall()
    finally:
        con.close()


def test_dask_equals_local_and_parquet_round_trip(tmp_path):
    pytest.importorskip("distributed")
    from detente.engines.dask import DaskEngine

    opts = dict(paths=(str(FIX),), actors=(PATTERNS,), batch_size=4)
    local = tmp_path / "local.duckdb"
    run_ingest(IngestOptions(db=str(local), workers=1, **opts))
    config = CoderConfig(actor_files=(PATTERNS,))
    with DaskEngine(config, batch_size=4) as engine:
        assert all(a.startswith("tcp://127.0.0.1:") for a in engine.client.scheduler_info()["workers"])
        on_dask = tmp_path / "dask.duckdb"
        s = run_ingest(IngestOptions(db=str(on_dask), engine="dask", **opts), engine=engine)
        out = tmp_path / "parquet"
        run_ingest(IngestOptions(db=None, out=str(out), engine="dask", **opts), engine=engine)
        consumed = []

        def chunks():
            for i in range(3 * engine.inflight):
                consumed.append(i)
                yield [Article(text=f"Poland accused Belarus, report {i}.", id=f"g{i}")]

        results = engine.map(chunks())
        first = next(results)
        assert len(consumed) == engine.inflight  # bounded work in flight, however long the input
        assert [r[0].article.id for r in [first, *results]] == [f"g{i}" for i in range(3 * engine.inflight)]
    assert s.events_stored > 0
    local_events = _rows(local, "events", "id")
    assert _rows(on_dask, "events", "id") == local_events
    assert (_rows(on_dask, "articles", "id", "EXCLUDE (ingested_at)")
            == _rows(local, "articles", "id", "EXCLUDE (ingested_at)"))
    # Parquet: events partitioned by month (hive), loadable into a store equal to the local run's
    months = {p.name for p in (out / "events").iterdir()}
    assert months and all(m.startswith("month=") for m in months)
    assert ds.dataset(out / "events", partitioning="hive").count_rows() == len(local_events)
    loaded = tmp_path / "loaded.duckdb"
    with open_store(loaded) as store:
        assert load_parquet(str(out), store)[1] == len(local_events)
    assert _rows(loaded, "events", "id") == local_events
    assert _rows(loaded, "duplicate_mentions", "article_id, event_id") == _rows(
        local, "duplicate_mentions", "article_id, event_id")


def test_one_bad_article_is_reported_not_the_chunk(monkeypatch):
    real = detente.coder.pipeline.code_article

    def fragile(article, config=None):
        if "BOOM" in article.text:
            raise RuntimeError("parser exploded")
        return real(article, config)

    def pipe_fails(articles, config=None, batch_size=32):
        raise RuntimeError("batch failed")
        yield  # pragma: no cover

    monkeypatch.setattr(detente.coder.pipeline, "code_article", fragile)
    monkeypatch.setattr(detente.coder.pipeline, "code_articles", pipe_fails)
    chunk = [Article(text="Poland accused Belarus of lying.", id="ok", date_published="2021-11-10"),
             Article(text="BOOM", id="bad")]
    got = code_chunk(chunk, CoderConfig(actor_files=(PATTERNS,)))
    assert [c.article.id for c in got] == ["ok", "bad"]
    assert got[0].error is None and got[0].events and got[0].signature
    assert got[1].error and "parser exploded" in got[1].error and not got[1].events
