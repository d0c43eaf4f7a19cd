"""Counts by actor, dyad and country agree with what the filter of the same name lists (store/aggregate.py)."""

from __future__ import annotations

import dataclasses

import pytest

from detente.model import Article, Location
from detente.store import aggregate
from detente.store.database import open_store
from detente.store.ingest import write_articles
from detente.store.query import EventFilter
from tests.store.test_query import BLR, EU, LTU, RUS, UAF, make, side

UKR = side("Ukraine", "UKR", cameo="UKRGOV")
USA_CONGRESS = side("Congress", "USA", cameo="USALEG")
USA = side("the administration", "USA", cameo="USAGOV")
EVENTS = dict([
    make("eu_blr", "a-1", 0, EU, BLR, "163", "2021-12-02", "EU sanctions.", 4, "SANCTION"),
    make("ltu_blr", "a-1", 1, LTU, BLR, "112", "2021-12-05", "Accusation.", 3, "ACCUSE"),
    make("rus_uaf", "a-2", 0, RUS, UAF, "190", "2022-02-24", "Attack.", 4, "ASSAULT"),  # UAF is also UKR
    make("uaf_ukr", "a-2", 1, UAF, UKR, "051", "2022-02-25", "Praise.", 1, "SUPPORT"),  # UAF-UKR, never UKR-UKR
    make("usa_usa", "a-3", 0, USA_CONGRESS, USA, "111", "2021-08-12", "Criticism.", 3, "ACCUSE"),
])


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    placed = dataclasses.replace(EVENTS["rus_uaf"], location=Location("Kyiv", "UKR", 50.45, 30.52))
    store = open_store(tmp_path_factory.mktemp("agg") / "events.duckdb")
    write_articles(store, [(Article(text="One.", id="a-1"), [EVENTS["eu_blr"], EVENTS["ltu_blr"]]),
                           (Article(text="Two.", id="a-2"), [placed, EVENTS["uaf_ukr"]]),
                           (Article(text="Three.", id="a-3"), [EVENTS["usa_usa"]])])
    yield store.con
    store.close()


def listed(con, flt: EventFilter) -> int:
    where, params = flt.where()
    return con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]


def test_an_actor_counts_the_events_its_filter_lists(con):
    assert aggregate.has_dual(con)
    top = {r["code"]: r["events"] for r in aggregate.top_actors(con, EventFilter(), None)}
    assert top == {"BLR": 2, "EU": 1, "LTU": 1, "RUS": 1, "UAF": 2, "UKR": 2, "USA": 1}
    for code, n in top.items():
        assert listed(con, EventFilter(actor=code)) == n, code


@pytest.mark.parametrize("directed", [False, True])
def test_a_dyad_counts_the_events_its_filter_lists(con, directed):
    pairs = {(r["a"], r["b"]): r["events"] for r in aggregate.dyads(con, EventFilter(), directed, None)}
    if directed:
        assert pairs == {("EU", "BLR"): 1, ("LTU", "BLR"): 1, ("RUS", "UAF"): 1, ("RUS", "UKR"): 1,
                         ("UAF", "UKR"): 1}  # UKR on UKR (the army's country facing the state) is no dyad
        for (a, b), n in pairs.items():
            assert listed(con, EventFilter(source=a, target=b)) == n
    else:
        assert pairs == {("BLR", "EU"): 1, ("BLR", "LTU"): 1, ("RUS", "UAF"): 1, ("RUS", "UKR"): 1,
                         ("UAF", "UKR"): 1}
        for (a, b), n in pairs.items():
            assert listed(con, EventFilter(dyad=(a, b))) == n


def test_without_dual_identities_the_short_form_gives_the_same(con):
    flt = EventFilter(actor="BLR")
    assert aggregate.top_actors(con, flt, None, dual=False) == aggregate.top_actors(con, flt, None)
    assert aggregate.dyads(con, flt, dual=False) == aggregate.dyads(con, flt)


def test_a_country_counts_the_events_its_filter_lists(con):
    countries = {r["country"]: r for r in aggregate.countries(con, EventFilter())}
    assert countries["UKR"]["events"] == 2 and countries["UKR"]["located"] == 1  # Kyiv; then UAF-UKR by actors
    assert "RUS" not in countries  # the attack is placed in Kyiv
    for code, r in countries.items():
        assert listed(con, EventFilter(country=code)) == r["events"], code
