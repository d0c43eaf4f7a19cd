"""Words of force, threat and surrender used loosely: "Trump threatens British interests" (endangers them, no
threat made to anyone), "Rice conceded that the policy was self-defeating" (admitted it, no yielding), "would
take control of a corn milling business" and "taking a significant position in a venture" (a takeover and a
stake, no territory seized), "hailstorms killed two people" (no one killed them)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from detente.coder.actor_words import COMPANY_NOUNS, POLICY_THINGS
from detente.coder.detect import Candidate
from detente.coder.market_senses import tender_bids
from detente.coder.modality_words import HOSTILE_VERBS
from detente.coder.warning_senses import foreseen_war

#: what a policy or a person is said to endanger, not whom they threaten
_ENDANGERED = {"interest", "peace", "security", "stability", "future", "livelihood", "job", "economy", "recovery",
               "growth", "health", "safety", "life", "existence", "unity", "survival", "prosperity", "order",
               "environment", "democracy", "freedom", "progress", "credibility", "reputation", "viability",
               # a firm's business and a peace in the making are endangered too: "threatening Glaxo's drug Zantac"
               "drug", "product", "market", "sale", "business", "profit", "earnings", "revenue", "dominance",
               "monopoly", "industry", "sector", "ceasefire", "truce", "process", "deal", "agreement", "talks"}
#: what a firm's control or a stake is taken in
_BUSINESSES = COMPANY_NOUNS | {"venture", "joint venture", "business", "division", "operation", "concern", "stake",
                               "market", "project", "corporation", "holding", "affiliate", "enterprise", "consortium",
                               "syndicate", "cartel", "franchise"}


_PORTIONS = {"many", "some", "most", "all", "much", "part", "several", "few", "none", "each", "one", "two", "three"}


def _has_object(verb: Token, things: set[str] | frozenset[str]) -> bool:
    """Is one of the verb's direct objects one of these things (by lemma), or a portion of them ("many of the
    demands")?"""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    objs += [p for o in objs if o.lower_ in _PORTIONS for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in things for o in objs)


def endangers(trigger: Token) -> bool:
    """ "threatens British interests and international peace": a danger judged, no threat issued."""
    return trigger.lemma_.lower() == "threaten" and _has_object(trigger, _ENDANGERED)


def admitted(trigger: Token) -> bool:
    """ "conceded that it was a self-defeating policy", "as Rice conceded in Cairo": an admission, not a yielding;
    one concedes something (defeat, the point, territory) or to someone."""
    if trigger.lemma_.lower() != "concede":
        return False
    if trigger.dep_ == "csubj" or any(c.dep_ == "ccomp" for c in trigger.children):
        return True  # "the executive conceded a merged airline would be a contender", however the parser hangs it
    return not any(c.dep_ in ("dobj", "obj") or (c.dep_ == "prep" and c.lower_ == "to") for c in trigger.children)


def taken_in_business(trigger: Token) -> bool:
    """ "would take over control of CPC's corn milling division", "taking a significant position in a new
    venture": control or a stake in a firm, no ground seized."""
    for obj in (c for c in trigger.children if c.dep_ in ("dobj", "obj")):
        if obj.lemma_.lower() not in ("control", "position", "stake", "share"):
            continue
        for p in (*obj.children, *trigger.children):  # "taking a position in X": the parser may hang "in" on either
            if p.dep_ == "prep" and p.lower_ in ("of", "in", "over"):
                for pobj in (x for x in p.children if x.dep_ == "pobj"):
                    if pobj.lemma_.lower() in _BUSINESSES or pobj.ent_type_ == "ORG" or any(
                            t.lower_ in ("inc", "corp", "co", "ltd", "plc", "ag", "sa") for t in pobj.subtree):
                        return True
    return False


#: what kills and destroys with no one behind it
_NATURE = {"storm", "hailstorm", "rainstorm", "snowstorm", "thunderstorm", "wind", "gale", "hurricane", "typhoon",
           "cyclone", "tornado", "flood", "flooding", "rain", "downpour", "landslide", "mudslide", "avalanche",
           "earthquake", "quake", "tremor", "tsunami", "drought", "heatwave", "lightning", "hail", "blizzard",
           "wildfire", "eruption", "disease", "epidemic", "outbreak"}


