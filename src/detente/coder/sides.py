"""Which sides an event's actors are on, once each argument is resolved: an unnamed group's state (where it acts,
its people's home), victims who borrowed the attacker's state, offices that borrowed the other side's, and of a
trigger's alternative readings the one that names someone.

resolve.py turns one phrase into actors; this module weighs a candidate's sources and targets against each other.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from detente.coder.actor_words import AIRCRAFT, COURTESIES, PLACE_HEADS, PLACE_TIED
from detente.coder.context import PLACED_PEOPLE
from detente.coder.detect import Candidate
from detente.coder.other_sides import arrested_where, expelling_host
from detente.coder.phrase_heads import _is_patron
from detente.coder.protest_targets import a_stoppage, aimed_at
from detente.coder.resolve import cameo_code
from detente.coder.resolver import Resolver
from detente.coder.where import gazetteer, lookup
from detente.model import Actor

# "Talks between A and B" involve both sides; "A met with B" and "A signed a deal with B" are A's acts on B
# (ANNOTATION.md), and a compound subject ("A and B met") is reciprocal by itself.
_MUTUAL_SLOTS = {"prep:between"}


@dataclass(frozen=True)
class Resolved:
    """A candidate with actors: who acts, on whom, and the fallbacks the codebook may use for the target."""

    candidate: Candidate
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    source_slot: str | None
    target_slot: str | None
    mutual: bool  # the act involves both sides ("talks with X", "signed a treaty with X")
    place: tuple[Actor, ...] = ()  # where it happened, for acts with no named target
    home: Actor | None = None  # the source's own state


_LOCATIVE_SLOTS = {"prep:in", "prep:at", "prep:near", "prep:inside", "prep:across", "prep:throughout"}
_ARMED_GROUPS = {"INS", "REB", "UAF", "RAD"}
Places = Callable[[], list[Actor]]  # the place of the act, computed on first use


def _named(a: Actor) -> bool:
    """Did the text name this actor's state, rather than resolution lend it?"""
    return not (a.entry or "").startswith(("context", "place:"))


def _in_state(a: Actor, country: str, entry: str, r: Resolver, sector: str | None = None) -> Actor:
    """``a`` given the state it was found to belong to (and, if given, a sector), with how it was found."""
    sector = a.sector if sector is None else sector
    return replace(a, country=country, name=r.lexicon.countries.get(country) or None, sector=sector,
                   cameo=cameo_code(country, None, sector, None), entry=entry)


def _not_the_agents_state(targets: list[Actor], sources: list[Actor], r: Resolver, acted_at: Places) -> list[Actor]:
    """ "A Russian missile attack killed four people": the people took the one state the sentence names, which
    is the attacker's own, and a state (or its army) acting on unnamed people is rarely acting at home. They
    take the place of the act, else the dateline's state; with neither they keep the borrowed state, and the
    codebook drops the pair rather than guess. A state's police or courts acting on its people keep them
    ("Belarusian police detained protesters"). Armed groups often do act at home ("Afghan rebels killed
    villagers"): their victims change state only where the sentence places the act elsewhere ("Palestinian
    bombers killed 23 people when they blew themselves up in Tel Aviv"). Fighters the sentence places on the
    state's own ground are its insurgents ("Iraqi troops killed militants in Mosul")."""
    named = {s.country for s in sources if s.country and _named(s) and s.sector in (None, "MIL")}
    armed = {s.country for s in sources if s.country and _named(s) and s.sector in _ARMED_GROUPS} - named
    if not named and not armed:
        return targets
    out = []
    for t in targets:
        if t.entry == "context:sentence" and t.country in named | armed:
            mine = named | armed
            if t.sector in _ARMED_GROUPS and t.country in named and any(
                    p.country == t.country for p in acted_at()):
                # "Iraqi troops killed militants in Mosul": a state fighting insurgents on its own ground
                out.append(replace(t, entry="context:home-ground"))
                continue
            place = next((p.country for p in acted_at() if p.country not in mine), None)
            dateline = r.ctx.dateline if r.ctx.dateline not in mine and t.country in named else None
            # "Turkey armed the rebels": a state's fighters are not its own rebels; they are the story's
            focus = r.ctx.focus_country if t.sector in _ARMED_GROUPS and t.country in named \
                and r.ctx.focus_country not in mine else None
            country = place or dateline or focus
            if country is None:
                out.append(t)
                continue
            t = _in_state(t, country, "context:place" if place else "context:dateline" if dateline else
                          "context:focus", r)
        out.append(t)
    return out


