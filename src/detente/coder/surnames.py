"""A bare surname in the text: who it names. Someone the article introduced (in full anywhere in it, or with an
office); else the one namesake heading a state or government on the article's date, or one the lexicon says is
known by surname alone. Other given names, a role outside politics and a name that goes on ("... Foundation") make
it someone, or something, else. :func:`detente.coder.mentions.find_matches` reads surnames after every other name.
"""

from __future__ import annotations

import unicodedata
from difflib import SequenceMatcher

from spacy.tokens import Token

from detente.coder.actor_words import (
    COURTESIES,
    HIS_OFFICES,
    HONORIFICS,
    NAME_PARTICLES,
    NAMED_BUSINESS,
    NAMED_NGO,
    NAMED_PLACE,
    NOT_NAMES,
    PARTICLES,
    POLITICAL_SECTORS,
)
from detente.coder.context import ArticleContext
from detente.coder.names import long_gone
from detente.lexicon import Entry, Lexicon

_NAMED_AFTER = NAMED_NGO | NAMED_BUSINESS | NAMED_PLACE


def person_entry(lexicon: Lexicon, e: Entry, day: str | None) -> Entry:
    """A person is GOV while in office on the article's date and ELI (former official, elite) after; before the
    first office the lexicon knows ("Baker" in 1987, Treasury Secretary then, Secretary of State later) the
    lexicon cannot say which office: no sector rather than a "former" one."""
    person = lexicon.people.get(e.id)
    if person is None or day is None or person.term_on(day) is not None:
        return e
    if person.terms and all(day < t.start for t in person.terms):
        return Entry(e.id, e.name, e.kind, e.country, e.org, None, e.cameo)
    return Entry(e.id, e.name, e.kind, e.country, e.org, "ELI", e.cameo)


def surname_match(t: Token, lexicon: Lexicon, ctx: ArticleContext) -> Entry | None:
    """A bare surname: someone the article introduced; else a namesake the lexicon may name uninvited (see
    :func:`_namesake`). Given names before it must be that person's: "Michelle Obama" is not Barack."""
    if not t.is_title or not _name_like(t, ctx):
        return None
    key = t.text.lower()
    given = _given_names(t, lexicon)
    intro = ctx.persons.get(key)
    if intro is not None and not (intro.code is None and _office_before(t, lexicon)):
        if intro.code is None or (given and not given_names_agree(given, intro.name or "")):
            return None  # someone the lexicon does not know ("Liam Gallagher"), or another of the family
        return Entry(intro.entry or f"context:{intro.name}", intro.name or t.text, "person", intro.country,
                     intro.org, intro.sector, intro.cameo)
    ids = lexicon.surnames.get(key)
    if not ids or t.ent_type_ in NOT_NAMES or _in_other_name(t):
        return None
    ids = _of_the_phrase_s_state(t, len(given), ids, lexicon)
    if given:
        ids = tuple(p for p in ids if given_names_agree(given, lexicon.people[p].name)
                    and not long_gone(lexicon, p, given, ctx.date))
        return _one_namesake(lexicon, ids, ctx.date) if ids else None
    if _private_role(t, lexicon):
        return None  # "Mr Knight, founder of a record label", "the singer Gallagher": not the minister
    named = tuple(p for p in ctx.named.get(key, ()) if p in ids)
    if named:  # the article names the person in full elsewhere (a headline's surname comes first)
        return _one_namesake(lexicon, named, ctx.date)
    # the article names someone else of that surname in full ("Liam Gallagher"): the lexicon's word that the
    # surname alone means its person no longer holds; a title or a head of government in office still does
    return _namesake(t, lexicon, ids, ctx.date, stranger=key in ctx.strangers)


def _of_the_phrase_s_state(t: Token, given: int, ids: tuple[str, ...], lexicon: Lexicon) -> tuple[str, ...]:
    """ "Spanish farm minister Carlos Romero": the namesakes of the state the name's own phrase gives, none if the
    lexicon's are all another state's (El Salvador's Carlos Humberto Romero is not Spain's minister)."""
    k = t.i - given - 1
    while k >= max(t.sent.start, t.i - given - 5) and t.doc[k].dep_ in ("amod", "compound", "nmod", "poss", "case"):
        states = {e.country for e in lexicon.folded.get((t.doc[k].lower_,), ())
                  if e.kind in ("demonym", "country") and e.country}
        if len(states) == 1:
            return tuple(p for p in ids if lexicon.people[p].country in states)
        k -= 1
    return ids


