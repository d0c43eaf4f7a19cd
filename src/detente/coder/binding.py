"""Where a pronoun's antecedent sits in its own sentence: the speaker a quoting verb names, the subject a fronted
possessive phrase runs ahead of, a name its own clause repeats (which it cannot be), and the members a group
noun's list names."""

from __future__ import annotations

from spacy.tokens import Token

from detente.model import Actor


def named_under(person: Actor, clause: Token, pron: Token) -> bool:
    """Is the person named again in the clause after the pronoun its subject, which cannot be that person?"""
    surname = (person.name or person.text).split()[-1]  # not a title: "(the first by a Pope)"
    return any(t.i > pron.i and t.pos_ == "PROPN" and t.text == surname for t in clause.subtree)


def quoted_speaker(verb: Token) -> Token | None:
    """ "X quoted him as saying", "cited Y as saying": who says, the object of the quoting verb."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.head.lemma_.lower() not in ("quote", "cite"):
        return None
    return next((c for c in verb.head.head.children if c.dep_ in ("dobj", "obj")), None)


def fronted_subject(pron: Token) -> Token | None:
    """The subject of the clause a fronted phrase with a possessive opens ("In his talks with May, Erdogan
    indicated ..."): the one the possessive names ahead of its name."""
    noun = pron.head
    if pron.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    prep = noun.head
    verb = prep.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.pos_ not in ("VERB", "AUX") or subject is None or subject.pos_ == "PRON" or not prep.i < subject.i:
        return None
    return subject


def named_members(group: Token) -> list[Token]:
    """ "four countries, including France and Chile", "states such as Peru": the members the text names
    ("countries like China" is a comparison more often than a list)."""
    if group.lemma_.lower() not in GROUPS:
        return []  # "instruments such as US bonds", "posts such as treasurer": things, not actors
    return [p for c in group.children if c.dep_ == "prep" and (c.lower_ == "including" or (
        c.lower_ == "as" and c.i > 0 and c.doc[c.i - 1].lower_ == "such")) for p in c.children if p.dep_ == "pobj"]


# Nouns for a set of actors whose members a list may name.
GROUPS = {"country", "state", "nation", "government", "power", "partner", "ally", "neighbour", "neighbor",
           "member", "donor", "creditor", "lender", "company", "firm", "bank", "group", "organisation",
           "organization", "party", "leader", "economy"}
