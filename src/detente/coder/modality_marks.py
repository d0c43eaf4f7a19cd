"""The marks one word's frame is read by: its negation, its modal, an "if" or "as soon as", an allegation, a noun
that frames it ("threats to strike"), and the verbs whose clauses govern it. Kept apart from
:mod:`detente.coder.modality`, which weighs these marks up the clause chain into one reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.codebook_words import DEAL_MAKING_VERBS, DEAL_NOUNS
from detente.coder.modality_words import (
    ALLEGING_VERBS,
    ATTEMPT_NOUNS,
    DENYING_VERBS,
    FORECAST_WORDS,
    FUTURE_AUX,
    HALTING_VERBS,
    INTENT_NOUNS,
    NEGATING_ADVERBS,
    NEGATING_SUBJECTS,
    REFUSAL_NOUNS,
    REPORTING_VERBS,
    REQUEST_NOUNS,
    RESOLVE_WORDS,
    THREAT_NOUNS,
    THREAT_VERBS,
)
from detente.coder.unasserted import hearsay, infinitive, taking_part


def _negated(tok: Token) -> bool:
    """ "did not", "never", "hardly", "no longer"; and "no country wants to ..." (a negated subject)."""
    for c in tok.children:
        if c.dep_ == "neg" or c.lower_ in NEGATING_ADVERBS or (
                tok.pos_ == "ADJ" and c.dep_ == "advmod" and c.lower_ in ("less", "least")):
            return True  # "less willing to link them": no will to
        if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True
        if c.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in c.children):
            return True  # 'is "absolutely not" negotiating': the parser hangs the quoted "not" on the auxiliary
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in NEGATING_SUBJECTS or any(
                (g.dep_ == "det" and g.lower_ == "no") or (g.lower_ == "neither" and g.i < c.i) for g in c.children)):
            return True  # "no country wants to", "neither Ghana nor Togo attacked"
    return False


def _timetabled(verb: Token) -> bool:
    """ "are due to resume", "are set to resume", "is scheduled to open": a timetable, not an event yet."""
    if verb.lemma_.lower() in ("set", "schedule") and any(c.dep_ == "xcomp" for c in verb.children):
        return True
    return any(c.dep_ == "acomp" and c.lower_ in ("due", "scheduled", "set", "expected") for c in verb.children)


def called_off(verb: Token) -> bool:
    """ "had been scheduled to speak ... but canceled the engagement", "was due to visit but called off the trip":
    a plan the same subject gave up in a verb joined to it."""
    verbs = (verb, verb.head) if verb.dep_ == "acomp" else (verb,)  # "was due to visit": "was"
    return any(c.dep_ == "conj" and (c.lemma_.lower() in HALTING_VERBS or (c.lemma_.lower() == "call" and any(
        g.dep_ == "prt" and g.lower_ == "off" for g in c.children))) for v in verbs for c in v.children)


def forecast_headline(tok: Token) -> bool:
    """ "WORLD BANK LOANS TO CHINA SEEN DOUBLING", "TIN PRICE EXPECTED TO RISE": a wire headline's "seen" is
    "expected", a forecast, whatever the parser makes of its capitals ("SEEN BY" is a passive)."""
    sent = tok.sent
    words = [t.text for t in sent if t.is_alpha]
    return len(words) > 2 and all(w.isupper() for w in words) and any(
        t.text in ("SEEN", "EXPECTED") and t.i + 1 < sent.end and t.nbor().text != "BY" for t in sent)


#: who foresees what others will do, rather than saying what they themselves will do
_ONLOOKERS = {"analyst", "economist", "observer", "expert", "commentator", "forecaster", "report", "press", "newspaper",
              "dealer", "trader", "speculation", "columnist", "pundit"}
_FORESEEING = {"say", "predict", "expect", "believe", "forecast", "suggest", "speculate", "think", "report"}


def foretold_by_onlookers(tok: Token) -> bool:
    """ "Nakasone will step down in October, analysts said", "press reports said Masse will announce aid": what
    onlookers foresee someone will do is their forecast, no intent the actor announced; what polls find people
    want is no appeal."""
    verb = tok
    while verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if _in_signs(verb) or _found_by_polls(verb):
        return True
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children):
        return False
    teller = verb.head
    if verb.dep_ != "ccomp" or teller.lemma_.lower() not in _FORESEEING:
        return False
    return _told_by(teller, _ONLOOKERS)


def _told_by(teller: Token, words: set[str]) -> bool:
    """Is the telling verb's subject one of these words ("analysts said", "polls suggest")?"""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in words for c in teller.children)


