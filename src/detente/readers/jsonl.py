"""JSON Lines: one JSON object per line, the bulk-export format of most news archives and scrapers.

Read line by line (a 50 GB dump costs one line of memory). A malformed line is reported with its line
number and reading goes on with the next. Field names follow ``columns`` (field -> key); a key containing
dots (``meta.published``) reaches into nested objects when no top-level key has that exact name.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from detente.readers.base import (
    MAX_CHARS,
    STREAM_ERRORS,
    Item,
    ReadError,
    decode_utf8,
    iter_lines,
    line_byte_limit,
    open_text,
    record_to_items,
    resolve_columns,
    stream_error_reason,
)


def _getter(rec: dict[str, Any]) -> Any:
    def get(key: str) -> Any:
        if key in rec:
            return rec[key]
        cur: Any = rec
        for part in key.split("."):
            if not isinstance(cur, dict) or part not in cur:
                return None
            cur = cur[part]
        return cur

    return get


def read_jsonl(path: Path, *, date: str | None = None, source_name: str | None = None,
               columns: dict[str, str] | None = None, max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """Yield one article per JSON object line; blank lines are skipped."""
    p = str(path)
    cols = resolve_columns(columns)
    lineno = offset = 0
    records = 0
    with open_text(path) as fh:
        try:
            for raw, size in iter_lines(fh, line_byte_limit(max_chars)):
                lineno += 1
                start, offset = offset, offset + size
                if size and not raw:
                    records += 1
                    yield ReadError(p, f"document too large (line of {size} bytes)", lineno)
                    continue
                if not raw.strip():
                    continue
                records += 1
                line, warning = decode_utf8(raw, p, lineno, start)
                if warning:
                    yield warning
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    yield ReadError(p, f"malformed JSON: {e.msg} (column {e.colno})", lineno)
                    continue
                if not isinstance(rec, dict):
                    yield ReadError(p, f"JSON line is a {type(rec).__name__}, not an object", lineno)
                    continue
                yield from record_to_items(_getter(rec), cols, p, lineno, date=date, source_name=source_name,
                                           max_chars=max_chars)
        except STREAM_ERRORS as e:
            yield ReadError(p, stream_error_reason(e), lineno + 1)
            return
    if records == 0:
        yield ReadError(p, "empty file: no records")
