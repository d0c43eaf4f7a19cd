import pytest

from detente.coder.codebook import recode
from tests.coder.test_detect import triples


@pytest.mark.parametrize(
    ("code", "modality", "expected"),
    [
        ("190", None, "190"),
        ("190", "negated", None),  # "did not attack" is not an attack
        ("040", "negated", None),  # "did not meet" is not coded (ANNOTATION.md: negated acts)
        ("060", "refused", "121"),
        ("060", "intent", "031"),
        ("040", "intent", "036"),
        ("163", "intent", "1312"),  # a promised sanction is a threat of sanctions
        ("163", "threat", "1312"),
        ("190", "threat", "138"),
        ("112", "intent", None),  # "plans to sue", "would press": a complaint or a demand counts once made
        ("100", "intent", None),
        ("120", "intent", "120"),  # "will reject the plan": a rejection announced is a rejection
        ("112", "threat", "112"),
        ("040", "threat", "130"),
        ("164", "threat", "134"),  # a threat to break off talks, not to cut relations (1313)
    ],
)
def test_recode_follows_the_codebook(code, modality, expected):
    assert recode(code, modality) == expected


def test_a_government_running_its_own_state_companies_is_no_event(code_bundled):
    text = "Bankers said the Bolivian government is pressing state firms to borrow abroad by cutting subsidies to them."
    assert triples(code_bundled(text)) == []
    text = ("The Bolivian government has cut the budget support to 30 public sector companies to 2 billion "
            "bolivianos in 1988 from 3 billion a year earlier.")
    assert triples(code_bundled(text)) == []
    assert [t[2] for t in triples(code_bundled("The Bolivian government is pressing Chilean firms to invest."))] \
        == ["100"]


def test_talks_broken_off_are_halted_between_their_parties(code_bundled):
    assert sorted(triples(code_bundled("Bolivia and Paraguay broke off their border negotiations."))) == [
        ("BOL", "PRY", "164"), ("PRY", "BOL", "164")]
    assert sorted(triples(code_bundled("Bolivia and Paraguay suspended their talks."))) == [
        ("BOL", "PRY", "164"), ("PRY", "BOL", "164")]


def test_co_investigators_do_not_investigate_each_other(code_bundled):
    text = "LIMA - The arrest followed a two-year joint investigation by Peruvian prosecutors and police."
    assert [(e.source.cameo, e.target) for e in code_bundled(text, date="1987-03-21") if e.cameo[:2] == "09"] == [
        ("PERJUD", None)]


def test_a_court_s_steps_in_a_firm_s_case_are_not_coded_a_sentence_to_prison_is(code_bundled):
    text = "BOSTON, June 2 - Halvek Corp said Judge Ann Ruiz denied all post-trial motions by Zoltra Inc."
    assert code_bundled(text, date="1987-06-02") == []
    text = "A Paris court sentenced the Zoltra executive to two years in prison."
    assert [e.cameo for e in code_bundled(text, date="1987-06-02")] == ["173"]


def test_a_firm_s_deal_approved_by_a_court_is_no_act_between_the_firm_and_the_court(code_bundled):
    text = "Zoltra Corp said a credit accord between the company and its lenders has been approved by a U.S. " \
        "bankruptcy judge in Ohio."
    events = code_bundled(text, date="1987-03-20")
    assert [e for e in events if "JUD" in (e.source.sector, e.target and e.target.sector)] == []


def test_what_a_court_says_a_firm_must_do_in_its_case_is_a_ruling_not_a_demand(code_bundled):
    text = "In a setback for Zoltra Inc last week, the U.S. Supreme Court said Zoltra must abide by Ohio state " \
        "law, which obliges a loser to post a bond for all the damages during an appeal."
    assert code_bundled(text, date="1987-04-13") == []


def test_the_company_of_a_story_on_a_named_firm_is_that_firm_not_another_it_acts_on(code_bundled):
    text = "DALLAS, May 4 - Halvek Stores Inc said it signed a franchise accord with a group of investors.\n\n" \
        "The company must open 12 shops within the next three years to keep its rights in the region, it said."
    assert [e for e in code_bundled(text, date="1987-05-04") if e.cameo[:2] == "10"] == []
