"""The actor lexicon: who is who, loaded from the project's readable YAML files and the user's own.

Data is not code: states, organisations, office holders and role words live in ``lexicon/data/*.yml`` in one
format that users can read, diff, extend and override (``detente code --actors mine.yml``). This module turns
those files into lookup tables once; the tables are read-only and shared by every article.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from spacy.lang.en import English

from detente.lexicon.patterns import Pattern, PatternIndex, index_patterns, parse_patterns

DATA = "detente.lexicon.data"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is ~10x faster on the big files


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Entry:
    """What a name stands for: a state, a state's government, an organisation (body) or a person."""

    id: str
    name: str
    kind: str  # country | demonym | capital | seat | org | body | person
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    cameo: str | None = None


#: The offices whose holder a bare surname may name without an introduction (the article's date decides).
TOP_OFFICES = ("head_of_state", "head_of_government")


@dataclass(frozen=True)
class Term:
    role: str  # head_of_state | head_of_government | foreign_minister
    start: str
    end: str | None

    def covers(self, day: str) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Person:
    name: str
    country: str | None
    org: str | None
    terms: tuple[Term, ...]
    # The lexicon's word that the bare surname names this person in any article, dated or not ("Putin"):
    # a surname shared with singers, founders and namesakes abroad ("Knight", "Gallagher") is not.
    known_by_surname: bool = False

    def term_on(self, day: str | None) -> Term | None:
        if day is None:
            return None
        return next((t for t in self.terms if t.covers(day)), None)

    def top_office_on(self, day: str | None) -> Term | None:
        """The term as head of state or government on ``day``: who a bare surname may name uninvited."""
        if day is None:
            return None
        return next((t for t in self.terms if t.role in TOP_OFFICES and t.covers(day)), None)

    def closest_gap(self, day: str) -> int:
        """Days between ``day`` and the nearest of this person's terms: picks among namesakes."""
        d = date.fromisoformat(day)
        gaps = []
        for t in self.terms:
            start = date.fromisoformat(t.start)
            end = date.fromisoformat(t.end) if t.end else date.max
            gaps.append(0 if start <= d <= end else min(abs((d - start).days), abs((d - end).days)))
        return min(gaps) if gaps else 10**6


@dataclass(frozen=True)
class Lexicon:
    """Read-only lookup tables built from the YAML files."""

    exact: Mapping[tuple[str, ...], tuple[Entry, ...]]  # case-sensitive names (acronyms: US, EU, U.S.)
    folded: Mapping[tuple[str, ...], tuple[Entry, ...]]  # lower-cased names
    people: Mapping[str, Person]  # entry id -> person
    surnames: Mapping[str, tuple[str, ...]]  # lower-cased surname -> person entry ids
    roles: Mapping[tuple[str, ...], str]  # lower-cased role phrase -> sector
    countries: Mapping[str, str]  # ISO3 -> name
    orgs: Mapping[str, Entry]  # org code -> the organisation's own entry
    patterns: PatternIndex
    max_name_tokens: int
    max_role_tokens: int
    starts: Mapping[str, int] = field(default_factory=dict)  # lower-cased first word of a name -> longest name
    role_ends: frozenset[str] = frozenset()  # last words of role phrases: most nouns are not a role's end
    sources: tuple[str, ...] = field(default=())
    # "Kurdish", "Baloch": peoples spread over several states, lower-cased form -> those states
    peoples: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # ISO3 -> the lower-cased names of the state, its people and its capital ("south africa", "pretoria"):
    # whether an article speaks of a state at all, before a short acronym is read as one of its parties
    state_names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # (party entry id, its state) -> the periods ([start, end or None]) it led its state's government
    led_government: Mapping[tuple[str, str | None], tuple[tuple[str, str | None], ...]] = field(
        default_factory=dict)

    # org entry id -> the periods the body existed in ("ICC" is the International Criminal Court only from 2002)
    existed: Mapping[str, tuple[tuple[str, str | None], ...]] = field(default_factory=dict)

    def exists_on(self, entry: Entry, day: str | None) -> bool:
        """Did the body exist on ``day``? True when the lexicon gives no period or the day is unknown."""
        periods = self.existed.get(entry.id)
        return day is None or not periods or _within(periods, day)

    def governs(self, entry: Entry, day: str) -> bool | None:
        """Did the party lead its state's government on ``day``? None when the lexicon does not say."""
        periods = self.led_government.get((entry.id, entry.country))
        if not periods:
            return None
        return _within(periods, day)