def _not_the_targets_state(sources: list[Actor], targets: list[Actor], r: Resolver) -> list[Actor]:
    """ "The president met with President Sisi": an unnamed office took the one state the sentence names, which
    names the other side. Officials meeting, urging or criticising someone are rarely of that someone's state,
    nor are troops fighting its forces: they take the state the article is about, else the dateline's, when it is
    another."""
    named = {t.country for t in targets if t.country and _named(t)}
    # "government troops annihilated a Libyan column": an army fighting a state's forces is not that state's
    states = {t.country for t in targets if t.country and _named(t) and t.sector in (None, "MIL", "GOV")}
    out = []
    for s in sources:
        # (WASHINGTON: "the Senate committee urged President Reagan": a legislature at home presses its own)
        at_home = s.sector == "LEG" and s.country == r.ctx.dateline
        if s.entry == "context:sentence" and not at_home and (s.country in named and s.sector in ("GOV", "LEG") or (
                s.country in states and s.sector == "MIL")):
            country = next((c for c in (r.ctx.focus_country, r.ctx.dateline) if c and c not in named), None)
            if country is not None:
                s = _in_state(s, country, "context:focus", r)
        out.append(s)
    return out


def _where_they_act(actors: list[Actor], r: Resolver, acted_at: Places, others: list[Actor]) -> list[Actor]:
    """ "Militants killed two policemen in Lahore": a group no state was named for belongs where it acts,
    before the dateline's state (a story filed in Nairobi about an attack in Mogadishu). Not so a firm: one
    filed about from Toronto is Canadian wherever it plans a newspaper, and one unplaced does not take the state
    of the partner it deals with ("agreed with Kabel TV of Sweden")."""
    partners = {o.country for o in others if o.country}

    def placeable(a: Actor, place: str) -> bool:
        if a.sector == "BUS":
            return a.entry == "context:unplaced" and place not in partners
        return (a.sector in PLACE_TIED | {"COP"} and a.entry in ("context:unplaced", "context:dateline")) or \
            a.entry == "context:backed"  # "Iranian-backed forces": no state's army, they fight where they are

    if not any(a.entry in ("context:unplaced", "context:dateline", "context:backed") for a in actors):
        return actors
    # "Russia-backed separatists ..., with Moscow denying Kiev's claims": the one other state the sentence
    # names is where a backed group fights (not so an unplaced one: "Gbagbo broke a ceasefire with rebels ...
    # killing French soldiers" names France, not the rebels' state)
    left = {m.entry.country for m in r.matches.values() if m.entry.country and not m.entry.org
            and m.entry.kind in ("country", "capital", "demonym", "org") and not _is_patron(m, r.sentence.doc)} \
        - partners
    backed = left.pop() if len(left) == 1 and partners else None
    place = next((p.country for p in acted_at() if p.country), None)
    if place is None and backed is None:
        return actors

    def where(a: Actor) -> str | None:
        return backed if a.entry == "context:backed" and backed else place

    return [_in_state(a, here, "context:place", r, sector="REB" if a.sector == "MIL" else None)
            if (here := where(a)) and placeable(a, here) else a for a in actors]


def _place_in_phrase(a: Actor, r: Resolver) -> str | None:
    """The state of a town named inside the actor's own phrase ("militias in Manbij", "fighters from Afrin")."""
    start = r.sentence.span.start_char
    for tok in r.sentence.span:
        if not (a.span[0] <= tok.idx - start < a.span[1]) or tok.pos_ != "PROPN" or tok.dep_ != "pobj" \
                or tok.head.lower_ not in ("in", "from"):
            continue
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), tok.doc[tok.i:tok.i + 1])
        found = lookup(ent.text)
        if found is not None and found.country:
            return found.country
    return None


