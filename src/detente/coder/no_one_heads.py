"""Noun phrases that name no actor though their words name one: "Peru's allies" (others than Peru), "Washington
Public Power" (a body named after a city), "the meeting in Qatar" (a gathering named by its venue), "the next
prime minister" (no one yet). Split from :mod:`detente.coder.phrase_heads`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.actor_words import OTHERS_OF
from detente.coder.codebook_words import DEAL_NOUNS
from detente.coder.names import Match
from detente.coder.phrase_heads import possessive, role_sector
from detente.lexicon import Lexicon


def others_of(head: Token, matches: dict[int, Match]) -> bool:
    """ "Peru's allies called on Chile": the possessor's allies are other states, whom the phrase does not name;
    a named body among its words still is one ("Turkey's NATO allies" are NATO). A person's allies are his own
    camp ("the premier's allies"), and stay his state's."""
    owner = next((c for c in head.children if c.dep_ == "poss" or (c.dep_ == "nmod" and possessive(c))), None)
    tie = head.lemma_.lower() in OTHERS_OF or any(  # "Jamaica's creditor banks" are its creditors too
        c.dep_ == "compound" and c.lemma_.lower() in OTHERS_OF for c in head.children)
    if head.i in matches or not tie or owner is None:
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and c.i in matches and c.i != owner.i for c in head.children):
        return False
    return owner.lower_ in ("its", "their") or (owner.i in matches and matches[owner.i].entry.kind != "person")


def named_after_a_city(head: Token, matches: dict[int, Match], lexicon: Lexicon) -> bool:
    """ "Washington Public Power has appealed", "a spread over London Interbank Offered Rates": a name that begins
    with a city names a body or a thing of its own, not the city's state ("Moscow Mayor Sobyanin" has a title)."""
    if head.pos_ != "PROPN" or head.i in matches or head.ent_type_ == "PERSON" or role_sector(head, lexicon)[0]:
        return False
    mods = [c for c in head.children if c.dep_ in ("compound", "nmod")]
    if any(c.i not in matches and c.pos_ != "PROPN" and role_sector(c, lexicon)[0] for c in mods):
        return False
    return any(c.i in matches and matches[c.i].entry.kind == "capital" and c.i == head.left_edge.i for c in mods)


#: gatherings and plans, which act through those who attend or make them, not through the place they are held in
_GATHERINGS = {"meeting", "summit", "conference", "session", "gathering", "congress", "convention", "forum", "plan",
               "decision", "policy", "strategy", "initiative", "proposal"}

#: gatherings held somewhere, which a state's or a city's word before them places but does not own
_EVENTS = {"meeting", "summit", "conference", "session", "gathering", "convention", "forum"}
_PLACE_KINDS = {"country", "demonym", "capital", "seat"}


def _venue_only(head: Token, matches: dict[int, Match]) -> bool:
    """ "The meeting in Qatar", "the decision to invade Afrin, in Syria": a gathering or a plan named by where it is
    held, not by whose it is; "stood by the Paris agreement": a deal named after the city it was made in; "the
    Doha round" of trade talks."""
    if head.i in matches:
        return False
    if head.lemma_.lower() == "round":  # "backed the Uruguay round": trade talks named after where they opened
        return any(c.dep_ in ("compound", "nmod") and c.i in matches for c in head.children)
    if head.lemma_.lower() in DEAL_NOUNS:
        return any(c.dep_ == "compound" and c.i in matches and matches[c.i].entry.kind == "capital"
                   for c in head.children)
    if head.lemma_.lower() not in _GATHERINGS:
        return False
    named = [t for t in head.subtree if t.i in matches]
    if head.lemma_.lower() in _EVENTS and named and all(
            t.head.i == head.i and t.dep_ in ("amod", "compound") and matches[t.i].entry.kind in _PLACE_KINDS
            for t in named):
        return True  # "the Swiss summit", "the Paris meeting": where it is held (not "the EU summit", the EU's)
    return bool(named) and all(t.head.dep_ == "prep" and t.head.lower_ in ("in", "at") and t.head.head.i == head.i
                               for t in named)


def names_no_one(head: Token, matches: dict[int, Match], lexicon: Lexicon) -> bool:
    """ "Peru's allies called on Chile": others than Peru; "Washington Public Power": a name, not the city;
    "the next prime minister": whoever holds the office one day, no one yet; "the meeting in Qatar"."""
    return others_of(head, matches) or named_after_a_city(head, matches, lexicon) or _venue_only(head, matches) or (
        any(c.dep_ == "amod" and c.lower_ in ("next", "future", "eventual") for c in head.children)
        and role_sector(head, lexicon)[0] is not None and head.i not in matches)
