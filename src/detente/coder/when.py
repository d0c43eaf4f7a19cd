"""When an event happened, resolved against the article's publication date.

News dates events relative to publication ("on Tuesday", "last week", "On December 2"), so the date
expressions spaCy finds in the sentence are parsed with the publication date as the reference, preferring the
past (news reports what has happened). Without a usable expression the publication date stands.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime

import dateparser
from spacy.tokens import Token

from detente.coder.arguments import closest_first
from detente.coder.sentence import Sentence

_DURATION = re.compile(r"\b(\d+|a|an|one|two|three|several|few)\s+(day|week|month|year|decade|hour)s?\b(?!\s+ago)",
                       re.IGNORECASE)
_RANGE = re.compile(r"\d{4}\s*[-–]\s*\d{2,4}")
_YEAR = re.compile(r"^(in\s+)?(\d{4})$", re.IGNORECASE)
_NOT_EVENT_TIME = {"from", "until", "till", "by", "starting", "beginning", "through", "to", "before", "since"}
_SKIP = {"today", "now", "currently", "recently", "previously", "earlier", "the past", "this year"}


@functools.lru_cache(maxsize=4096)
def _parse(expr: str, published: str) -> tuple[str, str] | None:
    """(YYYY-MM-DD, precision) for one expression, or None when it is not a point in time."""
    low = expr.lower().strip()
    if low in _SKIP or _DURATION.search(low) or _RANGE.search(low):
        return None
    base = datetime.fromisoformat(published)
    m = _YEAR.match(low)
    if m:
        return f"{m.group(2)}-01-01", "year"
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": []}
    try:
        parsed = dateparser.parse(expr, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    day = parsed.date()
    if day > base.date() or (base.date() - day).days > 366 * 30:
        return None
    if re.search(r"(?<!\d)\d{1,2}(?!\d)|day|yesterday|week|night|morning|evening", low):
        precision = "day"
    elif "year" in low:
        precision = "year"
    else:
        precision = "month"
    return day.isoformat(), precision



def event_date(sentence: Sentence, trigger: Token, published: str | None) -> tuple[str | None, str]:
    """The event's date and its precision ("day", "month", "year" or "published")."""
    if not published:
        return None, "unknown"
    try:
        date.fromisoformat(published)
    except ValueError:
        return None, "unknown"
    # "bans imports from January", "until 2025": when something takes effect or ends, not when it happened.
    sent = sentence.span
    dates = [e for e in sentence.ents if e.label_ == "DATE"
             and not (e.start > sent.start and sent.doc[e.start - 1].lower_ in _NOT_EVENT_TIME)]
    for ent in closest_first(dates, trigger):
        got = _parse(ent.text, published)
        if got:
            return got
    return published, "published"
