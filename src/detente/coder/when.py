"""When an event happened, resolved against the article's publication date.

News dates events relative to publication ("on Tuesday", "last week", "On December 2"), so the date
expressions spaCy finds in the sentence are parsed with the publication date as the reference, preferring the
past (news reports what has happened) unless the act is announced for later ("will meet on Friday", "a summit
next week"), which is not moved into the past. "On Tuesday" in a Tuesday paper is that day. A year named
outside the event's own clause is not its date. Without a usable expression the publication date stands.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta

import dateparser
from spacy.tokens import Token

from detente.coder.arguments import closest_first, governed_by
from detente.coder.sentence import Sentence

_DURATION = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                       r"several|few|many|couple of|dozen)\s+(day|week|month|year|decade|hour)s?\b(?!\s+ago)",
                       re.IGNORECASE)
_RANGE = re.compile(r"\d{4}\s*[-–]\s*\d{2,4}")
_YEAR = re.compile(r"^(in\s+)?(\d{4})$", re.IGNORECASE)
_NOT_EVENT_TIME = {"from", "until", "till", "by", "starting", "beginning", "through", "to", "before", "since"}
_SKIP = {"today", "now", "currently", "recently", "previously", "earlier", "the past", "this year"}


_QUALIFIER = re.compile(r"^(in |on |at |during |by )?(the )?(late|early|mid|the end of|the start of|the beginning of|"
                        r"the middle of|end of|start of|beginning of|middle of)[\s-]+")
_DECADE = re.compile(r"\b(\d{2})?\d0'?s\b")  # "the 1990s", "the late 80s": no point in time
_THIS_YEAR = {"this year", "earlier this year"}
_LAST_YEAR = {"last year", "late last year", "early last year", "earlier last year"}

_WEEKDAY = re.compile(r"^(on |this |last |next |coming )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                      r"( (morning|afternoon|evening|night))?$")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FUTURE_WORDS = re.compile(r"\b(next|tomorrow|coming|upcoming|later this|later in)\b")
_HORIZON = 400  # days ahead an announced event may be dated


def _weekday(low: str, base: date, future: bool) -> date | None:
    """A weekday name: the publication day itself when it is that day ("on Tuesday" in a Tuesday paper),
    else the nearest such day before it (after it for an announced act or "next Tuesday")."""
    m = _WEEKDAY.match(low)
    if not m:
        return None
    prefix = (m.group(1) or "").strip()
    target = _DAYS.index(m.group(2))
    if prefix in ("next", "coming") or (future and prefix != "last"):
        ahead = (target - base.weekday()) % 7
        return base + timedelta(days=ahead or (7 if prefix == "next" else 0))
    back = (base.weekday() - target) % 7
    return base - timedelta(days=back or (7 if prefix == "last" else 0))


@functools.lru_cache(maxsize=4096)
def _parse(expr: str, published: str, future: bool = False) -> tuple[str, str] | None:
    """(YYYY-MM-DD, precision) for one expression, or None when it is not a point in time."""
    low = expr.lower().strip()
    if low in _SKIP or _DURATION.search(low) or _RANGE.search(low) or _DECADE.search(low):
        return None
    base = datetime.fromisoformat(published)
    low = _QUALIFIER.sub("", low).strip()  # "in late 2015", "early February", "mid-January": the period itself
    if low in _THIS_YEAR:
        return f"{base.year}-01-01", "year"
    if low in _LAST_YEAR:
        return f"{base.year - 1}-01-01", "year"
    expr = low or expr
    m = _YEAR.match(low)
    if m:
        return f"{m.group(2)}-01-01", "year"
    day = _weekday(low, base.date(), future)
    if day is not None:
        return day.isoformat(), "day"
    future = future or bool(_FUTURE_WORDS.search(low))
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if future else "past",
                "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": []}
    try:
        parsed = dateparser.parse(expr, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    day = parsed.date()
    # a named year reaches back to any past ("invaded Kuwait in August 1990"); a bare "May 3" is a recent one
    reach = 366 * (130 if re.search(r"\b(1[89]|20)\d\d\b", low) else 30)
    if (day > base.date() and not (future and (day - base.date()).days <= _HORIZON)) \
            or (base.date() - day).days > reach:
        return None
    if re.search(r"(?<!\d)\d{1,2}(?!\d)|day|yesterday|tomorrow|week|night|morning|evening", low):
        precision = "day"
    elif "year" in low:
        precision = "year"
    else:
        precision = "month"
    return day.isoformat(), precision



def _attached(tok: Token, verb: Token) -> bool:
    """Does the date phrase headed by ``tok`` modify ``verb`` itself ("agreed on Monday", "said Monday")?"""
    head = tok.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def event_date(sentence: Sentence, trigger: Token, published: str | None,
               future: bool = False) -> tuple[str | None, str]:
    """The event's date and its precision ("day", "month", "year", "published", or "unknown" undated).

    ``future``: the act is announced, promised or threatened, so a weekday or a month is the next one.
    """
    if not published:
        return None, "unknown"
    try:
        date.fromisoformat(published)
    except ValueError:
        return None, "unknown"
    sent = sentence.span
    # "bans imports from January", "until 2025": when something takes effect or ends, not when it happened.
    dates = [e for e in sentence.ents if e.label_ == "DATE"
             and not (e.start > sent.start and sent.doc[e.start - 1].lower_ in _NOT_EVENT_TIME)]
    for ent in closest_first(dates, trigger):
        if _YEAR.match(ent.text.strip()) and not governed_by(ent.root, trigger):
            continue  # "in 2014" in another clause is that clause's time, not this event's
        # "agreed on Monday to buy": the day of a past announcement is past, whatever it announced
        told = future and trigger.tag_ == "VBD" and _attached(ent.root, trigger)
        got = _parse(ent.text, published, future and not told)
        if got:
            return got
    return published, "published"