def _home_of_people(actors: list[Actor], others: list[Actor], r: Resolver, acted_at: Places,
                    hostile: bool = True) -> list[Actor]:
    """ "Kurdish militias shelled the Turkish province of Kilis": a people's group belongs to one of its home
    states, not the side it fights (it may appeal to or meet its own state's government); of those left, the
    place of the act, else the one the article has named most, else none (a guess would put a dyad on the wrong
    chart)."""
    if not any((a.entry or "").startswith("people:") for a in actors):
        return actors
    opposed = {o.country for o in others if o.country and _named(o)} if hostile else set()
    place = next((p.country for p in acted_at() if p.country), None)
    out = []
    for a in actors:
        if (a.entry or "").startswith("people:"):
            homes = [h for h in r.lexicon.peoples.get(a.entry.split(":", 1)[1], ()) if h not in opposed]
            mentioned = sorted((h for h in homes if r.ctx.countries.get(h)), key=lambda h: -r.ctx.countries[h])
            own = _place_in_phrase(a, r)  # "Kurdish militias in Manbij"
            people = a.entry.split(":", 1)[1]
            placed = next((h for h in (own, place, *_towns_in_sentence(r, a.span[0])) if h in homes), None)
            before = r.ctx.people_homes.get(people)  # placed earlier in the article
            home = placed or (before if before in homes else None) or (mentioned[0] if mentioned else None)
            if home is not None:
                # "Kurdish forces" are no state's army, "Kurdish authorities" no state's government
                how = f"{PLACED_PEOPLE}{people}" if placed else "context:people"
                a = _in_state(a, home, how, r, sector="REB" if a.sector in ("MIL", "GOV") else a.sector)
        out.append(a)
    return out


def _towns_in_sentence(r: Resolver, near: int = 0) -> list[str]:
    """The states of the towns a sentence names ("to dislodge Kurdish militias from the enclave of Afrin"), and of
    the countries it says things happen in, which place a people's group better than the state the article names
    most; the nearest to the group first ("Mosul in Iraq fell, and Raqqa in Syria is slipping into the hands of
    Kurdish forces": Syria's). ``near``: where the group's words begin, in characters from the sentence's start."""
    countries = gazetteer().countries
    start = r.sentence.span.start_char
    ents = sorted((e for e in r.sentence.ents if e.label_ in ("GPE", "LOC", "NORP") and e.root.pos_ == "PROPN"
                   and e.root.dep_ == "pobj"
                   and (e.text.lower().removeprefix("the ") not in countries or _locative(e.root))
                   and not (_capital(e.root, r) and not _locative(e.root))),  # "called on Ankara": no town
                  key=lambda e: abs(e.start_char - start - near))
    found = (lookup(e.text) for e in ents)
    return [f.country for f in found if f is not None and f.country]


def _capital(name: Token, r: Resolver) -> bool:
    m = r.matches.get(name.i)
    return m is not None and m.entry.kind == "capital"


def _locative(name: Token) -> bool:
    """ "battling Kurdish militias in Syria": a country named as where things happen, not as a side."""
    return name.dep_ == "pobj" and name.head.lower_ in ("in", "inside", "across", "throughout")


def _a_location(a: Actor, r: Resolver) -> bool:
    """ "Took to the streets of Seoul", "met in an elegant Moscow mansion": a phrase headed by a place noun whose
    state came from a place's name says where the act happens; it is no one the act is aimed at. A place whose
    holder the phrase names ("the rebel-held town") is the holder's."""
    if a.sector is not None or not (a.entry or "").startswith(("country:", "capital:", "demonym:")):
        return False
    head = _head(a, r)
    return head is not None and head.pos_ == "NOUN" and head.i not in r.matches and (
        head.lemma_.lower() in PLACE_HEADS or head.lower_ in PLACE_HEADS)


def _head(a: Actor, r: Resolver) -> Token | None:
    """The head word of the phrase an actor was read from."""
    base = r.sentence.span.start_char
    span = r.sentence.doc.char_span(base + a.span[0], base + a.span[1], alignment_mode="expand")
    return None if span is None else span.root


# Force used on a settlement is used on the people living there; craft that attack are a state's armed forces.
_FORCE_ROOTS = {"18", "19", "20"}
_SETTLEMENTS = {"village", "town", "hamlet", "township", "settlement", "camp"}
_CRAFT = {"plane", "aircraft", "airplane", "aeroplane", "airliner", "chopper", "ship", "boat", "vessel"}


def _inhabitants(a: Actor, r: Resolver) -> Actor:
    """ "Planes bombed Chadian villages": the villagers are hit, civilians of their state, not a place."""
    head = _head(a, r)
    if not _a_location(a, r) or head is None or head.lemma_.lower() not in _SETTLEMENTS or not a.country \
            or _named_place(head):
        return a
    if head.lemma_.lower() == "camp":  # "besieged the Palestinian refugee camps": refugees
        return replace(a, sector="REF", cameo=f"{a.country}REF") if any(
            c.lower_ == "refugee" for c in head.children) else a
    return replace(a, sector="CVL", cameo=f"{a.country}CVL")


