"""Agreement between two labellings of the same texts: how consistent the training data is.

    python -m detente.train.agreement data/train/texts data/train/agreement/second-annotator.jsonl

Scores the second file against the first (the texts both label), micro F1 over multisets of tuples per text,
as ``detente eval`` scores the coder: (source, target), with the quad class, with the CAMEO root, with the
PLOVER type; and the share of texts on which both agree there is no event.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from detente.evaluate import MATCHINGS, Score
from detente.ontology import quad_class_of
from detente.train.dataset import TrainText, load


def _tuples(t: TrainText) -> dict[str, Counter]:
    out = {m: Counter() for m in MATCHINGS}
    for e in t.events:
        pair = (e.source, e.target)
        out["source-target"][pair] += 1
        out["source-target-root"][(*pair, e.cameo[:2])] += 1
        out["source-target-quad"][(*pair, quad_class_of(e.cameo))] += 1
        if e.plover:
            out["source-target-plover"][(*pair, e.plover)] += 1
    return out


def agreement(first: list[TrainText], second: list[TrainText]) -> dict[str, dict[str, float]]:
    by_id = {t.id: t for t in first}
    scores = {m: Score() for m in MATCHINGS}
    empty = both_empty = 0
    for t in second:
        if t.id not in by_id:
            continue
        a, b = _tuples(by_id[t.id]), _tuples(t)
        for m in MATCHINGS:
            scores[m].add(a[m], b[m])
        if not by_id[t.id].events or not t.events:
            empty += 1
            both_empty += not by_id[t.id].events and not t.events
    out = {m: {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
               "tp": s.tp, "fp": s.fp, "fn": s.fn} for m, s in scores.items()}
    out["no-event texts"] = {"either": empty, "both": both_empty}
    return out


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 2:
        print("usage: python -m detente.train.agreement FIRST(dir or file) SECOND.jsonl", file=sys.stderr)
        return 2
    first_path = Path(args[0])
    files = sorted(first_path.glob("*.jsonl")) if first_path.is_dir() else [first_path]
    second = load([args[1]])
    ids = {t.id for t in second}
    first = [t for t in load(files) if t.id in ids]
    for name, row in agreement(first, second).items():
        print(f"{name:<22} {row}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
