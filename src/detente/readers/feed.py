"""RSS and Atom feeds: each entry is one article (title, summary or full content, date, link).

Feeds are small by nature, so feedparser reads the whole (size-capped) file. Entry HTML is reduced to plain
text with block elements as line breaks. The entry's own date is taken as written (its local calendar day,
not shifted to UTC, which would move late-evening stories to the next day). The entry's guid, when present,
is the article id, so the same story seen in tomorrow's copy of the feed is the same article. Errors and
warnings carry the entry's ordinal number (1-based) as ``line``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import feedparser

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

FEED_BYTES_PER_CHAR = 20
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "table"}
_SKIP = {"script", "style"}


class _TextOf(HTMLParser):
    """Collects the text of an HTML fragment, with a line break at block boundaries."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: tags dropped, entities decoded, whitespace tidied per line."""
    parser = _TextOf()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def _entry_text(entry: Any) -> str:
    candidates = [(c.get("value") or "", c.get("type") or "") for c in entry.get("content") or []]
    detail = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary") or "", detail.get("type") or "text/html"))
    value, ctype = max(candidates, key=lambda c: len(c[0]))
    return html_to_text(value) if "html" in ctype else value.strip()


def _entry_date(entry: Any) -> str | None:
    for key in ("published", "updated", "created"):
        if d := normalize_date(entry.get(key)):
            return d
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if isinstance(t, time.struct_time):
            return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
    return None


def read_feed(path: Path, *, date: str | None = None, source_name: str | None = None,
              max_chars: int = MAX_CHARS) -> Iterator[Item]:
    """Yield one article per feed entry; a file that is not a feed is one error."""
    p = str(path)
    limit = FEED_BYTES_PER_CHAR * max_chars
    with open_binary(path) as fh:
        data, total = read_limited(fh, limit + 1)
    if total > limit:
        yield ReadError(p, f"feed too large ({total} bytes)")
        return
    if not data.strip():
        yield ReadError(p, "empty file: no feed")
        return
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    exc = parsed.get("bozo_exception")
    if not entries:
        why = f": {type(exc).__name__}: {exc}" if exc else ""
        yield ReadError(p, f"no feed entries (not an RSS/Atom feed, or malformed){why}")
        return
    if exc and not isinstance(exc, feedparser.CharacterEncodingOverride):
        yield ReadError(p, f"feed is not well-formed, read leniently: {exc}", None, "warning")
    feed_title = (parsed.get("feed") or {}).get("title")
    for n, entry in enumerate(entries, 1):
        text = _entry_text(entry)
        if not text:
            yield ReadError(p, "feed entry has no text (no summary or content)", n)
            continue
        if reason := too_large(text, max_chars):
            yield ReadError(p, reason, n)
            continue
        yield make_article(text, id=entry.get("id"), title=entry.get("title"),
                           date=first_of(_entry_date(entry), date), url=entry.get("link"),
                           source_name=first_of(source_name, feed_title))
