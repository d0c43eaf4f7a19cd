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

from spacy.tokens import Token

from detente.coder.actor_words import (
    COMPASS,
    HIS_OFFICES,
    NAMED_BUSINESS,
    NAMED_NGO,
    NAMED_PLACE,
    PARTICLES,
    PLACE_KINDS,
    PORTFOLIO,
    UNOFFICIAL,
)
from detente.coder.context import ArticleContext
from detente.coder.firms import firm_at
from detente.coder.names import Match, lookup_name, overlapped
from detente.coder.sentence import Sentence
from detente.coder.surnames import given_names_agree, is_title_word, person_entry, surname_match
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
            and doc[span_end].lower_ not in words | _NAMED_AFTER | HIS_OFFICES
        return goes_on or (label == "PERSON" and ent.start < span_start and doc[ent.start].is_title
                           and doc[ent.start].lower_ not in words)
    if entry.kind == "person" or not label or label == "NORP":
        return False
    if label == "EVENT" and entry.kind in ("country", "capital") and span_end + 1 < sent.end \
            and doc[span_end].text == "-" and not any(e.kind in ("country", "demonym") for e in lexicon.folded.get(
                (doc[span_end + 1].lower_,), ())):
        return True  # "the Iran-contra affair", "Iran-Contra": a scandal's name, no state acting or acted on
    if label == "PERSON" and entry.kind in ("country", "capital", "org"):
        ent = next((e for e in sentence.ents if e.start <= span_start < e.end), None)
        # "Michael Jordan", "Jordan Peterson", "Israel G. Grossman" are people; in "Belarus Roman Golovchenko" the
        # tagger merely ran a title-less country into the name that follows it; "Mali" tagged alone is its slip.
        # "Sri Lanka's" tagged as a person is the tagger taking the possessive for a name's last word
        return ent is not None and (ent.start < span_start or (ent.end - span_end == 1 and doc[span_end].tag_ != "POS")
                                    or doc[span_end].text[1:] == ".")
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
    parties ("Labour") takes the state of the dateline or of the article's focus, else the first listed. A body
    that did not exist on the article's day is not meant ("ICC" in 1987 is the Interstate Commerce Commission)."""
    entries = tuple(e for e in entries if lexicon.exists_on(e, ctx.date))
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
        return person_entry(lexicon, chosen, day)
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
        if n == 1 and _defined_acronym(toks, i, out):
            n, entries = 0, ()  # "Philippine Coconut Authority (PCA)": the name's own acronym, not the court's
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
        surname = surname_match(t, lexicon, ctx)
        m = _named_after(Match(t.i, t.i + 1, surname), sentence) if surname is not None else None
        if m is not None:
            for k in range(m.start, m.end):
                out[k] = m
        i += 1
    return _shared_names_in_the_sentence_s_state(out, shared, parties=ctx.dateline is None)


def _defined_acronym(toks: list[Token], i: int, out: dict[int, Match]) -> bool:
    """An acronym in brackets right after a name the lexicon did not match is that name's short form."""
    if i < 2 or i + 1 >= len(toks) or toks[i - 1].text != "(" or toks[i + 1].text != ")" or not toks[i].is_upper:
        return False
    before = toks[i - 2]
    return before.pos_ == "PROPN" and before.i not in out


def _shared_names_in_the_sentence_s_state(out: dict[int, Match], shared: dict[int, tuple[Entry, ...]],
                                          parties: bool = True) -> dict[int, Match]:
    """ "Members of Congress urged the Pentagon": a name several states' bodies share is the body of the one state
    the rest of the sentence names, before the state the article is about. A party's, only in a story with no
    dateline: "LONDON - The Labour Party criticised the New Zealand government" is Britain's Labour."""
    if not shared:
        return out
    named = {m.entry.country for k, m in out.items() if m.start not in shared and m.entry.country}
    for start, entries in shared.items():
        m = out.get(start)
        fits = [e for e in entries if e.kind != "person" and (parties or e.sector != "PTY") and e.country in named]
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
            words = [w for w in ent if not is_title_word(w, lexicon) and w.text not in ("'s", "’s")]
            if ent.label_ != "PERSON" or len(words) < 2 or not words[-1].is_title or not words[-1].is_alpha:
                continue
            key = words[-1].lower_
            ids = lexicon.surnames.get(key, ())
            given = [w.text for w in words[:-1] if w.lower_ not in PARTICLES and w.text not in ("-", "‐")]
            agreeing = [p for p in ids if given_names_agree(given, lexicon.people[p].name)]
            if agreeing:
                named.setdefault(key, [])
                named[key] += [p for p in agreeing if p not in named[key]]
            else:
                strangers.add(key)
    return {k: tuple(v) for k, v in named.items()}, frozenset(strangers)


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
