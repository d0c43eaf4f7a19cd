"""Clauses that tell of an act without asserting it: a question asked about it ("wanted to know why ..."), a
capability ("has the means to strike"), a clause under "no sign", "no way", "no plan" (purposes are in
`purposes.py`). Word tests on the parse, shared by the modality of verbs and of nouns.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.coder.codebook_words import DEAL_NOUNS, MOTION_VERBS
from detente.coder.modality_words import (
    COMING_TIME,
    ENDING_VERBS,
    FORECAST_WORDS,
    FORECASTERS,
    HABITUAL,
    HEDGES,
    LATER_TODAY,
    REPORTING_VERBS,
    WEEKDAY,
)

#: "there was no way Russia was going to attack", "had no information to suggest the talks were broken off"
_NO_SIGN_NOUNS = {"sign", "evidence", "indication", "suggestion", "chance", "prospect", "hint", "proof", "likelihood",
                  "way", "plan", "intention", "need", "reason", "information", "knowledge", "confirmation"}
#: "have the means to strike", "lacks the levers to pressure Moscow": what one could do, not what one did
CAPABILITY_NOUNS = {"means", "capacity", "capability", "ability", "power", "leverage", "lever", "tool", "asset",
                    "resource", "wherewithal", "motivation", "motive", "incentive", "right", "authority",
                    "opportunity", "freedom", "strength", "firepower", "manpower", "muscle", "clout", "option"}
#: "trained rebels to fight X", "paid militias to guard Y": the ones enabled are to act; the act
#: told is the training or arming, not the fight it was meant for (not "used proxies to fight": theirs)
ENABLING_VERBS = {"train", "arm", "equip", "recruit", "fund", "finance", "pay", "hire", "raise", "supply", "enlist",
                  "groom", "organise", "organize", "mobilise", "mobilize", "form", "create", "build", "assemble",
                  "carry", "ferry", "transport"}  # "boats carrying men to attack a terminal": what they are for
#: "asked whether", "wants to know why", "sought to discover how quickly": a question, not a statement
QUESTION_VERBS = {"ask", "wonder", "know", "discover", "determine", "find", "learn", "establish", "investigate",
                  "question", "query", "check", "see", "understand", "clarify", "inquire", "enquire", "explain",
                  "probe", "examine"}
#: "the accusation that", "claims they": what the clause tells is someone's say-so ("concerns that the U.S. is
#: seeking to limit imports": a worry; "there was strong evidence X approved the sale": the speaker's case)
ALLEGATION_NOUNS = {"accusation", "allegation", "claim", "charge", "suspicion", "rumour", "rumor", "assertion",
                    "insinuation", "contention", "speculation", "feeling", "belief", "impression", "hunch", "guess",
                    "concern", "fear", "worry", "evidence", "proof", "indication"}
_DEGREE = {"quickly", "soon", "fast", "far", "much", "many", "long", "often", "hard"}


#: a journey: the verbs of going (the codebook's, less volunteering and moving, which are acts of their own in a
#: purpose: "moved to impose sanctions") and its nouns; what one travels "to" do is not done on arrival
JOURNEYS = (MOTION_VERBS - {"volunteer", "move", "set"}) | {"fly", "arrive", "trip", "visit", "tour", "journey",
                                                            "mission"}


def indirect_question(clause: Token) -> bool:
    """Is this clause a question someone asks ("whether Turkey will attack", "to know why Russian troops fight
    there", "to discover how quickly the troops plan to attack")? What it asks about is not told as done."""
    if clause.dep_ not in ("ccomp", "xcomp", "advcl", "pcomp", "pobj") or clause.head.i == clause.i:
        return False
    words = [c for c in clause.children if c.i < clause.i and c.dep_ in ("mark", "advmod")]
    if any(w.lower_ == "whether" for w in words):
        return True
    asking = clause.head.lemma_.lower() in QUESTION_VERBS or (
        clause.head.dep_ == "prt" and clause.head.head.lemma_.lower() in QUESTION_VERBS)  # "find out why"
    if not asking:
        return False
    return any(w.lower_ in ("why", "if") or (w.lower_ in _DEGREE and any(h.lower_ == "how" for h in w.children))
               for w in words)


def infinitive(verb: Token) -> bool:
    """ "to fight", "to be held": a verb with its infinitive marker."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def asked_about(verb: Token) -> bool:
    """Is the verb's clause, or one it is the complement of, an indirect question?"""
    cur = verb
    for _ in range(4):
        if indirect_question(cur):
            return True
        if cur.dep_ not in ("xcomp", "ccomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def capability(clause: Token, gov: Token) -> bool:
    """ "have the assets to launch attacks", "lacks the levers to pressure Moscow": an infinitive of a capability
    noun, hung by the parser on the noun or on the verb that has it."""
    if not infinitive(clause):
        return False
    if gov.pos_ == "ADJ" and any(c.lower_ == "enough" for c in gov.children) or any(
            c.dep_ == "acomp" and c.lower_ == "enough" for c in gov.children):
        return True  # "a group strong enough to block the tax", "is enough for the UK to join": what could be done
    if gov.pos_ in ("NOUN", "PROPN"):
        return gov.lemma_.lower() in CAPABILITY_NOUNS or gov.lower_ in CAPABILITY_NOUNS
    return any(c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in CAPABILITY_NOUNS or c.lower_ in CAPABILITY_NOUNS)
               for c in gov.children)


#: what a suit is brought as; "sue" is its verb
SUIT_NOUNS = {"suit", "lawsuit", "complaint", "action", "case", "petition", "claim", "countersuit"}


def suit_content(clause: Token, gov: Token) -> bool:
    """ "filed a suit against TRW charging the company with fraud", "a complaint alleging that ...": the charge is
    what the suit says, one act with the suit, which is coded as the suit (115)."""
    if clause.dep_ not in ("acl", "advcl") or clause.tag_ != "VBG":
        return False
    if gov.pos_ == "NOUN":
        return gov.lemma_.lower() in SUIT_NOUNS
    return gov.lemma_.lower() in ("sue", "countersue") or any(
        c.dep_ == "dobj" and c.lemma_.lower() in SUIT_NOUNS for c in gov.children)


def deal_terms(noun: Token, clause: Token) -> bool:
    """ "last week's accord to reschedule the debts": what a deal provides for, not a deal to come ("an accord
    to be signed on Friday" is)."""
    return noun.lemma_.lower() in DEAL_NOUNS and not any(c.lemma_ == "be" for c in clause.children)


def for_to(verb: Token) -> bool:
    """ "plans for Chile and Bolivia to supply gas", "the idea is for Chile to lend oil": an infinitive with its own
    subject after "for" is something proposed or wished, never an act told as done (the parser may hang it
    anywhere, so the words, not the tree, decide)."""
    if not infinitive(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    return any(s.left_edge.i > 0 and s.doc[s.left_edge.i - 1].lower_ == "for" for s in subjects)


def looking_forward(prep: Token) -> bool:
    """ "looks forward to working with him", "look forward to talks": the preposition of a hope."""
    verb = prep.head
    return prep.dep_ == "prep" and prep.lower_ == "to" and verb.lemma_.lower() == "look" \
        and any(c.dep_ in ("advmod", "prt") and c.lower_ == "forward" for c in verb.children)


def hoped_for(act: Token) -> Token | None:
    """ "looks forward to continuing the relationship": the verb of hoping whose frame the gerund shares (a hope
    for an act, read as "hopes to": an intent at most, not the act)."""
    if act.dep_ != "pcomp" or act.head.i == act.i or not looking_forward(act.head):
        return None
    return act.head.head


def stated_ability(adj: Token) -> bool:
    """ "is able to sell arms", "a ruling which he has been able to appeal": a power or right one has now, not an
    act told as done ("was able to broker a truce" tells it was; "has been able to" does too outside a relative
    clause, which describes a right of the thing it is about)."""
    if adj.dep_ != "acomp" or adj.lemma_.lower() not in ("able", "free", "allowed", "entitled"):
        return False
    be = adj.head
    if be.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in be.children):
        return True
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in be.children):
        return True  # "will be able to sell arms": a power to come, no sale announced
    perfect = be.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in be.children)
    return perfect and be.dep_ == "relcl"