#: what moves in a market: "shares staged a rally", "imports have injured U.S. producers", "purchases displacing"
_MARKET_THINGS = {"share", "stock", "price", "index", "bond", "currency", "dollar", "yen", "import", "export",
                  "purchase", "sale", "demand", "competition", "dumping", "glut", "market", "shipment", "good",
                  "product", "commodity", "subsidy"}
#: what a trade ruling finds "injured" or "hurt": a business, no body
_ECONOMIES = {"industry", "economy", "producer", "manufacturer", "sector", "market", "exporter", "importer", "trade",
              "business", "competitiveness", "profit", "earnings", "sale", "output", "grower", "miner"}


def no_one_did_it(trigger: Token, c: Candidate, doc: Doc) -> bool:
    """Is the subject of the act (or of the verb it is joined to: "killed two and injured 20") a force of nature or
    a market's ("imports have injured U.S. producers"), or is the harm done to a business ("injured the industry")?"""
    subjects = [doc[a.head] for a in c.sources if a.slot == "subject"]
    verb = trigger
    while not subjects and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
        subjects = [x for x in verb.children if x.dep_ == "nsubj"]
    subjects += [k for x in subjects for k in x.children if k.dep_ == "conj"]  # "gales and heavy rain"
    if trigger.lemma_.lower() in ("injure", "hurt", "harm", "damage", "wound", "cripple") and _has_object(
            trigger, _ECONOMIES):
        return True  # "were injuring the U.S. industry": a trade finding, no assault
    return any(w in _NATURE | _MARKET_THINGS for x in subjects
               for w in (x.lemma_.lower(), x.lower_, x.lower_.removesuffix("s")))


_MARKET_WORDS = re.compile(r"\b(wall street|stock market|stock exchange|shares?|stocks?|bourse|index|dow)\b", re.I)


def market_rally(trigger: Token) -> bool:
    """ "Ford staged a strong rally on Wall Street": a share price rising, no crowd gathering."""
    rally = trigger.lemma_.lower() == "rally" or any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "rally" for c in trigger.children)
    return rally and bool(_MARKET_WORDS.search(trigger.sent.text))


#: what measures talks that were held: "ended a six-hour session of talks", "ended two days of talks"
_SPANS_OF_TALKS = {"session", "round", "day", "hour", "week", "month", "year", "meeting"}


def talks_concluded(trigger: Token) -> bool:
    """ "ended a six-hour session of talks": talks held to their end, none broken off (164 is a halt)."""
    return trigger.lemma_.lower() in ("end", "conclude", "wrap", "close", "finish") and _has_object(
        trigger, _SPANS_OF_TALKS)


_RULINGS = {"decision", "ruling", "verdict", "sentence", "conviction", "judgment", "judgement", "order", "finding",
            "merit", "case", "award", "fine", "penalty"}


def appealed_a_ruling(trigger: Token) -> bool:
    """ "to appeal the decision in Canadian courts": a case taken to a higher court, no plea to anyone."""
    return trigger.lemma_.lower() == "appeal" and _has_object(trigger, _RULINGS)


def asked_whether(trigger: Token) -> bool:
    """ "a reporter asked him whether Lima ought to act": a question put, nothing asked for."""
    return any(k.dep_ == "ccomp" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("whether", "if", "why", "how")
                                         and m.i < k.i for m in k.children) for k in trigger.children)



#: what is purged that is no one: "Peru's purge of laws left over from military rule"
_PAPERS = POLICY_THINGS | {"record", "file", "document", "book", "archive", "list", "register", "debt", "asset"}
#: what a state cracks down on that is no one: "a crackdown on bad debts", "on tax evasion"
_MISDEEDS = {"debt", "evasion", "fraud", "smuggling", "piracy", "speeding", "spending", "waste", "inflation",
             "counterfeiting", "dumping", "import", "abuse", "practice", "tax", "crime"}
