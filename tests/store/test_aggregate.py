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
    """The events (each event_key once) the filter lists."""
    where, params = flt.where()
    return con.execute(f"SELECT count(DISTINCT event_key) FROM events WHERE {where}", params).fetchone()[0]


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


@pytest.fixture(scope="module")
def reported(tmp_path_factory):
    """A store where the same events are reported by several articles (worded differently, other outlets, one
    report placed and one not), beside events reported once: what distinct-event counts are for."""
    def again(name: str, article: str, sentence: str, **changes) -> object:
        e = EVENTS[name]
        return dataclasses.replace(e, id=f"{e.id}-{article}", article_id=article, sentence=sentence, **changes)

    kyiv = Location("Kyiv", "UKR", 50.45, 30.52)
    store = open_store(tmp_path_factory.mktemp("reported") / "events.duckdb")
    write_articles(store, [
        (Article(text="One.", id="a-1", source_name="Wire"), [EVENTS["eu_blr"], EVENTS["ltu_blr"]]),
        (Article(text="Two.", id="a-2", source_name="Wire"), [EVENTS["rus_uaf"], EVENTS["uaf_ukr"]]),
        (Article(text="Three.", id="a-3", source_name="Post"), [EVENTS["usa_usa"]]),
        (Article(text="Sanctions again, in other words.", id="b-1", source_name="Post"),
         [again("eu_blr", "b-1", "Brussels sanctioned Minsk."), again("rus_uaf", "b-1", "Troops hit Kyiv.",
                                                                      location=kyiv)]),
        (Article(text="And a third time, at length.", id="c-1", source_name="Ledger"),
         [again("eu_blr", "c-1", "The Union's sanctions on Belarus."), again("uaf_ukr", "c-1", "Praise again.")]),
    ])
    yield store.con
    store.close()


@pytest.mark.parametrize("flt", [EventFilter(), EventFilter(actor="BLR"), EventFilter(outlet="Post"),
                                 EventFilter(q="sanction"), EventFilter(date_from="2021-12-03"),
                                 EventFilter(country="UKR"), EventFilter(quad_class=(4,))])
def test_counting_through_the_repeated_rows_is_exact(reported, flt):
    """Events counted as reports less the extra reports of the repeated rows (the web's fast path) are exactly
    the DISTINCT counts, whatever the filter keeps of an event's reports."""
    repeats = aggregate.attach_repeats(reported)
    assert reported.execute(f"SELECT count(*) FROM {repeats}").fetchone()[0] == 7  # 3 + 2 + 2 reports
    for dual in (True, False):
        assert aggregate.top_actors(reported, flt, None, dual, repeats) == aggregate.top_actors(reported, flt, None,
                                                                                                dual)
    for directed in (True, False):
        assert (aggregate.dyads(reported, flt, directed, None, repeats=repeats)
                == aggregate.dyads(reported, flt, directed, None))
    assert aggregate.countries(reported, flt, repeats) == aggregate.countries(reported, flt)
    assert aggregate.top_codes(reported, flt, 10, repeats) == aggregate.top_codes(reported, flt, 10)
    got = aggregate.count_events(reported, flt, repeats)
    where, params = flt.where()
    assert (got["events"], got["mentions"]) == reported.execute(
        f"SELECT count(DISTINCT event_key), count(*) FROM events WHERE {where}", params).fetchone()


def test_two_reports_of_one_event_are_one_event(reported):
    top = {r["code"]: r for r in aggregate.top_actors(reported, EventFilter(), None)}
    assert (top["BLR"]["events"], top["BLR"]["mentions"]) == (2, 4)  # the sanction, thrice; the accusation
    pair = next(r for r in aggregate.dyads(reported, EventFilter()) if (r["a"], r["b"]) == ("BLR", "EU"))
    assert (pair["events"], pair["mentions"], pair["q4"]) == (1, 3, 1)
    assert aggregate.dyads(reported, EventFilter(), unique=False)[0]["events"] == 3  # the API's report count
    ukr = {r["country"]: r for r in aggregate.countries(reported, EventFilter())}["UKR"]
    assert (ukr["events"], ukr["located"], ukr["mentions"]) == (2, 1, 4)  # the attack, once placed in Kyiv
