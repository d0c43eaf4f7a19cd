"""What a noun phrase's own words say before an actor is chosen for it: its tokens, its role word's sector, whose
people it names (a firm's, a union's, the one "its" points back to), a federation's state or a people's name in it,
and heads that name no actor (a state of affairs, a place). :mod:`detente.coder.resolve` weighs them into one actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.actor_words import (
    ABSTRACT_HEADS,
    BODY_NOUNS,
    COMPANY_NOUNS,
    COMPANY_SUFFIXES,
    DONE_TO_NOUNS,
    FORMER,
    LEADERS,
    NP_DEPS,
    NP_PREPS,
    OWNING,
    PATRON_WORDS,
    PRONOUN_POSSESSIVES,
    STATE_SECOND,
    WORD_HEADS,
)
from detente.coder.arguments import allowed_agent
from detente.coder.context import ArticleContext
from detente.coder.names import Match, is_firm
from detente.lexicon import Entry, Lexicon

COMPASS = {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "north-east",
            "north-west", "south-east", "south-west"}


def phrase_tokens(head: Token, stop: Token | None = None) -> list[Token]:
    """The head and the modifiers that belong to its noun phrase (no clauses, no coordinated nouns). ``stop`` is
    the event's trigger: a modifier that contains it is the event, not the actor ("Minsk of legislative
    restrictions")."""
    out, stack = [head], [c for c in head.children]
    while stack:
        c = stack.pop()
        if c.dep_ not in NP_DEPS or (c.dep_ == "prep" and c.lower_ not in NP_PREPS):
            continue
        if stop is not None and c.left_edge.i <= stop.i <= c.right_edge.i:
            continue
        if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") and c.i > head.i:
            continue  # "Reagan last Friday announced": the verb's time, parsed onto its subject
        if c.dep_ == "appos" and c.lemma_.lower() in WORD_HEADS:
            continue  # "a sea target -- Baghdad's term for a ship": whose word it is, not whose target
        if c.dep_ == "prep" and c.lower_ == "of" and c.head.i == head.i and head.lemma_.lower() in DONE_TO_NOUNS:
            continue  # "condemned the invasion of Kuwait": the one it befell is not whom the condemning is of
        if c.lower_ in COMPASS and any(x.dep_ == "prep" and x.lower_ == "of" for x in c.children):
            continue  # "an oil rig 120 miles east of Bahrain": a point to measure from, not whose the rig is
        if c.dep_ == "prep" and not any(x.dep_ in ("pobj", "pcomp") and x.pos_ != "VERB" for x in c.children):
            continue  # "accused the opposition parties of blocking reforms": the charge, not the parties' words
        out.append(c)
        stack.extend(c.children)
    return sorted(out, key=lambda t: t.i)


#: media words whose plural counts sets sold, not broadcasters
_SETS = {"television", "radio", "tv"}
#: who speaks at an event, not in a house's chair
_EVENT_SPEAKERS = {"keynote", "guest", "main", "principal", "featured", "opening", "closing", "dinner", "luncheon"}
#: verbs whose plural objects are goods traded ("bought 40 fighters", "will sell tanks")
_TRADING = {"buy", "sell", "purchase", "order", "export", "import", "deliver", "lease", "supply", "acquire"}