#: what each word of curbing acts on when it acts on no one: the preposition and the things
_CURBED = {"purge": ("of", _PAPERS), "cleanse": ("of", _PAPERS), "crackdown": ("on", _MISDEEDS),
           "clampdown": ("on", _MISDEEDS)}


def purged_things(trigger: Token) -> bool:
    """ "its purge of laws left over from military rule", "a crackdown on bad debts": rules done away with and
    misdeeds curbed, no one repressed."""
    prep, things = _CURBED.get(trigger.lemma_.lower(), ("", frozenset()))
    return any(p.dep_ == "prep" and p.lower_ == prep and any(  # a headline's capitals hide the lemma: "BAD DEBTS"
        {o.lemma_.lower(), o.lower_, o.lower_.removesuffix("s")} & things for o in p.children)
        for p in (*trigger.children, *(trigger.head.children if trigger.dep_ in ("dobj", "obj") else ())))


#: amnesties that free no one: "a one-off tax amnesty", "a gun amnesty" waive a penalty or take in weapons
_WAIVERS = {"tax", "capital", "fiscal", "debt", "loan", "penalty", "interest", "gun", "weapon", "firearm", "knife"}


def _waiver(trigger: Token) -> bool:
    """ "a one-time tax amnesty for those who hid income abroad": a penalty waived, no one released."""
    amnesties = [t for t in (trigger, *trigger.children) if t.lemma_.lower() == "amnesty"]
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _WAIVERS for t in amnesties for c in t.children)


#: what one fights in court or in politics, not in arms: "vowed to fight the U.S. ruling", "will fight the tariffs"
_MEASURES_FOUGHT = POLICY_THINGS | {"action", "tariff", "duty", "move", "charge", "case", "suit", "lawsuit", "ban",
                                    "sanction", "quota", "tax", "takeover", "bid", "merger", "closure", "extradition",
                                    "deportation", "verdict", "sentence", "conviction", "claim", "allegation",
                                    "sale", "purchase", "acquisition", "deal", "privatisation", "privatization",
                                    # ills a state fights by policy: "to help fight Bolivia's cocaine trade"
                                    "trade", "trafficking", "smuggling", "crime", "corruption", "poverty", "inflation",
                                    "fraud", "piracy", "addiction", "epidemic", "unemployment"}


def _fought_a_measure(trigger: Token) -> bool:
    """ "Canada vows to fight U.S. potash action", "would fight for a tax increase": a measure contested or
    pressed for, no force used or threatened."""
    return trigger.lemma_.lower() in ("fight", "battle", "combat") and (_has_object(trigger, _MEASURES_FOUGHT) or any(
        c.dep_ == "prep" and c.lower_ in ("for", "against") and any(
            p.dep_ == "pobj" and p.lemma_.lower() in _MEASURES_FOUGHT | {"increase", "cut", "rise", "change", "right"}
            for p in c.children) for c in trigger.children))


_THE_PRESS = {"reporter", "journalist", "press", "newsman", "newsmen", "correspondent", "medium", "media", "newspaper"}


def _told_the_press(trigger: Token) -> bool:
    """ "declined to talk to reporters": a statement given or withheld, no meeting with anyone."""
    return trigger.lemma_.lower() in ("talk", "speak") and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(o.lemma_.lower() in _THE_PRESS for o in c.children)
        for c in trigger.children)


#: what a state recognises formally: a state, its government or its claim ("recognised the honesty of the
#: exporters", "recognises the need for reform" acknowledge a quality or a fact)
_RECOGNISED = {"independence", "sovereignty", "statehood", "state", "government", "republic", "annexation", "regime",
               "authority", "legitimacy", "administration", "jurisdiction", "border", "country", "nation", "leader",
               "leadership", "president", "junta", "council", "body", "committee", "entity", "coalition", "opposition",
               "result", "victory", "election", "claim", "union", "front", "movement", "party", "people", "territory"}


def _acknowledged(trigger: Token) -> bool:
    return trigger.lemma_.lower() in ("recognize", "recognise") and any(
        c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN" and c.lemma_.lower() not in _RECOGNISED and not c.ent_type_
        for c in trigger.children)