def _name_like(t: Token, ctx: ArticleContext) -> bool:
    """A proper noun, or a capitalised noun the tagger took for a word ("Trump is ...") where the article
    names that person in full."""
    if t.pos_ == "PROPN":
        return True
    key = t.lower_
    return t.pos_ == "NOUN" and (t.ent_type_ == "PERSON" or key in ctx.persons or key in ctx.named) \
        and t.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj")


def _in_other_name(t: Token) -> bool:
    """A surname inside someone else's name: next to another capitalised name ("Leopoldo López") unless what
    precedes is a title ("President Obama"), or the end of a double-barrelled one ("Kilroy-Silk")."""
    doc = t.doc
    nxt = t.nbor(1) if t.i + 1 < len(doc) else None
    if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and nxt.lower_ not in _NAMED_AFTER | HIS_OFFICES:
        return True
    if nxt is not None and (nxt.lower_ in NAME_PARTICLES or nxt.text == "-") and t.i + 2 < len(doc) \
            and (doc[t.i + 2].text == "-" or (nxt.text == "-" and not t.whitespace_ and doc[t.i + 2].is_title)):
        return True  # "Saad al-Abdulla al-Sabah": "Abdulla" goes on with "al-Sabah"; "Jean-Claude Paye"
    prev = t.nbor(-1) if t.i > t.sent.start else None
    if prev is None or prev.text not in ("-", "‐") or prev.whitespace_ or t.i - 1 <= t.sent.start:
        return False
    before = doc[t.i - 2]
    if before.lower_ in NAME_PARTICLES and t.i - 3 >= t.sent.start and doc[t.i - 3].is_title:
        return True  # "Saad al-Abdulla": a name before the particle is this person's
    return before.is_title and not before.whitespace_


def _given_names(t: Token, lexicon: Lexicon) -> list[str]:
    """The capitalised words before a surname that are not titles: its given names ("Michelle", "George W.")."""
    out: list[str] = []
    first = t.sent.start
    if t.ent_type_ == "PERSON" and t.ent_iob_ == "I":  # inside the tagger's name: "Minister Jo Hale", not "Minister"
        first = t.i
        while first > t.sent.start and t.doc[first].ent_iob_ == "I":
            first -= 1
    k = t.i - 1
    while k >= first:
        w = t.doc[k]
        if w.text in ("-", "‐") and not w.whitespace_ or w.lower_ in PARTICLES:
            k -= 1
            continue
        if not (w.is_title or (w.is_upper and len(w.text.rstrip(".")) == 1)) or w.pos_ != "PROPN" \
                or is_title_word(w, lexicon):
            break
        out.append(w.text)
        k -= 1
    return out[::-1]


def given_names_agree(given: list[str], name: str) -> bool:
    """Do the given names fit a full name? Each is one of its words, another spelling of a given name
    ("Sergey", "Mohamed") or the initial of one ("George W."); "Michelle" does not fit Barack Obama.

    A hyphenated name is used whole, by its first part ("Jean" of "Jean-Claude") or spelt out ("Jean Claude");
    a later part alone is no name ("Chang" is not Lee Hoi-chang). Another spelling is of a whole given name:
    of "Lee Sang-ock", "Lee" is the family name and "Sang" part of "Sang-ock", so "Stan" spells neither."""
    whole = [_folded(w) for w in name.split()]
    words = [*whole, *(w.split("-")[0] for w in whole)]
    folded = {_folded(g) for g in given}
    words += [p for w in whole if w.split("-")[0] in folded for p in w.split("-")[1:]]
    spelled = [w for w in whole[:-1] if "-" not in w]
    return all(_fits(_folded(g), words, spelled) for g in given)


def _fits(g: str, words: list[str], spelled: list[str]) -> bool:
    if not g or g in words:
        return True
    if len(g) == 1:
        return any(w.startswith(g) for w in words)
    # another spelling of a given name, not of the surname: "David" is not "Philip Davis"; nor is a name
    # a few letters longer another spelling ("Stephen" is not "Stephenson")
    return any(w[:1] == g[:1] and abs(len(w) - len(g)) <= 2 and SequenceMatcher(None, g, w).ratio() >= 0.75
               for w in spelled)


