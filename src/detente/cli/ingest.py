"""The ``detente ingest`` command: options, progress, the closing summary and exit codes.

Exit codes are part of the interface, for scripts and schedulers: 0 the run completed (even if some input
files were unreadable: they are listed with path and reason), 1 nothing could be read at all, 2 a usage
error, 3 the store is in use by another process (:class:`detente.store.StoreLocked`).

Progress goes to stderr: a rich bar on a terminal, one plain line per committed batch otherwise (a log a
supervisor can follow; the crash test uses it to know how many batches are committed), nothing with --quiet.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console

from detente.cli.common import (
    EXIT_LOCKED,
    EXIT_NOTHING_READ,
    CoderOpt,
    EventModelOpt,
    check_date,
    err,
    fail,
)


def _columns(spec: str | None) -> dict[str, str] | None:
    if not spec:
        return None
    out = {}
    for part in spec.split(","):
        field, sep, name = part.partition("=")
        if not sep or not field.strip() or not name.strip():
            raise ValueError(f"--columns wants field=column pairs separated by commas, got {part!r}")
        out[field.strip()] = name.strip()
    from detente.readers.base import resolve_columns

    resolve_columns(out)
    return out


class _Progress:
    """A rich bar on a terminal, else a line per committed batch; silent when quiet."""

    def __init__(self, console: Console, quiet: bool) -> None:
        self.console = console
        self.mode = "quiet" if quiet else ("bar" if console.is_terminal else "lines")
        self.bar: Any = None

    def __enter__(self) -> _Progress:
        if self.mode == "bar":
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                                console=self.console, transient=False)
            self.bar.start()
            self.task = self.bar.add_task("starting (loading the model)")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def __call__(self, s: Any, committed: bool) -> None:
        rate = s.coded / s.elapsed if s.elapsed > 0 else 0.0
        text = (f"{s.articles_read:,} articles, {rate:,.1f} articles/s, {s.events_stored:,} events, "
                f"{s.errors:,} errors")
        if self.mode == "bar":
            self.bar.update(self.task, description=text)
        elif self.mode == "lines" and committed:
            self.console.print(f"ingest: batch {s.batches} committed: {s.new:,} new, {text}", highlight=False)


def _summary(console: Console, s: Any, where: str) -> None:
    import time

    rate = s.coded / s.elapsed if s.elapsed > 0 else 0.0
    console.print(f"[bold]ingest done[/] in {time.monotonic() - s.opened:.1f}s ({rate:.1f} articles/s coded) "
                  f"-> {where}", highlight=False)
    rows = [("articles read", s.articles_read), ("new (stored)", s.new), ("already stored", s.already_stored),
            ("repeated id in input", s.repeated), ("near-duplicates (linked)", s.near_duplicates),
            ("events stored", s.events_stored), ("duplicate mentions counted", s.mentions),
            ("read warnings", s.warnings), ("skipped", s.errors)]
    for label, n in rows:
        console.print(f"  {label:<28} {n:>10,}", highlight=False)
    for reason, n in s.skipped.most_common():
        console.print(f"    {n:>6,} x {reason}", highlight=False)
        for ex in s.examples.get(reason, []):
            console.print(f"           e.g. {ex}", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    """Add ``ingest`` to the main app (cli.py calls this)."""

    @app.command()
    def ingest(
        paths: Annotated[Optional[list[str]], typer.Argument(  # noqa: UP045 (typer needs Optional)
            help="Files or folders (.txt .html .jsonl .csv .warc .rss/.atom, any of them .gz).")] = None,
        db: Annotated[Optional[str], typer.Option(help="DuckDB store (default ./detente.duckdb).")] = None,  # noqa: UP045
        date: Annotated[Optional[str], typer.Option(  # noqa: UP045
            help="Publication date YYYY-MM-DD for articles whose input gives none.")] = None,
        workers: Annotated[Optional[int], typer.Option(  # noqa: UP045
            help="Coding processes (default: all cores; 1 = in this process).")] = None,
        engine: Annotated[str, typer.Option(help="local (process pool) or dask.")] = "local",
        scheduler: Annotated[Optional[str], typer.Option(  # noqa: UP045
            help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a LocalCluster).")] = None,
        out: Annotated[Optional[str], typer.Option(  # noqa: UP045
            help="Write Parquet (events partitioned by month) to this folder or fsspec URL, not a store.")] = None,
        from_parquet: Annotated[Optional[str], typer.Option(  # noqa: UP045
            "--from-parquet", help="Load a folder written with --out into --db instead of reading PATHs.")] = None,
        batch_size: Annotated[int, typer.Option(help="Articles per committed transaction.")] = 500,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress and no summary.")] = False,
        actors: Annotated[Optional[list[Path]], typer.Option(  # noqa: UP045
            "--actors", help="Your own lexicon file (YAML); repeatable.")] = None,
        columns: Annotated[Optional[str], typer.Option(  # noqa: UP045
            help="Field names of JSONL/CSV input, e.g. id=story_id,text=body,date=published.")] = None,
        model: Annotated[Optional[str], typer.Option(help="spaCy model package.")] = None,  # noqa: UP045
        coder: CoderOpt = None,
        event_model: EventModelOpt = None,
        threshold: Annotated[float, typer.Option(help="Near-duplicate Jaccard threshold.")] = 0.8,
    ) -> None:
        """Code news files into an event store: batches committed atomically, reruns continue, duplicates linked."""
        from detente.store.database import StoreError, StoreLocked, open_store
        from detente.store.ingest import IngestOptions, load_parquet, run_ingest

        date = check_date(date)
        from detente.coder.pipeline import CODERS

        if coder is not None and coder not in CODERS:
            raise fail(f"--coder must be one of {', '.join(CODERS)}, not {coder!r}")
        if engine not in ("local", "dask"):
            raise fail(f"--engine must be local or dask, not {engine!r}")
        if scheduler and engine != "dask":
            raise fail("--scheduler needs --engine dask")
        if out and db:
            raise fail("give --db or --out, not both (load an --out folder later with --from-parquet)")
        if workers is not None and workers < 1 or batch_size < 1 or not 0 < threshold <= 1:
            raise fail("--workers and --batch-size must be >= 1, --threshold in (0, 1]")
        if from_parquet:
            if paths or out:
                raise fail("--from-parquet takes no PATHs and no --out")
            try:
                with open_store(db or "detente.duckdb") as store:
                    a, e, m = load_parquet(from_parquet, store)
            except StoreLocked as exc:
                raise fail(str(exc), EXIT_LOCKED) from None
            except (StoreError, FileNotFoundError, OSError) as exc:
                raise fail(f"cannot load {from_parquet}: {exc}", EXIT_NOTHING_READ) from None
            if not quiet:
                err.print(f"loaded {a:,} articles, {e:,} events, {m:,} duplicate mentions from {from_parquet}")
            return
        if not paths:
            raise fail("give at least one PATH (file or folder) to ingest")
        try:
            opts = IngestOptions(paths=tuple(paths), db=None if out else (db or "detente.duckdb"), out=out,
                                 date=date, columns=_columns(columns), engine=engine,
                                 workers=workers or os.cpu_count() or 1, scheduler=scheduler,
                                 batch_size=batch_size, actors=tuple(str(a) for a in actors or ()),
                                 model=model, threshold=threshold, coder=coder,
                                 event_model=str(event_model) if event_model else None)
        except ValueError as exc:
            raise fail(str(exc)) from None
        try:
            with _Progress(err, quiet) as progress:
                summary = run_ingest(opts, progress)
        except StoreLocked as exc:
            raise fail(str(exc), EXIT_LOCKED) from None
        except StoreError as exc:
            raise fail(str(exc)) from None
        except Exception as exc:  # model or lexicon problems found before any work: the user's to fix
            from detente.coder.detect.learned import ModelNotAvailable
            from detente.coder.nlp import ModelNotFound
            from detente.lexicon import LexiconError

            if isinstance(exc, LexiconError | ModelNotFound | FileNotFoundError | ModelNotAvailable):
                raise fail(str(exc)) from None
            raise
        if not quiet:
            _summary(err, summary, out or opts.db or "")
        if summary.articles_read == 0:
            raise typer.Exit(EXIT_NOTHING_READ)


def main() -> None:  # pragma: no cover - for trying the command before cli.py registers it
    app = typer.Typer(add_completion=False)
    register(app)

    @app.callback()
    def _root() -> None:
        """detente (ingest only)."""

    app(sys.argv[1:])
if __name__ == "__main__":
    main()