#: kinds of unit or force that are armed ("tank units", "a task force"); "housing units", "the sales force" are not
_ARMED_KINDS = {"ground", "air", "task", "strike", "combat", "army", "tank", "artillery", "police", "commando",
                "assault", "battle", "reaction", "peacekeeping", "border", "security", "military", "navy", "marine",
                "missile", "infantry", "elite", "guard", "reserve", "attack", "support", "landing", "patrol", "defence",
                "defense", "intervention", "protection", "rescue", "counterterrorism", "naval", "armored", "armoured"}


def _civil_units(trigger: Token) -> bool:
    return any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in ("unit", "force", "division") and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in _ARMED_KINDS for c in o.children)
        for o in trigger.children)


#: what a measure's lessening is called: "a sweeping tariff cut", "duty exemptions", "sanctions relief"
_LESSENINGS = {"cut", "reduction", "exemption", "waiver", "relief", "rebate", "refund", "lowering", "easing", "removal",
               "elimination", "abolition", "suspension", "concession", "lifting", "relaxation", "repeal", "scrapping"}


def _lessened(trigger: Token) -> bool:
    """ "introduced a tariff cut on 1,700 foreign products", "announced the lifting of bans": a measure lessened,
    no sanction imposed."""
    return any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _LESSENINGS and any(
        c.dep_ in ("compound", "amod") or (c.dep_ == "prep" and c.lower_ == "of") for c in o.children)
        for o in trigger.children)


#: what a firm backs when it picks a product, not a side: "Disney backs Sony DVD technology"
_PRODUCTS = {"technology", "format", "standard", "product", "software", "device", "platform", "brand", "gadget",
             "console", "handset", "chip", "player", "disc", "disk"}


def _product_backed(trigger: Token) -> bool:
    return trigger.lemma_.lower() in ("back", "support", "endorse", "embrace", "champion") and _has_object(
        trigger, _PRODUCTS)


#: the markets called exchanges: "Italy's nine other stock exchanges", "the foreign exchange market"
_MARKETS = {"stock", "stocks", "currency", "foreign", "commodity", "commodities", "futures", "metal", "metals",
            "grain", "mercantile", "options", "securities", "bourse"}


def _market_exchange(trigger: Token) -> bool:
    """ "The opening of the stock exchanges has been delayed": a market's hours, no exchange between states."""
    return any(t.lemma_.lower() == "exchange" and any(c.lower_ in _MARKETS for c in t.children)
               for t in trigger.subtree)


def _with_particle(verb: Token) -> list[Token]:
    """The verb's dependents and its particle's ("pulled out of", "cracking down on": the parser may hang the
    preposition on either)."""
    return [*verb.children, *(p for c in verb.children if c.dep_ == "prt" or c.lower_ == "out" for p in c.children)]


def _left_a_business(trigger: Token) -> bool:
    """ "its pullout from the agricultural chemicals business", "withdrew from the venture": a firm leaves a trade,
    no force stands down."""
    return any(p.dep_ == "prep" and p.lower_ in ("from", "of") and any(
        x.dep_ == "pobj" and (x.lemma_.lower() in _BUSINESSES | {"industry", "sector", "trade"}) for x in p.children)
               for p in _with_particle(trigger))


def _gave_up_a_firm_s_post(trigger: Token) -> bool:
    """ "resigned from running its chemicals subsidiary", "stepped down from the joint venture": a post in a
    firm given up, no office of state."""
    for p in _with_particle(trigger):
        if p.dep_ != "prep" or p.lower_ not in ("from", "as"):
            continue
        for x in p.children:
            things = [x, *(o for o in x.children if o.dep_ in ("dobj", "obj"))] if x.dep_ == "pcomp" else [x]
            if any(t.lemma_.lower() in _BUSINESSES or _a_firm_s_board(t) for t in things if t.dep_ != "pcomp"):
                return True
    return False


def _a_firm_s_board(tok: Token) -> bool:
    """ "resigned from its board", "from the company's board": a seat on a firm's board, not the Fed's."""
    return tok.lemma_.lower() == "board" and any(
        c.dep_ == "poss" and (c.lower_ in ("its", "their") or c.lemma_.lower() in _BUSINESSES) for c in tok.children)