def _within(periods: tuple[tuple[str, str | None], ...], day: str) -> bool:
    """Is ``day`` in one of the periods [start, end) (end None: still so)?"""
    return any(start <= day and (end is None or day < end) for start, end in periods)


def _tokens(tokenizer: Any, text: str) -> tuple[str, ...]:
    return tuple(t.text for t in tokenizer(text.strip()))


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def _read_yaml(path: Path | Any) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        raise LexiconError(f"{path}: cannot read lexicon file: {exc}") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: a lexicon file must be a mapping with keys like countries, people, roles")
    return data


def _bundled_files() -> list[Any]:
    root = resources.files(DATA)
    files = sorted((f for f in root.iterdir() if f.name.endswith(".yml")), key=lambda f: f.name)
    people = root / "people"
    if people.is_dir():
        files += sorted((f for f in people.iterdir() if f.name.endswith(".yml")), key=lambda f: f.name)
    return files


def _as_str(value: Any) -> str | None:
    return None if value is None else str(value)


class _Builder:
    """Accumulates entries from several files; later files override earlier entries with the same key."""

    def __init__(self) -> None:
        self.countries: dict[str, dict[str, Any]] = {}
        self.orgs: dict[tuple[str, str], dict[str, Any]] = {}
        # One entry per person and affiliation: the same name may hold a state's office and an organisation's.
        self.people: dict[tuple[str, str | None, str | None], dict[str, Any]] = {}
        self.roles: dict[str, str] = {}
        self.patterns: dict[str, dict[str, Any]] = {}
        self.peoples: dict[str, tuple[str, ...]] = {}  # lower-cased form -> the states the people lives in

    def add(self, data: Mapping[str, Any], where: str) -> None:
        for c in data.get("countries") or []:
            if not isinstance(c, dict) or not c.get("code") or not c.get("name"):
                raise LexiconError(f"{where}: a country needs code and name: {c!r}")
            self.countries[str(c["code"])] = c
        for o in data.get("organisations") or data.get("organizations") or []:
            if not isinstance(o, dict) or not o.get("name") or not (o.get("org") or o.get("country")):
                raise LexiconError(f"{where}: an organisation needs name and org (or country): {o!r}")
            # one entry per name and affiliation: two states' parties may share a name ("Labour")
            self.orgs[(str(o["name"]), str(o.get("org") or o.get("country")))] = o
        for p in data.get("people") or []:
            if not isinstance(p, dict) or not p.get("name") or not (p.get("country") or p.get("org")):
                raise LexiconError(f"{where}: a person needs name and country (or org): {p!r}")
            self.people[(str(p["name"]), _as_str(p.get("country")), _as_str(p.get("org")))] = p
        roles = data.get("roles") or {}
        if not isinstance(roles, dict):
            raise LexiconError(f"{where}: roles must map a sector code to a list of words")
        for sector, words in roles.items():
            if not isinstance(words, list):
                raise LexiconError(f"{where}: roles: {sector} must have a list of words")
            for w in words:
                self.roles[str(w).lower()] = str(sector)
        for pat in data.get("patterns") or []:
            if not isinstance(pat, dict) or not pat.get("id"):
                raise LexiconError(f"{where}: a pattern needs an id: {pat!r}")
            self.patterns[str(pat["id"])] = pat
        for people in data.get("peoples") or []:
            if not isinstance(people, dict) or not people.get("forms") or not people.get("homes"):
                raise LexiconError(f"{where}: a people needs forms and homes: {people!r}")
            for form in people["forms"]:
                self.peoples[str(form).lower()] = tuple(str(h) for h in people["homes"])


def _iso_day(value: Any, where: str) -> str:
    """A term date as YYYY-MM-DD (YAML gives dates or strings); checked when loading, not when coding."""
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise LexiconError(f"{where}: {value!r} is not a date like 2021-12-03") from None


def _periods(value: Any, where: str) -> tuple[tuple[str, str | None], ...]:
    """[[start, end], ...] with ISO days (end null: still so), checked when loading."""
    if not isinstance(value, list) or not all(isinstance(p, (list, tuple)) and len(p) == 2 for p in value):
        raise LexiconError(f"{where}: led_government is a list of [start, end]: {value!r}")
    return tuple((_iso_day(a, where), None if b is None else _iso_day(b, where)) for a, b in value)