#: what measures opinion: "polls suggest that people want the state to ...": a finding, no one's act or appeal
_POLLS = {"poll", "survey", "study", "research", "census", "questionnaire"}


def _found_by_polls(verb: Token) -> bool:
    teller = verb.head
    return verb.dep_ == "ccomp" and _told_by(teller, _POLLS)


#: what "there are ... that X may do" reads the future from
_SIGNS = {"indication", "sign", "hint", "speculation", "expectation", "likelihood", "possibility", "chance", "prospect"}


def _in_signs(verb: Token) -> bool:
    """ "There are signs Manila may yield to the pressure": a guess from signs, no act or option stated."""
    sign = verb.head
    return verb.dep_ in ("acl", "relcl", "ccomp") and sign.lemma_.lower() in _SIGNS \
        and sign.head.lemma_ == "be" and any(c.dep_ == "expl" for c in sign.head.children) \
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


_CALLED_OFF = {"CANCELS", "CANCELLED", "CANCELED", "POSTPONES", "POSTPONED", "SCRAPS", "SCRAPPED", "DELAYS"}


def cancelled_headline(tok: Token) -> bool:
    """ "U.S. TREASURY SECRETARY CANCELS TRIP TO AUSTRALIA": a wire headline's act called off before it, whatever
    the parser makes of the capitals (it takes "CANCELS" for a noun)."""
    words = [t.text for t in tok.sent if t.is_alpha]
    return len(words) > 2 and all(w.isupper() for w in words) and any(
        t.text in _CALLED_OFF for t in tok.sent if t.i < tok.i)


def timetabled_noun(mod: Token) -> bool:
    """ "talks, scheduled for Thursday": a participle that puts its noun on a timetable, to come ("set up" makes)."""
    return (mod.dep_ == "acl" and mod.tag_ == "VBN" and mod.lemma_.lower() in ("schedule", "slate", "plan")
            and not any(c.dep_ == "agent" for c in mod.children))


#: what one will reply or argue: "the Chileans will simply answer that Peru was wrong to shell them"
_REPLYING = {"say", "reply", "respond", "answer", "argue", "retort", "counter", "tell", "insist", "claim", "contend"}


def speech_to_come(clause: Token, gov: Token) -> bool:
    """ "will just reply that X crushed Y", "would argue that": what a speech not yet made will say is asserted by no
    one (a warning, a threat or an announcement to come is coded by its own verb); nor is what one believes another
    did ("believed the Fed placed too many restrictions"; "believes it will sign" is one's own plan)."""
    if clause.dep_ != "ccomp":
        return False
    if gov.lemma_.lower() == "believe":
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in clause.children)
    return gov.lemma_.lower() in _REPLYING and _future(gov)


def not_had(noun: Token, clause: Token) -> str | None:
    """ "the government's refusal to order an inquiry", "gave up plans to visit": none was ordered or made;
    "pursued efforts to obtain a ceasefire": sought, not obtained."""
    if not infinitive(clause):
        return None
    lemma, verb = noun.lemma_.lower(), noun.head
    dropped = noun.dep_ in ("dobj", "obj") and lemma in INTENT_NOUNS and (verb.lemma_.lower() in HALTING_VERBS or (
        verb.lemma_.lower() == "give" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)))
    if lemma in REFUSAL_NOUNS or dropped:
        return "negated"
    return "hypothetical" if lemma in ATTEMPT_NOUNS else None