#: what harms a trade, not a body: "hurt by a rival's dumping", "injured by unfair trade policies"
_TRADE_HARMS = {"practice", "policy", "measure", "rule", "regulation", "tariff", "import", "export", "dumping",
                "competition", "law", "restriction", "barrier", "subsidy", "price", "quota", "sale"}


def _harmed_by_trade(trigger: Token) -> bool:
    """ "steel makers say they are injured by Taiwan's trade policies": a trade harmed by a policy, no force used."""
    doers = [*(c for c in trigger.children if c.dep_ in ("nsubj", "csubj")),
             *(p for a in trigger.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj")]
    return any(d.lemma_.lower() in _TRADE_HARMS for d in doers)


_POSTS = {"job", "post", "position", "role", "seat", "office", "chairmanship", "presidency", "helm", "portfolio",
          "appointment", "nomination", "chair", "directorship"}


def _asked_onto_a_board(trigger: Token) -> bool:
    """ "invited Fritz Leutwiler to join the Nestle board": a seat offered, an appointment, no appeal."""
    return any(x.dep_ in ("xcomp", "ccomp") and x.lemma_.lower() in ("join", "sit") and any(
        o.lemma_.lower() in _BOARDS for o in x.subtree if o.dep_ in ("dobj", "obj", "pobj")) for x in trigger.children)


_BOARDS = {"board", "boards", "management", "staff", "team", "faculty", "firm", "company"}


def _took_a_post(trigger: Token) -> bool:
    """ "has agreed to take the central bank job": an appointment accepted, no promise to anyone."""
    return any(x.dep_ == "xcomp" and x.lemma_.lower() in ("take", "accept", "assume", "fill") and any(
        o.dep_ in ("dobj", "obj") and (o.lemma_.lower() in _POSTS or any(  # "the Bank of Kenya job subject to ..."
            c.dep_ == "compound" and c.lemma_.lower() in _POSTS for c in o.children)) for o in x.children)
               for x in trigger.children)


#: what an economic crackdown is on: "cracking down on idle estates", "a crackdown on price gouging"
_ECONOMIC_EVILS = {"estate", "latifundio", "land", "price", "speculation", "speculator", "hoarding", "evasion",
                   "smuggling", "import", "export", "dumping", "gouging", "profiteering", "overcharging", "tax",
                   "spending", "waste", "lending", "borrowing", "credit", "trading", "future", "transaction"}


def _economic_crackdown(trigger: Token) -> bool:
    """ "The government is cracking down on idle estates", "the central bank clamped down on bank lending",
    "prohibited trading in bolivar futures": a policy against things, no one repressed."""
    if trigger.lemma_.lower() in ("ban", "prohibit", "forbid", "outlaw", "restrict", "curb", "limit", "suspend"):
        return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _ECONOMIC_EVILS for c in trigger.children)
    return trigger.lemma_.lower() in ("crack", "crackdown", "clampdown", "clamp") and any(
        p.dep_ == "prep" and p.lower_ == "on" and any(x.dep_ == "pobj" and (
            x.lemma_.lower() in _ECONOMIC_EVILS or any(a.dep_ == "amod" and a.lemma_.lower() in _ECONOMIC_EVILS
                                                       for a in x.children)) for x in p.children)
        for p in _with_particle(trigger))


def _money_market(trigger: Token) -> bool:
    """ "the Bank of England's move to lend cash to the discount houses": a central bank's market operation, no aid
    to anyone."""
    return any(t.lemma_.lower() in ("house", "market") and any(c.lower_ in ("discount", "money") for c in t.children)
               for c in trigger.children for t in c.subtree)


#: a market's people a firm speaks to: "cautions U.S. investors that", "urged shareholders to reject the bid"
_MARKET_PEOPLE = {"investor", "client", "customer", "shareholder", "stockholder", "bondholder", "depositor",
                  "policyholder", "subscriber", "trader"}


#: what one "meets" that is no one: "met opposition from Sarney", "met resistance", "met the deadline"
_MET_THINGS = {"opposition", "resistance", "criticism", "objection", "approval", "success", "failure", "deadline",
               "target", "requirement", "demand", "expectation", "condition", "standard", "obligation", "cost", "need",
               "challenge", "scepticism", "skepticism", "hostility", "response", "reception", "fate", "end", "death",
               "share", "shortfall", "payment", "bill", "gap", "deficit", "quota", "commitment", "criterion", "goal"}


def _met_a_thing(trigger: Token) -> bool:
    """ "Sayad's package met opposition from Sarney and Funaro": an encounter with a reaction, no meeting."""
    return trigger.lemma_.lower() == "meet" and _has_object(trigger, _MET_THINGS)


#: what one takes charge of in a post: "will assume responsibility for Australian operations"
_CHARGES_HELD = {"operation", "affair", "division", "unit", "department", "portfolio", "ministry", "region", "sale",
                 "marketing", "management", "business", "subsidiary", "office", "branch", "export", "import",
                 "production", "planning", "policy", "budget", "finance", "administration", "day-to-day"}


def _took_charge(trigger: Token) -> bool:
    """ "will assume responsibility for Australian operations": a post taken up, no claim of a deed (015)."""
    return any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() == "responsibility" and any(
        p.dep_ == "prep" and p.lower_ == "for" and any(x.dep_ == "pobj" and x.lemma_.lower() in _CHARGES_HELD
                                                       for x in p.children) for p in o.children)
               for o in trigger.children)


