"""The Dask engine: the same :func:`code_chunk` on a Dask distributed cluster.

Why Dask distributed: one scheduler address is all a user needs (``dask scheduler`` on one machine,
``dask worker tcp://HOST:8786`` with detente installed on the others), and futures let us keep the local
engine's guarantees: a bounded number of chunks in flight, results consumed in input order, so that the
client (which links duplicates and writes the store or Parquet) sees exactly what a local run sees.

Without ``scheduler`` a LocalCluster (2 worker processes, 1 thread each, bound to 127.0.0.1, no dashboard)
is started and stopped with the engine. Workers load the model on their first chunk and keep it (cached per
process). Files named in the coder configuration (``--actors``) must be readable at the same path on every
worker (a shared file system), since they are opened where the coding runs.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from detente.engines import Chunk, CodedArticle, EngineError, code_chunk


class DaskEngine:
    """Maps :func:`code_chunk` over chunks on a Dask cluster, in order, with bounded work in flight."""

    def __init__(self, config: object, *, scheduler: str | None = None, batch_size: int = 32,
                 n_workers: int = 2, inflight: int | None = None, max_seconds: float | None = None) -> None:
        from distributed import Client, LocalCluster

        self.config = config
        self.max_seconds = max_seconds  # not enforced: Dask codes in threads, where no timer can interrupt
        self.batch_size = batch_size
        self._cluster: Any = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self._cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, host="127.0.0.1",
                                         dashboard_address=None, processes=True)
            self.client = Client(self._cluster)
        cores = sum(w.get("nthreads", 1) for w in self.client.scheduler_info()["workers"].values())
        self.inflight = inflight or 2 * max(1, cores)

    def map(self, chunks: Iterable[Chunk]) -> Iterator[list[CodedArticle]]:
        """Results of :func:`code_chunk` for each chunk, in the order of ``chunks``."""
        pending: deque[Any] = deque()
        try:
            for chunk in chunks:
                pending.append(self.client.submit(code_chunk, chunk, self.config, self.batch_size,
                                                   self.max_seconds, pure=False))
                if len(pending) >= self.inflight:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except Exception as e:  # code_chunk never raises for an article: this is the cluster failing
            raise EngineError(f"the Dask cluster failed: {type(e).__name__}: {e}") from None

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
