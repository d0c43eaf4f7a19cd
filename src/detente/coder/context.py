"""What an article has established so far: the states it is about, the people it introduced, who acted last.

News refers back: "the country", "the bloc", "he", "officials", a bare surname. Resolution reads this context;
only the pipeline changes it, once per sentence, by building the next context from the sentence just coded
(:meth:`ArticleContext.advance`). It lives for one article and is never shared between articles.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from detente.coder.names import is_company, is_firm
from detente.model import Actor

_PLACE_KINDS = ("country", "capital", "seat", "demonym")
#: how an actor of a people's group placed by its own sentence was found ("context:people-placed:kurds")
PLACED_PEOPLE = "context:people-placed:"
_OFFICES = {"GOV", "MIL", "LEG", "ELI"}


@dataclass(frozen=True)
class ArticleContext:
    date: str | None  # publication date, YYYY-MM-DD
    countries: Any = field(default_factory=lambda: MappingProxyType({}))  # state -> mentions so far
    last_country: str | None = None
    last_org: str | None = None
    last_kind: str | None = None  # "country" or "org": which was named last, for "its" / "their"
    persons: Any = field(default_factory=lambda: MappingProxyType({}))  # surname -> the person introduced
    last_source: Actor | None = None  # the previous sentence's (last) event source
    last_person: Actor | None = None  # the person named last (a subject first), for "he" / "she" / "his"
    subjects: tuple[Actor, ...] = ()  # the previous sentence's main subject, for "they" / "it"
    subjects_plural: bool = False  # ... and whether it was plural ("the rebels", "Russia and China")
    recent_states: tuple[str, ...] = ()  # states named, most recent last, for "the two countries"
    recent_officials: tuple[str, ...] = ()  # the states of the office holders named, for "the two presidents"
    dateline: str | None = None  # the state of the dateline's place ("BEIRUT (Reuters) -")
    # Read from the whole article before coding: the lexicon's people it names in full anywhere (surname ->
    # their ids), and the surnames of full names the lexicon does not know ("Liam Gallagher"), so that a
    # headline's bare surname, which comes before the introduction, is read as the article means it.
    named: Any = field(default_factory=lambda: MappingProxyType({}))
    strangers: frozenset[str] = frozenset()
    firms: Any = field(default_factory=lambda: MappingProxyType({}))  # names -> firms the article names
    governing: frozenset[tuple[str, str | None]] = frozenset()  # parties the article shows in power (id, state)
    parties: tuple[Any, ...] = ()  # the lexicon's parties the article names (entries), for "the party"
    # organisations named so far by the last word of their name ("bank" -> World Bank), the latest winning, for
    # "the Bank", "the Fund", "the Commission" later in the article
    bodies: Any = field(default_factory=lambda: MappingProxyType({}))
    # the firms named so far (id -> times named, order first named, state), for "the company": the story's firm
    firms_named: Any = field(default_factory=lambda: MappingProxyType({}))
    rebels: str | None = None  # the state of the rebels the article last placed by name, for "the rebels"
    # a people's groups placed by their sentence ("Kurdish militias in the Syrian enclave of Afrin"): people ->
    # that state, for "the US-backed Kurdish forces" later in the article
    people_homes: Any = field(default_factory=lambda: MappingProxyType({}))

    @property
    def focus_country(self) -> str | None:
        """The state the article is mostly about so far (ties: the one named last; none named: the dateline's)."""
        if not self.countries:
            return self.dateline
        top = Counter(self.countries).most_common(2)
        if len(top) == 1 or top[0][1] > top[1][1]:
            return top[0][0]
        return self.last_country

    @property
    def firm_state(self) -> str | None:
        """The state of the firm the story is about: named most often so far, the first named on a tie (a firm's
        state unknown to the lexicon is the dateline's)."""
        if not self.firms_named:
            return None
        return min(self.firms_named.values(), key=lambda v: (-v[0], v[1]))[2]

    def with_people(self, people: dict[str, Actor]) -> ArticleContext:
        if not people:
            return self
        return replace(self, persons=MappingProxyType({**self.persons, **people}))

    def advance(self, mentions: list[Any], people: dict[str, Actor], sources: list[Actor],
                salient: Any = None, fighters: tuple[Actor, ...] = (), described_firms: tuple[str, ...] = ()
                ) -> ArticleContext:
        """The context after a sentence: its lexicon mentions (in order), people it introduced, its event
        sources (in order), what it was about (:class:`~detente.coder.resolver.Salient`) and the states of the
        firms it described without a name ("A US bank has said")."""
        countries = Counter(self.countries)
        last_country, last_org, last_kind = self.last_country, self.last_org, self.last_kind
        recent = list(self.recent_states)
        bodies = dict(self.bodies)
        firms_named = dict(self.firms_named)
        for m in mentions:
            e = m.entry
            if is_company(e):  # named, or the lexicon's
                times, order, state = firms_named.get(e.id, (0, len(firms_named), e.country or self.dateline))
                firms_named[e.id] = (times + 1, order, state)
            if e.kind in ("org", "body") and len(e.name.split()) > 1 and not is_firm(e):
                bodies[e.name.split()[-1].lower()] = e
            if e.kind in _PLACE_KINDS and e.country:
                countries[e.country] += 1
                last_country, last_kind = e.country, "country"
                if e.country in recent:
                    recent.remove(e.country)
                recent.append(e.country)
            elif e.org and e.kind in ("org", "body"):
                last_org, last_kind = e.org, "org"
            elif e.country and e.kind in ("org", "body") and not is_firm(e):
                countries[e.country] += 1  # a state's party, union or ministry says which state the story is about
            elif e.country and e.kind == "person" and e.sector in ("GOV", "LEG", "MIL", "JUD"):
                countries[e.country] += 1  # ... and so does its office holder ("President Chavez's land reform")
        for state in described_firms:  # "A US bank": the firm of the story when none is named
            times, order, _ = firms_named.get(f"described:{state}", (0, len(firms_named), state))
            firms_named[f"described:{state}"] = (times + 1, order, state)
        officials = list(self.recent_officials)
        for country in [m.entry.country for m in mentions if m.entry.kind == "person"] + [
                a.country for a in sorted(people.values(), key=lambda a: a.span) if a.sector in _OFFICES]:
            if country:
                officials = [c for c in officials if c != country] + [country]
        changes: dict[str, Any] = {}
        placed = [a.country for a in fighters if a.country and not (a.entry or "").startswith("context")]
        if not placed and self.rebels is None:  # a group named in no coded act places them only if none did before
            placed = [m.entry.country for m in mentions if m.entry.sector in ("REB", "INS") and m.entry.country]
        if placed:  # "Nicaraguan rebels" or "the Contras" named: "the rebels" of the next sentences are theirs
            changes["rebels"] = placed[-1]
        homes = {a.entry.removeprefix(PLACED_PEOPLE): a.country for a in fighters
                 if (a.entry or "").startswith(PLACED_PEOPLE) and a.country}
        if homes:
            changes["people_homes"] = MappingProxyType({**self.people_homes, **homes})
        if salient is not None:
            changes |= {"subjects": salient.subjects, "subjects_plural": salient.plural}
            if salient.person is not None:
                changes["last_person"] = salient.person
        return replace(
            self,
            countries=MappingProxyType(dict(countries)),
            last_country=last_country, last_org=last_org, last_kind=last_kind,
            persons=MappingProxyType({**self.persons, **people}) if people else self.persons,
            last_source=sources[-1] if sources else self.last_source,
            recent_states=tuple(recent[-4:]),
            recent_officials=tuple(officials[-4:]),
            bodies=MappingProxyType(bodies),
            firms_named=MappingProxyType(firms_named),
            **changes,
        )
