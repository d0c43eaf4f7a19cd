"""A federation's state or province that a phrase names ("Texas police", "the province of Manitoba", "British
Columbian workers", an untagged "New South Wales"), and proper names the gazetteer knows as places: what makes
an unnamed group that state's, and so its federation's.

resolve.py asks these for a phrase the lexicon does not name.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.names import Match
from detente.coder.where import federated_state, lookup
from detente.model import Location

_STATE_WORDS = {"state", "province"}


def federated_state_of(head: Token, acting: bool) -> Location | None:
    """The state or province of a federation the phrase is: "Texas" doing something, "US state Texas", "the
    province of Manitoba" (a state or province named as such is one whatever it does, an act's target too)."""
    if head.pos_ == "PROPN":
        marked = any(c.dep_ in ("compound", "appos", "nmod", "amod") and c.lemma_.lower() in _STATE_WORDS
                     for c in head.children) or (head.dep_ == "pobj" and head.head.head.lemma_.lower()
                                                 in _STATE_WORDS and head.head.lower_ == "of")
        return state_named_at(head) if acting or marked else None
    if head.lemma_.lower() in _STATE_WORDS:  # "the state of Texas", "US state Texas" (Texas beside "state")
        named = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"] + [c for c in head.children if c.dep_ == "appos"]
        return next((found for p in named if p.pos_ == "PROPN" and (found := state_named_at(p)) is not None), None)
    return None


def state_in_phrase(head: Token, toks: list[Token], matches: dict[int, Match]) -> Location | None:
    """A federation's state that a role's phrase names ("Texas police", "the Ontario government", "the
    provincial government of Manitoba", "British Columbian workers"): the role is that state's (and so its
    federation's)."""
    return next((found for t in toks if t.i != head.i and (t.pos_ == "PROPN" and t.dep_ in (
                 "compound", "poss", "pobj", "nmod") or t.ent_type_ == "NORP" and t.dep_ == "amod")
                 and (t.i not in matches or matches[t.i].entry.kind == "demonym")
                 and (found := state_named_at(t)) is not None), None)


def state_named_at(tok: Token) -> Location | None:
    """The federation's state named by the place entity at ``tok`` ("New South Wales"), or by the token."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ in ("GPE", "LOC", "ORG", "NORP")),
               None)
    found = federated_state(ent.text) if ent is not None else None
    if found:
        return found
    # "New South Wales police" untagged, "British Columbian" tagged as two peoples: the words of one name
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > tok.sent.start and doc[start - 1].pos_ == tok.pos_ and tok.i - start < 3:
        start -= 1
    if end < tok.sent.end and doc[end].pos_ == tok.pos_ == "ADJ":
        end += 1
    return next((found for i in range(start, tok.i + 1) for j in range(end, tok.i, -1)
                 if (found := federated_state(doc[i:j].text)) is not None), None)


def a_place(head: Token) -> bool:
    """A proper name the tagger reads as a place and the gazetteer knows ("the West Bank", "Deir ez-Zor")."""
    if head.pos_ != "PROPN" or head.ent_type_ not in ("GPE", "LOC"):
        return False
    ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    return ent is not None and ent.end - ent.start > 1 and lookup(ent.text) is not None
