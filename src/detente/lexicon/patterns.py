"""Verb and noun patterns: the project's dictionary from English wording to CAMEO event codes.

A pattern names a verb (or an event noun), optionally the object and particle it needs, and the prepositions
that introduce its target. Every coded event records the id of the pattern that coded it, so a doubtful event
can be traced to one readable line of ``lexicon/data/verbs.yml``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from detente.ontology import is_code

DOBJ = "dobj"
# A target slot: the object's own state or group, "brokered the Syrian peace talks", "mediated a Yemen truce".
OWNER = "owner"


@dataclass(frozen=True)
class Pattern:
    id: str
    code: str
    verbs: frozenset[str] = frozenset()
    nouns: tuple[tuple[str, ...], ...] = ()
    objects: tuple[tuple[str, ...], ...] = ()
    preps: tuple[str, ...] = ()
    particle: str | None = None

    def __post_init__(self) -> None:
        # The last word of each object phrase, to skip patterns cheaply when the object cannot match.
        object.__setattr__(self, "object_heads", frozenset(o[-1] for o in self.objects))

    @property
    def specificity(self) -> int:
        """More constrained patterns are tried first: 'impose sanctions on' before 'impose'."""
        return 4 * bool(self.objects) + 2 * bool(self.particle) + bool(self.preps and self.preps != (DOBJ,))

    @property
    def target_slots(self) -> tuple[str, ...]:
        """Where the target is looked for, in order; the direct object only when the pattern allows it."""
        if self.preps:
            return self.preps
        return () if self.objects else (DOBJ,)


@dataclass(frozen=True)
class PatternIndex:
    by_verb: Mapping[str, tuple[Pattern, ...]]
    by_noun: Mapping[str, tuple[Pattern, ...]]  # keyed by the noun's last (head) word

    def __len__(self) -> int:
        return len({p.id for ps in (*self.by_verb.values(), *self.by_noun.values()) for p in ps})


def _words(values: Any, field: str, pid: str) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, (str, bool)):
        values = [values]
    # YAML 1.1 reads the bare words on/off as booleans; in a pattern they can only be the prepositions.
    values = [("on" if v else "off") if isinstance(v, bool) else v for v in values] \
        if isinstance(values, list) else values
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError(f"pattern {pid}: {field} must be a list of words")
    return tuple(v.strip().lower() for v in values if v.strip())


def parse_patterns(raw: Iterable[Mapping[str, Any]]) -> list[Pattern]:
    """Validate and convert pattern mappings from YAML; a bad entry raises ValueError naming its id."""
    out = []
    for r in raw:
        pid = str(r.get("id"))
        code = r.get("code")
        if not isinstance(code, str) or not is_code(code):
            raise ValueError(f"pattern {pid}: code must be a CAMEO 1.1b3 event code string like \"163\", not {code!r}")
        verbs = _words(r.get("verbs"), "verbs", pid)
        nouns = _words(r.get("nouns"), "nouns", pid)
        if bool(verbs) == bool(nouns):
            raise ValueError(f"pattern {pid}: give either verbs or nouns")
        out.append(Pattern(
            id=pid,
            code=code,
            verbs=frozenset(verbs),
            nouns=tuple(tuple(n.split()) for n in nouns),
            objects=tuple(tuple(o.split()) for o in _words(r.get("objects"), "objects", pid)),
            preps=_words(r.get("preps"), "preps", pid),
            particle=_words(r.get("particle"), "particle", pid)[0] if r.get("particle") is not None else None,
        ))
    return out


def index_patterns(patterns: Iterable[Pattern]) -> PatternIndex:
    by_verb: dict[str, list[Pattern]] = {}
    by_noun: dict[str, list[Pattern]] = {}
    for p in patterns:
        for v in p.verbs:
            by_verb.setdefault(v, []).append(p)
        for n in p.nouns:
            by_noun.setdefault(n[-1], []).append(p)

    def order(d: dict[str, list[Pattern]]) -> Mapping[str, tuple[Pattern, ...]]:
        return MappingProxyType({k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in d.items()})

    return PatternIndex(order(by_verb), order(by_noun))
