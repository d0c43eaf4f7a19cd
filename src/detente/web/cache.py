"""A response cache for the JSON API: the store is read-only while served, so an answer never goes stale.

Why: the dashboard's questions repeat (the overview, the busiest dyads, the same dyad's series for every
analyst who opens it), and each one scans up to millions of rows. Answering a repeat from memory turns
tens of milliseconds of DuckDB work into a dictionary look-up, which is what lets two cores serve a room of
analysts. Nothing is ever invalidated: a new ingest means a restarted server (the ingest cannot even write
while the server holds the file).

Concurrent requests for the same uncached answer are coalesced: the first computes it, the others wait for
it (fifty analysts opening the same dyad cost one query, not fifty).

What is cached: ``GET /api/...`` answers with status 200 that are not streamed (the CSV export is), up to
:data:`MAX_ENTRY` bytes each and :data:`BUDGET` bytes in all per server process, least recently used first
out (cachetools). The key is the path, the query parameters in sorted order and the ``Host`` header, so the
cache answers exactly what the app would (a Host the app refuses is never cached, whatever the order of the
middlewares). Answers carry an ``ETag``; a browser's ``If-None-Match`` gets a 304 without a body; an
``X-Cache: hit`` or ``miss`` header says where the answer came from. A request with ``Cache-Control:
no-cache`` is answered by a real query (benchmarks use it to time the queries themselves).
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

from cachetools import LRUCache

BUDGET = 64 * 1024 * 1024
MAX_ENTRY = 2 * 1024 * 1024

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class _Entry:
    __slots__ = ("body", "etag", "headers")

    def __init__(self, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        self.body = body
        self.etag = b'"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'
        self.headers = [(k, v) for k, v in headers if k.lower() not in (b"content-length", b"etag")]


def _header(scope: Scope, name: bytes) -> bytes:
    return next((v for k, v in scope.get("headers", ()) if k == name), b"")


class ResponseCache:
    """ASGI middleware: answer repeated API GETs from memory (see the module docstring)."""

    def __init__(self, app: ASGIApp, budget: int = BUDGET, max_entry: int = MAX_ENTRY) -> None:
        self.app = app
        self.max_entry = max_entry
        self.entries: LRUCache[tuple[str, str, bytes], _Entry] = LRUCache(budget, getsizeof=lambda e: len(e.body))
        self.inflight: dict[tuple[str, str, bytes], asyncio.Event] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or scope.get("method") != "GET" or not path.startswith("/api/") \
                or path.endswith(".csv") or b"no-cache" in _header(scope, b"cache-control"):
            await self.app(scope, receive, send)
            return
        query = urlencode(sorted(parse_qsl(scope.get("query_string", b"").decode("latin-1"),
                                           keep_blank_values=True)))
        key = (path, query, _header(scope, b"host"))
        if key in self.inflight:  # the same question is being answered: wait for that answer, do not ask again
            await self.inflight[key].wait()
        entry = self.entries.get(key)
        if entry is not None:
            await self._replay(entry, _header(scope, b"if-none-match"), send)
            return
        done = self.inflight.setdefault(key, asyncio.Event())
        try:
            await self._answer(key, scope, receive, send)
        finally:
            if self.inflight.get(key) is done:
                del self.inflight[key]
            done.set()

    async def _answer(self, key: tuple[str, str, bytes], scope: Scope, receive: Receive, send: Send) -> None:
        """Let the app answer, keeping a copy of a cacheable answer."""
        start: Message = {}
        passing = False  # the answer is not cacheable: send it on as it comes

        async def capture(message: Message) -> None:
            nonlocal passing
            if message["type"] == "http.response.start":
                start.update(message)  # held back until the first body part says whether to cache
                return
            if passing:
                await send(message)
                return
            body = message.get("body", b"")
            if start.get("status") == 200 and not message.get("more_body") and len(body) <= self.max_entry:
                entry = _Entry(list(start.get("headers", [])), body)
                self.entries[key] = entry
                await send({**start, "headers": [*self._headers(entry), (b"x-cache", b"miss")]})
                await send(message)
                return
            passing = True
            await send(start)
            await send(message)

        await self.app(scope, receive, capture)

    @staticmethod
    def _headers(entry: _Entry) -> list[tuple[bytes, bytes]]:
        return [*entry.headers, (b"content-length", str(len(entry.body)).encode()), (b"etag", entry.etag)]

    async def _replay(self, entry: _Entry, if_none_match: bytes, send: Send) -> None:
        if if_none_match and entry.etag in if_none_match:
            await send({"type": "http.response.start", "status": 304, "headers": [(b"etag", entry.etag)]})
            await send({"type": "http.response.body", "body": b""})
            return
        await send({"type": "http.response.start", "status": 200,
                    "headers": [*self._headers(entry), (b"x-cache", b"hit")]})
        await send({"type": "http.response.body", "body": entry.body})
