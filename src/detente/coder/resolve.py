"""Find actor mentions in a sentence and resolve noun phrases to political actors.

Resolution works on the dependency parse: a phrase is its head noun plus modifiers ("Belarusian officials",
"Prime Minister of Belarus Roman Golovchenko", "China's foreign ministry"). The head's own match wins over a
modifier's ("the European Union member Lithuania" is Lithuania); a role word gives the sector and a country
or organisation in the phrase, or else the one the article is about, gives the code.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from detente.lexicon import Entry, Lexicon
from detente.model import Actor

# Dependencies that keep a token inside the noun phrase of its head.
_NP_DEPS = {"compound", "amod", "nmod", "poss", "det", "appos", "flat", "nummod", "case", "prep", "pobj",
            "npadvmod", "quantmod", "punct"}
_NP_PREPS = {"of", "from", "in", "by", "throughout", "across"}
# "Thousands of students", "a group of rebels", "members of the party": the actor is in the of-phrase.
_QUANTITY_HEADS = {"ten", "tens", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen",
                   "dozens", "score", "scores", "group", "number", "member", "some", "many", "most", "all", "part",
                   "third", "half", "majority", "minority", "band", "crowd", "handful", "couple", "delegation",
                   "team", "contingent", "unit", "battalion", "column", "convoy", "wave", "mass", "lot", "body"}
_ANAPHORS_COUNTRY = {"country", "state", "nation", "republic", "kingdom"}
_ANAPHORS_ORG = {"bloc", "alliance", "union", "organisation", "organization", "body", "grouping"}
_PRONOUN_POSSESSIVES = {"its", "their"}


@dataclass(frozen=True)
class Match:
    """A lexicon name found in the text (token indexes are the Doc's)."""

    start: int
    end: int
    entry: Entry


@dataclass
class ArticleContext:
    """What the article has introduced so far, for "the country", "the bloc" and bare surnames.

    It lives for one article only and is passed explicitly: no state is shared between articles.
    """

    date: str | None
    countries: Counter = field(default_factory=Counter)
    last_country: str | None = None
    last_org: str | None = None
    persons: dict[str, Actor] = field(default_factory=dict)  # surname -> actor as introduced
    last_source: Actor | None = None  # the previous event's source, for "it" / "they"

    last_kind: str | None = None  # "country" or "org": which was named last, for "its" / "their"

    @property
    def focus_country(self) -> str | None:
        if not self.countries:
            return None
        top = self.countries.most_common(2)
        if len(top) == 1 or top[0][1] > top[1][1]:
            return top[0][0]
        return self.last_country


def _lookup(lexicon: Lexicon, toks: list[Token], lowercase_text: bool,
            shouting: bool = False) -> tuple[int, tuple[Entry, ...]]:
    """Longest name starting at toks[0]: (length, entries)."""
    limit = min(lexicon.starts.get(toks[0].lower_, 0), len(toks))
    for n in range(limit, 0, -1):
        words = tuple(t.text for t in toks[:n])
        hit = lexicon.exact.get(words)
        # In an all-capitals headline "IS" and "US" are words, not acronyms; "U.S." and "G7" stay safe.
        if hit and not (shouting and all(w.isalpha() for w in words)):
            return n, hit
        # Lower-cased names match only where the text capitalises a word of them ("the West", "al-Qaeda"),
        # so that "turkey" or "chad" in running text are not states; all-lower-case text is the exception.
        if lowercase_text or any(t.is_title or t.is_upper for t in toks[:n]):
            hit = lexicon.folded.get(tuple(w.lower() for w in words))
            if hit:
                return n, hit
    return 0, ()


def _conflicts_with_entity(span_start: int, span_end: int, sent: Span, entry: Entry) -> bool:
    """A place name inside a longer proper name ("New Mexico", "Jordan Peterson") is not the state."""
    doc = sent.doc
    label = doc[span_start].ent_type_
    if entry.kind == "person" or not label or label == "NORP":
        return False
    if label == "PERSON" and entry.kind in ("country", "capital", "org"):
        ent = next((e for e in sent.ents if e.start <= span_start < e.end), None)
        # "Michael Jordan", "Jordan Peterson" are people; in "Belarus Roman Golovchenko" the tagger merely
        # ran a title-less country into the name that follows it.
        return ent is not None and (ent.end == span_end or ent.end - span_end == 1)
    before = doc[span_start - 1] if span_start - 1 >= sent.start and doc[span_start].ent_iob_ == "I" else None
    after = doc[span_end] if span_end < sent.end and doc[span_end].ent_iob_ == "I" else None
    return any(t is not None and t.is_title and t.pos_ == "PROPN" for t in (before, after))


def _person_entry(lexicon: Lexicon, e: Entry, day: str | None) -> Entry:
    """A person is GOV while in office on the article's date and ELI (former official, elite) otherwise."""
    person = lexicon.people.get(e.id)
    if person is None or day is None or person.term_on(day) is not None:
        return e
    return Entry(e.id, e.name, e.kind, e.country, e.org, "ELI", e.cameo)


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


def find_matches(sent: Span, lexicon: Lexicon, ctx: ArticleContext) -> dict[int, Match]:
    """Map each token index covered by a lexicon name to its match (longest match, left to right)."""
    toks = list(sent)
    lowercase_text = not any(c.isupper() for c in sent.text)
    letters = [c for c in sent.text if c.isalpha()]
    shouting = len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    out: dict[int, Match] = {}
    i = 0
    while i < len(toks):
        n, entries = _lookup(lexicon, toks[i:], lowercase_text, shouting)
        if n:
            start = toks[i].i
            entry = _choose_person(lexicon, entries, ctx.date)
            if entry is not None and not _conflicts_with_entity(start, start + n, sent, entry):
                m = Match(start, start + n, entry)
                for k in range(start, start + n):
                    out[k] = m
                if entry.kind == "person" and n > 1:
                    ctx.persons[toks[i + n - 1].text.lower()] = Actor(
                        text=entry.name, span=(0, 0), name=entry.name, country=entry.country, org=entry.org,
                        sector=entry.sector, cameo=entry.cameo, entry=entry.id)
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
    if not ids or ctx.date is None:
        return None
    # A bare surname followed by another capitalised name is someone else's first name.
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN":
        return None
    in_office = [pid for pid in ids if lexicon.people[pid].term_on(ctx.date)]
    if len({(lexicon.people[p].country, lexicon.people[p].org) for p in in_office}) != 1:
        return None
    person = lexicon.people[in_office[0]]
    return Entry(in_office[0], person.name, "person", person.country, person.org, "GOV")


def phrase_tokens(head: Token, stop: Token | None = None) -> list[Token]:
    """The head and the modifiers that belong to its noun phrase (no clauses, no coordinated nouns).

    ``stop`` is the event's trigger: a modifier that contains it is the event, not the actor
    ("Minsk of legislative restrictions").
    """
    out = [head]
    stack = [c for c in head.children]
    while stack:
        c = stack.pop()
        if c.dep_ not in _NP_DEPS:
            continue
        if c.dep_ == "prep" and c.lower_ not in _NP_PREPS:
            continue
        if stop is not None and c.left_edge.i <= stop.i <= c.right_edge.i:
            continue
        out.append(c)
        stack.extend(c.children)
    return sorted(out, key=lambda t: t.i)


def role_sector(head: Token, lexicon: Lexicon) -> tuple[str | None, int]:
    """Sector of the role phrase ending at ``head`` ("prime minister", "officials"), and its first token."""
    doc = head.doc
    for n in range(min(lexicon.max_role_tokens, head.i + 1), 0, -1):
        toks = doc[head.i - n + 1: head.i + 1]
        lemmas = tuple([t.lower_ for t in toks[:-1]] + [toks[-1].lemma_.lower()])
        words = tuple(t.lower_ for t in toks)
        sector = lexicon.roles.get(lemmas) or lexicon.roles.get(words)
        if sector:
            return sector, head.i - n + 1
    return None, head.i


def _cameo_code(country: str | None, org: str | None, sector: str | None, entry: Entry | None) -> str | None:
    if entry is not None and entry.cameo and (entry.kind in ("org", "body") or sector in (None, entry.sector)):
        return entry.cameo if entry.kind in ("org", "body") or not sector else f"{country}{sector}"
    if country:
        return f"{country}{sector or ''}"
    return entry.cameo if entry else None


def resolve_phrase(head: Token, sent: Span, matches: dict[int, Match], lexicon: Lexicon,
                   ctx: ArticleContext, stop: Token | None = None) -> Actor | None:
    """The actor a noun phrase names, or None when it names no political actor."""
    if (head.lemma_.lower() in _QUANTITY_HEADS or head.pos_ == "NUM") and head.i not in matches:
        inner = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), None)
        if inner is not None:
            found = resolve_phrase(inner, sent, matches, lexicon, ctx, stop)
            if found is not None:
                return found
    toks = phrase_tokens(head, stop)
    head_match = matches.get(head.i)
    sector, role_start = role_sector(head, lexicon)
    if sector is None and head.pos_ == "PROPN" and head.i not in matches:
        # "journalist Khadija Ismayilova", "opposition leader Ana Lopez": a title before a name
        for c in sorted((c for c in head.children if c.dep_ in ("compound", "amod", "nmod") and c.i not in matches),
                        key=lambda c: -c.i):
            sector, role_start = role_sector(c, lexicon)
            if sector:
                break
    entry: Entry | None = None
    if head_match is not None:
        entry = head_match.entry
        if role_start >= head_match.start:  # the role word is part of the name: "European Union"
            sector, role_start = None, head.i
    else:
        # The nearest modifier match: "Belarusian officials", "Prime Minister of Belarus", "China's ministry".
        mods = [matches[t.i] for t in toks if t.i in matches and not _is_patron(matches[t.i], head.doc)]
        if mods:
            entry = min(mods, key=lambda m: (m.entry.kind == "person", abs(m.start - head.i))).entry
    if entry is not None and entry.kind == "person" and sector is None:
        sector = entry.sector
    country = entry.country if entry else None
    org = entry.org if entry else None
    how = entry.id if entry else None
    if entry is None and (sector or head.lower_ in _ANAPHORS_COUNTRY | _ANAPHORS_ORG):
        country, org, how = _from_context(head, toks, sector, ctx, matches)
    if entry is not None and sector is None:
        sector = entry.sector
        if entry.kind == "demonym" and head_match is not None:
            sector = None
    if country is None and org is None and sector is None:
        return None
    if country is None and org is None and not _is_actor_noun(head, sector):
        return None
    start_tok = min(min(t.i for t in toks), role_start)
    start_tok = max(start_tok, sent.start)
    while sent.doc[start_tok].dep_ in ("det", "punct", "case") and start_tok < head.i:
        start_tok += 1
    end_tok = max(t.i for t in toks) + 1
    span = sent.doc[start_tok:end_tok]
    name = entry.name if entry else (lexicon.countries.get(country or "") or None)
    return Actor(
        text=span.text,
        span=(span.start_char - sent.start_char, span.end_char - sent.start_char),
        name=name,
        country=country,
        org=org,
        sector=sector,
        cameo=_cameo_code(country, org, sector, entry),
        entry=how,
    )


