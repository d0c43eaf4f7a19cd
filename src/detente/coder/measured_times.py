"""Times measured from something else: an act "a day after" another lies that far from the other act's date, and
an act aged by the report ("Iran's week-old offensive") began that long before it. Split from
:mod:`detente.coder.when`, which passes in how it dates the other act (``date_of``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from spacy.tokens import Span, Token

from detente.coder.background import clause_verb, deed_noun, governing_verb
from detente.coder.sentence import Sentence
from detente.coder.unasserted import takes_effect_later

#: how the other act is dated: (sentence, its verb) -> (date, precision)
DateOf = Callable[[Sentence, Token], tuple[str | None, str]]


def from_another_act(sentence: Sentence, trigger: Token, published: str,
                     date_of: DateOf) -> tuple[str | None, str] | None:
    """The date of an act placed against another act of the sentence ("a day after", "after"), or None."""
    offset = _offset_clause(trigger)
    if offset is not None:
        return _shifted(sentence, offset, published, date_of)
    return _measured_date(sentence, trigger, published, date_of) or _after_coarse(sentence, trigger, published, date_of)


_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_UNIT_DAYS = {"hour": 0, "minute": 0, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
_OFFSET = re.compile(r"^(some |about |around |nearly |almost |just |only |barely |more than |less than )?"
                     r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)? ?"
                     r"(hour|minute|day|week|fortnight|month|year)s?$")


def _offset_clause(trigger: Token) -> tuple[Token, int | None, str] | None:
    """ "warned Latvia, a day after Oslo said its frigates would escort ...", "was unveiled four months after
    the ministry banned imports": an act in an "after"/"before" clause that a distance is measured from
    lies that far before (after) the act of the clause it hangs on. (clause, signed days or None when the
    distance is no number: "days after", precision) for such a clause above the event."""
    verb = clause_verb(trigger)
    for _ in range(8):
        if verb.dep_ == "advcl":
            break
        if verb.dep_ in ("relcl", "acl", "csubj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    else:
        return None
    distance = _distance(verb)
    if distance is None:
        return None
    sign, days, precision = distance
    return verb.head, None if days is None else -sign * days, precision


def _measured_date(sentence: Sentence, trigger: Token, published: str,
                   date_of: DateOf) -> tuple[str | None, str] | None:
    """ "Months before the report was issued, the envoys met", "two days after the vote on Monday, they met": an
    act whose own clause is measured from another act is that far from that act, not on the report's day (the
    reverse of :func:`_offset_clause`); undated when that cannot be counted. An act "days after" an undated one
    may be the day's news, measured back from it ("warned Latvia, a day after Oslo said ..."): None, not decided."""
    verb = clause_verb(trigger)
    clause = next((c for c in verb.children if c.dep_ == "advcl" and _distance(c) is not None), None)
    if clause is None:
        return None
    sign, days, precision = _distance(clause) or (1, None, "day")
    if sign > 0 and date_of(sentence, clause)[1] == "published":
        return None
    return _shifted(sentence, (clause, None if days is None else sign * days, precision), published, date_of)


#: verbs that tell a measure's announcement ("announced tariffs set to take effect in June"): its day is theirs
_ANNOUNCING = {"announce", "unveil", "impose", "approve", "order", "decide", "adopt", "introduce", "slap", "levy",
               "declare", "sign", "propose", "threaten", "plan", "pass", "vote"}


def timetabled_measure(trigger: Token) -> bool:
    """ "talks to head off new tariffs set to go into effect on June 1": a measure timetabled to take effect was
    announced before, at a time the text does not give (the day it takes effect is not it), unless a verb of the
    sentence tells its announcement ("Chile announced tariffs set to take effect ...")."""
    noun = deed_noun(trigger)
    if not takes_effect_later(noun):
        return False
    verb = governing_verb(noun)
    return not (verb.i != noun.i and noun.dep_ in ("dobj", "obj") and verb.lemma_.lower() in _ANNOUNCING)