def _folded(word: str) -> str:
    """Lower case without dots and accents: "José" and "Jose", "W." and "W" are one word."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.strip(".").lower()) if not unicodedata.combining(c))


def _private_role(t: Token, lexicon: Lexicon) -> bool:
    """An apposition or title that gives the name a role outside politics ("Mr Hale, a farmer", "founder of
    ...", "the singer Hale", "rap mogul Hale"): an office holder's namesake, not the office holder."""
    nouns = [c for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if t.dep_ == "appos" and t.head.pos_ == "NOUN":
        nouns.append(t.head)
    prev = t.nbor(-1) if t.i > t.sent.start else None
    if prev is not None and prev.pos_ == "NOUN" and prev.is_lower \
            and (prev.head.i == t.i or (prev.head.i == t.head.i and prev.dep_ == t.dep_)):
        nouns.append(prev)  # "rap mogul Hale"; "the singer Hale kicked", parsed as two subjects
    return any(_role_outside_politics(n, lexicon) for n in nouns)


def _role_outside_politics(noun: Token, lexicon: Lexicon) -> bool:
    """A role noun ("founder", "singer", "farmer") that no political sector of the lexicon claims."""
    words = [noun.lemma_.lower()]
    compound = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i == noun.i - 1]
    if compound:
        words.insert(0, f"{compound[0].lower_} {noun.lemma_.lower()}")
    for w in words:
        sector = lexicon.roles.get(tuple(w.split()))
        if sector is not None:
            return sector not in POLITICAL_SECTORS
    return True


def _namesake(t: Token, lexicon: Lexicon, ids: tuple[str, ...], day: str | None,
              stranger: bool = False) -> Entry | None:
    """A surname the article did not introduce names an office holder only when a title says so ("President
    X", "Foreign Minister X"), when the article's date finds one namesake heading a state or government, or
    when the lexicon says the surname alone is known to mean the person. Undated, only a title or that word."""
    titled = _office_before(t, lexicon)
    if day is None:
        if not titled and (stranger or not any(lexicon.people[p].known_by_surname for p in ids)):
            return None  # "Knight", "Gallagher" in an undated story: a singer as likely as a minister
        return _one_namesake(lexicon, ids, None)
    people = lexicon.people
    in_office = [p for p in ids if (people[p].term_on(day) if titled or people[p].known_by_surname and not stranger
                                    else people[p].top_office_on(day))]
    if t.i > t.sent.start and t.nbor(-1).lower_ in ("prince", "princess"):  # "Prince Mohammed": no reigning king
        in_office = [p for p in in_office if getattr(people[p].top_office_on(day), "role", "") != "head_of_state"]
    if len({(lexicon.people[p].country, lexicon.people[p].org) for p in in_office}) != 1:
        return None
    return _lexicon_person(lexicon, in_office[0])


def _one_namesake(lexicon: Lexicon, ids: tuple[str, ...] | list[str], day: str | None) -> Entry | None:
    """The person of these namesakes when they are one state's (or one body's); the article's date picks among
    them and says whether the person is in office (GOV) or not (ELI)."""
    if not ids or len({(lexicon.people[p].country, lexicon.people[p].org) for p in ids}) != 1:
        return None
    chosen = ids[0] if day is None else min(ids, key=lambda p: lexicon.people[p].closest_gap(day))
    return person_entry(lexicon, _lexicon_person(lexicon, chosen), day)


def _lexicon_person(lexicon: Lexicon, pid: str) -> Entry:
    """The lexicon's person as an actor: an organisation's officer without a state codes as the organisation."""
    person = lexicon.people[pid]
    home = lexicon.orgs.get(person.org or "") if person.country is None else None
    return Entry(pid, person.name, "person", person.country, person.org, "GOV", home.cameo if home else None)


def _office_before(t: Token, lexicon: Lexicon) -> bool:
    """Is the surname preceded by an office ("President", "Foreign Minister", "Gen."), not a courtesy ("Mr")?"""
    prev = t.nbor(-1) if t.i > t.sent.start else None
    return prev is not None and is_title_word(prev, lexicon) and prev.lower_ not in COURTESIES


def is_title_word(tok: Token, lexicon: Lexicon) -> bool:
    low = tok.lower_
    return low in HONORIFICS or (low,) in lexicon.roles or (tok.lemma_.lower(),) in lexicon.roles
