"""An ingest that fails must fail cleanly (issue 10, items 1, 2 and 5).

- SIGKILL the parent: its pool workers, forkserver and resource tracker go with it (no orphans).
- SIGKILL one worker, or fill the disk: one error line, exit code 4, what was committed stays; the same command
  run again completes and equals an uninterrupted run.
- A per-article budget of size and time: an article over it is skipped with its reason, the rest go on.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from detente.store.ingest import IngestOptions, run_ingest
from tests.processes import live_group
from tests.store.test_ingest import PATTERNS, snapshot

COUNTRIES = ["Poland", "Belarus", "Lithuania", "France", "Germany", "Russia", "Ukraine", "China", "Latvia", "Estonia"]
VERBS = ["accused", "condemned", "criticized", "praised", "threatened"]
VOCAB = ("border talks migrants soldiers ministers officials forest winter visas airline trade energy gas pipeline "
         "election protest court journalist embassy delegation summit treaty harbour grain railway fuel bank").split()


def many_articles(path: Path, n: int) -> Path:
    """``n`` short, distinct articles with events the test patterns code (enough work to kill a run mid-way)."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            r = random.Random(i)
            a, b = r.sample(COUNTRIES, 2)
            filler = " ".join(r.choice(VOCAB) for _ in range(40))
            text = f"{a} {r.choice(VERBS)} {b} on Monday.\n\nThe {filler}.\n\nOfficials said case {i} was closed."
            f.write(json.dumps({"id": f"m-{i:03d}", "date": f"2021-{1 + i % 12:02d}-{1 + i % 28:02d}",
                                "text": text}) + "\n")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict]:
    """200 articles and the snapshot of their uninterrupted ingest."""
    folder = tmp_path_factory.mktemp("many")
    src = many_articles(folder / "many.jsonl", 200)
    ref = folder / "ref.duckdb"
    run_ingest(IngestOptions(paths=(str(src),), db=str(ref), actors=(PATTERNS,), workers=1, batch_size=20))
    return src, snapshot(ref)


def command(src: Path, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "detente.cli.ingest", "ingest", str(src), "--db", str(db), "--actors", PATTERNS,
            "--batch-size", "20", *extra]


def start_until_committed(cmd: list[str]) -> subprocess.Popen:
    """Start an ingest in its own process group and return once it has committed a batch."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    for line in proc.stderr:
        if "committed" in line:
            return proc
    proc.wait()
    raise AssertionError("the ingest ended before its first commit")


def workers_of(proc: subprocess.Popen) -> list[psutil.Process]:
    """The pool workers: children of the forkserver, itself a child of the ingest."""
    return [c for c in psutil.Process(proc.pid).children(recursive=True) if c.ppid() != proc.pid]


def test_workers_die_with_a_sigkilled_parent(corpus, tmp_path):
    src, _ = corpus
    proc = start_until_committed(command(src, tmp_path / "o.duckdb", "--workers", "2"))
    try:
        assert len(workers_of(proc)) == 2 and len(live_group(proc.pid)) == 5  # ingest, forkserver, tracker, 2 workers
        os.kill(proc.pid, signal.SIGKILL)  # the parent only, as an OOM killer or `kill -9 PID` would
        proc.wait()
        deadline = time.monotonic() + 30
        while live_group(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = [" ".join(p.cmdline())[:80] for p in live_group(proc.pid)]
        assert left == [], left
    finally:
        for p in live_group(proc.pid):
            p.kill()
        proc.stderr.close()


def test_a_killed_worker_ends_in_one_line_and_a_rerun_completes(corpus, tmp_path):
    src, ref = corpus
    db = tmp_path / "w.duckdb"
    proc = start_until_committed(command(src, db, "--workers", "2"))
    try:
        workers_of(proc)[0].kill()
        rest = proc.stderr.read()
        assert proc.wait(timeout=120) == 4
        deadline = time.monotonic() + 30  # the other worker follows its parent within moments, slower under load
        while live_group(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = [" ".join(p.cmdline())[:80] for p in live_group(proc.pid)]
    finally:
        for p in live_group(proc.pid):
            p.kill()
        proc.stderr.close()
    errors = [line for line in rest.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "worker process died" in errors[0] and "run the same command again" in errors[0]
    assert "Traceback" not in rest and left == []
    done = subprocess.run(command(src, db, "--workers", "1"), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert snapshot(db) == ref


def test_a_full_disk_ends_in_one_line_and_a_rerun_completes(corpus, tmp_path):
    """A file size limit (RLIMIT_FSIZE; Python ignores SIGXFSZ) makes writes fail as a full disk does."""
    src, ref = corpus
    db = tmp_path / "d.duckdb"

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))

    cut = subprocess.run(command(src, db, "--workers", "1"), capture_output=True, text=True, timeout=300,
                         preexec_fn=limit)
    assert cut.returncode == 4, cut.stderr
    errors = [line for line in cut.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "cannot write to the event store" in errors[0] and "File too large" in errors[0]
    assert "Traceback" not in cut.stderr and "cannot rollback" not in cut.stderr
    done = subprocess.run(command(src, db, "--workers", "1"), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert snapshot(db) == ref


def test_articles_over_the_size_budget_are_skipped_with_the_reason(tmp_path):
    src = tmp_path / "in.jsonl"
    long = "Poland accused Belarus on Monday. " * 40
    src.write_text(json.dumps({"id": "long", "text": long}) + "\n"
                   + json.dumps({"id": "short", "text": "France condemned Belarus."}) + "\n")
    s = run_ingest(IngestOptions(paths=(str(src),), db=str(tmp_path / "s.duckdb"), actors=(PATTERNS,), workers=1,
                                 max_chars=1000))
    assert s.new == 1 and s.errors == 1
    (example,) = [e for ex in s.examples.values() for e in ex]
    assert example.endswith(":1: document too large (1,360 chars; the limit is 1,000)")


def test_an_article_over_the_time_budget_is_skipped_and_the_rest_go_on(tmp_path, monkeypatch):
    """One article that would take 30 s is abandoned after its budget; those around it are coded."""
    from detente.coder import pipeline

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": f"{text} ({i})"}) + "\n" for i, text in (
        ("a", "France condemned Belarus."), ("slow", "Poland accused Belarus."), ("c", "Latvia praised Estonia."))))
    real = pipeline.events_from_doc

    def events_from_doc(doc, article, lexicon, **kw):
        if article.id == "slow":
            time.sleep(30)
        return real(doc, article, lexicon, **kw)

    monkeypatch.setattr(pipeline, "events_from_doc", events_from_doc)
    s = run_ingest(IngestOptions(paths=(str(src),), db=str(tmp_path / "t.duckdb"), actors=(PATTERNS,), workers=1,
                                 max_seconds=0.5))
    assert s.new == 2 and s.errors == 1
    (example,) = [e for ex in s.examples.values() for e in ex]
    assert example.startswith("slow: coding took longer than 0.5 s (the per-article time budget, --max-seconds)")
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL  # the budget leaves no timer or handler behind
