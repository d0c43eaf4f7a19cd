"""Finding the lexicon's names in a sentence: states, demonyms, capitals, organisations, office holders.

Longest match first, left to right. Acronyms match case-sensitively; other names only where the text
capitalises them (so "turkey" and "chad" in running text are not states). A name inside a longer proper name
("New Mexico", "Jordan Peterson") is rejected. A bare surname resolves to someone the article introduced
(in full anywhere in it, or with an office); else to the one namesake heading a state or government on the
article's date, or one the lexicon says is known by surname alone. Other given names, a role outside politics
and a name that goes on ("... Foundation") make it someone, or something, else.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from spacy.tokens import Token

from detente.coder.actor_words import (
    COMPASS,
    COURTESIES,
    HONORIFICS,
    NAME_PARTICLES,
    NAMED_BUSINESS,
    NAMED_NGO,
    NAMED_PLACE,
    NOT_NAMES,
    PARTICLES,
    PLACE_KINDS,
    POLITICAL_SECTORS,
    PORTFOLIO,
    UNOFFICIAL,
)
from detente.coder.context import ArticleContext
from detente.coder.firms import firm_at
from detente.coder.names import Match, long_gone, lookup_name, overlapped
from detente.coder.sentence import Sentence
from detente.coder.where import lookup
from detente.coder.wire_names import bracketed_firm, ticker_length
from detente.lexicon import Entry, Lexicon

#: words before "American" that make it a region's ("North American", "Latin American")
_REGIONS_OF_A_CONTINENT = {"north", "south", "latin", "central", "pan"}


def _conflicts_with_entity(span_start: int, span_end: int, sentence: Sentence, entry: Entry,
                           lexicon: Lexicon) -> bool:
    """A place name inside a longer proper name ("New Mexico", "Jordan Peterson") is not the state; a state's
    institution ("U.S. Army", "Pakistan Air Force") is the state's."""
    sent = sentence.span
    doc = sent.doc
    label = doc[span_start].ent_type_
    if span_end - span_start == 1 and doc[span_start].lower_ in COMPASS and span_end < sent.end \
            and doc[span_end].is_title:
        return True  # "West Africans", "Western Australia": a compass word that begins another name
    if entry.kind == "demonym" and span_start > sent.start and doc[span_start - 1].lower_ in _REGIONS_OF_A_CONTINENT:
        return True  # "North American banks", "Latin American debtors": a region's, not the United States'
    if entry.kind == "person" and label:
        # "Nasr al-Hariri" is not Saad al-Hariri: a surname whose person's name starts earlier with another
        # given name is someone else of that name; a given name the lexicon lists alone ("Mohammed") that
        # goes on with another's surname ("Mohammed Khalil") is that other person's
        ent = next((e for e in sentence.ents if e.start <= span_start < e.end), None)
        if ent is None:
            return False
        words = set(entry.name.lower().split())
        goes_on = ent.end > span_end and doc[span_end].is_title and doc[span_end].pos_ == "PROPN" \
            and doc[span_end].lower_ not in words | _NAMED_AFTER
        return goes_on or (label == "PERSON" and ent.start < span_start and doc[ent.start].is_title
                           and doc[ent.start].lower_ not in words)
    if entry.kind == "person" or not label or label == "NORP":
        return False
    if label == "PERSON" and entry.kind in ("country", "capital", "org"):
        ent = next((e for e in sentence.ents if e.start <= span_start < e.end), None)
        # "Michael Jordan", "Jordan Peterson", "Israel G. Grossman" are people; in "Belarus Roman Golovchenko" the
        # tagger merely ran a title-less country into the name that follows it; "Mali" tagged alone is its slip.
        return ent is not None and (ent.start < span_start or ent.end - span_end == 1 or doc[span_end].text[1:] == ".")
    before = doc[span_start - 1] if span_start - 1 >= sent.start and doc[span_start].ent_iob_ == "I" else None
    after = doc[span_end] if span_end < sent.end and doc[span_end].ent_iob_ == "I" else None
    if after is not None and (before is None or before.pos_ != "PROPN") \
            and _institution_follows(doc, span_end, sent.end, lexicon):
        return False
    if entry.kind == "demonym":  # "Radical French farmers": only a name that goes on ("French Open") conflicts
        before = None
        if after is not None and any(e.kind in ("demonym", "country")
                                     for e in lexicon.folded.get((after.lower_,), ())):
            return False  # "Bosnian Serbs", tagged as one name, are Bosnia's Serbs
    return any(t is not None and t.is_title and t.pos_ == "PROPN" for t in (before, after))


