"""Scoring the coder against hand-coded gold data (the format of ``shared/gold/FORMAT.md``).

Each matching compares, per gold text, the multiset of gold tuples with the multiset of predicted tuples, so a
doubled event is a false positive and a missing pair a false negative; counts are summed over texts (micro).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.model import Event
from detente.ontology import quad_class_of

MATCHINGS = ("source-target-root", "source-target-quad", "source-target-plover", "source-target")


class GoldError(ValueError):
    """A gold file line cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class GoldText:
    id: str
    text: str
    date: str | None
    events: tuple[dict[str, Any], ...]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: Counter, pred: Counter) -> None:
        hit = sum((gold & pred).values())
        self.tp += hit
        self.fp += sum(pred.values()) - hit
        self.fn += sum(gold.values()) - hit


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {m: Score() for m in MATCHINGS})
    by_plover: dict[str, Score] = field(default_factory=dict)
    texts: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    empty_texts: int = 0
    empty_texts_quiet: int = 0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            m: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
                "tp": s.tp, "fp": s.fp, "fn": s.fn}
            for m, s in self.scores.items()
        }
        out["texts"] = self.texts
        out["gold_events"] = self.gold_events
        out["predicted_events"] = self.predicted_events
        out["no_event_texts"] = self.empty_texts
        out["no_event_texts_quiet_share"] = (round(self.empty_texts_quiet / self.empty_texts, 3)
                                             if self.empty_texts else None)
        return out


def load_gold(path: str | Path) -> Iterator[GoldText]:
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
                yield GoldText(str(d["id"]), str(d["text"]), d.get("date"), tuple(d.get("events") or ()))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise GoldError(f"{path}:{n}: not a gold record ({exc})") from exc


def _quad(root: str | None) -> int | None:
    return quad_class_of(root) if root else None


def _code(actor: Any) -> str | None:
    return None if actor is None else actor.code


def gold_tuples(events: Iterable[dict[str, Any]]) -> dict[str, Counter]:
    out = {m: Counter() for m in MATCHINGS}
    for e in events:
        pair = (e.get("source"), e.get("target"))
        root = (e.get("cameo") or "")[:2] or None
        out["source-target"][pair] += 1
        if root:
            out["source-target-root"][(*pair, root)] += 1
            out["source-target-quad"][(*pair, _quad(root))] += 1
        if e.get("plover"):
            out["source-target-plover"][(*pair, e["plover"])] += 1
    return out


def predicted_tuples(events: Iterable[Event]) -> dict[str, Counter]:
    out = {m: Counter() for m in MATCHINGS}
    for e in events:
        pair = (_code(e.source), _code(e.target))
        out["source-target"][pair] += 1
        out["source-target-root"][(*pair, e.cameo_root)] += 1
        out["source-target-quad"][(*pair, e.quad_class)] += 1
        if e.plover_event:
            out["source-target-plover"][(*pair, e.plover_event)] += 1
    return out


def evaluate(gold: Iterable[GoldText], predict: Callable[[GoldText], list[Event]],
             on_text: Callable[[GoldText, list[Event]], None] | None = None) -> Report:
    """Score ``predict`` on every gold text; ``on_text`` sees each text's predictions (for --pred)."""
    report = Report()
    for g in gold:
        events = predict(g)
        report.texts += 1
        report.gold_events += len(g.events)
        report.predicted_events += len(events)
        if not g.events:
            report.empty_texts += 1
            report.empty_texts_quiet += not events
        gt, pt = gold_tuples(g.events), predicted_tuples(events)
        for m in MATCHINGS:
            report.scores[m].add(gt[m], pt[m])
        for ptype in {e.get("plover") for e in g.events if e.get("plover")} | {
                e.plover_event for e in events if e.plover_event}:
            score = report.by_plover.setdefault(ptype, Score())
            score.add(Counter({k: v for k, v in gt["source-target-plover"].items() if k[2] == ptype}),
                      Counter({k: v for k, v in pt["source-target-plover"].items() if k[2] == ptype}))
        if on_text is not None:
            on_text(g, events)
    return report


def prediction_record(g: GoldText, events: list[Event]) -> dict[str, Any]:
    """One line of ``--pred``: the gold text, its gold tuples and what the coder said, side by side."""
    return {
        "id": g.id,
        "text": g.text,
        "gold": [{k: e.get(k) for k in ("source", "target", "cameo", "plover", "trigger")} for e in g.events],
        "predicted": [
            {"source": _code(e.source), "target": _code(e.target), "cameo": e.cameo, "plover": e.plover_event,
             "trigger": e.trigger.text, "pattern": e.trigger.pattern, "source_text": e.source.text
             if e.source else None, "target_text": e.target.text if e.target else None,
             "modality": e.modality}
            for e in events
        ],
    }