#: verbs of beating back an attack: those killed doing so were the attackers
_REPELLING = {"repulse", "repel", "rebuff", "rout", "crush", "foil", "thwart"}
_CHECKING = {"check", "halt", "stop", "block", "blunt"}
_ATTACKS = {"attack", "offensive", "assault", "advance", "push", "incursion", "counteroffensive", "thrust"}


def _attackers_killed(a: Actor, trigger: Token, r: Resolver) -> Actor:
    """ "its forces repulsed the attack, killing thousands of Iranians": the people of a state killed beating back
    its attack were its soldiers (MIL), not its people at large."""
    head = _head(a, r)
    if a.sector is not None or a.org or not a.country or head is None or head.tag_ not in ("NNPS", "NNS"):
        return a
    repelling = trigger.dep_ in ("advcl", "conj") and trigger.head.lemma_.lower() in _REPELLING
    checking = any(v.lemma_.lower() in _REPELLING | _CHECKING and any(  # "killed them in checking an offensive"
        o.dep_ in ("dobj", "obj") and o.lemma_.lower() in _ATTACKS for o in v.children)
        for p in trigger.children if p.dep_ == "prep" for v in p.children if v.dep_ == "pcomp")
    return replace(a, sector="MIL", cameo=f"{a.country}MIL") if repelling or checking else a


def _someone_named(tok: Token) -> bool:
    """A person the text names as one ("Mr Soros", "George Soros"), not a lone word the tagger calls a person
    ("captured Goma": an unknown town)."""
    return tok.ent_type_ == "PERSON" and any(
        c.dep_ == "compound" and (c.ent_type_ == "PERSON" or c.lower_ in COURTESIES) for c in tok.children)


def _council(a: Actor, r: Resolver) -> Actor:
    """ "Russia's vetoes of Syria resolutions": a resolution vetoed is the UN's, whichever state it is about."""
    head = _head(a, r)
    un = next(iter(r.lexicon.exact.get(("UN",), ())), None)
    if a.org or head is None or head.lemma_.lower() != "resolution" or un is None:
        return a
    return replace(a, country=None, org=un.org, name=un.name, sector=un.sector, cameo=un.cameo, entry=un.id)


def _people_s_fighters(a: Actor, c: Candidate, r: Resolver) -> Actor:
    """ "attacked the Syrian Kurds", "besieged the Kurdish city of Afrin", "attacked Kurds in Afrin": force used
    on a people without a state is used on its armed groups (REB) in the state where they are, as the guide codes
    a rebel group that operates in one country."""
    if a.sector is not None or a.org or not a.country:
        return a
    doc = r.sentence.doc
    for arg in c.targets:
        if arg.slot not in ("object", "hit", "victim"):
            continue
        head = doc[arg.head]
        words = [head, *(x for x in head.children if x.dep_ in ("amod", "compound"))]
        if any(w.lower_ in r.lexicon.peoples for w in words):
            sector = "CVL" if head.lemma_.lower() in _SETTLEMENTS else "REB"  # "bombed Kurdish villages": villagers
            return replace(a, sector=sector, cameo=f"{a.country}{sector}")
    return a


def _named_place(head: Token) -> bool:
    """ "the town of Vilnius", "the village, Orsk,": a place the text names is hit as a place of its state."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children) or any(
        p.pos_ == "PROPN" for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)


def _armed_craft(a: Actor, r: Resolver) -> Actor:
    """ "Planes from Sudan attacked ...": aircraft or boats that attack are their state's forces (MIL)."""
    head = _head(a, r)
    if a.sector is not None or a.org or not a.country or head is None or head.lemma_.lower() not in _CRAFT:
        return a
    return replace(a, sector="MIL", cameo=f"{a.country}MIL")


#: posts in a firm one resigns as ("resigned as officers and directors")
_FIRM_POSTS = {"officer", "director", "executive", "treasurer", "controller", "vice-president"}


def _left_a_firm_s_post(trigger: Token, r: Resolver) -> bool:
    return trigger.lemma_.lower() in ("resign", "quit", "retire") and any(
        c.dep_ == "prep" and c.lower_ == "as" and any(p.lemma_.lower() in _FIRM_POSTS for p in c.subtree)
        for c in trigger.children)


def _as_place(a: Actor) -> Actor:
    return replace(a, sector=None, cameo=a.country, entry=f"place:{a.entry}")


#: what is fired, dropped or launched, never the one it hits
_MUNITIONS = {"missile", "rocket", "bomb", "shell", "mortar", "munition", "projectile", "torpedo", "grenade", "round",
              "katyusha", "icbm", "warhead", "salvo", "volley"}
