"""A lexicon name at a place in the text: the longest name starting at a token, as mentions, parties and firms
look it up."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.coder.actor_words import COMPANY_SUFFIXES
from detente.coder.where import federated_state
from detente.lexicon import Entry, Lexicon


@dataclass(frozen=True)
class Match:
    """A lexicon name found in the text (token indexes are the Doc's)."""

    start: int
    end: int
    entry: Entry


FIRM_ID = "firm:"  # the id prefix of a firm an article introduces (coder/firms.py)


def is_firm(entry: Entry | None) -> bool:
    """A firm the article named, not one of the lexicon's entries."""
    return entry is not None and entry.id.startswith(FIRM_ID)


def is_company(entry: Entry | None) -> bool:
    """A firm the article named, or one the lexicon knows (a business organisation of no body of states)."""
    return is_firm(entry) or (entry is not None and entry.kind == "org" and entry.sector == "BUS" and entry.org is None)


#: acronyms of the lexicon that are also English words, read as words in an all-capitals headline
_WORDS_IN_CAPITALS = {"WHO", "CARE", "FACT", "CAR", "PAN", "MEND", "TIP", "MUD", "PAM", "SAP", "ELF", "ARENA", "INC",
                      "UNISON", "PACE", "GAM", "NAM", "MAS", "ALBA", "CUT", "OFT", "PAP", "COB", "ANO", "JAS",
                      "AIM", "ACT", "NEU", "TAK", "SEB", "HAL", "ERC"}


#: two-letter words an all-capitals headline writes like acronyms ("US" is "us" there; "UK", "EU", "UN" are names)
_SHORT_WORDS = {"US", "IS", "IT", "AT", "IN", "ON", "TO", "NO", "SO", "AM", "AS", "BE", "DO", "GO", "HE", "IF", "ME",
                "MY", "OF", "OR", "UP", "WE", "AN", "BY", "OK", "OH", "HI", "LO", "OX", "AX", "ID", "PM"}


def _spelt_acronym(words: tuple[str, ...]) -> bool:
    if len(words) != 1 or not words[0].isupper():
        return False
    return words[0] not in _WORDS_IN_CAPITALS if len(words[0]) >= 3 else words[0] not in _SHORT_WORDS


def lookup_name(lexicon: Lexicon, toks: list[Token], at: int, lowercase_text: bool,
                shouting: bool = False) -> tuple[int, tuple[Entry, ...]]:
    """Longest name starting at toks[at]: (length, entries)."""
    limit = min(lexicon.starts.get(toks[at].lower_, 0), len(toks) - at)
    for n in range(limit, 0, -1):
        words = tuple(t.text for t in toks[at:at + n])
        hit = lexicon.exact.get(words)
        # In an all-capitals headline "IS" and "US" are words, not acronyms; "U.S." and "G7" stay safe, and so do
        # longer acronyms that spell no English word ("IMF OFFICIAL RESIGNS", not "WHO WILL PAY").
        if hit and not (shouting and all(w.isalpha() for w in words) and not _spelt_acronym(words)):
            return n, hit
        # Lower-cased names match only where the text capitalises a word of them ("the West", "al-Qaeda"),
        # so that "turkey" or "chad" in running text are not states; all-lower-case text is the exception.
        # A sentence's first word is capitalised anyway: "The left-wing president" does not name "The Left".
        # "liberal Democrats" are Democrats who are liberal, not the Liberal Democrats: a name does not start with
        # an adjective the text writes in lower case.
        if lowercase_text or (any((t.is_title or t.is_upper) and not (t.is_sent_start and t.is_stop)
                                  for t in toks[at:at + n])
                              and not (n > 1 and toks[at].is_lower and toks[at].pos_ == "ADJ")):
            hit = lexicon.folded.get(tuple(w.lower() for w in words))
            if hit:
                return n, hit
    return 0, ()


def name_at(lexicon: Lexicon, toks: list[Token], at: int) -> tuple[int, tuple[Entry, ...]]:
    """The longest lexicon name starting at toks[at] in running text: (length, entries), (0, ()) for none."""
    if toks[at].lower_ not in lexicon.starts:
        return 0, ()
    return lookup_name(lexicon, toks, at, lowercase_text=False)


# A state's name or adjective in its own language, as firms carry it in their names ("Nippon Steel", "Deutsche
# Kabelwerke", "Compania Mexicana de Aviacion"): only a firm's name is read this way.
_NATIVE_STATE_WORDS = {
    "nippon": "JPN", "nihon": "JPN", "deutsche": "DEU", "deutscher": "DEU", "deutsches": "DEU",
    "nederland": "NLD", "nederlandse": "NLD", "francaise": "FRA", "française": "FRA", "francais": "FRA",
    "français": "FRA", "espanola": "ESP", "española": "ESP", "espanol": "ESP", "español": "ESP",
    "italiana": "ITA", "italiano": "ITA", "svenska": "SWE", "norsk": "NOR", "norske": "NOR", "dansk": "DNK",
    "danske": "DNK", "suomen": "FIN", "brasileira": "BRA", "brasileiro": "BRA", "brasil": "BRA",
    "mexicana": "MEX", "mexicano": "MEX", "argentina": "ARG", "chilena": "CHL", "portuguesa": "PRT",
    "osterreichische": "AUT", "österreichische": "AUT", "schweizerische": "CHE", "polska": "POL",
    "ceska": "CZE", "česká": "CZE", "magyar": "HUN", "hellenic": "GRC", "türk": "TUR", "turk": "TUR",
}


# Legal forms that only one state's company law has ("Carrozzeria Bertone S.p.A.", "Neste Oy"); the shared ones
# (GmbH, AG, N.V., S.A., A/S, Plc) say nothing.
_LEGAL_FORM_STATES = {"spa": "ITA", "oy": "FIN", "oyj": "FIN", "kk": "JPN", "ab": "SWE", "asa": "NOR",
                      "bhd": "MYS", "berhad": "MYS", "tbk": "IDN"}


def state_in_firm_name(words: list[str]) -> str | None:
    """The state a firm's name names in that state's own language ("Nippon Lace Co Ltd": Japan), by its home
    federated state ("California Biotechnology Inc"), or by its legal form ("Bertone S.p.A.": Italy), else None."""
    native = next((_NATIVE_STATE_WORDS[w.lower()] for w in words if w.lower() in _NATIVE_STATE_WORDS), None)
    if native is not None or len([w for w in words if w.lower() != "the"]) < 2:
        return native  # "the ASA": initials, not a Norwegian firm's legal form
    legal_form = words[-1].lower().strip(",.>") in COMPANY_SUFFIXES | {"company", "incorporated"}
    home = federated_state(words[0].strip("<")) if legal_form else None
    if home is not None:
        return home.country  # "California Biotechnology Inc": named for its home state
    last = words[-1].strip(",")
    if not last[:1].isupper() or last == "Spa":  # "the spa", "Hotel Spa": a word, not Italy's S.p.A.
        return None
    return _LEGAL_FORM_STATES.get(last.lower().replace(".", ""))


def state_of_title(entry: Entry | None, sector: str | None, head: Token, toks: list[Token],
                   matches: dict[int, Match]) -> str | None:
    """The state a title before a person's name gives ("Colombian finance minister Cesar Gaviria"): in years
    the lexicon does not know him in (no sector), he holds that state's office, not the body it knows him at
    (the OAS)."""
    if entry is None or entry.kind != "person" or not entry.org or entry.country or entry.sector is not None \
            or sector not in ("GOV", "MIL", "LEG", "JUD"):
        return None
    return next((m.entry.country for t in toks if t.i < head.i and (m := matches.get(t.i)) is not None
                 and m.entry.kind in ("country", "demonym") and m.entry.country and not m.entry.org), None)


#: callings outside politics that a title before a name gives ("US actor Will Smith", "the Irish singer X")
_CALLINGS = {"actor", "actress", "singer", "musician", "novelist", "poet", "artist", "footballer", "athlete",
             "comedian", "filmmaker", "rapper", "chef", "designer", "presenter", "songwriter", "guitarist",
             "cricketer", "golfer", "boxer", "goalkeeper", "playwright", "painter", "model"}


def in_a_calling(head: Token) -> bool:
    """A person titled with a calling outside politics ("US actor Will Smith thanked Mandela"): someone of a state,
    but no one who acts for it; what they do is no political event."""
    return head.ent_type_ == "PERSON" and any(c.dep_ == "compound" and c.i < head.i and c.lower_ in _CALLINGS
                                              for c in head.children)


_GENERATION = 25 * 365  # days


def long_gone(lexicon: Lexicon, pid: str, given: list[str], day: str | None) -> bool:
    """ "Victor Reyes", a miners' leader in 1987, is not Victor Manuel Roman y Reyes, Nicaragua's head of state in
    1947-50: a name given only in part names a lexicon person within a generation of their time in office."""
    person = lexicon.people[pid]
    return day is not None and len(given) < len(person.name.split()) - 1 and person.closest_gap(day) > _GENERATION


def overlapped(lexicon: Lexicon, toks: list[Token], at: int, n: int, lowercase_text: bool, shouting: bool) -> bool:
    """ "in the West German engineering industry": a name ("the West") whose last words begin a longer one ("West
    German") is not the name; the longer one, found next, is."""
    return n > 1 and any(lookup_name(lexicon, toks, at + k, lowercase_text, shouting)[0] > n - k for k in range(1, n))



def nearest_name(head: Token, mods: list[Match]) -> Match:
    """The name in a phrase that says who its head is: the nearest, a place before a person; but a firm named in
    apposition or compound to the head ("French group Rhone-Poulenc", "the carrier, Kestrel Airways") is the head
    itself, nearer it than the state word that only says where it is from."""
    return _own_firm(head, mods) or min(mods, key=lambda m: (m.entry.kind == "person", abs(m.start - head.i)))


def _own_firm(head: Token, mods: list[Match]) -> Match | None:
    glue = ("appos", "compound", "nmod", "flat", "punct")
    for m in mods:
        if not is_firm(m.entry) and not (m.entry.kind == "org" and m.entry.sector == "BUS"):
            continue
        if any(o.start >= m.end or o.entry.kind not in ("country", "demonym", "capital") for o in mods if o is not m):
            continue  # "Cargill (U.K.) Ltd": a state named after the firm is its subsidiary's; "ENI subsidiary,
            # Agip Carbone": the parent firm says whose it is
        t = head.doc[m.end - 1]
        while t.i != head.i and t.dep_ in glue and t.head.i != t.i:
            t = t.head
        if t.i == head.i:
            return m
    return None
