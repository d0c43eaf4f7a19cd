"""Whom a strike, boycott or rally is aimed at when no one is named as acted on: the government whose measure it
protests, and never a second event for the protest it is held for."""

from tests.coder.test_detect import dyads


def test_a_strike_against_a_provincial_law_is_aimed_at_the_strikers_government(code_bundled):
    text = "Dockers in Quebec staged a one-day strike to protest a new provincial labour law on overtime pay."
    assert dyads(code_bundled(text, date="1987-05-04")) == [("CANLAB", "CANGOV", "143")]


def test_a_rally_to_protest_government_plans_is_aimed_at_the_government(code_bundled):
    text = "MANILA, May 4 - Thousands of opposition supporters rallied in the capital to protest government plans " \
        "for a higher fuel levy."
    assert [(e.source.cameo, e.target.cameo if e.target else None) for e in code_bundled(text, date="1987-05-04")] \
        == [("PHLOPP", "PHLGOV")]


def test_a_firm_s_plan_protested_is_no_government_s(code_bundled):
    text = "Dockers in Quebec staged a one-day strike to protest plans to close their terminal."
    assert [e.target for e in code_bundled(text, date="1987-05-04")] == [None]


def test_the_protest_a_planned_strike_is_held_for_is_that_strike(code_bundled):
    text = "LIMA, May 4 - Peruvian unions are planning a national strike, beginning next Monday, to protest " \
        "against a state decision to freeze public wages."
    events = code_bundled(text, date="1987-05-04")
    assert [(e.source.cameo, e.target.cameo if e.target else None, e.cameo) for e in events] == [
        ("PERLAB", "PERGOV", "133")]


def test_a_federal_state_s_adjective_or_untagged_name_places_its_people(code_bundled):
    text = "Hundreds of British Columbian dockers staged a strike on Monday."
    assert [e.source.cameo for e in code_bundled(text, date="1987-05-04")] == ["CANLAB"]
    text = "New South Wales police arrested two Fijian men on Monday."
    assert [(e.source.cameo, e.target.cameo) for e in code_bundled(text, date="1987-05-04")] == [
        ("AUSCOP", "FJICVL")]


def test_a_rally_at_a_firm_s_offices_protesting_its_bid_is_one_rally_aimed_at_the_firm(code_bundled):
    text = "TOLEDO, Ohio, May 4 - Hundreds of members of the steelworkers union will demonstrate Monday at " \
        "Kessler Corp's headquarters protesting Kessler's proposed takeover of Ohio Forge Inc."
    assert [(e.source.sector, e.target.sector if e.target else None, e.cameo)
            for e in code_bundled(text, date="1987-05-04")] == [("LAB", "BUS", "133")]
