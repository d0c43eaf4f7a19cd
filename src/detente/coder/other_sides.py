"""The other side of an act its words name indirectly: whom a deal is with (one sells to someone and buys from
someone), and who is hit when the text calls them "targets" or "victims" of the act. Split from
:mod:`detente.coder.arguments`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.detect import Argument

#: "targets of attacks", "victims of a crackdown": who these are is hit by the act, not its agent
VICTIM_NOUNS = {"target", "victim", "casualty", "object"}


def victims_of(noun: Token) -> list[Token]:
    """ "Western firms and their staff have been targets of attacks": the subject of a copula whose attribute is a
    target or victim of the event noun is hit by it."""
    head = noun.head
    if noun.dep_ != "pobj" or head.dep_ != "prep" or head.lower_ != "of":
        return []
    owner = head.head
    if owner.lemma_.lower() not in VICTIM_NOUNS or owner.dep_ != "attr":
        return []
    return [c for c in owner.head.children if c.dep_ in ("nsubj", "nsubjpass")]


_BUYING = {"buy", "acquire", "purchase"}
_SELLING = {"sell", "supply", "deliver", "ship", "export", "lease", "license", "licence", "transfer", "hand"}


def dealt_with(act: Token, targets: list[Argument]) -> list[Argument]:
    """Who a deal promised is with: one sells to someone ("its stake in X to Y": Y, X's stake is the goods) and
    buys from someone ("agreed to buy Hydraulic Units from Boeing"; the parser may hang "from" on the goods)."""
    if act.lemma_.lower() in _SELLING:
        return [a for a in targets if a.slot == "prep:to" or act.doc[a.head].dep_ == "dative"]
    if act.lemma_.lower() in _BUYING:
        targets = targets + [Argument(p.i, "prep:from") for a in targets if a.slot == "object"
                             for c in act.doc[a.head].children if c.dep_ == "prep" and c.lower_ == "from"
                             for p in c.children if p.dep_ == "pobj"]
        return sorted(targets, key=lambda a: a.slot != "prep:from")
    return targets


def expelling_host(verb: Token) -> Token | None:
    """ "Two British diplomats were expelled from Moscow", "Britain's ambassador to Iran was expelled": an envoy
    told only as expelled was expelled by the state that hosted him, which the text names as where he was."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "from":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    envoys = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return next((p for e in envoys for c in e.children if c.dep_ == "prep" and c.lower_ in ("to", "in")
                 for p in c.children if p.dep_ == "pobj"), None)


def arrested_where(verb: Token) -> Token | None:
    """ "A British journalist was arrested in Tehran": one told only as arrested there was arrested by that state
    (the place a sentence names for an act gives the state of those who did it, ANNOTATION.md)."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "agent" for c in verb.children):
        return None
    return next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                 if p.dep_ == "pobj" and p.ent_type_ == "GPE"), None)