def _people_tables(people: dict[tuple[str, str | None, str | None], dict[str, Any]], tokenizer: Any,
                   names: dict, where: str, orgs: Mapping[str, Entry]):
    persons: dict[str, Person] = {}
    surnames: dict[str, list[str]] = {}
    affiliations: dict[str, int] = {}
    for name, _, _ in people:
        affiliations[name] = affiliations.get(name, 0) + 1
    for (name, country, org), p in people.items():
        terms = []
        for t in p.get("terms") or []:
            if not isinstance(t, (list, tuple)) or len(t) != 3:
                raise LexiconError(f"{where}: {name}: a term is [role, start, end]: {t!r}")
            terms.append(Term(str(t[0]), _iso_day(t[1], f"{where}: {name}"),
                              None if t[2] is None else _iso_day(t[2], f"{where}: {name}")))
        # A name with several affiliations (a foreign minister who became NATO Secretary General) gets one id
        # per affiliation; namesakes are told apart by the article's date.
        pid = f"person:{name}" if affiliations[name] == 1 else f"person:{name} ({country or org})"
        persons[pid] = Person(name, _as_str(p.get("country")), _as_str(p.get("org")), tuple(terms),
                              bool(p.get("known_by_surname")))
        # An organisation's officer acts for it: "IMF boss Rodrigo Rato" codes as the IMF.
        home = orgs.get(_as_str(p.get("org")) or "")
        entry = Entry(pid, name, "person", _as_str(p.get("country")), _as_str(p.get("org")), "GOV",
                      home.cameo if home is not None and not p.get("country") else None)
        forms = [name, *(p.get("aliases") or [])]
        for form in forms:
            names.setdefault(_tokens(tokenizer, str(form)), []).append(entry)
            family = _family_name(str(form), p.get("country"))
            if family is not None:
                surnames.setdefault(family.lower(), [])
                if pid not in surnames[family.lower()]:
                    surnames[family.lower()].append(pid)
    return persons, {k: tuple(v) for k, v in surnames.items()}


_FAMILY_FIRST = {"CHN", "TWN", "KOR", "PRK", "VNM", "HKG", "MAC", "KHM", "MNG"}
# Ethiopian and Eritrean names are a given name and the father's: "Abiy Ahmed" is Mr Abiy, and a bare "Ahmed"
# is anyone's father. The forms these leaders go by are the lexicon's aliases.
_PATRONYMIC_STATES = {"ETH", "ERI"}
# "Mohammed bin Salman", "Sheikh Mohammed bin Abdulrahman": the word after "bin" is the father's given name.
_PATRONYM_MARKS = {"bin", "ibn", "bint"}


def _family_name(form: str, country: Any) -> str | None:
    """The word of a full name that a bare mention of the person uses, or None where none does."""
    toks = form.split()
    if len(toks) < 2 or country in _PATRONYMIC_STATES:
        return None
    # East Asian names put the family name first ("Xi Jinping"), unless written the Western way.
    if country in _FAMILY_FIRST and len(toks) <= 3 and len(toks[0]) <= 6:
        return toks[0]
    if toks[-2].lower() in _PATRONYM_MARKS:
        return None
    return toks[-1]


