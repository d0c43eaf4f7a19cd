"""Which clause's time is an act's: a "when" clause borrows the time of what it hangs on ("in the 1980s, when
Oslo expelled ..."), and two verbs joined in one tense share a time put before the first or after the last
("Farmers blocked roads and staged rallies this weekend"). Split from :mod:`detente.coder.when`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from detente.coder.announced_times import attached
from detente.coder.nearness import governed_by

#: dependency labels of the clauses whose times are their own
CLAUSES = {"relcl", "advcl", "ccomp", "acl", "csubj", "parataxis"}


def when_clause(trigger: Token) -> tuple[Token, Token] | None:
    """(clause root, what it hangs on) when the event is told in a "when"/"where" clause: "the siege of 1974,
    when the navy shelled ...", "in the 1980s, when Oslo expelled ...": the time of what it hangs on is its time."""
    tok = trigger
    for _ in range(4):
        if any(c.dep_ == "advmod" and c.lower_ in ("when", "where") and c.i < tok.i for c in tok.children):
            return (tok, tok.head) if tok.head.i != tok.i else None
        if tok.dep_ in CLAUSES or tok.head.i == tok.i:
            return None  # another clause without "when": its time is not borrowed
        tok = tok.head
    return None


def hung_on(ent: Span, trigger: Token) -> bool:
    """ "sat in the Senate until 1995, when he resigned": the date a "when" clause hangs on is its act's, whatever
    preposition leads to it."""
    clause = when_clause(trigger)
    if clause is None:
        return False
    head = clause[1]  # "in the early 1980s, a period when crowds stormed ...": the period is that date
    return head.i == ent.root.i or (head.lemma_.lower() in ("period", "time", "era", "day", "year") and ent.end + 1
                                    == head.left_edge.i and head.doc[ent.end].text == ",")


def in_its_when_clause(ent: Span, verb: Token) -> bool:
    """ "When Norway voted in 1979, the leader resigned (and ...)": the time of a "when" clause is
    the time of the verb it hangs on, and of the verbs joined to that one."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "advcl" and any(g.dep_ == "advmod" and g.lower_ == "when" for g in c.children)
               and c.left_edge.i <= ent.root.i <= c.right_edge.i for v in verbs for c in v.children)


def fronted_for_conjunct(ent: Span, verb: Token) -> bool:
    """ "The day after the bombing, she met the mayor and organised a march": a time put before the first of
    two joined verbs is the time of both (and of a verb the parser hangs on its split prefix: "co-organized")."""
    first = verb.head
    verbs = verb.pos_ in ("VERB", "AUX") and first.pos_ in ("VERB", "AUX")  # not "a 2016 coup and the recognition"
    return verbs and not own_perfect(verb) and verb.dep_ in ("conj", "dep") and first.i < verb.i \
        and ent.end <= first.i and attached(ent.root, first)


def own_perfect(verb: Token) -> bool:
    """ "Sumitomo last August agreed to pay ..., but the Fed has forbidden them": a joined perfect with its own
    subject tells what holds now, not at the first clause's time; so does one told "since" ("arrived on Saturday
    and has since met 14 ministers": after Saturday)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "advmod" and c.lower_ == "since")
               for c in verb.children) and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


_A_DAY = re.compile(r"\b(yesterday|today|tonight|weekend|(mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)


def trailing_for_conjunct(ent: Span, verb: Token, dates: list[Span]) -> bool:
    """ "Farmers blocked roads and staged rallies this weekend": a day after the last of two joined verbs of one
    tense is the day of the first too, when the first has no time of its own (a month or a season may be the
    second's alone: "rejected the tariff and imported two mln tonnes in September")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or not _A_DAY.search(ent.text) \
            or any(attached(e.root, verb) for e in dates):
        return False
    return any(c.dep_ == "conj" and c.tag_ == verb.tag_ and c.i < ent.start and attached(ent.root, c)
               and not any(a.dep_ in ("aux", "auxpass") for a in c.children) for c in verb.children)


def in_antecedent(tok: Token, clause: Token, antecedent: Token) -> bool:
    """Is the date in the phrase a "when" clause hangs on, with that phrase's own modifiers ("the war they
    fought in the 1990s, when ..."), but not in the "when" clause itself?"""
    return governed_by(tok, antecedent) and not clause.left_edge.i <= tok.i <= clause.right_edge.i


def trailing_its_deed(ent: Span, trigger: Token, dates: list[Span]) -> bool:
    """ "bombed the camp on Sunday in reprisal for a rocket attack on a village last Thursday": a second
    time the parser hangs on a verb already dated, right after the phrase of a deed told as a noun, is the
    deed's."""
    verb = ent.root.head
    return trigger.pos_ == "NOUN" and ent.start == trigger.right_edge.i + 1 and verb.pos_ in ("VERB", "AUX") \
        and verb.i != trigger.i and any(d is not ent and (d.root.head.i == verb.i or (
            d.root.head.dep_ == "prep" and d.root.head.head.i == verb.i)) for d in dates)
