"""Who a "by" phrase names as the doer of an act: the agent of a passive or of an event noun's participle; and the
subject of a clause the parser hung elsewhere: after an "as" it read as a preposition ("broke out as the adviser
visited"), or as the object of "said" ("said the superintendent, as liquidator, has filed a suit").

Kept apart from :mod:`detente.coder.arguments` because a "by" phrase may deny a doer ("not by Russia, but by the
coalition") or name only a weapon ("killed by an explosive device"), neither of whom acted.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.modality_words import TELLING_VERBS


def doer_of(by: Token) -> Token | None:
    """Whom a "by" phrase names as the doer; "launched not by Russia but by the coalition" names the coalition, the
    one it denies did nothing (the parser may hang the second "by" anywhere)."""
    if not any(c.dep_ == "neg" for c in by.children):
        doer = next((p for p in by.children if p.dep_ == "pobj"), None)
        return None if doer is not None and _a_weapon_alone(doer) else doer
    rest = by.doc[by.i + 1:by.sent.end]
    other = next((t for t in rest if t.lower_ == "by" and by.doc[t.i - 1].lower_ == "but"), None)
    return None if other is None else next((p for p in other.children if p.dep_ == "pobj"), None)


def _a_weapon_alone(noun: Token) -> bool:
    """ "killed yesterday by a roadside explosive device": a weapon no one is named as owning is no doer ("killed by
    a Russian missile" names Russia)."""
    return noun.lemma_.lower() in _WEAPONS and not any(  # "the army's tanks": an owner named
        c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.text[:1].isupper()) for c in noun.children)


#: what kills without being anyone: a weapon named alone is no one who acts
_WEAPONS = {"device", "bomb", "mine", "landmine", "ied", "explosive", "explosion", "blast", "shell", "grenade",
            "rocket", "missile", "bullet", "shrapnel", "booby-trap", "car-bomb",
            # ... and what fights beside troops ("a brigade, backed by tanks,"): their own arms, no patron
            "tank", "artillery", "armour", "armor", "helicopter", "gunship", "warplane", "aircraft", "jet",
            "airpower"}


_SUBORDINATORS = {"as", "while", "when", "after", "before", "until", "because", "since"}


def subject_read_as_object(verb: Token) -> Token | None:
    """ "The row broke out as the US adviser, John Bolton, visited Ankara": the parser made "as" a preposition
    with the adviser its object and left "visited" with no subject; the noun just before the verb is its subject."""
    if verb.dep_ not in ("advcl", "ccomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    said = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
    if said is not None and verb.head.lemma_.lower() in TELLING_VERBS and verb.tag_ in ("VBD", "VBZ", "VBN") \
            and said.pos_ == "NOUN":
        return said  # "X said the superintendent of insurance, as liquidator, has filed a suit": told as said's object
    if verb.dep_ != "advcl" or any(c.dep_ == "mark" for c in verb.children):
        return None
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ in _SUBORDINATORS and prep.i < verb.i:
            noun = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if noun is not None and all(t.is_punct for t in verb.doc[noun.right_edge.i + 1:verb.i]):
                return noun
    return None