def build_lexicon(files: Iterable[Path | Any]) -> Lexicon:
    """Build the tables from lexicon files in order (later entries override earlier ones by key)."""
    builder = _Builder()
    sources = []
    for f in files:
        f = Path(f) if isinstance(f, str) else f
        builder.add(_read_yaml(f), str(f))
        sources.append(str(f))
    tokenizer = English().tokenizer
    names: dict[tuple[str, ...], list[Entry]] = {}
    countries: dict[str, str] = {}

    def add_name(form: Any, entry: Entry) -> None:
        for spelling in dict.fromkeys((str(form), str(form).replace("'", "\u2019"))):  # "Workers’ Party" as typeset
            key = _tokens(tokenizer, spelling)
            if key and entry not in names.setdefault(key, []):
                names[key].append(entry)

    for code, c in builder.countries.items():
        countries[code] = str(c["name"])
        state = Entry(f"country:{code}", str(c["name"]), "country", code, None, None, code)
        for form in [c["name"], *(c.get("aliases") or [])]:
            add_name(form, state)
        demonym = Entry(f"demonym:{code}", str(c["name"]), "demonym", code, None, None, code)
        for form in c.get("demonyms") or []:
            add_name(form, demonym)
        # "Moscow said": a capital names the state, as its name would (sector null, as the gold codes it); a
        # seat ("the Kremlin", "Downing Street") names the government that sits there
        for form in c.get("capitals") or []:
            add_name(form, Entry(f"capital:{code}:{form}", str(c["name"]), "capital", code, None, None, code))
        for form in c.get("seats") or []:
            add_name(form, Entry(f"seat:{code}:{form}", str(c["name"]), "seat", code, None, "GOV", f"{code}GOV"))
    orgs: dict[str, Entry] = {}
    led: dict[tuple[str, str | None], tuple[tuple[str, str | None], ...]] = {}
    existed: dict[str, tuple[tuple[str, str | None], ...]] = {}
    for (name, _), o in builder.orgs.items():
        code = _as_str(o.get("org"))
        own = Entry(f"org:{name}", name, "org", _as_str(o.get("country")), code, _as_str(o.get("sector")),
                    _as_str(o.get("cameo")))
        if o.get("led_government"):
            key = (own.id, own.country)
            led[key] = led.get(key, ()) + _periods(o["led_government"], f"organisation {name}")
        if o.get("existed"):
            existed[own.id] = _periods(o["existed"], f"organisation {name}")
        if code and code not in orgs:
            orgs[code] = own
        for form in [name, *(o.get("aliases") or [])]:
            add_name(form, own)
        for body in o.get("bodies") or []:
            if not isinstance(body, dict) or not body.get("name"):
                raise LexiconError(f"organisation {name}: a body needs a name: {body!r}")
            bname = str(body["name"])
            sector = _as_str(body.get("sector")) or own.sector
            b = Entry(f"body:{name}/{bname}", bname, "body", own.country, code, sector,
                      _as_str(body.get("cameo")) or own.cameo)
            for form in [bname, *(body.get("aliases") or [])]:
                add_name(form, b)
    persons, surnames = _people_tables(builder.people, tokenizer, names, "people", orgs)
    exact: dict[tuple[str, ...], tuple[Entry, ...]] = {}
    folded: dict[tuple[str, ...], tuple[Entry, ...]] = {}
    for key, entries in names.items():
        if _is_acronym(" ".join(key)):
            exact[key] = tuple(entries)
        else:
            fkey = tuple(t.lower() for t in key)
            folded[fkey] = tuple(dict.fromkeys([*folded.get(fkey, ()), *entries]))
    roles = {tuple(w.split()): s for w, s in builder.roles.items()}
    state_names: dict[str, list[str]] = {}
    for key, entries in names.items():
        for e in entries:
            if e.kind in ("country", "demonym", "capital") and e.country:
                state_names.setdefault(e.country, []).append(" ".join(key).lower())
    starts: dict[str, int] = {}
    for key in names:
        first = key[0].lower()
        starts[first] = max(starts.get(first, 0), len(key))
    try:
        patterns = index_patterns(parse_patterns(builder.patterns.values()))
    except ValueError as exc:
        raise LexiconError(str(exc)) from exc
    return Lexicon(
        exact=MappingProxyType(exact),
        folded=MappingProxyType(folded),
        people=MappingProxyType(persons),
        surnames=MappingProxyType(surnames),
        roles=MappingProxyType(roles),
        countries=MappingProxyType(countries),
        orgs=MappingProxyType(orgs),
        patterns=patterns,
        max_name_tokens=max((len(k) for k in names), default=1),
        max_role_tokens=max((len(k) for k in roles), default=1),
        starts=MappingProxyType(starts),
        role_ends=frozenset(k[-1] for k in roles),
        sources=tuple(sources),
        led_government=MappingProxyType(led),
        existed=MappingProxyType(existed),
        peoples=MappingProxyType(dict(builder.peoples)),
        state_names=MappingProxyType({k: tuple(dict.fromkeys(v)) for k, v in state_names.items()}),
    )


@functools.cache
def _load_cached(extra: tuple[str, ...]) -> Lexicon:
    return build_lexicon([*_bundled_files(), *(Path(p) for p in extra)])


def load_lexicon(extra: Sequence[str | Path] = ()) -> Lexicon:
    """The bundled lexicon plus the user's files (same format; their entries win), built once per process."""
    for p in extra:
        if not Path(p).is_file():
            raise LexiconError(f"{p}: no such lexicon file")
    return _load_cached(tuple(str(Path(p).resolve()) for p in extra))


__all__ = ["TOP_OFFICES", "Entry", "Lexicon", "LexiconError", "Pattern", "Person", "Term", "build_lexicon",
           "load_lexicon"]
