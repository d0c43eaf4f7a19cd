"""The web app: the JSON API (``/api/``, OpenAPI at ``/docs``) and the dashboard (static files, no build step).

Why read-only: the server must never change or lock out the data it shows, and DuckDB lets several readers
share a file. The other side of that coin: while the server has the file open, ``detente ingest`` cannot
write to it (and while an ingest writes, the server cannot open it); :class:`StoreLocked` says so plainly.

Why read-only also makes it fast: answers never go stale, so repeated questions are answered from memory
(:mod:`detente.web.cache`), and several server processes (``detente serve --workers``, one per core) can each
open the file: :func:`worker_app` is what each of them runs.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from detente.store.database import open_store
from detente.web.api import router
from detente.web.cache import ResponseCache
from detente.web.queries import Queries

STATIC = Path(__file__).parent / "static"


def _message(errors: list[dict[str, Any]]) -> str:
    """One readable line per problem: 'limit: Input should be less than or equal to 500'."""
    parts = []
    for err in errors:
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")]
        where = ".".join(loc) or "request"
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts)


def _plain(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Validation errors without pydantic's ``ctx`` objects (exceptions are not JSON)."""
    return [{k: (v if k != "input" or isinstance(v, str | int | float | list | None) else str(v))
             for k, v in err.items() if k in ("type", "loc", "msg", "input")} for err in errors]


def create_app(db_path: str | Path) -> FastAPI:
    """The FastAPI app over the store at ``db_path``, opened read-only.

    Raises FileNotFoundError, :class:`detente.store.StoreLocked` (an ingest is writing to it) or
    :class:`detente.store.StoreError` (not a detente store) at once, so ``detente serve`` can say why.
    """
    store = open_store(db_path, read_only=True)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="detente", version="0.1.0", lifespan=lifespan,
                  description="Political events (CAMEO, PLOVER, Goldstein) coded from news text: query them "
                              "by actor, dyad, period and type. Every endpoint is read-only.")
    app.state.store = store
    app.state.queries = Queries(store.con)
    app.include_router(router)
    app.add_middleware(ResponseCache)  # keyed on Host too: safe inside or outside a Host check

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = list(exc.errors())
        return JSONResponse(status_code=422, content={"message": _message(errors), "detail": _plain(errors)})

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return JSONResponse(status_code=exc.status_code, content={"message": str(exc.detail), "detail": exc.detail},
                            headers=exc.headers)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def worker_app(db_path: str, parent: int, threads: int | None = None) -> FastAPI:
    """The app in one server worker process: it dies with ``detente serve`` (``parent``), then opens the store.

    A factory (uvicorn calls it in each worker) with plain arguments, so the worker processes can be spawned.
    ``threads``: DuckDB threads for this worker's queries; with one worker per core, one each, so that
    concurrent queries do not fight over the cores (a query's own parallelism helps one client, not fifty).
    """
    from detente.lifeline import watch_parent

    watch_parent(parent)
    app = create_app(db_path)
    if threads:
        app.state.store.con.execute(f"SET threads = {int(threads)}")
    app.state.queries.actor_catalogue()  # names for every answer: computed before the first request waits on it
    return app
