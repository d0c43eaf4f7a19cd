"""One write path and one store shape (issue 10): what tests store is what `detente ingest` stores.

Before: the web tests wrote with `Store.add_batch` (exact-hash duplicates only, no MinHash, no mentions),
dedup.py held event identity and row assembly in an import cycle with the store, and readers probed for
store shapes (`export.merged_view`, `web.queries.Schema.detect`) that a store opened by this version cannot
have.
"""

from __future__ import annotations

import ast
import inspect

import duckdb
import pytest

from detente.model import Article
from detente.store import database, dedup, export
from detente.store.database import Store, StoreError, open_store
from detente.store.ingest import write_articles
from tests.store.test_database import make_event
from tests.store.test_dedup import BASE, NEAR


def test_the_store_has_no_write_path_of_its_own():
    assert not hasattr(Store, "add_batch") and not hasattr(Store, "add")


def test_written_rows_carry_what_ingest_writes(tmp_path):
    first = Article(text=BASE, id="first", source_name="Wire A")
    copy = Article(text=NEAR, id="copy", source_name="Wire B")
    with open_store(tmp_path / "s.duckdb") as store:
        done = write_articles(store, [(first, [make_event(article_id="first")]),
                                      (copy, [make_event(article_id="copy")])])
        rows = store.con.execute("SELECT id, seq, minhash IS NOT NULL, duplicate_of FROM articles ORDER BY seq"
                                 ).fetchall()
        mentions = store.con.execute("SELECT article_id, duplicate_of FROM duplicate_mentions").fetchall()
    assert (done.new, done.near_duplicates, done.events_stored, done.mentions) == (2, 1, 1, 1)
    assert rows == [("first", 1, True, None), ("copy", 2, True, "first")]
    assert mentions == [("copy", "first")]  # the copy's report is counted, not stored again


def test_dedup_is_only_near_duplicate_detection():
    tree = ast.parse(inspect.getsource(dedup))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not any(m and m.startswith("detente.store") for m in imported)  # no cycle with the store
    public = {n for n in vars(dedup) if not n.startswith("_")}
    assert not public & {"event_key", "EVENT_KEY_SQL", "EVENT_GROUPS_VIEW", "IngestRecord", "record_rows"}
    assert callable(database.event_key) and "event_groups" in database.EVENT_GROUPS_VIEW


def test_no_probing_for_store_shapes():
    from detente.web import queries

    assert not hasattr(export, "merged_view") and not hasattr(export, "flat_columns")
    assert not hasattr(queries, "Schema")


def test_a_store_without_the_full_schema_is_refused_read_only(tmp_path):
    path = tmp_path / "old.duckdb"
    open_store(path).close()
    con = duckdb.connect(str(path))
    con.execute("DROP VIEW event_groups")
    con.close()
    with pytest.raises(StoreError, match="lacks the event_groups view"):
        open_store(path, read_only=True)
    open_store(path).close()  # a write open upgrades it
    open_store(path, read_only=True).close()
