"""What every reader shares: the error record, date normalisation, text encodings, binary input, size limits.

Readers never raise on bad input: a batch of ten thousand files must not stop at the first broken one, and
nothing must be dropped silently either. So every problem becomes a :class:`ReadError` in the same stream as
the articles, carrying the path, the reason and (for line-based formats) the line number.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import IO, Any

from detente.model import Article

MAX_CHARS = 1_000_000
"""Default limit on one document's text: beyond it a record is reported, not read (memory, spaCy limits)."""

STREAM_ERRORS = (EOFError, OSError, zlib.error)
"""What a truncated or corrupt (gzip) stream raises while being read."""


@dataclass(frozen=True)
class ReadError:
    """One input that could not be read (``severity="error"``) or was read with a caveat ("warning").

    A warning is followed by the article it concerns (e.g. text decoded with replacement characters);
    an error means the record or file was skipped.
    """

    path: str
    reason: str
    line: int | None = None
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.severity}: {self.reason}"


Item = Article | ReadError

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def normalize_date(value: Any) -> str | None:
    """Return ``YYYY-MM-DD`` for the date forms feeds and exports use, else None.

    Accepted: ISO dates and datetimes (``2021-12-03``, ``2021-12-03T10:00:00Z``), ``date``/``datetime``
    objects and RFC 2822 dates (``Fri, 03 Dec 2021 10:00:00 GMT``). Anything else is None so the caller
    can report it: guessing at ``03/12/2021`` (March or December?) would put events in the wrong month.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    if not s:
        return None
    m = _ISO.match(s)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def decode_utf8(data: bytes, path: str, line: int | None = None,
                offset: int = 0) -> tuple[str, ReadError | None]:
    """Decode UTF-8; on invalid bytes decode with U+FFFD replacement and return a warning.

    Why replacement rather than skipping: one bad byte (a mis-encoded quote mark, a cut multi-byte
    character) should not cost a whole article, and the warning keeps it visible. ``offset`` is the
    byte position of ``data`` in the file, so the reported byte is a file position.
    """
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        reason = f"invalid UTF-8 at byte {offset + e.start}; decoded with replacement characters"
        err = ReadError(path, reason, line, "warning")
        return data.decode("utf-8", errors="replace"), err


SNIFF_BYTES = 8192
"""How much of a file's start decides whether it is text, and in which Unicode encoding."""

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # UTF-32 first: FF FE 00 00
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13, 27} | {127}  # not tab, newline, form feed, CR, escape


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of ``head`` declares (``utf-16``, ``utf-32``, ``utf-8-sig``)."""
    return next((name for bom, name in _BOMS if head.startswith(bom)), None)


def binary_reason(head: bytes) -> str | None:
    """Why ``head`` (a file's first bytes) is not text, else None.

    Why check: a program or image saved as ``.txt`` would otherwise be "decoded with replacement characters"
    and sent to the parser, which takes minutes and gigabytes on 150 KB of machine code to find nothing.
    Text has no NUL bytes (UTF-16/32 has them, and is recognised by its byte-order mark first) and few
    control characters.
    """
    if bom_encoding(head):
        return None
    if (nul := head.find(b"\0")) >= 0:
        return (f"binary data, not text (a NUL byte at byte {nul}); UTF-16 or UTF-32 text needs a byte-order "
                "mark, or save it as UTF-8")
    control = sum(b in _CONTROL for b in head)
    if head and control > 0.1 * len(head):
        return f"binary data, not text ({control} of the first {len(head)} bytes are control characters)"
    return None


def decode_text(data: bytes, path: str, line: int | None = None,
                offset: int = 0) -> tuple[str, ReadError | None]:
    """Decode a document's bytes: by its byte-order mark (UTF-8/16/32), else as UTF-8 (see :func:`decode_utf8`)."""
    enc = bom_encoding(data)
    if enc is None:
        return decode_utf8(data, path, line, offset)
    try:
        return data.decode(enc), None
    except UnicodeDecodeError as e:
        err = ReadError(path, f"invalid {enc.upper().removesuffix('-SIG')} at byte {offset + e.start}; decoded "
                              "with replacement characters", line, "warning")
        return data.decode(enc, errors="replace"), err


def open_text(path: Path) -> IO[bytes]:
    """Open a text file (``.gz`` looked through) as a stream of UTF-8 bytes, whatever its Unicode encoding.

    A UTF-16 or UTF-32 file (recognised by its byte-order mark) is transcoded to UTF-8 as it is read; a UTF-8
    byte-order mark is dropped (it would hide a ``Date:`` header or break the first JSON line). Byte offsets
    in warnings are then offsets in the UTF-8 stream, and invalid UTF-16/32 sequences become U+FFFD without a
    warning (the codec does not say where).
    """
    fh = open_binary(path)
    head = fh.read(4)
    enc = bom_encoding(head)
    fh.seek(0)
    if enc == "utf-8-sig":
        fh.read(3)
    elif enc:
        return codecs.EncodedFile(fh, "utf-8", enc, errors="replace")  # type: ignore[return-value]
    return fh


def read_limited(fh: IO[bytes], limit: int) -> tuple[bytes, int]:
    """Read at most ``limit`` bytes, then keep counting without keeping: (data, total size in bytes).

    Streaming: a 5 GB file passed by mistake costs ``limit`` bytes of memory, not 5 GB.
    """
    data = fh.read(limit)
    total = len(data)
    if total == limit:
        while chunk := fh.read(1 << 20):
            total += len(chunk)
    return data, total


def too_large(text: str, max_chars: int) -> str | None:
    """The reason to reject ``text`` when it exceeds ``max_chars``, else None."""
    if len(text) > max_chars:
        return f"document too large ({len(text):,} chars; the limit is {max_chars:,})"
    return None


def open_binary(path: Path) -> IO[bytes]:
    """Open a file for binary reading, transparently un-gzipping ``*.gz`` (streamed, never whole)."""
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")
    return open(path, "rb")


def stream_error_reason(exc: BaseException) -> str:
    """A reason text for errors raised by a truncated or corrupt stream."""
    if isinstance(exc, EOFError):
        return f"input ends early (truncated gzip?): {exc}"
    if isinstance(exc, gzip.BadGzipFile | zlib.error):
        return f"corrupt gzip data: {exc}"
    return f"cannot read: {exc}"


def make_article(text: str, *, id: Any = None, title: Any = None, date: Any = None, url: Any = None,
                 source_name: Any = None) -> Article:
    """Build an :class:`Article`, turning empty strings into None and non-string ids into strings."""

    def clean(v: Any) -> str | None:
        if v is None:
            return None
        s = str(v).strip()
        return s or None

    return Article(text=text, id=clean(id), title=clean(title), date_published=date, url=clean(url),
                   source_name=clean(source_name))


def first_of(*values: Any) -> Any:
    """The first value that is not None or empty."""
    for v in values:
        if v not in (None, ""):
            return v
    return None


def iter_nonempty(items: Iterator[Item], path: str) -> Iterator[Item]:
    """Pass ``items`` through, reporting a file that produced nothing at all."""
    seen = False
    for item in items:
        seen = True
        yield item
    if not seen:
        yield ReadError(path, "empty file: no records")


FIELDS = ("id", "source", "date", "title", "text", "url")
"""The fields of a tabular record (JSON Lines, CSV); ``columns`` maps them to the input's own names."""


def resolve_columns(columns: dict[str, str] | None) -> dict[str, str]:
    """Field -> input column name, defaulting each field to its own name; unknown fields are a caller bug."""
    cols = {f: f for f in FIELDS}
    for k, v in (columns or {}).items():
        if k not in cols:
            raise ValueError(f"unknown field {k!r} in columns mapping; known: {', '.join(FIELDS)}")
        cols[k] = v
    return cols


def record_to_items(get: Any, cols: dict[str, str], path: str, line: int, *, date: str | None,
                    source_name: str | None, max_chars: int) -> Iterator[Item]:
    """Turn one tabular record into an article (or errors); ``get(name)`` reads a column."""
    text = get(cols["text"])
    if text is None or (isinstance(text, str) and not text.strip()):
        yield ReadError(path, f"record has no text (column {cols['text']!r} missing or empty)", line)
        return
    if not isinstance(text, str):
        yield ReadError(path, f"text (column {cols['text']!r}) is not a string", line)
        return
    if reason := too_large(text, max_chars):
        yield ReadError(path, reason, line)
        return
    raw_date = get(cols["date"])
    own_date = normalize_date(raw_date)
    if raw_date not in (None, "") and own_date is None:
        yield ReadError(path, f"date not understood: {raw_date!r}", line, "warning")
    yield make_article(text.strip(), id=get(cols["id"]), title=get(cols["title"]), date=own_date or date,
                       url=get(cols["url"]), source_name=first_of(get(cols["source"]), source_name))


def line_byte_limit(max_chars: int) -> int:
    """Longest physical line worth reading: the text limit with room for JSON escapes and other fields."""
    return 8 * max_chars + (1 << 16)


def iter_lines(fh: IO[bytes], limit: int) -> Iterator[tuple[bytes, int]]:
    """Yield (line, size) for each line; a line over ``limit`` bytes comes back empty with its true size.

    Why not ``for line in fh``: one 3 GB line with no newline would be loaded whole.
    """
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        size = len(raw)
        while True:  # skip the rest of the overlong line, counting it
            more = fh.readline(1 << 20)
            size += len(more)
            if not more or more.endswith(b"\n"):
                break
        yield b"", size
