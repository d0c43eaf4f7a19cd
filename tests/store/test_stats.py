"""``detente stats``: the numbers on a hand-made store, JSON and table output, missing/locked/read-only db."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from detente.store.database import open_store
from detente.store.ingest import write_articles
from detente.store.stats import compute_stats, render_stats
from tests.store.test_export import EVENTS, build_db, cli


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_db(tmp_path_factory.mktemp("stats") / "events.duckdb")


@pytest.fixture(scope="module")
def numbers(db) -> dict:
    with open_store(db, read_only=True) as store:
        return compute_stats(store.con)


def test_overview(numbers):
    assert numbers["articles"] == {"total": 4, "duplicates": 1, "sources": 3}
    assert numbers["events"] == {"total": 7, "reports": 7, "dated": 6, "first_date": "2021-12-02",
                                 "last_date": "2022-02-24"}


def test_top_actors_and_dyads(numbers):
    actors = {r["code"]: r for r in numbers["top_actors"]}
    assert numbers["top_actors"][0] == {"code": "BLR", "name": "Belarus", "events": 4,
                                        "mean_goldstein": round((-8 - 2 - 10 - 8) / 4, 2)}
    assert actors["EU"]["events"] == 2 and actors["EU"]["mean_goldstein"] == -8.0
    assert actors["POL"]["events"] == 2 and actors["POL"]["mean_goldstein"] == -3.0  # 190 (-10) and 036 (+4)
    assert None not in actors  # the protesters have no code
    dyads = numbers["top_dyads"]
    assert dyads[0] == {"source": "EU", "target": "BLR", "events": 2, "mean_goldstein": -8.0}
    assert len(dyads) == 5 and all(d["events"] == 1 for d in dyads[1:])


def test_top_limit(db):
    with open_store(db, read_only=True) as store:
        small = compute_stats(store.con, top=2)
    assert [r["code"] for r in small["top_actors"]] == ["BLR", "EU"]  # ties broken by code
    assert len(small["top_dyads"]) == 2


def test_by_month_root_plover(numbers):
    assert numbers["by_month"] == [
        {"month": "2021-12", "q1": 0, "q2": 0, "q3": 1, "q4": 1, "total": 2},
        {"month": "2022-01", "q1": 0, "q2": 0, "q3": 1, "q4": 1, "total": 2},
        {"month": "2022-02", "q1": 0, "q2": 0, "q3": 0, "q4": 2, "total": 2},
        {"month": None, "q1": 1, "q2": 0, "q3": 0, "q4": 0, "total": 1},
    ]
    assert numbers["by_root"] == [
        {"root": "03", "label": "Express intent to cooperate", "events": 1},
        {"root": "11", "label": "Disapprove", "events": 1},
        {"root": "14", "label": "Protest", "events": 1},
        {"root": "16", "label": "Reduce relations", "events": 2},
        {"root": "19", "label": "Fight", "events": 2},
    ]
    assert {r["plover"]: r["events"] for r in numbers["by_plover"]} == {
        "SANCTION": 2, "ASSAULT": 2, "ACCUSE": 1, "PROTEST": 1, "AGREE": 1}
    assert sum(r["events"] for r in numbers["by_plover"]) == len(EVENTS)


def test_render_has_every_section(numbers):
    from rich.console import Console

    console = Console(width=120, record=True)
    console.print(render_stats(numbers, "x.duckdb"))
    text = console.export_text()
    for part in ("4 (1 duplicates, 3 sources)", "2021-12-02 .. 2022-02-24", "EU -> BLR", "Reduce relations",
                 "SANCTION", "2022-02", "(no date)", "Q4 mat confl"):
        assert part in text


def test_cli_json_and_table(db):
    res = cli("stats", "--db", db, "--json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["events"]["total"] == 7 and data["top_dyads"][0]["source"] == "EU"
    res = cli("stats", "--db", db)
    assert res.exit_code == 0 and "top dyads" in res.stdout


def test_missing_db(tmp_path):
    missing = tmp_path / "missing.duckdb"
    res = cli("stats", "--db", missing)
    assert res.exit_code == 1 and "no event store" in res.stderr
    assert not missing.exists()


def test_not_a_store(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_text("not a database")
    res = cli("stats", "--db", junk)
    assert res.exit_code == 1 and "error" in res.stderr


def test_stats_leaves_the_db_unchanged(tmp_path):
    db = build_db(tmp_path / "ro.duckdb")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert cli("stats", "--db", db).exit_code == 0
    assert cli("stats", "--db", db, "--json").exit_code == 0
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert [p.name for p in tmp_path.iterdir()] == ["ro.duckdb"]


def test_locked_by_a_running_ingest(tmp_path):
    db = build_db(tmp_path / "busy.duckdb")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from detente.store.database import open_store; "
                               "s = open_store(sys.argv[1]); "
                               "print('ready', flush=True); sys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        for args in (("stats",), ("export", "--format", "csv")):
            res = cli(*args, "--db", db)
            assert res.exit_code == 3, res.output
            assert "in use" in res.stderr
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def test_actor_names_are_the_lexicons_and_counts_once_per_event(tmp_path):
    """Issue 9: `stats` named DEU "Angela Merkel" (the words of most events); an actor on both sides counted once."""
    from detente.model import Actor, Article
    from tests.store.test_export import make

    merkel = Actor("Angela Merkel", (0, 13), "Angela Merkel", country="DEU", sector="GOV", cameo="DEUGOV")
    bundestag = Actor("the Bundestag", (0, 13), "Bundestag", country="DEU", sector="LEG", cameo="DEULEG")
    e = make("art-1", 0, "BLR", "POL", "111", "2021-12-02")
    domestic = [dataclasses.replace(make("art-1", i, "BLR", "POL", "111", f"2021-12-0{i + 1}"), source=bundestag,
                                    target=merkel, id=f"d{i}") for i in (1, 2)]  # two days: two events
    with open_store(tmp_path / "s.duckdb") as store:
        write_articles(store, [(Article(text="One.", id="art-1"), [e, *domestic])])
        top = {r["code"]: r for r in compute_stats(store.con)["top_actors"]}
    assert top["DEU"] == {"code": "DEU", "name": "Germany", "events": 2, "mean_goldstein": -2.0}


def test_two_reports_of_one_event_are_one_event(tmp_path):
    """Stats counted stored rows where the dashboard counts events: two articles reporting the EU's sanction of
    one day are one event (in two reports) in every table, as in the overview and the events list."""
    from detente.model import Article
    from tests.store.test_export import make

    first, again = make("art-1", 0, "EU", "BLR", "163", "2021-12-02"), make("art-2", 0, "EU", "BLR", "163",
                                                                             "2021-12-02")
    other = make("art-2", 1, "LTU", "BLR", "112", "2021-12-02")
    with open_store(tmp_path / "s.duckdb") as store:
        write_articles(store, [(Article(text="One.", id="art-1"), [first]),
                               (Article(text="Two, other words.", id="art-2"), [again, other])])
        got = compute_stats(store.con)
    assert (got["events"]["total"], got["events"]["reports"], got["events"]["dated"]) == (2, 3, 2)
    assert {r["code"]: r["events"] for r in got["top_actors"]} == {"BLR": 2, "EU": 1, "LTU": 1}
    assert {(r["source"], r["target"]): r["events"] for r in got["top_dyads"]} == {("EU", "BLR"): 1,
                                                                                   ("LTU", "BLR"): 1}
    assert got["by_month"] == [{"month": "2021-12", "q1": 0, "q2": 0, "q3": 1, "q4": 1, "total": 2}]
    assert {r["root"]: r["events"] for r in got["by_root"]} == {"11": 1, "16": 1}
