"""``detente code``: the events of one input, printed (JSON Lines, JSON or a table).

The input goes through the same readers as ``detente ingest`` (a ``.txt`` with a ``Date:`` header, an HTML
page, a JSONL or CSV of articles, a WARC, a feed, or standard input), so a file codes the same way with
either command. Unreadable inputs and caveats are reported on stderr with path and reason.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from detente.cli.common import (
    EXIT_NOTHING_READ,
    ActorsOpt,
    CoderOpt,
    DateOpt,
    EventModelOpt,
    ModelOpt,
    check_date,
    coder_config,
    error,
    fail,
    utf8_stdout,
    warn,
)
from detente.model import Article, Event

_SINGLE_DOCUMENT = ("txt", "html")


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


def read_input(path: str, date: str | None) -> Iterator[object]:
    """Articles and ReadErrors of ``path`` (``-``: standard input, read as a text document)."""
    from detente.readers import read_path
    from detente.readers.text import text_items

    if path == "-":
        data = sys.stdin.buffer.read()
        if not data.strip():
            from detente.readers import ReadError

            yield ReadError("<stdin>", "empty input: no text")
            return
        yield from text_items(data, len(data), "<stdin>", date=date)
    else:
        yield from read_path(path, date=date)


def code(
    path: Annotated[str, typer.Argument(help="File to code (.txt .html .jsonl .csv .warc .rss, or .gz of them), "
                                             "or - for standard input.")],
    date: DateOpt = None,
    id: Annotated[Optional[str], typer.Option("--id", help="Article id (default: a content hash).")] = None,  # noqa: UP045
    title: Annotated[Optional[str], typer.Option(help="Headline, if not the text's first line.")] = None,  # noqa: UP045
    format: Annotated[Optional[str], typer.Option(  # noqa: UP045
        "--format", "-f", help="jsonl (default when piped), json, or table (default on a terminal).")] = None,
    actors: ActorsOpt = None,
    model: ModelOpt = None,
    coder: CoderOpt = None,
    event_model: EventModelOpt = None,
) -> None:
    """Code the political events in one input file (one article, or each article of a JSONL/CSV/WARC/feed)."""
    from detente.coder.detect.learned import ModelNotAvailable
    from detente.coder.nlp import ModelNotFound
    from detente.coder.pipeline import code_article
    from detente.lexicon import LexiconError
    from detente.readers import ReadError, format_of

    fmt = format or ("table" if sys.stdout.isatty() else "jsonl")
    if fmt not in ("jsonl", "json", "table"):
        raise fail(f"unknown format {fmt!r}: use jsonl, json or table")
    utf8_stdout(data=fmt != "table")
    date = check_date(date)
    single = path == "-" or format_of(path) in _SINGLE_DOCUMENT
    if (id or title) and not single:
        raise fail("--id and --title apply to a single document (.txt, .html or standard input)")
    config = coder_config(actors, model, coder, event_model)
    everything: list[Event] = []
    articles = 0
    for item in read_input(path, date):
        if isinstance(item, ReadError):
            if item.severity == "warning":
                warn(str(item).replace(": warning: ", ": ", 1))
            else:
                error(f"{item.path}{f':{item.line}' if item.line else ''}: {item.reason}")
            continue
        assert isinstance(item, Article)
        if single:
            item = replace(item, id=id or item.id, title=title or item.title)
        articles += 1
        try:
            events = code_article(item, config)
        except (LexiconError, ModelNotFound, ModelNotAvailable) as exc:
            raise fail(str(exc)) from None
        except Exception as exc:  # a coder bug on one article must not end the batch (as in ingest): say which
            error(f"{path}: {item.id}: coder error: {type(exc).__name__}: {exc}")
            continue
        if fmt == "jsonl":
            for e in events:
                print(json.dumps(e.to_dict(), ensure_ascii=False))
        else:
            everything.extend(events)
    if fmt == "table":
        Console().print(_table(everything))
    elif fmt == "json":
        print(json.dumps([e.to_dict() for e in everything], ensure_ascii=False, indent=2))
    if not articles:
        raise typer.Exit(EXIT_NOTHING_READ)
