"""People an article introduces: office holders named in full, and unknown names with a role ("Prime Minister
of Belarus Roman Golovchenko"), so that a later bare surname or "he" resolves to them (the pipeline keeps them
in the article context)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.coder.context import ArticleContext
from detente.coder.modality_words import TELLING_VERBS
from detente.coder.names import Match, is_company
from detente.coder.phrase_heads import company, role_sector
from detente.coder.resolve import cameo_code, resolve_phrase
from detente.coder.sentence import Sentence
from detente.lexicon import Lexicon
from detente.model import Actor


def introductions(sentence: Sentence, matches: dict[int, Match], lexicon: Lexicon,
                  ctx: ArticleContext) -> dict[str, Actor]:
    """People this sentence names in full, by surname: office holders of the lexicon, and unknown names with a
    role ("Prime Minister of Belarus Roman Golovchenko"), so that a later bare "Golovchenko" resolves."""
    people: dict[str, Actor] = {}
    doc = sentence.doc
    for m in sorted(set(matches.values()), key=lambda m: m.start):
        e = m.entry
        if e.kind == "person" and m.end - m.start > 1 and not e.id.startswith("context:"):
            people[doc[m.end - 1].text.lower()] = Actor(
                text=e.name, span=(0, 0), name=e.name, country=e.country, org=e.org, sector=e.sector,
                cameo=cameo_code(e.country, e.org, e.sector, e), entry=e.id)
    for ent in sentence.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or company(ent[-1]):
            continue  # "Nokia Oyj" tagged as a person is a company
        if ent.text.isupper() and any(t.pos_ in ("PRON", "VERB", "AUX") for t in ent):
            continue  # "BRITISH MINISTER SAYS HE WARNED TOKYO": a headline's words the tagger took for a name
        surname = ent[-1]
        known = matches.get(surname.i)
        if known is not None and known.entry.kind == "person" and not known.entry.id.startswith("context:"):
            person = lexicon.people.get(known.entry.id)
            if person is None or ctx.date is None or person.term_on(ctx.date):
                continue
            # out of the lexicon's terms but titled here ("Treasury Secretary James Baker" in 1987): the title holds
            # read without the lexicon's own entry, whose office is not held on the day
            actor = _introduced_as(ent, sentence, {i: m for i, m in matches.items() if m is not known}, lexicon, ctx)
            if (actor is None or actor.sector is None) and known.entry.country:
                # "economics and finance minister Edouard Balladur", parsed as a list: the title, of his state
                titled = _title_before(ent, matches, lexicon, stateless=True)
                if titled is not None and titled.country is None:
                    titled = replace(titled, country=known.entry.country,
                                     cameo=cameo_code(known.entry.country, None, titled.sector, None))
                actor = titled or actor
            # (one the lexicon knows only at a body, "Cesar Gaviria" of the OAS, may have held his state's office)
            if actor is not None and actor.sector not in (None, "ELI") and actor.country in (
                    known.entry.country, None if known.entry.country else actor.country):
                people[surname.text.lower()] = replace(actor, text=ent.text, span=(0, 0), name=known.entry.name,
                                                       entry=f"introduced:{ent.text}")
            continue
        actor = _introduced_as(ent, sentence, matches, lexicon, ctx)
        if actor is not None:
            people[surname.text.lower()] = Actor(
                text=ent.text, span=(0, 0), name=ent.text, country=actor.country, org=actor.org,
                sector=actor.sector, cameo=actor.cameo, entry=f"introduced:{ent.text}")
        elif surname.is_title and surname.is_alpha:
            people[surname.text.lower()] = private_person(ent)
    return people


def _introduced_as(ent: Span, sentence: Sentence, matches: dict[int, Match], lexicon: Lexicon,
                   ctx: ArticleContext) -> Actor | None:
    """What the sentence makes a named person: the role phrase that governs the name or is compounded to it,
    or that stands beside it ("Ana Lopez, the Polish trade representative,"). A phrase that gives a role wins
    over one that gives only a state, so that a later bare surname keeps the role, not just the state."""
    head = ent.root
    gov = head.head if head.dep_ in ("appos", "compound", "flat") else head
    beside = [c for c in head.children if c.dep_ == "appos" and (c.pos_ == "NOUN" or (  # "Lizano, President of"
        c.pos_ == "PROPN" and c.i not in matches and role_sector(c, lexicon)[0]))]
    found = [a for h in dict.fromkeys((head, gov, *beside))
             if (a := resolve_phrase(h, sentence.span, matches, lexicon, ctx)) is not None and a.code]
    if not any(a.sector for a in found):
        found = [a for a in [_title_before(ent, matches, lexicon)] if a is not None] + found
    actor = next((a for a in found if a.sector), found[0] if found else None)
    if actor is not None and actor.sector == "GOV" and (firm := _teller_firm(ent, matches)) is not None:
        country = firm.entry.country or actor.country  # (a firm the text gives no home is the dateline's)
        return replace(actor, country=country, sector="BUS", cameo=cameo_code(country, None, "BUS", None))
    return actor


#: titles a firm's officers share with heads of state and government
_SHARED_TITLES = {"president", "chairman", "chairwoman", "chair", "director", "executive", "officer", "secretary"}


def _teller_firm(ent: Span, matches: dict[int, Match]) -> Match | None:
    """ "Acme Inc said president David Mullen resigned": a title the firm itself tells of, with no state named
    in it, is the firm's officer's."""
    doc = ent.doc
    title = [t for t in doc[ent.root.left_edge.i:ent.start]]
    if not title or title[-1].lower_ not in _SHARED_TITLES or any(
            t.i in matches and matches[t.i].entry.kind in ("country", "demonym", "capital") for t in title):
        return None
    verb = ent.root.head
    if ent.root.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp" \
            or verb.head.lemma_.lower() not in TELLING_VERBS:
        return None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    told = [matches[t.i] for t in ((subj, *subj.conjuncts) if subj is not None else ()) if t.i in matches]
    return next((m for m in told if is_company(m.entry)), None)


_TITLE_STOPS = {"PUNCT", "VERB", "AUX", "DET", "ADP", "PRON", "SCONJ"}
_STATE_KINDS = ("country", "demonym")


def _title_before(ent: Span, matches: dict[int, Match], lexicon: Lexicon, stateless: bool = False) -> Actor | None:
    """A title written right before the name that the parser did not join to it ("Chilean mines and energy
    minister Ana Ruiz" parsed as a list of mines, energy and minister): the role word before the name, and the
    state named earlier in the same title, with nothing but nouns and adjectives between. ``stateless``: the
    title alone will do (for someone the lexicon knows, whose state it gives)."""
    doc = ent.doc
    if ent.start == 0:
        return None
    role = doc[ent.start - 1]
    sector, _ = role_sector(role, lexicon)
    if sector is None:
        return None
    k = role.i - 1
    while k >= 0 and doc[k].pos_ not in _TITLE_STOPS:
        m = matches.get(k)
        if m is not None and m.entry.kind in _STATE_KINDS and m.entry.country and not m.entry.org:
            c = m.entry.country
            return Actor(text=doc[k:ent.start].text, span=(0, 0), country=c, sector=sector,
                         cameo=cameo_code(c, None, sector, None))
        k -= 1
    return Actor(text=role.text, span=(0, 0), sector=sector) if stateless else None


def private_person(span: Span) -> Actor:
    """Someone named whom neither the lexicon nor a political role places ("the singer Liam Hale"): a later
    bare "Hale" or "he" is this person, whom no event codes, and not an office holder of that surname."""
    return Actor(text=span.text, span=(0, 0), name=span.text, entry=f"private:{span.text}")


#: the particles of surnames ("de Mistura", "van Rompuy", "al-Sadr"), which the tagger often reads as a firm's name
_SURNAME_PARTICLES = {"de", "van", "von", "der", "al", "el", "bin", "ibn", "da", "di", "du", "del", "della", "dos",
                      "das", "le", "la", "ten", "ter", "abu"}


def a_person_s_name(tok: Token) -> bool:
    """Is the proper noun a person's name, where the tagger may have called it a firm or a place: tagged a person,
    led by a surname's particle ("De Mistura reiterated"), or a word of a person's name the article gives?"""
    if tok.ent_type_ == "PERSON":
        return True
    if tok.pos_ != "PROPN":
        return False
    name = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "flat") or t.i == tok.i]
    if len(name) > 1 and name[0].lower_.rstrip("-") in _SURNAME_PARTICLES:
        return True
    return any(e.label_ == "PERSON" and tok.text in e.text.split() for e in tok.doc.ents)
