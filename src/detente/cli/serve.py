"""``detente serve``: the analysis API and dashboard over an event store, read-only.

Kept out of cli.py so the web stack (FastAPI, uvicorn) is imported only by the command that needs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from detente.cli.common import err


def serve(
    db: Annotated[Path, typer.Option("--db", help="The event store to show (opened read-only).")] = Path(
        "detente.duckdb"),
    host: Annotated[str, typer.Option("--host", help="Interface to listen on (0.0.0.0 exposes it).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    allow_host: Annotated[Optional[list[str]], typer.Option(  # noqa: UP045 (typer needs Optional)
        "--allow-host", help="Another host name clients use to reach the server (the bound names are allowed; "
                             "'*' allows any, without DNS-rebinding protection). Repeatable.")] = None,
) -> None:
    """Serve the dashboard and the JSON API (/api/, OpenAPI at /docs) over an event store."""
    import uvicorn

    from detente.store.database import StoreError, StoreLocked
    from detente.web.app import allowed_hosts, create_app

    try:
        app = create_app(db, allowed_hosts(host, allow_host or ()))
    except FileNotFoundError:
        err.print(f"[bold red]error:[/] no event store at {db}; build one first: "
                  f"detente ingest FILES... --db {db}")
        raise typer.Exit(2) from None
    except StoreLocked as exc:
        err.print(f"[bold red]error:[/] {exc}\nThe server opens the store read-only and cannot while an ingest "
                  "is writing to it: wait for the ingest to finish (or serve a copy of the file).")
        raise typer.Exit(3) from None
    except StoreError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from None
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    err.print(f"detente: serving [bold]{db}[/] (read-only) at [bold cyan]http://{shown}:{port}/[/]  "
              f"(API docs: http://{shown}:{port}/docs; Ctrl-C to stop)")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the main command line app (called by cli.py)."""
    app.command("serve")(serve)
