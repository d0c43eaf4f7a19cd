"""Negation, intention, threat and refusal: how CAMEO recodes an action that did not (yet) happen.

The codebook does not code "did not attack" as an attack, nor "will impose sanctions" as sanctions: a negated
act is not coded at all (ANNOTATION.md), a refused cooperative act is a rejection (12), a promised one an intent
(03), a promised hostile act a threat (13). The matcher finds the verb; this module reads its grammatical
frame and rewrites the code.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.demands import demanded
from detente.coder.modality_marks import (
    _alleged,
    _awaited,
    _denied_report,
    _future,
    _governors,
    _joined_in,
    _marked,
    _modal,
    _modal_reading,
    _negated,
    _odds_of,
    _possible,
    _possible_outcome,
    _resolve_word,
    _said_thing,
    _sought_by_description,
    called_off,
    carries_condition,
    claimed,
    framing_noun,
    not_had,
    noun_modality_word,
    only_if,
    speech_to_come,
    standing_welcome,
    subjunctive,
    what_a_deal_gives,
)
from detente.coder.modality_words import (
    ALLEGING_VERBS,
    CONDITIONS,
    DEMANDING_VERBS,
    DENYING_VERBS,
    FEARING,
    FORECAST_WORDS,
    FUTURE_AUX,
    HOPING,
    HOSTILE_VERBS,
    HYPOTHETICAL_ADJECTIVES,
    INTENT_NOUNS,
    INTENT_VERBS,
    LEMMA_SLIPS,
    NOT_DONE_PREPS,
    OBLIGATION_NOUNS,
    PERSUADING,
    PLEADING_FOR,
    REFUSAL_VERBS,
    REPORT_NOUNS,
    REPORTING_VERBS,
    REQUEST_NOUNS,
    REQUEST_VERBS,
    SETTLED,
    THREAT_NOUNS,
    THREAT_VERBS,
    UNWILLING,
    WANT_VERBS,
    WEIGHING,
)
from detente.coder.purposes import not_done
from detente.coder.topics import a_text_s_aim, on_paper, under_a_deal
from detente.coder.unasserted import (
    ALLEGATION_NOUNS,
    asked_about,
    banned,
    capability,
    for_to,
    hedged,
    hoped_for,
    impression,
    in_case,
    indirect_question,
    infinitive,
    no_sign_of,
    onlookers,
    planned_present,
    stated_ability,
    when_present,
)
from detente.coder.weighed import a_leaning, weighed

# Words that tell another's stance as one's claim: "claimed the state refuses to help" asserts no refusal
_ALLEGING = {"allege", "claim", "charge", "accuse", "contend"}


def verb_modality(tok: Token, max_depth: int = 4) -> str | None:
    """negated | refused | denied | alleged | not-done | forecast | hypothetical | obligation | option | threat |
    intent | conditional | resolve | request | None for a verbal trigger."""
    found = _conditioned(tok, _frame_modality(tok, max_depth))
    if found is None and (host := _means_of(tok)) is not None:
        found = verb_modality(host, max_depth)  # "will respond by cutting aid", "urged X to move by removing"
    if found is None and tok.dep_ == "advcl" and infinitive(tok) and tok.head.pos_ == "VERB" \
            and (host_found := verb_modality(tok.head, max_depth)) in _UNDONE:
        found = host_found  # "urged X to move by giving subsidies to help farmers": the purpose of a deed not done
    if found is None and _waits_on_a_need(tok):
        found = "hypothetical"
    if found in (None, "intent", "threat", "resolve") and claimed(tok):
        return "alleged"
    if (found in ("intent", "threat") and _sought_by_description(tok)) or (found is None and a_leaning(tok)):
        return "hypothetical"
    return found


def _no_verb_of_its_own(root: Token) -> bool:
    """A headline's subject the parser made its root: a name ("IFC TO INVEST"), or a ticker it took for a verb
    ("LTV <QLTV> TO NEGOTIATE")."""
    doc = root.doc
    ticker = 0 < root.i < len(doc) - 1 and doc[root.i - 1].text == "<" and doc[root.i + 1].text == ">"
    return root.pos_ in ("PROPN", "NOUN") or ticker


def _means_of(tok: Token) -> Token | None:
    """ "respond by cutting aid": the act done "by" or "through" another is done as that one is, no more."""
    prep = tok.head
    if tok.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") and prep.head.i != prep.i \
            and (prep.lower_ in ("by", "through") or (prep.lower_ == "in" and prep.head.lemma_.lower() in _JOINING)):
        return prep.head  # ("would join the US in bombing airbases": the bombing as the joining)
    return None


_JOINING = {"join", "help", "assist", "participate"}
#: the modalities of a deed not done, which its purpose ("to help farmers") shares
_UNDONE = {"request", "hypothetical", "conditional", "option"}


def _waits_on_a_need(tok: Token) -> bool:
    """ "an agreement was needed before Tokyo extended fresh loans", "must be settled before Chile sends troops":
    what waits on something still needed is not done."""
    clause = next((g for g in (tok, *list(_governors(tok))[:2]) if g.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("before", "until") for m in g.children)), None)
    if clause is None:
        return False
    need = clause.head
    return need.lemma_.lower() in ("need", "require") or any(
        c.dep_ == "aux" and c.lower_ in ("must", "should") for c in need.children)


def _conditioned(tok: Token, mod: str | None) -> str | None:
    """The frame's reading under the conditions and possibilities of the clauses that govern the trigger: "would
    welcome a takeover if ...", "if France were to seize Dover", "could seek to have the army attack" are
    imagined, not done; a promised hostile act under a condition ("will retaliate if") is a threat."""
    if mod in SETTLED:
        return mod
    govs = list(_governors(tok))
    if any(_marked(g, CONDITIONS) for g in govs):
        return "hypothetical"  # the trigger is inside an if-clause
    if any(carries_condition(g) for g in (tok, *govs)):
        if mod != "intent" or (any(g.pos_ == "ADJ" and g.lower_ in _READY for g in govs)
                               and any(only_if(g) for g in (tok, *govs))):
            # "will seek to have the army retaliate if ...": no one promised it; "were willing to negotiate, but
            # only if ...": an offer on a condition put to the other side (a plain "if" may be a promise of help
            # against a contingency, which stays a promise)
            return "hypothetical"
        # "would welcome it if": the conditional mood (a warning when hostile); "will meet if": a promise
        return "conditional" if any(_modal(g) == "conditional" for g in (tok, *govs)) else mod
    if any(_possible(g) for g in govs):
        return "hypothetical"
    return mod


def _told_as_going_on(verb: Token) -> bool:
    """A clause in the indicative of what someone is doing or did ("that Iran is delivering missiles", "that the
    rebels shelled the town"), with no modal or future that would make it a consequence foretold."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ in ("VBZ", "VBP", "VBD", "VBG", "VBN") and not any(
        a in FUTURE_AUX | {"can", "must", "to"} for a in auxes) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and (verb.tag_ != "VBN" or bool(auxes))


_OPTIONS = {"option", "alternative", "choice", "possibility", "course"}
_READY = {"willing", "ready", "prepared"}


def _frame_modality(tok: Token, max_depth: int = 4) -> str | None:
    """The frame around a verbal trigger: its own negation, modal and conditions, and the verbs and nouns up
    its clause chain (intent, threat, request, refusal, allegation)."""
    if _negated(tok) or (tok.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off"
                                                               for c in tok.children)):
        return "negated"  # "called off the airstrikes"
    if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ":  # "are hardly likely to attack", "not willing to"
        adj = tok.head
        if _negated(adj) or (adj.head.i != adj.i and _negated(adj.head)) or adj.lower_ in UNWILLING or any(
                c.dep_ == "advmod" and c.lower_ in ("less", "least", "hardly") for c in adj.children):
            return "negated"  # "reluctant to release them", "less willing to link them": not done
        if adj.lower_ in FORECAST_WORDS:
            return "forecast"
    if tok.dep_ == "xcomp" and any(c.lower_ == "yet" for c in tok.head.children) \
            and tok.head.lemma_.lower() in ("have", "be"):
        return "negated"  # "has yet to give a verdict", "is yet to decide"
    if [c.lower_ for c in tok.children if c.dep_ == "aux"] == ["to"] and (tok.dep_ == "ROOT" or (
            tok.dep_ in ("acl", "relcl", "xcomp") and tok.head.dep_ == "ROOT" and _no_verb_of_its_own(tok.head))):
        return "intent"  # a headline's "Japan to help U.S. on defences", "IMF, BANKS, TO ASSIST ECUADOR": to come
    if _alleged(tok):
        return "alleged"
    if no_sign_of(tok):
        return "negated"
    if tok.dep_ == "pcomp" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in PLEADING_FOR:
        return "request"  # "argued for standing by the Kurds", "called for imposing sanctions": asked, not done
    if tok.dep_ == "pcomp" and tok.head.lower_ in NOT_DONE_PREPS or on_paper(tok) or a_text_s_aim(tok) \
            or under_a_deal(tok):
        return "not-done"  # not a refusal either: nothing is coded; "a resolution on investigating": its topic
    if banned(tok) or what_a_deal_gives(tok) or standing_welcome(tok):
        return "not-done"  # "its ban on diplomats speaking with North Koreans": what is banned is not done
    if tok.dep_ == "csubj" and tok.tag_ == "VBG":
        return "hypothetical"  # "detaining suspects without trial breaks the law": an activity judged, not done
    if (hedge := hedged(tok)) is not None:
        return hedge
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in tok.children) or in_case(tok):
        return "hypothetical"  # "if Russia attacks", "in case Isis raided the house": a condition, not an act
    if _awaited(tok):
        return "hypothetical"  # "would pay as soon as Zambia reached an agreement": a time to come, a condition
    modal = _modal_reading(tok)
    if modal in ("obligation", "hypothetical"):
        return modal
    if _possible_outcome(tok):
        return "hypothetical"
    mod = modal
    cur = tok
    for _ in range(max_depth):
        if (joined := _joined_in(cur)) is not None:
            if _negated(joined):
                return "negated"  # "did not take part in providing the loan"
            cur = joined  # "willing to take part in providing a loan": the loan is as ready as the taking part
            continue
        if (hoping := hoped_for(cur)) is not None:
            if _negated(hoping):
                return "negated"
            mod, cur = "intent", hoping  # "looks forward to working with him": hoped for, as "hopes to work"
            continue
        if impression(cur):
            return "forecast"  # "still seems willing to talk", "appears to have attacked": an impression
        if stated_ability(cur) or cur.dep_ == "acomp" and cur.lemma_.lower() in ("able", "free", "allowed") \
                and _modal_reading(cur.head) in ("obligation", "option", "hypothetical", "conditional"):
            return "hypothetical"  # "is able to sell arms": a power held; "judges should be able to": argued for
        if cur.dep_ not in ("xcomp", "ccomp", "acl", "relcl", "advcl", "conj") or cur.head.i == cur.i:
            break
        dep, gov = cur.dep_, cur.head
        if dep == "relcl" and subjunctive(cur):
            return "request"  # "calls from exporters that the state talk to X": asked for, wherever it hangs
        if dep == "relcl" and infinitive(cur):
            dep = "acl"  # "threats to attack": the parser's relative clause is the noun's infinitive
        lemma = LEMMA_SLIPS.get(gov.lower_, gov.lemma_.lower())
        if dep == "xcomp" and lemma == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _OPTIONS
                                                     for c in gov.children):
            return "option"  # "other U.S. options would be to retaliate": a course weighed, not taken
        if dep in ("ccomp", "advcl") and lemma in ("be", "high", "good", "slim") and _odds_of(gov):
            return "forecast"  # "chances are high that the union will strike": a guess at odds
        if dep == "xcomp" and gov.lower_ == "going" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in gov.children):
            return "negated" if _negated(gov) else "intent"  # "is going to impose sanctions": a plan, not yet done
        if dep == "xcomp" and (hedge := hedged(gov)) is not None:
            return hedge  # "usually try to meet": a habit of trying, no meeting on a day
        if dep == "xcomp" and lemma == "hope":
            return "negated" if _negated(gov) else "forecast"  # "hopes to sign the deal in the summer": a wish
        if dep == "xcomp" and lemma in ("try", "attempt") and gov.tag_ in ("VBG", "VBZ", "VBP"):
            return "negated" if _negated(gov) else "intent"  # "is trying to strike a deal": sought, not struck
        if dep == "xcomp" and lemma in ("try", "attempt") and gov.tag_ == "VBD" and cur.lemma_.lower() in (
                "reach", "agree", "sign", "conclude", "strike", "settle", "broker", "arrange"):
            return "negated" if _negated(gov) else "intent"  # "tried to reach an agreement": sought, not struck
        if indirect_question(cur) or capability(cur, gov) or speech_to_come(cur, gov):
            return "hypothetical"
        if dep == "xcomp" and _modal(gov) == "ability":
            return "hypothetical"  # "it can help finance the scheme, an official said": a power it has, no aid given
        if dep == "ccomp" and lemma == "be" and any(
                c.dep_ == "nsubj" and _said_thing(c).lemma_.lower() in ALLEGATION_NOUNS for c in gov.children):
            return "alleged"  # "the traders' feeling was that Poland had asked them": a guess, not a fact
        if dep in ("acl", "relcl", "ccomp") and gov.pos_ == "NOUN" and lemma in ALLEGATION_NOUNS and not _denied_report(
                gov) and not any(c.tag_ in ("WDT", "WP") and c.dep_ != "mark" for c in cur.children):
            return "alleged"  # "accusations they collaborated with X", "the UK claim that the OPCW backed it"
        if dep in ("acl", "relcl", "ccomp") and _denied_report(gov) and (_marked(cur, {"that"}) or (
                lemma in REPORT_NOUNS and not any(c.tag_ in ("WDT", "WP") for c in cur.children))):
            return "denied"  # "denied a report that he planned to appeal", "denied reports it was pulling out"
        if not_done(cur, gov):
            return "not-done"
        if dep == "advcl" and infinitive(cur) and (lemma in REQUEST_VERBS or (
                cur.i > 1 and cur.doc[cur.i - 2].lemma_.lower() in REQUEST_NOUNS)):
            return "request"  # "called for the members to hand over their seats", "the vote to attack X": asked
        if dep == "advcl" and _marked(cur, {"for"}) and (noun := framing_noun(gov)) is not None:
            return noun_modality_word(noun)  # "led calls for the president to step down"
        if dep == "conj" and cur.tag_ == "VB" and gov.tag_ in ("VBD", "VBZ", "VBP") and not any(
                c.dep_ in ("aux", "nsubj") for c in cur.children) and (xcomp := next(
                (c for c in gov.children if c.dep_ == "xcomp" and infinitive(c) and c.i < cur.i), None)) is not None:
            cur = xcomp  # "hoped to blend in, and eventually leave": the bare verb is the infinitive's conjunct
            continue
        if dep in ("conj", "advcl") and gov.pos_ in ("VERB", "AUX") and not any(
                (c.dep_ in ("aux", "auxpass") and c.lower_ != "to") or c.dep_ in ("nsubj", "nsubjpass")
                for c in cur.children):
            # "could wage a campaign and go on to fight": the verb shares its governor's modal
            shared = _modal_reading(gov)
            if shared in ("obligation", "hypothetical", "option"):
                return shared
            if shared == "intent":
                mod = "intent"
        if dep == "advcl" and infinitive(cur) and (noun := next((c for c in gov.children if c.dep_ in ("dobj", "obj")
                                                              and c.lemma_ in INTENT_NOUNS | {"pressure"}), None)):
            return "negated" if _negated(gov) else ("request" if noun.lemma_ == "pressure" else "intent")  # "plans to"
        if dep == "conj" or (dep == "advcl" and infinitive(cur)
                             and gov.pos_ in ("VERB", "AUX") and not _negated(gov)):
            cur = gov  # "and go on to fight": the purpose shares what its governor's clause says
            if _negated(gov):
                return "negated"
            continue
        if dep == "advcl" and _negated(gov) and infinitive(cur):
            return "negated"  # "would not risk lives to rescue them": the purpose is not carried out either
        if dep == "acl" and gov.pos_ in ("NOUN", "PROPN"):
            if (unmet := not_had(gov, cur)) is not None:
                return unmet  # "the refusal to order an inquiry", "efforts to obtain a ceasefire"
            if lemma in OBLIGATION_NOUNS and (infinitive(cur) or _marked(cur, {"that"})):
                return "obligation"  # "has a moral obligation to stand down": what ought to be done
            if lemma in THREAT_NOUNS:
                return "threat"
            if _resolve_word(gov):  # "expressed determination to fight on"
                return "resolve"
            if lemma in REQUEST_NOUNS:  # "a U.S. request to interrogate detainees": asked for, not done
                return "request"
            if lemma in INTENT_NOUNS:  # "announced plans to lend"; "plans under discussion to lend": weighed
                return "hypothetical" if weighed(gov) else "intent"
            from detente.coder.noun_modality import noun_modality  # (it reads this module's frames in turn)

            framed = noun_modality(gov)  # "calls for a no-fly zone enforced by France": the zone is asked for
            if framed in ("request", "negated", "hypothetical", "forecast"):
                return framed
            break
        if dep == "ccomp" and mod in ("intent", "option") and onlookers(gov):
            return "forecast"  # "analysts said Japan will import more wheat": a guess, not Japan's stated plan
        if dep == "ccomp" and demanded(cur, gov):
            return "request"  # "demanded that its partners refuse to recognise X": asked for, not done
        if dep in ("xcomp", "ccomp") and lemma in DENYING_VERBS:
            return "denied"  # "denied attacking the convoy": the act is denied, not done
        if dep == "ccomp" and lemma in ALLEGING_VERBS | {"accuse", "allege", "claim"} - {"arrest", "detain"}:
            return "alleged"  # "accused Russia of ...", "alleged that the army had shelled ..."
        if dep == "xcomp" and lemma in PERSUADING and gov.tag_ not in ("VBD", "VBN"):
            return "request"  # "was trying to persuade them to sign a pact": urged on them, not yet done
        if dep in ("xcomp", "ccomp") and lemma in FORECAST_WORDS:
            return "forecast"  # "is expected to announce"
        if dep == "ccomp" and mod == "option" and lemma in ("suggest", "propose", "recommend") and not any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" for c in cur.children):
            return "request"  # "the IRC suggested Britain might take in refugees": put to Britain, not its option
        if dep == "ccomp" and lemma in ("show", "prove", "demonstrate") and infinitive(gov):
            return "hypothetical"  # "figures meant to prove that Seoul had eased its import curbs": a claim
        if dep == "ccomp" and mod == "option" and _guessed_by_others(cur, gov):
            return "forecast"  # "British officials said King Fahd may ask": what another may do, no one's policy
        if dep == "ccomp" and mod == "option" and lemma in FEARING:
            return "forecast"  # "exporters fear China may renounce the contract": a guess, no one's stated option
        if dep == "ccomp" and lemma == "be" and any(
                c.dep_ == "acomp" and c.lower_ in FORECAST_WORDS | HYPOTHETICAL_ADJECTIVES for c in gov.children):
            return "forecast"  # "it is likely that Russia will side with ..."
        if dep == "xcomp" and (noun := framing_noun(gov)) is not None:
            return noun_modality_word(noun)  # "condemned US threats to strike": the parser's xcomp of a noun
        if dep in ("xcomp",) or (dep == "ccomp" and lemma in THREAT_VERBS | INTENT_VERBS):
            if lemma in WEIGHING and gov.pos_ == "VERB":
                return "hypothetical"  # "is considering building a factory in India": an option, not a plan
            if lemma == "risk" and cur.tag_ == "VBG":
                return "hypothetical"  # "now risks decimating the industry": what may come of it, not done
            if lemma in HOPING - {"plan", "intend"} and gov.tag_ == "VBD" and tok.pos_ == "VERB" \
                    and (tok.lemma_.lower() in HOSTILE_VERBS or gov.dep_ in ("ROOT", "conj")):
                # "terrorists wanted to attack the UK", "the fleeing men hoped to leave the camps": a wish the
                # writer tells of them, no threat or promise they made ("said it hoped to sign" tells one)
                return "hypothetical"
            if lemma == "fail" and not _negated(gov):
                return "negated"  # "failed to reach an agreement": no act, and no refusal by anyone
            if lemma in REFUSAL_VERBS:
                if gov.dep_ == "ccomp" and gov.head.lemma_.lower() in DEMANDING_VERBS:
                    return "request"  # "demanded that its partners refuse to recognise X"
                if gov.dep_ == "ccomp" and gov.head.lemma_.lower() in _ALLEGING:
                    return "alleged"  # "claimed the state refuses to cooperate": the claimant's word, not an act
                if _negated(gov) or asked_about(gov):  # "has not ruled out attending", "asked if it had ruled out
                    return "hypothetical" if lemma == "rule" or not _negated(gov) else None  # offering": left open
                return "refused"
            if _negated(gov) or (lemma in INTENT_VERBS and called_off(gov)):
                return "negated"  # "had been scheduled to speak ... but canceled the engagement": not to be
            if lemma == "warn" and dep == "ccomp" and _told_as_going_on(cur):
                cur = gov  # "warned that Iran is delivering missiles to the group": a report of what is done
                continue
            if lemma in THREAT_VERBS:
                return "threat"
            if lemma in REQUEST_VERBS or (lemma in WANT_VERBS and (
                    any(c.dep_ in ("dobj", "obj") for c in gov.children)
                    or any(c.dep_ == "nsubj" for c in cur.children))):
                return "request"  # "urged X to go", "wants X to go": X is asked, nothing is done
            if lemma in ("have", "need") and dep == "xcomp" and infinitive(cur) and not any(
                    c.dep_ in ("dobj", "obj") for c in gov.children):
                return "obligation"  # "Chile has to approve the bill": what must be done, not what is
            if lemma in HOPING and gov.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "'d")
                                                             for c in gov.children):
                return "hypothetical"  # "had wanted to help fund the bid": a wish the story says came to nothing
            if _resolve_word(gov):  # "is determined to disrupt"
                mod = "resolve"
            elif lemma == "continue" and dep == "xcomp":
                break  # "would continue to apply a duty on corn imports": a measure in force goes on, no promise
            elif mod != "resolve" and (lemma in INTENT_VERBS or _future(gov) or lemma == "be"):
                mod = "intent"  # "is to visit", "are to meet"
            cur = gov
            continue
        break
    if mod is None and planned_present(tok):
        return "intent"  # "is travelling to America next week": a trip to come, not made
    if mod is None and when_present(tok):  # "when the minister visits Lima this week": a visit to come
        return "hypothetical" if tok.lemma_.lower() in HOSTILE_VERBS else "intent"
    if mod is None and for_to(tok):
        return "hypothetical"  # "plans now discussed for Chile to lend Peru oil", whatever the parser hangs it on
    return mod


def _guessed_by_others(clause: Token, said: Token) -> bool:
    """ "Officials said Fahd may ask Britain to ...": a named person's possible act told by others is their guess,
    not an option the person put forward ("Fahd said he may ask" is his own)."""
    doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
    return said.lemma_.lower() in REPORTING_VERBS and doer is not None and speaker is not None \
        and doer.ent_type_ == "PERSON" and speaker.pos_ != "PRON" and speaker.ent_type_ != "PERSON"

