"""The records that flow between stages: plain dataclasses and their JSON form.

The JSON form of :class:`Event` is the contract of ``EVENT_SCHEMA.md``: fields may be added,
never renamed or dropped, because stores, exports and users' notebooks depend on the names.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """One unit of input text with what is known about where it came from."""

    text: str
    id: str | None = None
    title: str | None = None
    date_published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    source_name: str | None = None

    @functools.cached_property
    def stable_id(self) -> str:
        """The input's id, else a content hash: re-coding the same text gives the same id."""
        if self.id:
            return self.id
        return "a" + hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:15]


@dataclass(frozen=True)
class Actor:
    """A political actor as resolved from a mention, with the surface text it came from."""

    text: str
    span: tuple[int, int]  # character offsets within the sentence
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    org: str | None = None  # organisation code (EU, UN, NATO, ...)
    sector: str | None = None  # GOV, MIL, IGO, REB, ...
    cameo: str | None = None  # CAMEO actor code, e.g. BLRGOV, IGOEUREEC
    entry: str | None = None  # which lexicon entry resolved it (evidence)

    @property
    def code(self) -> str | None:
        """The code used to match actors: the organisation if set, else the state."""
        return self.org or self.country

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span),
            "name": self.name,
            "country": self.country,
            "org": self.org,
            "sector": self.sector,
            "cameo": self.cameo,
            "entry": self.entry,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Actor | None:
        if d is None:
            return None
        return cls(
            text=d["text"],
            span=tuple(d["span"]),
            name=d.get("name"),
            country=d.get("country"),
            org=d.get("org"),
            sector=d.get("sector"),
            cameo=d.get("cameo"),
            entry=d.get("entry"),
        )


@dataclass(frozen=True)
class Trigger:
    text: str
    span: tuple[int, int]
    pattern: str | None = None  # id of the verb/noun pattern that coded the event

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span), "pattern": self.pattern}


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Event:
    """One coded (source, target, action) triple with its evidence."""

    id: str
    article_id: str
    sentence_index: int
    sentence: str
    date: str | None
    date_published: str | None
    source: Actor | None
    target: Actor | None
    cameo: str
    cameo_root: str
    cameo_label: str
    plover_event: str | None
    plover_mode: str | None
    quad_class: int
    goldstein: float
    trigger: Trigger
    location: Location | None = None
    confidence: float = 0.5
    modality: str | None = None  # "negated", "intent", "threat", ... when the pattern's code was changed
    coder_version: str = ""
    # day | week | month | year | published (the text gave no date) | before (an earlier day the text does not
    # give: the date is the publication date) | unknown (no date)
    date_precision: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of EVENT_SCHEMA.md (plus additive fields)."""
        return {
            "id": self.id,
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "date": self.date,
            "date_published": self.date_published,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "cameo_label": self.cameo_label,
            "plover": {"event": self.plover_event, "mode": self.plover_mode},
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "trigger": self.trigger.to_dict(),
            "location": asdict(self.location) if self.location else None,
            "confidence": self.confidence,
            "modality": self.modality,
            "coder_version": self.coder_version,
            "date_precision": self.date_precision,
            **{k: v for k, v in self.extra.items() if k not in _RECORD_KEYS},
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        trig = d.get("trigger") or {"text": "", "span": [0, 0]}
        loc = d.get("location")
        plover = d.get("plover") or {}
        return cls(
            id=d["id"],
            article_id=d["article_id"],
            sentence_index=d["sentence_index"],
            sentence=d["sentence"],
            date=d.get("date"),
            date_published=d.get("date_published"),
            source=Actor.from_dict(d.get("source")),
            target=Actor.from_dict(d.get("target")),
            cameo=d["cameo"],
            cameo_root=d["cameo_root"],
            cameo_label=d["cameo_label"],
            plover_event=plover.get("event"),
            plover_mode=plover.get("mode"),
            quad_class=d["quad_class"],
            goldstein=d["goldstein"],
            trigger=Trigger(trig["text"], tuple(trig["span"]), trig.get("pattern")),
            location=Location(**loc) if loc else None,
            confidence=d.get("confidence", 0.5),
            modality=d.get("modality"),
            coder_version=d.get("coder_version", ""),
            date_precision=d.get("date_precision"),
            extra={k: v for k, v in d.items() if k not in _RECORD_KEYS},
        )


_RECORD_KEYS = frozenset({
    "id", "article_id", "sentence_index", "sentence", "date", "date_published", "source", "target", "cameo",
    "cameo_root", "cameo_label", "plover", "quad_class", "goldstein", "trigger", "location", "confidence",
    "modality", "coder_version", "date_precision",
})


def event_id(article_id: str, sentence_index: int, source: str | None, target: str | None,
             cameo: str, trigger_start: int) -> str:
    """Deterministic id: same article, sentence, dyad, code and trigger position -> same id."""
    key = f"{article_id}|{sentence_index}|{source}|{target}|{cameo}|{trigger_start}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
