"""Plain text: the whole file is one article.

Optional header block, so a folder of ``.txt`` files can carry dates without a sidecar file::

    Date: 2021-12-03
    Title: Ministers meet in Vilnius
    Source: Example News
    URL: https://news.example.org/...

    The foreign ministers met ...

The block is recognised only when the first line is ``Key: value`` with one of the keys above (or ``Id``);
it ends at the first blank or non-header line and is removed from the text. The file's own date wins over
the caller's ``date`` (which is the default for files that do not say). The id is None unless the header
gives one, so the article's content hash is its id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from detente.readers.base import (
    MAX_CHARS,
    SNIFF_BYTES,
    Item,
    ReadError,
    binary_reason,
    decode_text,
    make_article,
    normalize_date,
    open_text,
    read_limited,
    too_large,
)

HEADER_KEYS = {"date", "title", "source", "url", "id"}
_HEADER = re.compile(r"^([A-Za-z]+):[ \t]*(.*?)\s*$")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``Key: value`` block off ``text``: (header with lower-case keys, body)."""
    header: dict[str, str] = {}
    lines = text.splitlines(keepends=True)
    n = 0
    for line in lines:
        m = _HEADER.match(line)
        if not m or m[1].lower() not in HEADER_KEYS:
            break
        header[m[1].lower()] = m[2]
        n += 1
    if not header:
        return {}, text
    return header, "".join(lines[n:])


def read_text(path: Path, *, date: str | None = None, source_name: str | None = None,
              max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """Yield the one article of a text file (or the reasons it cannot be read)."""
    byte_limit = 4 * max_chars + 4  # UTF-8 needs at most 4 bytes a character
    with open_text(path) as fh:
        data, total = read_limited(fh, byte_limit)
    yield from text_items(data, total, str(path), date=date, source_name=source_name, max_chars=max_chars)


def text_items(data: bytes, total: int, name: str, *, date: str | None = None, source_name: str | None = None,
               max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """The article of one text document's bytes (``total``: its full size, when ``data`` was cut short).

    Shared by files and standard input (``detente code -``), so both honour the header block, byte-order
    marks and binary input, and report bad bytes the same way.
    """
    if reason := binary_reason(data[:SNIFF_BYTES]):
        yield ReadError(name, reason)
        return
    if total > len(data):
        yield ReadError(name, f"document too large (at least {total // 4} chars, {total} bytes)")
        return
    text, warning = decode_text(data, name)
    header, body = split_header(text)
    body = body.strip()
    if not body:
        yield ReadError(name, "empty file: no text")
        return
    if reason := too_large(body, max_chars):
        yield ReadError(name, reason)
        return
    if warning:
        yield warning
    own_date = None
    if "date" in header:
        own_date = normalize_date(header["date"])
        if own_date is None:
            yield ReadError(name, f"date not understood: {header['date']!r}", 1, "warning")
    yield make_article(body, id=header.get("id"), title=header.get("title"), date=own_date or date,
                       url=header.get("url"), source_name=header.get("source") or source_name)
