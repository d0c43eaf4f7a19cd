"""Whom a strike, boycott or rally is aimed at when the sentence names no one acted on: what it protests, and
the government whose measure that is ("a strike to protest provincial labour legislation" is aimed at the
province's state, as ANNOTATION.md codes a protest against a government plan with the government as target).

sides.py asks this once it has found no target, or only the place a protest was held.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from detente.coder.resolve import cameo_code
from detente.coder.resolver import Resolver
from detente.coder.unasserted import infinitive
from detente.model import Actor

if TYPE_CHECKING:
    from detente.coder.codebook import Coded

#: what a rally or a strike is held "to" do against someone: "to protest Assad's failure", "to press their claim
#: against the minority", "to demand reforms by Suharto's government"
_PROTESTING = {"protest", "denounce", "condemn", "oppose", "demand", "press", "challenge", "resist", "defy"}

#: measures only a government makes: protesting one protests its maker
_LAWS = {"law", "legislation", "bill", "tax", "decree", "budget", "regulation", "ordinance", "levy", "tariff"}
#: measures anyone may take, a government's when the phrase says so ("government plans", "a state move")
_MEASURES = {"plan", "move", "policy", "proposal", "decision", "reform", "measure", "cut", "scheme", "programme",
             "program", "privatisation", "privatization", "austerity", "rise", "increase"}
_OFFICIAL = {"government", "state", "provincial", "federal", "governmental", "official", "cabinet", "ministry",
             "municipal", "regional", "parliamentary", "legislative", "presidential", "austerity"}


def a_stoppage(trigger: Token) -> bool:
    """ "began a strike": a labour strike the codebook reads from the word later, whatever code it was found as."""
    return any(w.lemma_.lower() in ("strike", "walkout", "stoppage") for w in (trigger, *trigger.children)
               if w.dep_ in ("dobj", "obj") or w.i == trigger.i)


def _owners(things: list[Token]) -> list[Token]:
    """ "government plans", "the state's move": who a protested thing belongs to, by the words before it."""
    return [m for p in things for m in p.children if m.dep_ in ("compound", "poss") and m.pos_ in ("NOUN", "PROPN")]


def protested(trigger: Token) -> list[Token]:
    """What a strike or rally is "in protest at", "against" or "over", or held to protest: whom it is aimed at."""
    for tok in trigger.sent:
        if tok.lower_ == "protest" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            things = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "against", "over")
                      for p in c.children if p.dep_ == "pobj"]
            return things + _owners(things)
    holders = (trigger, trigger.head) if trigger.dep_ in ("dobj", "obj") else (trigger,)
    verbs = [v for h in holders for v in _purposes(h)]
    if not verbs and trigger.pos_ == "VERB" and trigger.lemma_.lower() in _PROTESTING:
        verbs = [trigger]  # "boycotts of Parliament to protest government plans", found at the verb itself
    for verb in verbs:
        things = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
        against = [p for h in (verb, *things) for c in h.children if c.dep_ == "prep"
                   and c.lower_ in ("against", "over", "by") for p in c.children if p.dep_ == "pobj"]
        return (against or things) + _owners(against or things)
    noun = trigger.head if trigger.dep_ == "acl" else trigger  # "the strike, called by unions, was aimed at ..."
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() == "aim":
        return [o for c in noun.head.children if c.dep_ == "prep" and c.lower_ == "at" for v in c.children
                if v.lemma_.lower() in _PROTESTING for o in v.children if o.dep_ in ("dobj", "obj")]
    return []


#: how a purpose hangs from the strike it is told with: "staged a strike to protest", "planning strikes,
#: starting Tuesday, to protest", "a boycott of Parliament to protest"
_PURPOSE_PATH = {"advcl", "xcomp", "acl", "relcl", "dobj", "obj", "prep", "pobj"}


def _purposes(holder: Token, depth: int = 3) -> list[Token]:
    """The protesting infinitives within a few steps of ``holder`` along its own clause."""
    found: list[Token] = []
    for c in holder.children:
        if c.dep_ not in _PURPOSE_PATH:
            continue
        if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.lemma_.lower() in _PROTESTING and _told_as_aim(c):
            found.append(c)
        elif depth > 1:
            found += _purposes(c, depth - 1)
    return found


def _told_as_aim(verb: Token) -> bool:
    """ "a rally to protest the tax", "will demonstrate at its headquarters protesting the takeover": what the
    protest is held for, as an infinitive or a participle hung on it."""
    return infinitive(verb) or (verb.tag_ == "VBG" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children))


def purposes_told(events: list[Coded], doc: Doc) -> list[Coded]:
    """ "planning strikes next week to protest a state move": the protest a strike or rally is held for is that
    strike told again, not an act of its own."""
    held = {e.candidate.trigger for e in events if e.code[:2] == "14" or e.code == "133"}

    def told_for_another(trigger: Token) -> bool:
        return trigger.lemma_.lower() in _PROTESTING and _told_as_aim(trigger) and any(
            a.i in held for a in trigger.ancestors)

    return [e for e in events if not (e.code[:2] == "14" and told_for_another(doc[e.candidate.trigger]))]


def _a_government_measure(thing: Token) -> bool:
    """ "new provincial labor legislation", "government plans for a sales tax", "a state move to cut pay": a
    measure of a government, not a firm's plan to close a mine."""
    lemma = thing.lemma_.lower()
    marks = {m.lower_ for m in thing.children if m.dep_ in ("amod", "compound", "nmod")}
    return lemma in _LAWS or (lemma in _MEASURES and bool(marks & _OFFICIAL))


def aimed_at(trigger: Token, sources: list[Actor], r: Resolver) -> list[Actor]:
    """The actors a protest or strike is aimed at: those its protested things name, else the government of the
    protesters' own state when what they protest is a government's measure and they belong to one state."""
    things = protested(trigger)
    named = [a for t in things for a in r.at(t, trigger)]
    if named:
        return named
    homes = {a.country for a in sources if a.country and not a.org}
    measure = next((t for t in things if _a_government_measure(t)), None)
    if measure is None or len(homes) != 1 or any(a.org for a in sources):
        return []
    home = next(iter(homes))
    phrase = measure.doc[measure.left_edge.i:measure.i + 1]  # "proposed new provincial labor legislation"
    base = r.sentence.span.start_char
    return [Actor(text=phrase.text, span=(phrase.start_char - base, phrase.end_char - base), country=home,
                  name=r.lexicon.countries.get(home) or None, sector="GOV", cameo=cameo_code(home, None, "GOV", None),
                  entry="context:measure")]
