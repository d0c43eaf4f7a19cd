"""Input readers: files of any supported format in, a stream of :class:`Article` or :class:`ReadError` out.

Formats, chosen by extension (a trailing ``.gz`` is looked through, e.g. ``news.jsonl.gz``):

=====================  =================================================  ==============================
extension              one article per                                    module
=====================  =================================================  ==============================
.txt                   file (optional ``Date: ...`` header block)          :mod:`.text`
.html .htm             file (main text via trafilatura)                    :mod:`.html_page`
.jsonl .ndjson         line (fields id, source, date, title, text, url)    :mod:`.jsonl`
.csv                   record (same fields, header row required)           :mod:`.csv_table`
.warc .warc.gz         HTML response record                                :mod:`.warc`
.rss .atom .xml        feed entry                                          :mod:`.feed`
=====================  =================================================  ==============================

Why errors are values, not exceptions: a batch run over thousands of files must report every unreadable
file, record or line (path, reason, line number) and go on with the rest. A :class:`ReadError` with
``severity="warning"`` means the following article was read with a caveat: invalid UTF-8 is decoded with
replacement characters (one bad byte should not cost an article) and reported with its byte offset. Text,
JSON Lines and CSV in UTF-16 or UTF-32 are read when a byte-order mark says so. HTML and feeds are decoded
by their parsers, which honour the declared charset. A file whose first bytes are binary (NUL bytes, mostly
control characters: a program, an image, UTF-16 without a byte-order mark) is skipped with that reason
instead of being decoded into garbage and parsed for minutes.

Provenance rules, the same in every reader: a value the input states (a record's date, a header line) wins;
the caller's ``date`` / ``source_name`` fill in what the input does not state. For HTML and feeds, where the
site name is only inferred, the caller's ``source_name`` wins.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from detente.model import Article
from detente.readers.base import (
    MAX_CHARS,
    SNIFF_BYTES,
    STREAM_ERRORS,
    Item,
    ReadError,
    binary_reason,
    normalize_date,
    open_binary,
    resolve_columns,
    stream_error_reason,
)
from detente.readers.csv_table import read_csv
from detente.readers.feed import read_feed
from detente.readers.html_page import read_html
from detente.readers.jsonl import read_jsonl
from detente.readers.text import read_text
from detente.readers.warc import read_warc

__all__ = ["MAX_CHARS", "ReadError", "format_of", "is_supported", "iter_inputs", "read_path", "read_paths"]

READERS: dict[str, Callable[..., Iterator[Item]]] = {
    "txt": read_text,
    "html": read_html,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "warc": read_warc,
    "feed": read_feed,
}
EXTENSIONS = {
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".warc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
}
_TABULAR = {"jsonl", "csv"}


def format_of(path: str | Path) -> str | None:
    """The reader name for a path (``txt``, ``html``, ``jsonl``, ``csv``, ``warc``, ``feed``), else None."""
    suffixes = [s.lower() for s in Path(path).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return EXTENSIONS.get(suffixes[-1]) if suffixes else None


def is_supported(path: str | Path) -> bool:
    """True when some reader handles this file name."""
    return format_of(path) is not None


def read_path(path: str | Path, *, date: str | None = None, columns: dict[str, str] | None = None,
              source_name: str | None = None, max_chars: int = MAX_CHARS) -> Iterator[Article | ReadError]:
    """Stream the articles of one file, with a :class:`ReadError` for everything that cannot be read.

    ``date`` (YYYY-MM-DD) and ``source_name`` are defaults for articles whose input does not give them;
    ``columns`` maps field names (id, source, date, title, text, url) to the input's names (JSONL, CSV).
    Never raises for bad input; raises ValueError only for a bad argument (an unparseable ``date``, an
    unknown field in ``columns``).
    """
    p = Path(path)
    default_date = normalize_date(date)
    if date is not None and default_date is None:
        raise ValueError(f"date must be YYYY-MM-DD, got {date!r}")
    resolve_columns(columns)  # a bad mapping is the caller's bug: raise, do not report per file
    fmt = format_of(p)
    if not p.exists():
        yield ReadError(str(p), "no such file")
        return
    if p.is_dir():
        yield ReadError(str(p), "is a directory (expand it with iter_inputs)")
        return
    if fmt is None:
        yield ReadError(str(p), f"unknown file type {''.join(p.suffixes) or '(no extension)'!r}")
        return
    if p.stat().st_size == 0:
        yield ReadError(str(p), "empty file")
        return
    kwargs: dict[str, Any] = {"date": default_date, "source_name": source_name, "max_chars": max_chars}
    if fmt in _TABULAR:
        kwargs["columns"] = columns
    try:
        if fmt != "warc":  # WARC records carry any payload; the reader takes only HTML responses
            with open_binary(p) as fh:
                if reason := binary_reason(fh.read(SNIFF_BYTES)):
                    yield ReadError(str(p), reason)
                    return
        yield from READERS[fmt](p, **kwargs)
    except STREAM_ERRORS as e:
        yield ReadError(str(p), stream_error_reason(e))
    except Exception as e:  # a reader bug on one odd file must not end the batch; report it loudly
        yield ReadError(str(p), f"unexpected error: {type(e).__name__}: {e}")


def _hidden(parts: tuple[str, ...]) -> bool:
    return any(part.startswith(".") for part in parts)


def _expand(root: Path) -> tuple[list[ReadError], list[Path]]:
    """The folders under ``root`` that cannot be listed, and its supported non-hidden files in path order."""
    found: list[tuple[tuple[str, ...], Path]] = []
    problems: list[ReadError] = []

    def unreadable(exc: OSError) -> None:
        problems.append(ReadError(str(exc.filename or root), f"cannot list folder: {exc.strerror or exc}"))

    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            f = Path(folder) / name
            rel = f.relative_to(root).parts
            if not _hidden(rel) and is_supported(f) and f.is_file():
                found.append((rel, f))
    return sorted(problems, key=lambda e: e.path), [f for _, f in sorted(found, key=lambda t: t[0])]


def iter_inputs(paths: str | Path | Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Expand paths into files: folders recursively (supported, non-hidden files, sorted), files as given.

    Sorted by path components so that runs are deterministic across file systems. A file named explicitly
    is passed through even if unsupported or missing, so that :func:`read_path` reports it. A folder (or a
    sub-folder) that cannot be listed, and a folder with no supported file, are :class:`ReadError` s: a typo
    or a permission problem must not look like an empty input. Symbolic links to folders are not followed
    (no loops); links to files are read.
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    for given in paths:
        root = Path(given)
        if not root.is_dir():
            yield root
            continue
        problems, files = _expand(root)
        yield from problems
        if not files and not problems:
            yield ReadError(str(root), "folder has no supported files (" + " ".join(sorted(EXTENSIONS)) + ", .gz)")
        yield from files


def read_paths(paths: str | Path | Iterable[str | Path], **kwargs: Any) -> Iterator[Article | ReadError]:
    """:func:`iter_inputs` then :func:`read_path` on each file, with the same keyword arguments."""
    for p in iter_inputs(paths):
        if isinstance(p, ReadError):
            yield p
        else:
            yield from read_path(p, **kwargs)
