"""When an event happened, resolved against the article's publication date.

News dates events relative to publication ("on Tuesday", "last week", "On December 2"), so the date
expressions spaCy finds in the sentence are parsed with the publication date as the reference, preferring the
past (news reports what has happened) unless the act is announced for later ("will meet on Friday", "a summit
next week"), which is not moved into the past. "On Tuesday" in a Tuesday paper is that day. A year named
outside the event's own clause is not its date, but the time of the phrase a "when"/"where" clause hangs on is
("the siege of 1974, when the navy shelled ..."), as is the start of a perfect "has been held since March 2016".
An act the text places in an unresolvable past ("previously", "at the time", "over the years", "in the 1990s",
"five days earlier", "the day after the bombing") is undated here ("unknown"; the record then takes the publication
date with precision "before", coder/pipeline.py) rather than given the publication date as its day,
which stands only when nothing in the sentence moves the act away from it; so is one in a period running up to
now ("in the last two weeks"). An act in a clause measured from another ("a day after Oslo said ...") is
that far from the other act's date. A date on a verb joined after the act's, or in a gerund after "of"/"since"
("accused them of cutting pensions since winning office in 2008"), is that verb's, not the act's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from spacy.tokens import Span, Token

from detente.coder.announced_times import attached, calendar_date, hung_forward, resolve_phrase
from detente.coder.arguments import SUPPORT_VERBS, lemma_forms
from detente.coder.background import (
    background_clause,
    background_progressive,
    befallen,
    cause_of_another_act,
    clause_verb,
    content_of_a_telling,
    continuing_perfect,
    deed_noun,
    deed_referred_to,
    governing_verb,
    term_of_a_deal_told,
)
from detente.coder.clause_times import (
    CLAUSES,
    fronted_for_conjunct,
    hung_on,
    in_antecedent,
    in_its_when_clause,
    own_perfect,
    trailing_for_conjunct,
    trailing_its_deed,
    when_clause,
)
from detente.coder.codebook_words import DEAL_MAKING_VERBS
from detente.coder.measured_times import AGE, begun_ago, from_another_act, timetabled_measure
from detente.coder.modality_words import REPORTING_VERBS
from detente.coder.nearness import closest_first
from detente.coder.relative_times import _MONTHS, _YEAR, _elsewhere_in_time, _parse, clock_time, year_only
from detente.coder.sentence import Sentence
from detente.coder.unasserted import infinitive

_NOT_EVENT_TIME = {"from", "until", "till", "by", "starting", "beginning", "through", "to", "before", "since", "beyond"}
_PART_OF_DAY = re.compile(r"\b(night|morning|evening|afternoon|overnight|tonight)\b", re.IGNORECASE)  # "last night"
_PAST_PHRASE = re.compile(r"^(at (the|that|one) time( of .*)?|in the past|in (those|these|earlier|past|previous|"
                          r"bygone) (days|years|decades|times|eras?)|in recent (months|years)|"
                          r"(over|during) the (past |last )?(\S+ )?(years|decades))$")


def _own_dates(dates: list[Span], trigger: Token) -> list[Span]:
    """The date phrases that govern the event: in its own clause (or its noun's verb's), in the phrase its
    "when" clause hangs on, or the start of its perfect "since" ("has been held since March 2016")."""
    verb = clause_verb(trigger)
    clause = when_clause(trigger)
    # "Putin's 2014 decision to annex Crimea": the time of the decision is the time of the act it decides
    # "last month's pledge that Paris will pull out": an intent's time is its announcement's
    noun = verb.head if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and (infinitive(verb) or any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in verb.children)) else None
    return [e for e in dates if not _names_a_thing_s_year(e, trigger, noun) and (
            _within(e.root, trigger) or (verb.i != trigger.i and attached(e.root, verb))
            or fronted_for_conjunct(e, verb) or trailing_for_conjunct(e, verb, dates)
            or (clause is not None and in_antecedent(e.root, *clause))
            or in_its_when_clause(e, verb) or hung_forward(e, trigger) or hung_on(e, trigger)
            or trailing_its_deed(e, trigger, dates)
            or (noun is not None and _within(e.root, noun)))]


def _names_a_thing_s_year(ent: Span, trigger: Token, noun: Token | None) -> bool:
    """ "asked for more time in filing its 1986 annual reports": a date modifying a noun further down is that
    thing's year, not the time of the act ("must honor their 1985 commitments"); the act's own noun ("the 2015
    deal") and the deal it makes ("signed the 1986 accord") keep theirs."""
    thing = ent.root.head
    if ent.root.dep_ in ("npadvmod", "poss") and thing.i != trigger.i and (noun is None or thing.i != noun.i) \
            and not (thing.dep_ == "pobj" and thing.head.lower_ in _AT_IT):  # "said at Monday's meeting": then
        if thing.pos_ == "NOUN" and thing.lemma_.lower() in _DATED_DEEDS:
            return True  # "in response to an Iranian attack last Friday", "over Friday's raid": the attack's day
        if ent.root.dep_ == "poss" and thing.dep_ == "pobj" and thing.head.lower_ == "of":
            return True  # "blamed X for the failure of last week's ICO talks" (the parser's "of ... Organisation")
        if ent.root.dep_ == "npadvmod" and thing.pos_ == "NOUN" and thing.dep_ == "pobj" \
                and thing.head.lower_ not in _AT_IT and thing.lemma_.lower() not in _TIME_NOUNS \
                and any(c.dep_ == "poss" for c in thing.children):
            return True  # "will boycott it in protest against Seoul's entry last year": the entry's
    if ent.root.dep_ not in ("compound", "nummod", "amod", "nmod"):
        return False
    while thing.dep_ in ("compound", "nmod") and thing.head.pos_ in ("NOUN", "PROPN"):
        thing = thing.head  # "its March 9 takeover bid": the bid's; "the landmark 2015 nuclear deal": the deal's
    if thing.pos_ not in ("NOUN", "PROPN"):
        return False
    if thing.i == trigger.i or (noun is not None and thing.i == noun.i):
        return False
    if thing.dep_ == "pobj" and thing.head.lower_ in ("regarding", "concerning", "about", "over"):
        return True  # "filed a lawsuit regarding its March 9 tender offer": the offer's day
    if thing.dep_ == "pobj":  # what another noun is about ("an extension on its 1986 reports", "its handling
        owner = thing.head.head  # of the 1986 elections"); "at the end of the 1986 session" is a time
        if thing.head.dep_ == "prep" and owner.pos_ in ("VERB", "AUX") and thing.head.lower_ not in _AT_IT \
                and thing.lemma_.lower() not in _TIME_NOUNS | _DATED_DEEDS:
            return True  # "withdrew from the 2015 nuclear agreement": the agreement's year, not the withdrawal's
        return thing.head.dep_ == "prep" and owner.pos_ == "NOUN" and owner.i != trigger.i \
            and (noun is None or owner.i != noun.i) and owner.lemma_.lower() not in _TIME_NOUNS
    # what another verb handles ("filing the 1986 reports"); "after the 2016 coup", "Tuesday night" are times
    if thing.head.i == trigger.i and trigger.lemma_.lower() in _MAKING_DEALS:
        return False  # "signed the 1986 accord": a deal's year is the year it was made
    return thing.dep_ in ("dobj", "obj") and thing.head.pos_ == "VERB"  # "must honor their 1985 commitments"


_MAKING_DEALS = DEAL_MAKING_VERBS | {"initial", "negotiate"}
#: deeds named by a noun that a date phrase on the noun dates ("an attack last Friday", "Monday's raid")
_DATED_DEEDS = {"attack", "raid", "strike", "bombing", "shelling", "assault", "offensive", "incursion", "invasion",
                "killing", "shooting", "seizure", "arrest", "explosion", "blast", "ambush", "announcement",
                "talk", "meeting", "summit", "negotiation", "election", "vote", "visit", "conference", "decision",
                "speech", "ruling", "verdict",  # "blamed X for the failure of last week's talks": the talks' week
                # "welcomed Monday's joint confirmation of the accord": what was said then, welcomed since
                "confirmation", "statement", "remark", "comment", "move", "proposal", "offer", "warning", "pledge",
                "report", "declaration", "communique"}
#: a deed the act was told at or in: its time is the act's ("accused Peru at Monday's meeting")
_AT_IT = {"at", "during", "in", "on", "after", "since", "before"}
#: nouns whose "of" phrase is a time ("at the end of the 1986 session", "on the eve of the 2015 vote")
_TIME_NOUNS = {"end", "start", "beginning", "middle", "close", "eve", "height", "course", "wake", "aftermath",
               "time", "day", "week", "month", "year", "run", "outset", "opening", "launch", "session", "part",
               "half", "quarter", "spring", "summer", "autumn", "winter", "fall"}


def _within(tok: Token, head: Token) -> bool:
    """Is ``tok`` in ``head``'s own clause: its heads reach ``head`` without leaving a clause of their own
    ("The minister, who met Vucic on Tuesday, had accused ...": Tuesday is the meeting's)?"""
    for _ in range(8):
        if tok.i == head.i:  # spaCy makes a new Token object on each access: compare positions
            return True
        if _timing(tok, misparsed=True):  # "his trip to Lima beginning on May 12", hung on the verb
            tok = tok.doc[tok.i - 2 if tok.doc[tok.i - 1].text == "," else tok.i - 1]
            continue
        light = tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i == head.i and lemma_forms(tok) & SUPPORT_VERBS
        if (tok.dep_ in CLAUSES and not _timing(tok) and not light and not _done_by(tok, head)) \
                or tok.head.i == tok.i or _own_time(tok):
            return False  # (but "a strike launched yesterday": the light verb's time is the strike's)
        tok = tok.head
    return False


def _done_by(tok: Token, head: Token) -> bool:
    """ "launched an offensive, spearheaded by its allies on Saturday": a bare participle with an agent, hung on
    the verb, tells who carried the act out, at the act's time."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.head.i == head.i and any(
        c.dep_ == "agent" for c in tok.children) and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in tok.children)


def _timing(tok: Token, misparsed: bool = False) -> bool:
    """ "a state visit to Riga starting on May 4": a participle that only times the noun it hangs on;
    ``misparsed``: one the parser hung on the clause's verb, right after the noun's phrase."""
    if tok.lemma_.lower() not in ("start", "begin", "run", "last", "schedule", "due", "open"):
        return False
    if misparsed:  # (", starting on April 13" after the noun, too)
        before = tok.doc[tok.i - 2] if tok.i > 1 and tok.doc[tok.i - 1].text == "," else tok.doc[tok.i - 1]
        return tok.dep_ == "advcl" and tok.tag_ == "VBG" and before.pos_ in ("NOUN", "PROPN")
    return tok.dep_ == "acl" and tok.head.pos_ == "NOUN"


#: prepositions whose gerund tells another act than the verb's, at its own time ("accused them of lying in 2003")
_GERUND_PREPS = {"of", "for", "over", "about", "against", "since", "from", "with", "without", "despite"}


def _own_time(tok: Token) -> bool:
    """Does ``tok`` head a verb phrase whose date is its own, not the time of the verb above it: a verb joined
    after another ("rejected the tariff and imported two mln tonnes in September": September is the importing's)
    or a gerund after "of", "since", "for" ("accuse them of cutting pensions since winning office in 2008")?"""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "conj":
        return tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i
    if tok.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in tok.children):
        return True  # "in what Athens called a reply to a raid last Friday": a clause with its own subject
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in _GERUND_PREPS


def _since_perfect(ent: Span, trigger: Token) -> bool:
    """ "has been wanted since August 2015": a perfect act's "since" is when it began; a simple past's ("the
    first visit since 2010") or another clause's is not the event's time."""
    sent = ent.sent
    if ent.start == sent.start or sent.doc[ent.start - 1].lower_ != "since":
        return False
    verb = clause_verb(trigger)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return perfect and attached(ent.root, verb)


def _placed_in_past(trigger: Token) -> bool:
    """Does an adverb or phrase put the act, or the act that tells it, at an unresolvable past time ("had
    previously demanded", "officials at the time said ... seized", "has given money over the years", "had been a
    focal point of clashes")? Or is a named act only what a dispute or a measure is about ("clashed over Turkey's
    jailing of a pastor", "sanctions for its annexation of Crimea")?"""
    if _pluperfect(trigger) or (trigger.pos_ in ("NOUN", "PROPN") and _pluperfect(governing_verb(trigger))):
        return True
    if deed_referred_to(trigger) or cause_of_another_act(trigger) or befallen(trigger) or _before_a_past(trigger) \
            or _told_since(trigger) or term_of_a_deal_told(trigger):
        return True
    noun = deed_noun(trigger)
    if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and noun.head.lower_ in _TOPIC_PREPS \
            and noun.head.head.pos_ in ("VERB", "NOUN"):
        return True  # "resigned over the decision to withdraw": what a dispute or a measure is about
    tok = trigger
    for _ in range(12):
        holders = [tok, *(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
        if any(_past_marker(c, tok) for h in holders for c in h.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _date_verb(ent: Span) -> Token:
    """The verb whose time a date phrase gives ("handed in his resignation on Thursday": handed)."""
    tok = ent.root
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _governs_from_above(ent: Span, trigger: Token) -> bool:
    """Is a date outside the event's clause the time of a clause the event belongs to ("said on Monday that the
    rebels attacked", "On Monday the army attacked and the rebels fled")? A date inside a clause that the event
    only contains or sits beside ("late last year" of a recognition, "in January" of another announcement) is
    that clause's; a "when" clause's date is the time of the clause it hangs on."""
    if ent.root.dep_ == "poss" and ent.root.head.i != trigger.i:
        return False  # "attributed Monday's drop in stocks to ...": the day of the drop, not of the clause
    tok = _date_verb(ent)
    above = {a.i for a in trigger.ancestors}
    clause = clause_verb(trigger)
    if clause.dep_ == "conj" and clause.head.i == tok.i and own_perfect(clause):
        return False  # "Sumitomo last August agreed to pay ..., but the Fed has forbidden them"
    step = clause
    while step.i != tok.i and step.head.i != step.i:
        if step.dep_ in ("pcomp", "pobj") and step.head.lower_ in ("after", "before", "until", "since"):
            return False  # "will fly to Oslo on Sunday, after having ended a tour of Spain": before Sunday
        step = step.head
    if clause.dep_ == "ccomp" and clause.head.i == tok.i and clause.i < tok.i \
            and tok.lemma_.lower() not in REPORTING_VERBS:
        return False  # "criticised the devaluation -- the punt was cut last August": the parser's inverted pair
    if tok.dep_ == "advcl" and tok.head.i == clause_verb(trigger).i and any(
            c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "while", "as") and c.i < tok.i
            and not (c.lower_ == "while" and c.i > tok.head.i and c.nbor(-1).text == ",") for c in tok.children):
        # "arrested him when he returned in November": the time of the arrest; but "have besieged Idlib, while
        # Turkey attacked Afrin in January" sets two acts side by side, each at its own time
        return True
    for _ in range(4):  # "went to see him on Thursday in a bid to ...": the time of "to see" is the going's
        purpose = tok.dep_ == "advcl" and infinitive(tok)
        if tok.i in above or not (tok.dep_ == "xcomp" or purpose):
            break
        tok = tok.head
    return tok.i in above


_TOPIC_PREPS = {"over", "about", "for"}


def _before_a_past(trigger: Token) -> bool:
    """ "the profit he had forecast before Anacomp agreed to buy DatagraphiX": what came before or after another
    past act the story tells as background happened on no day it gives."""
    verb = clause_verb(trigger)
    gov = verb.head
    return verb.dep_ == "advcl" and gov.i != verb.i and gov.tag_ == "VBN" \
        and any(c.dep_ == "mark" and c.lower_ == "before" for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in gov.children)


_WEEKDAY = re.compile(r"^(next |this |the )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                      r"(january|february|march|april|may|june|july|august|september|october|november|december)"
                      r" \d{1,2})$", re.IGNORECASE)


def _scheduled_for(ent: Span) -> bool:
    """ "called a general strike for Wednesday", "set talks for March 25": the day an act is set for is to come."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ == "for" and bool(_WEEKDAY.match(ent.text.strip()))


def set_for_a_day(sentence: Sentence, trigger: Token) -> bool:
    """Is the act set for a day of its own ("called a strike for Wednesday"), which is to come, though a past
    verb tells it?"""
    # "called a strike for Wednesday"; "have called for a week of stoppages next month": a call for a time to come
    return any(ent.label_ == "DATE" and (_scheduled_for(ent) or (trigger.lemma_.lower() == "call" and re.match(
        r"(next|coming|later this) ", ent.text.lower()))) and (attached(ent.root, trigger) or any(
        a.i == trigger.i for a in ent.root.ancestors)) for ent in sentence.ents)


def _told_since(trigger: Token) -> bool:
    """ "The minister has said she approved the arms deal with Peru": a past act someone has told of (by now, on no
    day given) was done before the report, on a day it does not name."""
    verb = clause_verb(trigger)
    gov = verb.head
    return verb.tag_ == "VBD" and verb.dep_ == "ccomp" and gov.tag_ == "VBN" \
        and gov.lemma_.lower() in REPORTING_VERBS and any(c.dep_ == "aux" and c.lower_ in ("has", "have")
                                                          for c in gov.children)


def _pluperfect(verb: Token) -> bool:
    """ "The government had revoked their citizenship": a past before the story's own, told as background; not a
    report's backshift ("said the rebels had attacked"), which tells of the report's days."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return False
    clause = verb
    for _ in range(4):  # "diplomats said anger was mounting, and Riga had condemned ...": joined to the report
        if clause.dep_ != "conj" or clause.head.pos_ not in ("VERB", "AUX"):
            break
        clause = clause.head
    if content_of_a_telling(clause):
        return False  # "said in a statement it had agreed ...": the parser's relative clause is what was said
    return clause.dep_ not in ("ccomp", "advcl", "conj") and not any(a.dep_ == "ccomp" for a in verb.ancestors)


_MANY = {"several", "many", "multiple", "numerous", "countless", "dozen"}  # and any number


def _past_marker(tok: Token, verb: Token) -> bool:
    """ "previously", "earlier" (not the wire's "Earlier, ..."), "once" (not "once again"), "formerly", "before" at
    the end, "then" after a simple past, or "at the time", "in the past", "over the years", "in those days"."""
    low = tok.lower_
    if tok.dep_ == "amod" and low in ("previous", "prior", "earlier", "recent"):
        return True  # "has approved previous loans", "the earlier talks", "his recent trip": before, on no day given
    if low == "time" and tok.dep_ in ("npadvmod", "advmod") and any(c.lower_ == "last" for c in tok.children):
        return True  # "last time, when he attacked the base": a past the text does not date
    if tok.lower_ == "times" and tok.dep_ in ("npadvmod", "advmod", "dobj") and any(
            c.dep_ in ("nummod", "amod") and (c.like_num or c.lower_ in _MANY) for c in tok.children):
        return True  # "has vetoed resolutions 11 times": a series of acts, no one day
    if tok.dep_ == "advmod":
        nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else tok
        if low == "earlier" and tok.i == tok.sent.start and nxt.lower_ == ",":
            return False  # "Earlier, the ministry said ...": the wire's earlier in the day of the report
        if low in ("previously", "formerly", "earlier", "recently"):  # "vessels seized recently by Iran"
            return not list(tok.children)  # "earlier in the day", "earlier this week": a time it names
        if low == "once":
            return tok.i < verb.i and nxt.lower_ not in ("again", "more")
        if low == "then" and tok.i > verb.i and verb.tag_ == "VBD":
            return True  # "rejected the U.S. offer then": at that time, told before
        return low == "before" and tok.i > verb.i and not list(tok.children)  # "had never been before"
    if tok.dep_ != "prep":
        return False
    objs = [c for c in tok.children if c.dep_ == "pobj"]
    if not objs:
        return False
    if low in ("on", "during", "at") and any(c.dep_ == "amod" and c.lower_ in ("recent", "previous", "prior", "earlier")
                                             for c in objs[0].children):
        return True  # "on a recent visit to Washington, met Baker": the visit's past, which the text does not date
    phrase = " ".join(t.lower_ for t in objs[0].subtree)
    return bool(_PAST_PHRASE.match(f"{low} {phrase}"))


def _month_years(ents: Iterable[Span]) -> list[Span]:
    """ "in July, 1985": the tagger's two dates, a month and then its year after a comma, are one."""
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == e.label_ == "DATE" and e.start == prev.end + 1 \
                and e.doc[prev.end].text == "," and _YEAR.match(e.text.strip()) and prev.root.lower_ in _MONTHS:
            out[-1] = Span(e.doc, prev.start, e.end, label="DATE")
            continue
        if e.label_ == "DATE" and e.text.lower() == "the week" and e.start >= 2 and e.doc[e.start - 1].lower_ == "in" \
                and e.doc[e.start - 2].lower_ in ("later", "earlier"):
            e = Span(e.doc, e.start - 2, e.end, label="DATE")  # "Later in the week, Mulford said": the tagger's week
        out.append(e)
    return out


def event_date(sentence: Sentence, trigger: Token, published: str | None,
               future: bool = False, offsets: bool = True) -> tuple[str | None, str]:
    """The event's date and its precision ("day", "month", "year", "published", or "unknown" undated).

    ``future``: the act is announced, promised or threatened, so a weekday or a month is the next one.
    ``offsets``: follow a distance to another act's clause (off when dating that other act, which would lead back).
    """
    sent = sentence.span
    # "bans imports from January", "until 2025": when something takes effect or ends, not when it happened; but
    # "since last month's announcement" is the announcement's time
    dates = [e for e in _month_years(sentence.ents)
             if (e.label_ == "DATE" or (e.label_ == "TIME" and _PART_OF_DAY.search(e.text))) and not clock_time(e)
             and (_since_perfect(e, trigger) or hung_on(e, trigger) or not (
                 e.start > sent.start and sent.doc[e.start - 1].lower_ in (
                 _NOT_EVENT_TIME - {"since"} if e.root.dep_ == "poss" else _NOT_EVENT_TIME)))]
    own = _own_dates(dates, trigger)
    # "are meeting today and tomorrow", "on Monday and Tuesday": the first of joined times is when it began
    own = [e for e in own if not (e.root.dep_ == "conj" and any(o.start <= e.root.head.i < o.end for o in own))]
    # "weekend talks", "paid a brief weekend visit": the noun names its time
    nouns = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN")]
    weekend = not own and any(c.dep_ in ("compound", "amod") and c.lower_ == "weekend"
                              for n in nouns for c in n.children)
    try:
        date.fromisoformat(published or "")
    except ValueError:
        return calendar_date(own, trigger, future)
    if timetabled_measure(trigger):
        return None, "unknown"
    # a finer time of the act before a bare year on its deal ("In January ... signed a 1987 agreement": January),
    # or a year that counts ("attacked today in the ninth raid this year": today)
    nearest = sorted(closest_first(own, trigger), key=year_only)
    if len(nearest) > 1:  # "has for years threatened the Kurds, and in 2018 invaded Afrin": how long is not when
        nearest = [e for e in nearest if e.root.head.lower_ != "for"] or nearest
    for ent in nearest:
        if AGE.match(ent.text.lower()):
            got = begun_ago(ent, trigger, published)
            if got:
                return got
            continue  # "killed a 30-year-old man": the man's age, no time of the act
        if ent.text.strip().lower() == "today":
            return published, "published"  # "attacked today in the ninth raid this year": the report's day
        got = resolve_phrase(ent, trigger, published, future, scheduled=_scheduled_for(ent))
        if got and got[0] and _ongoing(trigger) and date.fromisoformat(got[0]) < date.fromisoformat(published) \
                - timedelta(days=62):
            continue  # "is demanding ... following the disaster in December 1984": what goes on now is not then
        if got and got[0] and _told_to_come(trigger, ent) \
                and date.fromisoformat(got[0]) < date.fromisoformat(published) - timedelta(days=31):
            continue  # "will boycott the meeting ... after last year's vote": what is to come is not then
        if got:
            return got
        if _elsewhere_in_time(ent):
            return None, "unknown"  # "in the 1990s", "five days earlier": a time, but not one we can name
        if re.search(r"\b(coming|upcoming|ahead)\b", ent.text.lower()):
            return published, "published"  # "planned in coming months": to come, as told on the report's day
    if weekend and (got := _parse("the weekend", published, future)):
        return got  # "weekend talks": no date phrase, but the noun names its time
    if offsets and (other := from_another_act(sentence, trigger, published, lambda s_, t_: event_date(
            s_, t_, published, offsets=False))) is not None:
        return other  # "a day after Oslo said ...": that far from the other act
    if _placed_in_past(trigger) or background_clause(trigger):
        return None, "unknown"  # "had previously demanded", "the US, which armed the rebels": not the report's day
    if continuing_perfect(trigger):
        return published, "published"  # "Tehran has backed the rebels": a relation that holds on the report's day
    # "announced a freeze on Wednesday night and is negotiating with bankers": what goes on now is not then
    verb = clause_verb(trigger)
    now_beside_then = _ongoing(trigger) and verb.dep_ == "conj" and _simple_past(verb.head)
    above = [] if now_beside_then else [e for e in dates if e not in own and _governs_from_above(e, trigger)]
    for ent in closest_first(above, trigger):
        if _YEAR.match(ent.text.strip()):
            continue  # "in 2014" in another clause is that clause's time, not this event's
        # "resigned on Thursday over the decision to pull out": the borrowed time is as past as its clause
        got = resolve_phrase(ent, trigger, published, future and not _simple_past(_date_verb(ent)))
        if got:
            return got
        if _elsewhere_in_time(ent):
            break  # "figures have risen in recent weeks as Kurdish forces launched attacks": not a farther clause's
    if background_progressive(trigger):
        return None, "unknown"
    return published, "published"


def _told_to_come(trigger: Token, ent: Span) -> bool:
    """ "will boycott", "shall meet": the act is yet to happen on the report's day, and the time is inside its
    clause (not "last month's announcement that Russia will pull out", the announcement's)."""
    verb = clause_verb(trigger)
    return verb.left_edge.i <= ent.start and ent.end - 1 <= verb.right_edge.i and any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children)


def _simple_past(verb: Token) -> bool:
    """A past tense, or a past participle the tagger gives a subject and no auxiliary ("CBS reported on Friday
    that ...", tagged VBN as the root): the told day is behind the report."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in verb.children)
                                  and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def _ongoing(trigger: Token) -> bool:
    """ "is demanding", "are investigating": a present progressive tells what goes on at the report's time."""
    verb = clause_verb(trigger)
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "'re", "am")
                                      for c in verb.children)
