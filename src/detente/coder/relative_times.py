"""One date phrase read against the publication date: the day, month or year that "on Tuesday", "last October",
"last summer" or "six years ago" names, and the phrases that name a time no publication date resolves ("in the
1990s", "five days earlier"). Kept apart from :mod:`detente.coder.when`, which decides which phrase is the event's.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta

import dateparser
from spacy.tokens import Span

from detente.coder.modality_words import COMING_TIME
from detente.coder.unasserted import infinitive

# "for three days", "a three-year accord": how long, not when
_DURATION = re.compile(r"\b(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
                       r"several|few|many|couple of|dozen)[\s-]+(day|week|month|year|decade|hour)s?\b(?!\s+ago)",
                       re.IGNORECASE)
_RANGE = re.compile(r"\d{4}\s*[-–]\s*\d{2,4}")
_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*[-–]\s*\d{1,2}\b(?!\d)")
_YEAR = re.compile(r"^(in\s+)?(\d{4})$", re.IGNORECASE)
_SKIP = {"today", "now", "currently", "recently", "previously", "earlier", "the past"}


_QUALIFIER = re.compile(r"^(in |on |at |during |by )?(the )?(late|early|mid|the end of|the start of|the beginning of|"
                        r"the middle of|end of|start of|beginning of|middle of)[\s-]+")
_PART_OF = re.compile(r"^(in |during )?(the )?(first|second|third|fourth|last|final|opening|closing) (half|quarter|"
                      r"(\w+ |few )?(months|weeks|days)) of (?=\S)")
_APPROXIMATELY = re.compile(r"^(more than|less than|over|about|around|almost|nearly|some|roughly|just over|"
                            r"just under) (?=\S+ (days?|weeks?|months?|years?) ago$)")
_BETWEEN_YEARS = re.compile(r"\bbetween (\d{4}) and (\d{4})\b|\bfrom (\d{4}) (to|until) (\d{4})\b")
_DECADE = re.compile(r"\b(\d{2})?\d0'?s\b")  # "the 1990s", "the late 80s": no point in time
#: "in the last two weeks", "over the past month", "in recent weeks": a period running up to now, no day in it
#: (but "in recent days" is as good as now)
_SPAN_TO_NOW = re.compile(r"\b((the )?(past|last) (\d+|few|several|couple of|two|three|four|five|six|seven|eight|"
                          r"nine|ten|eleven|twelve|eighteen) |the (past|last) |recent )"
                          r"(weeks|fortnight|months|years|week|month|year)\b(?! of)")
_THIS_YEAR = {"this year", "earlier this year", "later this year", "later in the year"}
_LAST_YEAR = {"last year", "late last year", "early last year", "earlier last year"}
_THIS_MONTH = {"earlier this month", "early this month", "later this month", "later in the month"}
# "held talks earlier this week", "attacked last week": that week, no day in it (its Monday, precision "week")
_THIS_WEEK = {"earlier this week", "early this week", "earlier in the week", "this week"}
_LAST_WEEK = {"last week", "earlier last week", "the previous week", "the week before"}
# "two weeks ago", "a fortnight ago": a week, no day in it (its Monday, precision "week")
_WEEKS_AGO = re.compile(r"^(a|one|two|three|four|five|six|\d+) (weeks?|fortnight) ago$")
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

_WEEKDAY = re.compile(r"^(on |this |last |next |coming )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                      r"( (morning|afternoon|evening|night))?$")
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_LAST_MONTH = re.compile(rf"^(last|next) ({'|'.join(_MONTHS)})$")
_HORIZON = 400  # days ahead an announced event may be dated
#: a clock's zone or unit after four digits ("at 1115 est/1615 gmt", "1400 hrs"): a time of day, not a year
_CLOCK_ZONE = re.compile(r"^(est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|bst|cet|cest|utc|hrs|hours|local)\b", re.IGNORECASE)


def clock_time(ent: Span) -> bool:
    """ "will meet at 1115 est": the tagger's DATE is the hour, so it never dates the act as the year 1115."""
    doc = ent.doc
    return bool(re.fullmatch(r"\d{4}", ent.text.strip())) and ent.end < len(doc) \
        and bool(_CLOCK_ZONE.match(doc[ent.end].text))