def role_sector(head: Token, lexicon: Lexicon) -> tuple[str | None, int]:
    """Sector of the role phrase ending at ``head`` ("prime minister", "officials"), and its first token."""
    last, lemma = head.lower_, head.lemma_.lower()
    if lemma == last and last.endswith("s") and head.text[:-1].isupper():
        lemma = last[:-1]  # "MPs", "NGOs": the lemmatiser leaves an acronym's plural as it is
    if last not in lexicon.role_ends and lemma not in lexicon.role_ends:
        return None, head.i
    if head.tag_ == "NNS" and lemma in _SETS:
        return None, head.i  # "duties on colour televisions from Japan": goods, no broadcaster
    if lemma == "leadership" and any(c.dep_ == "poss" for c in head.children):
        return None, head.i  # "campaigned against Howard's leadership": his tenure, whatever his office
    if lemma == "speaker" and (head.tag_ == "NNS" or any(
            c.lower_ in _EVENT_SPEAKERS for c in head.children if c.dep_ in ("amod", "compound"))):
        return None, head.i  # "the keynote speaker", "speakers at a rally": who spoke, no Speaker of a house
    if head.tag_ == "NNS" and head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in _TRADING:
        return None, head.i  # "agreed to buy 132 warplanes": goods, no air force
    doc = head.doc
    start = max(0, head.i - lexicon.max_role_tokens + 1)
    ks = list(range(start, head.i + 1))
    # "an armed Lebanese group", "senior Iraqi officials": the state's adjective inside the role is not of it
    stateless = [k for k in ks if not (k < head.i and doc[k].head.i == head.i and any(
        e.kind == "demonym" for e in lexicon.folded.get((doc[k].lower_,), ())))]
    for kept in (ks, stateless) if stateless != ks else (ks,):
        lowers = [doc[k].lower_ for k in kept]
        for n in range(len(lowers), 0, -1):
            words = tuple(lowers[-n:])
            sector = lexicon.roles.get(words) or lexicon.roles.get((*words[:-1], lemma))  # a plural listed wins
            if sector == "CVL" and head.tag_ == "NNP" and head.i > head.sent.start:
                return None, head.i  # "Colorado National", "First Citizens": a name's word, no people
            if sector:
                return sector, kept[-n]
    return None, head.i


def _bare_parties(head: Token, toks: list[Token], matches: dict[int, Match]) -> bool:
    """ "parties", "the parties" with nothing that says whose or which: the common noun for the sides to a
    proceeding or a deal; political parties are named, or called so ("opposition parties", "Polish parties")."""
    return head.lower_ == "parties" and not any(t.i in matches for t in toks) and not any(
        c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") for c in head.children)


def lenders(head: Token, toks: list[Token], matches: dict[int, Match]) -> bool:
    """ "talks with the banks", "the 37 banks in the loan syndicate": unnamed lenders, which in a story of debts
    are of many states, not of the story's ("five private banks", "local banks" are)."""
    if head.lemma_.lower() in ("representative", "delegate", "official", "executive", "negotiator"):
        inner = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"  # "representatives of the
                      for p in c.children if p.dep_ == "pobj"), None)                # 300 creditor banks"
        return inner is not None and lenders(inner, list(inner.subtree), matches)
    return head.tag_ == "NNS" and head.lemma_.lower() in ("bank", "creditor", "lender") and not any(
        t.i in matches or t.lower_ in ("private", "local", "domestic", "state", "national") for t in toks)


#: words in the name of a body the lexicon does not know that say what kind of body it is
_BODY_KINDS = {"muslim": "REL", "muslims": "REL", "islamic": "REL", "jewish": "REL", "jews": "REL", "christian": "REL",
               "christians": "REL", "catholic": "REL", "catholics": "REL", "church": "REL", "hindu": "REL",
               "sikh": "REL", "buddhist": "REL", "growers": "BUS", "producers": "BUS", "exporters": "BUS",
               "manufacturers": "BUS", "importers": "BUS", "bankers": "BUS", "employers": "BUS",
               "employees": "LAB", "workers": "LAB", "technicians": "LAB", "miners": "LAB", "seamen": "LAB",
               "dockers": "LAB", "metalworkers": "LAB", "teachers": "LAB", "nurses": "LAB"}
_BODY_HEADS = {"council", "board", "federation", "association", "congress", "league", "union", "society",
               "committee", "confederation", "chamber", "institute", "forum", "alliance", "organisation",
               "organization"}


def body_sector(head: Token, toks: list[Token]) -> str | None:
    """ "the Muslim Council of Britain", "the Board of Deputies of British Jews", "the Coffee Growers'
    Federation": the sector the name of a body gives (REL, BUS), when the lexicon does not know it."""
    if head.pos_ != "PROPN" or head.lower_ not in _BODY_HEADS:
        return None
    return next((_BODY_KINDS[t.lower_] for t in toks if t.lower_ in _BODY_KINDS and t.text[:1].isupper()), None)


#: banks named after a state that are no central bank
_COMMERCIAL_BANKS_OF = {"america", "ireland", "scotland", "china", "india", "cyprus", "nova scotia", "baroda"}


