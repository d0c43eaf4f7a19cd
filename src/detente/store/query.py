"""The query model: one vocabulary of event filters for the CLI, the API and the Python store API.

Why one module: ``detente export`` options, the API's query parameters and ``Store.events`` keywords used to
be three vocabularies (``--since`` here, ``date_from`` there) with different rules (an actor was case-sensitive
in one, a CAMEO code a prefix in another). Now every caller hands the user's values, by the names of
:data:`FILTERS`, to :func:`build_filter`, which validates and canonicalises them once (upper-case codes,
zero-padded roots, actor names resolved to codes, outlets to their stored spelling) and returns an
:class:`EventFilter`; :meth:`EventFilter.where` is the one WHERE clause. docs/query.md documents the
vocabulary. A value that cannot be used raises :class:`QueryError` naming the field, which the API turns
into a 422 and the CLI into a usage error.

Every user value travels as a ``?`` parameter; the only text spliced into the SQL is the fixed column names
of this module and a column prefix that must be an SQL identifier.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, Protocol

from detente.ontology import PLOVER_EVENTS, all_codes

Day = str | dt.date
"""A day as ``YYYY-MM-DD`` text or a date (DuckDB casts either to DATE)."""

_SIDES = ("source", "target")
_ACTOR_COLUMNS = ("code", "country", "org", "cameo")
_ALIAS = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\.?")

#: Date precisions the coder writes (``unknown``: no date at all).
DATE_PRECISIONS = ("day", "week", "month", "year", "published", "before", "unknown")

#: CAMEO actor role codes (the ``*_sector`` columns), with the words the dashboard shows for them.
SECTORS: Mapping[str, str] = {
    "GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition", "CVL": "civilians",
    "COP": "police", "JUD": "judiciary", "LEG": "legislature", "PTY": "political party", "INS": "insurgents",
    "UAF": "armed groups", "IGO": "international organisations", "NGO": "NGOs", "REF": "refugees",
    "BUS": "business", "MED": "media", "EDU": "education", "HLH": "health", "REL": "religious", "LAB": "labour",
    "CRM": "criminals", "SPY": "intelligence", "ELI": "elites", "AGR": "agriculture", "ENV": "environment",
    "HRI": "human rights", "MOD": "moderates", "RAD": "radicals",
}

#: Sort keys (``-`` for descending) and their ORDER BY; ids break ties so pages and files are stable.
SORTS: Mapping[str, str] = {
    "date": "date ASC NULLS LAST, article_id, sentence_index", "-date": "date DESC NULLS LAST",
    "goldstein": "goldstein ASC", "-goldstein": "goldstein DESC",
    "confidence": "confidence ASC", "-confidence": "confidence DESC",
    "cameo": "cameo ASC", "-cameo": "cameo DESC",
    "source": "source_code ASC NULLS LAST", "-source": "source_code DESC NULLS LAST",
    "target": "target_code ASC NULLS LAST", "-target": "target_code DESC NULLS LAST",
}

#: The filter vocabulary (docs/query.md): name -> what it keeps. Several values of one name mean any of them.
FILTERS: Mapping[str, str] = {
    "date_from": "events on or after this day (YYYY-MM-DD); drops undated events",
    "date_to": "events on or before this day (YYYY-MM-DD); drops undated events",
    "date_precision": f"how the event's date is known: {', '.join(DATE_PRECISIONS)} (before = on or before "
                      "the publication date, the text gives no day; unknown = no date)",
    "actor": "an actor on either side: a code (BLR, EU, BLRGOV) or a name (Belarus), any case",
    "source": "the source actor (who acts), as for actor",
    "target": "the target actor, as for actor",
    "dyad": "two actors A-B facing each other, in either direction (BLR-EU)",
    "sector": "an actor of this sector on either side (GOV, MIL, REB, OPP, CVL, ...)",
    "cameo": "a CAMEO event code or its start (1-4 digits: 19, 193, 1931)",
    "cameo_root": "a CAMEO root category, 01-20 (1 = 01)",
    "plover": "a PLOVER event type, any case (SANCTION)",
    "quad_class": "a quad class, 1-4",
    "q": "words in the sentence, any case",
    "outlet": "the outlet that published the article (the article's source name), any case",
    "country": "where the event is mapped: its location's country, else either actor's country (ISO alpha-3)",
    "place": "the event's location name (Vilnius), any case",
}


class QueryError(ValueError):
    """A filter value that cannot be used; ``field`` is its name in the vocabulary, the message says why."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


class Terms(Protocol):
    """What only the store knows: which actor codes and names and which outlets exist (store/actors.py)."""

    def actor_code(self, value: str) -> str:
        """The canonical code for an actor code or name; QueryError(field 'actor') when there is none."""

    def outlet(self, value: str) -> str:
        """The stored spelling of an outlet name; QueryError(field 'outlet') when the store has none."""


