"""HTML pages: trafilatura keeps the article's main text and drops the page chrome.

Navigation, cookie banners, footers and comment sections must never reach the coder: a menu item such as
"Russia | Ukraine | Sanctions" next to an unrelated story would be coded as an event. trafilatura also gives
title, publication date (from metadata, URL or text) and the canonical URL. Encoding is left to trafilatura,
which honours the page's declared charset (HTML is not always UTF-8). When the headline is repeated inside
the article element, trafilatura keeps it as the text's first line (a line of its own, so it does not merge
with the first sentence); it is also in ``Article.title``. Tables are left out (on news pages they are
mostly layout or sports results).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura

from detente.readers.base import (
    MAX_CHARS,
    Item,
    ReadError,
    first_of,
    make_article,
    normalize_date,
    open_binary,
    read_limited,
    too_large,
)

HTML_BYTES_PER_CHAR = 20
"""Raw pages carry markup and scripts: a page may be this many times larger than its text limit."""


def article_from_html(data: bytes | str, path: str, *, url: str | None = None, date: str | None = None,
                      source_name: str | None = None, max_chars: int = MAX_CHARS,
                      line: int | None = None) -> Iterator[Item]:
    """Extract one article from a page's bytes; ``url``/``date``/``source_name`` are fallbacks.

    Shared by the file reader and the WARC reader (``line`` is then the record number).
    """
    if not data or not (data.strip() if isinstance(data, bytes) else data.strip()):
        yield ReadError(path, "empty file: no HTML", line)
        return
    try:
        doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except Exception as e:  # a parser crash on one page must not stop the batch
        yield ReadError(path, f"HTML could not be parsed: {type(e).__name__}: {e}", line)
        return
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        yield ReadError(path, _deep_nesting(data) or "no main text found in HTML (no body or only page chrome)",
                        line)
        return
    if reason := too_large(text, max_chars):
        yield ReadError(path, reason, line)
        return
    page_url = first_of(url, doc.url)
    host = urlsplit(page_url).hostname if page_url else None
    yield make_article(text, title=doc.title, date=first_of(normalize_date(doc.date), date), url=page_url,
                       source_name=first_of(source_name, doc.sitename, host))


def _deep_nesting(data: bytes | str) -> str | None:
    """The reason when a page is nested deeper than libxml2 parses (256 levels): the text was never seen.

    Asked only when no text was found, so that such a page is not reported as "only page chrome".
    """
    from lxml import etree

    parser = etree.HTMLParser()
    try:
        etree.fromstring(data, parser)
    except (etree.Error, ValueError):
        pass
    if any("Excessive depth" in e.message for e in parser.error_log):
        return "HTML nested deeper than 255 elements: the HTML parser stops there, so no text could be read"
    return None


def read_html(path: Path, *, date: str | None = None, source_name: str | None = None,
              max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """Yield the article of one HTML file (id None: its content hash identifies it)."""
    p = str(path)
    limit = HTML_BYTES_PER_CHAR * max_chars
    with open_binary(path) as fh:
        data, total = read_limited(fh, limit + 1)
    if total > limit:
        yield ReadError(p, f"document too large ({total} bytes of HTML)")
        return
    yield from article_from_html(data, p, date=date, source_name=source_name, max_chars=max_chars)
