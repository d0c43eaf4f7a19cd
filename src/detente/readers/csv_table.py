"""CSV with a header row: one article per record, the format analysts' own collections usually come in.

Streamed record by record. The header must contain the text column (after ``columns`` mapping), otherwise
the whole file is reported once instead of every row failing the same way. Quoted fields may span lines;
line numbers in errors are the physical line where the record starts. A field over Python's csv field limit
(131,072 chars, a process-wide setting this reader does not change) is reported as a malformed record. The
csv module reads strictly: a quote that is never closed, or closed in the middle of a field (an unterminated
quote swallowing the records after it), is a malformed record, not a long text made of several records.
"""

from __future__ import annotations

import csv
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


def read_csv(path: Path, *, date: str | None = None, source_name: str | None = None,
             columns: dict[str, str] | None = None, max_chars: int = MAX_CHARS,
             delimiter: str = ",") -> Iterator[Item]:
    """Yield one article per CSV record, with errors for malformed or empty records."""
    p = str(path)
    cols = resolve_columns(columns)
    notes: list[ReadError] = []  # problems found while feeding lines to the csv module, drained per row
    pos = {"line": 0, "offset": 0}

    def lines(fh: Any) -> Iterator[str]:
        for raw, size in iter_lines(fh, line_byte_limit(max_chars)):
            pos["line"] += 1
            start = pos["offset"]
            pos["offset"] += size
            if size and not raw:
                notes.append(ReadError(p, f"document too large (line of {size} bytes)", pos["line"]))
                yield "\n"
                continue
            text, warning = decode_utf8(raw, p, pos["line"], start)
            if warning:
                notes.append(warning)
            yield text

    with open_text(path) as fh:
        reader = csv.reader(lines(fh), delimiter=delimiter, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            yield from notes
            yield ReadError(p, "empty file: no CSV header")
            return
        except (csv.Error, *STREAM_ERRORS) as e:
            yield from notes
            yield ReadError(p, f"cannot read CSV header: {e}", 1)
            return
        yield from notes
        notes.clear()
        header = [h.strip().lstrip("\ufeff") for h in header]
        index = {name: i for i, name in enumerate(header)}
        if cols["text"] not in index:
            yield ReadError(p, f"CSV has no text column {cols['text']!r} (columns: {', '.join(header)})", 1)
            return
        for field, name in cols.items():
            if name not in index and name != field:
                yield ReadError(p, f"column {name!r} (for {field}) not in CSV header", 1, "warning")
        rows = 0
        while True:
            first_line = pos["line"] + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:
                yield from notes
                notes.clear()
                rows += 1  # a record, if a broken one: the file is not "without records"
                yield ReadError(p, f"malformed CSV record: {e}", first_line)
                continue
            except STREAM_ERRORS as e:
                yield from notes
                yield ReadError(p, stream_error_reason(e), pos["line"] + 1)
                return
            yield from notes
            notes.clear()
            if not any(cell.strip() for cell in row):
                continue
            rows += 1
            if len(row) != len(header):
                yield ReadError(p, f"record has {len(row)} fields, header has {len(header)}", first_line,
                                "warning")

            def get(name: str, row: list[str] = row) -> str | None:
                i = index.get(name)
                return row[i] if i is not None and i < len(row) else None

            yield from record_to_items(get, cols, p, first_line, date=date, source_name=source_name,
                                       max_chars=max_chars)
    if rows == 0:
        yield ReadError(p, "empty file: CSV header but no records")
