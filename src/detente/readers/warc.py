"""WARC archives (web crawls such as Common Crawl's CC-NEWS): each HTML response is one article.

warcio streams the archive record by record and handles per-record gzip (``.warc.gz``) itself. Only
``response`` records with an HTML content type and HTTP status 200 are read; requests, metadata, redirects
and non-HTML payloads are skipped without comment (they are not articles). Each page goes through the HTML
reader, with the record's target URI as URL. The date is the page's own publication date; failing that the
caller's ``date``; failing that the crawl date (``WARC-Date``), the best bound available for a news crawl.
Errors carry the record's ordinal number (1-based, counting all records) as ``line``.
"""

from __future__ import annotations

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
    """Yield one article per HTML response record of a ``.warc`` or ``.warc.gz`` file."""
    p = str(path)
    limit = HTML_BYTES_PER_CHAR * max_chars
    n = 0
    with open(path, "rb") as fh:
        try:
            for record in ArchiveIterator(fh):
                n += 1
                if record.format != "warc":  # warcio also reads ARC, and takes some plain text for it
                    yield ReadError(p, f"not a WARC file (record {n} parsed as {record.format})", n)
                    return
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                ctype = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if ctype not in HTML_TYPES or record.http_headers.get_statuscode() != "200":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                data, total = read_limited(record.content_stream(), limit + 1)
                if total > limit:
                    yield ReadError(p, f"document too large ({total} bytes of HTML) at {url}", n)
                    continue
                crawl_date = normalize_date(record.rec_headers.get_header("WARC-Date"))
                for item in article_from_html(data, p, url=url, date=first_of(date, crawl_date),
                                              source_name=source_name, max_chars=max_chars, line=n):
                    if isinstance(item, ReadError) and url:
                        item = ReadError(item.path, f"{item.reason} ({url})", item.line, item.severity)
                    yield item
        except ArchiveLoadFailed as e:
            yield ReadError(p, f"not a valid WARC file or truncated: {e}", n + 1)
            return
        except STREAM_ERRORS as e:
            yield ReadError(p, stream_error_reason(e), n + 1)
            return
    if n == 0:
        yield ReadError(p, "empty file: no WARC records")