#: ... and what flies at someone, by the word's form in the text
_WEAPONS = AIRCRAFT | _MUNITIONS | {m + "s" for m in _MUNITIONS}


#: who presses a government from inside its state: firms, unions, parties, opposition, lawmakers, people
_HOME_LOBBIES = {"BUS", "LAB", "PTY", "OPP", "LEG", "CVL", "NGO", "MED", "EDU", "REL"}
_PRESSING_ROOTS = {"02", "10", "11", "14"}  # appeals, demands, criticism, protest


def _their_own_government(targets: list[Actor], sources: list[Actor], c: Candidate, r: Resolver) -> list[Actor]:
    """ "Japan's business federation urged the government to scrap curbs", in a story on trade with the US: a
    state's own firms, unions or parties pressing "the government" press theirs, not the other state the sentence
    names, nor no state at all (the government was placed only by that name, or not placed)."""
    if c.code[:2] not in _PRESSING_ROOTS:
        return targets
    homes = {s.country for s in sources if s.country and _named(s) and not s.org and s.sector in _HOME_LOBBIES | {None}
             and s.entry and s.entry.startswith(("country:", "demonym:"))}
    if len(homes) != 1:
        return targets
    home = next(iter(homes))
    trigger = r.sentence.doc[c.trigger]
    asked = {t.i for x in trigger.children if x.dep_ in ("xcomp", "ccomp") for t in x.subtree}
    if any(m.entry.country not in (None, home) for i, m in r.matches.items() if i in asked):
        return targets  # "bankers urged the government to open Japan's bond market": whose government is unsaid
    return [_in_state(t, home, "context:lobbied", r) if not _named(t) and t.sector == "GOV" and t.country != home
            and t.text.lower() in ("government", "authorities", "cabinet") else t for t in targets]


