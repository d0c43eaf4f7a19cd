"""Near-duplicate detection (MinHash/LSH), first-copy-wins determinism, event keys and mention counting."""

from dataclasses import replace

from detente.model import Article
from detente.store.database import EVENT_KEY_SQL, event_key, open_store
from detente.store.dedup import NearDuplicateIndex, shingles, signature, similarity
from detente.store.ingest import write_articles
from detente.store.sinks import IngestRecord, record_rows
from tests.store.test_database import make_event

BASE = ("The foreign ministers of the two countries met on Monday to discuss border crossings, energy links "
        "and the fate of the detained journalists, and agreed to meet again before the end of the year in the "
        "capital of the larger country, officials said after the talks, which lasted more than five hours.")
NEAR = BASE.replace("Monday", "Tuesday")
OTHER = ("Heavy rain flooded the river valley overnight, closing roads and schools in three districts, and the "
         "regional government asked residents of the lowest streets to leave their homes until the water falls.")


def test_shingles_and_signatures():
    assert shingles("") == set()
    assert shingles("Short text here") == {b"short text here"}
    assert len(shingles("one two three four five six")) == 2
    assert signature("...") is None
    assert signature(BASE) == signature(BASE.upper() + "  ")  # case and spacing do not matter
    assert len(signature(BASE)) == 128 * 4
    assert similarity(signature(BASE), signature(NEAR)) > 0.8
    assert similarity(signature(BASE), signature(OTHER)) < 0.2


def test_first_copy_wins_and_only_first_copies_are_indexed():
    index = NearDuplicateIndex()
    sig = signature(BASE)
    assert index.match(sig) is None
    index.add("late", 7, signature(NEAR))
    index.add("early", 3, sig)
    found = index.match(signature(BASE + " Reuters"))
    assert found is not None and found[0] == "early"  # lower seq wins, whatever the insertion order
    assert index.match(signature(OTHER)) is None
    assert index.match(None) is None


def test_window_evicts_oldest_and_rebuild_is_equivalent():
    index = NearDuplicateIndex(window=1)
    index.add("a", 1, signature(BASE))
    index.add("b", 2, signature(OTHER))
    assert len(index) == 1 and index.match(signature(BASE)) is None
    assert index.match(signature(OTHER))[0] == "b"
    rebuilt = NearDuplicateIndex(window=1)
    rebuilt.extend([("a", 1, signature(BASE)), ("b", 2, signature(OTHER))])
    assert rebuilt.match(signature(OTHER)) == index.match(signature(OTHER))
    assert rebuilt.match(signature(BASE)) is None


def test_event_key_python_equals_sql():
    ev = make_event()
    undated = make_event(sentence_index=1, date=None, tgt=None, cameo="141")
    with open_store(":memory:") as store:
        write_articles(store, [(Article(text="x", id="art-1"), [ev, undated])])
        stored = dict(store.con.execute("SELECT id, event_key FROM events").fetchall())
        sql = dict(store.con.execute(f"SELECT id, {EVENT_KEY_SQL} FROM events").fetchall())
    assert stored == sql
    assert stored[ev.id] == event_key("2021-12-02", "EU", "BLR", "163")
    assert stored[undated.id] == event_key(None, "EU", None, "141")


def _records():
    first = Article(text=BASE, id="art-1", source_name="Wire A")
    copy = Article(text=NEAR, id="art-2", source_name="Wire B")
    other = Article(text=OTHER, id="art-3", source_name="Wire C")
    e1 = make_event(article_id="art-1")
    e2_same = make_event(article_id="art-2")  # same date, dyad, code: a report of e1
    e2_new = make_event(article_id="art-2", sentence_index=4, cameo="111", cameo_label="Criticize or denounce")
    e3 = replace(make_event(article_id="art-3", sentence_index=2), confidence=0.5)  # same event, other story
    return [IngestRecord(first, [e1], 1, signature(BASE)),
            IngestRecord(copy, [e2_same, e2_new], 2, signature(NEAR), "art-1", 0.9),
            IngestRecord(other, [e3], 3, signature(OTHER))], (e1, e2_same, e2_new, e3)


def test_duplicate_events_become_mentions_new_ones_stay_events():
    records, (e1, e2_same, e2_new, e3) = _records()
    arts, evs, mentions = record_rows(records, lambda ids: {})
    assert [a["id"] for a in arts] == ["art-1", "art-2", "art-3"]
    assert [a["duplicate_of"] for a in arts] == [None, "art-1", None]
    assert sorted(e["id"] for e in evs) == sorted([e1.id, e2_new.id, e3.id])
    assert [(m["article_id"], m["event_id"], m["duplicate_of"]) for m in mentions] == [
        ("art-2", e2_same.id, "art-1")]
    # the first copy stored in an earlier batch: its keys come from keys_of
    later, _ = _records()
    _, evs2, mentions2 = record_rows(later[1:2], lambda ids: {"art-1": {mentions[0]["event_key"]}})
    assert [e["id"] for e in evs2] == [e2_new.id] and len(mentions2) == 1


def test_event_groups_counts_mentions_articles_sources(tmp_path):
    records, (e1, _, e2_new, e3) = _records()
    with open_store(tmp_path / "s.duckdb") as store:
        store.add_rows(*record_rows(records, lambda ids: {}))
        store.add_rows(*record_rows(records, lambda ids: {}))  # replayed batch: nothing twice
        groups = {r[0]: r[1:] for r in store.con.execute(
            "SELECT event_key, num_mentions, num_articles, num_sources, num_events, first_event_id "
            "FROM event_groups").fetchall()}
        assert store.count("articles") == 3 and store.count("events") == 3
    key = event_key(e1.date, "EU", "BLR", "163")
    assert groups[key] == (3, 3, 3, 2, e1.id)  # art-1 and art-3 stored, art-2's report counted
    assert groups[event_key(e2_new.date, "EU", "BLR", "111")][:4] == (1, 1, 1, 1)
