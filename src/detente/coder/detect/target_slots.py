"""Where a verb pattern's target may be: its prepositions (on the verb or on its object), the direct object, the
subject of a that-clause, or the names modifying the object; and which of several patterns' objects the text
matches best. Kept apart from :mod:`detente.coder.detect.rules`, which finds the triggers and frames.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.arguments import (
    SUBJECTS,
    described_noun,
    find_agents,
    is_passive,
    noun_matches,
    object_of,
    patients,
    prep_objects,
)
from detente.coder.codebook_words import FIGHTING_VERBS
from detente.coder.detect import Argument
from detente.coder.detect.addressees import complained_of
from detente.lexicon import Lexicon
from detente.lexicon.patterns import DOBJ, OWNER, Pattern


def target_args(verb: Token, hit: Token | None, p: Pattern) -> tuple[Argument, ...]:
    """Where the target may be, in the pattern's order: its prepositions (on the verb or its object), the
    direct object, the subject of a that-clause ("demanded that the US cancel"), then the object itself."""
    described = described_noun(verb)
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative") and c != described]
    if is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        objs = [o for o in patients(verb) if not _extraposed(o, verb)]
    hosts = list(dict.fromkeys([verb, *objs] + ([hit, hit.head] if hit is not None else [])))
    args: list[Argument] = []
    if described is not None and verb.head.pos_ in ("VERB", "AUX") and verb.head != verb:
        # "forces were pursuing retreating troops": the troops retreat from whoever pursues them
        args += [Argument(t.i, "pursuer") for t in find_agents(verb.head)]
    for slot in p.target_slots:
        if slot == "in" and verb.lemma_.lower() in FIGHTING_VERBS:
            continue  # "Turkish troops are fighting in Syria": where they fight, not whom
        if slot == DOBJ:
            args += [Argument(o.i, "object") for o in objs]
            for c in verb.children:
                if c.dep_ == "ccomp":
                    subj = next((x for x in c.children if x.dep_ in SUBJECTS), None)
                    if subj is not None:
                        args.append(Argument(subj.i, "clause-subject"))
            continue
        if slot == OWNER:
            args += [Argument(o.i, "owner") for o in (_owners(hit) if hit is not None else [])]
            continue
        if slot == "to" and p.code[:2] == "11":
            args += [Argument(s.i, "clause-subject") for s in complained_of(verb)]
        for host in hosts:
            args += [Argument(pobj.i, f"prep:{slot}") for pobj in prep_objects(host, slot)]
    if p.code == "042":  # "will visit here", "arrived here": the dateline's place
        args += [Argument(c.i, "here") for h in hosts for c in h.children if c.dep_ == "advmod" and c.lower_ == "here"]
    if hit is not None and p.code[:2] != "11":  # "voiced German objections": whose, not at whom
        args.append(Argument(hit.i, "hit"))
    return tuple(args)


def _extraposed(tok: Token, verb: Token) -> bool:
    """ "It is alleged by X that Y broke the rule": the "it" stands for the that-clause, whose subject is the
    one accused; it is no one the act is aimed at."""
    return tok.lower_ == "it" and any(c.dep_ == "ccomp" for c in verb.children)


def names_other_event(hit: Token, p: Pattern, lexicon: Lexicon) -> bool:
    """ "began a hunger strike": the compound names another event noun, which its own pattern codes."""
    for c in hit.children:
        if c.dep_ != "compound":
            continue
        phrase = (c.lemma_.lower(), hit.lemma_.lower())
        if phrase in {o[-2:] for o in p.objects if len(o) >= 2}:
            return False
        if any(phrase == n[-2:] for q in lexicon.patterns.by_noun.get(phrase[1], ()) for n in q.nouns):
            return True
    return False


def by_object_length(verb: Token, patterns: tuple[Pattern, ...]) -> list[Pattern]:
    """Patterns whose object phrase matches more of the text first: "began a hunger strike" is not an air strike."""
    objs = object_of(verb)
    cands = [c for o in objs for c in (o, *(x for x in o.children if x.dep_ == "compound"))]
    words = {w for c in cands for w in (c.lemma_.lower(), c.lower_)}

    def longest(p: Pattern) -> int:
        if not (p.object_heads & words):
            return 0
        return max((len(phrase) for c in cands for phrase in p.objects
                    if phrase[-1] in words and noun_matches(c, phrase)), default=0)

    return sorted(patterns, key=lambda p: -longest(p))


def slot_present(verb: Token, hit: Token | None, p: Pattern) -> bool:
    """Is any of the pattern's target slots filled in the text (whatever fills it)?"""
    hosts = [verb] + ([hit, hit.head] if hit is not None else [])
    for slot in p.preps:
        if slot == DOBJ:
            if is_passive(verb) or verb.dep_ == "acl":
                if patients(verb):
                    return True
            elif any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
                return True
        elif slot == OWNER:
            if hit is not None and _owners(hit):
                return True
        elif any(prep_objects(h, slot) for h in hosts):
            return True
    return False


def _owners(hit: Token) -> list[Token]:
    """The names modifying an object ("the Syrian peace talks", "a Gaza truce"): whose talks or truce it is."""
    return [c for c in hit.children if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper()
            and c.pos_ in ("PROPN", "ADJ")]