def resolve_candidate(c: Candidate, r: Resolver) -> Resolved:
    doc = r.sentence.doc
    trigger = doc[c.trigger]
    pick = r.every if c.all_arguments else r.first
    sources, source_arg = pick(c.sources, trigger, acting=True)
    if not sources and c.code == "161" and (host := expelling_host(trigger)) is not None:
        sources = r.at(host, trigger, acting=True)  # "diplomats were expelled from Moscow": by Moscow
    if not sources and c.code.startswith("173") and (there := arrested_where(trigger)) is not None:
        sources = [replace(a, sector=None, cameo=a.country, entry=f"place:{a.entry}")
                   for a in r.at(there, trigger, acting=True) if a.country and not a.org]
    between_args = [arg for arg in c.targets if arg.slot == "between"]
    if not sources and not between_args:  # nobody acts: nothing for the codebook to code
        return Resolved(c, (), (), None, None, False)
    if _left_a_firm_s_post(trigger, r):  # "James Mitchell resigned as officer and director": no premier's namesake
        firm = r.ctx.firm_state or r.ctx.dateline
        sources = [_in_state(a, firm, "context:firm", r, sector="BUS") for a in sources] if firm else []
    targets, target_arg = pick(c.targets, trigger)
    if target_arg is not None and target_arg.slot == "hit" and doc[target_arg.head].lemma_.lower() in _MUNITIONS:
        targets = []  # "fired a Chinese-made missile at a hulk": the weapon fired is no one hit
    targets = [t for t in targets if not ((t.entry or "").startswith("context") and (head := _head(t, r)) is not None
                                          and head.lower_ in _WEAPONS)]
    # ("threatened to shoot down incoming missiles and planes": weapons whose side is unsaid are no one's)
    # "towns taken by Russian and Iranian forces": the one who acts is never also the one acted on; but the very same
    # sides as sources and targets are a detector's reading of a reciprocal act ("A and B agreed to ...")
    if {(t.span, t.text) for t in targets} != {(a.span, a.text) for a in sources}:
        targets = [t for t in targets if not any(a.span == t.span and a.text == t.text for a in sources)]
    if target_arg is not None and target_arg.slot == "prep:from":
        # "block Japanese firms from London", "expelled British diplomats from Moscow": the people acted on, not
        # the place they are kept from or sent from
        people, people_arg = pick([a for a in c.targets if a.slot == "object"], trigger)
        if any(t.sector for t in people) and not any(t.sector for t in targets):  # not "bought X from Ford"
            targets, target_arg = people, people_arg
    if (not targets or target_arg.slot in _LOCATIVE_SLOTS) and (
            c.code[:2] == "14" or c.code == "133" or a_stoppage(trigger)):
        # "a strike in protest at the government's plan"; "a rally in Delhi to press a claim against the
        # minority": whom it is against, not where it is held
        targets = aimed_at(trigger, sources, r) or targets
    # where the act happens, looked up once if needed, in the story's states first ("the port of Cadiz" in a story
    # filed from Madrid is Spain's, not the Philippines' larger Cadiz)
    acted_at = functools.cache(lambda: r.place(trigger, (r.ctx.dateline, r.ctx.focus_country)))
    hostile = c.code[:2] >= "10"
    sources = _home_of_people(sources, targets, r, acted_at, hostile)
    targets = _home_of_people(targets, sources, r, acted_at, hostile)
    sources, targets = _where_they_act(sources, r, acted_at, targets), _where_they_act(targets, r, acted_at, sources)
    targets = _not_the_agents_state(targets, sources, r, acted_at)
    sources = _not_the_targets_state(sources, targets, r)
    targets = _their_own_government(targets, sources, c, r)
    if target_arg is not None and target_arg.slot in _LOCATIVE_SLOTS:  # "a curfew in Algiers": a place
        targets = [replace(t, sector=None, cameo=t.country, entry=f"place:{t.entry}")
                   if (t.entry or "").startswith("capital:") and t.country else t for t in targets]
    if c.code == "129":
        targets = [_council(t, r) for t in targets]
    if c.code[:2] in _FORCE_ROOTS:
        sources = [_armed_craft(a, r) for a in sources]
        if c.code != "192":  # "reclaimed the towns": territory taken, not people hit
            targets = [_attackers_killed(_people_s_fighters(_inhabitants(t, r), c, r), trigger, r) for t in targets]
    # a place's state still tells whose side an unnamed group is on (above); the place itself is no target
    located = [_as_place(t) for t in targets if _a_location(t, r)]
    targets = [t for t in targets if not _a_location(t, r)]
    between = [a for arg in between_args for a in r.at(doc[arg.head], trigger)]
    if not sources and len(between) >= 2:  # "clashes between X and Y": a joint act of both
        sources, targets, target_arg = between, [], None
    elif not targets and len(between) >= 2:
        targets, target_arg = between, between_args[0]
    if c.nominal:
        mutual = bool(targets) and any(a.slot in ("between", "prep:between") for a in c.targets)
    else:
        mutual = target_arg is not None and target_arg.slot in _MUTUAL_SLOTS
    place: list[Actor] = []
    home = None
    if not targets and any(_someone_named(doc[a.head]) and a.slot in ("object", "subject", "hit") for a in c.targets):
        return Resolved(c, (), (), None, None, False)  # "Mr Soros was pelted": at someone the lexicon cannot place
    if not any(t.country or t.org for t in targets):  # the fallbacks matter only for an act with no named target
        place = located or r.place(doc[c.place_host] if c.place_host is not None else trigger,
                                   (*(a.country for a in sources), r.ctx.dateline, r.ctx.focus_country),
                                   held=c.code == "192")
        home = r.home(sources[0] if sources else None)
        if c.code[:2] in _FORCE_ROOTS and c.code != "192":  # "besieged the Kurdish city of Afrin"
            place = [_people_s_fighters(p, c, r) for p in place]
    return Resolved(
        candidate=c, sources=tuple(sources), targets=tuple(targets),
        source_slot=source_arg.slot if source_arg else None, target_slot=target_arg.slot if target_arg else None,
        mutual=mutual, place=tuple(place), home=home,
    )


def resolve_all(candidates: list[Candidate], r: Resolver) -> list[Resolved]:
    """Resolve every candidate; of alternative readings of one trigger keep the first with a target, else the
    first with a source, else the first."""
    out: list[Resolved] = []
    groups: dict[int, list[Resolved]] = {}
    order: list[int | Resolved] = []
    for c in candidates:
        res = resolve_candidate(c, r)
        if c.group < 0:
            order.append(res)
            continue
        if c.group not in groups:
            groups[c.group] = []
            order.append(c.group)
        groups[c.group].append(res)
    for item in order:
        if isinstance(item, Resolved):
            out.append(item)
        else:
            alts = groups[item]
            # "asked federal regulators for authority", "pressed Japan for concessions": the one asked, not the thing
            asked = [a for a in alts if a.targets and a.target_slot == "object" and a.candidate.code[:2] == "02"]
            out.append(next((a for a in (*asked, *alts) if a.targets), next((a for a in alts if a.sources), alts[0])))
    return out
