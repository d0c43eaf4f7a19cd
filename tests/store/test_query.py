"""The shared event filter: every field narrows the events of a small store, values stay parameters."""

import dataclasses
import datetime as dt
import re

import pytest

from detente.model import Actor, Article, Event, Trigger, event_id
from detente.store.actors import StoreTerms
from detente.store.database import open_store
from detente.store.ingest import write_articles
from detente.store.query import EventFilter, QueryError, build_filter
from detente.web import queries


def side(text: str, country: str | None, org: str | None = None, cameo: str | None = None) -> Actor:
    return Actor(text, (0, len(text)), text, country=country, org=org, sector="GOV", cameo=cameo, entry="test")


def make(name: str, article_id: str, index: int, src: Actor, tgt: Actor | None, cameo: str, date: str | None,
         sentence: str, quad: int, plover: str, coder_version: str = "0.1.0") -> tuple[str, Event]:
    return name, Event(
        id=event_id(article_id, index, src.code, tgt.code if tgt else None, cameo, 0), article_id=article_id,
        sentence_index=index, sentence=sentence, date=date, date_published=date, source=src, target=tgt,
        cameo=cameo, cameo_root=cameo[:2], cameo_label="label", plover_event=plover, plover_mode=None,
        quad_class=quad, goldstein=-1.0, trigger=Trigger("x", (0, 1)), location=None, confidence=0.9,
        modality=None, coder_version=coder_version)


EU = side("The European Union", None, org="EU", cameo="IGOEUREEC")
BLR = side("Belarus", "BLR", cameo="BLRGOV")
LTU = side("Lithuania", "LTU", cameo="LTUGOV")
RUS = side("Russia", "RUS", cameo="RUSGOV")
UAF = side("The Ukrainian army", "UKR", org="UAF", cameo="UKRMIL")  # code UAF (its org), country UKR
CHN = side("China", "CHN", cameo="CHNGOV")
EVENTS = dict([
    make("eu_blr", "art-1", 0, EU, BLR, "163", "2021-12-02", "The EU imposed SANCTIONS on Belarus.", 4, "SANCTION"),
    make("ltu_blr", "art-1", 1, LTU, BLR, "112", "2021-12-05", "Lithuania said 100% of the_flow came via Belarus.",
         3, "ACCUSE"),
    make("rus_uaf", "art-2", 0, RUS, UAF, "190", "2022-02-24", "Russia attacked the Ukrainian army; 100 died.",
         4, "ASSAULT"),
    make("chn", "art-2", 1, CHN, None, "036", None, "China offered theXflow talks.", 1, "COOPERATE", "old"),
])


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("filters") / "events.duckdb")
    write_articles(store, [(Article(text="One.", id="art-1"), [EVENTS["eu_blr"], EVENTS["ltu_blr"]]),
                           (Article(text="Two.", id="art-2"), [EVENTS["rus_uaf"], EVENTS["chn"]])])
    yield store.con
    store.close()


def found(con, flt: EventFilter, alias: str = "") -> set[str]:
    where, params = flt.where(alias)
    table = f"events {alias.rstrip('.')}" if alias else "events"
    ids = {r[0] for r in con.execute(f"SELECT id FROM {table} WHERE {where}", params).fetchall()}
    return {name for name, e in EVENTS.items() if e.id in ids}


CASES = [
    ({"date_from": "2021-12-03"}, {"ltu_blr", "rus_uaf"}),
    ({"date_to": "2021-12-05"}, {"eu_blr", "ltu_blr"}),
    ({"date_from": "2021-12-03", "date_to": "2021-12-31"}, {"ltu_blr"}),
    ({"date": "2021-12-05"}, {"ltu_blr"}),
    ({"date": ["2021-12-02", "2022-02-24"]}, {"eu_blr", "rus_uaf"}),
    ({"actor": "BLR"}, {"eu_blr", "ltu_blr"}),
    ({"actor": "UKR"}, {"rus_uaf"}),  # the target's country (its code is UAF)
    ({"actor": "UAF"}, {"rus_uaf"}),  # its org / code
    ({"actor": "UKRMIL"}, {"rus_uaf"}),  # its CAMEO actor code
    ({"actor": "IGOEUREEC"}, {"eu_blr"}),
    ({"actor": ["CHN", "EU"]}, {"eu_blr", "chn"}),
    ({"source": "EU"}, {"eu_blr"}),
    ({"source": ["LTU", "RUS"]}, {"ltu_blr", "rus_uaf"}),
    ({"target": "BLR"}, {"eu_blr", "ltu_blr"}),
    ({"target": ("UKR", "LTU")}, {"rus_uaf"}),
    ({"source": "BLR"}, set()),
    ({"dyad": ("RUS", "UKR")}, {"rus_uaf"}),
    ({"dyad": ("UKR", "RUS")}, {"rus_uaf"}),  # a dyad is either direction: source/target give one
    ({"dyad": [("UAF", "RUS"), ("LTU", "BLR")]}, {"rus_uaf", "ltu_blr"}),
    ({"cameo": "1"}, {"eu_blr", "ltu_blr", "rus_uaf"}),
    ({"cameo": "16"}, {"eu_blr"}),
    ({"cameo": ["03", "19"]}, {"rus_uaf", "chn"}),
    ({"cameo": "0361"}, set()),
    ({"cameo_root": ["16", "19"]}, {"eu_blr", "rus_uaf"}),
    ({"plover": "SANCTION"}, {"eu_blr"}),
    ({"plover": ["ACCUSE", "COOPERATE"]}, {"ltu_blr", "chn"}),
    ({"quad_class": 4}, {"eu_blr", "rus_uaf"}),
    ({"quad_class": [1, 3]}, {"ltu_blr", "chn"}),
    ({"q": "sanctions"}, {"eu_blr"}),  # case-insensitive
    ({"q": "100%"}, {"ltu_blr"}),  # % is a literal, not a wildcard
    ({"q": "the_flow"}, {"ltu_blr"}),  # _ is a literal, not any one character
    ({"article_id": "art-2"}, {"rus_uaf", "chn"}),
    ({"coder_version": "old"}, {"chn"}),
    ({"source_country": "RUS"}, {"rus_uaf"}),
    ({"target_country": ["UKR", "XXX"]}, {"rus_uaf"}),
    ({"actor": "BLR", "date_from": "2021-12-03"}, {"ltu_blr"}),  # fields are ANDed
]


@pytest.mark.parametrize(("fields", "expected"), CASES)
def test_each_filter_narrows(con, fields, expected):
    assert expected < set(EVENTS)
    assert found(con, EventFilter(**fields)) == expected


def test_no_filter_is_everything(con):
    assert EventFilter().where() == ("TRUE", [])
    assert found(con, EventFilter()) == set(EVENTS)


@pytest.mark.parametrize("alias", ["e", "e."])
def test_alias_qualifies_every_column(con, alias):
    flt = EventFilter(date_from="2021-12-01", actor="BLR", cameo="11", cameo_root="11", plover="ACCUSE",
                      quad_class=3, q="flow", article_id="art-1", coder_version="0.1.0", source_country="LTU")
    where, _ = flt.where(alias)
    columns = re.findall(r"(?<![\w.'])([a-z_]+)(?![\w(])", where.replace("::DATE", "").replace("::VARCHAR", ""))
    assert set(columns) == {"e"} and "e.date" in where and "e.sentence" in where
    assert found(con, flt, alias) == {"ltu_blr"}


@pytest.mark.parametrize("alias", ["e; DROP TABLE events", "1e", "e.x", "e f"])
def test_bad_alias_is_refused(alias):
    with pytest.raises(ValueError, match="table alias"):
        EventFilter(actor="BLR").where(alias)


def test_values_are_parameters_never_sql(con):
    evil = "BLR' OR '1'='1"
    flt = EventFilter(actor=evil, source=[evil], cameo=evil, q=evil, plover=evil, date="2021-12-02")
    where, params = flt.where()
    assert "'1'" not in where and "BLR" not in where and evil in params
    assert found(con, EventFilter(actor=evil)) == set()


