"""The state of an actor whose phrase names none ("officials said", "the ministry", "Finance Minister X", "police
in the capital"): the sentence's one state, the story's, or the dateline's, and when to leave it unplaced
("Kurdish forces", "investigators from 30 countries", "critics"). Kept apart from
:mod:`detente.coder.resolve`, which reads the phrase itself.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.coder.actor_words import (
    ANAPHORS_COUNTRY,
    ANAPHORS_ORG,
    FOREIGN_AFFAIRS,
    FOREIGN_ROLES,
    NO_ONE_STATE,
    PLACE_TIED,
    PRONOUN_POSSESSIVES,
)
from detente.coder.context import ArticleContext
from detente.coder.names import Match, is_company, is_firm
from detente.coder.phrase_heads import _ethnic_matches, _is_patron, _possessor, _titled_at_home, lenders, role_sector
from detente.lexicon import Lexicon

#: "the company", "the bank" (not "the Reserve Bank", a name): the firm the story tells of
_FIRM_NOUNS = {"company", "firm", "corporation", "concern"}
_FIRM_KINDS = {"bank", "lender", "insurer", "carmaker", "automaker", "airline"}
#: states with a federal government (and the Soviet Union and Yugoslavia, coded RUS and SRB): a "federal" office is one
_FEDERATIONS = {"USA", "CAN", "MEX", "BRA", "ARG", "VEN", "DEU", "AUT", "CHE", "BEL", "RUS", "IND", "PAK", "NPL", "MYS",
                "AUS", "NGA", "ETH", "SDN", "SSD", "SOM", "IRQ", "ARE", "BIH", "COM", "FSM", "KNA", "SRB"}
#: a group that is nobody's by itself: tied to a state only by its own phrase ("Chinese critics")
_NOBODY_S_CRITICS = {"critic", "detractor", "skeptic", "sceptic"}
def _from_many_states(head: Token, toks: list[Token]) -> bool:
    """ "investigators from 30 agencies worldwide", "police from several countries", "officers from around the
    world": people the phrase says come from many states have no one state."""
    for t in toks:
        if t.i <= head.i:
            continue
        if t.lower_ in _WORLDWIDE or (t.lower_ == "world" and t.head.lower_ in ("around", "across", "over")):
            return True
        if t.lemma_.lower() in _STATE_NOUNS and t.tag_ == "NNS" and any(
                c.dep_ in ("nummod", "amod") and (c.like_num or c.lower_ in _MANY) for c in t.children):
            return True  # "from 30 countries", "from several nations"
    return False


_WORLDWIDE = {"worldwide", "globally", "internationally"}
_STATE_NOUNS = {"country", "nation", "state", "agency", "force"}
_MANY = {"several", "many", "various", "numerous", "multiple", "different", "dozens", "other"}


def _destination(m: Match, doc) -> bool:  # type: ignore[no-untyped-def]
    """ "on his return from a visit to Japan", "the first official to visit Japan", "the US-led coalition":
    where someone goes, or a coalition some state leads, is not where the others in the sentence are from."""
    last = doc[m.end - 1]
    led = m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ == "led"
    visited = last.dep_ in ("dobj", "obj") and last.head.lemma_.lower() in ("visit", "tour")
    return led or visited or (last.dep_ == "pobj" and last.head.lower_ == "to")


_COLONIES = {"colony", "territory", "protectorate", "dependency", "enclave", "mandate"}


def colony_of(word: Token) -> bool:
    """ "the British colony" (Hong Kong), "the Portuguese territory" (Macau): a place the story is in, not the
    state that ruled it; "the government" of the next words is the colony's."""
    return word.dep_ == "amod" and word.head.lemma_.lower() in _COLONIES and word.head.i == word.i + 1


def seat_of(m: Match, doc: Doc) -> bool:
    """ "NATO leaders met in Brussels": a body named by the city it sits in, where something happens, is a place
    there, not the body "the alliance" or "the bloc" of the next sentence refers to."""
    word = doc[m.end - 1]
    return m.entry.kind in ("org", "body") and word.ent_type_ in ("GPE", "LOC") and word.dep_ == "pobj" \
        and word.head.lower_ in ("in", "at", "to", "from")


def _held_by_a_state_s_organ(head: Token, matches: dict[int, Match], states: set[str]) -> bool:
    """ "A Kenyan army court sentenced a former deputy premier, Daniel Otieno": a titled person a
    state's organ acts on, in a sentence naming that state alone, is of that state, wherever the story is filed."""
    verb = head.head
    if head.dep_ not in ("dobj", "obj", "nsubjpass") or verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    return any(t.i in matches and matches[t.i].entry.country in states for s in subjects for t in s.subtree)