def _is_actor_noun(head: Token, sector: str | None) -> bool:
    return sector is not None and head.pos_ in ("NOUN", "PROPN")


# "Saudi-led" names the leader, who acts; "US-backed" and "Brussels-based" do not name the actor.
_PATRON_WORDS = {"backed", "funded", "trained", "supported", "allied", "aligned", "linked", "inspired",
                 "sponsored", "armed", "based"}


def _is_patron(m: Match, doc) -> bool:  # type: ignore[no-untyped-def]
    """ "US-backed fighters" are not American: the name is the fighters' patron, not their state."""
    return m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ in _PATRON_WORDS


def _state_role(head: Token, sector: str) -> bool:
    """Only a state's own institutions default to the country an article is about: "officials said",
    "the army"; "snipers", "suicide bombers" or "families" may be anyone's."""
    if sector in ("GOV", "COP", "JUD", "LEG"):
        return True
    return sector == "MIL" and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their")
                                   for c in head.children)


def _names_unknown_group(toks: list[Token], head: Token, matches: dict[int, Match]) -> bool:
    """ "Kurdish forces", "Baghdadi's men", "our fighters": the phrase names a group the lexicon does not
    know, so the article's country would be a guess."""
    for t in toks:
        if t is head or t.i in matches:
            continue
        if t.lower_ in ("our", "my", "your"):
            return True
        if t.dep_ in ("amod", "compound", "poss", "nmod") and t.text[:1].isupper() and t.is_alpha \
                and t.i != head.sent.start:
            return True
    return False


