"""The web app: the JSON API (``/api/``, Swagger UI at ``/docs``) and the dashboard (static files, no build step).

Why read-only: the server must never change or lock out the data it shows, and DuckDB lets several readers
share a file. The other side of that coin: while the server has the file open, ``detente ingest`` cannot
write to it (and while an ingest writes, the server cannot open it); :class:`StoreLocked` says so plainly.

Why read-only also makes it fast: answers never go stale, so repeated questions are answered from memory
(:mod:`detente.web.cache`), and several server processes (``detente serve --workers``, one per core) can each
open the file: :func:`worker_app` is what each of them runs.

Why the Host check: a web page on another site can point its own host name at 127.0.0.1 (DNS rebinding) and
then read this API as if it were that site. Requests whose ``Host`` is not one of the names the server was
bound to are refused (:func:`allowed_hosts`); ``detente serve --allow-host`` adds names. The check is the
outermost layer, around the response cache (which keys on ``Host`` as well, so a refused Host is never
answered from memory either way).

Why everything is served from the package: the dashboard and the API docs must work offline, so their
libraries are vendored (``static/vendor/``, scripts/vendor-web) and a Content-Security-Policy keeps the pages
from loading anything from elsewhere.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from detente import __version__
from detente.store.database import open_store
from detente.store.query import QueryError
from detente.web.api import router
from detente.web.cache import ResponseCache
from detente.web.queries import Queries

STATIC = Path(__file__).parent / "static"
LOCAL_HOSTS = ("127.0.0.1", "localhost", "[::1]")  # as the Host header writes them: IPv6 in brackets
_CSP = ("default-src 'self'; script-src 'self'{inline}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'")


def allowed_hosts(bind: str = "127.0.0.1", extra: Sequence[str] = ()) -> list[str]:
    """The ``Host`` names a server bound to ``bind`` answers: the loopback names, the bound name itself and, for a
    wildcard bind (0.0.0.0, ::), this machine's name and addresses; plus ``extra`` (``"*"``: any host)."""
    hosts = [*LOCAL_HOSTS, *extra]
    if bind in ("0.0.0.0", "::", ""):
        name = socket.gethostname()
        hosts += [name, socket.getfqdn()]
        try:
            hosts += [info[4][0] for info in socket.getaddrinfo(name, None)]
        except OSError:
            pass  # a machine whose own name does not resolve: its names above, and --allow-host
    else:
        hosts.append(bind.strip("[]"))
    return list(dict.fromkeys(f"[{h}]" if ":" in h and not h.startswith("[") else h.lower() for h in hosts if h))


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


def create_app(db_path: str | Path, hosts: Sequence[str] | None = None) -> FastAPI:
    """The FastAPI app over the store at ``db_path``, opened read-only, answering requests for ``hosts``
    (default: the loopback names; see :func:`allowed_hosts`).

    Raises FileNotFoundError, :class:`detente.store.StoreLocked` (an ingest is writing to it) or
    :class:`detente.store.StoreError` (not a detente store) at once, so ``detente serve`` can say why.
    """
    store = open_store(db_path, read_only=True)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="detente", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Political events (CAMEO, PLOVER, Goldstein) coded from news text: query them "
                              "by actor, dyad, period and type, with the filters of docs/query.md. Every "
                              "endpoint is read-only.")
    app.state.store = store
    app.state.queries = Queries(store.con)
    app.include_router(router)
    app.add_middleware(ResponseCache)  # keyed on Host too: safe inside or outside a Host check
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(hosts or LOCAL_HOSTS))  # added last: outermost

    @app.exception_handler(QueryError)
    async def bad_filter(request: Request, exc: QueryError) -> JSONResponse:
        detail = [{"type": "value_error", "loc": ["query", exc.field], "msg": exc.message}]
        return JSONResponse(status_code=422, content={"message": str(exc), "detail": detail})

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
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache",
                                                            "Content-Security-Policy": _CSP.format(inline="")})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI from the vendored files (FastAPI's default page loads it from a CDN: blank offline)."""
        vendor = "/static/vendor/swagger-ui"
        page = get_swagger_ui_html(openapi_url="/openapi.json", title="detente API",
                                   swagger_js_url=f"{vendor}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{vendor}/swagger-ui.css",
                                   swagger_favicon_url=f"{vendor}/favicon-32x32.png",
                                   swagger_ui_parameters={"validatorUrl": None})
        page.headers["Content-Security-Policy"] = _CSP.format(inline=" 'unsafe-inline'")
        return page

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def worker_app(db_path: str, parent: int, threads: int | None = None, hosts: Sequence[str] | None = None
               ) -> FastAPI:
    """The app in one server worker process: it dies with ``detente serve`` (``parent``), then opens the store.

    A factory (uvicorn calls it in each worker) with plain arguments, so the worker processes can be spawned.
    ``threads``: DuckDB threads for this worker's queries; with one worker per core, one each, so that
    concurrent queries do not fight over the cores (a query's own parallelism helps one client, not fifty).
    ``hosts``: the allowed Host names, computed once by ``detente serve`` (:func:`allowed_hosts`).
    """
    from detente.lifeline import watch_parent

    watch_parent(parent)
    app = create_app(db_path, hosts)
    if threads:
        app.state.store.con.execute(f"SET threads = {int(threads)}")
    app.state.queries.warm()  # names and terms for every answer: computed before the first request waits
    return app