#: what a war or an attack is waged with: "vowed to wage a guerrilla war", "pledged to launch attacks"
_FORCE_NOUNS = {"war", "attack", "offensive", "assault", "strike", "insurgency", "jihad", "bombing", "campaign"}


def vowed_force(trigger: Token) -> bool:
    """ "vowed to fight a guerrilla campaign against Turkish troops", "swore to attack": force promised to an
    enemy is a threat of force (138), no intent to cooperate."""
    if trigger.lemma_.lower() not in ("vow", "pledge", "promise", "swear", "threaten"):
        return False
    return any(x.dep_ == "xcomp" and (x.lemma_.lower() in HOSTILE_VERBS or _has_object(x, _FORCE_NOUNS))
               for x in trigger.children)


_DISAPPROVING = {"condemn", "criticize", "criticise", "denounce", "censure", "deplore"}


def agreed_to_disapprove(trigger: Token) -> bool:
    """ "all participants agreed to condemn South Africa's apartheid policy": the sides take a stand against the
    target (111), no intent to cooperate with it."""
    return trigger.lemma_.lower() in ("agree", "vow", "pledge", "promise", "decide", "resolve") and any(
        x.dep_ == "xcomp" and x.lemma_.lower() in _DISAPPROVING for x in trigger.children)


#: what measures opinion: what it "shows" is a reading of voters, no one's act
_POLLS = {"poll", "survey", "opinion", "ballot", "study", "research", "canvass"}


def _polled(trigger: Token) -> bool:
    """ "A survey showed backing for the ruling party at 40 pct": voters' opinion measured, no one's act."""
    verb = trigger.head if trigger.dep_ in ("dobj", "obj") else trigger
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _POLLS for c in verb.children)


#: questions one studies, not deeds one investigates: "looking into the issue of smog"
_TOPICS = {"problem", "issue", "question", "possibility", "feasibility", "effect", "impact", "way", "option", "idea",
           "prospect", "implication"}


def _studied_a_topic(trigger: Token) -> bool:
    """ "The ministry is still studying the question of river pollution": a question studied, no inquiry into anyone."""
    return any(x.lemma_.lower() in _TOPICS for p in _with_particle(trigger) if p.dep_ in ("prep", "dobj", "obj")
               for x in (p, *p.children) if x.dep_ in ("pobj", "dobj", "obj"))