def _from_context(head: Token, toks: list[Token], sector: str | None, ctx: ArticleContext,
                  matches: dict[int, Match]) -> tuple[str | None, str | None, str | None]:
    words = {t.lower_ for t in toks}
    if words & _ANAPHORS_ORG and ctx.last_org:
        return None, ctx.last_org, "context:org"
    if words & _PRONOUN_POSSESSIVES and ctx.last_kind == "org" and ctx.last_org:
        return None, ctx.last_org, "context:org"  # "its fighters" after "Islamic State"
    if words & (_ANAPHORS_COUNTRY | _PRONOUN_POSSESSIVES) and ctx.last_country:
        return ctx.last_country, None, "context:country"
    if sector:
        # "Shona rebels", "refugees": the one state the sentence names, else the one the article is about.
        in_sentence = {m.entry.country for m in matches.values()
                       if m.entry.country and m.entry.kind in ("country", "capital", "seat", "demonym", "person")}
        if len(in_sentence) == 1:
            return next(iter(in_sentence)), None, "context:sentence"
        if ctx.focus_country and _state_role(head, sector) and not _names_unknown_group(toks, head, matches):
            return ctx.focus_country, None, "context:focus"
    return None, None, None


def coordinated(head: Token) -> list[Token]:
    """The head and the nouns coordinated with it ("Hungary and Romania"), in order."""
    out = [head]
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(coordinated(c))
    return out


