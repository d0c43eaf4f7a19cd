"""``detente eval``: score the coder on gold data (``shared/gold/FORMAT.md``).

``--coder all`` scores every coder (rules, model, hybrid) on the same gold in one run, so their numbers are
comparable line by line.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from detente.cli.common import ActorsOpt, EventModelOpt, ModelOpt, coder_config, fail
from detente.model import Article


def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold file (JSON Lines, shared/gold/FORMAT.md).")],
    pred: Annotated[Optional[Path], typer.Option(help="Write each text's predictions here (JSONL).")] = None,  # noqa: UP045
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    actors: ActorsOpt = None,
    model: ModelOpt = None,
    coder: Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--coder", help="rules, model, hybrid, or all (each on the same gold, in one run).")] = None,
    event_model: EventModelOpt = None,
) -> None:
    """Score the coder on gold data: precision, recall and F1 per matching."""
    from detente.coder.detect.learned import ModelNotAvailable
    from detente.coder.pipeline import CODERS, code_article
    from detente.evaluate import GoldError, evaluate, load_gold, prediction_record

    if not gold.is_file():
        raise fail(f"{gold}: no such file")
    names = list(CODERS) if coder == "all" else [coder]
    if pred is not None and len(names) > 1:
        raise fail("--pred writes one coder's predictions: give --coder rules, model or hybrid with it")
    reports = {}
    for name in names:
        config = coder_config(actors, model, name, event_model)
        out = pred.open("w", encoding="utf-8") if pred else None

        def predict(g, config=config):  # type: ignore[no-untyped-def]
            return code_article(Article(text=g.text, id=g.id, date_published=g.date), config)

        def write(g, events, out=out):  # type: ignore[no-untyped-def]
            if out is not None:
                out.write(json.dumps(prediction_record(g, events), ensure_ascii=False) + "\n")

        try:
            reports[config.coder] = evaluate(load_gold(gold), predict, write)
        except (GoldError, ModelNotAvailable) as exc:
            raise fail(str(exc)) from None
        finally:
            if out is not None:
                out.close()
    if as_json:
        data = {name: r.to_dict() for name, r in reports.items()}
        print(json.dumps(data if len(data) > 1 else next(iter(data.values())), indent=2))
        return
    console = Console()
    for name, report in reports.items():
        _print(console, gold, name, report)


def _print(console: Console, gold: Path, coder: str, report) -> None:  # type: ignore[no-untyped-def]
    table = Table(title=f"{gold.name} ({coder} coder): {report.texts} texts, {report.gold_events} gold events, "
                        f"{report.predicted_events} predicted")
    for col in ("matching", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right" if col != "matching" else "left")
    for name, s in report.scores.items():
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    console.print(table)
    by = Table(title="source-target-plover by PLOVER type")
    for col in ("type", "precision", "recall", "F1", "tp", "fp", "fn"):
        by.add_column(col, justify="right" if col != "type" else "left")
    for name, s in sorted(report.by_plover.items()):
        by.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    console.print(by)
    if report.empty_texts:
        console.print(f"texts with no gold event: {report.empty_texts}; nothing coded in "
                      f"{report.empty_texts_quiet / report.empty_texts:.1%}")
    else:
        console.print("texts with no gold event: none in this file")