def central_bank(head: Token, matches: dict[int, Match]) -> str | None:
    """ "the Bank of Mexico", "the Bank of Sweden": a state's central bank, a state body (GOV), not a firm."""
    if head.lower_ != "bank" or not (head.text[0].isupper() or [c.lower_ for c in head.children if c.i < head.i]
                                     == ["the"]):  # "the bank of Mexico" too; not "the largest bank of Mexico"
        return None
    state = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                  if p.dep_ == "pobj"), None)
    m = matches.get(state.i) if state is not None else None
    if m is None or m.entry.kind != "country" or state.doc[m.start:m.end].text.lower() in _COMMERCIAL_BANKS_OF:
        return None
    return "GOV"


#: what a state body issues or launches, whose maker's word may come before it ("a US court order")
_ISSUED = {"ruling", "verdict", "initiative", "order", "decree", "decision", "plan", "proposal", "policy", "ban"}


def maker_sector(head: Token, lexicon: Lexicon, matches: dict[int, Match]) -> str | None:
    """ "ignored a US court order", "criticised a US Treasury plan": the sector of the body named before what it
    issued, when the phrase names its state too; the act is aimed at the body."""
    if head.i in matches or head.lemma_.lower() not in _ISSUED or head.i == 0:
        return None
    maker = head.doc[head.i - 1]
    if maker.dep_ != "compound" or maker.head.i != head.i or maker.i in matches:
        return None
    sector = role_sector(maker, lexicon)[0]
    return sector if sector and any(t.i in matches for t in head.subtree if t.i < maker.i) else None


def _ethnic_matches(toks: list[Token], matches: dict[int, Match]) -> list[Match]:
    """Demonyms in the phrase that name a people, not a state: after "ethnic" ("ethnic Albanians in Serbia") or
    before "origin" ("workers of Indian origin"),
    or after another state's name or demonym ("Bosnian Serbs", "Kosovo Albanians", "Iraqi Kurds"), where the
    first names the state."""
    found = {id(m): m for t in toks if (m := matches.get(t.i)) is not None}.values()
    doc = toks[0].doc
    out = []
    for m in found:
        if m.entry.kind != "demonym":
            continue
        before = doc[m.start - 1] if m.start > 0 else None
        after = doc[m.end] if m.end < len(doc) else None
        if (before is not None and before.lower_ == "ethnic") or (
                after is not None and after.lower_ in ("origin", "descent", "extraction", "heritage")):
            out.append(m)  # "ethnic Albanians", "tea workers of Indian origin": a people, not their state
            continue
        last = doc[m.end - 1]
        if any(c.dep_ == "prep" and c.lower_ in ("of", "in") and any(
                (p := matches.get(t.i)) is not None and p.entry.kind in ("country", "capital")
                and p.entry.country != m.entry.country for t in c.subtree) for c in last.children):
            out.append(m)  # "the Albanians of southern Serbia", "Serbs in Croatia"
            continue
        prev = matches.get(m.start - 1)
        if prev is not None and prev.entry.kind in ("country", "demonym") and prev.entry.country != m.entry.country \
                and any(t.i == prev.start for t in toks):
            out.append(prev if doc[m.end - 1].lower_ in STATE_SECOND else m)
    return out


def _abstract(head: Token, matches: dict[int, Match]) -> bool:
    """Is the head a noun for a state of affairs or a process ("crisis", "competition", "violence", "prices")?
    Such a phrase names no actor even when a possessive or "in X" ties it to a state."""
    return head.pos_ == "NOUN" and head.i not in matches and head.lower_ in ABSTRACT_HEADS


def _owned(head: Token, toks: list[Token], matches: dict[int, Match]) -> bool:
    """Does a name the lexicon knows own the head ("Peru's economy", "the cost of EC membership") rather than
    only place it ("violence in Iraq", "competition in the US airline industry")?"""
    for t in toks:
        if t.i == head.i or t.i not in matches:
            continue
        up, located = t, False
        while up.i != head.i and up.head.i != up.i:
            located = located or (up.dep_ == "prep" and up.lower_ in _LOCATIVE)
            up = up.head
        if not located:
            return True
    return False


_LOCATIVE = {"in", "across", "throughout", "inside", "within", "at"}