#: verbs of seeming: "seems willing to talk", "appears ready to sign", "looks set to win" tell an observer's
#: impression of someone, not what that someone announced or did
_SEEMING = {"seem", "appear"}


def impression(word: Token) -> bool:
    """ "Chile still seems willing to talk", "appears to be ready to sign", "looks set to sign": the word is what
    someone seems to be or do, a guess at their mind or deeds ("looks to expand" is an aim, and stays one)."""
    if word.dep_ in ("acomp", "attr") and word.head.lemma_.lower() == "be" and word.head.dep_ == "xcomp":
        word = word.head  # "seems to be willing"
    if word.head.i == word.i or word.dep_ not in ("xcomp", "oprd", "acomp"):
        return False
    lemma = word.head.lemma_.lower()
    return lemma in _SEEMING or (lemma == "look" and word.dep_ in ("oprd", "acomp"))


def no_sign_of(tok: Token) -> bool:
    """ "There was no sign Russia was willing to put pressure on Assad": a clause under "no sign", "no
    evidence", "no chance" says the act is not there."""
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in _NO_SIGN_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in cur.children):
            return True
    return False


_BAN_NOUNS = {"ban", "prohibition", "moratorium", "embargo", "bar", "curb", "veto"}


def banned(tok: Token) -> bool:
    """Is the verb what a ban forbids ("a ban on X speaking with Y", "the ban on exporting arms")?"""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("acl", "pcomp", "pobj") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.dep_ == "prep" and cur.lower_ in ("on", "against") and cur.head.lemma_.lower() in _BAN_NOUNS:
            return True
    return False