#: goods a state's name may qualify without making anyone in the sentence its people
_TRADED = {"export", "import", "good", "product", "car", "wheat", "steel", "chip", "semiconductor", "textile", "beef",
           "coffee", "grain", "produce", "commodity", "shipment", "cargo", "sugar", "rice", "timber", "lumber"}


def _names_a_thing(m: Match, doc, matches: dict[int, Match], lexicon: Lexicon) -> bool:  # type: ignore[no-untyped-def]
    """ "over the Iraq war", "in US dollars": a state's name inside the name of a thing says whose thing it is,
    not whose the people in the sentence are."""
    last = doc[m.end - 1]
    head = last.head
    if m.entry.kind in ("country", "demonym") and last.dep_ in ("amod", "compound", "poss") \
            and head.lemma_.lower() in _TRADED:
        return True  # "tariffs on Japanese exports", "Brazil's coffee": goods, not the people acting on them
    if m.entry.kind in ("country", "demonym") and colony_of(last):
        return True  # "talks with the government in the British colony": the colony's government
    return m.entry.kind in ("country", "capital") and last.dep_ == "compound" and head.pos_ == "NOUN" \
        and head.i not in matches and head.lower_ not in lexicon.role_ends \
        and head.lemma_.lower() not in lexicon.role_ends


def _state_role(head: Token, sector: str) -> bool:
    """Only a state's own institutions default to the country an article is about: "officials said",
    "the army"; "snipers", "suicide bombers" or "families" may be anyone's."""
    if head.lemma_.lower() in FOREIGN_ROLES:
        return False  # "diplomats said", "an envoy": most often another state's, in a story about this one
    if sector in ("GOV", "COP", "JUD", "LEG"):
        return True
    return sector == "MIL" and any((c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their")) or (
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "government") for c in head.children)


_TELLING = {"say", "announce", "report", "claim", "state", "add"}


def _teller_s_state(head: Token, matches: dict[int, Match], among: set[str]) -> str | None:
    """ "A statement issued by Chad's embassy said government troops had routed a Libyan column": the troops of
    a state's own statement are its own, whatever other states the sentence names."""
    verbs = [v for v in head.ancestors if v.pos_ == "VERB"][:2]  # its own clause's verb, then the telling one
    for verb in verbs:
        if verb.lemma_.lower() not in _TELLING:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        states = {matches[t.i].entry.country for t in (subj.subtree if subj is not None else ())
                  if t.i in matches and matches[t.i].entry.kind in ("country", "demonym")} & among
        return next(iter(states)) if len(states) == 1 else None
    return None


def _a_firm_s(m: Match, doc, matches: dict[int, Match], lexicon: Lexicon) -> bool:  # type: ignore[no-untyped-def]
    """Is the name a firm's, or in a firm's phrase ("Bank of America", "the Polish bank Zoltra")? A judge,
    prosecutors or police acting on a foreign firm are not that firm's state's: the story places them."""
    if m.entry.sector in _TRADES:
        return True
    up = doc[m.end - 1]
    while _attached(up):
        up = up.head.head if up.dep_ == "pobj" else up.head
        for t in (up, *(c for c in up.children if c.dep_ in ("compound", "appos"))):  # "the Polish bank Zoltra"
            owner = matches.get(t.i)
            if (owner.entry.sector if owner is not None else role_sector(t, lexicon)[0]) in _TRADES or (
                    owner is not None and is_firm(owner.entry)):
                return True
    return False


_TRADES = ("BUS", "MED")  # firms and media companies: "the Polish bank Zoltra", "Kabel TV of Sweden"


def _attached(tok: Token) -> bool:
    """Is ``tok`` a modifier in a larger name: "Polish" in "the Polish bank", "Sweden" in "Kabel TV of Sweden"?"""
    if tok.dep_ == "pobj":
        return tok.head.lower_ == "of" and tok.head.dep_ == "prep" and tok.head.head.text[:1].isupper()
    return tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.i != tok.i


def _names_unknown_group(toks: list[Token], head: Token, matches: dict[int, Match]) -> bool:
    """ "Kurdish forces", "Baghdadi's men", "our fighters": the phrase names a group the lexicon does not
    know, so the article's country would be a guess."""
    for t in toks:
        if t.i == head.i or t.i in matches:
            continue
        if t.lower_ in ("our", "my", "your"):
            return True
        if t.dep_ in ("amod", "compound", "poss", "nmod") and t.text[:1].isupper() and t.is_alpha \
                and head.sent.start < t.i < head.i:  # (not "the superintendent of insurance of New York")
            return True
    return False