def _title_sector(head: Token, toks: list[Token], matches: dict[int, Match], lexicon: Lexicon) -> str | None:
    """ "Treasury Secretary James Baker": the office the text gives the person holds now, whatever the lexicon
    knows of their terms; "former president X" held it once (ELI)."""
    former = any(t.lower_ in FORMER for t in toks)
    for c in sorted((c for c in head.children if (c.dep_ in ("compound", "amod", "nmod") or (
            c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN"))) and c.i not in matches), key=lambda c: -c.i):
        sector, _ = role_sector(c, lexicon)
        if sector == "MIL" and office_before_rank(head, c, matches, lexicon) is not None:
            sector = "GOV"
        if sector:
            sector = _owner_sector(head, c, sector, toks, matches, lexicon) or sector  # "Vantor executive X"
            return "ELI" if former and sector in ("GOV", "MIL", "LEG", "JUD", "SPY") else sector
    return None


def office_before_rank(head: Token, rank: Token, matches: dict[int, Match], lexicon: Lexicon) -> Token | None:
    """ "President Gen Pervez Musharraf", "Defence Minister General X": a government office written before a
    military rank is what the person acts as; the rank nearer the name is one they keep."""
    return next((c for c in (*head.children, *rank.children) if c.dep_ == "compound" and c.i < rank.i
                 and c.i not in matches and role_sector(c, lexicon)[0] == "GOV"), None)


_PRIVATE_PROFESSIONS = ("EDU", "HLH")  # "its scientists", "the firm's doctors": the firm's, not academia's


def _owner_sector(head: Token, role_word: Token, sector: str | None, toks: list[Token],
                  matches: dict[int, Match], lexicon: Lexicon) -> str | None:
    """The sector of the firm or union whose people the phrase names: "the national executive of a trade union"
    and "the union leadership" are the union's (LAB), "former Kestrel Airways executive X" and "its
    geo-scientists" (its: a firm's) the firm's (BUS); else None. A government's word for who runs a body
    ("executive", "president") or a profession found in universities and hospitals is the owner's."""
    if sector in (None, "GOV", "ELI") and role_word.lemma_.lower() in LEADERS:
        kinds: tuple[str, ...] = ("BUS", "LAB")
    elif sector in _PRIVATE_PROFESSIONS or (sector == "MIL" and role_word.lemma_.lower() == "officer"):
        kinds = ("BUS",)  # "its senior officers" (its: a firm's) run the firm, no army
    else:
        return None
    for t in (o for o in _owners(head, role_word, toks) if not central_bank(o, matches)):  # a state's bank: GOV
        if "LAB" in kinds and t.text == "Local" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].like_num:
            return "LAB"  # "officials of Local 594": a union's branch
        m = matches.get(t.i)
        if m is not None:
            if m.entry.kind == "org" and m.entry.sector in kinds and m.entry.org is None:
                return m.entry.sector
            continue
        if "BUS" in kinds and (company(t) or _unknown_firm_s(t, role_word)):  # "Vantor Ltd", "Marlow executive"
            return "BUS"
        if t.lower_ in PRONOUN_POSSESSIVES:
            bound = _possessor(head, matches, firms=True)
            if bound is not None and bound.kind == "org" and bound.sector in kinds and bound.org is None:
                return bound.sector
            continue
        if (named := body_sector(t, list(t.subtree))) in kinds:
            return named  # "a spokesman for the Federation of Rail Employees": the union's
        kind_of = sorted((c for c in t.children if c.dep_ == "compound"), key=lambda c: -c.i) \
            if t.lemma_.lower() in BODY_NOUNS else []  # "the trade union group", not "industry affairs"
        for n in (t, *kind_of):
            owner, _ = role_sector(n, lexicon) if n.is_lower else (None, 0)  # "the Union's executive": the EU's
            if owner in kinds:
                return owner
    bare = head.i == role_word.i or (role_word.is_lower and role_word.dep_ == "compound" and role_word.head.i == head.i
                                     and head.ent_type_ == "PERSON")  # "said president Tom Gale resigned"
    if "BUS" in kinds and bare and not any(c.dep_ in ("det", "poss", "amod") or (
            c.dep_ == "compound" and c.i < role_word.i) for c in (*head.children, *role_word.children)) \
            and not (head.i == role_word.i and any(c.dep_ == "compound" for c in head.children)) \
            and _told_by_a_firm(head, matches):
        return "BUS"  # "Acme Inc said president and board member X resigned": the firm's own president
    return None


def _told_by_a_firm(word: Token, matches: dict[int, Match]) -> bool:
    """Is ``word`` in what a firm said ("Acme Inc said president X resigned")?"""
    for verb in word.ancestors:
        if verb.lemma_.lower() in ("say", "announce", "report"):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            m = matches.get(subj.i) if subj is not None else None
            return subj is not None and (company(subj) or (m is not None and m.entry.sector == "BUS"))
    return False


def _unknown_firm_s(t: Token, role_word: Token) -> bool:
    """ "former Marlow Lynch executive X": a name the lexicon does not know (not a place or a people) before
    "executive" or "manager" is a firm's; a state's executive is named by its state ("the Polish executive")."""
    return role_word.lemma_.lower() in ("executive", "manager") and t.dep_ == "compound" and t.pos_ == "PROPN" \
        and t.head.i == role_word.i and t.ent_type_ not in ("GPE", "NORP", "LOC", "PERSON")


def _owners(head: Token, role_word: Token, toks: list[Token]) -> list[Token]:
    """The words in the phrase that may own its people: a possessive or a compound on the head or its role
    word ("its", "the union's", "Kestrel Airways"), what follows "of" or "for" ("the executive of the union"), or the
    possessive a coordinated noun shares with the first ("its engineers and scientists")."""
    on = {head.i, role_word.i}
    shared = [c for c in head.head.children if c.dep_ == "poss"] if head.dep_ == "conj" else []
    after: list[Token] = []  # "vice-president of marketing for Vantor Ltd"
    stack = [head, role_word]
    while stack:
        w = stack.pop()
        found = [p for c in w.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                 for p in c.children if p.dep_ == "pobj" and p not in after]
        after += found
        stack += found
    return [t for t in toks if t.i not in on and t.dep_ in OWNING and t.head.i in on] + after + shared


def _someone(head: Token, ctx: ArticleContext) -> bool:
    """ "Hesse said": a surname of someone the article names, not the German state."""
    return head.lower_ in ctx.persons or head.lower_ in ctx.strangers


def company(head: Token) -> bool:
    """Is ``head`` the end of a company's legal name (a proper noun phrase ending in Inc, Corp, plc ...), or a
    name the text calls a firm ("Changyu, the largest wine maker in China")?"""
    if head.pos_ == "PROPN" and head.ent_type_ not in ("PERSON", "GPE", "NORP") and any(
            c.dep_ == "appos" and c.lemma_.lower() in COMPANY_NOUNS for c in head.children):
        return True
    return head.lower_ in COMPANY_SUFFIXES and head.pos_ == "PROPN" and head.i > head.sent.start and \
        head.doc[head.i - 1].text[:1].isupper()


def _held_by(tok: Token) -> bool:
    """ "Kurdish-held", "rebel-controlled": the word names who holds the place."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ in ("held", "controlled",
                                                                                           "run", "dominated")


def _is_patron(m: Match, doc) -> bool:  # type: ignore[no-untyped-def]
    """ "US-backed fighters" are not American: the name is the fighters' patron, not their state; nor are
    "pro-Iranian elements" Iranian, or "anti-Soviet rebels" Soviet."""
    if m.end < len(doc) and doc[m.end].lower_ in PATRON_WORDS and doc[m.end].tag_ == "VBN":
        return True  # "Russian backed forces", the hyphen left out
    if m.start >= 2 and doc[m.start - 1].text == "-" and doc[m.start - 2].lower_ in ("pro", "anti"):
        return True
    return m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in PATRON_WORDS


def _possessor(head: Token, matches: dict[int, Match], firms: bool = False) -> Entry | None:
    """Whose "its"/"their" is: the subject of the nearest clause above the phrase that names an actor ("the British
    government pleads with its citizens", "Moscow said dozens of its nationals died"), as English binds it, rather
    than whichever state the article named last. ``firms``: a firm the text gives no state counts too."""
    tok = head
    for _ in range(10):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        allowed = allowed_agent(tok)  # "a green light to the Syrian regime to kill its own citizens": the regime's
        for subj in [allowed] if allowed is not None else (
                c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")
                and not c.left_edge.i <= head.i <= c.right_edge.i):  # not "dozens of its nationals" itself
            names = [matches[t.i] for t in (subj, *subj.children)
                     if t.i in matches and (t.i == subj.i or t.dep_ in ("compound", "amod", "poss", "nmod"))]
            entries = [m.entry for m in names if m.entry.country or m.entry.org or (firms and is_firm(m.entry))]
            if entries:
                return entries[0]
            if subj.pos_ != "PRON":
                return None  # "the rebels said their ...": a subject the lexicon does not name; no guess
            if tok.dep_ == "ccomp":  # "told Poland it must take back its fighters": "it" is the one told
                told = [matches[o.i].entry for o in tok.head.children
                        if o.dep_ in ("dobj", "dative") and o.i in matches and (matches[o.i].entry.country
                                                                                 or matches[o.i].entry.org)]
                if told:
                    return told[0]
    return None


def by_whom(thing: Token) -> Token | None:
    """ "welcomed measures outlined by Japan's finance minister": the agent of the participle that tells whose
    the thing is, as a possessive would ("the minister's measures")."""
    return next((p for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _MAKING
                 for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)


#: what makes a policy someone's ("measures outlined by", "the plan proposed by"); not "criticism of policies
#: voiced by Baker", where the parser hangs the critic's participle on the policies
_MAKING = {"announce", "outline", "propose", "introduce", "adopt", "unveil", "impose", "plan", "enact", "pursue",
           "implement", "launch", "draft", "present", "pass", "approve", "devise", "sponsor", "table", "put"}


def possessive(mod: Token) -> bool:
    """ "Greece and Turkey's" in "Greece and Turkey's NATO allies", however the parser hangs it on the noun."""
    return any(c.dep_ == "case" and c.lower_ in ("'s", "'", "’s") for c in mod.subtree)


def _titled_at_home(head: Token, toks: list[Token], matches: dict[int, Match], ctx: ArticleContext,
                    in_sentence: set[str], lexicon: Lexicon) -> bool:
    """ "WASHINGTON - The Commerce Department said it would license sales to Iran", "a Senate committee
    investigating the Iran affair": a state body called by its title, with no state in its own words, is the
    home body of the wire that files from its state, not the other state the sentence names."""
    if not ctx.dateline or ctx.dateline in in_sentence or head.lemma_.lower() not in _TITLED_BODIES \
            or any(t.i in matches or t.ent_type_ in ("PERSON", "NORP", "GPE") or any(
                e.kind in ("country", "demonym") for e in lexicon.folded.get((t.lower_,), ())) for t in toks):
        return False  # "the British Civil Aviation Authority": its own state, whatever the parse
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in toks if t.i <= head.i)


#: state bodies a wire names by title alone: "the Commerce Department", "a Senate committee"
_TITLED_BODIES = {"department", "ministry", "committee", "senate", "congress", "parliament", "agency", "commission",
                  "office", "treasury", "authority", "board", "bureau", "service", "administration"}


#: states whose legislature is called Congress; a bare "Congress" elsewhere is the United States' (wire usage)
_CONGRESSES = {"USA", "PHL", "PER", "COL", "BRA", "MEX", "ARG", "CHL", "GTM", "HND", "PRY", "DOM", "SLV", "NIC",
               "BOL", "ECU", "VEN", "FSM"}


def us_office(head: Token, toks: list[Token], sector: str | None, country: str | None,
              matches: dict[int, Match]) -> bool:
    """Titles the wires give the United States' offices bare: "Congress" (where the story's state has none, or the
    United States is named), and "Secretary of State Elliott Abrams" (Britain's has a "for ..." brief)."""
    if (head.text == "Congress" or head.lemma_.lower() in ("senator", "congressman", "congresswoman")) \
            and sector == "LEG" and not any(t.i in matches for t in toks):  # ... and "the senators", unplaced
        return country not in _CONGRESSES or any(
            m.entry.country == "USA" and m.entry.kind != "demonym" for m in matches.values())
    if sector != "GOV" or head.pos_ != "PROPN" or any(t.i in matches for t in toks):
        return False
    words = [t.text.removeprefix("Under").removeprefix("under").lstrip("-").capitalize() if t.lower_.startswith(
        "under") else t.text for t in toks if t.i < head.i]  # "Undersecretary of State Michael Armacost"
    return any(words[k:k + 3] == ["Secretary", "of", "State"] for k in range(len(words) - 2))
