"""``detente demo``: the README's first command. Code the bundled example news (and any files you add) into
an embedded event store, summarise it, and open the dashboard on it.

It is ``ingest`` + ``stats`` + ``serve`` with the bundled data, so a new user sees the whole product with one
command; nothing in it is special to any article.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from detente.cli.common import EXIT_LOCKED, EXIT_STOPPED, check_date, err, fail, interruptible


def bundled_examples() -> Path:
    """The example news items shipped inside the package (written by the project)."""
    return Path(str(resources.files("detente.examples") / "news.jsonl"))


def demo(
    paths: Annotated[Optional[list[str]], typer.Argument(  # noqa: UP045 (typer needs Optional)
        help="More files to add, e.g. ../shared/examples/seed-article.txt.")] = None,
    date: Annotated[Optional[str], typer.Option(  # noqa: UP045
        help="Publication date (YYYY-MM-DD) for added text files that carry none.")] = None,
    db: Annotated[Path, typer.Option("--db", help="The event store to build (DuckDB file).")] = Path(
        "detente.duckdb"),
    serve: Annotated[bool, typer.Option("--serve/--no-serve", help="Open the dashboard afterwards.")] = True,
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Coding processes.")] = 1,
) -> None:
    """Code the bundled example news (plus your files) into DETENTE.DUCKDB and open the dashboard."""
    from detente.cli.export import stats
    from detente.cli.serve import serve as serve_command
    from detente.store.database import StoreLocked
    from detente.store.ingest import IngestOptions, IngestStopped, run_ingest

    date = check_date(date)
    inputs = (str(bundled_examples()), *(paths or ()))
    err.print(f"detente demo: coding {len(inputs)} input file(s) into [bold]{escape(str(db))}[/] ...")
    try:
        summary = run_ingest(IngestOptions(paths=inputs, db=str(db), date=date, workers=workers))
    except StoreLocked as exc:
        raise fail(str(exc), EXIT_LOCKED) from None
    except IngestStopped as exc:
        raise fail(str(exc), EXIT_STOPPED) from None
    err.print(f"read {summary.articles_read} articles ({summary.new} new, {summary.already_stored} already "
              f"stored, {summary.near_duplicates} near-duplicates), stored {summary.events_stored} events"
              + (f"; skipped {summary.errors} (see `detente ingest` for reasons)" if summary.errors else ""))
    stats(db=str(db), as_json=False, top=10)
    if serve:
        serve_command(db=db, host="127.0.0.1", port=port)
    else:
        err.print(f"open the dashboard with: [bold]detente serve --db {escape(str(db))}[/]  "
                  f"(http://127.0.0.1:{port}/)")


def register(app: typer.Typer) -> None:
    """Add ``demo`` to the main command line app (called by cli.py)."""
    app.command("demo")(interruptible(demo))
