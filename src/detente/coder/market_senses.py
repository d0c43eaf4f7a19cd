"""The market's readings of political words: a trade flow counted over a period, a price arrived at, traders
heartened by news, a board approving a measure, a supply cut by a fire or a glut, a bid for a thing, a sale
agreed, demand met. Business news uses the codebook's verbs in these senses all the time; :mod:`detente.coder.senses`
asks these tests before it reads the words politically.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from detente.coder.actor_words import GOODS_MEASURES, MONEY_WORDS, PERSON_ROLES
from detente.coder.codebook_words import DEAL_NOUNS, SAID_THINGS
from detente.coder.detect import Candidate
from detente.coder.modality import verb_modality
from detente.coder.modality_words import HALTING_VERBS
from detente.coder.unasserted import infinitive
from detente.model import Actor

TRADING = {"export", "import", "sell", "supply", "buy", "ship", "purchase"}
#: what goods and sums are counted in ("40,000 tonnes of cocoa", "sold 300 mln dlrs worth of grain")
_MEASURES = GOODS_MEASURES | {"bag", "ounce", "kilo", "kilogram", "kilogramme", "litre", "liter", "gallon", "carat",
                              "metre", "meter", "cubic", "head", "unit", "pct", "percent", "mln", "billion", "million",
                              "bln", "dlrs", "dollar"}
#: the span a trade statistic sums over: "in calendar 1985", "in the first nine months of 1986", "last year"
_PERIOD = re.compile(r"\b(calendar|fiscal|crop|season|quarter|half|months?|years?|annual|(19|20)\d\d|january|"
                     r"february|march|april|may|june|july|august|september|october|november|december)\b", re.I)
_POINT = re.compile(r"\b(ago|today|yesterday|tomorrow|week|day|monday|tuesday|wednesday|thursday|friday|"
                    r"saturday|sunday|\d{1,2}(st|nd|rd|th)?,?\s+(19|20)\d\d)\b", re.I)
#: a year or a crop year ("1985", "1985/86")
_YEAR = re.compile(r"(19|20)\d\d(/\d\d(\d\d)?)?")
#: a rate: "200,000 tonnes a year", "per day", "annually"
_RATE_UNITS = {"year", "month", "week", "day", "annum", "quarter"}
_RATE_ADVERBS = {"annually", "yearly", "monthly", "weekly", "daily"}


def _a_measured_amount(trigger: Token) -> bool:
    """ "exported 40,000 tonnes of cocoa", "sold 300 mln dlrs worth of grain": goods counted, not a deal named."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    return any(t.like_num and (_measure(t.head) or (t.head.lower_ in _WORTH and any(
        _measure(m) for m in t.head.children if m.dep_ in ("amod", "compound", "nmod", "quantmod"))))
        for o in objects for t in o.subtree)


def counted_goods(trigger: Token, code: str) -> bool:
    """ "bought some 95,000 tonnes of soybeans", "bought 2.55 mln shares from the family": goods or shares counted
    out in one purchase or sale (market business when a firm makes it; a state's purchase stays an act)."""
    verb = trigger.lemma_.lower() if trigger.text.islower() else trigger.lower_.removesuffix("s")  # "BUYS"
    objects = [o for o in trigger.children if o.dep_ in ("dobj", "obj")]
    # the headline's "BUYS 95,000 TONNES SOYBEANS", "bought 1.2 mln common shares" (the count hung on the goods)
    return code == "061" and verb in TRADING and (_a_measured_amount(trigger) or any(
        any(m.like_num for m in o.children) and (o.lemma_.lower() in _PAPERS or any(
            m.dep_ in ("compound", "amod") and _measure(m) for m in o.children)) for o in objects))


_PAPERS = {"share", "stock", "bond", "note", "warrant", "debenture"}


#: "500 mln dlrs worth of goods", "a value of 3 bln dlrs": the amount counts money the goods are worth
_WORTH = {"worth", "value", "amount"}


def _measure(word: Token) -> bool:
    return word.lemma_.lower() in _MEASURES or word.lower_ in _MEASURES