def year_only(ent: Span) -> bool:
    """ "in 1987", "this year", "last year": a time no finer than its year."""
    low = ent.text.strip().lower()
    return bool(_YEAR.match(low)) or low in _THIS_YEAR | _LAST_YEAR


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


_WEEKEND = re.compile(r"^(?:(a|the|this|last|past|the past|the last|next|coming|the coming) ?)?weekend$")


def _weekend(low: str, base: date, future: bool) -> date | None:
    """ "at the weekend", "a weekend interview": the Saturday of the weekend before the publication day (of
    that weekend in a weekend paper, of the next one for "next weekend" or an announced act)."""
    m = _WEEKEND.match(low)
    if not m:
        return None
    which = m.group(1) or ""
    # "hosting a meeting this weekend" told from a Wednesday to a Friday: the weekend ahead
    ahead = which == "this" and 2 <= base.weekday() <= 4
    if which in ("next", "coming", "the coming") or ahead or (future and which not in ("last", "past", "the past",
                                                                                         "the last")):
        return base + timedelta(days=(5 - base.weekday()) % 7 or 7)
    back = (base.weekday() - 5) % 7  # days since the last Saturday (0 on a Saturday, 1 on a Sunday)
    if which in ("last", "the last", "past", "the past") and back < 2:
        back += 7
    return base - timedelta(days=back)


def _named_month(low: str, base: date) -> date | None:
    """ "last October", "next March": the nearest such month strictly before (after) the publication's month,
    which the parser does not resolve."""
    m = _LAST_MONTH.match(low)
    if not m:
        return None
    target = _MONTHS.index(m.group(2)) + 1
    if m.group(1) == "last":
        year = base.year if target < base.month else base.year - 1
    else:
        year = base.year if target > base.month else base.year + 1
    return date(year, target, 1)


_SEASON = re.compile(r"^(last|this|next|in the|the|during the|over the)?\s*(spring|summer|autumn|fall|winter)$")
_SEASON_STARTS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(low: str, base: date, future: bool) -> tuple[str, str] | None:
    """ "last summer", "this spring", "in the autumn": the year of that season (its start), the most recent one
    for a past act, the coming one for an announced act or "next"."""
    m = _SEASON.match(low)
    if m is None:
        return None
    start = _SEASON_STARTS[m.group(2)]
    which = m.group(1) or ""
    if which == "this":
        year = base.year
    elif which == "next" or (future and which != "last"):
        year = base.year if start > base.month else base.year + 1
    else:
        year = base.year if start < base.month else base.year - 1
    return f"{year}-01-01", "year"


_BARE_MONTH_DAY = re.compile(rf"^(on )?({'|'.join(_MONTHS)}) \d{{1,2}}$")


def _next_year(day: date) -> date | None:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # February 29
        return None


