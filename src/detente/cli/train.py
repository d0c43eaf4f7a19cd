"""``detente train``: build the event detector from the project's labelled text (needs ``pip install '.[train]'``).

Reads every ``*.jsonl`` of the data folder (or the files given), validates them (a wrong record stops the
run with its file and line), trains with a fixed seed and writes a model directory that ``--model-dir`` and
``--coder model|hybrid`` use. The shipped model is this command's output on ``data/train/texts``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from detente.cli.common import EXIT_NOTHING_READ, err, fail


def train(
    data: Annotated[list[Path], typer.Argument(help="Training data: a folder of .jsonl files, or the files.")],
    out: Annotated[Path, typer.Option("--out", help="Model directory to write.")],
    epochs: Annotated[int, typer.Option(min=1, help="Passes over the data (the shipped model: 3).")] = 3,
    seed: Annotated[int, typer.Option(help="Random seed (the shipped model used 13).")] = 13,
    threads: Annotated[int, typer.Option(min=1, help="CPU threads for torch.")] = 2,
    max_examples: Annotated[Optional[int], typer.Option(  # noqa: UP045
        "--max-examples", help="Train on the first N sentences only (a quick try).")] = None,
    version: Annotated[str, typer.Option(help="Model version, recorded in every event it codes.")] = "0.1.0",
) -> None:
    """Train the event detector on labelled text (the project's data/train format) and export it."""
    if "torch" not in sys.modules:
        # torch's OpenMP threads spin while they wait for each other, and a step has thousands of parallel
        # regions: when another process holds one of the two cores, a spinning thread keeps its core from the
        # thread it is waiting for (measured: 2.9 s a step instead of 0.75 with sleeping threads). On an idle
        # machine sleeping costs 0.1 s a step (0.45 -> 0.57). libgomp reads this once, when torch is first
        # imported; set OMP_WAIT_POLICY=ACTIVE to spin anyway.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError:
        raise fail("training needs the train extra: pip install 'detente[train]' (torch, transformers, onnx)") \
            from None
    from detente.coder.nlp import load_pipeline
    from detente.train.dataset import DataError, load
    from detente.train.examples import sentence_examples
    from detente.train.fit import TrainConfig
    from detente.train.fit import train as run

    files = sorted(f for d in data for f in ([d] if d.is_file() else d.glob("*.jsonl")))
    if not files:
        raise fail(f"no .jsonl files in {', '.join(map(str, data))}", EXIT_NOTHING_READ)
    try:
        texts = load(files)
    except DataError as exc:
        raise fail(str(exc)) from None
    skipped: list[str] = []
    examples = sentence_examples(texts, load_pipeline(), skipped)
    for s in skipped:
        err.print(f"[yellow]skipped:[/] {s}")
    err.print(f"{len(texts):,} texts, {len(examples):,} sentences from {len(files)} files")
    config = TrainConfig(epochs=epochs, seed=seed, threads=threads, max_examples=max_examples, version=version)
    report = run(examples, out, config, log=lambda m: err.print(m))
    err.print(f"model written to {out} in {report.seconds:.0f}s: {report.dev}")


def register(app: typer.Typer) -> None:
    app.command("train")(train)