def _own_clause_words(trigger: Token) -> list[Token]:
    """The words of the trigger's clause, without the clauses inside it (another verb's dates are its own)."""
    inner = {t.i for c in trigger.subtree if c.i != trigger.i and (
        c.dep_ in ("ccomp", "advcl", "relcl", "acl") or (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
        for t in c.subtree}
    return [t for t in trigger.subtree if t.i not in inner]


def _over_a_period(trigger: Token) -> bool:
    """The flow is summed over a period ("in calendar 1985", "in the first nine months of 1986", "last year") or
    given at a rate ("a year", "per day", "annually"); a day or a week dates one shipment instead."""
    own = _own_clause_words(trigger)
    for t in own:
        if t.lower_ in _RATE_ADVERBS:
            return True
        if t.lemma_.lower() in _RATE_UNITS and any(c.lower_ in ("a", "an", "per") for c in t.children):
            return True
        if _YEAR.fullmatch(t.text) and t.head.lower_ in ("in", "during", "over", "for", "of", "calendar"):
            return True  # "in 1985/86", which the tagger may not take for a date
    dates = [e for e in trigger.doc.ents if e.label_ == "DATE" and e.root in own]
    return any(_PERIOD.search(e.text) and not _POINT.search(e.text) for e in dates)


def trade_statistic(trigger: Token) -> bool:
    """ "exported 40,000 tonnes of cocoa to France in calendar 1985", "will ship 200,000 tonnes a year to
    Japan": a trade flow counted over a period or at a rate is a statistic, not an act; "bought 50,000 tonnes
    at its tender on Tuesday" is one purchase, an act; what figures show was exported is a statistic too."""
    return trigger.lemma_.lower() in TRADING and (
        (_a_measured_amount(trigger) and _over_a_period(trigger)) or _figures_show(trigger))


_FIGURES = {"figure", "data", "statistic", "breakdown", "number", "record", "total", "estimate"}


def _figures_show(trigger: Token) -> bool:
    """ "customs data showed Bolivia shipped 300 tonnes of tin to Chile": a statistic read off."""
    gov = trigger.head
    if trigger.dep_ != "ccomp" or gov.lemma_.lower() not in ("show", "indicate", "reveal", "suggest"):
        return False
    subjects = [c for c in gov.children if c.dep_ == "nsubj"]
    return any(w.lemma_.lower() in _FIGURES for s in subjects for w in (s, *s.subtree) if w.pos_ == "NOUN")


#: what one arrives at without travelling: an outcome of talks or thought
_REACHED = {"price", "agreement", "deal", "decision", "conclusion", "figure", "settlement", "compromise", "solution",
            "understanding", "consensus", "estimate", "result", "verdict", "accord", "formula", "total"}


def arrived_at_a_thing(trigger: Token) -> bool:
    return any(p.lower_ == "at" and any(o.dep_ == "pobj" and o.lemma_.lower() in _REACHED for o in p.children)
               for p in trigger.children if p.dep_ == "prep")


#: verbs of feeling as much as of urging: "were encouraged by the figures" is heartened, no appeal
_HEARTENING = {"encourage", "hearten", "reassure", "buoy", "embolden"}
#: what hearts people without urging anything: words said and news told
_NEWS = SAID_THINGS | {"news", "data", "figure", "sign", "result", "report", "signal", "progress", "development"}


def heartened(trigger: Token, c: Candidate, doc: Doc) -> bool:
    """ "Traders were encouraged by remarks from the minister": a passive of feeling, or news that heartens,
    with nothing anyone is urged to do ("encouraged Peru to join the talks" is an appeal)."""
    if trigger.lemma_.lower() not in _HEARTENING or any(
            x.dep_ in ("xcomp", "ccomp", "advcl") and infinitive(x) for x in trigger.children):
        return False
    passive = any(x.dep_ in ("nsubjpass", "auxpass") for x in trigger.children)
    return passive or any(doc[a.head].lemma_.lower() in _NEWS for a in c.sources)


def approved_a_measure(trigger: Token) -> bool:
    """ "shareholders voted to approve the transfer of the firm's listing": approving a measure no one named
    owns is a decision taken, not praise (051) of anyone; "approved Chile's plan" is an endorsement of Chile."""
    if trigger.lemma_.lower() != "approve":
        return False
    objects = [o for o in trigger.children if o.dep_ in ("dobj", "obj")]
    return bool(objects) and all(o.pos_ == "NOUN" and o.lemma_.lower() not in PERSON_ROLES
                                 and not any(_names_an_owner(k) for k in o.children) for o in objects)


def _names_an_owner(modifier: Token) -> bool:
    """ "Chile's plan", "the Peruvian bill", "the Zoltra proposal": a modifier naming whose the measure is."""
    return modifier.dep_ == "poss" or (modifier.dep_ in ("amod", "compound", "nmod") and (
        modifier.pos_ == "PROPN" or modifier.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")))


#: accidents and market reasons that cut a flow of goods without anyone sanctioning anyone
_MISHAPS = {"fire", "blaze", "explosion", "quake", "earthquake", "tsunami", "storm", "hurricane", "typhoon",
            "cyclone", "flood", "flooding", "drought", "weather", "outage", "breakdown", "malfunction", "leak",
            "accident", "maintenance", "repair", "shortage", "demand", "price", "glut", "oversupply", "stoppage",
            "damage", "fault", "strike", "walkout", "shutdown", "overhaul", "disruption", "cost",
            # "called off a trip to Chile owing to urgent work at home": a diary, no snub
            "business", "illness", "schedule", "commitment", "engagement"}
#: what makes a strike an attack rather than a walkout
ARMED_STRIKES = {"air", "missile", "drone", "military", "rocket", "airstrike", "nuclear", "preemptive", "pre-emptive"}
#: words that tie a cause to the act: "after a fire", "because of an outage", "due to low demand"
_CAUSE_MARKS = {"after", "because", "following", "due", "owing", "amid", "as", "since", "when"}


def _mishap(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and lemma in _MISHAPS and not (
        lemma == "strike" and any(c.lower_ in ARMED_STRIKES for c in tok.children))


def cut_by_mishap(trigger: Token) -> bool:
    """ "cut gas shipments to Chile after a fire shut a plant", "halted exports because of an outage": a supply
    cut whose stated cause is an accident or the market is no sanction (16x is a political cut)."""
    for c in trigger.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CAUSE_MARKS for m in c.children):
            if any(_mishap(t) for t in c.subtree):
                return True
        elif c.dep_ in ("prep", "advmod", "amod", "acomp") and c.lower_ in _CAUSE_MARKS:
            if any(_mishap(t) for t in c.subtree):
                return True
    return False


def bid_for_a_thing(c: Candidate, doc: Doc) -> bool:
    """An offer or bid "for" a common noun seeks that thing; an offer for a named firm is an offer to buy it."""
    wanted = [doc[a.head] for a in c.targets if a.slot == "prep:for"]
    return not wanted or any(t.pos_ == "NOUN" for t in wanted)


_TRADES = {"buy", "sell", "acquire", "purchase", "merge", "combine", "supply", "lease", "license", "licence", "pay",
           "refinance", "reschedule", "restructure"}


def deal_code(trigger: Token) -> str | None:
    """The code of a sale agreed: "had agreed with an airline the sale of ten planes" and "has contracted to buy"
    conclude an agreement (057); "agreed to buy", "agreed to sell its unit to" are, as ANNOTATION.md codes
    "agreed to establish a body", an agreement to act: economic cooperation promised (0311)."""
    if trigger.lemma_.lower() not in ("agree", "contract") or trigger.tag_ not in ("VBD", "VBN") \
            or _in_principle(trigger):
        return None
    for x in trigger.children:
        if x.dep_ in ("dobj", "obj") and x.lemma_.lower() in _TRADE_NOUNS:
            return "057"
        if x.dep_ == "xcomp" and (x.lemma_.lower() in _TRADES or _taking_over(x) or _bargained(x)):
            return "057" if trigger.lemma_.lower() == "contract" else "0311"
    return None


def _in_principle(verb: Token) -> bool:
    """ "agreed in principle to acquire", "agreed, in principle, to sell", "tentatively agreed to sell": terms
    still to be settled, no deal yet."""
    return any((c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "principle" for p in c.children))
               or (c.dep_ == "advmod" and c.lower_ in _PROVISIONALLY) for c in verb.children)


_PROVISIONALLY = {"tentatively", "provisionally", "preliminarily", "conditionally"}


def _bargained(verb: Token) -> bool:
    """ "agreed to cut its prices in exchange for more volume": what one agreed to do for something in return is a
    bargain struck."""
    return any(t.lower_ in ("exchange", "return") and t.head.lower_ == "in" and t.i + 1 < len(t.doc)
               and t.doc[t.i + 1].lower_ == "for" for t in verb.subtree)


def firms_agreed(code: str, evidence: str, trigger: Token, sources: list[Actor], targets: list[Actor]) -> str:
    """ "Goldstar agreed with Canon to make cameras": firms that have agreed with each other on work to do have
    promised economic cooperation (0311, as ANNOTATION.md codes "agreed to establish a body" an agreement to act,
    not a deal concluded); a state that agrees with another to do something promises it (030)."""
    if code == "030" and evidence.startswith("accord.agree_with") and trigger.tag_ in ("VBD", "VBN") \
            and sources and targets and all(a.sector == "BUS" for a in (*sources, *targets)) \
            and not _in_principle(trigger) and not any(
                c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _BREAKING_OFF for c in trigger.children):
        return "0311"
    return code


#: what firms may agree to that ends dealings rather than makes a deal ("agreed to discontinue negotiations"): the
#: verbs that halt talks, and a few more
_BREAKING_OFF = HALTING_VERBS | {"discontinue", "end", "break"}


def _taking_over(verb: Token) -> bool:
    """ "agreed to take over the firm's units": a purchase, as "agreed to buy" is."""
    return verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)


_TRADE_NOUNS = {"sale", "purchase", "acquisition", "merger", "takeover", "supply", "lease", "price", "terms"}


#: what a firm sells when it sells part of itself
_HOLDINGS = {"subsidiary", "unit", "stake", "share", "company", "firm", "division", "business", "asset",
             "operation", "plant", "interest", "holding", "bank", "insurer", "affiliate", "arm", "branch"}


_CONCLUDING_VERBS = {"sign", "reach", "conclude", "strike", "seal", "clinch", "ink", "finalise", "finalize",
                     "secure", "broker", "approve", "ratify", "agree", "announce", "unveil", "forge", "hammer",
                     "extend", "renew"}
#: what makes a joint venture: forming one is concluding a deal (057)
_FORMING = {"form", "set", "establish", "create", "launch", "sign", "agree", "found"}


def _deciding_verb(noun: Token) -> Token:
    head = noun.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head


def agreement_concluded(noun: Token) -> bool:
    """ "signed a deal", "the accord was ratified", a headline's "Trade deal between Chile and Peru": an agreement
    made, not one talked of or hoped for."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "signed a memorandum of understanding": the memorandum is what was signed
    if noun.dep_ == "ROOT":
        return True
    return noun.dep_ in ("dobj", "obj", "nsubjpass", "conj") and \
        _deciding_verb(noun).lemma_.lower() in _CONCLUDING_VERBS


def deal_content(verb: Token) -> bool:
    """ "signed an agreement to sell 500 cars to Hungary": what a deal just made provides for is the deal."""
    if verb.dep_ != "acl" or verb.head.lemma_.lower() not in DEAL_NOUNS or not agreement_concluded(verb.head) \
            or not infinitive(verb):
        return False
    made = _deciding_verb(verb.head)  # made, not to be made ("will sign an agreement to sell")
    return made.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in made.children)


def signed_for(verb: Token) -> bool:
    """ "signed a memorandum of understanding to boost trade", the purpose hung by the parser on the signing: what
    the deal is for, which the deal noun, coded on its own, already tells."""
    if verb.dep_ != "advcl" or verb.head.pos_ != "VERB" or not infinitive(verb):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in DEAL_NOUNS and agreement_concluded(c)
               for c in verb.head.children)


def venture_formed(noun: Token) -> bool:
    """ "formed a joint venture with Armco", "the venture was set up": a deal concluded between the partners."""
    return noun.lemma_.lower() == "venture" and noun.dep_ in ("dobj", "obj", "nsubjpass") and \
        _deciding_verb(noun).lemma_.lower() in _FORMING


def sold_a_business(trigger: Token) -> bool:
    """ "the sale of its insurance subsidiary was approved by the regulator": a firm sold, not arms."""
    sales = [o for o in trigger.children if o.dep_ in ("dobj", "obj", "nsubjpass") and o.lemma_.lower() == "sale"]
    return any(p.lemma_.lower() in _HOLDINGS and not (p.lemma_.lower() == "arm" and p.lower_ == "arms")
               for o in sales for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj")


#: what an approved "sale of ..." must sell to be an arms sale (062)
_WEAPONS = {"arm", "arms", "weapon", "jet", "fighter", "missile", "tank", "helicopter", "warplane", "warship",
            "frigate", "submarine", "drone", "rifle", "munition", "ammunition", "artillery", "rocket", "bomb", "gun",
            "howitzer", "bomber", "destroyer", "corvette", "interceptor", "launcher", "f-16", "f-35", "f-15"}
_MILITARY = _WEAPONS | {"military", "defence", "defense", "air-defence", "air-defense", "combat", "attack"}


def sold_no_arms(trigger: Token) -> bool:
    """ "approved the sale of a supercomputer to India": what the sale sells is named, and it is no weapon."""
    def of(noun: Token) -> list[Token]:
        return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj"]

    sold = [p for o in trigger.children if o.dep_ in ("dobj", "obj", "nsubjpass") and o.lemma_.lower() == "sale"
            for p in of(o)]
    sold += [q for p in sold if p.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") for q in of(p)]  # "$2 bn of arms"
    return bool(sold) and not any(
        p.lemma_.lower() in _WEAPONS or p.lower_ in _WEAPONS or any(
            m.dep_ in ("compound", "amod", "nmod") and m.lower_ in _MILITARY for m in p.children) for p in sold)


def right_to_trade(trigger: Token) -> bool:
    """ "offer shareholders the right to purchase one share for each 20": an option on shares, no civil right."""
    rights = [o for o in trigger.children if o.dep_ in ("dobj", "obj", "nsubjpass") and o.lemma_.lower() == "right"]
    return any(x.dep_ in ("acl", "relcl") and x.lemma_.lower() in _TRADES | {"subscribe", "convert", "exchange",
                                                                            "redeem"}
               for o in rights for x in o.children)


def market_demand(noun: Token) -> bool:
    """ "meet demand", "meet growing demand for oil": demand without an article or owner is a market's."""
    return noun.lower_ == "demand" and not any(c.dep_ in ("det", "poss") for c in noun.children)


def trade_flow(trigger: Token, code: str) -> bool:
    """ "The company exports its products to Japan", "Brazil is currently exporting ships to Canada": what a state
    or a firm sells as a matter of course, in the present, is a flow of trade, not an act on a day ("is selling
    arms to Iran" is still told as the arming it is)."""
    if trigger.lemma_.lower() not in TRADING:
        return False
    auxes = [x.lower_ for x in trigger.children if x.dep_ in ("aux", "auxpass")]
    return (trigger.tag_ in ("VBZ", "VBP") and not auxes) or (code != "062" and trigger.tag_ == "VBG" and bool(
        auxes) and all(a in ("is", "are", "'s", "'re") for a in auxes))


_GIVING = {"provide", "lend", "give", "grant", "extend", "supply", "finance", "fund", "disburse", "contribute",
           "donate", "send"}


def offer_told(trigger: Token) -> str | None:
    """ "informed Peru that it was prepared to lend": telling one's own offer is the offer (033), and one's own plan
    the plan (030), no briefing."""
    for clause in (x for x in trigger.children if x.dep_ == "ccomp"):
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in clause.children):
            continue  # "informed Peru that Chile was ready to lend": another's offer, reported
        acts = [t for t in clause.subtree if t.pos_ == "VERB" and t.lemma_.lower() in _GIVING]
        for act in acts:
            if verb_modality(act) != "intent":
                continue
            money = any(t.ent_type_ == "MONEY" or t.lower_ in MONEY_WORDS for t in act.subtree)
            return "0331" if money else "033"
        if clause.lemma_.lower() in ("plan", "intend", "aim") and any(c.dep_ == "xcomp" for c in clause.children):
            return "030"  # "informed the government it plans to produce cars there": its plan told
    return None


def priced(trigger: Token) -> bool:
    """ "cut its coal export prices to Japanese mills": a price changed, no trade cut off."""
    return any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() == "price" for o in trigger.children)


