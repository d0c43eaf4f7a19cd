"""What a trigger's own clause tells the codebook before it codes: a decision taken ("decided to break
relations"), an inquiry announced ("is to investigate"), an act announced or decided as a noun, a demonstrative
pointing back ("this attack"), an existential ("there was a state of emergency"), a direct question, and a
participle used as an adjective ("the assassinated president").

codebook.py reads these; they look at the parse only, never at actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.codebook_words import ANNOUNCING, FULL_VERBS_AS_AUX
from detente.coder.modality_marks import carries_condition
from detente.coder.modality_words import REPORTING_VERBS


def decided(trigger: Token) -> bool:
    gov = trigger.head
    return trigger.dep_ == "xcomp" and gov.lemma_.lower() in ("decide", "agree") and gov.tag_ in ("VBD", "VBN") \
        and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "may", "might", "could") for c in gov.children) \
        and not (carries_condition(trigger) or carries_condition(gov))  # "agreed to impose tariffs unless ...": threat


def announced_inquiry(trigger: Token) -> bool:
    """ "will investigate", "is to investigate", "is due to probe": an inquiry announced, told in the future."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in trigger.children):
        return True
    gov = trigger.head
    told = [c for c in gov.children if c.dep_ in ("acomp", "attr")]  # not "it was important to look at"
    return trigger.dep_ == "xcomp" and (gov.lemma_.lower() == "be" and not told or any(
        c.lower_ in ("due", "set") for c in told))


def announced(tok: Token) -> bool:
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in ANNOUNCING
    return tok.dep_ in ("acl", "relcl", "xcomp") and tok.head.lemma_.lower() in ("decision", "announcement")


def told_before(noun: Token) -> bool:
    """ "those meetings", "this attack": a demonstrative points back to an act told before, not a new one."""
    return any(c.dep_ == "det" and c.lower_ in ("those", "these", "this", "that") for c in noun.children)


def there_is(noun: Token) -> bool:
    """ "there was a state of emergency", "there is no treaty": an existential names a state of things."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        noun = noun.head.head  # "a state of emergency"
    head = noun.head
    return noun.dep_ in ("attr", "nsubj") and head.lemma_.lower() == "be" and any(
        c.dep_ == "expl" for c in head.children)


def asked_question(trigger: Token) -> bool:
    """Is the trigger in a direct question that a modal opens ("will Russia hit back ...?", "could talks resume?")?"""
    words = [t for t in trigger.sent if not t.is_punct or t.text == "?"]
    return bool(words) and words[-1].text == "?" and any(
        t.tag_ == "MD" and t.i < trigger.i and t.dep_ == "aux" and t.head.i > t.i for t in trigger.sent)


#: bodies of people that a participle describes in passing ("a team probing", "companies investing")
_BODIES_OF_PEOPLE = {"team", "company", "firm", "group", "committee", "panel", "commission", "delegation", "mission",
                     "business", "investor", "corporation", "bank", "body", "agency", "unit", "force"}


def attributive(trigger: Token) -> bool:
    """A past participle used as an adjective ("the assassinated president", "by assassinated former prime
    minister X", which the parser may hang on the next verb)."""
    if trigger.dep_ == "amod":
        return True
    if trigger.tag_ in ("VBN", "VBD") and any(c.dep_ == "aux" and c.lemma_.lower() in FULL_VERBS_AS_AUX
                                             for c in trigger.children):
        return True  # "UK helps raped Rwandan women": a headline's participle the parser hung on "helps"
    if trigger.tag_ == "VBG" and trigger.dep_ == "acl" and trigger.head.lemma_.lower() in _BODIES_OF_PEOPLE \
            and trigger.head.dep_ in ("pobj", "dobj", "obj"):
        return True  # "problems facing U.S. companies investing in China", "leaders of a team probing the
        # strategy": who the people are, told in passing, no act on a day
    prev = trigger.doc[trigger.i - 1] if trigger.i > trigger.sent.start else None
    return trigger.tag_ == "VBN" and prev is not None and prev.pos_ in ("ADP", "DET") and not any(
        c.dep_ in ("aux", "auxpass") for c in trigger.children)


#: what a term's end told on the calendar says: "is due to step down next February", "will retire in January"
_LEAVING = {"step", "resign", "retire", "quit"}


def term_ends_on_the_calendar(trigger: Token) -> bool:
    """ "The president ... is due to step down next February", "Greenspan will step down in January next year":
    a term's end the narrator puts on the calendar, which no one announced in the sentence, is a forecast (the
    guide codes an announced intent); "said he will step down in January" is his intent."""
    if trigger.lemma_.lower() not in _LEAVING or not any(
            e.label_ == "DATE" and trigger.left_edge.i <= e.start and e.end - 1 <= trigger.right_edge.i
            for e in trigger.sent.ents):
        return False
    told = any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in trigger.children) or (
        trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in ("due", "be", "set", "scheduled")
        and any(c.lower_ == "due" for c in (trigger.head, *trigger.head.children)))
    return told and not any(a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in REPORTING_VERBS | ANNOUNCING
                            for a in trigger.ancestors)


def travels_since(trigger: Token) -> bool:
    """ "has campaigned for children since 2009, travelling to Mali, Niger and Yemen": trips told as
    what someone has done over the years, no visit on a day."""
    gov = trigger.head
    return trigger.tag_ == "VBG" and trigger.dep_ in ("advcl", "conj", "xcomp") and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in gov.children) and any(
        t.dep_ == "prep" and t.lower_ == "since" for t in (*(t for t in gov.subtree if t.i < trigger.i),
                                                         *trigger.children))
