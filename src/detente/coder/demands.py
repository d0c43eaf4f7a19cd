"""What a clause asks of someone rather than tells: "demanded that its partners refuse", "would insist Japan open
its markets", "it is vital that Poland open its border". The act is wanted, not done.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.modality_words import DEMANDING_VERBS

_URGING = {"insist", "propose", "recommend", "suggest"}
#: "it is important that X reduce ...": what is said to be needed is asked for
_NEEDED = {"important", "essential", "necessary", "vital", "imperative", "crucial", "urgent", "desirable",
           "advisable", "best"}


def demanded(clause: Token, gov: Token) -> bool:
    """ "demanded that its partners refuse", "would insist Japan open its markets", "it is extremely important
    that Japan reduce its restrictions": what is asked of someone is not done; "insisted that it had not
    attacked" (an assertion, not a bare subjunctive) is no demand."""
    lemma = gov.lemma_.lower()
    return lemma in DEMANDING_VERBS or (lemma in _URGING and _subjunctive(clause)) or _said_needed(gov)


def _subjunctive(clause: Token) -> bool:
    """ "suggested that India lift", "suggested India should move": a mood of asking, not a report ("suggested
    India had moved")."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ == "VB":
        return all(a.lower_ == "should" for a in auxes)
    return clause.tag_ == "VBP" and not auxes and any(  # "that India lift", tagged as a plural's present
        c.dep_ == "nsubj" and c.tag_ in ("NNP", "NN") for c in clause.children)


def _said_needed(gov: Token) -> bool:
    """ "it is vital that ...", "it was important that ...": a need stated, with the dummy "it" as subject."""
    return gov.lemma_.lower() == "be" and any(c.dep_ == "expl" or (c.dep_ == "nsubj" and c.lower_ == "it")
                                               for c in gov.children) \
        and any(c.dep_ == "acomp" and c.lemma_.lower() in _NEEDED for c in gov.children)
