"""The verb that halts talks: "broke off their border negotiations", "talks were suspended", "pulled out of
the negotiations". The halt is CAMEO 164, not the talks; the codebook codes the halt in the talks' place, read
through the halting verb's own frame (:func:`detente.coder.noun_modality.halting_modality`).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.modality_words import HALTING_PHRASES, HALTING_VERBS


def halted_by(noun: Token) -> Token | None:
    """ "Chile and Peru broke off their border negotiations", "terminated their merger talks", "talks were
    suspended": the verb that halts the talks the noun names (their halt is CAMEO 164, not the talks)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("from", "of"):
        verb = verb.head  # "withdrew from the talks", "pulled out of the negotiations"
        if verb.dep_ == "prt" or (verb.dep_ == "prep" and verb.lower_ == "out"):
            verb = verb.head
    elif noun.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    if verb.pos_ not in ("VERB", "AUX") or verb.i == noun.i:
        return None
    lemma = verb.lemma_.lower()
    if lemma in HALTING_VERBS:
        return verb
    words = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod", "prep")}
    return verb if any((lemma, w) in HALTING_PHRASES for w in words) else None
