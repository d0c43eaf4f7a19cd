"""`detente ingest`: summary and exit codes, reruns, SIGKILL at several points, the writer lock.

The fixtures (tests/fixtures/ingest) are short texts written for these tests, with their own verb patterns,
so the tests check mechanics (same input -> same database), not what the bundled lexicon codes.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import typer
from typer.testing import CliRunner

from detente.cli.ingest import register
from detente.store.database import open_store
from detente.store.ingest import IngestOptions, run_ingest

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
PATTERNS = str(FIX / "patterns.yml")


def options(db: Path, **kw) -> IngestOptions:
    kw.setdefault("workers", 1)
    kw.setdefault("batch_size", 2)
    return IngestOptions(paths=(str(FIX),), db=str(db), actors=(PATTERNS,), **kw)


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of the tables ingest writes, ingested_at excluded, in a fixed order."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {"articles": con.execute("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id").fetchall(),
                "events": con.execute("SELECT * FROM events ORDER BY id").fetchall(),
                "duplicate_mentions": con.execute(
                    "SELECT * FROM duplicate_mentions ORDER BY article_id, event_id").fetchall()}
    finally:
        con.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[Path, object]:
    db = tmp_path_factory.mktemp("ref") / "ref.duckdb"
    return db, run_ingest(options(db))


def test_summary_counts(reference):
    _, s = reference
    assert s.articles_read == 15 and s.repeated == 1 and s.new == 14
    assert s.near_duplicates == 3  # a republished copy, an exact mirror, an updated story
    assert s.errors == 3 and sum(1 for k in s.skipped if "empty file" in k) == 1
    assert s.events_stored > 0 and s.batches == 7


def test_near_duplicates_linked_to_first_copy_and_counted_not_stored(reference):
    db, s = reference
    con = duckdb.connect(str(db), read_only=True)
    try:
        links = dict(con.execute("SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL").fetchall())
        assert links == {"t-02-copy": "t-02", "t-04-mirror": "t-04", "t-01-update": "t-01"}
        # a duplicate's event is stored only when its first copy has no event with the same key
        bad = con.execute("SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id "
                          "WHERE a.duplicate_of IS NOT NULL AND e.event_key IN "
                          "(SELECT event_key FROM events WHERE article_id = a.duplicate_of)").fetchall()[0][0]
        assert bad == 0
        mentions, stored = con.execute("SELECT (SELECT count(*) FROM duplicate_mentions), "
                                       "(SELECT count(*) FROM events)").fetchall()[0]
        assert mentions == s.mentions and stored == s.events_stored
        total = con.execute("SELECT sum(num_mentions), sum(num_events) FROM event_groups").fetchall()[0]
        assert total == (stored + mentions, stored)
    finally:
        con.close()


def test_rerun_adds_nothing(reference, tmp_path):
    db, _ = reference
    copy = tmp_path / "again.duckdb"
    copy.write_bytes(db.read_bytes())
    before = snapshot(copy)
    s = run_ingest(options(copy))
    assert s.new == 0 and s.already_stored == 14 and s.events_stored == 0
    assert snapshot(copy) == before


def _ingest_cmd(db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "detente.cli.ingest", "ingest", str(FIX), "--db", str(db), "--actors", PATTERNS,
            "--batch-size", "2", *extra]


def _kill_after(db: Path, commits: int, *extra: str) -> None:
    """Start an ingest, SIGKILL its whole process group once ``commits`` batches are committed."""
    proc = subprocess.Popen(_ingest_cmd(db, *extra), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    seen = 0
    try:
        for line in proc.stderr:
            seen += "committed" in line
            if seen >= commits:
                break
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
    assert seen >= commits, "the ingest ended before the kill point"


@pytest.mark.parametrize(("commits", "workers"), [(1, "1"), (3, "1"), (2, "2")])
def test_sigkill_then_rerun_equals_uninterrupted(reference, tmp_path, commits, workers):
    ref_db, _ = reference
    ref = snapshot(ref_db)
    db = tmp_path / "killed.duckdb"
    _kill_after(db, commits, "--workers", workers)
    partial = snapshot(db)
    # what survived is a prefix of the input: whole batches, in order, equal to the reference's rows
    seqs = sorted(r[-3] for r in partial["articles"])
    assert len(seqs) >= 2 * commits and seqs == list(range(1, len(seqs) + 1))
    assert set(partial["articles"]) <= set(ref["articles"]) and set(partial["events"]) <= set(ref["events"])
    done = subprocess.run(_ingest_cmd(db, "--workers", workers), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert snapshot(db) == ref


def test_second_writer_fails_fast_with_clear_message(tmp_path):
    db = tmp_path / "busy.duckdb"
    holder = open_store(db)  # another process (this one) is writing
    try:
        done = subprocess.run(_ingest_cmd(db, "--workers", "1"), capture_output=True, text=True, timeout=60)
    finally:
        holder.close()
    assert done.returncode == 3
    assert "is in use" in done.stderr and "Traceback" not in done.stderr


def _cli(*args: str):
    app = typer.Typer()
    register(app)

    @app.callback()
    def root() -> None:
        """test app"""

    return CliRunner().invoke(app, ["ingest", *args])


def test_exit_codes_for_usage_and_nothing_read(tmp_path):
    db = str(tmp_path / "x.duckdb")
    assert _cli(str(FIX / "empty.txt"), "--db", db, "--quiet", "--workers", "1").exit_code == 1
    assert _cli(str(tmp_path / "missing.jsonl"), "--db", db, "--workers", "1").exit_code == 1
    assert _cli(str(FIX), "--engine", "spark").exit_code == 2
    assert _cli(str(FIX), "--db", db, "--out", str(tmp_path / "pq")).exit_code == 2
    assert _cli(str(FIX), "--db", db, "--columns", "body").exit_code == 2
    assert _cli(str(FIX), "--db", db, "--columns", "nonsense=x").exit_code == 2
    assert _cli(str(FIX), "--db", db, "--date", "03/12/2021").exit_code == 2
    assert _cli("--db", db).exit_code == 2
    done = _cli(str(FIX / "brief.txt"), "--db", db, "--workers", "1", "--actors", PATTERNS)
    assert done.exit_code == 0 and "articles read" in done.output