def _future(tok: Token) -> bool:
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in FUTURE_AUX:
            return True
    return False


def _modal(tok: Token) -> str | None:
    """The modal auxiliary of a verb, as the codebook reads it: "will" is a promise or plan, "could/might/may"
    a possibility, "must/should" an obligation, "would" a condition (or, in reported speech, the future); a
    modal perfect ("might otherwise have agreed", "may have been killed") what might have been."""
    auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
    if "have" in auxes and set(auxes) & {"could", "might", "may", "would", "should", "must", "'d"}:
        return "perfect"
    for c in tok.children:
        if c.dep_ != "aux":
            continue
        low = c.lower_
        if low in ("must", "should", "ought"):
            return "obligation"
        if low in ("could", "might", "may"):
            return "option"
        if low in ("can", "ca"):  # "the court can prosecute them": what one is able to do, not what one does
            return "ability"
        if low in ("would", "'d"):
            return "conditional"
        if low in FUTURE_AUX:
            return "intent"
    return None


def _alleged(tok: Token) -> bool:
    """ "allegedly mounted an attack", "accused Y of attacking Z", "arrested for inciting violence": the act is
    someone's allegation, which the guide does not code."""
    if any(c.lower_ in ("allegedly", "purportedly", "supposedly") for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "conj" and not _own_clause(tok):
        return _alleged(head)  # "accused of planning and encouraging attacks"
    gerund = tok.dep_ == "pcomp" or (tok.dep_ == "pobj" and tok.tag_ == "VBG")  # the parser gives either
    if gerund and head.lower_ in ("of", "for", "with", "over") and \
            _past_place(head.head).lemma_.lower() in ALLEGING_VERBS | {"accusation", "allegation", "charge",
                                                                       "suspicion"}:
        return True
    return hearsay(tok)


def _past_place(tok: Token) -> Token:
    """ "accused in Vilnius of ...", "accused by Minsk of ...": the parser hangs the "of" on the nearest noun;
    the word the phrase belongs to is the verb above it."""
    for _ in range(2):
        if tok.dep_ != "pobj" or tok.head.dep_ not in ("prep", "agent") or tok.head.head.pos_ != "VERB":
            break
        tok = tok.head.head
    return tok


def _modal_reading(verb: Token) -> str | None:
    """The verb's modal as the codebook reads it: "would" is the future in reported speech ("said it would
    attack"), a condition elsewhere; "can" an offer when said, an ability elsewhere. An act told as done before
    or after another ("would leave tomorrow after meeting X this evening") is as much to come as that one."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("after", "before") and verb.head.head.pos_ in ("VERB", "AUX"):
        verb = verb.head.head
        due = verb.head.head if verb.head.dep_ == "acomp" else verb.head  # "is due to meet": "is"
        if verb.dep_ == "xcomp" and _timetabled(due):
            return "intent"  # "is due to meet X before holding talks with Y": the talks are timetabled too
    modal = _modal(verb)
    if modal == "perfect":
        return "hypothetical"
    if modal in ("conditional", "ability"):  # "said it can supply arms": an offer
        reported = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS
        return "intent" if reported else "hypothetical"
    return modal


def _possible_outcome(tok: Token) -> bool:
    """ "could lead to the president reaching a deal", "may end in the army storming the town": a gerund under
    a possibility is an outcome someone imagines, not an act."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "pcomp", "pobj"):
        return False
    cur = tok
    for _ in range(4):
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return _modal_reading(cur) in ("option", "hypothetical")
        if cur.dep_ not in ("pobj", "prep", "dobj") and cur.pos_ != "ADP":
            return False
    return False


def _resolve_word(tok: Token) -> bool:
    """ "determined to", "determination to", "bent on": a resolve the writer reports (a word, not a verb)."""
    return tok.pos_ in ("ADJ", "NOUN") and tok.lower_ in RESOLVE_WORDS | {"determinations"}


def _marked(tok: Token, marks: set[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)


def _own_clause(tok: Token) -> bool:
    """A joined verb with its own subject or auxiliary heads a clause of its own ("X may attack and Y fled")."""
    return any((c.dep_ in ("aux", "auxpass") and c.lower_ != "to") or c.dep_ in ("nsubj", "nsubjpass")
               for c in tok.children)


def _governors(tok: Token, max_depth: int = 6):
    """The verbs and words whose clause the trigger's clause is a complement of: "seek to have the government
    retaliate", "if France were to seize". Relative clauses, participles, subjects and adjuncts ("after
    attacking") describe facts of their own and end the chain."""
    cur = tok
    for _ in range(max_depth):
        head, dep = cur.head, cur.dep_
        if head.i == cur.i:
            return
        to_inf = infinitive(cur)
        if not (dep in ("xcomp", "ccomp") or (dep == "conj" and not _own_clause(cur))
                or (dep in ("advcl", "acl", "relcl") and to_inf) or (dep == "acomp" and cur.pos_ == "ADJ")):
            return  # ("are able to reach": the adjective's copula carries the clause's "if")
        if head.lemma_.lower() in THREAT_VERBS:
            return  # what is threatened is the threat's business
        yield head
        cur = head


def carries_condition(tok: Token) -> bool:
    """ "would welcome it if that helped": the word carries a condition of its own ("..., but only if it
    yields": the parser's conjunct)."""
    return any(c.dep_ in ("advcl", "conj") and _marked(c, {"if", "unless"}) for c in tok.children)


def only_if(tok: Token) -> bool:
    """ "..., but only if it meets their demands": a condition put as the price of the act."""
    return any(c.dep_ in ("advcl", "conj") and _marked(c, {"if", "unless"}) and any(
        m.dep_ == "advmod" and m.lower_ == "only" for m in c.children) for c in tok.children)


def _possible(tok: Token) -> bool:
    """A verb under "may", "might", "could" or a conditional "would", or one only expected ("is expected to
    reassure them that Congress will agree"): what it governs is imagined."""
    if tok.lemma_.lower() in FORECAST_WORDS and tok.pos_ in ("VERB", "ADJ") and tok.dep_ != "xcomp":
        return True
    return tok.pos_ in ("VERB", "AUX") and _modal_reading(tok) in ("option", "hypothetical")


def _awaited(tok: Token) -> bool:
    """ "will release the funds as soon as / once Zambia reaches a deal": what the promise waits for (all of it:
    "once Zambia signs the pact and opens its market")."""
    while tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head
    if tok.dep_ != "advcl" or tok.head.i == tok.i:
        return False
    words = {c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod")}
    gov = tok.head
    if gov.lower_ == "soon" and gov.head.i != gov.i:  # the parser's "as soon" hung on the verb
        words, gov = words | {"soon"}, gov.head
    waiting = {"as", "soon"} <= words or "once" in words or "until" in words
    return waiting and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would", "'d", "could"}
                           for c in gov.children)


_ODDS = {"chance", "likelihood", "probability", "odds", "prospect", "possibility", "risk", "danger"}


def _odds_of(gov: Token) -> bool:
    """ "Chances are high that ...", "the odds are good that ...": the clause is weighed, not told."""
    be = gov.head if gov.pos_ == "ADJ" and gov.head.i != gov.i else gov
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _ODDS for c in be.children)


def _denied_report(noun: Token) -> bool:
    """ "denied reports (that) ...", "dismissed claims ...", "rejected suggestions ...": what the report tells is
    denied by the one it is about."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in DENYING_VERBS


def _joined_in(act: Token) -> Token | None:
    """ "take part in providing a loan", "participate in escorting ships": the verb of taking part whose frame
    the gerund shares (what one is willing to take part in is not yet done)."""
    prep = act.head
    if act.dep_ != "pcomp" or prep.head.i == prep.i or not taking_part(prep, prep.head):
        return None
    return prep.head


FRAMING_NOUNS = THREAT_NOUNS | INTENT_NOUNS | REQUEST_NOUNS
def framing_noun(verb: Token) -> Token | None:
    """ "condemned US threats to launch strikes": the parser often hangs the infinitive on the verb, not on the
    noun that frames it; this is that noun (a threat, plan or request), whose owner acts, if anyone."""
    for c in verb.children:
        if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in FRAMING_NOUNS:
            return c
    return None


def noun_modality_word(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    if lemma in THREAT_NOUNS:
        return "threat"
    if lemma in REQUEST_NOUNS:
        return "request"
    return "intent"


def _sought_by_description(tok: Token) -> bool:
    """ "arguments made by officials seeking to block the sale": what describes someone as trying is no act and
    no promise the sentence tells."""
    gov = tok.head
    return tok.dep_ == "xcomp" and gov.tag_ == "VBG" and gov.dep_ == "acl" and gov.lemma_.lower() in (
        "seek", "try", "attempt", "hope", "want", "aim", "strive", "look")


def _said_thing(subj: Token) -> Token:
    """The noun a quantity of picks out ("some of the rumours", "one report"): what the subject is."""
    if subj.lower_ in ("some", "one", "many", "most", "all", "several", "none"):
        return next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), subj)
    return subj


_MAKING = DEAL_MAKING_VERBS | {"agree"}


def what_a_deal_gives(tok: Token) -> bool:
    """ "signed a contract with IBM, giving IBM licensing rights": the participle tells what the deal just made
    provides, which is the deal (coded once), not a second act."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head.lemma_.lower() not in _MAKING:
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in DEAL_NOUNS for c in tok.head.children)