def agreed_restraint(trigger: Token) -> bool:
    """ "agreed to hold its own textile exports to Canada down": a limit one has agreed to put on one's
    own trade is cooperation promised to the buyer (0311, as any agreement to act), no sanction on it."""
    return trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() == "agree" and trigger.head.tag_ in ("VBD", "VBN") \
        and any(o.dep_ in ("dobj", "obj") and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in o.children)
                for o in trigger.children)



#: what banks underwrite when they sell it on: an issue of securities, not a cause they fund
_SECURITIES = {"offer", "offering", "issue", "share", "bond", "note", "stock", "flotation", "placement", "placing",
               "debenture", "eurobond", "certificate", "paper", "warrant", "sale", "rights"}


def underwrote_securities(trigger: Token) -> bool:
    """ "The offer is underwritten by 44 banks", "underwrote the bond issue": banks selling securities for a fee, no
    aid (the subject of the first of conjoined verbs is the one "managed and underwritten" share)."""
    if trigger.lemma_.lower() not in ("underwrite", "co-underwrite"):
        return False
    verbs, v = [trigger], trigger
    while v.dep_ in ("conj", "acl", "attr") and len(verbs) < 4:  # "is lead managed ... and underwritten": the
        v = v.head  # parser's chain up to the clause whose subject is the issue
        verbs.append(v)
    verbs += [a for v in verbs for a in v.children if a.dep_ in ("aux", "auxpass")]  # the parser's "is" may
    return any(o.dep_ in ("dobj", "obj", "nsubjpass", "nsubj") and o.lemma_.lower() in _SECURITIES  # hold it
               for v in verbs for o in v.children)


