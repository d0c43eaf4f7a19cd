"""One event filter for every reader of the ``events`` table: the store, the exports and the web API.

Why one module: the store's ``Store.events``, the exports' ``EventFilter`` and the web's filters used to build
their own WHERE clauses, with small differences (an actor was a code in one, a code, country, org or CAMEO
actor code in another; a CAMEO code was exact here and a prefix there). :class:`EventFilter` is the single
definition: each caller turns its own parameters (keyword arguments, CLI options, query parameters) into one,
validates them in its own words, and asks :meth:`EventFilter.where` for the condition.

Every user value travels as a ``?`` parameter; the only text spliced into the SQL is the fixed column names
of this module and a column prefix that must be an SQL identifier.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import Any

Day = str | dt.date
"""A day as ``YYYY-MM-DD`` text or a date (DuckDB casts either to DATE)."""

_SIDES = ("source", "target")
_ACTOR_COLUMNS = ("code", "country", "org", "cameo")
_ALIAS = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\.?")


def _values(value: Any) -> tuple[Any, ...]:
    """One value or several as a tuple (``None`` and ``""`` are none; a set is sorted, for stable SQL)."""
    if value is None or value == "":
        return ()
    if isinstance(value, set | frozenset):
        return tuple(sorted(value))
    if isinstance(value, str | bytes | int | dt.date) or not isinstance(value, Iterable):
        return (value,)
    return tuple(value)


def _prefix(alias: str) -> str:
    """``"e"`` or ``"e."`` -> ``"e."``; ``""`` -> ``""``. Anything else is refused (it is spliced into SQL)."""
    if not alias:
        return ""
    if not _ALIAS.fullmatch(alias):
        raise ValueError(f"column prefix {alias!r}: expected a table alias such as 'e' or 'e.'")
    return alias if alias.endswith(".") else alias + "."


@dataclass(frozen=True)
class EventFilter:
    """Which events: every given field must hold (AND); several values of one field mean any of them (OR).

    Actor fields (``actor`` either side, ``source``, ``target``, ``dyad``) match a side whose ``*_code`` (org,
    else country), ``*_country``, ``*_org`` or ``*_cameo`` (CAMEO actor code) equals one of the codes. ``cameo``
    values are CAMEO event code prefixes (``"16"`` is every code under root 16, ``"163"`` is 163 and its
    sub-codes). ``q`` is text the sentence contains, case-insensitively, ``%`` and ``_`` taken literally.
    Values are used as given: callers validate and canonicalise (upper-case codes, zero-padded roots) first.
    """

    date_from: Day | None = None  # inclusive
    date_to: Day | None = None  # inclusive
    actor: str | Sequence[str] = ()  # either side
    source: str | Sequence[str] = ()
    target: str | Sequence[str] = ()
    dyad: tuple[str, str] | None = None  # (source code, target code)
    cameo: str | Sequence[str] = ()  # prefixes
    cameo_root: str | Sequence[str] = ()
    plover: str | Sequence[str] = ()
    quad_class: int | Sequence[int] = ()
    q: str | None = None
    date: Day | Sequence[Day] = ()  # exact days
    article_id: str | Sequence[str] = ()
    coder_version: str | Sequence[str] = ()
    source_country: str | Sequence[str] = ()
    target_country: str | Sequence[str] = ()
    date_precision: str | Sequence[str] = ()  # day, month, year, published, unknown

    def __post_init__(self) -> None:
        for f in fields(self):
            if f.name in ("date_from", "date_to", "q"):
                if getattr(self, f.name) == "":
                    object.__setattr__(self, f.name, None)
            elif f.name == "dyad":
                if self.dyad is not None:
                    pair = tuple(self.dyad)
                    if len(pair) != 2:
                        raise ValueError(f"dyad {self.dyad!r}: expected (source code, target code)")
                    object.__setattr__(self, "dyad", pair)
            else:
                object.__setattr__(self, f.name, _values(getattr(self, f.name)))

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
            conds.append(_side(p, "source", (self.dyad[0],), params))
            conds.append(_side(p, "target", (self.dyad[1],), params))
        for column, cast in (("source_country", "VARCHAR"), ("target_country", "VARCHAR"),
                             ("cameo_root", "VARCHAR"), ("plover_event", "VARCHAR"), ("quad_class", "INTEGER"),
                             ("article_id", "VARCHAR"), ("coder_version", "VARCHAR"),
                             ("date_precision", "VARCHAR")):
            values = getattr(self, "plover" if column == "plover_event" else column)
            if values:
                conds.append(_any_of(p + column, values, params, cast))
        if self.cameo:
            params += list(self.cameo)
            conds.append(_or([f"starts_with({p}cameo, ?)" for _ in self.cameo]))
        if self.q:
            escaped = self.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conds.append(f"{p}sentence ILIKE ? ESCAPE '\\'")
            params.append(f"%{escaped}%")
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
    return _or([_any_of(f"{p}{side}_{name}", codes, params, "VARCHAR") for name in _ACTOR_COLUMNS])