def resolve_actors(head: Token, sent: Span, matches: dict[int, Match], lexicon: Lexicon,
                   ctx: ArticleContext, stop: Token | None = None) -> list[Actor]:
    """All actors a (possibly coordinated) phrase names: one per conjunct, duplicates removed."""
    actors: list[Actor] = []
    for h in coordinated(head):
        a = resolve_phrase(h, sent, matches, lexicon, ctx, stop)
        if a is not None and all(a.code != b.code or a.sector != b.sector for b in actors):
            actors.append(a)
            actors.extend(b for b in _coordinated_modifiers(h, a, sent, matches)
                          if all(b.code != c.code for c in actors))
    return actors


def _coordinated_modifiers(head: Token, base: Actor, sent: Span, matches: dict[int, Match]) -> list[Actor]:
    """"The Turkish and Greek sides": one actor per coordinated adjective or name, with the head's role."""
    out = []
    for mod in head.children:
        if mod.dep_ not in ("amod", "compound", "nmod") or mod.i not in matches:
            continue
        for c in mod.subtree:
            m = matches.get(c.i)
            if c.dep_ != "conj" or m is None or m.entry.kind == "person":
                continue
            e = m.entry
            span = sent.doc[m.start:m.end]
            sector = base.sector if base.sector != e.sector and e.kind not in ("org", "body") else e.sector
            out.append(Actor(text=span.text, span=(span.start_char - sent.start_char, span.end_char - sent.start_char),
                             name=e.name, country=e.country, org=e.org, sector=sector,
                             cameo=_cameo_code(e.country, e.org, sector, e), entry=e.id))
    return out


def remember_people(sent: Span, matches: dict[int, Match], lexicon: Lexicon, ctx: ArticleContext) -> None:
    """Record people the article introduces with a role ("Prime Minister of Belarus Roman Golovchenko")."""
    for ent in sent.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        surname = ent[-1]
        if surname.i in matches and matches[surname.i].entry.kind == "person" \
                and not matches[surname.i].entry.id.startswith("context:"):
            continue
        head = ent.root
        # The role phrase usually governs the name or is compounded to it.
        gov = head.head if head.dep_ in ("appos", "compound", "flat") else head
        for h in (head, gov):
            actor = resolve_phrase(h, sent, matches, lexicon, ctx)
            if actor is not None and actor.code:
                ctx.persons[surname.text.lower()] = Actor(
                    text=ent.text, span=(0, 0), name=ent.text, country=actor.country, org=actor.org,
                    sector=actor.sector, cameo=actor.cameo, entry=f"introduced:{ent.text}")
                break


def note_sentence(matches: dict[int, Match], ctx: ArticleContext) -> None:
    """Feed the sentence's mentions into the article context (after the sentence is coded)."""
    seen = set()
    for m in sorted(set(matches.values()), key=lambda m: m.start):
        if m.start in seen:
            continue
        seen.add(m.start)
        e = m.entry
        if e.kind in ("country", "capital", "seat", "demonym") and e.country:
            ctx.countries[e.country] += 1
            ctx.last_country = e.country
            ctx.last_kind = "country"
        elif e.org and e.kind in ("org", "body"):
            ctx.last_org = e.org
            ctx.last_kind = "org"