#: "set to go into effect", "due to take effect", "which are scheduled to come into force": a measure timetabled
_TAKING_EFFECT = re.compile(r"^(, )?((which|that) (is|are|was|were) )?(set|due|scheduled|slated|to be imposed) "
                            r"to (take effect|go into effect|come into effect|come into force|enter into force|"
                            r"kick in)\b")


def takes_effect_later(noun: Token) -> bool:
    """ "new tariffs on Peruvian copper set to go into effect on June 1", "the sanctions are due to take effect":
    a measure timetabled to take effect is announced, not yet imposed. Read from the words after the noun's
    phrase, which the parser often hangs elsewhere ("met negotiators to head off tariffs set to ...")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    # after its phrase, or a clause inside it that the parser hung on its last noun ("tariffs on tin products set")
    starts = {noun.right_edge.i + 1} | {i for t in noun.subtree if t.i > noun.i and t.dep_ in ("acl", "relcl", "amod")
                                        for i in (t.i, t.left_edge.i)}
    if any(_TAKING_EFFECT.match(" ".join(t.lower_ for t in noun.doc[i:i + 9])) for i in starts):
        return True
    verb = noun.head  # "the tariffs are set to take effect"
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.i != noun.i \
        and bool(_TAKING_EFFECT.match(" ".join(t.lower_ for t in noun.doc[verb.i:verb.i + 6])))


def planned_present(verb: Token) -> bool:
    """A present or progressive verb dated by a time to come: the present of plans ("meets Putin tomorrow",
    "is travelling to America next week", "is hosting a dinner tonight"). A weekday is to come for the
    progressive ("is meeting him on Friday") and in the body of a story ("starts a visit to Japan on Sunday"),
    but not in its first sentence, the headline's place, whose simple present tells of an act done ("Peru hosts
    Chile on Friday" may be last Friday's)."""
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_.lower() == "be" for c in verb.children)
    if not (progressive or verb.tag_ in ("VBZ", "VBP")):
        return False
    # "begins a state visit on Tuesday": the parser may date the light verb's noun
    dated = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))]
    return coming_time(verb) or _timed(verb, LATER_TODAY) or (
        (progressive or verb.sent.start > 0) and any(_timed(w, WEEKDAY) for w in dated))


