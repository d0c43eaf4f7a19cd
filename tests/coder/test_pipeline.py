"""The whole flow on the example article this product exists for (read from ../shared, never copied)."""

import pytest

import detente
from tests.conftest import SHARED

SEED = SHARED / "examples" / "seed-article.txt"


@pytest.fixture(scope="module")
def seed_events():
    return detente.code(SEED.read_text(encoding="utf-8"), date="2021-12-03")


def dyads(events):
    def code(a):
        return None if a is None else (a.org or a.country)

    return [(code(e.source), code(e.target), e.cameo, e.plover_event, e.date) for e in events]


def test_row1_belarus_commits_to_partnership_with_china(seed_events):
    assert any(s == "BLR" and t == "CHN" and c[:2] in ("03", "05") and p in ("AGREE", "COOPERATE")
               for s, t, c, p, _ in dyads(seed_events))


def test_row2_eu_sanctions_belarus_on_december_2(seed_events):
    assert ("EU", "BLR", "163", "SANCTION", "2021-12-02") in dyads(seed_events)


def test_row3_belarus_announces_restrictions_against_the_west(seed_events):
    assert any(s == "BLR" and t in ("WST", "EU") and c[:2] in ("13", "16") for s, t, c, _, _ in dyads(seed_events))


def test_row4_china_downgrades_relations_with_lithuania(seed_events):
    assert any(s == "CHN" and t == "LTU" and c == "161" and p == "SANCTION" for s, t, c, p, _ in dyads(seed_events))


def test_row5_china_excludes_lithuania(seed_events):
    assert sum(1 for s, t, c, p, _ in dyads(seed_events) if (s, t) == ("CHN", "LTU") and c[:2] == "16") >= 2


def test_row6_lithuania_approves_taiwan_office(seed_events):
    assert any(s == "LTU" and t == "TWN" and c[:2] in ("03", "04", "05") for s, t, c, _, _ in dyads(seed_events))


def test_nothing_from_page_chrome(seed_events):
    assert seed_events
    for e in seed_events:
        assert "Related materials" not in e.sentence
        assert "richest companies" not in e.sentence
        assert "Leave a Reply" not in e.sentence


def test_no_self_directed_events(seed_events):
    assert seed_events
    for e in seed_events:
        assert e.target is None or (e.source.code, e.source.sector) != (e.target.code, e.target.sector)


def test_records_follow_the_schema(seed_events):
    required = {"id", "article_id", "sentence_index", "sentence", "date", "date_published", "source", "target",
                "cameo", "cameo_root", "cameo_label", "plover", "quad_class", "goldstein", "trigger", "location",
                "confidence"}
    for e in seed_events:
        d = e.to_dict()
        assert required <= d.keys()
        s0, s1 = d["source"]["span"]
        assert d["sentence"][s0:s1] == d["source"]["text"]
        assert d["quad_class"] in (1, 2, 3, 4) and -10 <= d["goldstein"] <= 10
        assert type(e).from_dict(d) == e
