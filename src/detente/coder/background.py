"""Acts a sentence tells as background rather than as the day's news: a standing relation kept up until now
("Tehran has backed the rebels"), an act named as another's cause ("in light of Iran's deployment"), a named
actor's deed referred to by a clause about something else, an act told in a past relative clause describing
someone. :mod:`detente.coder.when` leaves such acts undated instead of giving them the publication day."""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.coder.unasserted import infinitive


def clause_verb(trigger: Token) -> Token:
    """The verb whose time an event noun shares ("organised a vigil the day after ...", "wanted for arrest since
    ..."): the verb it is the object of, directly or through a preposition; a verb trigger is its own."""
    head = trigger.head
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        return head
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return trigger


#: "in light of", "because of", "in response to" X's act: what another act answers, told as its cause
_CAUSE = re.compile(r"\b(in light of|because of|in response to|due to|owing to|as a result of|in view of|"
                    r"in (retaliation|reprisal|revenge) for|in protest (at|against|over))$")


def cause_of_another_act(trigger: Token) -> bool:
    """ "The offer was made in light of Iran's deployment of missiles", "sanctions imposed in response to its
    seizure of ships": an act named only as the cause of another was done before it, at a time the text does
    not give (a date of its own, "in response to Tuesday's raid", is read before this)."""
    noun = deed_noun(trigger)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    prep = noun.head
    before = " ".join(t.lower_ for t in noun.doc[max(prep.i - 3, noun.sent.start):prep.i + 1])
    return bool(_CAUSE.search(before))


#: verbs whose present perfect tells a standing relation kept up until now, not the day's news ("Tehran has
#: backed the rebels"); "has imposed sanctions", "has signed the accord" are one-off acts, the report's news
_CONTINUING = {"support", "back", "help", "aid", "assist", "fund", "finance", "arm", "sponsor", "oppose", "resist",
               "shelter", "harbor", "harbour", "protect", "train", "equip", "supply", "occupy", "control",
               "dominate", "shield", "bankroll", "champion"}


#: what one backs or opposes on a day: a stance taken, the news ("has backed the resolution")
_STANCES = {"plan", "proposal", "resolution", "bill", "call", "idea", "initiative", "motion", "bid", "decision",
            "move", "measure", "deal", "agreement", "candidacy", "request", "demand", "statement", "report",
            "amendment", "nomination", "treaty", "accord", "appeal", "vote", "offer", "draft", "package", "text",
            "candidate", "nominee", "referendum", "ceasefire", "truce", "sanction", "sanctions", "veto"}


_FOR_LONG = re.compile(r"^for (the (past|last) )?((\S+|a few|a couple of) )?(years|decades|a long time|long|ages|"
                       r"generations)$")


def continuing_perfect(trigger: Token) -> bool:
    """ "Tehran has supported Kurdish guerrillas", "the militia has been armed by Iran", "has fought them for
    years": a present perfect of a standing relation, or of any act kept up for years, is undated background
    running up to the report, not an act of its day."""
    verb = clause_verb(trigger)
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve")
                                     for c in verb.children):
        return False
    if any(c.dep_ == "prep" and _FOR_LONG.match(" ".join(t.lower_ for t in c.subtree)) for c in verb.children):
        return True  # "has fought them for years"
    if verb.lemma_.lower() not in _CONTINUING or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False  # "has helped broker a truce": the act it helped with is the news
    return not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _STANCES for c in verb.children)


#: verbs that make a deed the news when they govern its noun ("announced his decision", "launched its attack")
_MAKING = {"announce", "unveil", "declare", "make", "take", "sign", "reach", "launch", "begin", "start", "order",
           "confirm", "reveal", "deliver", "issue", "extend", "expand", "step", "intensify", "escalate", "continue",
           "resume", "complete", "finalise", "finalize", "carry", "conduct", "stage", "mount"}


def deed_noun(trigger: Token) -> Token:
    """The noun an infinitive act hangs on ("Trump's decision to withdraw": decision), else the trigger."""
    if trigger.pos_ == "VERB" and trigger.dep_ in ("acl", "xcomp") and trigger.head.pos_ == "NOUN" \
            and infinitive(trigger):
        return trigger.head
    return trigger


def deed_referred_to(trigger: Token) -> bool:
    """ "was responding to Trump's decision to withdraw", "rows over Turkey's incursion into Afrin": a named
    actor's deed, referred to by a past clause that is about something else, was done before that clause; with
    no date of its own it is an undated past, not the day of the report ("Russia's veto ... has angered Britain"
    and "Turkey launched its offensive" keep the report's day)."""
    noun = deed_noun(trigger)
    if noun.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return False  # "Russia's efforts to broker a deal stumbled": what befell the deed is the news
    verb = governing_verb(noun)
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in _MAKING:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBD" or bool(auxes & {"was", "were", "had", "did"})


_DEALS = {"agreement", "accord", "deal", "pact", "treaty", "arrangement", "understanding"}


