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
from typing import Annotated, Any, Optional

import typer
from rich.console import Console

from detente.cli.common import (
    EXIT_LOCKED,
    EXIT_NOTHING_READ,
    EXIT_USAGE,
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


def _many(help_: str, *names: str) -> Any:
    return typer.Option(*names, help=help_ + " Repeatable: any of the values.")


def export(
    format: Annotated[str, typer.Option("--format", "-f", help="csv, jsonl, parquet or gdelt.")],
    db: DbOpt = "detente.duckdb",
    out: Annotated[_Opt[Path], typer.Option(
        "--out", "-o", help="Output file (default: standard output; required for parquet).")] = None,
    date_from: Annotated[_Opt[str], typer.Option(
        "--date-from", "--since", help="Events on or after this day, YYYY-MM-DD.")] = None,
    date_to: Annotated[_Opt[str], typer.Option(
        "--date-to", "--until", help="Events on or before this day, YYYY-MM-DD.")] = None,
    actor: Annotated[_Opt[list[str]], _many("Actor on either side: code or name, any case (BLR, eu, Belarus).",
                                            "--actor")] = None,
    source: Annotated[_Opt[list[str]], _many("Source actor (who acts), as --actor.", "--source")] = None,
    target: Annotated[_Opt[list[str]], _many("Target actor, as --actor.", "--target")] = None,
    dyad: Annotated[_Opt[list[str]], _many("Two actors A-B facing each other, either direction (BLR-EU).",
                                           "--dyad")] = None,
    sector: Annotated[_Opt[list[str]], _many("Actor sector on either side (GOV, MIL, REB, OPP, CVL, ...).",
                                             "--sector")] = None,
    cameo: Annotated[_Opt[list[str]], _many("CAMEO event code or its start (19, 193).", "--cameo")] = None,
    cameo_root: Annotated[_Opt[list[str]], _many("CAMEO root category, 01-20.", "--cameo-root", "--root")] = None,
    plover: Annotated[_Opt[list[str]], _many("PLOVER event type, e.g. SANCTION.", "--plover")] = None,
    quad_class: Annotated[_Opt[list[str]], _many("Quad class 1-4.", "--quad-class", "--quad")] = None,
    q: Annotated[_Opt[str], typer.Option("--q", "--text", help="Words in the sentence, any case.")] = None,
    outlet: Annotated[_Opt[list[str]], _many("Outlet (the article's source name), any case.", "--outlet")] = None,
    country: Annotated[_Opt[list[str]], _many("Mapped country: the location's, else an actor's (ISO alpha-3).",
                                              "--country")] = None,
    place: Annotated[_Opt[list[str]], _many("Location name (Vilnius).", "--place")] = None,
    date_precision: Annotated[_Opt[list[str]], _many(
        "How the date is known: day, week, month, year, published, unknown.", "--date-precision")] = None,
    sort: Annotated[str, typer.Option(help="csv/jsonl order: date, -date, goldstein, cameo, source, target, "
                                           "confidence (- descending).")] = "date",
    limit: Annotated[_Opt[int], typer.Option(help="At most this many events.", min=0, max=2**63 - 1)] = None,
    header: Annotated[bool, typer.Option(help="gdelt: write a header line (GDELT files have none).")] = False,
    all_mentions: Annotated[bool, typer.Option(
        "--all-mentions", help="gdelt: one row per stored mention, not per merged event.")] = False,
) -> None:
    """Export events as CSV, JSON Lines, Parquet or GDELT 2.0 event-table rows, with the filters of docs/query.md."""
    from detente.store.actors import StoreTerms
    from detente.store.export import FORMATS, ExportError
    from detente.store.export import export as run_export
    from detente.store.query import SORTS, QueryError, build_filter

    fmt = format.lower()
    if fmt not in FORMATS:
        raise fail(f"unknown format {format!r}: use {', '.join(FORMATS)}", EXIT_USAGE)
    if fmt == "parquet" and out is None:
        raise fail("parquet is a binary format: give --out FILE", EXIT_USAGE)
    if out is not None and (out.is_dir() or not out.name):
        raise fail(f"--out {out} is a folder: give a file name, e.g. --out {out / ('events.' + fmt)}", EXIT_USAGE)
    if sort not in SORTS:
        raise fail(f"--sort {sort!r}: use {', '.join(SORTS)}", EXIT_USAGE)
    values = {"date_from": date_from, "date_to": date_to, "actor": actor, "source": source, "target": target,
              "dyad": dyad, "sector": sector, "cameo": cameo, "cameo_root": cameo_root, "plover": plover,
              "quad_class": quad_class, "q": q, "outlet": outlet, "country": country, "place": place,
              "date_precision": date_precision}

    with open_readonly(db) as store:
        try:
            flt = build_filter({k: v for k, v in values.items() if v}, StoreTerms(store.con))
        except QueryError as exc:
            raise fail(f"--{exc.field.replace('_', '-')}: {exc.message}", EXIT_USAGE) from None
        options = {"header": header, "all_mentions": all_mentions, "limit": limit, "sort": sort}
        if out is None:
            utf8_stdout()
            try:
                run_export(store.con, fmt, flt, out=sys.stdout, **options)
                sys.stdout.flush()
            except BrokenPipeError:  # e.g. `detente export ... | head`: the reader has all it wants
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except ExportError as exc:
                raise fail(str(exc), EXIT_USAGE) from None
            return
        # write next to the target and rename, so an interrupted export never leaves a truncated file
        part = out.with_name(out.name + ".part")
        try:
            if fmt == "parquet":
                n = run_export(store.con, fmt, flt, path=str(part), limit=limit)
            else:
                with part.open("w", encoding="utf-8", newline="") as fh:
                    n = run_export(store.con, fmt, flt, out=fh, **options)
            os.replace(part, out)
        except ExportError as exc:
            raise fail(str(exc), EXIT_USAGE) from None
        except OSError as exc:
            raise fail(f"cannot write {out}: {exc.strerror or exc}", EXIT_NOTHING_READ) from None
        finally:
            part.unlink(missing_ok=True)
    err.print(f"wrote {n:,} events to {out}")


def register(app: typer.Typer) -> None:
    """Add ``stats`` and ``export`` to the main ``detente`` app (called from :mod:`detente.cli`)."""
    app.command("stats")(interruptible(stats))
    app.command("export")(interruptible(export))
