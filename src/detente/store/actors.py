"""Actor codes and names, and outlets, as a store knows them: resolving what users type, and the type-ahead.

Why here: every way in (``detente export --actor``, ``?actor=`` in the API, ``Store.events(actor=...)``) must
take the same things and fail the same way: a code in any case (``blr``), a name in any case (``Belarus``,
``european union``) or a name the events carry (``Lukashenko``); anything else is an error that says so,
never a silent zero. Names come from the bundled lexicon files (read directly: building the whole lexicon
loads spaCy's tokenizer, and the server needs only names) and from the store's events.
"""

from __future__ import annotations

import difflib
import functools
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import yaml

from detente.store import aggregate
from detente.store.query import SECTORS, EventFilter, QueryError

_DATA = Path(__file__).resolve().parents[1] / "lexicon" / "data"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CODE = re.compile(r"[A-Za-z0-9_]{1,24}")


@functools.cache
def _lexicon_entries() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(code, canonical name, aliases) of every state (ISO alpha-3) and organisation in the bundled lexicon."""
    out = []
    for file, key, code_field in (("countries.yml", "countries", "code"), ("organisations.yml", "organisations",
                                                                           "org")):
        try:
            with open(_DATA / file, encoding="utf-8") as fh:
                data = yaml.load(fh, Loader=_LOADER) or {}
        except OSError:
            continue  # a lexicon file missing from an unusual install: the store's own names remain
        for item in data.get(key) or []:
            code, name = item.get(code_field), item.get("name")
            if code and name:
                out.append((str(code), str(name), tuple(str(a) for a in item.get("aliases") or ())))
    return tuple(out)


@functools.cache
def lexicon_names() -> dict[str, str]:
    """Code -> canonical name ("Belarus" for BLR, whatever words the events used for it)."""
    names: dict[str, str] = {}
    for code, name, _ in _lexicon_entries():
        names.setdefault(code, name)
    return names


@functools.cache
def _lexicon_lookup() -> dict[str, str]:
    """Lower-cased code, name or alias -> code."""
    found: dict[str, str] = {}
    for code, name, aliases in _lexicon_entries():
        for form in (code, name, *aliases):
            found.setdefault(form.lower(), code)
    return found


class StoreTerms:
    """The actor codes, actor names and outlets of one store, for :func:`detente.store.query.build_filter`.

    Computed on first use and then kept: give each read-only server one instance; a writing store's caller
    makes a new one per query (``Store.events`` does).
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, repeats: Callable[[], str] | None = None) -> None:
        """``repeats``: gives the copy of the repeated reports (:func:`detente.store.aggregate.attach_repeats`)
        that makes the catalogue's event counts cheap, on a store that cannot change."""
        self._con = con
        self._repeats = repeats
        self._lock = threading.Lock()
        self._loaded: tuple[set[str], dict[str, str], dict[str, str]] | None = None
        self._catalogue: list[dict[str, Any]] | None = None
        self._dual: bool | None = None

    def dual(self) -> bool:
        """Whether some actor has two identities (:func:`detente.store.aggregate.has_dual`); asked once."""
        with self._lock:
            if self._dual is None:
                self._dual = aggregate.has_dual(self._con)
            return self._dual

    def _load(self) -> tuple[set[str], dict[str, str], dict[str, str]]:
        with self._lock:
            if self._loaded is None:
                cur = self._con.cursor()
                try:
                    codes = {r[0] for r in cur.execute(
                        "SELECT DISTINCT unnest([source_code, source_country, source_org, source_cameo, "
                        "target_code, target_country, target_org, target_cameo]) AS c FROM events").fetchall()
                        if r[0]}
                    names: dict[str, str] = {}
                    for name, code in cur.execute(
                            "SELECT lower(name), code FROM (SELECT source_name AS name, source_code AS code "
                            "FROM events UNION ALL SELECT target_name, target_code FROM events) "
                            "WHERE name IS NOT NULL AND code IS NOT NULL GROUP BY ALL "
                            "ORDER BY count(*) DESC, code").fetchall():
                        names.setdefault(name, code)
                    outlets = {r[0].lower(): r[0] for r in cur.execute(
                        "SELECT DISTINCT source_name FROM articles WHERE source_name IS NOT NULL "
                        "ORDER BY source_name").fetchall()}
                finally:
                    cur.close()
                self._loaded = (codes, names, outlets)
            return self._loaded

    def actor_code(self, value: str) -> str:
        """A code (any case), a lexicon name or alias, or a name the events use -> the code; else QueryError."""
        codes, names, _ = self._load()
        text = " ".join(value.split())
        upper = text.upper()
        if _CODE.fullmatch(text):
            if upper in codes or upper in lexicon_names():
                return upper
            base, sector = upper[:-3], upper[-3:]  # a CAMEO actor code built from a known actor: BLRMIL
            if sector in SECTORS and (base in codes or base in lexicon_names()):
                return upper
        key = text.lower()
        found = _lexicon_lookup().get(key) or names.get(key)
        if found:
            return found
        known = sorted(set(lexicon_names().values()) | set(codes))
        close = difflib.get_close_matches(text, known, n=3, cutoff=0.75)
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        raise QueryError("actor", f"no actor {value!r} in this store or the lexicon: give a code (BLR, EU, "
                                  f"BLRGOV) or a name (Belarus){hint}")

    def outlet(self, value: str) -> str:
        """The stored spelling of an outlet (any case); else QueryError listing some that exist."""
        _, _, outlets = self._load()
        found = outlets.get(value.strip().lower())
        if found is None:
            some = ", ".join(list(outlets.values())[:8]) or "none: the articles carry no source name"
            raise QueryError("outlet", f"no outlet {value!r} in this store; outlets: {some}")
        return found

    def outlets(self) -> list[str]:
        return list(self._load()[2].values())

    def catalogue(self) -> list[dict[str, Any]]:
        """Every actor identity with its name, other names the events use, and events (as ``actor=`` counts)."""
        with self._lock:
            if self._catalogue is None:
                repeats = self._repeats() if self._repeats else None
                counted = {r["code"]: r["events"] for r in aggregate.top_actors(
                    self._con, EventFilter(), None, aggregate.has_dual(self._con), repeats)}
                cur = self._con.cursor()
                try:
                    rows = cur.execute(
                        "SELECT code, name, count(*) AS n FROM (SELECT source_code AS code, source_name AS name "
                        "FROM events UNION ALL SELECT target_code, target_name FROM events) WHERE code IS NOT NULL "
                        "AND name IS NOT NULL GROUP BY ALL ORDER BY code, n DESC, name").fetchall()
                finally:
                    cur.close()
                aliases: dict[str, list[str]] = {}
                for code, name, _ in rows:
                    aliases.setdefault(code, []).append(name)
                known = lexicon_names()
                out = []
                for code, events in counted.items():
                    other = aliases.get(code, [])
                    name = known.get(code) or (other[0] if other else code)
                    out.append({"code": code, "name": name, "aliases": [a for a in other if a != name][:20],
                                "events": events})
                self._catalogue = sorted(out, key=lambda e: (-e["events"], e["code"]))
            return self._catalogue

    def names(self) -> dict[str, str]:
        """Code -> display name for every actor in the store (the lexicon's canonical name when it has one)."""
        return {a["code"]: a["name"] for a in self.catalogue()}

    def search(self, q: str, limit: int) -> list[dict[str, Any]]:
        """Type-ahead: exact code or name first, then code or name prefixes, then substrings; busiest first."""
        needle = q.strip().lower()
        scored = []
        for a in self.catalogue():
            code, name = a["code"].lower(), a["name"].lower()
            names = [name, *(x.lower() for x in a["aliases"])]
            if not needle:
                rank = 3
            elif code == needle or name == needle:
                rank = 0
            elif code.startswith(needle) or any(n.startswith(needle) for n in names):
                rank = 1
            elif any(needle in n for n in names) or any(w.startswith(needle) for n in names for w in n.split()):
                rank = 2
            else:
                continue
            scored.append((rank, -a["events"], a["code"], a))
        scored.sort(key=lambda t: t[:3])
        return [t[3] for t in scored[:limit]]
