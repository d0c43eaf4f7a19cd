"""A warning's readings: addressed to an actor, or foretelling a reprisal, it is a threat (ANNOTATION.md, 13x); to
no one about what a named actor does, a criticism (111); else a pessimistic comment (012). Kept apart from
:mod:`detente.coder.senses`, which applies them.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.detect import Candidate

_WARNING_VERBS = {"warn", "caution"}
#: what a warning says will befall someone ("would be met with force", "will not go unpunished")
_CONSEQUENCES = {"respond", "retaliate", "punish", "unanswered", "unpunished", "unchallenged", "consequence",
                 "response", "retaliation", "reprisal", "price", "regret", "sanction", "force", "action", "measure"}
_THINKING = {"think", "believe", "assume", "expect", "imagine", "suppose", "underestimate", "overestimate",
             "forget", "mistake", "count", "rely", "hope"}
_WILL = {"will", "would", "'ll", "wo", "shall", "could", "may", "might"}
_READY = {"ready", "prepared", "willing", "determined", "poised"}


def _promised_consequence(clause: Token) -> bool:
    """ "that any incursion would be met with force", "that the attack will not go unanswered": the warned
    clause foretells a reprisal, which makes the warning a threat whoever it is addressed to."""
    ready = clause.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in _READY for c in clause.children)
    if not ready and not any(c.dep_ == "aux" and c.lower_ in _WILL for c in clause.children):
        return False  # "that it was ready to retaliate" foretells as "would" does
    return any(t.lemma_.lower() in _CONSEQUENCES for t in clause.subtree if t.i >= clause.i)


#: reprisals a warning may name ("warned Tokyo of sanctions"), with the threat's code
_REPRISALS = {"sanction": "1312", "embargo": "1312", "boycott": "1312", "tariff": "1312", "penalty": "131",
              "retaliation": "130", "reprisal": "130", "consequence": "130", "countermeasure": "130",
              "retribution": "130", "punishment": "130", "response": "130", "action": "130"}


def _warned_of(trigger: Token) -> str | None:
    """The threat's code when a warning names the reprisal it is of ("warned of sanctions", "of retaliation")."""
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("of", "about")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() in _REPRISALS:
                return _REPRISALS[obj.lemma_.lower()]
    return None


def _warning_to_actor(trigger: Token) -> bool:
    """ "warned China against ...", "warned China not to ...", "warned China that it would respond if ...",
    "warned that Kenya's incursion would not go unpunished": a warning addressed to an actor, or one that
    foretells a reprisal, is a threat (ANNOTATION.md, 13x), not a pessimistic comment (012)."""
    if trigger.lemma_.lower() not in _WARNING_VERBS:
        return False
    addressed = any(c.dep_ in ("dobj", "obj") for c in trigger.children)
    if addressed and _warned_of(trigger) is not None:
        return True  # "warned Tokyo of sanctions": the reprisal is named
    for c in trigger.children:
        if c.dep_ == "ccomp" and _promised_consequence(c):
            return True
        if not addressed:
            continue
        if c.dep_ == "prep" and (c.lower_ == "against" or any(  # "warned Congress in a radio address against ..."
                g.dep_ == "prep" and g.lower_ == "against" for p in c.children if p.dep_ == "pobj"
                for g in p.children)):
            return True
        if c.lemma_.lower() in _THINKING:
            continue  # "warned the EU not to think sanctions would suffice": advice, no threat
        if c.dep_ in ("xcomp", "ccomp") and any(g.dep_ == "neg" or (g.dep_ == "mark" and g.lower_ == "if")
                                               or any(m.dep_ == "mark" and m.lower_ == "if" for m in g.children)
                                               for g in c.children):
            return True
    # "warned the House that legislation it is considering could prompt retaliation": the parser may hang the
    # foretelling clause under a word of the warning's own clause; addressed, the warning is the same threat
    return addressed and any(t.pos_ in ("VERB", "AUX") and t.i > trigger.i and _promised_consequence(t)
                             for t in trigger.subtree)


def _warned_about_doings(trigger: Token, c: Candidate) -> bool:
    """ "warned that the Chilean government was planning deep cuts": a warning to no one about what a named actor
    does or plans is a criticism of it (111); "warned that Chile would attack" foretells, "warned that the economy
    was slowing" names no actor, and both stay pessimistic comments (012)."""
    for clause, subjects in _unaddressed_clauses(trigger, c):
        if clause.pos_ != "VERB" or clause.lemma_.lower() in _PLIGHT | {"be"} or any(
                a.dep_ in ("aux", "neg") and (a.lower_ in _WILL or a.dep_ == "neg") for a in clause.children):
            continue
        if any(s.dep_ == "nsubj" for s in subjects):
            return True
    return False


def _unaddressed_clauses(trigger: Token, c: Candidate) -> list[tuple[Token, list[Token]]]:
    """A warning addressed to no one: each that-clause it tells, with the clause's subjects the candidate took as
    its targets."""
    if trigger.lemma_.lower() not in _WARNING_VERBS or any(x.dep_ in ("dobj", "obj") for x in trigger.children):
        return []
    heads = {a.head for a in c.targets if a.slot == "clause-subject"}
    return [(x, [s for s in x.children if s.dep_ in ("nsubj", "nsubjpass") and s.i in heads])
            for x in trigger.children if x.dep_ == "ccomp" and x.pos_ in ("VERB", "AUX")]


#: what befalls people rather than what they do: "faced starvation", "needed evacuation", "could die"
_PEOPLE = {"civilian", "villager", "refugee", "people", "resident", "child", "family", "migrant", "woman", "inhabitant",
           "person", "patient", "prisoner", "detainee", "hostage", "farmer", "population", "survivor", "victim"}
_PLIGHT = {"face", "need", "suffer", "die", "starve", "lack", "risk", "endure", "struggle", "flee", "perish"}


def warned_of_plight(trigger: Token, c: Candidate) -> bool:
    """ "The UN warned that 400 civilians were in urgent need of evacuation", "... that refugees faced starvation":
    a warning to no one about what befalls people names no one it is aimed at; no event (ANNOTATION.md: a
    statement is coded when it has a target)."""
    for clause, subjects in _unaddressed_clauses(trigger, c):
        if not any(w.lemma_.lower() in _PEOPLE for s in subjects for w in s.subtree):
            continue  # "warned that Belarus's economy would suffer": a gloomy word about a state stays 012
        lemma = clause.lemma_.lower()
        if lemma in _PLIGHT or (lemma == "be" and any(
                (x.dep_ == "prep" and x.lower_ in ("in", "at") and any(p.lemma_.lower() in ("need", "danger", "risk")
                                                                      for p in x.children))
                or (x.dep_ == "acomp" and x.lemma_.lower() in ("homeless", "hungry", "trapped", "stranded"))
                for x in clause.children)):
            return True
    return False


_WARS = {"war", "conflict", "hostility", "confrontation", "bloodshed", "escalation", "clash", "fighting"}


def foreseen_war(trigger: Token) -> bool:
    """ "warned of an impending war with Iran": a war foreseen, to no one and on no condition, is a forecast, not
    a threat to use force (one addressed, "warned Israel of war", or conditional, "of war if it strikes", is)."""
    if trigger.lemma_.lower() not in _WARNING_VERBS or any(c.dep_ in ("dobj", "obj") for c in trigger.children):
        return False
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
           for c in trigger.children):
        return False
    return any(p.dep_ == "prep" and p.lower_ in ("of", "about") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _WARS for o in p.children) for p in trigger.children)
