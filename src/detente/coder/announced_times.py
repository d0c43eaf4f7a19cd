"""Announced acts: the day an act was told and the day it is due. "Said on Tuesday it would", "threatened on
Monday to impose": the day of a past announcement is past, whatever it announced; "will visit Riyadh this month":
the period the act is due in holds the report's day. Kept apart from :mod:`detente.coder.when`, which decides
which date phrase is the event's.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span, Token

from detente.coder.modality_words import REPORTING_VERBS
from detente.coder.nearness import closest_first
from detente.coder.relative_times import _QUALIFIER, _elsewhere_in_time, _parse
from detente.coder.sentence import Sentence


def attached(tok: Token, verb: Token) -> bool:
    """Does the date phrase headed by ``tok`` modify ``verb`` itself ("agreed on Monday", "said Monday"), or is it
    parsed onto the verb's subject between the two ("Gorbachev last Monday said": a name takes no time)?"""
    head = tok.head
    between = tok.dep_ == "npadvmod" and head.dep_ in ("nsubj", "nsubjpass") and head.head.i == verb.i \
        and head.i < tok.i < verb.i
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i) or between


def hung_forward(ent: Span, verb: Token) -> bool:
    """ "went on strike May 9 and production has been shut": a day right after the act's own words that the parser
    hangs on a noun further on, across the "and", is the act's."""
    doc = ent.doc
    if ent.start == 0 or ent.root.head.i < ent.end or not re.search(r"\d", ent.text):
        return False
    before = doc[ent.start - 1]
    return before.pos_ in ("NOUN", "PROPN") and (before.i == verb.i or verb.i in {a.i for a in before.ancestors}) \
        and any(t.dep_ == "cc" for t in doc[ent.end:ent.root.head.i])


_CALENDAR = re.compile(r"^(in |on )?((\d{1,2} )?(january|february|march|april|may|june|july|august|september|"
                       r"october|november|december)( \d{1,2})?,? )?(1[89]|20)\d\d$")


def calendar_date(own: list[Span], trigger: Token, future: bool = False) -> tuple[str | None, str]:
    """An undated text still dates an act by the calendar ("imposed its arms ban in 1989", "on 3 May 1998");
    nothing relative to a publication day ("last year", "on Tuesday") can be read. An announced act's date is
    when it is due ("will open talks with Moldova in March 2011"), not when it was announced, unless a past verb
    tells it ("threatened in May 1998 to impose")."""
    for ent in closest_first(own, trigger):
        if future and not told_at(ent, trigger):
            continue
        low = _QUALIFIER.sub("", ent.text.lower().strip()).strip()
        if _CALENDAR.match(low):  # read against the next new year: the text names the whole date
            return _parse(low, f"{int(low[-4:]) + 1}-01-01") or (None, "unknown")
        if _elsewhere_in_time(ent):
            break
    return None, "unknown"


def resolve_phrase(ent: Span, trigger: Token, published: str, future: bool,
                   scheduled: bool = False) -> tuple[str, str] | None:
    """One date phrase against publication; "agreed on Monday to buy", "threatened on Tuesday to impose", "said on
    Tuesday it would": the day of a past announcement is past, whatever it announced. "Will visit Riyadh this
    month": the period the act is due in holds the report's day, on which it was announced. ``scheduled``: the
    phrase is the day the act is set for ("called a strike for Wednesday"), to come even after a past verb."""
    due = scheduled or (future and not told_at(ent, trigger))
    doc, text = ent.doc, ent.text
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "in" and doc[ent.start - 2].lower_ in ("earlier", "early"):
        text = f"earlier in {text}"  # the tagger's "the week" of "earlier in the week"
    got = _parse(text, published, due)
    if due and got is not None and _holds(got, published):
        return published, "published"
    return got


def _holds(when: tuple[str, str], day: str) -> bool:
    """Does the period (a week's Monday, a month's or a year's first day, with its precision) hold ``day``?"""
    start, precision = when
    if precision == "week":
        return 0 <= (date.fromisoformat(day) - date.fromisoformat(start)).days < 7
    return (precision == "month" and start[:7] == day[:7]) or (precision == "year" and start[:4] == day[:4])


def told_at(ent: Span, trigger: Token) -> bool:
    """Does the date phrase give the time of a past verb over the act ("agreed on Monday to buy", "said on
    Tuesday it would"): the day an announcement was made, not the day of the act it announces?"""
    return any(v.tag_ == "VBD" and attached(ent.root, v) for v in (trigger, *trigger.ancestors))


def announced_on(sentence: Sentence, trigger: Token, published: str) -> tuple[str, str] | None:
    """The day a past verb over the act gives it ("the president on Friday announced that from May 1 he would
    impose duties", "said on Monday it would hold elections in June"): an act due after the report is dated when it
    was announced, which the text names, rather than on the report's day."""
    below = trigger
    for verb in trigger.ancestors:
        joined, below = below.dep_ == "conj", verb
        if verb.tag_ != "VBD" or (joined and verb.lemma_.lower() not in REPORTING_VERBS):
            continue  # "met X last week, and that Y will visit Tokyo in April": another act, no telling
        for ent in sentence.ents:
            if ent.start > 0 and ent.doc[ent.start - 1].lower_ == "for":
                continue  # "set talks for Friday": the day they are set for, not the day they were set
            if ent.label_ == "DATE" and attached(ent.root, verb) and (got := _parse(ent.text, published)) \
                    and got[0] and got[0] <= published:
                return got
    return None
