"""The codebook step: what CAMEO codes for a resolved candidate.

Pure functions of a :class:`~detente.coder.sides.Resolved` candidate and its parse: the frame around the
trigger recodes it (:mod:`detente.coder.modality`: "did not attack" is nothing, "will impose sanctions" a
threat), and the codebook's rules decide which (source, target) pairs are events: no act on oneself, no state
visits by private citizens, target-less events only where the action has no natural target, both directions
for talks and agreements *with* someone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import product

from spacy.tokens import Doc

from detente.coder.arguments import is_passive
from detente.coder.codebook_args import (
    _against_someone,
    _as_allies,
    _described,
    _fought_beside,
    _launched_together,
    _people_unnamed,
    _receiving,
    _setting,
    _someone_or_somewhere,
    _thing_asked_for,
    _thing_object,
)
from detente.coder.codebook_pairs import (
    _borrowed_state,
    _counterparts,
    _courted_or_briefed,
    _in_opposition,
    _its_own_people,
    _official_protest,
    _private_litigation,
    _runs_its_own_firms,
    _said_to_own_forces,
    _sport,
    _state_and_its_government,
    _the_firm_itself,
    _verbal_clash,
    army_hit,
    as_protesters,
    at_home,
    closed_to_trade,
    downed_tools,
    employer_struck,
    protester,
    protesters_repressed,
    respective,
    street_clash,
    talks_concluded,
)
from detente.coder.codebook_words import (
    AGREEING,
    ARMED,
    BILATERAL_ROOTS,
    DOMESTIC_ROOTS,
    DONE_TO_PEOPLE,
    FIGHTERS,
    FIGHTING_VERBS,
    JOINT_SLOTS,
    MUTUAL_CODES,
    PLACE_TARGET_ROOTS,
    PRIVATE_SECTORS,
    RECEIVING_VERBS,
    SAID_ROOTS,
    SHOWN_AS,
    STATE_SECTORS,
    TARGETLESS_CODES,
    TARGETLESS_ROOTS,
    UNARMED_TRADES,
    UNSAID,
    VISIT_CODES,
    VISITING,
)
from detente.coder.detect import Candidate
from detente.coder.halts import halted_by
from detente.coder.market_senses import counted_goods, deal_code, firm_business, firms_agreed
from detente.coder.modality import verb_modality
from detente.coder.modality_marks import (
    cancelled_headline,
    carries_condition,
    forecast_headline,
    foretold_by_onlookers,
)
from detente.coder.noun_modality import halting_modality, noun_modality
from detente.coder.protest_targets import purposes_told
from detente.coder.recode import recode
from detente.coder.senses import VIOLENT_ROOTS, armed, sense_of_actors, sense_of_words
from detente.coder.sides import Resolved
from detente.coder.topics import a_danger, a_standing, under_a_deal
from detente.coder.trigger_marks import (
    announced,
    announced_inquiry,
    asked_question,
    attributive,
    decided,
    term_ends_on_the_calendar,
    there_is,
    told_before,
    travels_since,
)
from detente.coder.unasserted import headline_passive, held_view, standing_rule
from detente.model import Actor

# who states a policy option ("could review its arms purchases"): a state, its institutions, an organisation
_POLICY_SECTORS = STATE_SECTORS | {None, "IGO"}


@dataclass(frozen=True)
class Coded:
    """One event of a sentence, before it becomes an :class:`~detente.model.Event`."""

    source: Actor
    target: Actor | None
    code: str
    candidate: Candidate
    modality: str | None
    confidence: float


_MAX_RECIPROCAL = 3


def is_mutual(code: str) -> bool:
    return code.startswith(MUTUAL_CODES) and not (code.startswith("04") and code not in MUTUAL_CODES)


def modality_of(c: Candidate, doc: Doc) -> str | None:
    """The frame around the trigger: negated, refused, intent, threat, request, or None."""
    if c.frame:
        if foretold_by_onlookers(doc[c.trigger]):
            return "forecast"  # "polls suggest that Iraqis want the US to leave": a finding, no appeal
        if c.modality_host is None:
            return None
        gov = doc[c.modality_host]
        host = gov.head if gov.pos_ == "ADJ" else gov
        if under_a_deal(host):
            return "not-done"  # "under the agreement, Gillette agreed to acquire 51 pct": a term of the deal
        if verb_modality(gov) == "negated" or (gov.pos_ == "ADJ" and verb_modality(gov.head) == "negated"):
            return "negated"
        if (said := verb_modality(gov)) in UNSAID:
            return said  # "is unlikely to want", "denied wanting": the frame itself is not asserted
        if c.code[:2] == "03" and (carries_condition(host) or any(t.dep_ == "mark" and t.lower_ in ("if", "unless")
                                                                  for t in doc[c.trigger].subtree)):
            return "hypothetical"  # "is willing to compromise ... if they back his plan": an offer on a condition
        # "might otherwise have agreed to talk", "if Poland agreed to talk", "may agree to": no promise was made
        return "hypothetical" if verb_modality(host) == "hypothetical" or (
            gov.pos_ == "VERB" and verb_modality(gov) == "option") else None  # not "might be willing to attack"
    trigger = doc[c.trigger]
    if forecast_headline(trigger) or foretold_by_onlookers(trigger):
        return "forecast"
    if cancelled_headline(trigger):
        return "negated"
    if c.nominal and (a_standing(trigger) or a_danger(trigger)):
        return "not-done"  # "has been the main source of aid for China": a standing; "the threat to oil routes
        # from attacks by Iran": a danger, no act
    if not c.nominal and ((c.code[:2] in ("11", "12") and held_view(trigger)) or standing_rule(trigger)):
        return "not-done"  # "lawmakers who blame China": a view held; "rules prohibit ...": a standing rule
    found = noun_modality(trigger) if c.nominal else verb_modality(trigger)
    if found is None and c.code[:3] == "087" and announced(doc[c.trigger_end - 1] if c.nominal else trigger):
        return "intent"  # "announced a troop withdrawal", "the decision to withdraw": a pull-out to come
    if found is None and c.code in ("042", "043") and c.nominal and (announced(trigger) or (
            trigger.dep_ == "pobj" and trigger.head.lower_ == "of"
            and trigger.head.head.lemma_.lower() in ("announcement", "plan", "news"))):
        return "intent"  # "the announcement of his visit to Moscow", "announced a visit": a visit to come (036)
    if found is None and c.code[:2] == "14" and not c.nominal and trigger.dep_ == "xcomp" \
            and trigger.head.lemma_.lower() in ("vote", "ballot"):
        return "intent"  # "bank workers voted to launch a strike this month": a strike called, to come (133)
    return found


def _confidence(r: Resolved, source: Actor, target: Actor | None, modality: str | None) -> float:
    if r.candidate.evidence.startswith("model:"):  # the model's own probability that an act is stated here
        return round(r.candidate.score, 2)
    score = r.candidate.score
    if target is not None:
        score += 0.1
    if source.entry and not source.entry.startswith("context"):
        score += 0.1
    if modality:
        score -= 0.05
    return round(max(0.05, min(score, 0.95)), 2)


def apply(r: Resolved, doc: Doc) -> list[Coded]:
    """What the codebook codes for a resolved candidate: negation and modality recode or drop it; the pairs
    of sources and targets it yields; the filters (no act on oneself, no state visits by private people,
    target-less only where the codebook allows)."""
    c = r.candidate
    modality = modality_of(c, doc)
    if r.target_slot == "condition" and modality not in ("conditional", "threat") and c.code[:2] != "13":
        r = replace(r, targets=(), target_slot=None)  # "will sign if Congress agrees": Congress is not warned
    if c.nominal and c.code[:2] == "04" and (halting := halted_by(doc[c.trigger])) is not None:
        # "A and B broke off their talks": the talks' halt (164) between the talks' parties, in the halt's frame
        c, modality = replace(c, code="164", evidence=f"{c.evidence}:halted"), halting_modality(halting)
    if c.nominal and c.code[:2] in ("03", "11") and halted_by(doc[c.trigger]) is not None:
        return []  # "dropped its takeover bid", "withdrew the offer", "suspended its complaint": taken back
    if modality in ("intent", None) and c.code[:2] == "06" and not c.nominal and doc[c.trigger].dep_ == "xcomp" \
            and (dealt := deal_code(doc[c.trigger].head)):  # "agreed to sell its unit to", "contracted to buy gas"
        c, modality = replace(c, code=dealt, evidence=f"{c.evidence}:agreed"), None
    if modality == "intent" and c.code[:2] == "16" and decided(doc[c.trigger]):
        modality = None  # "decided to break relations with Iran": a state's decision to cut ties is the cut
    # "is to investigate the two carriers": CAMEO has no intent to investigate; the announced inquiry is the event
    inquiry = modality == "intent" and c.code[:2] == "09" and not c.nominal and announced_inquiry(doc[c.trigger])
    if modality == "request":  # "urged X to attack": the request is coded by its own pattern, not the attack
        return []
    if c.code.startswith(VISIT_CODES) and not c.nominal and travels_since(doc[c.trigger]):
        return []  # "has campaigned for children since 2009, travelling to Mali and Niger": trips over years
    if modality == "intent" and c.code.startswith("083") and term_ends_on_the_calendar(doc[c.trigger]):
        return []  # "is due to step down next February": a term's end on the calendar, no intent announced
    if asked_question(doc[c.trigger]):
        return []  # "will Russia hit back when the US launches strikes?": a question asserts no act
    if c.frame and modality in ("negated", "hypothetical", "alleged", "denied", "forecast", "not-done"):
        return []  # "did not agree to", "might have agreed to", "if Poland agreed to talk": no promise made
    code = recode(c.code, None if c.frame or inquiry else modality)
    if code is None or not r.sources:
        return []
    if code == "138" and doc[c.trigger].lemma_.lower() in ("retaliate", "respond", "react"):
        code = "130"  # "threatened to retaliate": in trade as often as in arms; the means are not told
    code = sense_of_words(code, c, bool(r.targets), doc)
    if code is not None and code[:2] == "04" and c.nominal and talks_concluded(doc[c.trigger]):
        code = "057"  # "finalised merger negotiations": agreed
    if code is None or (code[:2] in ("18", "19", "20") and _described(doc[c.trigger])):
        return []
    if not c.nominal and not c.frame and r.source_slot == "subject" and attributive(doc[c.trigger]):
        return []  # "founded by assassinated former president X": a participle before a noun has no subject
    if not c.nominal and not c.frame and r.source_slot == "subject" and len(r.sources) < 2 and not is_mutual(code) \
            and all(a.slot in ("prep:in", "prep:at") for a in c.targets) \
            and not code.startswith(("0831", "14", "133")) and headline_passive(doc[c.trigger]):
        return []  # "Opposition leader arrested.": done to the one named (not "Officials resigned.")
    if c.nominal and c.sources and there_is(doc[c.trigger]) and not any(
            doc[c.trigger].left_edge.i <= a.head <= doc[c.trigger].right_edge.i for a in c.sources):
        return []  # "the court said there was a state of emergency": a state of things, not the court's act
    if c.nominal and doc[c.trigger].dep_ == "appos" and doc[c.trigger].head.pos_ == "PROPN":
        return []  # "United Finance, a joint venture between A and B": what a named body is, no act on a day
    if c.nominal and told_before(doc[c.trigger]):
        return []  # "what happened at those meetings between A and B": an act the article has already told
    if c.nominal and r.source_slot == "modifier" and not r.targets and len(r.sources) < 2:
        return []  # "Palestinian unrest": a description, not a coded act against anyone
    sources = list(r.sources)
    if c.evidence.startswith(("econ.export", "econ.import")) and sources and all(a.sector == "BUS" for a in sources) \
            and r.targets and all(t.sector is None and t.org is None for t in r.targets):
        return []  # "a carmaker exports its models to the U.S.": its market, no state dealt with
    code = downed_tools(code, doc[c.trigger], sources)  # "miners began a strike"
    if code.startswith("143"):
        sources = [as_protesters(code, a) for a in sources]  # "Alitalia pilots began a strike": workers
    # "A and B met" is both directions; a long list acting together is not every pair of its members
    # ... and co-agents acting on something else ("villages seized by Russian and Syrian troops", "launched an
    # offensive against the Kurds") are not each other's targets
    # ... nor are co-agents of an act with a direct object ("A and B blocked the plan"), or of an act "with"
    # someone else ("A and B partnered with Kurdish forces": with each other only when the text says so)
    with_others = any(a.slot == "prep:with" and _someone_or_somewhere(doc[a.head]) for a in c.targets) or (
        not c.nominal and any(p.dep_ == "prep" and p.lower_ == "with" and any(  # ... whom resolution could not place
            x.dep_ == "pobj" and _someone_or_somewhere(x) for x in p.children) for p in doc[c.trigger].children))
    # ... nor are the agents of a passive ("they are said to have been detained by A and B"): it was done to someone
    passive = not c.nominal and is_passive(doc[c.trigger])
    acted_on = with_others or passive or any(a.slot not in JOINT_SLOTS and (
        _someone_or_somewhere(doc[a.head]) or a.slot == "object" or _against_someone(a.slot, doc[a.head])
        or (a.slot == "prep:on" and c.code[:2] in ("18", "19", "20")  # "attacks on shipping by Iran and Iraq"
            and doc[a.head].ent_type_ not in ("DATE", "TIME"))  # not "on Monday"
        or (a.slot == "prep:to" and c.code[:2] in ("05", "07")))  # "gave support to the Commission line"
        for a in c.targets) or _launched_together(c, doc)
    targets = [t for t in r.targets if t.country or t.org]  # "agreed to share intelligence": no one's
    if code[:2] == "02" and r.target_slot == "prep:for" and _thing_asked_for(c, doc):
        targets = []  # "called for a withdrawal from Syria": what is asked for, not who is asked
    if c.code[:2] == "01" and r.target_slot in ("prep:on", "prep:about", "prep:over"):
        targets = []  # "a statement on the future of Macao", "commenting on press reports": the topic, not whom
    if r.target_slot == "prep:with" and code[:2] in ("18", "19") and _fought_beside(doc[c.trigger]):
        targets = []  # "fought with US forces against Islamic State": beside them, not against them
    if code.startswith(("0831", "0341")) and r.target_slot == "prep:as":
        targets = []  # "to stand down as an MP": the post left, not someone it is aimed at
    if code == "016" and r.target_slot == "clause-subject":
        targets = []  # "denied Russia had made the poison": a denial about oneself, aimed at no one named
    if code == "016" and any(x.dep_ in ("xcomp", "advcl") and x.tag_ == "VBG" for x in doc[c.trigger].children):
        return []  # "denies British banks balking at the deal": a report of another's act denied, no one's guilt
    if r.target_slot == "clause-subject" and _receiving(c, doc):
        targets = []  # "urged that the men should receive counselling": who would be given it, not who is asked
    if r.target_slot == "clause-subject" and any(a.slot == "object" for a in c.targets):
        targets = []  # "warned the MPs' committee that binding judges ...": told to the one addressed, if anyone
    if r.target_slot == "hit" or c.evidence == "frame.threaten-to":
        # "withdrew French troops", "deployed its navy", "threatened to send Turkish forces": one's own forces are
        # moved, not hit or threatened
        own = {a.country for a in sources if a.country}
        targets = [t for t in targets if not (t.sector == "MIL" and t.country in own)]
    # "A and B met informants (whom they met)": a meeting with someone else, not with each other
    met_others = any(a.slot == "object" and _someone_or_somewhere(doc[a.head]) for a in c.targets)
    # ... and co-agents who call for, promise or say something together ("Iran and Algeria called for a higher
    # price", "France and Germany vowed to cut their deficits") address no one, least of all each other; nor
    # does an inquiry ("a joint investigation by prosecutors and police") look into its co-investigators
    said_together = (c.code[:2] in SAID_ROOTS and not is_mutual(c.code) and not (
        c.frame and doc[c.trigger].lemma_.lower() in AGREEING)) or code[:2] == "09"
    # ... and those who resign together ("the resignation of its chairman and its director") each resign
    resigned = c.evidence.startswith("yield.resign")
    reciprocal = not targets and 2 <= len(sources) <= _MAX_RECIPROCAL and not with_others and not resigned \
        and not _as_allies(doc[c.trigger]) and not said_together and not (c.nominal and _setting(doc[c.trigger])) and (
        (is_mutual(code) and not met_others) or not acted_on
        or (c.frame and code[:2] in BILATERAL_ROOTS))  # "A and B agreed to ..."
    if c.evidence == "frame.patron" and c.targets:  # "Iranian-backed militias or Isis": the patron backs
        backed = doc[c.targets[0].head]                # the noun it modifies, not what is joined to it
        at = backed.idx - backed.sent.start_char
        targets = [t for t in targets if t.span[0] <= at < t.span[1]]
        # "the US-backed forces" whose state only the sentence lent: a foreign patron's forces there are a militia
        targets = [replace(t, sector="REB", cameo=f"{t.country}REB") if t.sector == "MIL" and t.country
                   and (t.entry or "").startswith("context") and all(a.country != t.country for a in sources)
                   else t for t in targets]
    if c.all_arguments and len({a.code for a in (*sources, *targets)}) > 2:
        # a model tagging a list as both sides ("brokered by Russia, Turkey and Iran"): the agents are not each
        # other's targets; only a pair acts reciprocally
        own = {a.code for a in sources}
        targets = [t for t in targets if t.code not in own]
    if not targets and not reciprocal and code.startswith(DONE_TO_PEOPLE) and _thing_object(r, doc):
        return []  # "charged a fee", "detained a cargo", "beat the odds": the object is a thing, another sense
    fought_there = doc[c.trigger].lemma_.lower() in FIGHTING_VERBS
    if not targets and not reciprocal and c.place_target and not fought_there and (
            c.frame or c.code[:2] in PLACE_TARGET_ROOTS
            or (c.code == "042" and all(a.sector in VISITING for a in sources))):  # "visited the West Bank"
        # A light verb's event noun ("staged demonstrations") counts as the verb's own act.
        noun = doc[c.trigger]  # ... and so does "went on strike"
        domestic = not c.frame and (not c.nominal or noun.dep_ in ("dobj", "obj") or (
            noun.dep_ == "pobj" and noun.head.lower_ == "on"))
        # a labour strike names its employer or no one: "unions launched strikes in New South Wales over new
        # laws" is against no state the text names (ANNOTATION.md: no target invented)
        targets = [] if code.startswith("143") else list(r.place)
        if not targets and domestic and code[:2] in DOMESTIC_ROOTS and r.home is not None and (
                code[:2] != "17" or _people_unnamed(r, doc)) \
                and all(a.country == r.home.country for a in sources) \
                and all(_official_protest(code, a, doc[c.trigger]) == code for a in sources):
            # each co-agent's home is its own; a government's complaint is not at home; airline staff strike
            struck = employer_struck(code, sources, doc[c.trigger])  # against the airlines
            # a protest, strike or riot that names no one it is against has no target (ANNOTATION.md: none
            # invented); coercion of unnamed people at home, or armed men holding ground, is at home
            protest = code[:2] == "14" and not (code.startswith("144") and all(armed(a) for a in sources))
            targets = [struck] if struck else [] if protest else [r.home]
    if code[:2] == "14" and targets and all(t.country and not t.org and not t.sector for t in targets) and all(
            a.sector != "GOV" and a.country in {t.country for t in targets} for a in sources):
        # strikers and marchers at home press their demands on its authorities ("miners struck for more pay",
        # "farmers rallied in Warsaw")
        targets = [replace(t, sector="GOV", cameo=f"{t.country}GOV") for t in targets]
    pairs = list(product(sources, sources) if reciprocal else product(sources, targets or [None]))
    if r.target_slot == "prep:from" and doc[c.trigger].lemma_.lower() in RECEIVING_VERBS \
            and code[:2] != "03":  # "accepted an invitation from X" is the accepter's own intent
        pairs = [(t, s) for s, t in pairs if t is not None]  # "received a phone call from Putin": Putin called
    if r.mutual and not reciprocal and is_mutual(code):
        pairs += [(t, s) for s, t in pairs if t is not None]
    pairs = pairs if reciprocal else respective(pairs, doc[c.trigger])
    code = sense_of_actors(code, sources, targets, [t for _, t in pairs], c.evidence)
    code = closed_to_trade(code, c.evidence, doc[c.trigger], sources)
    code = firms_agreed(code, c.evidence, doc[c.trigger], sources, targets)
    out = []
    for s, t in pairs:
        if s is t or not (s.country or s.org) or (t is not None and not (t.country or t.org)):
            continue
        if code.startswith("0831") and s.sector == "ELI" and s.country and not c.nominal:  # "Poindexter (now a
            s = replace(s, sector="GOV", cameo=f"{s.country}GOV")  # former adviser) resigned his post": held then
        if code.startswith(VISIT_CODES) and (s.sector in PRIVATE_SECTORS | {"RAD"} or (
                s.sector is None and (s.entry or "").startswith(("introduced:", "demonym:")))):
            continue  # citizens or extremists travelling to a country ("Britons travelled to Syria"): no state visit
        two_firms = t is not None and s.sector == t.sector and (  # not "X Co ... its core business": X itself
            (s.sector == "BUS" and s.text.lower() != t.text.lower()
             and not t.text.lower().startswith(("its ", "their "))
             and "context:sentence" not in (s.entry, t.entry))  # neither firm took its state from the other
            or (s.sector == "PTY" and s.name != t.name and all((a.entry or "").startswith("org:") for a in (s, t))))
        if t is not None and t.code is not None and (t.code, t.sector) == (s.code, s.sector) and not two_firms:
            if not code.startswith("0831"):
                continue
            t = None  # "the ruling party resigned from the government": a resignation, from no one else
        if code[:2] == "17" and (s.sector in PRIVATE_SECTORS or ((s.cameo or "").startswith("IGO") and t is None)):
            continue  # "Microsoft is clamping down on pirates", "OPEC agreed to restrict production": only a
            # state represses or coerces its people
        if t is not None and _private_litigation(code, s, t):
            continue  # "Texaco asked the court to review", "the judge denied the firm's motions": court steps
        if (code[:2] == "09" or code.startswith(("0831", "0341"))) and t is None and s.sector in PRIVATE_SECTORS \
                and not (s.sector == "LAB" and "union" in s.text.lower()):
            continue  # "Google was investigating the causes": a firm's own inquiry, no one's affair but its own;
            # "the chief executive resigned" or "will step down": a company's post, no office of state (a union
            # leader's may be)
        if (code[:2] in VIOLENT_ROOTS or (c.code[:2] in VIOLENT_ROOTS and "BUS" in (s.sector, t and t.sector))) and (
                (s.sector in UNARMED_TRADES and (t is None or t.sector not in ARMED))
                or (s.sector == "LAB" and doc[c.trigger].lemma_.lower() == "strike")):
            continue  # a price war, a takeover battle, a union that "struck" a plant: they compete or down tools;
            # and "agreed to take control of Shaw's Supermarkets", "would take control of Soma if" threaten no seizure
        if ("07" in (code[:2], c.code[:2]) or code.startswith("162")) and s.sector == "BUS" and not (
                t is not None and t.sector in ("CVL", "REF")):
            continue  # a firm lending, financing or supplying goods (or cutting its pay funds): trade, not aid
        if s.sector == "BUS" and counted_goods(doc[c.trigger], code):
            continue  # "its subsidiary bought 2.55 mln shares from the family", "importers bought 95,000 tonnes of
            # soybeans from China": a firm's purchase on the market, no economic cooperation between actors
        if c.evidence == "yield.grant_waiver" and (s.sector in PRIVATE_SECTORS or (
                t is not None and t.sector in PRIVATE_SECTORS and t.country == s.country)):
            continue  # "its unit granted a licence to Video Superstore", "issued import licences to traders":
            # commerce and a state's own licensing, no sanctions eased
        if t is not None and _said_to_own_forces(code, s, t):
            continue  # "Trump says the troops must leave", "decided to keep troops in Syria": orders, not appeals
        if t is not None and (_runs_its_own_firms(s, t) or _its_own_people(c.code, s, t) or _the_firm_itself(s, t)
                              or firm_business(c.code, s, t, doc[c.trigger])):
            continue  # "cut budget support to its state companies", "train its staff", "asked a bank to advise it"
        if t is not None and t.code == s.code and _state_and_its_government(s, t):
            continue  # "Minsk sanctioned the Belarusian government": the state named is its government
        if t is not None and t.code == s.code and code[:2] in BILATERAL_ROOTS and (
                s.sector is None or t.sector is None or s.sector == t.sector) and not two_firms:
            continue  # a state does not consult or cooperate with itself: "the economies of Russia"
        if t is not None and _courted_or_briefed(code, s, t):
            continue  # "will talk to as many people as possible", "will meet reporters": no dealings between actors
        if modality == "option" and reciprocal:
            continue  # "A and B may yet reach a deal": an outcome foreseen, no one's policy option
        if modality == "option" and s.sector not in _POLICY_SECTORS:
            continue  # "hardliners may cheer him on": a guess about a faction, not a policy option of a state
        # "British Airways is to halt its flights to Riyadh": a firm's announced halt is its decision, no threat
        said = c.code if modality == "intent" and c.code[:2] == "16" and s.sector == "BUS" else code
        said = street_clash(_verbal_clash(_official_protest(said, s, doc[c.trigger]), s, t, doc[c.trigger]), s, t)
        said = at_home(said, s, t)
        # "agreed to resign": the promise of a target-less act is target-less too
        if t is None and said[:2] not in TARGETLESS_ROOTS and not said.startswith(TARGETLESS_CODES) and not (
                said[:2] == "03" and c.code.startswith(TARGETLESS_CODES)):
            continue
        if _sport(doc[c.trigger].sent.text) and s.sector is None and (t is None or t.sector is None):
            continue  # "France beat Germany 2-1": teams named by their country, not states
        if t is not None and _borrowed_state(s, t) and (code[:2] in VIOLENT_ROOTS or s.sector in STATE_SECTORS
                                                         or (code[:2] in ("05", "06", "07") and t.sector in FIGHTERS)):
            # ... and "Turkey armed the rebels": a state backing fighters backs no rebels of its own
            # "Members of Congress criticised Turkey": a state's institution borrowed from its own target
            continue
        if code == "074" and t is not None and t.country == s.country and s.sector not in ARMED:
            continue  # "acted to protect low-income Canadians with tax credits": policy for its own, no protection
        if code[:2] == "08" and t is not None and t.country == s.country and not t.sector and not t.org:
            continue  # "reform of Brazil's laws approved by its Congress": a state yields to no one by reforming
        the_people = t is not None and doc[c.trigger].sent.text[:t.span[0]].lower().rstrip().endswith("the")
        s, t = as_protesters(said, _in_opposition(s)), army_hit(said, protesters_repressed(
            said, _in_opposition(_counterparts(s, t))), s if the_people else None)
        shown = SHOWN_AS.get(modality or "", modality)
        out.append(Coded(s, t, said, c, shown, _confidence(r, s, t, modality)))
    return out


def code_sentence(resolved: list[Resolved], doc: Doc) -> list[Coded]:
    """The events of one sentence, in detection order; a fill-in candidate (an event noun restating its verb,
    a frame around a clause) is coded only where the triggers it yields to coded nothing."""
    out: list[Coded] = []
    coded_at: set[int] = set()
    for r in resolved:
        c = r.candidate
        if c.yields_to & coded_at:
            continue
        got = apply(r, doc)
        if got:
            coded_at.add(c.trigger)
            out.extend(got)
    # "notified Brazil that it was terminating the treaty": the act told is the news, not the telling of it
    out = [c for c in out if not (c.code == "064" and any(x.dep_ == "ccomp" and x.i in coded_at
                                                          for x in doc[c.candidate.trigger].children))]
    out = purposes_told(out, doc)
    marching = {c.source.span for c in out if c.code[:2] == "14" and c.source.sector == "OPP"}  # and demanding
    return [replace(c, source=protester(c.source)) if c.source.span in marching else c for c in out]
