"""Acts told as done "at the talks" or "during the meeting" that the article dated earlier: "Failure of talks on
coffee quotas last week ...", later "El Salvador backed Brazil at the London talks" and "France backed the Ivory
Coast during the talks": the backing was then, not on the report's day. Kept apart from
:mod:`detente.coder.told_days`, which dates what was said by the day it was said.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Token

from detente.coder.modality_words import TALK_NOUNS
from detente.coder.sentence import Sentence
from detente.coder.when import event_date
from detente.model import Event

#: gatherings an act is done at or during (the talk nouns that name a sitting, not a debate or a dialogue)
_OCCASIONS = TALK_NOUNS - {"discussion", "debate", "dialogue", "consultation"} | {"negotiations"}
_RECENT_DAYS = 62  # how far back the gathering may have been
_DATED = ("day", "week", "month")


def _occasion(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    return "talks" if lemma in ("talk", "negotiation", "negotiations") else lemma if lemma in _OCCASIONS else None


def occasions_dated(sentence: Sentence, published: str | None) -> dict[str, tuple[str, str]]:
    """The gatherings the sentence dates ("talks ... last week", "Monday's meeting"): kind -> (day, precision)."""
    if not published or not any(e.label_ == "DATE" for e in sentence.ents):
        return {}
    out = {}
    for tok in sentence.span:
        kind = _occasion(tok) if tok.pos_ == "NOUN" else None
        if kind is None:
            continue
        day, how = event_date(sentence, tok, published, offsets=False)
        if day and how in _DATED and 0 <= (date.fromisoformat(published) - date.fromisoformat(day)).days \
                <= _RECENT_DAYS:
            out[kind] = (day, how)
    return out


def _at_the(trigger: Token) -> str | None:
    """The gathering a verb's act is done at: "backed Brazil at the London talks", "during the talks"."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else None
    if verb is None:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "during"):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
                    and not any(e.label_ == "DATE" and e.root.head.i == noun.i for e in noun.sent.ents):
                return _occasion(noun)
    return None


def at_the_occasion(events: list[Event], sentence: Sentence, dated: dict[str, tuple[str, str]]) -> list[Event]:
    """The events of a sentence done "at the talks" on no day of their own, with the day the article gave those
    talks."""
    if not dated:
        return events
    out = []
    for e in events:
        if e.sentence_index == sentence.index and e.date_precision == "published":
            start = sentence.span.start_char + e.trigger.span[0]
            tok = next((t for t in sentence.span if t.idx == start), None)
            kind = _at_the(tok) if tok is not None else None
            if kind in dated:
                day, how = dated[kind]
                e = replace(e, date=day, date_precision=how)
        out.append(e)
    return out