def coming_time(word: Token) -> bool:
    """Is the word dated by a time to come of its own ("meets Putin tomorrow", "a visit to Japan later this
    month")?"""
    return _timed(word, COMING_TIME, ("DATE",))


def _timed(word: Token, pattern: re.Pattern[str], labels: tuple[str, ...] = ("DATE", "TIME")) -> bool:
    """Is the word dated by a date or time of its own that the pattern matches ("on the coming Friday",
    "tonight")?"""
    for e in word.sent.ents:
        attached = e.root.head.head if e.root.head.dep_ == "prep" else e.root.head  # "on the coming Friday"
        later = e.start >= 2 and [t.lower_ for t in word.doc[e.start - 2:e.start]] == ["later", "in"]
        text = f"later in {e.text}" if later else e.text  # "later in the week": the tagger's date is "the week"
        if later and attached.lower_ == "later" and attached.dep_ == "advmod":
            attached = attached.head
        if e.label_ in labels and attached.i == word.i and pattern.search(text):
            return True
    return False


#: prepositions that place an act in the time of an event ("during a visit", "at the summit", "ahead of talks");
#: "on" only for a journey ("on a visit"), for "on the negotiations" is what is talked about
_DURING = {"during", "at", "ahead"}


def timed_by(noun: Token) -> Token | None:
    """ "will raise the issue during a visit to Peru", "will sign it on a trip to Lima": the verb whose act the
    event noun times, through its own preposition (not a participle's, which tells a thing already done)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.i == noun.i:
        return None
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head  # "ahead of a visit"
    journey = prep.lower_ == "on" and noun.lemma_.lower() in JOURNEYS
    if prep.dep_ not in ("prep", "advmod") or not (prep.lower_ in _DURING or journey):
        return None
    done = prep.head.tag_ == "VBD" or (prep.head.tag_ == "VBN" and prep.head.dep_ == "acl")  # "a loan agreed": past
    return prep.head if prep.head.pos_ in ("VERB", "AUX") and not done else None


def when_present(verb: Token) -> bool:
    """ "when the minister visits Lima this week": a present tense in a "when" clause tells of a time to come (a
    plan), not of an act done."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.dep_ in ("advcl", "relcl") and any(c.dep_ in ("advmod", "mark") and c.lower_ == "when"
                                                   for c in verb.children)


#: verbs whose subject is "on" the act the noun names: "went on strike", "remained on hunger strike"
_BEING_ON = {"go", "remain", "stay", "come", "be"}


def being_on(prep: Token, verb: Token) -> bool:
    """ "went on strike", "remained on hunger strike", "was on a visit to Moscow": the noun after "on" is the verb's
    subject's own act, as its object would be; not "went back on a pledge" (reneged on it)."""
    return prep.dep_ == "prep" and prep.lower_ == "on" and verb.lemma_.lower() in _BEING_ON \
        and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)


def taking_part(prep: Token, verb: Token) -> bool:
    """ "take part in talks", "participate in talks", "went on strike": the talks are the verb's own act, as its
    object would be."""
    if being_on(prep, verb):
        return True
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
        return False
    lemma = verb.lemma_.lower()
    return lemma in ("participate", "engage", "join") or (
        lemma == "take" and any(c.lower_ == "part" for c in verb.children))


