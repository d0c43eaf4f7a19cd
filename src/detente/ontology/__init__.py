"""The event ontology: CAMEO codes with their labels, Goldstein values and quad classes, and PLOVER types.

Every coded event carries its CAMEO code plus the numbers analysts aggregate (Goldstein, quad class) and the
PLOVER type that newer datasets use. Those facts live in two readable tables next to this module so that a
user can check or diff them without reading code:

- ``cameo.tsv``: one row per CAMEO 1.1b3 code (roots such as ``"19"`` included), with the label, the
  Goldstein value GDELT publishes for it and a one-sentence definition written for this project.
- ``plover.tsv``: CAMEO code prefixes mapped to a PLOVER event type and mode. The longest matching prefix
  wins, so ``"19"`` covers a whole root and ``"193"`` can refine it without repeating every code.

The tables are parsed once (on first use) into read-only structures shared by every caller.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType

__all__ = [
    "PLOVER_EVENTS",
    "QUAD_CLASS_LABELS",
    "ROOT_LABELS",
    "CameoCode",
    "OntologyError",
    "all_codes",
    "is_code",
    "lookup",
    "quad_class_of",
    "root_of",
]

#: The 16 PLOVER event types in the order of the PLOVER manual: cooperation first, then conflict.
PLOVER_EVENTS: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

#: Short names of the 20 CAMEO root categories; a constant so callers need not load the tables for them.
ROOT_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "01": "Make public statement",
        "02": "Appeal",
        "03": "Express intent to cooperate",
        "04": "Consult",
        "05": "Engage in diplomatic cooperation",
        "06": "Engage in material cooperation",
        "07": "Provide aid",
        "08": "Yield",
        "09": "Investigate",
        "10": "Demand",
        "11": "Disapprove",
        "12": "Reject",
        "13": "Threaten",
        "14": "Protest",
        "15": "Exhibit force posture",
        "16": "Reduce relations",
        "17": "Coerce",
        "18": "Assault",
        "19": "Fight",
        "20": "Use unconventional mass violence",
    }
)

#: GDELT's names for the four quad classes.
QUAD_CLASS_LABELS: Mapping[int, str] = MappingProxyType(
    {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}
)

_PACKAGE = "detente.ontology"
_CAMEO_HEADER = ["code", "label", "goldstein", "definition"]
_PLOVER_HEADER = ["cameo", "plover_event", "plover_mode"]


class OntologyError(ValueError):
    """An ontology table is malformed; the message names the file and line so it can be fixed."""


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code with everything an event record needs to report about it."""

    code: str
    label: str
    goldstein: float
    definition: str
    root: str  # first two digits
    quad_class: int  # GDELT: 1 = roots 01-05, 2 = 06-09, 3 = 10-14, 4 = 15-20
    plover_event: str | None
    plover_mode: str | None


def root_of(code: str) -> str:
    """The two-digit root of a code, so that 3- and 4-digit codes can be grouped the way GDELT does.

    Raises ValueError for strings that cannot be CAMEO codes; the code itself need not be in the codebook.
    """
    _check_format(code)
    return code[:2]


def quad_class_of(code: str) -> int:
    """GDELT's quad class of a code: the coarse cooperation/conflict bucket that time series aggregate."""
    root = int(root_of(code))
    if root <= 5:
        return 1
    if root <= 9:
        return 2
    if root <= 14:
        return 3
    return 4


def lookup(code: str) -> CameoCode:
    """The codebook entry for ``code``; unknown codes raise KeyError so that typos never pass silently."""
    try:
        return _codes()[code]
    except KeyError:
        raise KeyError(_unknown_message(code)) from None


def is_code(code: str) -> bool:
    """Whether ``code`` is in the codebook: for validating user input without catching exceptions."""
    return code in _codes()


def all_codes() -> list[CameoCode]:
    """Every code, roots included, in code order (a fresh list: callers may sort or filter it freely)."""
    return sorted(_codes().values(), key=lambda c: c.code)


def _check_format(code: str) -> None:
    if not (isinstance(code, str) and code.isascii() and code.isdigit() and 2 <= len(code) <= 4):
        raise ValueError(f"not a CAMEO event code: {code!r} (expected a string of 2-4 digits, e.g. '043')")
    if not 1 <= int(code[:2]) <= 20:
        raise ValueError(f"not a CAMEO event code: {code!r} (the root, its first two digits, must be 01-20)")


def _unknown_message(code: object) -> str:
    message = f"unknown CAMEO event code: {code!r}"
    if isinstance(code, int) or (isinstance(code, str) and code.isdigit() and len(code) in (1, 2, 3)):
        # GDELT files read as numbers lose the leading zero ("43" for "043"): say so, it is the usual cause.
        padded = str(code).zfill(3)
        if padded in _codes() and padded != code:
            return f"{message}; codes are strings with leading zeros: did you mean {padded!r}?"
    return message


def _read_table(name: str, header: list[str]) -> list[tuple[int, list[str]]]:
    text = resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = list(reader)
    if not rows or rows[0] != header:
        raise OntologyError(f"{name}: expected header {header}, found {rows[0] if rows else 'nothing'}")
    out = []
    for lineno, row in enumerate(rows[1:], start=2):
        if not row:
            continue
        if len(row) != len(header):
            raise OntologyError(
                f"{name}:{lineno}: expected {len(header)} tab-separated fields, not {len(row)}"
            )
        out.append((lineno, [field.strip() for field in row]))
    return out


@functools.cache
def _plover_prefixes() -> Mapping[str, tuple[str | None, str | None]]:
    table: dict[str, tuple[str | None, str | None]] = {}
    for lineno, (prefix, event, mode) in _read_table("plover.tsv", _PLOVER_HEADER):
        where = f"plover.tsv:{lineno}"
        _check_format(prefix)
        if prefix in table:
            raise OntologyError(f"{where}: prefix {prefix!r} is listed twice")
        if event and event not in PLOVER_EVENTS:
            raise OntologyError(f"{where}: {event!r} is not one of the PLOVER event types {PLOVER_EVENTS}")
        if mode and not event:
            raise OntologyError(f"{where}: a mode ({mode!r}) needs an event type")
        table[prefix] = (event or None, mode or None)
    return MappingProxyType(table)


def _plover_of(code: str) -> tuple[str | None, str | None]:
    prefixes = _plover_prefixes()
    for end in range(len(code), 1, -1):
        if code[:end] in prefixes:
            return prefixes[code[:end]]
    return (None, None)


@functools.cache
def _codes() -> Mapping[str, CameoCode]:
    table: dict[str, CameoCode] = {}
    for lineno, (code, label, goldstein, definition) in _read_table("cameo.tsv", _CAMEO_HEADER):
        where = f"cameo.tsv:{lineno}"
        try:
            _check_format(code)
            value = float(goldstein)
        except ValueError as exc:
            raise OntologyError(f"{where}: {exc}") from None
        if code in table:
            raise OntologyError(f"{where}: code {code!r} is listed twice")
        if not -10.0 <= value <= 10.0:
            raise OntologyError(f"{where}: Goldstein value {value} is outside [-10, 10]")
        if not label or not definition:
            raise OntologyError(f"{where}: code {code!r} needs a label and a definition")
        event, mode = _plover_of(code)
        table[code] = CameoCode(
            code=code,
            label=label,
            goldstein=value,
            definition=definition,
            root=code[:2],
            quad_class=quad_class_of(code),
            plover_event=event,
            plover_mode=mode,
        )
    return MappingProxyType(table)
