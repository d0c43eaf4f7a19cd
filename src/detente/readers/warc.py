"""WARC archives (web crawls such as Common Crawl's CC-NEWS): each HTML response is one article.

warcio streams the archive record by record and handles per-record gzip (``.warc.gz``) itself. Only
``response`` records with an HTML content type and HTTP status 200 are read; requests, metadata, redirects
and non-HTML payloads are skipped (they are not articles), but a file with no HTML response at all is
reported, with what it held. Each page goes through the HTML
reader, with the record's target URI as URL. The date is the page's own publication date; failing that the
caller's ``date``; failing that the crawl date (``WARC-Date``), the best bound available for a news crawl.
Errors carry the record's ordinal number (1-based, counting all records) as ``line``.
"""

from __future__ import annotations

import contextlib
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from detente.readers.base import (
    MAX_CHARS,
    STREAM_ERRORS,
    Item,
    ReadError,
    first_of,
    normalize_date,
    read_limited,
    stream_error_reason,
)
from detente.readers.html_page import HTML_BYTES_PER_CHAR, article_from_html

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, *, date: str | None = None, source_name: str | None = None,
              max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """Yield one article per HTML response record of a ``.warc`` or ``.warc.gz`` file.

    A file with records but no HTML response among them is one error naming what it held (a crawl of
    requests only, or of PDFs, reads nothing and must say so). A record warcio cannot parse ends the file
    with its number: the records after it cannot be found reliably.
    """
    p = str(path)
    limit = HTML_BYTES_PER_CHAR * max_chars
    n = pages = 0
    kinds: Counter[str] = Counter()
    with open(path, "rb") as fh:
        records = ArchiveIterator(fh)
        while True:
            seen = records.err_count
            try:
                with contextlib.redirect_stderr(io.StringIO()):  # warcio prints its own warning: ours is below
                    record = next(records)
            except StopIteration:
                break
            except ArchiveLoadFailed as e:
                yield ReadError(p, f"not a valid WARC file or truncated: {e}", n + 1)
                return
            except STREAM_ERRORS as e:
                yield ReadError(p, stream_error_reason(e), n + 1)
                return
            except Exception as e:  # warcio trips over some malformed headers (AttributeError, ValueError)
                yield ReadError(p, f"malformed WARC record: {type(e).__name__}: {e}", n + 1)
                return
            n += 1
            if records.err_count > seen:
                yield ReadError(p, "the previous record is not followed by a blank line (its Content-Length may be "
                                   "wrong)", n, "warning")
            if record.format != "warc" or record.rec_type is None:  # warcio takes blank or plain text for ARC
                what = "no WARC-Type" if record.format == "warc" else f"parsed as {record.format}"
                yield ReadError(p, f"not a WARC file (record {n}: {what})", n)
                return
            kinds[record.rec_type] += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
            if ctype not in HTML_TYPES or record.http_headers.get_statuscode() != "200":
                kinds[f"non-HTML or non-200 response ({ctype or 'no type'})"] += 1
                continue
            pages += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                data, total = read_limited(record.content_stream(), limit + 1)
            except STREAM_ERRORS as e:
                yield ReadError(p, stream_error_reason(e), n)
                return
            if total > limit:
                yield ReadError(p, f"document too large ({total} bytes of HTML) at {url}", n)
                continue
            crawl_date = normalize_date(record.rec_headers.get_header("WARC-Date"))
            for item in article_from_html(data, p, url=url, date=first_of(date, crawl_date),
                                          source_name=source_name, max_chars=max_chars, line=n):
                if isinstance(item, ReadError) and url:
                    item = ReadError(item.path, f"{item.reason} ({url})", item.line, item.severity)
                yield item
    if n == 0:
        yield ReadError(p, "empty file: no WARC records")
    elif pages == 0:
        held = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
        yield ReadError(p, f"no HTML response to read among {n} WARC records ({held})")