def _values(value: Any) -> tuple[Any, ...]:
    """One value or several as a tuple (``None`` and ``""`` are none; a set is sorted, for stable SQL)."""
    if value is None or value == "":
        return ()
    if isinstance(value, set | frozenset):
        return tuple(sorted(value))
    if isinstance(value, str | bytes | int | dt.date) or not isinstance(value, Iterable):
        return (value,)
    return tuple(v for v in value if v is not None and v != "")


def _prefix(alias: str) -> str:
    """``"e"`` or ``"e."`` -> ``"e."``; ``""`` -> ``""``. Anything else is refused (it is spliced into SQL)."""
    if not alias:
        return ""
    if not _ALIAS.fullmatch(alias):
        raise ValueError(f"column prefix {alias!r}: expected a table alias such as 'e' or 'e.'")
    return alias if alias.endswith(".") else alias + "."


@dataclass(frozen=True)
class EventFilter:
    """Which events, as canonical values: every given field must hold (AND); several values of one field mean
    any of them (OR). Build it with :func:`build_filter` from user input; construct it directly only with
    values that are already canonical (upper-case codes, zero-padded roots).

    Actor fields (``actor`` either side, ``source``, ``target``, ``dyad``) match a side whose ``*_code`` (org,
    else country), ``*_country``, ``*_org`` or ``*_cameo`` (CAMEO actor code) equals one of the codes. A ``dyad``
    (A, B) is A facing B in either direction. ``cameo`` values are CAMEO event code prefixes (``"16"`` is every
    code under root 16). ``q`` is text the sentence contains, case-insensitively, ``%`` and ``_`` taken
    literally. ``outlet`` is the article's source name; ``country`` the mapped country (location, else actors).
    """

    date_from: Day | None = None  # inclusive
    date_to: Day | None = None  # inclusive
    actor: str | Sequence[str] = ()  # either side
    source: str | Sequence[str] = ()
    target: str | Sequence[str] = ()
    dyad: tuple[str, str] | Sequence[tuple[str, str]] = ()  # either direction
    cameo: str | Sequence[str] = ()  # prefixes
    cameo_root: str | Sequence[str] = ()
    plover: str | Sequence[str] = ()
    quad_class: int | Sequence[int] = ()
    q: str | None = None
    sector: str | Sequence[str] = ()  # either side
    outlet: str | Sequence[str] = ()
    country: str | Sequence[str] = ()
    place: str | Sequence[str] = ()
    date: Day | Sequence[Day] = ()  # exact days
    article_id: str | Sequence[str] = ()
    coder_version: str | Sequence[str] = ()
    source_country: str | Sequence[str] = ()
    target_country: str | Sequence[str] = ()
    date_precision: str | Sequence[str] = ()  # day, week, month, year, published, before, unknown

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in ("date_from", "date_to", "q"):
                if value == "":
                    object.__setattr__(self, f.name, None)
            elif f.name == "dyad":
                pairs = (value,) if isinstance(value, tuple) and len(value) and isinstance(value[0], str) else value
                pairs = tuple(tuple(p) for p in (pairs or ()))
                if any(len(p) != 2 for p in pairs):
                    raise ValueError(f"dyad {value!r}: expected (actor, actor) pairs")
                object.__setattr__(self, "dyad", pairs)
            else:
                object.__setattr__(self, f.name, _values(value))

    def where(self, alias: str = "") -> tuple[str, list[Any]]:
        """The SQL condition (conditions joined by AND, or ``TRUE``) and its parameters in placeholder order.

        ``alias`` qualifies the ``events`` columns: ``"e"`` (or ``"e."``) gives ``e.date``, ``e.cameo``, ...
        """
        p = _prefix(alias)
        conds: list[str] = []
        params: list[Any] = []
        if self.date_from:
            conds.append(f"{p}date >= ?::DATE")
            params.append(self.date_from)
        if self.date_to:
            conds.append(f"{p}date <= ?::DATE")
            params.append(self.date_to)
        if self.date:
            conds.append(_any_of(f"{p}date", self.date, params, cast="DATE"))
        for side in _SIDES:
            if getattr(self, side):
                conds.append(_side(p, side, getattr(self, side), params))
        if self.actor:
            conds.append(f"({' OR '.join(_side(p, side, self.actor, params) for side in _SIDES)})")
        if self.dyad:
            conds.append(_or([f"(({_side(p, 'source', (a,), params)} AND {_side(p, 'target', (b,), params)}) OR "
                              f"({_side(p, 'source', (b,), params)} AND {_side(p, 'target', (a,), params)}))"
                              for a, b in self.dyad]))
        for column, cast in (("source_country", "VARCHAR"), ("target_country", "VARCHAR"),
                             ("cameo_root", "VARCHAR"), ("plover_event", "VARCHAR"), ("quad_class", "INTEGER"),
                             ("article_id", "VARCHAR"), ("coder_version", "VARCHAR")):
            values = getattr(self, "plover" if column == "plover_event" else column)
            if values:
                conds.append(_any_of(p + column, values, params, cast))
        if self.date_precision:
            conds.append(_any_of(f"{p}date_precision", self.date_precision, params, "VARCHAR"))
        if self.sector:
            conds.append(f"({_any_of(f'{p}source_sector', self.sector, params, 'VARCHAR')} OR "
                         f"{_any_of(f'{p}target_sector', self.sector, params, 'VARCHAR')})")
        if self.cameo:
            params += list(self.cameo)
            conds.append(_or([f"starts_with({p}cameo, ?)" for _ in self.cameo]))
        if self.q:
            escaped = self.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conds.append(f"{p}sentence ILIKE ? ESCAPE '\\'")
            params.append(f"%{escaped}%")
        if self.outlet:
            params.append(list(self.outlet))
            conds.append(f"{p}article_id IN (SELECT id FROM articles WHERE list_contains(?::VARCHAR[], source_name))")
        if self.country:
            located = _any_of(f"{p}location_country", self.country, params, "VARCHAR")
            by_actor = (f"{_any_of(f'{p}source_country', self.country, params, 'VARCHAR')} OR "
                        f"{_any_of(f'{p}target_country', self.country, params, 'VARCHAR')}")
            conds.append(f"({located} OR ({p}location_country IS NULL AND ({by_actor})))")
        if self.place:
            params.append([v.lower() for v in self.place])
            conds.append(f"list_contains(?::VARCHAR[], lower({p}location_name))")
        return (" AND ".join(conds) or "TRUE"), params