def armed_group_before(head: Token, matches: dict[int, Match]) -> Match | None:
    """ "Isis's two centres fell ... forces who had hounded the group": the armed organisation named last before
    "the group" in its own sentence, if any."""
    if head.lower_ != "group" or not _definite(head):
        return None
    armed = [m for m in matches.values() if m.end <= head.i and m.entry.org and m.entry.sector in ("INS", "REB")]
    return max(armed, key=lambda m: m.start) if armed else None


def _firm_told_before(head: Token, matches: dict[int, Match]) -> str | None:
    """The state of the one placed firm named earlier in the phrase's own sentence: the article's count of its
    firms is taken after the sentence, too late for "the company" a clause after the name."""
    states = {m.entry.country for m in matches.values()
              if m.end <= head.i and m.entry.country and is_company(m.entry)}
    return states.pop() if len(states) == 1 else None


def _definite(noun: Token) -> bool:
    """ "the bloc", "this country": a noun that points back; "an impartial body", "a country" point nowhere."""
    return not any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every", "no", "another", "some", "each")
                   for c in noun.children)


def _from_context(head: Token, toks: list[Token], sector: str | None, ctx: ArticleContext,
                  matches: dict[int, Match], lexicon: Lexicon,
                  firm: bool = False) -> tuple[str | None, str | None, str | None]:
    """``firm``: the phrase is a firm the text gave no home; another firm in the sentence (its partner, rival or
    target, "Kabel TV of Sweden") says nothing of where it is from."""
    # "the bloc", "the country's army", "its fighters"; not a word that merely names a kind ("the state
    # department", "union leaders")
    words = {t.lower_ for t in toks if (t.i == head.i and _definite(t)) or t.dep_ == "poss"
             or t.lower_ in PRONOUN_POSSESSIVES
             or (t.dep_ == "pobj" and t.head.lower_ == "of" and _definite(t))}  # "the president of the country"
    if words & ANAPHORS_ORG and ctx.last_org and not (head.lower_ in ANAPHORS_ORG and head.text[:1].isupper()):
        return None, ctx.last_org, "context:org"  # (not "the British Biscuit ... Alliance", a body's own name)
    if sector and (any(t.i < head.i and t.lower_ in NO_ONE_STATE and t.nbor().lower_ not in FOREIGN_AFFAIRS
                       for t in toks) or _from_many_states(head, toks)):
        return None, None, None  # "its foreign banks", "European firms", "international creditors": no one state
    if sector and lenders(head, toks, matches) and (not words & PRONOUN_POSSESSIVES or any(
            t.lemma_.lower() in ("creditor", "lender") for t in toks)):
        return None, None, None  # "its creditor banks", "representatives of the banks": lenders of many states
    if head.lower_ in ANAPHORS_COUNTRY and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children) \
            and (bound := _possessor(head, matches)) is not None and bound.country:
        return bound.country, None, "context:subject"  # "the minister said his country wanted": the minister's
    if words & PRONOUN_POSSESSIVES:
        bound = _possessor(head, matches)
        if bound is not None:
            return bound.country if not bound.org else None, bound.org, "context:subject"
    if words & PRONOUN_POSSESSIVES and ctx.last_kind == "org" and ctx.last_org:
        return None, ctx.last_org, "context:org"  # "its fighters" after "Islamic State"
    if words & (ANAPHORS_COUNTRY | PRONOUN_POSSESSIVES) and ctx.last_country:
        return ctx.last_country, None, "context:country"
    if sector == "BUS" and _definite(head) and head.lemma_.lower() in _FIRM_NOUNS \
            and (told := _firm_told_before(head, matches)) is not None:
        return told, None, "context:firm"  # "a penalty from Continental Grain ..., but asks the company to": that firm
    if sector == "BUS" and ctx.firm_state and _definite(head) and (head.lemma_.lower() in _FIRM_NOUNS or (
            head.lower_ in _FIRM_KINDS and head.text.islower())) \
            and not any(t.i != head.i and t.i in matches for t in toks):
        return ctx.firm_state, None, "context:firm"  # "the company" is the firm the article has been telling of
    if sector:
        # "Shona rebels", "police": the sentence's one state; else the story's, or the dateline's for groups
        if head.lemma_.lower() in _NOBODY_S_CRITICS:
            return None, None, None  # "Critics had accused the premier": whose critics, the phrase does not say
        people = next((t.lower_ for t in toks if (t.i != head.i or sector == "OPP")  # "dissident Kurds"
                       and t.lower_ in lexicon.peoples), None)
        if people is not None:  # "Kurdish forces": one of the people's states, chosen in resolve_candidate
            return None, None, f"people:{people}"
        if any(m.start in {t.i for t in (*toks, *head.subtree)} and _is_patron(m, head.doc) for m in matches.values()):
            # "Iranian-backed forces": no state of the sentence is theirs; they belong where they act
            return None, None, "context:backed"
        ethnic = _ethnic_matches(list(head.sent), matches)  # "ethnic Albanians attacked police": not Albania's
        # "a judge barred Bank of America from the case": an unnamed office acting on a firm is not the firm's
        # state's when the story is about, or filed from, a state (a named one may well be)
        placed = head.is_lower and _state_role(head, sector) and bool(ctx.focus_country)
        named = [m for m in matches.values()
                 if m.entry.country and not m.entry.org and not _is_patron(m, head.doc) and m not in ethnic
                 and m.entry.kind in ("country", "capital", "seat", "demonym", "person", "org", "body")
                 and not _names_a_thing(m, head.doc, matches, lexicon) and not _destination(m, head.doc)]
        own = {t.i for t in head.subtree}  # "executives at a Chilean bank": their own firm's state
        in_sentence = {m.entry.country for m in named if not (
            (placed or (firm and m.start not in own)) and _a_firm_s(m, head.doc, matches, lexicon))}
        # "BONN - Economics Minister Martin Bangemann": a titled name in a filed story's lede is an office of the
        # state it was filed from, unless the story has named only others (on Uganda, filed from Nairobi); later,
        # of the state the story is about (not of "the Arauca region, bordering Venezuela")
        titled = head.ent_type_ == "PERSON" and head.pos_ == "PROPN" and sector in ("GOV", "LEG", "JUD", "COP") \
            and ctx.dateline is not None
        if titled and len(in_sentence) == 1 and _held_by_a_state_s_organ(head, matches, in_sentence):
            return next(iter(in_sentence)), None, "context:sentence"  # "a Kenyan army court jailed X"
        if titled and not ctx.persons and (ctx.dateline in ctx.countries or ctx.dateline in in_sentence
                                           or not ctx.countries):  # "WASHINGTON - Commerce Secretary X said the
            return ctx.dateline, None, "context:dateline"          # United States ...", after a headline on Japan
        if titled:
            return ctx.focus_country, None, "context:focus"
        if head.lower_ in ("mp", "mps"):
            in_sentence -= {"USA"}  # "five MPs are calling on ... the US football magnate": Congress has no MPs
        if any(t.lower_ == "federal" and t.head.i == head.i for t in toks):
            # "asked federal regulators ... in Japanese government bonds": a federation's, not Japan's
            in_sentence = {c for c in in_sentence if c in _FEDERATIONS}
            if not in_sentence and ctx.dateline in _FEDERATIONS:
                return ctx.dateline, None, "context:dateline"
        if len(in_sentence) == 1 and head.lemma_.lower() not in FOREIGN_ROLES:  # "envoy X said": not Syria's
            if _titled_at_home(head, toks, matches, ctx, in_sentence, lexicon):
                return ctx.dateline, None, "context:dateline"  # WASHINGTON: "the Commerce Department ... to Iran"
            return next(iter(in_sentence)), None, "context:sentence"
        if len(in_sentence) > 1 and _state_role(head, sector) and (teller := _teller_s_state(
                head, matches, {m.entry.country for m in named})) is not None:
            return teller, None, "context:teller"
        if len(in_sentence) > 1 and ctx.dateline in in_sentence and _state_role(head, sector) \
                and head.pos_ == "PROPN" and head.ent_type_ != "PERSON":
            return ctx.dateline, None, "context:dateline"  # WASHINGTON: "the Senate Finance Committee urged Reagan
            # ... credits for the Soviet Union": an organ named without its state is the one filed from
        if head.text == "administration" and (ctx.dateline == "USA" and not in_sentence or "USA" in in_sentence):
            return "USA", None, "context:dateline"
        if placed and named and not in_sentence:  # only firms' states: the story's
            return ctx.focus_country, None, "context:focus"
        if _names_unknown_group(toks, head, matches):  # "Baghdadi's men": the article's state would be a guess
            return None, None, None
        if sector == "COP" and ctx.dateline and ctx.dateline in ctx.countries:
            return ctx.dateline, None, "context:dateline"  # "Police had questioned four inspectors", filed from
            # Tokyo in a story on Boeing: police act at home, in the state the story is filed from and tells of
        if ctx.focus_country and _state_role(head, sector):
            return ctx.focus_country, None, "context:focus"
        if sector in ("REB", "INS") and ctx.rebels:  # "the rebels" after "Nicaraguan rebels": the same
            return ctx.rebels, None, "context:rebels"
        # the place of the act, if the sentence names one, wins over the dateline (resolve_candidate)
        if sector in PLACE_TIED and ctx.dateline:
            return ctx.dateline, None, "context:dateline"
        return None, None, "context:unplaced"
    return None, None, None