def _institution_follows(doc, start: int, end: int, lexicon: Lexicon) -> bool:  # type: ignore[no-untyped-def]
    """Do the words after a state's name, inside the same entity, name one of its institutions?"""
    words: list[str] = []
    for t in doc[start:min(end, start + lexicon.max_role_tokens)]:
        if t.ent_iob_ != "I":
            break
        words.append(t.lower_)
        if any(tuple(w[k:]) in lexicon.roles for w in (words, [*words[:-1], t.lemma_.lower()]) for k in range(len(w))):
            return True  # "U.S. Agriculture Department": a portfolio may come before the institution's word
    return False


def _person_entry(lexicon: Lexicon, e: Entry, day: str | None) -> Entry:
    """A person is GOV while in office on the article's date and ELI (former official, elite) after; before the
    first office the lexicon knows ("Baker" in 1987, Treasury Secretary then, Secretary of State later) the
    lexicon cannot say which office: no sector rather than a "former" one."""
    person = lexicon.people.get(e.id)
    if person is None or day is None or person.term_on(day) is not None:
        return e
    if person.terms and all(day < t.start for t in person.terms):
        return Entry(e.id, e.name, e.kind, e.country, e.org, None, e.cameo)
    return Entry(e.id, e.name, e.kind, e.country, e.org, "ELI", e.cameo)


def _acronym_of_a_state_not_spoken_of(toks: list[Token], entry: Entry, lexicon: Lexicon,
                                      ctx: ArticleContext) -> bool:
    """ "The EFF asked a California court ...": a short acronym of one state's party, firm or armed group names
    it only in an article that speaks of that state, is filed from it or spells the name out; elsewhere three
    letters are as likely someone else's (an American foundation)."""
    if entry.kind not in ("org", "body") or not entry.country or entry.sector not in UNOFFICIAL \
            or entry.country == ctx.dateline:
        return False
    word = "".join(t.text for t in toks)
    letters = [c for c in word if c.isalpha()]
    if not letters or len(letters) > 5 or not all(c.isupper() for c in letters):
        return False
    text = toks[0].doc.text.lower()
    names = (entry.name.lower(), *lexicon.state_names.get(entry.country, ()))
    return not any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in names)


def _choose_entry(lexicon: Lexicon, entries: tuple[Entry, ...], ctx: ArticleContext) -> Entry | None:
    """Of the entries a name may stand for, the one the article is about: a name shared by two states'
    parties ("Labour") takes the state of the dateline or of the article's focus, else the first listed."""
    others = [e for e in entries if e.kind != "person"]
    if len({e.country for e in others}) > 1:
        for state in (ctx.dateline, ctx.focus_country, *reversed(ctx.recent_states)):
            chosen = next((e for e in others if state and e.country == state), None)
            if chosen is not None:
                return chosen
    return _choose_person(lexicon, entries, ctx.date)


def _choose_person(lexicon: Lexicon, entries: tuple[Entry, ...], day: str | None) -> Entry | None:
    people = [e for e in entries if e.kind == "person"]
    others = [e for e in entries if e.kind != "person"]
    if others:
        return others[0]
    if not people:
        return None
    if len({(e.country, e.org) for e in people}) == 1:
        chosen = people[0]
        if day is not None:
            chosen = min(people, key=lambda e: lexicon.people[e.id].closest_gap(day))
        return _person_entry(lexicon, chosen, day)
    if day is None:
        return None
    in_office = [e for e in people if lexicon.people[e.id].term_on(day)]
    if len({(e.country, e.org) for e in in_office}) == 1:
        return in_office[0]
    return None


