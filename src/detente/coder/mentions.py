"""Finding the lexicon's names in a sentence: states, demonyms, capitals, organisations, office holders.

Longest match first, left to right. Acronyms match case-sensitively; other names only where the text
capitalises them (so "turkey" and "chad" in running text are not states). A name inside a longer proper name
("New Mexico", "Jordan Peterson") is rejected. A bare surname resolves to someone the article introduced,
else to the one namesake in office on the article's date.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from detente.coder.context import ArticleContext
from detente.coder.sentence import Sentence
from detente.lexicon import Entry, Lexicon


@dataclass(frozen=True)
class Match:
    """A lexicon name found in the text (token indexes are the Doc's)."""

    start: int
    end: int
    entry: Entry


def _lookup(lexicon: Lexicon, toks: list[Token], at: int, lowercase_text: bool,
            shouting: bool = False) -> tuple[int, tuple[Entry, ...]]:
    """Longest name starting at toks[at]: (length, entries)."""
    limit = min(lexicon.starts.get(toks[at].lower_, 0), len(toks) - at)
    for n in range(limit, 0, -1):
        words = tuple(t.text for t in toks[at:at + n])
        hit = lexicon.exact.get(words)
        # In an all-capitals headline "IS" and "US" are words, not acronyms; "U.S." and "G7" stay safe.
        if hit and not (shouting and all(w.isalpha() for w in words)):
            return n, hit
        # Lower-cased names match only where the text capitalises a word of them ("the West", "al-Qaeda"),
        # so that "turkey" or "chad" in running text are not states; all-lower-case text is the exception.
        if lowercase_text or any(t.is_title or t.is_upper for t in toks[at:at + n]):
            hit = lexicon.folded.get(tuple(w.lower() for w in words))
            if hit:
                return n, hit
    return 0, ()


def _conflicts_with_entity(span_start: int, span_end: int, sentence: Sentence, entry: Entry,
                           lexicon: Lexicon) -> bool:
    """A place name inside a longer proper name ("New Mexico", "Jordan Peterson") is not the state; a state's
    institution ("U.S. Army", "Pakistan Air Force") is the state's."""
    sent = sentence.span
    doc = sent.doc
    label = doc[span_start].ent_type_
    if entry.kind == "person" and label == "PERSON":
        # "Nasr al-Hariri" is not Saad al-Hariri: a surname whose person's name starts earlier with another
        # given name is someone else of that name
        ent = next((e for e in sentence.ents if e.start <= span_start < e.end), None)
        return ent is not None and ent.start < span_start and doc[ent.start].is_title \
            and doc[ent.start].lower_ not in entry.name.lower().split()
    if entry.kind == "person" or not label or label == "NORP":
        return False
    if label == "PERSON" and entry.kind in ("country", "capital", "org"):
        ent = next((e for e in sentence.ents if e.start <= span_start < e.end), None)
        # "Michael Jordan", "Jordan Peterson" are people; in "Belarus Roman Golovchenko" the tagger merely
        # ran a title-less country into the name that follows it, and "Mali" tagged alone is the tagger's slip.
        return ent is not None and (ent.start < span_start or ent.end - span_end == 1)
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
        if tuple(words) in lexicon.roles or tuple([*words[:-1], t.lemma_.lower()]) in lexicon.roles:
            return True
    return False


def _person_entry(lexicon: Lexicon, e: Entry, day: str | None) -> Entry:
    """A person is GOV while in office on the article's date and ELI (former official, elite) otherwise."""
    person = lexicon.people.get(e.id)
    if person is None or day is None or person.term_on(day) is not None:
        return e
    return Entry(e.id, e.name, e.kind, e.country, e.org, "ELI", e.cameo)


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
    starts = lexicon.starts
    i = 0
    while i < len(toks):
        n, entries = _lookup(lexicon, toks, i, lowercase_text, shouting) if toks[i].lower_ in starts else (0, ())
        if n:
            start = toks[i].i
            entry = _choose_entry(lexicon, entries, ctx)
            if entry is not None and not _conflicts_with_entity(start, start + n, sentence, entry, lexicon):
                m = Match(start, start + n, entry)
                for k in range(start, start + n):
                    out[k] = m
                i += n
                continue
        t = toks[i]
        surname = _surname_match(t, lexicon, ctx)
        if surname is not None:
            out[t.i] = Match(t.i, t.i + 1, surname)
        i += 1
    return out


def _surname_match(t: Token, lexicon: Lexicon, ctx: ArticleContext) -> Entry | None:
    """A bare surname: someone the article already named, else the one namesake in office on its date."""
    if t.pos_ != "PROPN" or not t.is_title:
        return None
    key = t.text.lower()
    intro = ctx.persons.get(key)
    if intro is not None:
        return Entry(intro.entry or f"context:{intro.name}", intro.name or t.text, "person", intro.country,
                     intro.org, intro.sector, intro.cameo)
    ids = lexicon.surnames.get(key)
    if not ids or t.ent_type_ in _NOT_NAMES:
        return None
    # A bare surname next to another capitalised name is part of someone else's name ("Leopoldo López"),
    # unless what precedes it is a title ("President Obama", "Mr Blair").
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN":
        return None
    prev = t.nbor(-1) if t.i > t.sent.start else None
    if prev is not None and prev.is_title and prev.pos_ == "PROPN" and not _is_title_word(prev, lexicon):
        return None
    # ... or further back in the same person's name: "Nasr al-Hariri" is not Saad al-Hariri
    ent = next((e for e in t.sent.ents if e.label_ == "PERSON" and e.start <= t.i < e.end), None)
    if ent is not None and ent.start < t.i and t.doc[ent.start].is_title \
            and not _is_title_word(t.doc[ent.start], lexicon):
        return None
    if ctx.date is None:
        # Undated text: the surname is safe only when every namesake belongs to the same state.
        if len({(lexicon.people[p].country, lexicon.people[p].org) for p in ids}) != 1:
            return None
        person = lexicon.people[ids[0]]
        return Entry(ids[0], person.name, "person", person.country, person.org, "GOV")
    in_office = [pid for pid in ids if lexicon.people[pid].term_on(ctx.date)]
    if len({(lexicon.people[p].country, lexicon.people[p].org) for p in in_office}) != 1:
        return None
    person = lexicon.people[in_office[0]]
    return Entry(in_office[0], person.name, "person", person.country, person.org, "GOV")


_PLACE_KINDS = ("country", "capital", "seat")
# A surname the tagger reads as something else is something else: "Friday", "rally in Lagos".
_NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW", "LANGUAGE",
              "GPE", "LOC", "FAC"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "sheikh", "mr.", "mrs.", "ms.", "dr.",
               "gen", "gen.", "col", "col.", "general", "colonel", "king", "queen", "prince", "princess", "pope",
               "ayatollah", "chancellor", "premier", "secretary"}


def _is_title_word(tok: Token, lexicon: Lexicon) -> bool:
    low = tok.lower_
    return low in _HONORIFICS or (low,) in lexicon.roles or (tok.lemma_.lower(),) in lexicon.roles


def place_country(name: str, lexicon: Lexicon) -> str | None:
    """The state a place name is in: a state, capital or seat of the lexicon, else a city of the gazetteer."""
    words = tuple(w.lower() for w in name.replace(",", " ").split())
    if not words:
        return None
    for entry in lexicon.folded.get(words, ()):
        if entry.kind in _PLACE_KINDS and entry.country:
            return entry.country
    from detente.coder.where import lookup

    found = lookup(" ".join(words)) or lookup(" ".join(words) + " city")
    return found.country if found is not None else None
