"""DuckDB event store: Event round trip, idempotence, one-transaction batches, filters, the writer lock.

Rows are written the way `detente ingest` writes them (`write_articles`): the store has no other write path.
"""

import subprocess
import sys
from dataclasses import replace

import duckdb
import pytest

from detente.model import Actor, Article, Event, Location, Trigger, event_id
from detente.store.database import (
    StoreError,
    StoreLocked,
    events_to_rows,
    open_store,
    row_to_event,
)
from detente.store.ingest import write_articles
from detente.store.query import QueryError

ART = Article(text="The European Union imposed sanctions on Belarus. Lithuania welcomed the decision.",
              id="art-1", title="EU sanctions", date_published="2021-12-03", url="https://x.example.org/1",
              source_name="Example Wire")


def make_event(article_id="art-1", sentence_index=0, src=("EU", None), tgt=("BLR", "GOV"), cameo="163",
               date="2021-12-02", **kw):
    source = Actor("The European Union", (0, 18), "European Union", country=src[1] and src[0] or None,
                   org=src[0] if not src[1] else None, sector="IGO", cameo="IGOEUREEC", entry="orgs:EU")
    target = None
    if tgt is not None:
        target = Actor("Belarus", (41, 48), "Belarus", country=tgt[0], sector=tgt[1], cameo=f"{tgt[0]}{tgt[1]}")
    trig = Trigger("imposed", (19, 26), "verbs:impose_sanctions")
    fields = dict(
        id=event_id(article_id, sentence_index, source.code, target.code if target else None, cameo, 19),
        article_id=article_id, sentence_index=sentence_index,
        sentence="The European Union imposed sanctions on Belarus.", date=date, date_published="2021-12-03",
        source=source, target=target, cameo=cameo, cameo_root=cameo[:2],
        cameo_label="Impose embargo, boycott, or sanctions", plover_event="SANCTION", plover_mode=None,
        quad_class=4, goldstein=-8.0, trigger=trig, location=Location("Vilnius", "LTU", 54.69, 25.28),
        confidence=0.87, modality=None, coder_version="0.1.0", date_precision="day", extra={"note": "hand-made"})
    fields.update(kw)
    return Event(**fields)


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "events.duckdb")
    yield s
    s.close()


def test_event_round_trip(store):
    full = make_event()
    bare = make_event(sentence_index=1, tgt=None, cameo="141", date=None, location=None, extra={},
                      plover_event="PROTEST", plover_mode="demonstrate", modality="negated", goldstein=-6.5,
                      quad_class=3, trigger=Trigger("protested", (3, 12)))
    assert write_articles(store, [(ART, [full, bare])]).new == 1
    got = {e.id: e for e in store.events()}
    assert got[full.id] == full
    assert got[bare.id] == bare
    assert got[bare.id].target is None and got[bare.id].location is None and got[bare.id].date is None


def test_rows_round_trip_without_a_database():
    e = make_event()
    (row,) = events_to_rows([e])
    assert row["source_code"] == "EU" and row["target_code"] == "BLR" and row["trigger_start"] == 19
    assert row_to_event(row) == e


def test_writing_is_idempotent(store):
    e = make_event()
    assert write_articles(store, [(ART, [e])]).new == 1
    again = write_articles(store, [(ART, [e, make_event(sentence_index=1)])])  # same article: nothing added
    assert (again.new, again.already_stored) == (0, 1)
    assert store.count() == 1 and store.count("articles") == 1
    assert store.has_article("art-1") and not store.has_article("art-2")


def test_content_hash_id_and_exact_duplicates(store):
    a = Article(text="Troops withdrew from the border town.")
    b = Article(text="Troops withdrew from the border town.", id="wire-9")
    assert write_articles(store, [(a, [])]).new == 1
    assert write_articles(store, [(b, [])]).near_duplicates == 1  # the same text: a copy of the first
    assert store.has_article(a.stable_id)
    dup = store.con.execute("SELECT duplicate_of, similarity FROM articles WHERE id = 'wire-9'").fetchone()
    assert dup == (a.stable_id, 1.0)