def hedged(tok: Token) -> str | None:
    """ "possibly backed by" is the writer's guess (hypothetical); "have traditionally opposed" a habit, no act
    on a day (not-done); "is about to" a step to come (intent)."""
    if any(c.dep_ == "advmod" and c.lower_ in HEDGES for c in tok.children):
        return "hypothetical"
    if tok.lower_ == "about" and tok.dep_ == "acomp":  # "was about to resign": imminent, not done; "rumours that"
        return "alleged" if tok.head.dep_ == "acl" and tok.head.head.lemma_.lower() in ALLEGATION_NOUNS else "intent"
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL for c in tok.children) or _now_and_then(tok):
        return "not-done"
    if _foreseen_telling(tok):
        return "forecast"
    if tok.lemma_.lower() in _STANCES and (tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") or (
            tok.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children))):
        return "not-done"  # "the deployment is opposed by Damascus", "employees, who oppose the bid": where one stands
    return None


def _foreseen_telling(tok: Token) -> bool:
    """ "is expected to reassure them that X will cut the deficit": what one is foreseen to tell is not yet told
    (the parser may hang the "that" clause on the listener)."""
    said = tok.head.head if tok.dep_ == "acl" and tok.head.pos_ == "NOUN" else tok.head
    return tok.dep_ in ("ccomp", "acl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children) \
        and said.dep_ == "xcomp" and said.head.lemma_.lower() in FORECAST_WORDS


_NOW_AND_THEN = {"often", "frequently", "regularly", "sometimes", "occasionally", "from time to time"}


def _now_and_then(verb: Token) -> bool:
    """ "he talks with the Treasury Secretary from time to time", "talked often with Camdessus", "has clashed with
    them in the past": how often one does a thing, a habit, no act on a day ("regularly" only in the present:
    "regularly met" may tell a series)."""
    every = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if any(c.dep_ == "prep" and c.lower_ == "from" and any(o.lower_ == "time" for o in c.children)
           for c in verb.children):
        every.add("from time to time")
    if any(c.dep_ == "prep" and c.lower_ in ("in", "over") and any(o.lower_ in ("past", "years") and any(
            d.lower_ == "the" for d in o.children) for o in c.children) for c in verb.children):
        every.add("often")  # "has clashed with his leaders in the past", "over the years": times untold
    if verb.tag_ == "VBG" and any(c.dep_ == "prep" and c.lower_ == "for" and any(
            o.lower_ in ("time", "years", "months", "decades") for o in c.children) for c in verb.children):
        every.add("often")  # "have been clamping down for some time": a while, no day
    simple_present = verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    # "have frequently criticised the fund": a habit up to now, as the present tells one
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children)
    return bool(every & (_NOW_AND_THEN | {"repeatedly", "constantly", "persistently"} if simple_present or perfect
                         else {"often", "from time to time"}))


#: present passives of a standing or a rule in force ("is opposed by", "are barred by"; "is backed by" is 050)
_STANCES = {"oppose", "disapprove", "dislike", "resent", "bar", "ban", "prohibit", "forbid", "recognise", "recognize"}


#: what a full clause has and a headline's bare participle lacks: an auxiliary, an object, a complement
_FULL_CLAUSE_DEPS = {"aux", "auxpass", "dobj", "obj", "ccomp", "xcomp", "dative", "agent", "attr", "acomp"}


def headline_passive(trigger: Token) -> bool:
    """ "Opposition leader arrested.", "General sacked": a headline's participle tells what was done to
    the one named, by no one named."""
    sent = trigger.sent
    return trigger.dep_ == "ROOT" and trigger.tag_ in ("VBN", "VBD") and len(sent) <= 12 \
        and trigger.i >= sent.end - 4 and not any(c.dep_ in _FULL_CLAUSE_DEPS for c in trigger.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "by" for c in trigger.children)


#: "are believed to have agreed", "is thought to have met": what others think of an act, not the act told ("was
#: reported to have resigned" tells it)
_HEARSAY_VERBS = {"believe", "think", "understand", "rumour", "rumor", "reckon", "suspect", "feel"}


