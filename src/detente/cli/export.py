"""The ``stats`` and ``export`` commands: thin wrappers over :mod:`detente.store.stats` and :mod:`detente.store.export`.

Why separate from ``cli.py``: the command line is assembled from per-feature modules, each adding its
commands with ``register(app)``, so features can be built and reviewed independently.

Both commands open the store READ-ONLY: they never create a file (a mistyped ``--db`` is an error, not a new
empty store), never change one, and refuse cleanly while an ingest holds the write lock. Exit codes follow
``detente ingest``: 1 no usable store, 2 usage error, 3 store locked by another process.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from detente.cli.common import (
    EXIT_LOCKED,
    EXIT_NOTHING_READ,
    EXIT_USAGE,
    check_date,
    err,
    fail,
    interruptible,
    utf8_stdout,
)
from detente.store.database import Store, StoreError, StoreLocked, open_store

DbOpt = Annotated[str, typer.Option("--db", help="The event store (DuckDB file) written by detente ingest.")]
_Opt = Optional  # typer needs Optional[...] rather than X | None in annotations


def open_readonly(db: str) -> Store:
    """Open an existing store read-only, turning each failure into a message and exit code."""
    try:
        return open_store(db, read_only=True)
    except FileNotFoundError:
        raise fail(f"no event store at {db}: create one with `detente ingest FILES --db {db}`, "
                    "or pass --db with the right path", EXIT_NOTHING_READ) from None
    except StoreLocked as exc:
        raise fail(str(exc), EXIT_LOCKED) from None
    except StoreError as exc:
        raise fail(str(exc), EXIT_NOTHING_READ) from None


def stats(
    db: DbOpt = "detente.duckdb",
    as_json: Annotated[bool, typer.Option("--json", help="Print the numbers as one JSON object.")] = False,
    top: Annotated[int, typer.Option("--top", min=1, help="How many actors and dyads to list.")] = 10,
) -> None:
    """Summarise an event store: articles, events, dates, top actors and dyads, months x quad class, types."""
    from detente.store.stats import compute_stats, render_stats

    with open_readonly(db) as store:
        numbers = compute_stats(store.con, top=top)
    utf8_stdout(data=as_json)
    if as_json:
        sys.stdout.write(json.dumps({"db": db, **numbers}, ensure_ascii=False, indent=2) + "\n")
    else:
        Console().print(render_stats(numbers, db))


def export(
    format: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl, parquet or gdelt.")],
    db: DbOpt = "detente.duckdb",
    out: Annotated[_Opt[Path], typer.Option(
        "--out", "-o", help="Output file (default: standard output; required for parquet).")] = None,
    since: Annotated[_Opt[str], typer.Option(help="Events on or after this date, YYYY-MM-DD.")] = None,
    until: Annotated[_Opt[str], typer.Option(help="Events on or before this date, YYYY-MM-DD.")] = None,
    actor: Annotated[_Opt[str], typer.Option(help="Actor code on either side (e.g. BLR, EU, BLRGOV).")] = None,
    source: Annotated[_Opt[str], typer.Option(help="Actor code of the source (who acts).")] = None,
    target: Annotated[_Opt[str], typer.Option(help="Actor code of the target.")] = None,
    cameo: Annotated[_Opt[str], typer.Option(help="CAMEO event code prefix, e.g. 16 or 163.")] = None,
    root: Annotated[_Opt[str], typer.Option(help="CAMEO root category, 01-20.")] = None,
    plover: Annotated[_Opt[str], typer.Option(help="PLOVER event type, e.g. SANCTION.")] = None,
    quad: Annotated[_Opt[int], typer.Option(help="Quad class 1-4.")] = None,
    limit: Annotated[_Opt[int], typer.Option(help="At most this many events.", min=0, max=2**63 - 1)] = None,
    header: Annotated[bool, typer.Option(help="gdelt: write a header line (GDELT files have none).")] = False,
    all_mentions: Annotated[bool, typer.Option(
        "--all-mentions", help="gdelt: one row per stored mention, not per merged event.")] = False,
) -> None:
    """Export events as CSV, JSON Lines, Parquet or GDELT 2.0 event-table rows, with filters."""
    from detente.store.export import FORMATS, EventFilter, ExportError
    from detente.store.export import export as run_export

    fmt = format.lower()
    if fmt not in FORMATS:
        raise fail(f"unknown format {format!r}: use {', '.join(FORMATS)}", EXIT_USAGE)
    if fmt == "parquet" and out is None:
        raise fail("parquet is a binary format: give --out FILE", EXIT_USAGE)
    if out is not None and (out.is_dir() or not out.name):
        raise fail(f"--out {out} is a folder: give a file name, e.g. --out {out / ('events.' + fmt)}", EXIT_USAGE)
    since, until = check_date(since, "--since"), check_date(until, "--until")
    flt = EventFilter(since, until, actor, source, target, cameo, root, plover, quad, limit)
    try:
        flt = flt.normalised()
    except ExportError as exc:
        raise fail(str(exc), EXIT_USAGE) from None

    with open_readonly(db) as store:
        if out is None:
            utf8_stdout()
            try:
                run_export(store.con, fmt, flt, out=sys.stdout, header=header, all_mentions=all_mentions)
                sys.stdout.flush()
            except BrokenPipeError:  # e.g. `detente export ... | head`: the reader has all it wants
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return
        # write next to the target and rename, so an interrupted export never leaves a truncated file
        part = out.with_name(out.name + ".part")
        try:
            if fmt == "parquet":
                n = run_export(store.con, fmt, flt, path=str(part))
            else:
                with part.open("w", encoding="utf-8", newline="") as fh:
                    n = run_export(store.con, fmt, flt, out=fh, header=header, all_mentions=all_mentions)
            os.replace(part, out)
        except OSError as exc:
            raise fail(f"cannot write {out}: {exc.strerror or exc}", EXIT_NOTHING_READ) from None
        finally:
            part.unlink(missing_ok=True)
    err.print(f"wrote {n:,} events to {out}")


def register(app: typer.Typer) -> None:
    """Add ``stats`` and ``export`` to the main ``detente`` app (called from :mod:`detente.cli`)."""
    app.command("stats")(interruptible(stats))
    app.command("export")(interruptible(export))
