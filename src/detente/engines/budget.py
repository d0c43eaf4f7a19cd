"""A per-article time budget, so that one pathological article cannot stall an ordered ingest.

Why: results are consumed in input order, so an article that takes minutes (a 900 KB line without
punctuation, a parser corner case) holds up every article behind it. Each article gets ``seconds`` of wall
time; past that it is abandoned and reported, and the run goes on. Skipped articles are not stored, so a
later run tries them again.

How: ``SIGALRM`` (``setitimer``), which raises :class:`ArticleTimeout` in the coding code at the next Python
instruction. It only works in a process's main thread, which is where pool workers and the in-process engine
code; elsewhere (Dask runs tasks in threads) the budget is off and only the size budget applies.
:class:`ArticleTimeout` is a ``BaseException`` so that no ``except Exception`` inside a library swallows it.
"""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import Any


class ArticleTimeout(BaseException):
    """The current article used up its time budget."""


def _expired(signum: int, frame: FrameType | None) -> None:
    raise ArticleTimeout


class TimeBudget:
    """``with TimeBudget(60) as budget:`` then ``budget.start()`` before each article, ``budget.stop()`` after."""

    def __init__(self, seconds: float | None) -> None:
        usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        self.seconds = seconds if seconds and seconds > 0 and usable else None
        self._previous: Any = None

    @property
    def reason(self) -> str:
        return (f"coding took longer than {self.seconds:g} s (the per-article time budget, --max-seconds); "
                "skipped, a later run tries it again")

    def __enter__(self) -> TimeBudget:
        if self.seconds:
            self._previous = signal.signal(signal.SIGALRM, _expired)
        return self

    def start(self) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def stop(self) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)

    def __exit__(self, *exc: object) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)
