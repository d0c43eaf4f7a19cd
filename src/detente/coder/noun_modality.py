"""Modality of a nominal trigger: what the nouns and the verb above "talks", "sanctions" or "an attack" say of it.

A noun is not its own clause: "the imminent introduction of restrictions", "a threat of sanctions", "could lead to
renewed fighting" tell through the words around the noun whether the act happened, is to come, is asked for or is
imagined. The verbal frame itself is read by :mod:`detente.coder.modality`; this module climbs from the noun to it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.coder.modality import _conditioned, _frame_modality
from detente.coder.modality_marks import (
    _future,
    _governors,
    _marked,
    _modal,
    _modal_reading,
    _negated,
    _timetabled,
    timetabled_noun,
    to_come,
)
from detente.coder.modality_words import (
    ANNOUNCE_VERBS,
    ANSWERING,
    CONDITIONS,
    ENDING_VERBS,
    FORECAST_ADJECTIVES,
    FORESEEN_BY,
    FUTURE_ADJECTIVES,
    HYPOTHETICAL_ADJECTIVES,
    INTENT_NOUNS,
    INTENT_VERBS,
    ODDS_NOUNS,
    OUTCOME_VERBS,
    POSSIBILITY,
    REACHING,
    REQUEST_NOUNS,
    SETTING_NOUNS,
    TAKING_PLACE,
    TALK_NOUNS,
    THREAT_NOUNS,
    THREAT_VERBS,
    TOPIC_PREPS,
)
from detente.coder.unasserted import (
    _timed,
    asked_about,
    coming_time,
    deal_terms,
    infinitive,
    looking_forward,
    risked_kind,
    takes_effect_later,
    taking_part,
    timed_by,
)
from detente.coder.weighed import a_backdrop, weighed

#: times still to come on the report's day: "ahead of a meeting later today"
_STILL_TO_COME = re.compile(r"\b(later (today|tonight|this|in)|tomorrow|tonight|next|coming|upcoming)\b", re.IGNORECASE)


def _governing_modality(verb: Token) -> str | None:
    """What the verb governing a nominal trigger says of it: its negation, promise, threat or allegation; a
    condition on it; and its possibility when the noun is its outcome ("could lead to fighting"), not what it
    acts on ("could condemn the attack": the attack happened)."""
    if any(_marked(g, CONDITIONS) for g in (verb, *_governors(verb))):
        return "hypothetical"  # "if they reach an agreement": the agreement is imagined
    frame = _frame_modality(verb)
    mod = _conditioned(verb, frame)
    if mod in ("negated", "intent", "threat", "conditional", "alleged", "denied", "request") and not (
            mod in ("intent", "request") and verb.lemma_.lower() in ANSWERING):  # "meant to offset X's aid": it is
        return mod  # "urged the minister to hold an inquiry": the inquiry is asked for, not held
    if mod in ("hypothetical", "option") and (mod != frame or verb.lemma_.lower() in OUTCOME_VERBS | REACHING):
        return "hypothetical"
    if mod == "forecast" and verb.lemma_.lower() in FORESEEN_BY:
        return "forecast"  # "are expected to sign an agreement": the agreement is foreseen, not made
    return None


def noun_modality(tok: Token) -> str | None:
    """Modality of a nominal trigger: "the imminent introduction of restrictions", "a threat of sanctions".

    Climbs the chain of nouns and prepositions above the trigger up to the governing verb, which decides.
    """
    cur = tok
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children):
        return "negated"  # "no pact between Peru and Chile to recognise ...": none, to come or not
    done_to = tok.dep_ in ("dobj", "obj") and tok.head.tag_ in ("VBD", "VBN")  # "signed an agreement to build"
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ == "ahead" and any(
            _timed(a, _STILL_TO_COME) for a in (tok, *list(tok.ancestors)[:4])):
        return "intent"  # "briefing reporters ahead of talks later today" (the time on the verb): to come
    if tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.pos_ in ("VERB", "AUX") \
            and _modal_reading(tok.head.head) in ("option", "hypothetical"):
        return "hypothetical"  # "may yet sit down at a summit to end the feud" imagines it
    if not done_to and any(c.dep_ in ("acl", "relcl") and infinitive(c) and not deal_terms(tok, c)
                           for c in tok.children):
        return "intent"  # "a summit to be held on Friday", "talks, to take place in Vilnius": to come
    if coming_time(tok):  # "during a trip to Japan later this month": a trip to come; "donors are expected to
        # offer aid at their meeting next month": what onlookers foresee
        return "forecast" if _foreseen_at(tok) else "intent"
    if tok.dep_ == "attr" and tok.head.lemma_.lower() == "be" and tok.lemma_.lower() in THREAT_NOUNS:
        return "hypothetical"  # "al-Qaida is still a grave threat", "the real threat to Labour": an assessment
    if tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS and tok.head.head.lemma_.lower() in TALK_NOUNS:
        return "hypothetical"  # "arrived for talks on further Venezuelan assistance": what is talked about
    if (weighed(tok) and tok.dep_ not in ("dobj", "obj")) or a_backdrop(tok):  # (a decision "pondered" was made)
        return "hypothetical"  # "a visit to Moscow by Shultz was under consideration": weighed, not planned
    if takes_effect_later(tok):
        return "intent"  # "tariffs set to go into effect on June 1": announced, not imposed yet
    if (timed := timed_by(tok)) is not None and _governing_modality(timed) == "intent":
        return "intent"  # "will demand it during a visit to Japan": the visit is to come too
    came: Token | None = None
    for _ in range(6):
        if cur.pos_ in ("NOUN", "PROPN"):
            for c in cur.children:
                if (c.dep_ == "amod" and c.lower_ in FUTURE_ADJECTIVES - {"new"}) or timetabled_noun(c):
                    return "intent"
                if c.dep_ == "amod" and c.lower_ in HYPOTHETICAL_ADJECTIVES:
                    return "hypothetical"
                if c.dep_ == "amod" and c.lower_ in FORECAST_ADJECTIVES:
                    return "forecast"
                if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
                    return "negated"
                if c.dep_ == "det" and c.lower_ == "any":
                    return "hypothetical"  # "any attack on Peru would be met with force": none has happened
                if cur.i == tok.i and c.dep_ == "det" and c.lower_ in ("each", "every"):
                    return "not-done"  # "meet before each summit": a kind of occasion, none on a day
            if cur.i != tok.i:
                lemma = cur.lemma_.lower()
                if lemma == "proposal" and came is not None and came.lower_ == "for" \
                        and tok.lemma_.lower() in TALK_NOUNS:
                    return "request"  # "his proposal for an economic summit between A and B": proposed, not agreed
                if lemma in THREAT_NOUNS:
                    return "threat"
                if lemma in INTENT_NOUNS:
                    return "intent"
                if lemma in REQUEST_NOUNS - {"resolution", "bill", "draft", "motion", "proposal", "bid"}:
                    return "request"  # "calls for a no-fly zone": asked for, not there
                if lemma in ODDS_NOUNS and cur.dep_ in ("nsubj", "nsubjpass"):
                    return "forecast"  # "the prospects for a meeting are dim", "hopes for talks rose"
                if lemma in ODDS_NOUNS - {"hope"} and came is not None and came.lower_ in ("of", "for"):
                    return "hypothetical"  # "would study the possibility of Soviet aid": weighed, not given
                if lemma in SETTING_NOUNS and any(c.dep_ == "prep" and c.lower_ == "for" for c in cur.children):
                    return "hypothetical"  # "setting the scene for a clash": a clash that may come
                if lemma in _AFFAIRS and came is not None and came.lower_ in ("over", "about", "of", "involving"):
                    return None  # "discussed the scandal over U.S. arms sales to Iran": a row over what was done
        head = cur.head
        if head.i == cur.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            if cur.i == tok.i and cur.dep_ in ("nsubj", "nsubjpass") and infinitive(head):
                return "intent"  # the parser's "summit ... to be held": the summit is the infinitive's subject
            if cur.i == tok.i and cur.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in TAKING_PLACE | {
                    "be", "set", "schedule"} and (_future(head) or _timetabled(head)) and _modal(head) != "option":
                return "intent"  # "talks will resume", "talks are due to resume": talks to come ("may": maybe)
            if asked_about(head):
                return "hypothetical"  # "wants to know why Russian troops take part in operations"
            if cur.dep_ == "prep" and cur.lower_ == "for" and any(
                    c.dep_ in ("dobj", "obj") and c.lemma_.lower() in SETTING_NOUNS for c in head.children):
                return "hypothetical"  # "setting the scene for a clash", the parser's way
            if cur.dep_ in ("nsubj", "nsubjpass", "csubj", "attr") and _modal(head) in ("conditional", "option",
                                                                                       "ability", "perfect"):
                return "hypothetical"  # "a pullout would leave the region open", "it would be the first clash"
            if cur.i == tok.i and risked_kind(cur, head):
                return "hypothetical"  # "a clash between them risks a wider war"
            if cur.dep_ == "nsubj" and head.lemma_.lower() == "be" and any(
                    c.dep_ in ("attr", "acomp") and c.lemma_.lower() in POSSIBILITY for c in head.children):
                return "hypothetical"  # "clashes are now a distinct possibility"
            lemma = head.lemma_.lower()
            if cur.dep_ == "prep" and lemma in OUTCOME_VERBS:
                return _governing_modality(head)  # "could lead to renewed fighting"
            if looking_forward(cur):
                return "negated" if _negated(head) else "intent"  # "looks forward to talks with him": hoped for
            if cur.dep_ not in ("dobj", "obj", "nsubjpass", "pobj", "attr") and not taking_part(cur, head):
                if cur.dep_ == "prep" and cur.lower_ == "at" and (_modal_reading(head) in ("option", "hypothetical")
                                                                 or _governing_modality(head) == "forecast"):
                    return "hypothetical"  # "may sit down at a summit" imagines it; "could emerge from talks" not
                if cur.dep_ == "prep" and cur.lower_ in ("at", "during") and (to_come(head) or (
                        coming_time(head) and head.tag_ not in ("VBD", "VBN"))):
                    return "intent"  # "will make proposals at a meeting with Reagan this week": a meeting to come
                return None
            if lemma in ENDING_VERBS:
                return "negated"
            if lemma in THREAT_VERBS:
                return "threat"
            mod = _governing_modality(head)
            if mod in ("negated", "alleged"):  # "accused of planning attacks"
                return mod
            if cur.dep_ == "nsubjpass" and lemma in ("intend", "mean", "design", "aim") and any(
                    c.dep_ == "xcomp" and c.lemma_.lower() not in TAKING_PLACE for c in head.children):
                return None  # "airstrikes were intended to reassure": the strikes were made, their purpose intended
            if lemma in (ANNOUNCE_VERBS - {"announce"}) | INTENT_VERBS and not (cur.dep_ in ("dobj", "obj") and (
                    lemma in ("set", "undertake") or (lemma == "agree" and head.tag_ in ("VBD", "VBN")))):
                return "intent"  # but "have agreed a deal": the deal is struck; "set up a venture", "undertook an
                # act of aggression": it is made
            return mod
        if head.pos_ == "ADJ" and cur.dep_ == "prep" and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in ODDS_NOUNS for c in head.head.children):
            return "forecast"  # "prospects appear slim for a meeting"
        if cur.dep_ not in ("pobj", "prep", "dobj", "compound", "appos"):
            return None
        came, cur = cur, head
    return None


#: the rows that arise over what was done
_AFFAIRS = {"scandal", "affair", "row", "controversy", "furore", "furor", "uproar", "outcry", "outrage"}


def halting_modality(verb: Token) -> str | None:
    """The frame of the verb halting talks: "threatened to suspend the talks", "did not break off the talks"."""
    return _governing_modality(verb)


def _foreseen_at(noun: Token) -> bool:
    """Is the noun the occasion of an act only foreseen ("are expected to offer aid at their meeting")?"""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "at" else None
    return verb is not None and verb.pos_ == "VERB" and _frame_modality(verb) == "forecast"