def tender_bids(trigger: Token) -> bool:
    """ "accepted three bids from two exporters for export bonuses", "accepted bonus offers": a tender's bids
    taken up, a programme's business, no promise to anyone (one bid accepted, "accepted the offer", may be)."""
    if trigger.lemma_.lower() != "accept":
        return False
    for o in trigger.children:
        if o.dep_ not in ("dobj", "obj") or o.lemma_.lower() not in ("bid", "offer"):
            continue
        counted = any(c.like_num for c in o.children)
        on = [w for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("on", "for") for w in p.subtree]
        traded = any(c.lemma_.lower() in _TENDERED for c in (*o.subtree, *on))
        if (o.tag_ == "NNS" and (counted or traded)) or (counted and traded):
            return True  # ("accepted one bid from an exporter on a sale of 9,500 tonnes of barley": one of many)
    return False


_TENDERED = {"bonus", "subsidy", "tender", "sale", "tonne", "tonnes", "cargo", "shipment"}


#: what a firm engages another to do for it: a service bought, no political request
_SERVICES = {"advise", "assist", "represent", "evaluate", "manage", "underwrite", "act", "handle", "arrange"}


def firm_business(code: str, source: Actor, target: Actor | None, trigger: Token) -> bool:
    """ "has asked Oppenheimer and Co to assist it in evaluating the offer": a firm hiring an adviser buys a
    service, commerce the gold leaves out, no appeal."""
    if source.sector != "BUS" or target is None or target.sector != "BUS" or code[:2] != "02":
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _SERVICES for c in trigger.children)
