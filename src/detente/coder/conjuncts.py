"""Coordinated phrases: "Hungary and Romania", "the Turkish and Greek sides", "Prime Ministers A of X and B of
Y": one actor per conjunct, each resolved by :func:`detente.coder.resolve.resolve_phrase`, sharing what the
list shares (a plural title, the head's role)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from detente.coder.actor_words import ANY
from detente.coder.context import ArticleContext
from detente.coder.names import Match
from detente.coder.phrase_heads import possessive, role_sector
from detente.coder.resolve import cameo_code, resolve_phrase
from detente.lexicon import Lexicon
from detente.model import Actor


def coordinated(head: Token, told_in: Token | None = None) -> list[Token]:
    """The head and the nouns coordinated with it ("Hungary and Romania"), in order; but an act told in a
    relative clause on the first ("Poland, which has threatened to retaliate, and Lithuania") is the first's."""
    own = [r for r in head.children if r.dep_ == "relcl" and told_in is not None
           and r.left_edge.i <= told_in.i <= r.right_edge.i]
    out = [head]
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON") and not any(r.i < c.i for r in own) \
                and not _heads_next_clause(c) and not _own_agent(c):
            out.extend(coordinated(c))
    return out


def first_of_joined(head: Token, inner: Token, sent: Span, matches: dict[int, Match], lexicon: Lexicon,
                    ctx: ArticleContext) -> list[Actor]:
    """ "the Turkish military and a proxy force, which it mobilised": a pronoun inside a later conjunct of a
    subject points back to the conjuncts before it, not to the phrase it sits in."""
    if not (head.i < inner.i and any(k.i > head.i and k.left_edge.i <= inner.i <= k.right_edge.i
                                     for k in head.conjuncts)):
        return []
    found = resolve_phrase(head, sent, matches, lexicon, ctx)
    return [found] if found is not None and found.code else []


def _own_agent(noun: Token) -> bool:
    """ "a trip by Peruvian officials and another to Quito by a Chilean envoy": the parser joins the second visit to the
    first's agents, but a noun with its own "by" agent is another act."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "by" and any(
        p.dep_ == "pobj" for p in c.children) for c in noun.children)


def _heads_next_clause(noun: Token) -> bool:
    """ "are being investigated by the authorities and the IMF has called for ...": the parser joins the IMF to
    the agents, but it is the subject of the subjectless clause whose verb follows it."""
    nxt = noun.right_edge.i + 1
    while nxt < len(noun.doc) and noun.doc[nxt].dep_ == "advmod":
        nxt += 1
    if nxt >= len(noun.doc) or noun.doc[nxt].pos_ not in ("AUX", "VERB"):
        return False
    verb = noun.doc[nxt] if noun.doc[nxt].dep_ == "conj" else noun.doc[nxt].head
    return verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX") and verb.i >= nxt \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def resolve_actors(head: Token, sent: Span, matches: dict[int, Match], lexicon: Lexicon,
                   ctx: ArticleContext, stop: Token | None = None, acting: bool = False) -> list[Actor]:
    """All actors a (possibly coordinated) phrase names: one per conjunct, duplicates removed."""
    actors: list[Actor] = []
    heads = coordinated(head, stop)
    shared = _plural_title(head, lexicon) or _plural_role_after(heads, lexicon)
    for h in heads:
        if _anyone(h):
            continue
        a = resolve_phrase(h, sent, matches, lexicon, ctx, stop, acting)
        if a is not None and shared and a.sector is None and a.country and not a.org:
            a = replace(a, sector=shared, cameo=cameo_code(a.country, None, shared, None))
        if a is not None and all(a.code != b.code or a.sector != b.sector for b in actors):
            mods = _coordinated_modifiers(h, a, sent, matches, lexicon)
            if not (mods and all(b.org for b in mods) and (a.entry or "").startswith(("capital:", "place:"))):
                actors.append(a)  # but "World Bank and IMF officials in Washington" are the two bodies' only
            actors.extend(b for b in mods if all(b.code != c.code for c in actors))
    return actors


def _plural_title(head: Token, lexicon: Lexicon) -> str | None:
    """ "Prime Ministers Zhao of China and Silva of Portugal": a plural title before the first name is every
    listed person's office."""
    title = next((c for c in head.children if c.dep_ == "compound" and c.i < head.i and c.lower_.endswith("s")
                  and c.text[:1].isupper() and c.lower_ not in ("us", "its")), None)
    if title is None:
        return None
    words = [t.lower_ for t in head.doc[head.left_edge.i:title.i] if t.dep_ == "compound"] + [title.lower_[:-1]]
    for n in range(len(words), 0, -1):  # "Prime Ministers", "Foreign Ministers", "Presidents"
        if sector := lexicon.roles.get(tuple(words[-n:])):
            return sector
    return role_sector(title, lexicon)[0]