def test_batch_is_one_transaction(store):
    good = (ART, [make_event()])
    other = Article(text="Second article.", id="art-2")
    bad = (other, [make_event(article_id="art-2", date="2021-13-45")])  # not a date: the insert fails
    with pytest.raises(duckdb.Error):
        write_articles(store, [good, bad])
    assert store.count() == 0 and store.count("articles") == 0
    done = write_articles(store, [good, good, (other, [make_event(article_id="art-2", sentence_index=2)])])
    assert (done.new, done.repeated) == (2, 1)
    assert store.count("articles") == 2 and store.count() == 2


def test_filters(store):
    events = [
        make_event(sentence_index=0, date="2021-12-02"),
        make_event(sentence_index=1, src=("LTU", "GOV"), tgt=("BLR", "GOV"), cameo="111", date="2021-12-05"),
        make_event(sentence_index=2, src=("RUS", "GOV"), tgt=("UKR", "MIL"), cameo="190", date="2022-02-24"),
        make_event(sentence_index=3, tgt=None, cameo="010", date=None, date_precision="unknown"),
    ]
    write_articles(store, [(ART, events)])
    assert [e.sentence_index for e in store.events()] == [0, 1, 2, 3]  # by date, undated last
    assert [e.sentence_index for e in store.events(date_from="2021-12-03", date_to="2021-12-31")] == [1]
    assert [e.sentence_index for e in store.events(actor="BLR")] == [0, 1]
    assert [e.sentence_index for e in store.events(dyad=("RUS", "UKR"))] == [2]
    assert [e.sentence_index for e in store.events(source="EU")] == [0, 3]
    assert [e.sentence_index for e in store.events(cameo_root=["11", "19"])] == [1, 2]
    assert [e.sentence_index for e in store.events(quad_class=4, target_country="UKR")] == [2]
    assert len(store.events(limit=2)) == 2
    assert [e.sentence_index for e in store.events(date_precision="unknown")] == [3]
    assert store.con.execute("SELECT count(*) FROM events WHERE date_precision = 'day'").fetchone()[0] == 3
    with pytest.raises(TypeError):
        store.events(nation="BLR")
    # the query vocabulary: actors in any case or by name, dyads in either direction, unknown actors refused
    assert [e.sentence_index for e in store.events(actor="blr")] == [0, 1]
    assert [e.sentence_index for e in store.events(dyad="UKR-RUS", sector="MIL")] == [2]
    with pytest.raises(QueryError, match="no actor 'Atlantis'"):
        store.events(actor="Atlantis")


def test_insert_without_pyarrow(store, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import fails: the executemany path
    e = make_event()
    assert write_articles(store, [(ART, [e, make_event(sentence_index=1, date=None)])]).new == 1
    assert store.events(limit=1) == [e] and store.count() == 2


def test_second_writer_gets_store_locked(tmp_path):
    path = tmp_path / "locked.duckdb"
    open_store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('ready', flush=True); sys.stdin.read()",
         str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLocked, match="in use"):
            open_store(path)
        with pytest.raises(StoreLocked):
            open_store(path, read_only=True)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    open_store(path).close()  # released: opens again


def test_same_process_other_mode_is_locked(tmp_path):
    path = tmp_path / "s.duckdb"
    with open_store(path):
        with pytest.raises(StoreLocked):
            open_store(path, read_only=True)


def test_read_only_and_schema_checks(tmp_path):
    with pytest.raises(FileNotFoundError):
        open_store(tmp_path / "none.duckdb", read_only=True)
    path = tmp_path / "s.duckdb"
    with open_store(path) as s:
        write_articles(s, [(ART, [make_event()])])
    with open_store(path, read_only=True) as s:
        assert s.count() == 1 and s.events()[0] == make_event()
    with open_store(path) as s:
        s.con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 999"):
        open_store(path)
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).close()
    with pytest.raises(StoreError, match="not a detente store"):
        open_store(other, read_only=True)


def test_events_ids_are_unique_per_store(store):
    e = make_event()
    write_articles(store, [(ART, [e, replace(e)])])  # the same event twice in one article: stored once
    assert store.count() == 1