def _after_coarse(sentence: Sentence, trigger: Token, published: str,
                  date_of: DateOf) -> tuple[str | None, str] | None:
    """ "agreed to help Peru after the minister visited Lima earlier this year": an act told as following another
    that the text dates only by a month or a year lies somewhere between that act and the report, so it is no
    better dated than that period, and only when the period reaches the report (this year, this month); an
    earlier period leaves it the report's year, or undated. None when the clause is dated to a day or not at
    all ("expelled the envoy after Peru seized a ship on Monday": the day's news, answering the seizure)."""
    clause = _after_clause(trigger)
    if clause is None:
        return None
    when, how = date_of(sentence, clause)
    if when is None or how not in ("year", "month") or when > published:
        return None
    if how == "month" and when[:7] == published[:7]:
        return when, "month"
    if when[:4] == published[:4]:
        return f"{published[:4]}-01-01", "year"
    return None, "unknown"


def _after_clause(trigger: Token) -> Token | None:
    """The "after" clause (with no distance: see :func:`_distance`) that follows the act: on its verb, on the
    verbs it is the infinitive of ("agreed to help Peru after ..."), or on the means it is done by ("help Peru by
    cutting tariffs after ...")."""
    verb = clause_verb(trigger)
    verbs = [verb]
    while verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and len(verbs) < 4:
        verb = verb.head
        verbs.append(verb)
    verbs += [p for v in list(verbs) for c in v.children if c.dep_ == "prep" and c.lower_ == "by"
              for p in c.children if p.dep_ == "pcomp"]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "advcl" and _distance(c) is None and any(
                    m.dep_ == "mark" and m.lower_ == "after" for m in c.children):
                return c
    return None


def _distance(clause: Token) -> tuple[int, int | None, str] | None:
    """How far the act a clause hangs on lies after ("after") or before ("before") the clause's own act, when a
    distance is put before the clause ("a day after Oslo said", "months before the report was issued"): (1 after
    or -1 before, days, or None when the distance is no number: "months before"; precision)."""
    mark = next((c.lower_ for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    measure = next((c for c in clause.children if c.dep_ in ("npadvmod", "dep") and c.i < clause.i), None)
    if mark is None or measure is None:
        return None
    m = _OFFSET.match(" ".join(t.lower_ for t in measure.subtree))
    if m is None:
        return None
    unit = m.group(3)
    count = _NUMBERS.get(m.group(2) or "", None) if not (m.group(2) or "").isdigit() else int(m.group(2))
    days = None if count is None else count * _UNIT_DAYS[unit]
    precision = "day" if unit in ("hour", "minute", "day", "week", "fortnight") else unit
    return (1 if mark == "after" else -1), days, precision


def _shifted(sentence: Sentence, offset: tuple[Token, int | None, str], published: str,
             date_of: DateOf) -> tuple[str | None, str]:
    """The date of an act measured from the act its clause hangs on: that act's date moved by the distance, to
    the day for days and weeks, to the month or year for longer ones; undated when the distance or the other
    act's day is not known ("days after", an act of "last year")."""
    anchor, days, precision = offset
    when, how = date_of(sentence, anchor)
    if when is None or days is None or how not in ("day", "published"):
        return None, "unknown"
    if days == 0:
        return when, how
    day = date.fromisoformat(when) + timedelta(days=days)
    if day > date.fromisoformat(published):
        return None, "unknown"  # "a week before the vote is held": not a past act this text dates
    if precision == "month":
        return day.replace(day=1).isoformat(), "month"
    if precision == "year":
        return day.replace(month=1, day=1).isoformat(), "year"
    return day.isoformat(), "day"


AGE = re.compile(r"^(?:(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-])?"
                  r"(day|week|fortnight|month|year)s?[\s-]old$")


def begun_ago(ent: Span, trigger: Token, published: str) -> tuple[str, str] | None:
    """ "Iran's week-old offensive", "the two-day-old truce": an act aged by the report began that long before
    it, to the day for days and weeks, to the month or the year for longer ages; an age of anything else (a
    person, a town) is no time of the act."""
    m = AGE.match(ent.text.lower())
    noun = deed_noun(trigger)
    if m is None or ent.root.head.i not in (trigger.i, noun.i):
        return None
    count = int(m.group(1)) if (m.group(1) or "").isdigit() else _NUMBERS.get(m.group(1) or "a", 1)
    unit = m.group(2)
    day = date.fromisoformat(published) - timedelta(days=count * _UNIT_DAYS[unit])
    if unit == "month":
        return day.replace(day=1).isoformat(), "month"
    if unit == "year":
        return day.replace(month=1, day=1).isoformat(), "year"
    return day.isoformat(), "day"