def find_matches(sentence: Sentence, lexicon: Lexicon, ctx: ArticleContext) -> dict[int, Match]:
    """Map each token index covered by a lexicon name to its match (longest match, left to right)."""
    sent = sentence.span
    toks = list(sent)
    text = sent.text  # built from the tokens on each access
    lowercase_text = not any(c.isupper() for c in text)
    letters = [c for c in text if c.isalpha()]
    shouting = len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    out: dict[int, Match] = {}
    shared: dict[int, tuple[Entry, ...]] = {}  # names several states' bodies share ("Congress", "Labour")
    starts = lexicon.starts
    i = 0
    while i < len(toks):
        ticker = ticker_length(toks, i)
        if ticker:  # "Marlow Corp <UK>": a stock ticker, whatever name its letters spell
            i += ticker
            continue
        bracketed = bracketed_firm(toks, i, lexicon, ctx, _choose_entry)
        if bracketed is not None:  # "<Halvek Savings Bank FSB>": one firm's name, whatever words are in it
            for k in range(bracketed.start, bracketed.end):
                out[k] = bracketed
            i = bracketed.end - sent.start + 1
            continue
        firm = firm_at(toks, i, ctx)
        if firm is not None:
            for k in range(firm.start, firm.end):
                out[k] = firm
            i += firm.end - firm.start
            continue
        n, entries = lookup_name(lexicon, toks, i, lowercase_text, shouting) if toks[i].lower_ in starts else (0, ())
        if n and not overlapped(lexicon, toks, i, n, lowercase_text, shouting):
            start = toks[i].i
            entry = _choose_entry(lexicon, entries, ctx)
            if len({e.country for e in entries if e.kind != "person"}) > 1:
                shared[start] = entries
            if entry is not None and (_acronym_of_a_state_not_spoken_of(toks[i:i + n], entry, lexicon, ctx) or (
                    n == 1 and entry.kind == "org" and toks[i].lower_ in ctx.persons)):
                entry = None  # "Embraer" after "deputy minister Carlos Embraer": the man, not the firm
            if entry is not None and not _conflicts_with_entity(start, start + n, sentence, entry, lexicon) \
                    and not _not_the_body(Match(start, start + n, entry), sentence):
                m = _named_after(Match(start, start + n, entry), sentence)
                if m is not None:
                    for k in range(m.start, m.end):
                        out[k] = m
                i += n
                continue
        t = toks[i]
        surname = _surname_match(t, lexicon, ctx)
        m = _named_after(Match(t.i, t.i + 1, surname), sentence) if surname is not None else None
        if m is not None:
            for k in range(m.start, m.end):
                out[k] = m
        i += 1
    return _shared_names_in_the_sentence_s_state(out, shared)


def _shared_names_in_the_sentence_s_state(out: dict[int, Match], shared: dict[int, tuple[Entry, ...]]
                                          ) -> dict[int, Match]:
    """ "Members of Congress urged the Pentagon": a name several states' bodies share is the body of the one state
    the rest of the sentence names, before the state the article is about."""
    if not shared:
        return out
    named = {m.entry.country for k, m in out.items() if m.start not in shared and m.entry.country}
    for start, entries in shared.items():
        m = out.get(start)
        fits = [e for e in entries if e.kind != "person" and e.country in named]
        if m is None or m.start != start or len({e.country for e in fits}) != 1 or m.entry.country in named:
            continue
        chosen = Match(m.start, m.end, fits[0])
        for k in range(m.start, m.end):
            out[k] = chosen
    return out


_NAMED_AFTER = NAMED_NGO | NAMED_BUSINESS | NAMED_PLACE


def _not_the_body(m: Match, sentence: Sentence) -> bool:
    """ "non-OPEC producers" are not OPEC; "Labour Minister" is a minister of labour, not of the Labour party."""
    doc = sentence.doc
    if m.start - 2 >= sentence.span.start and doc[m.start - 1].text == "-" and doc[m.start - 2].lower_ == "non":
        return True
    nxt = doc[m.end] if m.end < sentence.span.end else None
    if nxt is not None and nxt.is_title and m.entry.kind != "person" \
            and lookup(f"{doc[m.start:m.end].text} {nxt.text}") is not None:
        return True  # "the West Bank" is a place, not the West
    return nxt is not None and m.entry.kind == "org" and m.entry.sector == "PTY" and m.end - m.start == 1 \
        and nxt.lower_ in PORTFOLIO


def _named_after(m: Match, sentence: Sentence) -> Match | None:
    """A person's match, unless the name goes on with what names a body, firm or place after the person, or
    the sentence says "which" of it."""
    if m.entry.kind != "person" or m.end >= sentence.span.end:
        return m
    nxt = sentence.doc[m.end]
    word = nxt.lower_
    if word == "," and m.end + 1 < sentence.span.end and sentence.doc[m.end + 1].lower_ == "which":
        return None  # "Rainier, which agreed to merge": a thing named after the person (a bank), not the person
    if not nxt.is_title or word not in _NAMED_AFTER:
        return m
    if word in NAMED_PLACE or m.entry.country is None:
        return None
    sector = "NGO" if word in NAMED_NGO else "BUS"
    name = f"{sentence.doc[m.start:m.end].text} {nxt.text}"
    return Match(m.start, m.end + 1, Entry(f"named-after:{name}", name, "org", m.entry.country, None, sector,
                                           f"{m.entry.country}{sector}"))


