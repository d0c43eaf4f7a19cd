"""Acts told as weighed, imagined or as a backdrop, not done: "plans under discussion", "another scenario is the
resignation of the cabinet", "as clashes between Israel and Iran mount". Word tests for noun modality.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.modality_words import UNDER_WEIGHING, WEIGHING


def weighed(noun: Token) -> bool:
    """ "plans under discussion", "weighing plans", "plans being studied": a plan someone weighs, not one the
    actor announced."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "under" and any(g.lemma_.lower() in UNDER_WEIGHING for g in c.children):
            return True
        if c.dep_ == "acl" and c.lemma_.lower() in WEIGHING | {"discuss", "debate"}:
            return True
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "be" and any(  # "the visit was under consideration"
            c.dep_ == "prep" and c.lower_ == "under" and any(g.lemma_.lower() in UNDER_WEIGHING for g in c.children)
            for c in noun.head.children):
        return True
    if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and any(  # "another scenario is the resignation"
            c.dep_ == "nsubj" and c.lemma_.lower() in _SCENARIOS for c in noun.head.children):
        return True
    return noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.lemma_.lower() in WEIGHING | {"discuss", "debate"}


#: a leaning, not a step: "tending towards backing", "leaning toward voting", "tends to side with"
_LEANING = {"tend", "lean", "incline"}


def a_leaning(verb: Token) -> bool:
    """ "with Britain tending towards backing Bonn": a leaning someone shows, no act done or promised."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ in ("towards", "toward"):
        return head.head.lemma_.lower() in _LEANING
    return verb.dep_ == "xcomp" and head.lemma_.lower() in _LEANING


#: what a trend does: "as clashes between Israel and Iran mount"
_TRENDING = {"mount", "grow", "increase", "rise", "escalate", "intensify", "spread", "multiply", "worsen", "deepen"}


def a_backdrop(noun: Token) -> bool:
    """ "As clashes between Israel and Iran mount, ...": acts told as a rising trend set the scene; no one act."""
    verb = noun.head
    return noun.dep_ == "nsubj" and noun.tag_ in ("NNS", "NNPS") and verb.lemma_.lower() in _TRENDING \
        and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.children)


_SCENARIOS = {"scenario", "possibility", "option", "alternative", "idea", "prospect", "proposal", "suggestion"}