def hearsay(tok: Token) -> bool:
    gov = tok.head
    if tok.dep_ == "ccomp" and gov.lemma_.lower() == "hear" and any(
            c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in gov.children):
        return True  # "I hear that the ministry is looking into it": what the speaker has heard, not told as fact
    return tok.dep_ == "xcomp" and gov.lemma_.lower() in _HEARSAY_VERBS and any(
        c.dep_ == "auxpass" for c in gov.children)


def in_case(verb: Token) -> bool:
    """ "in case Isis raided the house": a clause of what is feared, which the parser hangs "in case" on as a
    prepositional phrase ("in case of an attack" is a noun's, not a clause's); "in the event that Peru attacks":
    the parser's relative clause on "event"."""
    doc = verb.doc
    if verb.dep_ in ("relcl", "acl") and verb.head.lower_ == "event" and verb.head.head.lower_ == "in" and any(
            c.lower_ == "that" for c in verb.children):
        return True
    for c in verb.children:
        if c.dep_ in ("prep", "mark") and c.lower_ == "in" and c.i < verb.i and c.i + 1 < len(doc) \
                and doc[c.i + 1].lower_ == "case" and not any(k.dep_ == "prep" for k in doc[c.i + 1].children):
            return True
    return False


def onlookers(verb: Token) -> bool:
    """Is ``verb`` a report by a class of onlookers ("analysts said", "oil traders expect"), not an actor's own
    voice?"""
    return verb.lemma_.lower() in REPORTING_VERBS | FORECAST_WORDS and any(c.dep_ == "nsubj" and (
        c.lemma_.lower() in FORECASTERS or (c.lemma_.lower() == "source" and any(  # "trade sources said"
            m.lower_ in ("trade", "industry", "market", "shipping", "grain", "oil") for m in c.children)))
        for c in verb.children)


def perfect_progressive(verb: Token) -> bool:
    """ "have been arguing", "had been pressing": a state that has gone on, no act on a day (ANNOTATION.md)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBG" and "been" in auxes and any(a in ("have", "has", "had", "'ve", "'s", "'d") for a in auxes)


_RISKING = {"risk", "threaten"}


def risked_kind(noun: Token, verb: Token) -> bool:
    """ "A direct clash between them risks a wider war": a kind of act and what it would bring, told in the
    present of a rule, not a clash on a day ("the clash risked a wider war" told one)."""
    return noun.dep_ == "nsubj" and verb.lemma_.lower() in _RISKING and verb.tag_ in ("VBZ", "VBP") \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def stopped_doing(clause: Token, gov: Token) -> bool:
    """ "the pact aims to stop Japan selling chips", "stopped selling arms to Iran", "agreed to hold off imposing
    duties": what is stopped or put off is not done."""
    lemma = gov.lemma_.lower()
    put_off = lemma in _PUTTING_OFF or (lemma in ("hold", "put") and any(
        c.dep_ == "prt" and c.lower_ in ("off", "up", "back") for c in gov.children))
    return clause.tag_ == "VBG" and clause.dep_ in ("ccomp", "xcomp") \
        and (lemma in ENDING_VERBS - {"resolve", "settle", "end"} or put_off)


_PUTTING_OFF = {"postpone", "delay", "defer"}


def held_view(verb: Token) -> bool:
    """ "many lawmakers who blame China for lost jobs": the plural simple present of a relative clause on a group
    tells a view its members hold, not a charge made on a day."""
    return verb.dep_ == "relcl" and verb.tag_ == "VBP" and verb.head.tag_ == "NNS"


def standing_rule(verb: Token) -> bool:
    """ "Bank of England rules prohibit an issuer to ...", "UK law allows Britain to revoke citizenship": what a
    law or rule forbids or allows, told in the present, is a standing rule, no act on a day."""
    ruled = verb.head if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in _ALLOWING else verb
    return ruled.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _RULES for c in ruled.children)


_RULES = {"law", "rule", "regulation", "constitution", "statute", "legislation", "code", "treaty", "charter"}
_ALLOWING = {"allow", "permit", "enable", "empower", "authorise", "authorize", "entitle", "let"}

