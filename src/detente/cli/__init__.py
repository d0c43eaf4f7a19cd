"""The command line: one module per command (or pair of commands), one thin function each; the work happens
in the coder and store packages. Heavy imports (spaCy, DuckDB, FastAPI) happen inside the commands, so
``detente --help`` and ``detente stats`` start fast.
"""

from __future__ import annotations

from typing import Annotated

import typer

from detente import __version__
from detente.cli import code, demo, evaluate, export, ingest, serve, train
from detente.cli.common import interruptible

app = typer.Typer(add_completion=False, no_args_is_help=True, context_settings={"help_option_names": ["-h", "--help"]},
                  help="detente: political event data (CAMEO, PLOVER, Goldstein) from news text.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"detente {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """detente: political event data (CAMEO, PLOVER, Goldstein) from news text."""


app.command("code")(interruptible(code.code))
app.command("eval")(interruptible(evaluate.eval_))
demo.register(app)
ingest.register(app)
export.register(app)
serve.register(app)
train.register(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
