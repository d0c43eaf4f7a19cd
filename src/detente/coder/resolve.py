"""From a noun phrase in the text to a political actor.

A phrase is its head noun plus modifiers ("Belarusian officials", "Prime Minister of Belarus Roman Golovchenko",
"China's foreign ministry"). The head's own match wins over a modifier's ("the European Union member Lithuania"
is Lithuania); a role word gives the sector and a country or organisation in the phrase, or else the one the
article is about, the code. Pronouns, "the two countries" and places are :mod:`detente.coder.resolver`'s.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.coder.actor_words import (
    AIRCRAFT,
    ALLEGIANCE,
    ANAPHORS_COUNTRY,
    ANAPHORS_ORG,
    BUILDINGS,
    COMPANY_NOUNS,
    FLOWS,
    FORCE_SITES,
    FOREIGN_ROLES,
    HONORIFICS,
    MEMBERS,
    MILITARY_SITES,
    MONEY_WORDS,
    NO_ACTOR_HEADS,
    NOT_POLITICAL_PARTIES,
    OWNED_THINGS,
    QUANTITY_HEADS,
    STATE_BODIES,
    WORD_HEADS,
)
from detente.coder.context import ArticleContext
from detente.coder.federated_places import a_place, federated_state_of, state_in_phrase
from detente.coder.firms import based_in
from detente.coder.names import Match, in_a_calling, is_firm, nearest_name, state_in_firm_name, state_of_title
from detente.coder.no_one_heads import names_no_one
from detente.coder.parties import in_power
from detente.coder.phrase_heads import (
    _abstract,
    _bare_parties,
    _ethnic_matches,
    _held_by,
    _is_patron,
    _owned,
    _owner_sector,
    _someone,
    _title_sector,
    body_sector,
    by_whom,
    central_bank,
    company,
    maker_sector,
    office_before_rank,
    phrase_tokens,
    role_sector,
    us_office,
)
from detente.coder.unplaced import _a_firm_s, _from_context, armed_group_before
from detente.lexicon import Entry, Lexicon
from detente.model import Actor

#: ground someone holds, and the participles that say who: "territory held by Isis", "towns run by the rebels"
#: what a firm's officers are in charge of ("vice president of marketing"); a state's are ministers "of Finance"
_FIRM_FUNCTIONS = {"finance", "marketing", "sale", "sales", "operation", "manufacturing", "engineering",
                   "production", "personnel", "purchasing", "research"}
_OFFICERS = {"president", "director", "manager", "officer"}
_HELD_GROUND = {"territory", "town", "village", "city", "area", "pocket", "enclave", "region", "stronghold",
                "district", "province", "position", "base", "land", "zone", "part", "strip", "neighbourhood",
                "neighborhood", "suburb", "outpost"}
_HOLDING = {"hold", "control", "occupy", "run", "seize", "capture", "take", "besiege"}


#: titles of rank, not of office: in an organisation's name they are the name's ("General Council")
_RANKS = HONORIFICS - {"secretary", "chancellor", "premier"}


def _holder(ground: Token) -> Token | None:
    """Who holds the ground named ("the last pocket of territory held by Isis"): the agent of its participle."""
    if ground.lemma_.lower() not in _HELD_GROUND:
        return None
    grounds = [ground, *(p for c in ground.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in _HELD_GROUND)]
    return next((p for g in grounds for c in g.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and c.lemma_.lower() in _HOLDING for a in c.children if a.dep_ == "agent"
                 for p in a.children if p.dep_ == "pobj"), None)


def _named_body(head: Token, ctx: ArticleContext, lexicon: Lexicon) -> Entry | None:
    """ "The Bank", "the Fund", "the Commission" ("the bank's board"): the last word of an organisation's name,
    alone with "the", means the organisation the article named in full; not a state's ("the government")."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None and (found := _named_body(owner, ctx, lexicon)) is not None:
        return found
    entry = ctx.bodies.get(head.lower_)
    if head.tag_ == "NNS" and head.is_lower:
        return None  # "the nations of the west": many, not "the United Nations"
    if entry is None or head.lower_ in ANAPHORS_COUNTRY or head.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("compound", "amod", "nmod", "poss", "nummod") for c in head.children) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if lexicon.roles.get((head.lemma_.lower(),)) in ("GOV", "MIL", "COP", "JUD", "LEG") and entry.id[:7] != "regime:":
        return None
    return entry