def article_names(sentences: list[Sentence], lexicon: Lexicon) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """The people an article names in full, by surname: the lexicon's (surname -> ids) and others'.

    A surname alone means the person the article names in full, wherever that is: in the body after a
    headline, or a stranger of the same name ("Oasis singer Liam ...") whom the lexicon cannot know.
    """
    named: dict[str, list[str]] = {}
    strangers: set[str] = set()
    for sentence in sentences:
        for ent in sentence.ents:
            words = [w for w in ent if not _is_title_word(w, lexicon) and w.text not in ("'s", "’s")]
            if ent.label_ != "PERSON" or len(words) < 2 or not words[-1].is_title or not words[-1].is_alpha:
                continue
            key = words[-1].lower_
            ids = lexicon.surnames.get(key, ())
            given = [w.text for w in words[:-1] if w.lower_ not in PARTICLES and w.text not in ("-", "‐")]
            agreeing = [p for p in ids if _agrees(given, lexicon.people[p].name)]
            if agreeing:
                named.setdefault(key, [])
                named[key] += [p for p in agreeing if p not in named[key]]
            else:
                strangers.add(key)
    return {k: tuple(v) for k, v in named.items()}, frozenset(strangers)


def _surname_match(t: Token, lexicon: Lexicon, ctx: ArticleContext) -> Entry | None:
    """A bare surname: someone the article introduced; else a namesake the lexicon may name uninvited (see
    :func:`_namesake`). Given names before it must be that person's: "Michelle Obama" is not Barack."""
    if not t.is_title or not _name_like(t, ctx):
        return None
    key = t.text.lower()
    given = _given_names(t, lexicon)
    intro = ctx.persons.get(key)
    if intro is not None and not (intro.code is None and _office_before(t, lexicon)):
        if intro.code is None or (given and not _agrees(given, intro.name or "")):
            return None  # someone the lexicon does not know ("Liam Gallagher"), or another of the family
        return Entry(intro.entry or f"context:{intro.name}", intro.name or t.text, "person", intro.country,
                     intro.org, intro.sector, intro.cameo)
    ids = lexicon.surnames.get(key)
    if not ids or t.ent_type_ in NOT_NAMES or _in_other_name(t):
        return None
    ids = _of_the_phrase_s_state(t, len(given), ids, lexicon)
    if given:
        ids = tuple(p for p in ids if _agrees(given, lexicon.people[p].name) and not long_gone(lexicon, p, given,
                                                                                               ctx.date))
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
    if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" and nxt.lower_ not in _NAMED_AFTER:
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
                or _is_title_word(w, lexicon):
            break
        out.append(w.text)
        k -= 1
    return out[::-1]


def _agrees(given: list[str], name: str) -> bool:
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
    if len({(lexicon.people[p].country, lexicon.people[p].org) for p in in_office}) != 1:
        return None
    return _lexicon_person(lexicon, in_office[0])


def _one_namesake(lexicon: Lexicon, ids: tuple[str, ...] | list[str], day: str | None) -> Entry | None:
    """The person of these namesakes when they are one state's (or one body's); the article's date picks among
    them and says whether the person is in office (GOV) or not (ELI)."""
    if not ids or len({(lexicon.people[p].country, lexicon.people[p].org) for p in ids}) != 1:
        return None
    chosen = ids[0] if day is None else min(ids, key=lambda p: lexicon.people[p].closest_gap(day))
    return _person_entry(lexicon, _lexicon_person(lexicon, chosen), day)


def _lexicon_person(lexicon: Lexicon, pid: str) -> Entry:
    """The lexicon's person as an actor: an organisation's officer without a state codes as the organisation."""
    person = lexicon.people[pid]
    home = lexicon.orgs.get(person.org or "") if person.country is None else None
    return Entry(pid, person.name, "person", person.country, person.org, "GOV", home.cameo if home else None)


def _office_before(t: Token, lexicon: Lexicon) -> bool:
    """Is the surname preceded by an office ("President", "Foreign Minister", "Gen."), not a courtesy ("Mr")?"""
    prev = t.nbor(-1) if t.i > t.sent.start else None
    return prev is not None and _is_title_word(prev, lexicon) and prev.lower_ not in COURTESIES


def _is_title_word(tok: Token, lexicon: Lexicon) -> bool:
    low = tok.lower_
    return low in HONORIFICS or (low,) in lexicon.roles or (tok.lemma_.lower(),) in lexicon.roles


def place_country(name: str, lexicon: Lexicon) -> str | None:
    """The state a place name is in: a state, capital or seat of the lexicon, else a city of the gazetteer."""
    words = tuple(w.lower() for w in name.replace(",", " ").split())
    if not words:
        return None
    for entry in lexicon.folded.get(words, ()):
        if entry.kind in PLACE_KINDS and entry.country:
            return entry.country
    from detente.coder.where import lookup

    found = lookup(" ".join(words)) or lookup(" ".join(words) + " city") or lookup(_umlauts(" ".join(words)))
    return found.country if found is not None else None


def _umlauts(name: str) -> str:
    """ "DUESSELDORF", "KOELN": the wires spell an umlaut with an e after the vowel; the gazetteer has it."""
    return name.replace("ue", "ü").replace("oe", "ö").replace("ae", "ä")
