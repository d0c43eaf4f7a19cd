"""The day the next sentence gives the act before it.

Wire stories tell the news first and when it was told after: "Lizano has tendered his resignation, a spokesman
said", then "Lizano announced his decision late yesterday"; "U.S. and Japanese negotiators will hold meetings
next week", then "the talks, which were announced yesterday". The lede's act has no day of its own (the
report's day stands in for it), and the telling's day is its day: the day a resignation was tendered, a meeting
announced. Only a telling by the act's own doer, or by the one who told a state's act, or of the act by its own
name, dates it, and only to a recent day before the report's (a week at most).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Token

from detente.coder.announced_times import attached
from detente.coder.relative_times import _parse
from detente.coder.sentence import Sentence
from detente.coder.when import event_date
from detente.model import Event

#: verbs that tell news: their day is the day the act they follow was made known
_TELLING = {"announce", "disclose", "reveal", "unveil", "tell", "say", "speak", "confirm", "make", "tender",
            "submit", "inform"}
#: verbs that tell an act again: "The agreement was signed March 11", "The attack was launched last night"
_RETOLD = {"sign", "conclude", "initial", "reach", "seal", "launch"}
#: what "made" must have made to be a telling ("made the remark yesterday")
_TOLD_THINGS = {"remark", "comment", "statement", "announcement", "offer", "proposal", "decision", "request",
                "appeal", "demand", "pledge", "promise", "threat", "agreement", "deal", "accord", "bid"}
_OFFERS = {"offer", "offered", "proposal", "proposed"}
_AGREEMENTS = {"agreed", "agree", "agreement", "accord", "deal", "pact"}
#: one act by several names: the lede's "meetings" are the next sentence's "the talks"
_SAME_ACT = ({"talk", "meeting", "negotiation", "consultation", "summit"}, {"resignation", "decision"},
             {"offensive", "attack", "assault", "raid", "operation"},
             _OFFERS, _AGREEMENTS)
_RECENT_DAYS = 7


@dataclass(frozen=True)
class Telling:
    """A telling verb dated to a day: the names and nouns of who told or what was told."""

    names: set[str]  # proper nouns, lower case ("lizano", "yeutter")
    persons: set[str]  # those of them that name people
    things: set[str]  # common nouns, as lemmas ("talk")
    bodies: set[str]  # proper nouns of a teller's description ("Finch, who heads the IMF's trade department")
    day: str
    retold: bool = False  # the act told again by its own verb ("was signed March 11"), not its telling
    precision: str = "day"  # or "week": "telephoned the banks earlier this week to make the request"
    own: bool = False  # the day is the telling verb's own ("told Reuters yesterday"), not one it borrowed


def tellings(sentence: Sentence, published: str | None) -> list[Telling]:
    """Each telling verb of the sentence that its own clause dates to a recent day."""
    if not published or not any(e.label_ in ("DATE", "TIME") for e in sentence.ents):
        return []
    out = []
    for verb in sentence.span:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in _TELLING | _RETOLD:
            continue
        # what was made or submitted: "made the remark yesterday", "the offer was made", "submitted the bid"
        made = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")
                and c.lemma_.lower() in _TOLD_THINGS] if lemma in ("make", "submit", "tender") else []
        if lemma == "make" and not made:
            continue
        day, how = event_date(sentence, verb, published)
        if how == "published" and verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ == "VERB":
            day, how = event_date(sentence, verb.head, published)  # "telephoned them this week to make the request"
        if how == "published":  # "announced his decision to leave late yesterday": the parser's "leave" has it
            day, how = next((got for e in sentence.ents if e.label_ == "DATE" and verb.i < e.start
                             and e.root.head.i in {t.i for t in verb.subtree} and not _in_a_clause_told(e.root, verb)
                             and (got := _parse(e.text, published)) is not None), (day, how))
        ago = (date.fromisoformat(published) - date.fromisoformat(day)).days if day else 0
        if how == "week":
            ago = max(1, ago - 6)  # "last week": as recent as the week's last day
        if how not in ("day", "week") or not 0 < ago <= _RECENT_DAYS:
            continue
        tellers = _tellers(verb)
        out.append(Telling(names={t.lower_ for t in tellers if t.pos_ == "PROPN"},
                           persons={t.lower_ for t in tellers if t.ent_type_ == "PERSON"},
                           things={t.lemma_.lower() for t in tellers if t.pos_ == "NOUN"}
                           | {c.lemma_.lower() for c in made}, day=day,
                           # "Finch, who heads the IMF's trade department", "IMF Managing Director Camdessus"
                           bodies={w.lower_ for t in tellers for a in t.children if a.dep_ == "appos"
                                   for w in a.subtree if w.pos_ == "PROPN"}
                           | {a.lower_ for t in tellers for a in t.subtree if a.i < t.i
                              and a.pos_ == "PROPN" and a.ent_type_ == "ORG"},
                           # "the offer was made last week": the act told again, as "was signed"
                           retold=lemma in _RETOLD or any(c.dep_ == "nsubjpass" for c in made), precision=how,
                           own=any(e.label_ == "DATE" and attached(e.root, verb) for e in sentence.ents)))
    return out


def _in_a_clause_told(word: Token, verb: Token) -> bool:
    """Is ``word`` inside what the verb tells ("said the loan will offset the loss caused last week"), whose days
    are the told act's, not the telling's?"""
    for tok in word.ancestors:
        if tok.i == verb.i:
            return False
        if tok.dep_ == "ccomp" or (tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in tok.children)):
            return True
    return False


def _tellers(verb: Token) -> list[Token]:
    """Who told ("Lizano announced", "Gros, speaking to reporters", "announced by Yeutter") or what was told
    ("the talks, which were announced")."""
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    found += [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if verb.dep_ in ("acl", "relcl"):
        found.append(verb.head)  # "Gros, speaking to reporters yesterday", "the talks, which were announced"
    elif verb.dep_ in ("advcl", "xcomp") and not found:
        found += [c for c in verb.head.children if c.dep_ == "nsubj"]
    return [t for t in found if t.pos_ in ("PROPN", "NOUN")]


def dated_by_telling(event: Event, told: list[Telling]) -> Event:
    """The event with the day of a telling by its doer ("Lizano announced"; for an unnamed official of a body,
    by one of the body's: "an IMF executive has resigned", then "Finch, who heads an IMF department, told the
    board on Wednesday"), by the one its sentence quotes ("..., Wallis told Saito", then "Wallis made the remark
    yesterday") or of its act ("the talks"), else as it was."""
    # "have agreed to hold talks, a spokesman said Tuesday", then "the agreement had been reached last week": the
    # speaker's day (the report's) gives way to the day the act is told again with
    spoken = event.date_precision == "day" and event.date == event.date_published
    if event.date_precision != "published" and not (spoken and any(t.retold for t in told)):
        return event
    doer = {w.lower().strip(",.'()") for w in f"{event.source.text} {event.source.name or ''}".split()}
    quoted = {w.lower().strip(",.'\"") for w in event.sentence.split()}
    act = {w.lower().rstrip("s") for w in event.trigger.text.split()}
    if spoken:  # "have agreed to hold talks": the agreement's words as much as the talks'
        act |= {w.lower().strip(",.") for w in event.sentence.split()} & _AGREEMENTS
    if event.cameo[:2] == "03":  # "has offered warships to escort tankers": the offer is the act told again
        act |= {w.lower().strip(",.") for w in event.sentence.split()} & _OFFERS
    kinds = [k for k in _SAME_ACT if act & k]
    # a state's act in the words of someone the sentence quotes, not a named person's act another reports
    voiced = not (event.source.entry or "").startswith(("person:", "introduced:"))
    for t in told:
        if spoken and not t.retold:
            continue
        if (t.names | t.things) & doer or (voiced and (t.bodies & doer or not t.retold and t.persons & quoted)) \
                or t.things & act or any(t.things & k for k in kinds):
            return replace(event, date=t.day, date_precision=t.precision)
    return event


def told_on(events: list[Event], sentence: Sentence, recent: list[Telling], published: str | None) -> list[Event]:
    """The events with the day their teller spoke, when the sentence is the rest of what a recent telling said:
    "..., a top official told Reuters yesterday", then "The official ... said the administration also opposed
    ..." (the sentence's own telling has no day, and the act is in what was said)."""
    root = sentence.span.root
    if not recent or not published or root.lemma_.lower() not in _TELLING - {"make"} or root.pos_ != "VERB" \
            or event_date(sentence, root, published)[1] != "published":
        return events
    who = {t.lower_ if t.pos_ == "PROPN" else t.lemma_.lower() for t in _tellers(root)}
    told = next((t for t in recent if t.own and (t.names | t.things) & who), None)
    if told is None:
        return events
    return [replace(e, date=told.day, date_precision=told.precision)
            if e.sentence_index == sentence.index and e.date_precision == "published" else e for e in events]


#: nouns of words spoken: "remarks on Sunday by Baker", "Baker's comments yesterday"
_SPOKEN = {"remark", "comment", "statement", "speech", "testimony", "interview", "address"}


def voices(sentence: Sentence, published: str | None) -> dict[str, str]:
    """The people the sentence says spoke on a day of its own ("remarks on Sunday by Treasury Secretary James
    Baker", "Baker said on Sunday"; the report's own day too, which ends an earlier day's hold): surname, lower
    case -> that day."""
    if not published or not any(e.label_ == "DATE" for e in sentence.ents):
        return {}
    out = {}
    for tok in sentence.span:
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in _TELLING - {"make"}:
            speakers = [t for t in _tellers(tok) if t.ent_type_ == "PERSON"]
        elif tok.pos_ == "NOUN" and lemma in _SPOKEN:
            speakers = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                        if p.dep_ == "pobj" and p.ent_type_ == "PERSON"]
            speakers += [c for c in tok.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"]
        else:
            continue
        if not speakers or not any(e.label_ == "DATE" and attached(e.root, tok) for e in sentence.ents):
            continue
        day, how = event_date(sentence, tok, published)
        if how in ("day", "published") and day:  # ("said today": the report's day)
            out.update({s.lower_: day for s in speakers})
    return out


def said_then(events: list[Event], sentence: Sentence, spoken: dict[str, str], published: str | None) -> list[Event]:
    """The events of a sentence in which someone "said" on no day of its own, with the day the article said they
    spoke ("The dollar's fall was due to remarks on Sunday by Baker", later "Baker said the accord was still
    operative but he criticised West German moves"): the same words, told on."""
    root = sentence.span.root
    if not spoken or not published or root.lemma_.lower() not in _TELLING - {"make"} or root.pos_ != "VERB" \
            or event_date(sentence, root, published)[1] != "published":
        return events
    day = next((spoken[t.lower_] for t in _tellers(root) if t.ent_type_ == "PERSON" and t.lower_ in spoken), None)
    if day is None or not 0 < (date.fromisoformat(published) - date.fromisoformat(day)).days <= _RECENT_DAYS:
        return events
    return [replace(e, date=day, date_precision="day")
            if e.sentence_index == sentence.index and e.date_precision == "published" else e for e in events]