def _plural_role_after(heads: list[Token], lexicon: Lexicon) -> str | None:
    """ "between the UK and the US governments": a state organ's plural that ends a list of states is each one's
    ("Peru and the Chilean rebels" are a state and a group)."""
    last = heads[-1]
    if len(heads) < 2 or last.tag_ != "NNS" or not all(h.pos_ == "PROPN" for h in heads[:-1]):
        return None
    sector = role_sector(last, lexicon)[0]
    return sector if sector in ("GOV", "MIL", "LEG") else None


def _anyone(head: Token) -> bool:
    """ "Every American wants ...", "no Syrian", "any Briton": anyone of a people, not an actor."""
    return any(c.dep_ == "det" and c.lower_ in ANY for c in head.children)


def _coordinated_modifiers(head: Token, base: Actor, sent: Span, matches: dict[int, Match],
                           lexicon: Lexicon) -> list[Actor]:
    """ "The Turkish and Greek sides": one actor per coordinated adjective or name, with the head's role."""
    out = []
    for mod in head.children:
        if mod.dep_ not in ("amod", "compound", "nmod") or mod.i not in matches:
            continue
        if possessive(mod):
            continue  # "Greece and Turkey's NATO allies": whose allies, not allies themselves
        # "Danish, Dutch and Belgian forces": the parser may hang the list's first member on the head by itself
        listed = mod.i + 1 < head.i and sent.doc[mod.i + 1].lower_ in (",", "and")
        for c in mod.subtree:
            m = matches.get(c.i)
            if not (c.dep_ == "conj" or (c is mod and listed)) or m is None or m.entry.kind == "person":
                continue
            e = m.entry
            own = base.sector != e.sector and (
                e.kind not in ("org", "body") or (e.sector, base.sector) == ("IGO", "BUS"))
            sector = base.sector if own else e.sector  # "French and EC business leaders": both are businesspeople
            if base.org and e.country and not e.org:  # "IMF and Sudanese government officials": the role's, not
                sector = role_sector(head, lexicon)[0] or sector  # the organisation's own sector
            out.append(_named_at(m, sent, sector))
    return out + _of_each(head, base, sent, matches)


def _named_at(m: Match, sent: Span, sector: str | None) -> Actor:
    """The actor a lexicon match names, in the office its phrase gives it."""
    e, span = m.entry, sent.doc[m.start:m.end]
    return Actor(text=span.text, span=(span.start_char - sent.start_char, span.end_char - sent.start_char),
                 name=e.name, country=e.country, org=e.org, sector=sector,
                 cameo=cameo_code(e.country, e.org, sector, e), entry=e.id)


def _of_each(head: Token, base: Actor, sent: Span, matches: dict[int, Match]) -> list[Actor]:
    """ "The governors of the central banks of Chile and Peru": plural offices of each state listed, in the office
    the first was given."""
    if head.tag_ not in ("NNS", "NNPS") or not base.country or base.org:
        return []
    chain, cur = [], head
    for _ in range(2):  # "governors of | the central banks of | Chile and Peru"
        cur = next((p for c in cur.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                    if p.dep_ == "pobj"), None)
        if cur is None:
            break
        chain.append(cur)
    out = []
    for p in chain:
        if p.i not in matches or matches[p.i].entry.country != base.country:
            continue
        for c in p.conjuncts:
            m = matches.get(c.i)
            if m is None or m.entry.kind not in ("country", "capital", "demonym") or not m.entry.country:
                continue
            out.append(_named_at(m, sent, base.sector))
    return out
