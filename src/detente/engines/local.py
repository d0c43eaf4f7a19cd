"""The local engine: code in this process (``workers=1``) or in a process pool on all cores.

Why processes, not threads: spaCy's parse holds the GIL for much of its work. Why ``forkserver``/``spawn``
rather than ``fork``: forking a parent that has DuckDB and rich's threads open is unsafe, and a clean worker
loads the model exactly once, in the pool's initializer. Why a bounded window of in-flight chunks: a
``map`` over a lazy stream would submit the whole input at once; here at most ``2 * workers`` chunks wait,
so memory does not grow with the input, and results are taken in submission order, so runs are
deterministic. Why workers watch the parent (:mod:`detente.lifeline`): a SIGKILLed ingest cannot shut its
pool down, and its workers would otherwise wait on their queue forever, keeping the forkserver alive too.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from detente.engines import Chunk, CodedArticle, EngineError, code_chunk, start_worker, warm_up


class LocalEngine:
    """Maps :func:`code_chunk` over chunks with ``workers`` processes, in order."""

    def __init__(self, config: object, *, workers: int | None = None, batch_size: int = 32,
                 inflight: int | None = None, max_seconds: float | None = None) -> None:
        self.config = config
        self.max_seconds = max_seconds
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.batch_size = batch_size
        self.inflight = inflight or 2 * self.workers
        self._pool: ProcessPoolExecutor | None = None
        if self.workers > 1:
            methods = mp.get_all_start_methods()
            ctx = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
            self._pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=start_worker,
                                             initargs=(config, os.getpid()))
        else:
            warm_up(config)

    def map(self, chunks: Iterable[Chunk]) -> Iterator[list[CodedArticle]]:
        """Results of :func:`code_chunk` for each chunk, in the order of ``chunks``."""
        if self._pool is None:
            for chunk in chunks:
                yield code_chunk(chunk, self.config, self.batch_size, self.max_seconds)
            return
        pending: deque[Future[list[CodedArticle]]] = deque()
        try:
            for chunk in chunks:
                pending.append(self._pool.submit(code_chunk, chunk, self.config, self.batch_size,
                                                  self.max_seconds))
                if len(pending) >= self.inflight:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        except BrokenProcessPool:
            raise EngineError("a coding worker process died (killed, or out of memory)") from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