def cameo_code(country: str | None, org: str | None, sector: str | None, entry: Entry | None) -> str | None:
    if entry is not None and entry.kind == "org" and entry.sector == "PTY" and sector in ("REB", "MIL") and country:
        return f"{country}REB"  # "Amal militia", "Hezbollah fighters": a party's armed men are no state's army
    if entry is not None and entry.kind == "org" and entry.country and entry.sector in ("PTY", "LAB", "BUS") \
            and (sector in ("GOV", "LEG") or (sector in ("LAB", "CVL") and entry.sector == "BUS")):
        return f"{country}{sector}"  # "the Labour government" is the state's, not the party's; "Alitalia workers"
    if entry is not None and entry.sector == "IGO" and entry.cameo and sector == "BUS" and "BUS" not in entry.cameo:
        return f"{entry.cameo}BUS"  # "EC business leaders", "EU firms": the bloc's businesspeople, not the bloc
    if entry is not None and entry.cameo and (entry.kind in ("org", "body") or sector in (None, entry.sector)):
        return entry.cameo if entry.kind in ("org", "body") or not sector or not country else f"{country}{sector}"
    if country:
        return f"{country}{sector or ''}"
    return entry.cameo if entry else None


def resolve_phrase(head: Token, sent: Span, matches: dict[int, Match], lexicon: Lexicon,
                   ctx: ArticleContext, stop: Token | None = None, acting: bool = False) -> Actor | None:
    """The actor a noun phrase names, or None when it names no political actor. ``acting``: the phrase is
    the one who does the act (a crisis does nothing, though it may be a state's crisis that one speaks of)."""
    seller = next((c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"), None) \
        if head.lemma_.lower() in ("stake", "holding") and not acting else None
    if seller is not None and (found := resolve_phrase(seller, sent, matches, lexicon, ctx, stop)) is not None:
        return found  # "bought Unisys's stake in Magnetic Peripherals": the deal is with the stake's holder
    if (head.lemma_.lower() in QUANTITY_HEADS or head.pos_ == "NUM") and head.i not in matches:
        inner = next((p for c in head.children if c.dep_ == "prep" and (c.lower_ == "of" or (  # "a stake in X"
            c.lower_ == "in" and head.lemma_.lower() in ("stake", "share", "holding"))) for p in c.children
                      if p.dep_ == "pobj"), None)
        if inner is not None:
            found = resolve_phrase(inner, sent, matches, lexicon, ctx, stop, acting)
            if found is not None or (acting and _abstract(inner, matches)):
                return found  # "50,000 tonnes of Australian wheat would arrive": goods, no one
    if not acting and head.i not in matches and head.lemma_.lower() in OWNED_THINGS and not any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == head.i - 1  # not "the BBC's Today programme"
            for c in head.children):
        # "strikes against the government's austerity program", "criticised the ministry's plan": the owner's
        owner = next((c for c in head.children if c.dep_ == "poss"), None) or by_whom(head)
        if owner is not None and (found := resolve_phrase(owner, sent, matches, lexicon, ctx, stop)) is not None:
            return found
    if not acting and head.i not in matches and (holder := _holder(head)) is not None:
        # "besieging territory held by Isis", "shelled towns controlled by the rebels": the holder is hit
        found = resolve_phrase(holder, sent, matches, lexicon, ctx, stop)
        if found is not None:
            return found
    if head.lower_ == "opposition" and head.i not in matches and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in head.children):
        # "the government's opposition to the tax": a stance taken, whose is its owner's; not the opposition
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        return None if owner is None else resolve_phrase(owner, sent, matches, lexicon, ctx, stop, acting)
    if head.lemma_.lower() in _CHARGES and head.i not in matches:  # "allegations of dumping by Japanese firms"
        agent = next((t for t in head.subtree if t.dep_ == "pobj" and t.head.lower_ == "by" and t.i != head.i), None)
        if agent is not None:
            return resolve_phrase(agent, sent, matches, lexicon, ctx, stop, acting)
    if head.i in matches and money(matches[head.i], head.doc):
        return None  # "a 15 mln U.S. dlr joint venture": a currency, not a side to the venture
    if (acting and in_a_calling(head)) or names_no_one(head, matches, lexicon):
        # "US actor Will Smith thanked Mandela": no one who acts for a state, though one a state may act on
        # ("deported the actress X"); "Peru's allies called on Chile": others; "Washington Public Power": a name
        return None
    toks = phrase_tokens(head, stop)
    state = None if head.i in matches or _someone(head, ctx) else federated_state_of(head, acting)
    if state is None and head.i not in matches and a_place(head):
        return None  # "the West Bank": a place the act happens in, which the codebook reads as such
    if head.lower_ in ("governments", "countries", "states", "nations") and not any(t.i in matches for t in toks) \
            and not any(c.dep_ in ("det", "nummod", "poss") for c in head.children):
        return None  # "with governments taking steps to block their return": governments at large, no one state
    sector, role_start = role_sector(head, lexicon)
    sector = central_bank(head, matches) or sector or maker_sector(head, lexicon, matches) or body_sector(head, toks)
    if sector == "GOV" and head.lemma_.lower() in _OFFICERS and any(
            p.lemma_.lower() in _FIRM_FUNCTIONS for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"):
        sector = "BUS"  # "Raymond Montoya, vice president of finance": a firm's officer
    if sector is None and head.lemma_.lower() in _HEADS_OF:  # "the head of the central bank of Mexico"
        sector = next((central_bank(p, matches) or role_sector(p, lexicon)[0] for c in head.children
                       if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
    if sector is None and head.lemma_.lower() in _PARTS_OF:  # "special forces members", "levels of the royal court"
        sector = next((role_sector(p, lexicon)[0] for p in [
            *(c for c in head.children if c.dep_ == "compound"),
            *(p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
              if p.dep_ == "pobj")]), None)
    if sector is None and head.lemma_.lower() in MILITARY_SITES:
        sector = _force_s_site(head, toks, lexicon)
    if state is not None and sector is None:
        sector = "GOV"  # "US state Texas has sued", "the province of Manitoba": a state acts by its government
    if sector is None and head.i not in matches and head.lemma_.lower() in WORD_HEADS:
        return None  # "Baghdad's term for a tanker": a word someone uses, no one it names
    if sector is None and acting and head.lower_ in FLOWS and head.i not in matches:
        return None  # "Soviet mercury sales threaten to capture the market": goods sold, no seller acting
    if sector is None and _abstract(head, matches) and (acting or not _owned(head, toks, matches)):
        # "competition in the US market", "violence in Iraq": what happens there, no one; "Peru's fuel crisis"
        # does nothing either, though one may speak of it as Peru's ("warned that Peru's economy would suffer")
        return None
    if sector == "JUD" and head.lemma_.lower() in ("lawyer", "attorney", "counsel") and any(
            c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON") for c in head.children):
        return None  # "the MP is consulting his lawyers": someone's own counsel, no court's
    if sector in ("GOV", "LAB", "SPY", "LEG", "JUD") and any(
            t.i < head.i and t.lower_ in ("former", "ex") and t.head.i == head.i for t in toks):
        # "former Cabinet minister Clare Short", "a former intelligence chief": an office once held; "former
        # employees": no longer labour
        sector = "CVL" if sector == "LAB" else "ELI"
    if sector == "PTY" and head.lemma_.lower() == "party" and any(
            t.i < head.i and t.lower_ in NOT_POLITICAL_PARTIES for t in toks):
        return None  # "talks with various parties", "third parties": sides to a deal, not political parties
    if sector == "PTY" and _bare_parties(head, toks, matches):
        return None  # "asked parties to submit comments": those party to a proceeding, not political parties
    if sector is None and head.lemma_.lower() in STATE_BODIES and any(
            t.i < head.i and t.dep_ in ("amod", "compound") and t.lower_ in ("state", "federal") for t in toks):
        sector = "GOV"  # "the state supply body", "a federal agency": an office of the state
    if sector is None and head.lemma_.lower() == "source":  # "British government sources", "military sources"
        sector = next((found for t in toks if t.head.i == head.i and t.dep_ in ("amod", "compound")
                       and (found := role_sector(t, lexicon)[0]) in ("GOV", "MIL", "COP", "LEG", "JUD")), None)
    ethnic = _ethnic_matches(toks, matches)
    if ethnic:  # "ethnic Albanians", "Bosnian Serbs": the people's name is not their state
        matches = {i: m for i, m in matches.items() if m not in ethnic}
        sector = sector or ("CVL" if head.i not in matches else None)
    if sector in (None, "GOV", "MIL"):  # "rebel military officials", "its militia allies", "rebel-held towns":
        # whose side, not which office
        sector = next((ALLEGIANCE[t.lower_] for t in toks if t.i < head.i and t.lower_ in ALLEGIANCE
                       and not (ALLEGIANCE[t.lower_] == "REL" and head.pos_ == "PROPN")), sector)  # not "the
        # Catholic aid agency Cafod", whose title says what it is
        if sector is None and any(t.i < head.i and t.lower_ in lexicon.peoples and _held_by(t) for t in toks):
            sector = "REB"  # "the Kurdish-held town": held by the people's fighters
    head_match = matches.get(head.i)
    if head_match is not None and _another_state_s_namesake(head_match, toks, matches):
        matches = {i: m for i, m in matches.items() if m is not head_match}
        head_match = None  # "the Finnish PTT": a Finnish body of that name, not the Thai firm the lexicon knows
    role_word = head
    if sector is None and head.pos_ == "PROPN" and head.i not in matches and head.ent_type_ != "FAC" \
            and head.lower_ not in BUILDINGS and not company(head):
        # ... but a title inside a building's or a firm's name is part of the name ("Imam Khomeini International
        # Airport", "Brooklyn Union Gas Co")
        # "journalist Khadija Ismayilova", "opposition leader Ana Lopez": a title before a name
        # ... and a person's title in an organisation's name is the name's ("the General Council of the union")
        for c in sorted((c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i not in matches
                         and not (head.ent_type_ in ("ORG", "LAW") and c.lower_ in _RANKS)), key=lambda c: -c.i):
            sector, role_start = role_sector(c, lexicon)
            if sector:
                role_word = c
                break
        if sector == "MIL" and (office := office_before_rank(head, role_word, matches, lexicon)) is not None:
            role_word, (sector, role_start) = office, role_sector(office, lexicon)
    if head_match is None:  # "the executive of a trade union", "a firm's scientists": the body's people
        sector = _owner_sector(head, role_word, sector, toks, matches, lexicon) or sector
    named_body = None if head_match is not None or (sector not in (None, "BUS") and head.lower_ != "regime") \
        else _named_body(head, ctx, lexicon)  # ... and "the regime" after "Assad's regime"
    if named_body is not None:  # "the Bank" after "the World Bank"
        head_match, sector, role_start = Match(head.i, head.i + 1, named_body), None, head.i
    a_firm = sector is None and head_match is None and company(head)
    if a_firm:
        sector, role_start = "BUS", head.i
    entry: Entry | None = None
    if head_match is not None:
        entry = head_match.entry
        if role_start >= head_match.start:  # the role word is part of the name: "European Union"
            sector, role_start = None, head.i
    else:
        # The nearest modifier match: "Belarusian officials", "Prime Minister of Belarus", "China's ministry".
        hosts = _hosts(head, toks, matches)
        mods = [matches[t.i] for t in toks if t.i in matches and not _is_patron(matches[t.i], head.doc)
                and matches[t.i] not in hosts and not money(matches[t.i], head.doc)]
        if mods:
            entry = nearest_name(head, mods).entry
            owners = [m for m in mods if m.entry.kind != "person" and m.start < head.i]
            if role_word.lemma_.lower() in FOREIGN_ROLES and owners:
                # "the UN Syria envoy", "the US Iran negotiator": the first name owns the envoy, the next is its brief
                entry = min(owners, key=lambda m: m.start).entry
        elif hosts:
            return None  # "the envoy in Syria": someone's envoy, not Syria's
    if sector is None and head.dep_ == "amod" and any(c.dep_ in ("amod", "compound") and c.i > head.i and c.lower_ in (
            "military", "naval", "army") for c in head.head.children):
        sector = "MIL"  # "the Saudi military intervention": the state's forces act
    if entry is not None and entry.kind != "person" and sector is None:
        # "Chilean Finance Minister Ana Soto's debt initiative": the owner is the minister, not just her state
        owner = next((matches[c.i].entry for c in head.children if c.dep_ == "poss" and c.i in matches), None)
        if owner is not None and owner.kind == "person" and owner.sector and owner.country == entry.country:
            sector = owner.sector
    if entry is not None and entry.kind == "person" and sector is None:
        # someone the article introduced keeps the sector their introduction gave ("Tory spokesman David Davis")
        introduced = entry.id.startswith("introduced:") and entry.sector is not None
        title = _title_sector(head, toks, matches, lexicon)
        sector = entry.sector if introduced and title in (None, "GOV") else title or entry.sector
        if title == "MIL" and entry.sector == "GOV" and not introduced:
            sector = "GOV"  # "Gen Musharraf" while president: a ruler keeps his rank but acts as the government
    if sector == "MIL" and entry is not None and entry.kind == "demonym" and any(
            t.i != head.i and t.i not in matches and t.lower_ in lexicon.peoples for t in toks):
        sector = "REB"  # "Kurdish Syrian forces": a people's fighters in that state, not its army
    country = entry.country if entry else None
    org = entry.org if entry else None
    if home := state_of_title(entry, sector, head, toks, matches):
        country, org = home, None
    how = entry.id if entry else None
    placed = state or (state_in_phrase(head, toks, matches) if entry is None and sector else None)
    native = state_in_firm_name([t.text for t in toks]) or based_in(head, matches) \
        if entry is None and a_firm else None
    if native is not None:  # "Deutsche Kabelwerke AG": the state its name names in its own language
        country, org, how = native, None, "firm-name"
    elif entry is None and a_firm:  # a company named by its legal name belongs where the story was filed
        country, org, how = ctx.dateline, None, "context:dateline" if ctx.dateline else None
    elif entry is None and placed is not None:  # "Texas police", "the Ontario government": that state's
        country, org, how = placed.country, None, f"state:{placed.name}"
    elif is_firm(entry) and entry is not None and not entry.country and (based := based_in(head, matches)):
        country, org = based, None  # "Ozaki Trading Co Ltd of Osaka, Japan"
    elif is_firm(entry) and entry is not None and not entry.country and ctx.dateline:
        country, org = ctx.dateline, None  # "BERGEN - Halvek AG ...": a firm is where its story was filed from,
        # not of another state the sentence names ("Halvek will invest in a US company")
    elif is_firm(entry) and entry is not None and not entry.country:  # "Kestrel Airways"
        country, org, _ = _from_context(head, toks, "BUS", ctx, matches, lexicon, firm=True)
        partners = {m.entry.country for m in matches.values() if m.entry.country and m.entry is not entry
                    and _a_firm_s(m, head.doc, matches, lexicon)}  # "agreed with Kabel TV of Sweden"
        country = country or (None if org or ctx.focus_country in partners else ctx.focus_country)
    elif entry is None and sector == "BUS" and role_word is head and (
            any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in head.children)
            or (head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() in _SOME_FIRMS and not any(
                c.dep_ in ("det", "poss", "nummod") or c.pos_ == "PROPN" for c in head.children))):
        # "talks with a privately held company", "struck agreements with commercial banks": some firms, no place
        return None
    elif entry is None and (armed := armed_group_before(head, matches)) is not None:
        entry, country, org, sector, how = armed.entry, None, armed.entry.org, armed.entry.sector, "context:org"
    elif entry is None and (sector or head.lower_ in ANAPHORS_COUNTRY | ANAPHORS_ORG):
        country, org, how = _from_context(head, toks, sector, ctx, matches, lexicon)
    if entry is None and us_office(head, toks, sector, country, matches):  # "Congress says", "Secretary of State X"
        country, org, how = "USA", None, f"role:{head.text}"
    if sector and any(t.lower_ == "congressional" and t.head.i == head.i for t in toks):
        # "congressional investigators (of the Iran-contra affair)": the United States Congress's people
        entry, country, org, sector, how = None, "USA", None, "LEG", "role:congressional"
    if entry is not None and sector is None:
        sector = entry.sector
        if entry.kind == "demonym" and head_match is not None:
            sector = None
        elif entry.org == "EU" and sector == "IGO" and role_word.lemma_.lower() in (
                MEMBERS | {"commissioner"}):
            sector = "GOV"  # "the EC trade chief", "an EU official": the bloc's executive, as its Commission is
    elif entry is not None and sector == "GOV" and entry.kind == "org" and entry.country \
            and entry.sector not in (None, "GOV", "IGO") and role_word.lemma_.lower() in MEMBERS:
        sector = entry.sector  # "the Tory leader", "a Hamas spokesman": the party's or group's, not the state's
    elif entry is not None and sector == "MIL" and entry.kind == "org" and entry.sector in ("REB", "INS", "PTY"):
        sector = "REB" if entry.sector == "PTY" else entry.sector  # "Taliban commanders": the group's, no army's
    if entry is not None and sector == "GOV" and entry.org and entry.org != "EU" and not country \
            and (entry.sector == "IGO" or entry.kind == "person"):
        # "IMF Managing Director Camdessus", "an IMF mission": the body's own staff, not a government (the EU's
        # commissioners and spokesmen are a government of the bloc's own)
        sector = "IGO"
    if sector == "PTY" and country and _lawmakers(head, toks):
        sector = "LEG"  # "Senate Democrats", "Republicans in Congress", "Democrats, who control Congress"
    if sector == "PTY" and country and in_power(entry, toks, ctx, lexicon, country):
        sector = "GOV"  # "the ruling party", a party the article shows in government: the government's side
    if country is None and org is None and sector is None:
        return None
    if country is None and org is None and not (sector is not None and head.pos_ in ("NOUN", "PROPN")):
        return None
    if head.lemma_.lower() in _CRAFT and any(c.dep_ == "amod" and c.lower_ in ("unidentified", "unknown", "unmarked")
                                             for c in head.children):
        return None  # "unidentified jets attacked the rigs": whose, the story does not say (not the dateline's)
    if entry is not None and head_match is None and is_firm(entry) and head.lemma_.lower() in _SECURITY_HOLDERS:
        return None  # "holders of debentures of Harcourt Inc threatened to sue the company": its creditors, not it
    if entry is not None and head_match is None and sector is None and head.lemma_.lower() in NO_ACTOR_HEADS and (
            entry.kind == "demonym" or (entry.kind == "country" and not any(c.dep_ == "poss" for c in head.children))):
        # "the American constitution", "a series of US drama": a state's thing, which does nothing ("Belarus's
        # economy would suffer" is the state's lot)
        return None
    start_tok = min(min(t.i for t in toks), role_start)
    start_tok = max(start_tok, sent.start)
    while sent.doc[start_tok].dep_ in ("det", "punct", "case") and start_tok < head.i:
        start_tok += 1
    end_tok = max(t.i for t in toks if not t.is_punct or t.i == head.i) + 1  # "the rebels, who ...,": no comma
    if end_tok < len(sent.doc) and sent.doc[end_tok].text == ")" and "(" in sent.doc[start_tok:end_tok].text:
        end_tok += 1  # "the Islamic Development Bank (IDB)": the bracket closed
    span = sent.doc[start_tok:end_tok]
    name = entry.name if entry else (lexicon.countries.get(country or "") or None)
    if sector in ("GOV", "LEG", "JUD", "SPY") and head.ent_type_ == "PERSON" and any(
            t.i < head.i and t.lower_ in ("former", "ex") and t.head.dep_ == "compound" and t.head.head.i == head.i
            for t in toks):
        sector = "ELI"  # "former White House aide Michael Deaver": the office, once held, is the title's
    if sector == "BUS" and head.pos_ == "NOUN" and head.lemma_.lower() not in _SOME_FIRMS and any(
            c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in head.children):
        sector = "CVL"  # "a former currency clerk of Westpac": no longer the firm's, a private person
    cameo = cameo_code(country, org, sector, entry)
    if cameo is None and org is not None and sector is not None and entry is None:
        return None  # "airline passengers of their rights" bound to the EU: an organisation's people, no code
    if entry is not None and entry.kind in ("org", "body") and not entry.country and entry.cameo \
            and cameo == entry.cameo:
        sector = "GOV" if (sector, entry.sector) == ("GOV", "IGO") else entry.sector  # "UN investigators": IGO
    return Actor(text=span.text, span=(span.start_char - sent.start_char, span.end_char - sent.start_char),
                 name=name, country=country, org=org, sector=sector, cameo=cameo, entry=how)


#: what is said of someone's deeds: an inquiry into it is aimed at the one said to have done them
_CHARGES = {"allegation", "charge", "accusation", "claim", "report", "suspicion"}
#: who runs a body: the head of a central bank is of the bank's sector
_HEADS_OF = {"head", "chief", "governor", "chairman", "chairwoman", "director"}
#: a part of a body, which acts in the body's sector
_PARTS_OF = {"member", "level", "rank", "unit", "element"}
#: firms named only by their kind ("commercial banks", "lenders"): plural, they are tied to no one state
_SOME_FIRMS = COMPANY_NOUNS | {"banker", "creditor", "investor", "corporation", "business", "enterprise"}

#: armed craft, whose state only their markings would tell
_CRAFT = AIRCRAFT | {"warship", "ship", "boat", "gunboat", "submarine", "vessel", "bomber", "fighter"}

#: who hold a firm's paper: named by the firm, they are still not the firm
_SECURITY_HOLDERS = {"holder", "shareholder", "stockholder", "bondholder", "noteholder", "debentureholder", "creditor"}

#: a legislature's words: a party's members in it are its lawmakers (LEG), whichever side they are on
_LEGISLATURE = {"senate", "house", "congress", "congressional", "parliament", "parliamentary", "legislature",
                "legislative", "commons", "bundestag", "knesset", "duma", "senator", "senators", "lawmakers"}


def _another_state_s_namesake(m: Match, toks: list[Token], matches: dict[int, Match]) -> bool:
    """A firm's name right after another state's name or adjective names that state's namesake body ("the Finnish
    PTT"; not "Royal Dutch/Shell Group unit Shell Oil", whose state word is further off)."""
    prev = matches.get(m.start - 1) if any(t.i == m.start - 1 for t in toks) else None
    return prev is not None and m.entry.kind == "org" and m.entry.sector == "BUS" and m.entry.country is not None \
        and prev.entry.kind in ("country", "demonym") and prev.entry.country not in (None, m.entry.country)


def _lawmakers(head: Token, toks: list[Token]) -> bool:
    """Does the party phrase put its people in the legislature: by a word of the phrase ("House Republicans",
    "Democrats in the Senate") or by a clause on them ("Democrats, who control Congress")? Only the party's
    members told by its name: "the Tory leader in Parliament" is the party's leader, wherever he speaks."""
    if head.pos_ != "PROPN" or head.tag_ not in ("NNPS", "NNS") and not head.text.endswith("s"):
        return False
    said = [t for t in toks if t.i != head.i]
    said += [t for c in head.children if c.dep_ == "relcl" for t in c.subtree]
    if head.dep_ == "conj" and any(c.lower_ == "other" for c in head.children):  # "House committee chairman X
        said += [t for t in head.head.subtree if t.i < head.i]  # and other Democrats": lawmakers like him
    return any(t.lower_ in _LEGISLATURE for t in said)


def money(m: Match, doc) -> bool:  # type: ignore[no-untyped-def]
    """ "in US dollars"; "its 68 billion U.S. dlr foreign debt", where the parser hangs the state elsewhere."""
    after = doc[m.end].lower_ if m.end < len(doc) else ""
    return doc[m.end - 1].head.lemma_.lower() in MONEY_WORDS or after in ("dlr", "dlrs", "dollar", "dollars")


def _hosts(head: Token, toks: list[Token], matches: dict[int, Match]) -> list[Match]:
    """ "The UN envoy in Syria", "the US ambassador in Moscow": the state an envoy is posted in is not theirs;
    nor is where anyone stands whose state the phrase names before them ("Ghana's finance minister, on a visit,
    in Paris")."""
    placed = [matches[t.i] for t in toks if t.i in matches and t.dep_ == "pobj" and t.head.dep_ == "prep"
              and t.head.lower_ == "in" and t.head.head.i == head.i]
    if head.lemma_.lower() in FOREIGN_ROLES:
        return placed
    return placed if any(t.i < head.i and t.i in matches and matches[t.i].entry.kind in ("country", "demonym")
                         for t in toks) else []


def _force_s_site(head: Token, toks: list[Token], lexicon: Lexicon) -> str | None:
    """MIL when an armed-force word modifies a site ("army positions", "Air Force base", "military facilities"),
    or when the site is a force's by its kind ("Pakistani outposts")."""
    if head.lemma_.lower() in FORCE_SITES or head.lower_ in FORCE_SITES:
        return "MIL"
    for t in toks:
        if t.i < head.i and t.dep_ in ("amod", "compound") and t.head.i == head.i \
                and (t.lower_ in ("military", "naval") or role_sector(t, lexicon)[0] == "MIL"):
            return "MIL"
    return None
