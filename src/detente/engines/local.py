"""The local engine: code in this process (``workers=1``) or in a process pool on all cores.

Why processes, not threads: spaCy's parse holds the GIL for much of its work. Why ``forkserver``/``spawn``
rather than ``fork``: forking a parent that has DuckDB and rich's threads open is unsafe, and a clean worker
loads the model exactly once, in the pool's initializer. Why a bounded window of in-flight chunks: a
``map`` over a lazy stream would submit the whole input at once; here at most ``2 * workers`` chunks wait,
so memory does not grow with the input, and results are taken in submission order, so runs are
deterministic.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from detente.engines import Chunk, CodedArticle, code_chunk, warm_up


class LocalEngine:
    """Maps :func:`code_chunk` over chunks with ``workers`` processes, in order."""

    def __init__(self, config: object, *, workers: int | None = None, batch_size: int = 32,
                 inflight: int | None = None) -> None:
        self.config = config
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.batch_size = batch_size
        self.inflight = inflight or 2 * self.workers
        self._pool: ProcessPoolExecutor | None = None
        if self.workers > 1:
            methods = mp.get_all_start_methods()
            ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
            self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=warm_up,
                                             initargs=(config,))
        else:
            warm_up(config)

    def map(self, chunks: Iterable[Chunk]) -> Iterator[list[CodedArticle]]:
        """Results of :func:`code_chunk` for each chunk, in the order of ``chunks``."""
        if self._pool is None:
            for chunk in chunks:
                yield code_chunk(chunk, self.config, self.batch_size)
            return
        pending: deque[Future[list[CodedArticle]]] = deque()
        for chunk in chunks:
            pending.append(self._pool.submit(code_chunk, chunk, self.config, self.batch_size))
            if len(pending) >= self.inflight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
