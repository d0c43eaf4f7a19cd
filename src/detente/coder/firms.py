"""Firms an article names that the lexicon cannot know: "the equipment maker Vantor Networks", "Polish
carmaker Zoltra", "Kestrel Airways". The guide makes a company tied to a place an actor (sector BUS); without
this, "an inquiry into Vantor's accounts" has no target and "a Zoltra spokesman" speaks for the state.

The article is read once before coding (like :func:`~detente.coder.mentions.article_names`): a name is a firm
where the text calls it one (a company noun before it or in apposition) or its last word says so (a legal form
such as "Inc", or an industry word such as "Airways"). A later mention by the full name or by its first word
("Vantor") is the firm. Its state is the one its name or its introduction gives ("Polish Airlines", "the
Polish firm", "South Korea's state owned Torvane", "the Oslo-based group", "Halvek AG, based in Oslo"), else the
state of the story's dateline, else the one the sentence or the article is about where it is mentioned.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from spacy.tokens import Doc, Span, Token

from detente.coder.actor_words import COMPANY_NOUNS, COMPANY_SUFFIXES, FIRM_ENDINGS, PLACE_KINDS
from detente.coder.context import ArticleContext
from detente.coder.names import FIRM_ID, Match, name_at, state_in_firm_name
from detente.coder.sentence import Sentence
from detente.coder.where import lookup
from detente.coder.wire_names import STATE_KINDS, listing_state, state_at, state_named_inside, ticker_length
from detente.lexicon import Entry, Lexicon
from detente.model import Location

_NOT_ONLY_FIRMS = {"group", "unit", "operator", "developer", "publisher", "producer"}  # "rights group Liberty"
#: what a carrier that is a ship carries
_CARGOES = {"gas", "bulk", "ore", "oil", "crude", "lpg", "lng", "container", "cargo", "car", "product", "products",
            "chemical", "grain", "coal", "aircraft", "troop", "oil/bulk/ore", "obo"}


def article_firms(sentences: list[Sentence], lexicon: Lexicon, dateline: str | None = None) -> Any:
    """Names (lower-cased word tuples) -> the firm's entry (country None when the text gives none). ``dateline``:
    the state the story was filed from, which a legal form two states share defers to."""
    firms: dict[tuple[str, ...], Entry] = {}
    toks = list(sentences[0].doc) if sentences else []  # the article's tokens, listed once, not once per name
    for sentence in sentences:
        for ent in (_unmarked(e) for e in sentence.ents):
            if ent is None or ent.label_ not in ("ORG", "PERSON", "PRODUCT", "FAC") or not _capitalised(ent):
                continue
            if all(t.lower_ in COMPANY_SUFFIXES or t.lower_ == "the" for t in ent):
                continue  # "the ASA" (an association's initials) is no firm for being a legal form's
            listed = ent.end < len(toks) and ticker_length(toks, ent.end) > 0  # "Rhone-Poulenc <RHON.PA>"
            noun = _company_noun(ent) or (_group_before(ent) if listed else None)
            called = noun is not None or (ent.label_ == "ORG" and _firm_ending(ent))  # not only by its ticker
            if not called and not listed:
                continue
            if ent.label_ == "PERSON" and noun is None and not listed and ent[-1].lower_ not in COMPANY_SUFFIXES:
                continue
            if ent[0].lower_ == "the" and name_at(lexicon, toks, ent.start + 1)[0] >= len(ent) - 1:
                continue  # "The Commodity Credit Corporation", tagged with its article: the lexicon's own name
            n, entries = name_at(lexicon, toks, ent.start)
            if n >= len(ent) and _known_company(n, entries) and _firm_ending(ent) and not _names_alone(ent, lexicon):
                # "Nomura Securities Co", which the lexicon knows in full, is "Nomura" later as any firm is
                first = next(e for e in entries if e.kind == "org")
                firms.setdefault((ent[0].lower_,), first)
            if n >= len(ent) or any(e.kind == "person" for e in entries):
                continue  # the lexicon's own name ("the World Bank"), or someone's name
            known = _known_company(n, entries)  # "Halvek Shipping Ltd" after the lexicon's "Halvek Shipping"
            country = _subsidiary_state(ent, n, lexicon) or known or _state_in_name(ent, n, entries) or (
                _state_of_noun(noun, lexicon) if noun else None) or (
                _state_of_noun(ent.root, lexicon) if called else None) or state_in_firm_name([t.text for t in ent]) \
                or _based_before(ent, lexicon) or _described_as(ent, lexicon) or _placed_after(ent) or (
                listing_state(toks, ent.end) if listed else None) or _shared_form_state(ent, dateline)
            words = tuple(t.lower_ for t in ent)
            entry = Entry(f"{FIRM_ID}{ent.text}", ent.text, "org", country, None, "BUS",
                          f"{country}BUS" if country else None)
            bare = words
            while len(bare) > 2 and bare[-1] in COMPANY_SUFFIXES:
                bare = bare[:-1]  # "Toshiba Machine Co" is later "Toshiba Machine"
            short = bare[:-1] if len(bare) > 2 and bare[-1] in _TRADE_WORDS else bare
            # "Halvek Tansor Shipping Plc" is later "Halvek Tansor"
            for key in (words, bare, short, words[:1]):
                if key not in firms or firms[key].country is None:
                    firms[key] = entry
            if n and (not known or _names_alone(ent, lexicon)):  # "US Kestrel Airways" is not known by "US"
                firms.pop(words[:1], None)
        _listed_unrecognised(sentence, lexicon, firms)
    return MappingProxyType(firms)


#: a trade's word that ends a firm's full name and is dropped when the firm is named again
_TRADE_WORDS = FIRM_ENDINGS | {"shipping", "group", "trading", "investments", "international", "securities",
                               "electronics", "mining", "chemicals", "foods", "brewing", "distillers", "freight"}


def _listed_unrecognised(sentence: Sentence, lexicon: Lexicon, firms: dict[tuple[str, ...], Entry]) -> None:
    """ "Brantley Kirk Inc <BKI> said ...": the capitalised words before a ticker name a listed firm, even where
    the entity tagger saw no name; an all-capitals headline is left alone (every word there is capitalised)."""
    toks = list(sentence.span)
    if not any(c.islower() for c in sentence.span.text):
        return
    for i in range(1, len(toks)):
        if not ticker_length(toks, i):
            continue
        start = i
        while start > 0 and i - start < 6 and toks[start - 1].text not in ("<", ">") and (
                toks[start - 1].text[:1].isupper() or toks[start - 1].text in ("&", "-", ".")):
            start -= 1
        while start < i and toks[start].lower_ in ("the", "a", "an", "&", "-", "."):
            start += 1
        words = tuple(t.lower_ for t in toks[start:i])
        if not words or words in firms or name_at(lexicon, toks, start)[0] >= len(words):
            continue  # a name the tagger found, or the lexicon's own ("General Motors Corp <GM>")
        names = [t.text for t in toks[start:i]]
        country = state_in_firm_name(names) or state_named_inside(toks, start, i, lexicon) or listing_state(toks, i)
        firms[words] = Entry(f"{FIRM_ID}{' '.join(names)}", " ".join(names), "org", country, None, "BUS",
                             f"{country}BUS" if country else None)


def firm_at(toks: list[Token], at: int, ctx: ArticleContext) -> Match | None:
    """The article's firm whose name starts at toks[at] (longest first); one whose name and introduction
    give no state takes the sentence's or the article's when resolved."""
    t = toks[at]
    if not ctx.firms or not t.text[:1].isupper() or t.ent_type_ in ("PERSON", "GPE", "NORP"):
        return None
    for n in range(min(6, len(toks) - at), 0, -1):
        entry = ctx.firms.get(tuple(x.lower_ for x in toks[at:at + n]))
        if entry is None:
            continue
        if n == 1 and at + 1 < len(toks) and toks[at + 1].pos_ == "PROPN" and toks[at + 1].text[:1].isupper() \
                and toks[at + 1].ent_type_ == t.ent_type_ != "":
            return None  # "Kestrel Force" is not Kestrel Airways
        return Match(t.i, t.i + n, entry)
    return None


def _known_company(n: int, entries: tuple[Entry, ...]) -> str | None:
    """The home of a company the lexicon knows by the first words of the name ("Halvek Shipping" in "Halvek
    Shipping Co Ltd"): the longer legal name is the same firm, and so is its first word later."""
    homes = {e.country for e in entries if n and e.kind == "org" and e.sector in ("BUS", "MED") and e.country}
    return homes.pop() if len(homes) == 1 else None


def _names_alone(ent: Span, lexicon: Lexicon) -> bool:
    """Is the name's first word a lexicon name by itself ("British" in "British Petroleum Co Plc")? Then it is
    never the firm alone."""
    return name_at(lexicon, [ent[0]], 0)[0] > 0


def _capitalised(ent: Span) -> bool:
    return ent[0].text[:1].isupper() and any(t.is_alpha for t in ent)


def _firm_ending(ent: Span) -> bool:
    last = ent[-1].lower_
    return len(ent) > 1 and (last in COMPANY_SUFFIXES or last in FIRM_ENDINGS)


def _company_noun(ent: Span) -> Token | None:
    """ "maker Vantor Networks", "the airline Kestrel Airways", "Zoltra, Poland's largest company": the word that
    calls the name a firm."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.lemma_.lower() in COMPANY_NOUNS - _NOT_ONLY_FIRMS and before.pos_ == "NOUN":
        # "the gas carrier Nyhammer", "the bulk carrier Pamit": a ship, not an airline
        ahead = ent.doc[before.i - 1].lower_ if before.i > 0 else ""
        return None if before.lower_ == "carrier" and ahead in _CARGOES else before
    if before is not None and before.lower_ == "owned" and ent.label_ == "ORG":
        return before  # "state-owned Torvane", "the family-owned Halvek": what is owned is a business
    root = ent.root
    for c in root.children:
        if c.dep_ == "appos" and c.lemma_.lower() in COMPANY_NOUNS:
            return c
    if root.dep_ == "appos" and root.head.lemma_.lower() in COMPANY_NOUNS:
        return root.head
    return None


#: legal forms two or more states use: the state most firms of that form are from, and the others, where a story
#: filed from one of them leaves the firm to its dateline ("Jefferson Smurfit Group Plc" in a Dublin story)
_SHARED_FORMS = {"plc": ("GBR", {"IRL"})}


def _unmarked(ent: Span) -> Span | None:
    """The name without the wire's angle brackets the tagger took into it ("Lombard North Central Plc>")."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].text in ("<", ">"):
        start += 1
    while end > start and ent.doc[end - 1].text in ("<", ">"):
        end -= 1
    return None if start == end else ent if (start, end) == (ent.start, ent.end) else Span(
        ent.doc, start, end, label=ent.label_)


def _shared_form_state(ent: Span, dateline: str | None) -> str | None:
    """ "John Wood Group PLC" in a story filed from Texas: a public limited company is British, unless the story
    comes from Ireland, where firms take the same form."""
    form = _SHARED_FORMS.get(ent[-1].lower_.replace(".", "")) if len(ent) > 1 else None
    return None if form is None or dateline in form[1] else form[0]


def _group_before(ent: Span) -> Token | None:
    """ "French group Rhone-Poulenc <RHON.PA>": before a listed firm even a word that may call other bodies
    ("group", "unit") calls the firm, and says its state."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before if before is not None and before.lemma_.lower() in COMPANY_NOUNS and before.pos_ == "NOUN" else None


def _state_in_name(ent: Span, n: int, entries: tuple[Entry, ...]) -> str | None:
    """ "Polish Airlines", "Air Poland": a state's name inside the firm's."""
    if n:
        states = {e.country for e in entries if e.kind in STATE_KINDS and e.country}
        if len(states) == 1:
            return states.pop()
    return None


def _subsidiary_state(ent: Span, n: int, lexicon: Lexicon) -> str | None:
    """ "Kestrel Australia Ltd", "Vantor Motor Co of Canada": a known firm's name followed by a state's is its
    subsidiary there, a firm of that state."""
    if not n:
        return None
    toks = list(ent.doc)
    for k in range(ent.start + n, ent.end):
        m, entries = name_at(lexicon, toks, k)
        states = {e.country for e in entries if e.kind == "country" and e.country}
        if m and k + m <= ent.end and len(states) == 1:
            return states.pop()
    return None


def _state_of_noun(noun: Token, lexicon: Lexicon) -> str | None:
    """ "Polish carmaker Zoltra", "Zoltra, Poland's largest company", "the largest brewer in Poland": the state
    the company noun names."""
    places = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i
              and c.lower_ != "based"]
    places += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of")  # "brewer in Poland"
               for p in c.children if p.dep_ == "pobj"]
    places += [p for c in noun.children if c.lower_ == "based" for p in _base_of(c)]  # "the Oslo-based group"
    for c in places:
        state = state_at(c, lexicon) or _owner_glued(c, lexicon)
        if state is not None:
            return state
    return None


def _owner_glued(tok: Token, lexicon: Lexicon) -> str | None:
    """ "a U.S.-owned firm": one token the tokenizer keeps whole because the state's name ends in a stop."""
    owner, dash, how = tok.text.rpartition("-")
    if not dash or how.lower() not in ("owned", "based", "controlled", "run"):
        return None
    states = {e.country for e in lexicon.exact.get((owner,), ()) if e.kind in STATE_KINDS and e.country}
    return states.pop() if len(states) == 1 else None


def _described_as(ent: Span, lexicon: Lexicon) -> str | None:
    """ "Halvek Printing Ltd, a Canadian financial printer": a firm described in apposition by any trade noun
    has the state the description gives (its legal form already says it is a firm)."""
    if not _firm_ending(ent):
        return None
    return next((state for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                 and (state := _state_of_noun(c, lexicon)) is not None), None)


def _placed_after(ent: Span) -> str | None:
    """ "Recovery Resources Corp, Bahrain, ...", "Sumitomo Bakelite Co Ltd, Tokyo, Japan,": the wires' place after
    a firm's legal form, set off by commas, is where the firm is."""
    doc = ent.doc
    if not _firm_ending(ent) or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    place = next((e for e in doc.ents if e.start == ent.end + 1 and e.label_ == "GPE"), None)
    if place is None or place.end >= len(doc) or doc[place.end].text not in (",", ".", ")"):
        return None
    found = lookup(place.text)
    return found.country if found is not None else None


def _based_before(ent: Span, lexicon: Lexicon) -> str | None:
    """ "Madrid-based Redes SA", "Madrid, Spain-based Redes SA": the place written just before a firm's name."""
    doc = ent.doc
    if ent.start < 3 or doc[ent.start - 1].lower_ != "based" or doc[ent.start - 2].text != "-":
        return None
    return state_at(doc[ent.start - 3], lexicon)


def _base_of(based: Token) -> list[Token]:
    """ "Oslo-based", "based in Oslo": the place a firm is based in."""
    return [c for c in based.children if c.dep_ in ("npadvmod", "compound")] + [
        p for c in based.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]


def based_in(head: Token, matches: dict[int, Match]) -> str | None:
    """ "Lisbon-based Redes SA", "Redes SA of Porto": the state of the place a firm is based in."""
    places = [p for c in head.children if c.lower_ == "based" for p in c.children
              if p.dep_ in ("npadvmod", "compound") and p.i in matches]
    found = next((matches[p.i].entry.country for p in places if matches[p.i].entry.country), None)
    if found is None:  # "Ozaki Trading Co Ltd of Osaka, Japan": a firm of a town is of the town's state
        towns = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.i not in matches]
        found = next((t.country for o in towns if (t := _town(o.doc[o.left_edge.i:o.i + 1])) is not None), None)
    if found is None:  # "to <Elders IXL Ltd>, of Australia, for ...", "with <Datanet A/S>, Mjoendalen, Norway,"
        k = head.right_edge.i + 1
        while k < len(head.doc) and head.doc[k].text in (">", ")"):  # "with (Pan-Alberta Gas Ltd) of Canada"
            k += 1
        after = head.doc[k].lower_ if k < len(head.doc) else ""
        bracketed = k > head.right_edge.i + 1
        scan = head.doc[k + 1:k + 6] if after == "," else head.doc[k:k + 6] if after == "of" and bracketed else ()
        skip = -1
        for t in scan:
            if t.i <= skip:
                continue
            if (place := matches.get(t.i)) is not None:  # ", of Australia,", ", Mjoendalen, Norway,"
                found = place.entry.country if place.entry.kind in PLACE_KINDS else None
                break
            run = [x for x in t.doc[t.i:t.i + 3]]
            run = run[:next((n for n, x in enumerate(run) if x.pos_ != "PROPN"), len(run))]
            if run and (town := _town(t.doc[t.i:t.i + len(run)])) is not None:
                found = town.country  # "<I P Sharp Associates Ltd> of Toronto", "<Motown Industries> of Los Angeles"
                break
            skip = t.i + len(run) - 1
            if not (t.pos_ == "PROPN" or t.text == "," or t.lower_ == "of"):
                break
    if found is None:  # "<Rade Koncar>, a Yugoslav maker of electric equipment": the state its description gives
        found = _described_after(head, matches)
    return found


