"""Purposes: what an act is done for is not a second act done. The purpose of arming someone ("trained rebels to
fight"), of a journey ("flew to Beijing to improve relations"), of a proposal ("proposed a meeting to improve
relations"), an aim described ("the aim of the party is to leave the union") or an act restated as its reason
("imposed tariffs to retaliate").
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.codebook_words import DEAL_NOUNS
from detente.coder.modality_words import PURPOSE_NOUNS
from detente.coder.unasserted import ENABLING_VERBS, JOURNEYS, infinitive, stopped_doing, suit_content

#: verbs of putting something forward: what the thing put forward is "to" do is not done by the proposing
_PROPOSING = {"propose", "suggest", "offer", "seek", "plan", "recommend"}


def enabled_purpose(clause: Token, gov: Token) -> bool:
    """ "trained rebel groups to fight the government": the purpose of arming someone is their act to come;
    "flew to Beijing to improve relations", "a trip to the Far East to spur trade": a journey's purpose too, and a
    proposal's ("proposed a summit to mend relations": the mending is hoped for, not done)."""
    if clause.dep_ == "advcl" and infinitive(clause) and gov.lemma_.lower() in _PROPOSING \
            and any(c.dep_ in ("dobj", "obj") for c in gov.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return True
    if clause.dep_ in ("advcl", "acl", "relcl") and infinitive(clause) and gov.lemma_.lower() in JOURNEYS \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return True
    if gov.pos_ in ("NOUN", "PROPN") and infinitive(clause):
        # the tagger's reading of "X trained rebels to fight": "trained" a modifier of "rebels"
        verbs = [c for c in gov.children if c.dep_ == "amod" and (c.lemma_.lower() in ENABLING_VERBS
                                                                  or c.lower_ in ("armed", "trained", "paid"))]
        return any(c.tag_ in ("VBD", "VBN") or any(s.dep_ in ("nmod", "npadvmod", "nsubj") and s.i < c.i
                                                   for s in gov.children) for c in verbs)
    return clause.dep_ in ("xcomp", "advcl") and gov.lemma_.lower() in ENABLING_VERBS \
        and infinitive(clause) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children) \
        and (any(c.dep_ in ("dobj", "obj") or (c.dep_ == "conj" and c.pos_ == "NOUN") for c in gov.children)
             or gov.dep_ == "relcl")  # "a militia it formed"; "raise and train groups", the parser's noun "train"



#: verbs that name an act by its being an answer: "imposed tariffs to retaliate", "to punish Peru"
_ANSWERING = {"retaliate", "respond", "react", "reciprocate", "counter", "punish", "avenge"}
#: help a loan or grant is given to give ("a loan to help Manila in its recovery"): the loan is the help
_HELPING = {"help", "assist", "support", "aid", "finance", "fund"}
_AID_NOUNS = {"loan", "credit", "assistance", "aid", "grant", "package", "financing", "fund", "funding"}
#: a protest held to protest something is one protest
_PROTESTING = {"protest", "demonstrate"}
_PROTEST_ACTS = {"strike", "rally", "march", "demonstrate", "protest", "picket", "boycott", "riot"}
_PROTEST_NOUNS = {"in", "demonstration", "walkout", "stoppage", "occupation", "blockade", "vigil"}  # "a sit-in"
#: verbs standing for an act told elsewhere: "had done this to ...", "did so to ..."
_PRO_VERBS = {"do"}


def restated_purpose(clause: Token, gov: Token) -> bool:
    """ "would impose tariffs on Peruvian goods to retaliate against dumping": the retaliation is the tariffs, not a
    second act; "had done this to encourage the rebels to fight": why an act was done, as someone tells it, is
    no appeal made."""
    if clause.lemma_.lower() in _HELPING and clause.dep_ in ("acl", "relcl", "advcl") and infinitive(clause) and (
            gov.lemma_.lower() in _AID_NOUNS or any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _AID_NOUNS
                                                    for c in gov.children)) and _given_to_someone(gov):
        return True  # "signed a loan with Peru to help Lima": the help is the loan (not "gave a grant to help X")
    if clause.dep_ not in ("advcl", "xcomp") or not infinitive(clause) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    if gov.lemma_.lower() in _PRO_VERBS:
        return True
    if clause.lemma_.lower() in _PROTESTING and (gov.lemma_.lower() in _PROTEST_ACTS or any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _PROTEST_ACTS | _PROTEST_NOUNS for c in gov.children)):
        return True  # "began a sit-in to protest the transfer", "marched to protest": the protest is the sit-in
    # a thing done, not someone asked ("urged Peru to retaliate"), which the parser may make an xcomp too
    return clause.lemma_.lower() in _ANSWERING and any(
        c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and not c.ent_type_ for c in gov.children)


def _given_to_someone(verb: Token) -> bool:
    """Does the loan's own clause name who gets it or deals in it ("with Peru", "gave Kenya", "A and B signed")?"""
    loans = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    return any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ in ("with", "to"))
               or (c.dep_ == "nsubj" and any(x.dep_ == "conj" for x in c.children))
               for c in (*verb.children, *(c for loan in loans for c in loan.children)))


def purpose_of(clause: Token, gov: Token) -> bool:
    """ "The aim of the party is to leave the union", "whose role is to provide loans", "a force raised to fight
    Isis": an infinitive told as what an aim, role or plan is, a purpose described, not an act done or promised; so
    are the terms of a deal ("signed
    an accord under which they agreed to cooperate": the signing is the act)."""
    if clause.dep_ == "relcl" and gov.lemma_.lower() in DEAL_NOUNS and any(
            c.dep_ == "prep" and any(w.lower_ == "which" for w in c.children) for c in clause.children):
        return True
    if clause.dep_ == "advcl" and infinitive(clause) and gov.dep_ == "acl" and gov.tag_ == "VBN":
        return True  # "the force raised by Washington to fight Isis": what it was raised for, no fight on a day
    if clause.dep_ == "advcl" and infinitive(clause) and (clause.i < gov.i or any(
            c.lower_ in ("partly", "largely", "mainly", "chiefly") or (c.lower_ == "in" and any(
                p.lower_ == "part" for p in c.children)) for c in clause.children)):
        return True  # "In part to calm the army, the president chose ...": why one acted, no second act
    return clause.dep_ in ("xcomp", "ccomp", "attr", "advcl") and gov.lemma_.lower() == "be" \
        and infinitive(clause) and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in PURPOSE_NOUNS
                                       for c in gov.children)


def not_done(clause: Token, gov: Token) -> bool:
    """A clause that names an act its governor's clause tells of, not one done: a purpose enabled, described or
    restated, a thing stopped, what a suit charges."""
    return enabled_purpose(clause, gov) or purpose_of(clause, gov) or restated_purpose(clause, gov) \
        or stopped_doing(clause, gov) or suit_content(clause, gov)