_STANDING_WELCOMES = {"welcome", "support", "back", "favour", "favor", "praise"}


def standing_welcome(tok: Token) -> bool:
    """ "Hong Kong authorities welcome Japanese banks": a simple present over a bare plural (no article, no
    owner) tells an attitude to a kind of actor, which holds every day; no act on one."""
    if tok.lemma_.lower() not in _STANDING_WELCOMES or tok.tag_ not in ("VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return False
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
    return obj is not None and obj.tag_ == "NNS" and not any(  # "owns or backs 608 companies" too
        c.dep_ in ("det", "poss") for c in obj.children)


def claimed(tok: Token) -> bool:
    """ "The book claims he hosted a dinner where he told X ...": however deep, a claim's (or a reply's to come)."""
    cur = tok
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "ccomp" and (cur.head.lemma_.lower() in ("claim", "allege") and cur.head.pos_ == "VERB"
                                    or speech_to_come(cur, cur.head)):
            return True
        cur = cur.head
    return False


def subjunctive(verb: Token) -> bool:
    """ "calls that the government talk to the IMF", "a demand that it withdraw": a bare verb with its own subject
    after "that" ("the government negotiate", however tagged) is what someone would have done (the mandative
    subjunctive), not what is done."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    bare = verb.tag_ == "VB" or (verb.tag_ == "VBP" and any(s.tag_ in ("NN", "NNP") or s.lower_ in ("he", "she", "it")
                                                         for s in subjects))  # "demands that he resign"
    return bare and bool(subjects) and any(c.lower_ == "that" and c.i < verb.i for c in verb.children) \
        and not any(c.dep_ == "aux" for c in verb.children)


def to_come(verb: Token) -> bool:
    """ "will make proposals (to ease friction) at a meeting": a verb in the future, or an infinitive its
    object's future verb governs."""
    for _ in range(3):
        if _future(verb) and not any(c.lower_ == "would" for c in verb.children):
            return True
        if not infinitive(verb) or verb.dep_ not in ("acl", "xcomp", "advcl"):
            return False
        verb = verb.head.head if verb.head.pos_ == "NOUN" and verb.head.dep_ in ("dobj", "obj") else verb.head
    return False
