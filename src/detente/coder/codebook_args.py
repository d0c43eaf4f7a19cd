"""What a candidate's arguments are, read from the parse: someone or somewhere, allies, a thing asked for or
acted on, people left unnamed. Predicates :mod:`detente.coder.codebook` pairs sources and targets by.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.coder.actor_words import COMPANY_NOUNS
from detente.coder.codebook_words import (
    ALLIED_WORDS,
    FOUGHT_OUT,
    MOTION_VERBS,
    PEOPLE,
    PLACE_OBJECTS,
)
from detente.coder.detect import Candidate
from detente.coder.sides import Resolved
from detente.coder.unasserted import infinitive


def _as_allies(trigger: Token) -> bool:
    """ "A and B fought alongside the rebels" or "fought together": a bare act of force by co-agents is
    reciprocal only when nothing says they were on one side."""
    near = [t for c in trigger.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree]
    return any(t.lower_ in ALLIED_WORDS or (t.lower_ == "side" and t.i > 0 and t.nbor(-1).lower_ in ("by", "same"))
               for t in near)


def _fought_beside(trigger: Token) -> bool:
    """ "fought with US forces against Islamic State", "... in the battle against Isis": with allies, against the
    enemy the "against" phrase names."""
    if not any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):
        return False
    return any(t.lower_ == "against" and t.dep_ == "prep" for c in trigger.children  # the parser may hang it on
               if c.dep_ == "prep" and c.lower_ in ("against", "in", "with") for t in c.subtree)  # the allies


#: verbs whose subject is given something: "urged that the men receive help" asks someone else to give it
_GIVEN_TO = {"receive", "get", "obtain", "enjoy", "gain"}


def _receiving(c: Candidate, doc: Doc) -> bool:
    """Is the clause the appeal's target stands in one in which that target is given something?"""
    return any(a.slot == "clause-subject" and doc[a.head].head.lemma_.lower() in _GIVEN_TO for a in c.targets)


def _against_someone(slot: str, tok: Token) -> bool:
    """ "mounted an offensive against the opposition": aimed at a third party, whoever it is; not "against each
    other"."""
    return slot == "prep:against" and tok.lower_ not in ("other", "another")


def _launched_together(c: Candidate, doc: Doc) -> bool:
    """ "A and B launched an offensive": an assault launched, staged or carried out is done by its co-agents
    to someone else, named or not; only acts fought out ("A and B clashed", "exchanged fire") are each other's."""
    if c.code[:2] not in ("18", "19", "20"):  # "launched joint exercises": a show of force done together
        return False
    trigger = doc[c.trigger]
    if c.nominal:
        nouns = [trigger] if trigger.dep_ in ("dobj", "obj") else []
    else:
        nouns = [doc[a.head] for a in c.targets if a.slot == "hit"]
    return any(n.pos_ == "NOUN" and n.lemma_.lower() not in FOUGHT_OUT for n in nouns)


def _thing_asked_for(c: Candidate, doc: Doc) -> bool:
    arg = next((a for a in c.targets if a.slot == "prep:for"), None)
    tok = doc[arg.head] if arg is not None else None
    return tok is not None and tok.pos_ == "NOUN" and tok.lemma_.lower() not in PEOPLE


def _described(trigger: Token) -> bool:
    """Is the fighting only how someone is described ("a British soldier fighting against Islamic State has
    died", "Nato forces fighting Isis") or why they went ("who went to Syria to fight Isis")? A description, not
    an act the sentence tells."""
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and trigger.head.pos_ in ("NOUN", "PROPN"):
        return True
    return trigger.dep_ in ("xcomp", "advcl") and trigger.head.lemma_.lower() in MOTION_VERBS and infinitive(trigger)


def _setting(noun: Token) -> bool:
    """ "At a meeting of producers, A and B said ...", "A and B were at the summit": where they were, not a
    meeting of the two with each other."""
    gathering = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)  # "a meeting of producers"
    where = noun.head.head
    return noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during") and (gathering or where.lemma_ == "be")


def _someone_or_somewhere(tok: Token) -> bool:
    """A word naming people, a group or a place, which a joint act can be done to ("the Kurds", "villages"),
    not a thing or a time ("launched ten days of exercises")."""
    if tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "QUANTITY", "PERCENT"):
        return False  # "on Monday"
    if tok.pos_ == "PRON":  # "informants whom they met"; not "each other", "it"
        return tok.lower_ in ("whom", "who", "him", "her", "them", "us", "me", "you") or (
            tok.dep_ == "nsubjpass" and tok.lower_ in ("they", "he", "she", "we", "i"))  # "they were questioned by"
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("NORP", "GPE", "LOC", "FAC", "ORG", "PERSON") or \
        tok.lemma_.lower() in PEOPLE | PLACE_OBJECTS | _BODIES | COMPANY_NOUNS  # "struck deals with banks"


#: bodies a joint act is done to ("French and Dutch officials informed the committee"), not each other
_BODIES = {"committee", "commission", "council", "board", "panel", "parliament", "assembly", "tribunal", "court",
           "agency", "ministry", "government", "cabinet", "authority", "regulator", "secretariat", "summit"}


def _thing_object(r: Resolved, doc: Doc) -> bool:
    """Does the verb act on a thing rather than on anyone? Its direct object is a common noun that names no
    actor, no role and no place."""
    c = r.candidate
    if c.nominal or c.frame or c.evidence.startswith("model:"):
        return False
    for arg in c.targets:
        if arg.slot not in ("object", "hit"):
            continue
        tok = doc[arg.head]
        if tok.pos_ == "NOUN" and tok.lemma_.lower() not in PLACE_OBJECTS and not r.place \
                and tok.lemma_.lower() not in PEOPLE:
            return True
    return False


def _people_unnamed(r: Resolved, doc: Doc) -> bool:
    """ "jailed 52 members of a banned group": coercion of people the text does not place is of the state's own;
    a ban on a practice ("banned their haulage by road") or a crackdown on things coerces no one named."""
    return any(a.slot in ("object", "hit") and (doc[a.head].lemma_.lower() in PEOPLE or doc[a.head].lower_ in (
        "him", "her", "them")) for a in r.candidate.targets)
