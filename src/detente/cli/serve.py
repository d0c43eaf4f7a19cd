"""``detente serve``: the analysis API and dashboard over an event store, read-only, on every core.

Kept out of cli.py so the web stack (FastAPI, uvicorn) is imported only by the command that needs it.

Why several processes: a request is Python (validation, JSON) around a DuckDB query, and one Python process
runs its Python on one core. ``--workers N`` (default: the number of cores) starts N server processes that
share one listening socket; each opens the store read-only (DuckDB allows any number of reading processes)
and keeps its own answer cache. The supervisor waits 30 s, not uvicorn's 5, for a worker to answer its health
check before replacing it: on a busy machine a worker deep in a long query is slow, not hung, and replacing
it would drop its connections and its cache. Why the socket is bound here, before any worker starts: a port in use is
then one clear line and exit code 5, not a "serving at ..." banner followed by uvicorn's bind error.
"""

from __future__ import annotations

import errno
import functools
import os
import socket
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.markup import escape

from detente.cli.common import EXIT_LOCKED, EXIT_NOTHING_READ, EXIT_PORT_BUSY, EXIT_USAGE, err, fail


def bind(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` (IPv6 for an address with a colon), ready to hand to uvicorn."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: restart over TIME_WAIT
    try:
        sock.bind((host.strip("[]"), port))
    except BaseException:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def _check_store(db: Path) -> None:
    """Open the store once here, so a missing, locked or foreign file is one clear line before any worker."""
    from detente.store.database import StoreError, StoreLocked, open_store

    try:
        open_store(db, read_only=True).close()
    except FileNotFoundError:
        raise fail(f"no event store at {db}; build one first: detente ingest FILES... --db {db}",
                   EXIT_NOTHING_READ) from None
    except StoreLocked as exc:
        raise fail(f"{exc} The server opens the store read-only and cannot while an ingest is writing to it: "
                   "wait for the ingest to finish (or serve a copy of the file).", EXIT_LOCKED) from None
    except StoreError as exc:
        raise fail(str(exc), EXIT_NOTHING_READ) from None


def serve(
    db: Annotated[Path, typer.Option("--db", help="The event store to show (opened read-only).")] = Path(
        "detente.duckdb"),
    host: Annotated[str, typer.Option("--host", help="Interface to listen on (0.0.0.0 exposes it).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    workers: Annotated[int, typer.Option(
        "--workers", min=1, max=64, help="Server processes (default: one per core).")] = os.cpu_count() or 1,
    allow_host: Annotated[Optional[list[str]], typer.Option(  # noqa: UP045 (typer needs Optional)
        "--allow-host", help="Another host name clients use to reach the server (the bound names are allowed; "
                             "'*' allows any, without DNS-rebinding protection). Repeatable.")] = None,
) -> None:
    """Serve the dashboard and the JSON API (/api/, OpenAPI at /docs) over an event store."""
    import uvicorn

    from detente.web.app import allowed_hosts, worker_app

    _check_store(db)
    try:
        sock = bind(host, port)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise fail(f"port {port} on {host} is already in use (another detente serve, or another program): "
                       f"stop it or choose another port with --port", EXIT_PORT_BUSY) from None
        if isinstance(exc, socket.gaierror) or exc.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
            raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc} (check --host)", EXIT_USAGE) from None
        raise fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}", EXIT_PORT_BUSY) from None
    threads = max(1, (os.cpu_count() or 1) // workers)
    hosts = tuple(allowed_hosts(host, allow_host or ()))  # computed once here: every worker answers the same names
    config = uvicorn.Config(functools.partial(worker_app, str(db), os.getpid(), threads, hosts), factory=True,
                            workers=workers, log_level="warning", timeout_graceful_shutdown=5,
                            timeout_worker_healthcheck=30)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    plural = "s" if workers > 1 else ""
    err.print(f"detente: serving [bold]{escape(str(db))}[/] (read-only, {workers} worker{plural}) at "
              f"[bold cyan]http://{shown}:{port}/[/]  (API docs: http://{shown}:{port}/docs; Ctrl-C to stop)")
    try:
        if workers > 1:
            from uvicorn.supervisors import Multiprocess

            Multiprocess(config, sockets=[sock]).run()
        else:
            uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the main command line app (called by cli.py)."""
    app.command("serve")(serve)