def term_of_a_deal_told(trigger: Token) -> bool:
    """ "Under the accord, Japan agreed to open its markets", "As part of that agreement, Bonn agreed to cut
    taxes": a term of a deal the story has told of, agreed when the deal was, not on the day of the report."""
    verb = clause_verb(trigger)
    for _ in range(3):
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ not in ("under", "as"):
                continue
            obj = next((o for o in p.children if o.dep_ == "pobj"), None)
            if obj is not None and p.lower_ == "as" and obj.lower_ == "part":  # "as part of that agreement"
                obj = next((o for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                            for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() in _DEALS and any(
                    c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in obj.children):
                return True
        if verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = verb.head
    return False


#: what befalls an act made before ("the offer has expired", "the truce collapsed"); not "failed" or "ended",
#: which tell how a deed of the day went ("the attack failed")
_BEFALLING = {"expire", "lapse", "collapse", "founder", "falter", "unravel", "crumble", "stall", "die"}
_BEFALLING_PHRASES = {("fall", "through"), ("fall", "apart"), ("break", "down"), ("run", "out")}
#: what is done to an act made before, told without its doer ("the offer was withdrawn")
_UNDONE = {"withdraw", "cancel", "scrap", "abandon", "drop", "shelve", "rescind", "revoke", "reject", "retract",
           "annul", "terminate"}
_UNDONE_PHRASES = {("call", "off"), ("turn", "down")}


def befallen(trigger: Token) -> bool:
    """ "Analysts said Siemens's bid for the firm has lapsed", "the truce between them collapsed", "Chile's offer
    of talks was withdrawn": an act named as what something befell was made before, at a time the text does not
    give; the news is what befell it, so the act is undated background, not the day of the report."""
    noun = deed_noun(trigger)
    for _ in range(4):  # "the offer of talks lapsed": the talks are offered, the offer is what lapsed
        if noun.dep_ not in ("pobj", "prep", "compound") or noun.head.i == noun.i:
            break
        noun = noun.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    particles = {(lemma, c.lower_) for c in verb.children if c.dep_ in ("prt", "prep", "advmod")}
    if noun.dep_ == "nsubj":
        return lemma in _BEFALLING or bool(particles & _BEFALLING_PHRASES)
    return lemma in _UNDONE or bool(particles & _UNDONE_PHRASES)


#: participles that describe a standing relation, not a past act ("rebels backed by Turkey")
_STATES = {"back", "support", "fund", "finance", "arm", "lead", "control", "hold", "ally", "sponsor", "train",
           "equip", "aid", "assist", "help", "dominate", "run", "own", "recognise", "recognize", "protect",
           # words said: "criticism voiced by the French minister" is the report's news
           "voice", "express", "make", "issue", "announce", "state", "raise", "level", "echo"}


#: events a participle may describe as they are the news: who called the strike or staged the attack
_NEWS_EVENTS = {"strike", "walkout", "protest", "demonstration", "rally", "march", "boycott", "stoppage",
                "attack", "offensive", "raid", "bombing", "operation", "talks", "meeting", "summit"}


#: what a report is given in, whose content the parser may hang on it as a relative clause
_TELLINGS = {"statement", "communique", "announcement", "release", "letter", "filing", "report", "interview"}


def content_of_a_telling(clause: Token) -> bool:
    """ "said in a statement it had agreed with ...", "an announcement last night that Greece had asked": a clause
    on a statement with no relative word is what the statement said, a report's backshifted news, not a
    description of the statement."""
    return clause.dep_ in ("relcl", "acl") and clause.head.lemma_.lower() in _TELLINGS and not any(
        c.tag_ in ("WP",) or (c.lower_ in ("that", "which") and c.dep_ not in ("mark", "advmod"))
        for c in clause.children)  # "an announcement that Greece had asked": the "that" of what it said


def background_clause(trigger: Token) -> bool:
    """Is the act told in a past relative clause, a description of someone rather than the news ("the US, which
    armed the militias", "militias that had fought with Washington", "Christians who were expelled")? Without a
    date of its own, such a past is undated, not the day of the report. A present or perfect one ("forces that
    are shelling the town", "which has fought for decades") runs up to the report, and one about an event noun
    ("a summit at which he pleaded") or a place the story moves to ("Cairo, where he met Sisi") shares that
    event's time."""
    verb = clause_verb(trigger)
    for _ in range(4):  # "who were targeted, expelled and killed": the first of the joined verbs says
        if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() not in _STATES \
            and any(c.dep_ == "agent" for c in verb.children) and verb.head.lemma_.lower() not in _NEWS_EVENTS:
        # "fighters captured by Kurdish forces": how they came to be where they are; but "the strike, called by
        # leftist unions, was aimed at ...": the event the story is about, called when it is told
        return True
    head = verb.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBD" and head.lemma_ == "be" and head.tag_ == "VBD" and any(
            c.dep_ == "mark" and c.lower_ in ("after", "before") for c in verb.children) and any(
            c.dep_ in ("attr", "acomp") for c in head.children):
        return True  # "Brady was an interim replacement for Williams after Williams resigned": what someone was
    if verb.dep_ != "relcl" or any(c.dep_ == "prep" and any(w.tag_ in ("WDT", "WP") for w in c.children)
                                   for c in verb.children) or content_of_a_telling(verb):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("where", "when", "whereupon") for c in verb.children):
        return False  # "travelled to Cairo, where he met Sisi": the story going on
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"has", "have", "'s", "'ve", "is", "are", "am", "will", "would", "shall", "'ll", "be", "being"}:
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(auxes & {"had", "'d", "was", "were"}))


def background_progressive(trigger: Token) -> bool:
    """ "the SDF, which were fighting Isis near the river": a past progressive relative clause goes on at the
    time of the clause it describes someone in, and with no such time, at no day the text gives."""
    verb = clause_verb(trigger)
    return verb.dep_ == "relcl" and verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)


def governing_verb(tok: Token) -> Token:
    """The verb above a noun ("had been a focal point of clashes": been)."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok
