import pytest

from detente.lexicon import LexiconError, build_lexicon, load_lexicon
from tests.conftest import FIXTURES


def test_user_file_overrides_and_extends(tmp_path):
    mine = tmp_path / "mine.yml"
    mine.write_text(
        "countries:\n  - {code: BLR, name: Belarus, aliases: [Bielarus], demonyms: [], capitals: []}\n"
        "people:\n  - {name: Jane Example, country: LTU, terms: [[foreign_minister, 2020-01-01, null]]}\n",
        encoding="utf-8",
    )
    lex = build_lexicon([FIXTURES / "mini_lexicon.yml", mine])
    assert lex.folded[("bielarus",)][0].country == "BLR"
    assert ("minsk",) not in lex.folded  # the user's entry replaced the bundled one
    assert lex.surnames["example"] == ("person:Jane Example",)


def test_acronyms_are_case_sensitive(mini_lexicon):
    assert ("US",) in mini_lexicon.exact
    assert ("us",) not in mini_lexicon.folded


def test_malformed_file_names_the_file(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("countries:\n  - {name: Nowhere}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.yml"):
        build_lexicon([bad])


def test_bad_pattern_is_reported(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("patterns:\n  - {id: x, code: 163, verbs: [impose]}\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="pattern x"):
        build_lexicon([bad])


def test_missing_user_file():
    with pytest.raises(LexiconError, match="no such lexicon file"):
        load_lexicon(["/nonexistent/mine.yml"])


def test_unknown_cameo_code_and_bad_dates_are_load_errors(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text('patterns:\n  - {id: x, code: "999", verbs: [impose]}\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="999"):
        build_lexicon([bad])
    bad.write_text("people:\n  - {name: A B, country: LTU, terms: [[foreign_minister, 2020-13-01, null]]}\n",
                   encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.yml"):
        build_lexicon([bad])


def test_one_person_with_two_affiliations_keeps_both(tmp_path):
    mine = tmp_path / "mine.yml"
    mine.write_text(
        "people:\n"
        "  - {name: Jan Example, country: NLD, terms: [[foreign_minister, 1952-09-02, 1971-07-06]]}\n"
        "  - {name: Jan Example, org: NATO, terms: [[head_of_state, 1971-10-01, 1984-06-25]]}\n"
        "  - {name: Ann Other, country: NLD, terms: [[foreign_minister, 1990-01-01, null]]}\n",
        encoding="utf-8",
    )
    lex = build_lexicon([mine])
    ids = {e.id: (e.country, e.org) for e in lex.folded[("jan", "example")]}
    assert ids == {"person:Jan Example (NLD)": ("NLD", None), "person:Jan Example (NATO)": (None, "NATO")}
    assert lex.people["person:Jan Example (NATO)"].term_on("1980-01-01").role == "head_of_state"
    assert "person:Ann Other" in lex.people
    assert set(lex.surnames["example"]) == set(ids)


def test_a_father_s_name_is_no_surname(tmp_path):
    mine = tmp_path / "mine.yml"
    mine.write_text(
        "people:\n"
        "  - {name: Faisal bin Tariq Al Noor, aliases: [Sheikh Faisal bin Tariq], country: QAT,\n"
        "     terms: [[foreign_minister, 2020-01-01, null]]}\n"
        "  - {name: Dawit Bekele, aliases: [Dawit], country: ETH, terms: [[head_of_government, 2020-01-01, null]]}\n",
        encoding="utf-8",
    )
    lex = build_lexicon([mine])
    assert "tariq" not in lex.surnames and lex.surnames["noor"] == ("person:Faisal bin Tariq Al Noor",)
    assert "bekele" not in lex.surnames  # an Ethiopian's second name is the father's given name
    assert ("dawit",) in lex.folded  # the form he goes by is the lexicon's alias


def test_the_lexicon_says_who_is_known_by_surname_alone(tmp_path):
    mine = tmp_path / "mine.yml"
    mine.write_text(
        "people:\n"
        "  - {name: Ola Famous, known_by_surname: true, country: NOR, terms: [[head_of_state, 2020-01-01, null]]}\n"
        "  - {name: Kari Plain, country: NOR, terms: [[foreign_minister, 2020-01-01, null]]}\n",
        encoding="utf-8",
    )
    lex = build_lexicon([mine])
    assert lex.people["person:Ola Famous"].known_by_surname
    assert not lex.people["person:Kari Plain"].known_by_surname
    assert lex.people["person:Ola Famous"].top_office_on("2021-01-01") is not None
    assert lex.people["person:Kari Plain"].top_office_on("2021-01-01") is None


def test_periods_a_party_led_the_government(tmp_path):
    ok = tmp_path / "ok.yml"
    ok.write_text("organisations:\n  - {org: null, name: Freedom Union, country: POL, sector: PTY, cameo: POLPTY,"
                  " led_government: [[2001-02-03, 2005-06-07], [2020-01-01, null]]}\n")
    lex = build_lexicon([ok])
    [party] = lex.folded[("freedom", "union")]
    assert [lex.governs(party, d) for d in ("2003-01-01", "2010-01-01", "2026-01-01")] == [True, False, True]
    bad = tmp_path / "bad.yml"
    bad.write_text("organisations:\n  - {org: null, name: Freedom Union, country: POL, sector: PTY,"
                   " led_government: [[soon, null]]}\n")
    with pytest.raises(LexiconError, match="Freedom Union"):
        build_lexicon([bad])


def test_periods_a_body_existed(tmp_path):
    ok = tmp_path / "ok.yml"
    ok.write_text("organisations:\n  - {org: TRC, name: Tariff Review Court, sector: JUD, cameo: IGOTRC,"
                  " existed: [[2002-07-01, null]]}\n")
    lex = build_lexicon([ok])
    [court] = lex.folded[("tariff", "review", "court")]
    assert [lex.exists_on(court, d) for d in ("1987-06-02", "2009-03-04", None)] == [False, True, True]
    bad = tmp_path / "bad.yml"
    bad.write_text("organisations:\n  - {org: TRC, name: Tariff Review Court, existed: [[later, null]]}\n")
    with pytest.raises(LexiconError, match="Tariff Review Court"):
        build_lexicon([bad])