@functools.lru_cache(maxsize=4096)
def _parse(expr: str, published: str, future: bool = False) -> tuple[str, str] | None:
    """(YYYY-MM-DD, precision) for one expression, or None when it is not a point in time."""
    low = _PART_OF.sub("", expr.lower().strip())  # "the first four months of 2018": in 2018
    low = _DAY_RANGE.sub(r"\1", low)  # "an April 5-6 summit", "on 5-6 April": it opens on the first day
    if low in _SKIP or _DURATION.search(low) or _RANGE.search(low) or _DECADE.search(low) or _SPAN_TO_NOW.search(low):
        return None
    base = datetime.fromisoformat(published)
    low = _QUALIFIER.sub("", low).strip()  # "in late 2015", "early February", "mid-January": the period itself
    earlier = bool(re.match(r"^(more than|over) ", low))  # "more than six years ago": before that year began
    low = _APPROXIMATELY.sub("", low)
    low = re.sub(r"^earlier on (?=\S)", "", low)  # "earlier on Tuesday": that day
    low = re.sub(r"['’]s$", "", low)  # "last week's accord": last week
    if low in _THIS_YEAR:
        return f"{base.year}-01-01", "year"
    if low in _LAST_YEAR:
        return f"{base.year - 1}-01-01", "year"
    if low in _THIS_MONTH:  # "reached a deal earlier this month": that month, no day in it
        return f"{base.year}-{base.month:02d}-01", "month"
    if low == "later in the week":
        # a past told on a Monday is of the week just gone; else, and what is to come, this week
        monday = base.date() - timedelta(days=base.weekday() + (7 if base.weekday() == 0 and not future else 0))
        return monday.isoformat(), "week"
    if low in _LAST_WEEK or (low in _THIS_WEEK and not future):
        # in a weekend paper, "last week" is the week just ending
        last = 7 if low in _LAST_WEEK and base.weekday() < 5 else 0
        monday = base.date() - timedelta(days=base.weekday() + last)
        return monday.isoformat(), "week"
    ago = _WEEKS_AGO.match(low)
    if ago:
        count = int(ago.group(1)) if ago.group(1).isdigit() else _COUNTS[ago.group(1)]
        day = base.date() - timedelta(days=count * (14 if ago.group(2) == "fortnight" else 7))
        return (day - timedelta(days=day.weekday())).isoformat(), "week"
    expr = low or expr
    m = _YEAR.match(low)
    if m:
        return f"{m.group(2)}-01-01", "year"
    season = _season(low, base.date(), future)
    if season is not None:
        return season
    day = _weekday(low, base.date(), future) or _weekend(low, base.date(), future)
    if day is not None:
        return day.isoformat(), "day"
    month = _named_month(low, base.date())
    if month is not None:
        return month.isoformat(), "month"
    future = future or bool(COMING_TIME.search(low))
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future" if future else "past",
                "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": []}
    try:
        parsed = dateparser.parse(expr, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    if parsed is None:
        return None
    day = parsed.date()
    if not future and _BARE_MONTH_DAY.match(low) and (day - base.date()).days < -183:
        ahead = _next_year(day)  # "his visit to Washington on April 29" in a March paper: next month, not last year's
        if ahead is not None and (ahead - base.date()).days <= 62:
            day, future = ahead, True
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
    if precision == "year":
        day = day.replace(year=day.year - (earlier and " ago" in low), month=1, day=1)  # "six years ago": that year
    return day.isoformat(), precision


def _elsewhere_in_time(ent: Span) -> bool:
    """A time this date phrase names but that cannot be resolved against publication: a decade ("in the 1990s"),
    a span ("over the years") or a time relative to another event ("five days earlier", "the day after the
    bombing", "the following week")."""
    low = ent.text.lower()
    if _DECADE.search(low) or _BETWEEN_YEARS.search(low) or re.search(r"^(the |those |these )?(years|decades)$", low):
        return True
    if re.search(r"\b(today|tonight|this|in the day|that day)\b", low):
        return False  # "earlier today", "later this month": the publication's own time
    if re.search(r"\b(past|last) (\d+|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)"
                 r" (months|years)\b", low):
        return True  # "over the past 18 months": a span, no point in it
    if _SPAN_TO_NOW.search(low):
        return _of_a_verb(ent)  # "met them in the last two weeks", but "an inquiry into dealings in recent months"
    relative = re.search(r"\b(earlier|later|before|after|prior|ago)\b|^(the )?(next|following|previous|preceding) "
                         r"(day|week|month|year|morning|night|evening)", low)
    root = ent.root  # "the day after the bombing", "a week before the vote"
    around = [c for c in root.children if c.dep_ == "prep"] + ([root.head] if root.dep_ == "npadvmod" else [])
    return bool(relative) or any(p.lower_ in ("after", "before") for p in around)


def _of_a_verb(ent: Span) -> bool:
    """Does a date phrase tell when a verb's act was done ("met him in recent weeks"), rather than which instances
    of a thing a noun names ("trades in its bonds in recent weeks") or what an infinitive asks for ("asked them to
    open an inquiry into trades in recent weeks")?"""
    head = ent.root.head.head if ent.root.dep_ == "pobj" else ent.root.head
    return head.pos_ in ("VERB", "AUX") and not infinitive(head)