def _or(conds: list[str]) -> str:
    return conds[0] if len(conds) == 1 else "(" + " OR ".join(conds) + ")"


def _any_of(column: str, values: tuple[Any, ...], params: list[Any], cast: str) -> str:
    """``column = ?`` for one value, else ``list_contains(?, column)`` with the values as one list parameter."""
    if len(values) == 1:
        params.append(values[0])
        return f"{column} = ?::{cast}"
    params.append(list(values))
    return f"list_contains(?::{cast}[], {column})"


def _side(p: str, side: str, codes: tuple[str, ...], params: list[Any]) -> str:
    """A side (``source``/``target``) is one of the actor ``codes``: by its code, country, org or CAMEO code."""
    columns = ", ".join(f"{p}{side}_{name}" for name in _ACTOR_COLUMNS)
    params += codes
    return _or([f"?::VARCHAR IN ({columns})" for _ in codes])


# ------------------------------------------------------------------------------ canonical values


def _day(field: str, value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise QueryError(field, f"{value!r} is not a day like 2021-12-03 (YYYY-MM-DD)") from None


def _cameo(value: Any) -> str:
    text = str(value).strip()
    if not re.fullmatch(r"\d{1,4}", text):
        raise QueryError("cameo", f"{value!r}: expected 1-4 digits of a CAMEO event code (19, 193, 1931)")
    if not any(c.code.startswith(text) for c in all_codes()):
        raise QueryError("cameo", f"{value!r}: no CAMEO event code starts with {text}")
    return text


def _root(value: Any) -> str:
    text = str(value).strip()
    if not re.fullmatch(r"\d{1,2}", text) or not 1 <= int(text) <= 20:
        raise QueryError("cameo_root", f"{value!r}: expected a CAMEO root 01-20")
    return text.zfill(2)


def _choice(field: str, value: Any, choices: Iterable[str]) -> str:
    text = str(value).strip()
    choices = tuple(choices)
    canonical = text.lower() if field == "date_precision" else text.upper()
    if canonical not in choices:
        raise QueryError(field, f"{value!r}: expected one of {', '.join(choices)}")
    return canonical


def _quad(value: Any) -> int:
    try:
        quad = int(str(value).strip())
    except ValueError:
        quad = 0
    if quad not in (1, 2, 3, 4):
        raise QueryError("quad_class", f"{value!r}: expected 1, 2, 3 or 4")
    return quad


def _country(value: Any) -> str:
    text = str(value).strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", text):
        raise QueryError("country", f"{value!r}: expected an ISO 3166-1 alpha-3 country code (BLR)")
    return text


def _dyad(value: Any, terms: Terms | None) -> tuple[str, str]:
    if isinstance(value, str):
        parts = value.split("-")
        # names may contain hyphens ("Guinea-Bissau"): split at the hyphen that gives two known actors
        for i in range(1, len(parts)):
            left, right = "-".join(parts[:i]).strip(), "-".join(parts[i:]).strip()
            if left and right:
                try:
                    return _actor(left, "dyad", terms), _actor(right, "dyad", terms)
                except QueryError:
                    if i == len(parts) - 1:
                        raise
        raise QueryError("dyad", f"{value!r}: expected two actors joined by '-', e.g. BLR-EU")
    pair = tuple(value)
    if len(pair) != 2:
        raise QueryError("dyad", f"{value!r}: expected two actors, e.g. BLR-EU")
    return _actor(pair[0], "dyad", terms), _actor(pair[1], "dyad", terms)


def _dyad_values(raw: Any) -> tuple[Any, ...]:
    """``"BLR-EU"``, ``("BLR", "EU")`` (one pair) or a list of either, as a tuple of dyad values."""
    if isinstance(raw, tuple) and len(raw) == 2 and all(isinstance(x, str) and "-" not in x for x in raw):
        return (raw,)
    return _values(raw)


def _actor(value: Any, field: str, terms: Terms | None) -> str:
    text = str(value).strip()
    if not text or len(text) > 100:
        raise QueryError(field, f"{value!r}: expected an actor code or name (1-100 characters)")
    if terms is None:
        if not re.fullmatch(r"[A-Za-z0-9_]{1,24}", text):
            raise QueryError(field, f"{value!r}: expected an actor code such as BLR, EU or BLRGOV")
        return text.upper()
    try:
        return terms.actor_code(text)
    except QueryError as exc:
        raise QueryError(field, exc.message) from None


def build_filter(values: Mapping[str, Any], terms: Terms | None = None) -> EventFilter:
    """The :class:`EventFilter` of user values named as in :data:`FILTERS`, validated and canonicalised.

    ``terms`` resolves actor names and outlets against a store (:class:`detente.store.actors.StoreTerms`);
    without it actors must be codes (upper-cased here) and outlets are taken as given. Raises QueryError.
    """
    unknown = sorted(set(values) - set(FILTERS) - _EXTRA)
    if unknown:
        raise QueryError(unknown[0], f"unknown filter; the filters are {', '.join(FILTERS)}")
    v = {k: _values(x) for k, x in values.items() if k not in ("q", "dyad")}
    v["dyad"] = _dyad_values(values.get("dyad"))
    out: dict[str, Any] = {}
    for key in ("date_from", "date_to"):
        if v.get(key):
            if len(v[key]) > 1:
                raise QueryError(key, "give one day")
            out[key] = _day(key, v[key][0])
    if out.get("date_from") and out.get("date_to") and out["date_from"] > out["date_to"]:
        raise QueryError("date_from", f"{out['date_from']} is after date_to {out['date_to']}")
    for key in ("actor", "source", "target"):
        out[key] = tuple(dict.fromkeys(_actor(x, key, terms) for x in v.get(key, ())))
    out["dyad"] = tuple(dict.fromkeys(_dyad(x, terms) for x in v.get("dyad", ())))
    out["cameo"] = tuple(dict.fromkeys(_cameo(x) for x in v.get("cameo", ())))
    out["cameo_root"] = tuple(dict.fromkeys(_root(x) for x in v.get("cameo_root", ())))
    out["plover"] = tuple(dict.fromkeys(_choice("plover", x, PLOVER_EVENTS) for x in v.get("plover", ())))
    out["quad_class"] = tuple(dict.fromkeys(_quad(x) for x in v.get("quad_class", ())))
    out["sector"] = tuple(dict.fromkeys(_choice("sector", x, SECTORS) for x in v.get("sector", ())))
    out["date_precision"] = tuple(dict.fromkeys(_choice("date_precision", x, DATE_PRECISIONS)
                                                for x in v.get("date_precision", ())))
    out["country"] = tuple(dict.fromkeys(_country(x) for x in v.get("country", ())))
    out["place"] = tuple(dict.fromkeys(str(x).strip() for x in v.get("place", ()) if str(x).strip()))
    outlets = [str(x).strip() for x in v.get("outlet", ()) if str(x).strip()]
    out["outlet"] = tuple(dict.fromkeys(terms.outlet(x) if terms is not None else x for x in outlets))
    q = values.get("q")
    if q is not None and str(q).strip():
        if len(str(q)) > 200:
            raise QueryError("q", "at most 200 characters")
        out["q"] = str(q).strip()
    for key in _EXTRA:  # Python-only equality filters (Store.events), passed through
        if key in v:
            out[key] = v[key]
    return EventFilter(**out)


_EXTRA = frozenset({"date", "article_id", "coder_version", "source_country", "target_country"})
