"""Acts told with their means. Support: backing given "with military aid" or "providing loans" is aid (07x), and the
guide keeps 050 for backing with no stated means (ANNOTATION.md, "common codes"). The kind of aid is read from
the words of the means: arms and troops are military (072), money economic (071), food and medicine
humanitarian (073); aid of no stated kind is 070. Force: killing or attacking "with sarin", or "using chemical
weapons to kill", is unconventional mass violence (2041), whatever verb tells the killing.
"""

from __future__ import annotations

from spacy.tokens import Token

#: verbs of backing someone whose means a "with" phrase or a "providing" clause may state
_BACKING = {"support", "back", "bolster", "prop", "sustain", "underpin"}
#: verbs of handing the means over ("backed the rebels, providing arms")
_PROVIDING = {"provide", "give", "supply", "send", "furnish", "offer", "extend"}
#: the means that make backing aid
_AID = {"aid", "assistance", "help", "support", "weapon", "arm", "weaponry", "ammunition", "troop", "money", "cash",
        "fund", "funding", "loan", "credit", "food", "medicine", "equipment", "supply", "training", "subsidy"}
_MILITARY = {"military", "weapon", "arm", "weaponry", "ammunition", "troop", "security", "defence", "defense"}
_ECONOMIC = {"economic", "financial", "money", "cash", "fund", "funding", "loan", "credit", "subsidy", "budget"}
_HUMANITARIAN = {"humanitarian", "food", "medicine", "medical", "relief"}
_MONEY = _AID & _ECONOMIC  # a loan or fund that backs a programme by itself


def _means(verb: Token) -> list[Token]:
    """The phrases that state how the backing is given: "with military aid", "providing logistic aid"; the
    parser may hang the "with" on the one backed ("supported Karzai and his successor with aid")."""
    backed = [o for c in verb.children if c.dep_ in ("dobj", "obj") for o in (c, *c.conjuncts)]
    out = [p for h in (verb, *backed) for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
           for p in c.children if p.dep_ == "pobj"]
    out += [o for c in verb.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG"
            and c.lemma_.lower() in _PROVIDING for o in c.children if o.dep_ in ("dobj", "obj")]
    return out


def _paid_by(verb: Token) -> list[Token]:
    """ "a programme supported by a 60 mln dlr loan": the passive's agent is the means, not the one who backs
    ("backed by the International Monetary Fund" names a body, not money)."""
    return [p for c in verb.children if c.dep_ == "agent" for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.lemma_.lower() in _MONEY]


def support_by_means(trigger: Token, paid_only: bool = False) -> str | None:
    """The aid code for backing whose means are aid, or None when the backing states no such means;
    ``paid_only``: only a loan or fund that backs by itself counts (an endorsement "with" words stays one)."""
    if trigger.lemma_.lower() not in _BACKING or trigger.pos_ != "VERB":
        return None
    means = _paid_by(trigger) if paid_only else _means(trigger) + _paid_by(trigger)
    words = {w.lemma_.lower() for m in means for w in m.subtree}
    if not words & _AID:
        return None
    if words & _MILITARY:
        return "072"
    if words & _ECONOMIC:
        return "071"
    if words & _HUMANITARIAN:
        return "073"
    return "070"


_SUMS = _ECONOMIC | {"dlr", "dlrs", "dollar", "mln", "million", "billion", "bln"}


def money_voted(trigger: Token) -> str | None:
    """ "voted 40 mln dlrs for the rebels", "the sum voted by parliament for the rebels last year": a sum voted
    for someone is aid given (military when the sentence says so), no endorsement."""
    if trigger.lemma_.lower() != "vote":
        return None
    sums = [w for c in trigger.children if c.dep_ in ("dobj", "obj") for w in c.subtree]
    if trigger.dep_ == "acl":  # the sum the participle hangs on, without what the participle says
        sums += [w for w in trigger.head.subtree if w.i < trigger.i]
    words = {w.lemma_.lower() for w in sums}
    if not words & _SUMS:
        return None
    sentence = {w.lemma_.lower() for w in trigger.sent}
    return "072" if sentence & (_MILITARY | {"war", "rebel", "guerrilla"}) else "071"


#: the means that make force chemical, biological or radiological (2041)
_UNCONVENTIONAL = {"chemical", "sarin", "chlorine", "nerve", "novichok", "vx", "biological", "radiological",
                   "mustard", "poison", "toxic"}
_ARMS = {"weapon", "agent", "gas", "munition", "arm", "bomb", "sarin", "chlorine", "novichok", "vx"}
_USING = {"use", "employ", "deploy"}


def force_by_means(trigger: Token) -> bool:
    """ "used chemical weapons to murder civilians", "killed them with sarin gas": the means are unconventional."""
    if trigger.pos_ != "VERB":
        return False
    means = [p for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children
             if p.dep_ == "pobj"]
    if trigger.dep_ in ("xcomp", "advcl") and trigger.head.lemma_.lower() in _USING:
        means += [o for o in trigger.head.children if o.dep_ in ("dobj", "obj")]
    return any(_unconventional(m) for m in means)


def _unconventional(means: Token) -> bool:
    words = {w.lemma_.lower() for w in means.subtree}
    return bool(words & _UNCONVENTIONAL) and bool(words & _ARMS)
