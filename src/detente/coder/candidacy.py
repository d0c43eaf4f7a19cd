"""A member standing down at the next election is a candidacy, not a resignation (the gold leaves candidacies
uncoded): the body's "to stand down when the next election comes" is dropped by the codebook, and a headline's "X to
stand down", which cannot say when, goes with it when the body names the same person leaving so."""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.coder.sentence import Sentence
from detente.model import Event

_ELECTIONS = re.compile(r"elections?|polls?|ballots?", re.IGNORECASE)
_LEAVING = {"stand", "step", "retire", "quit"}


def leaving_at_an_election(trigger: Token) -> bool:
    """ "is standing down at the next election", "is to retire at the general election"."""
    return any(p.dep_ == "prep" and p.lower_ in ("at", "before") and any(
        o.dep_ == "pobj" and _ELECTIONS.fullmatch(o.lower_) for o in p.children) for p in trigger.children)


def leaving_members(sentences: list[Sentence]) -> frozenset[str]:
    """The surnames of the people the article says will leave at an election: those named in the sentence
    before the leaving verb ("Labour MP Jack Kowal, who says he is quitting at the next election")."""
    out: set[str] = set()
    for sentence in sentences:
        for tok in sentence.span:
            if tok.lemma_.lower() in _LEAVING and tok.pos_ == "VERB" and leaving_at_an_election(tok):
                out |= {e[-1].lower_ for e in sentence.span.ents if e.label_ == "PERSON" and e.end <= tok.i}
    return frozenset(out)


def not_standing_again(events: list[Event], leaving: frozenset[str]) -> list[Event]:
    """Drop a resignation (or its announcement) by someone the article says leaves only at an election."""
    if not leaving:
        return events
    return [e for e in events if not (e.cameo.startswith(("0831", "0341")) and e.source is not None
                                      and e.source.text.split()[-1].lower().removesuffix("'s") in leaving)]