def _reviewed_a_policy(trigger: Token) -> bool:
    """ "will make a wide review of its export duties": a state looking again at its own measures, no inquiry into
    anyone."""
    reviews = [n for n in (trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "obj")))
               if n.lemma_.lower() in ("review", "reassessment", "overhaul", "reappraisal")]
    return any(p.lemma_.lower() in _MEASURES for n in reviews for c in n.children
               if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj")


#: a state's own measures, which it reviews as policy ("a review of import tariffs")
_MEASURES = {"tariff", "tax", "duty", "levy", "subsidy", "price", "rate", "spending", "budget", "policy", "law", "rule",
             "regulation", "programme", "program", "quota", "procedure", "system", "strategy"}


_DEBTS = {"debt", "loan", "interest", "principal", "bond", "arrear", "obligation"}


def _debt_moratorium(trigger: Token) -> bool:
    """ "suspended interest payments on its commercial debt", "halted debt payments": a debtor stopping paying
    what it owes, no sanction on anyone (its creditors are seldom named)."""
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in ("payment", "repayment", "servicing") and any(
        w.lemma_.lower() in _DEBTS for w in c.subtree if w is not c) for c in trigger.children)


#: what one hands back that is no ground given up: "surrendered its deposit-taking licence"
_PAPERS = {"licence", "license", "permit", "passport", "charter", "certificate", "franchise", "concession", "stake",
           "share", "right", "title", "seat", "membership"}


def _gave_up_papers(trigger: Token) -> bool:
    return trigger.lemma_.lower() in ("surrender", "relinquish", "cede", "abandon") and _has_object(trigger, _PAPERS)


def of_another_kind(trigger: Token, code: str) -> bool:
    """The words of the act used in another sense: "threatens British interests", "conceded it was
    self-defeating", "to appeal the decision", "take control of a firm", "a tax amnesty", "fight the ruling",
    "talked to reporters", "a purge of laws", "recognised the honesty of the exporters", "build housing units", "a
    tariff cut", "backs Sony DVD technology", "delayed the opening of the stock exchanges", "met opposition",
    "assume responsibility for Australian operations", "a pullout from the chemicals business",
    "injured by unfair trade practices", "agreed to take the job",
    "cracking down on idle estates", "lend cash to the discount houses",
    "cautions investors that", "a survey showed backing for", "studying the question of",
    "suspended interest payments", "surrendered its banking licence", "invited X to join its board",
    "resigned from running its subsidiary", "warned of an impending war", "accepted three bids for export bonuses"."""
    return (code == "130" and endangers(trigger)) or (code[:2] == "08" and admitted(trigger)) or appealed_a_ruling(
        trigger) or (code in ("192", "138") and taken_in_business(trigger)) or (
        code[:3] == "084" and _waiver(trigger)) or (code[:2] in ("13", "18", "19") and _fought_a_measure(trigger)) \
        or (code[:2] in ("04", "12") and _told_the_press(trigger)) \
        or (code[:2] in ("17", "18", "19") and purged_things(trigger)) or (code == "054" and _acknowledged(trigger)) \
        or (code[:2] in ("13", "15") and _civil_units(trigger)) or (code[:2] == "05" and _product_backed(trigger)) \
        or (code[:2] in ("13", "16", "17") and _lessened(trigger)) or (code[:2] == "16" and _market_exchange(trigger)) \
        or (code[:2] in ("03", "04") and _met_a_thing(trigger)) or (code == "015" and _took_charge(trigger)) \
        or ((code[:3] == "087" or code[:2] == "16") and _left_a_business(trigger)) \
        or (code == "0831" and _gave_up_a_firm_s_post(trigger)) or (code == "138" and foreseen_war(trigger)) \
        or (code[:2] == "03" and tender_bids(trigger)) \
        or (code[:2] in ("18", "19", "20") and _harmed_by_trade(trigger)) \
        or (code[:2] == "03" and _took_a_post(trigger)) or (code[:2] == "17" and _economic_crackdown(trigger)) \
        or (code[:2] == "07" and _money_market(trigger)) \
        or (code[:2] in ("01", "02") and _has_object(trigger, _MARKET_PEOPLE)) \
        or (code[:2] == "05" and _polled(trigger)) or (code[:2] == "09" and (
            _studied_a_topic(trigger) or _reviewed_a_policy(trigger))) \
        or (code[:2] == "16" and _debt_moratorium(trigger)) or (code[:3] == "087" and _gave_up_papers(trigger)) \
        or (code[:2] == "02" and _asked_onto_a_board(trigger))