def test_values_are_normalised_and_frozen():
    flt = EventFilter(actor="BLR", source={"RUS", "EU"}, quad_class=4, date_from="", q="")
    assert (flt.actor, flt.source, flt.quad_class, flt.date_from, flt.q) == (("BLR",), ("EU", "RUS"), (4,), None, None)
    assert EventFilter(actor=None, target="") == EventFilter()
    with pytest.raises(dataclasses.FrozenInstanceError):
        flt.actor = ("EU",)
    with pytest.raises(ValueError, match="dyad"):
        EventFilter(dyad=("RUS",))


def test_every_caller_uses_it(con, tmp_path):
    assert queries.EventFilter is EventFilter
    canonical = build_filter({"date_from": "2021-12-03", "actor": "ukr", "cameo_root": "9"})
    assert canonical == EventFilter(date_from="2021-12-03", actor="UKR", cameo_root="09")
    path = tmp_path / "store.duckdb"
    with open_store(path) as store:
        write_articles(store, [(Article(text="Two.", id="art-2"), [EVENTS["rus_uaf"], EVENTS["chn"]])])
        assert [e.id for e in store.events(source="RUS", target="UKR", cameo="19")] == [EVENTS["rus_uaf"].id]
        assert [e.id for e in store.events(plover=["cooperate"])] == [EVENTS["chn"].id]


@pytest.mark.parametrize(("given", "canonical"), [
    ({"actor": " blr "}, {"actor": ("BLR",)}),
    ({"source": ["eu", "EU"]}, {"source": ("EU",)}),  # once
    ({"dyad": "blr-eu"}, {"dyad": (("BLR", "EU"),)}),
    ({"dyad": ("BLR", "EU")}, {"dyad": (("BLR", "EU"),)}),
    ({"cameo": " 19 "}, {"cameo": ("19",)}),
    ({"cameo_root": [1, "19"]}, {"cameo_root": ("01", "19")}),
    ({"plover": "sanction"}, {"plover": ("SANCTION",)}),
    ({"quad_class": ["4", 3]}, {"quad_class": (4, 3)}),
    ({"sector": "mil"}, {"sector": ("MIL",)}),
    ({"date_precision": "Year"}, {"date_precision": ("year",)}),
    ({"country": "ukr"}, {"country": ("UKR",)}),
    ({"date_from": dt.date(2021, 1, 2), "date_to": "2021-02-03"}, {"date_from": "2021-01-02", "date_to": "2021-02-03"}),
    ({"q": "  talks "}, {"q": "talks"}),
])
def test_build_filter_canonicalises_once(given, canonical):
    assert build_filter(given) == EventFilter(**canonical)


@pytest.mark.parametrize(("given", "field"), [
    ({"actor": "BL R"}, "actor"), ({"dyad": "BLR"}, "dyad"), ({"cameo": "999"}, "cameo"),
    ({"cameo_root": "0"}, "cameo_root"), ({"quad_class": "x"}, "quad_class"), ({"plover": "HUG"}, "plover"),
    ({"date_to": "2021-02-30"}, "date_to"), ({"country": "UK"}, "country"), ({"acter": "BLR"}, "acter"),
    ({"q": "x" * 201}, "q"),
])
def test_build_filter_names_the_bad_field(given, field):
    with pytest.raises(QueryError) as err:
        build_filter(given)
    assert err.value.field == field and err.value.message


def test_names_resolve_against_the_store(con):
    terms = StoreTerms(con)
    assert build_filter({"actor": ["belarus", "The European Union", "ukrmil"]}, terms).actor == (
        "BLR", "EU", "UKRMIL")
    assert build_filter({"dyad": "Russia-ukraine"}, terms).dyad == (("RUS", "UKR"),)
    with pytest.raises(QueryError, match="no actor 'Belarussia'.*did you mean Belarus"):
        build_filter({"actor": "Belarussia"}, terms)