def _described_after(head: Token, matches: dict[int, Match]) -> str | None:
    """The state of ", a Yugoslav maker of ..." right after the firm's name, read by its words (the parser often
    hangs the description elsewhere)."""
    doc = head.doc
    k = head.right_edge.i + 1
    while k < len(doc) and doc[k].text in (">", ")"):
        k += 1
    words = doc[k:k + 6]
    if len(words) < 3 or words[0].text != "," or words[1].lower_ not in ("a", "an", "the"):
        return None
    state = matches.get(words[2].i)
    if state is None or state.entry.kind not in ("demonym", "country") or not state.entry.country:
        return None
    kind = next((t for t in doc[state.end:state.end + 3] if t.pos_ == "NOUN"), None)  # "a Japanese trading house"
    firm = kind is not None and kind.lemma_.lower() in COMPANY_NOUNS | {"concern", "house"}
    return state.entry.country if firm else None


def _town(name: Span) -> Location | None:
    """The gazetteer's town a proper name names in full ("Los Angeles"), never by its last word ("Angeles" is a
    Philippine city): the longest run of its words from the first that names a town."""
    words = [t.text for t in name if t.pos_ == "PROPN"]
    for n in range(len(words), 0, -1):
        town = lookup(" ".join(words[:n]))
        if town is not None and town.country:
            return town
    return None


#: a bank of the state, not a firm: "the Dutch central bank", "a Mexican state bank"
_STATE_S = {"central", "state", "national", "federal", "reserve", "development", "government"}


def described_firms(mentions: list[Match], doc: Doc) -> tuple[str, ...]:
    """The states of the firms a sentence describes by nationality and no name ("A US bank has said", "the
    Japanese carmaker"): whom "the bank" of the next sentences is, when no firm is named. Plural nouns ("US
    banks") are many firms, none the story's."""
    out = []
    for m in mentions:
        if m.entry.kind not in ("country", "demonym") or not m.entry.country:
            continue
        noun = doc[m.end - 1].head
        if doc[m.end - 1].dep_ in ("amod", "compound") and noun.tag_ == "NN" and noun.lower_ in COMPANY_NOUNS \
                and not any((c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and c.i > m.end - 1)
                            or c.lower_ in _STATE_S for c in noun.children):
            out.append(m.entry.country)
    return tuple(out)
