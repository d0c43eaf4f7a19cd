"""Which code a verb's own words give it within its pattern's root: an attack made in words (111), backing by
military means (072) or of a side (050), terms agreed with someone (057). Pure functions of spaCy tokens, used
by :mod:`detente.coder.detect.rules`."""

from __future__ import annotations

from spacy.tokens import Token


def spoken_attack(verb: Token) -> bool:
    """ "attacked the minister for failing to act", "attacked the plan as reckless": words, not force (111)."""
    if verb.lemma_.lower() not in _SPOKEN_ATTACK_VERBS:
        return False
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _SPEECH_LEMMAS:
            return True  # "attacked British imperialists, saying they ..."
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _SAID_OR_DONE_THINGS:
            return True  # "attacked the way the war was sold", "attacked the decision"
        if c.dep_ != "prep" or c.lower_ not in ("for", "as"):
            continue
        for p in c.children:
            if c.lower_ == "for" and p.dep_ == "pcomp" and p.tag_ == "VBG":
                return True  # "for failing": a gerund; "for three hours" is a duration
            if c.lower_ == "for" and p.dep_ == "pobj" and any(x.dep_ == "poss" for x in p.children):
                return True  # "for his handling of the crisis"
            if c.lower_ == "as" and p.pos_ in ("ADJ", "NOUN") and p.dep_ in ("pobj", "amod", "acomp"):
                return True  # "as reckless", "as a betrayal"
    return False


_SPOKEN_ATTACK_VERBS = {"attack", "savage", "assail", "hit"}
#: what one attacks in words: how something was done, what was said or decided
_SAID_OR_DONE_THINGS = {"way", "decision", "remark", "comment", "statement", "handling", "record", "idea", "claim",
                        "proposal", "plan", "policy", "policies", "approach", "stance", "speech", "report", "budget",
                        "reform", "law", "bill", "move", "scheme", "strategy", "pledge", "promise", "failure"}
_SPEECH_LEMMAS = {"say", "call", "describe", "accuse", "claim", "argue", "charge", "tell", "write", "brand", "label"}


def military_backing(verb: Token) -> bool:
    """ "forces backed by US air strikes", "backed Kyiv with tanks": backing by military means is military aid
    (072), not praise."""
    if verb.lemma_.lower() not in ("back", "support", "assist", "help", "aid"):
        return False
    sender = verb.head if verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in _SENDING else None
    if sender is not None and any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _MILITARY_MEANS
                                  for o in sender.children):
        return True  # "sent tactical advisers to support Assad": military backing (072)
    for c in verb.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "with"):
            for p in c.children:
                if p.dep_ == "pobj" and any(x.lemma_.lower() in _MILITARY_MEANS
                                            for x in (p, *(y for y in p.children if y.dep_ == "conj"))):
                    return True
    return False


#: groups one takes the side of ("supported the rebels"), as against a proposal one endorses
_SIDES = {"rebel", "guerrilla", "militia", "insurgent", "government", "regime", "opposition", "faction", "movement",
          "party", "group", "side", "camp", "force", "army", "leader", "president", "candidate", "junta", "fighter"}


def backing_a_side(verb: Token) -> bool:
    """ "Tehran has supported Kurdish guerrillas": taking a side is backing with no stated means (050,
    ANNOTATION.md); "supported the proposal" stays an endorsement (051)."""
    if verb.lemma_.lower() != "support":
        return False
    return any(o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") or o.lemma_.lower() in _SIDES
               for o in verb.children if o.dep_ in ("dobj", "obj"))


#: what parties settle between them: agreeing with someone on these is a deal concluded, not a view shared
_TERMS = {"supply", "sale", "purchase", "deal", "terms", "contract", "price", "delivery", "loan", "shipment",
          "merger", "acquisition", "ceasefire", "truce", "accord", "agreement", "settlement", "swap",
          "license", "licence", "venture", "partnership", "arrangement", "takeover", "lease", "manufacture",
          "distribution", "production", "marketing", "licensing", "construction"}


def terms_agreed(verb: Token) -> bool:
    """ "agreed with the government for the supply of crude", "agreed with Kyiv on a ceasefire": terms
    concluded (057); "agreed with Paris on the need for reform" shares a view (019)."""
    return any(p.lemma_.lower() in _TERMS for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "for")
               for p in c.children if p.dep_ == "pobj")


# What armies fight with: backing by these is military backing.
_SENDING = {"send", "deploy", "dispatch", "despatch", "provide", "supply", "rush", "fly"}
_MILITARY_MEANS = {"strike", "airstrike", "warplane", "jet", "aircraft", "helicopter", "drone", "tank", "artillery",
                   "weapon", "arm", "missile", "troop", "soldier", "force", "fighter", "militia", "adviser",
                   "advisor", "gunship", "bomber", "firepower", "ammunition", "munition", "armour",
                   "armor", "vehicle", "navy", "warship", "airpower", "f-16", "f16", "mercenary", "commando", "unit"}


#: occasions one celebrates: a date kept, not anyone praised
_OCCASIONS = {"anniversary", "birthday", "holiday", "jubilee", "centenary", "centennial", "bicentenary", "day",
              "festival", "independence", "founding", "victory", "new year", "christmas", "eid", "feast"}


def celebrating_an_occasion(verb: Token) -> bool:
    """ "issuing stamps to mark the 30th anniversary of the founding treaty": an occasion kept,
    not praise of whoever the occasion belongs to."""
    return verb.lemma_.lower() in ("celebrate", "commemorate", "mark") and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _OCCASIONS for c in verb.children)


_APPROVED_RELIEF = {"loan", "credit", "freeze", "rescheduling", "moratorium", "relief", "aid", "standby", "grant",
                    "deferral", "postponement", "waiver"}


def approved_relief(verb: Token) -> bool:
    """ "the Fund approved Ghana's plea for a pause in debt service": granting a request for money or relief is
    aid given (07x), not words of approval."""
    return verb.lemma_.lower() == "approve" and any(
        o.dep_ in ("dobj", "obj") and o.lemma_.lower() in ("request", "application", "plea") and any(
            p.lower_ == "for" and any(g.lemma_.lower() in _APPROVED_RELIEF for g in p.children) for p in o.children)
        for o in verb.children)


_PEOPLE_HANDED = {"prisoner", "soldier", "national", "citizen", "spy", "detainee", "hostage", "captive", "pilot",
                  "fisherman", "sailor", "suspect", "body"}


def hands_back_a_person(verb: Token) -> bool:
    """ "Egypt handed back an Israeli convicted of spying": a person returned (0841), not property (0842)."""
    return any(c.dep_ in ("dobj", "obj") and (c.ent_type_ in ("NORP", "PERSON") or c.lemma_.lower() in _PEOPLE_HANDED)
               for c in verb.children)

