"""Business and trade news in the words of politics: firms leaving a trade, policies that "injure" an industry,
a loan that "meets" a share, a post taken, a firm's officers. Sentences written for these tests, coded with the
shipped data."""

import pytest

from tests.coder.test_detect import dyads


def test_leaving_a_business_is_no_retreat_or_break(code_bundled):
    text = "TORONTO, June 4 - Imperial Oil said it pulled out of the fertiliser business in Manitoba last year."
    assert code_bundled(text, date="1987-06-04") == []


def test_a_trade_injured_by_a_policy_is_not_attacked(code_bundled):
    text = "U.S. steel producers have argued that they are being injured by Taiwan's unfair trade practices."
    assert code_bundled(text, date="1987-04-13") == []
    assert dyads(code_bundled("Four Kenyan soldiers were injured by Somali gunmen on Monday.", date="1987-04-13")) \
        == [("SOMUAF", "KENMIL", "190")]


def test_meeting_a_share_of_costs_is_no_meeting_and_an_export_import_bank_is_the_states(code_bundled):
    text = "Last month Norway's Export-Import Bank agreed a 300 mln dlr credit to meet Kenya's share of ten road " \
        "projects."
    assert [(e.source.cameo, e.cameo) for e in code_bundled(text, date="1987-03-04")] == [("NORGOV", "030")]
    text = "Last month Norway's Export-Import Bank gave Kenya a credit of 300 mln dlrs."
    assert dyads(code_bundled(text, date="1987-03-04")) == [("NORGOV", "KEN", "071")]


def test_agreeing_to_take_a_job_is_an_appointment_not_a_promise(code_bundled):
    text = "Mary Poole, vice chairman of banking group Barclays, has agreed to take the Bank of Kenya job subject " \
        "to a vote in parliament."
    assert code_bundled(text) == []
    assert dyads(code_bundled("Kenya has agreed to hold peace talks with Somalia next month.")) == [
        ("KEN", "SOM", "036")]


def test_a_firms_senior_officers_are_its_people_not_soldiers(code_bundled):
    text = "NEW YORK, March 18 - Acme Corp said two of its senior officers met yesterday with Beta Inc to discuss " \
        "the bid."
    assert dyads(code_bundled(text, date="1987-03-18")) == [("USABUS", "USABUS", "040")]
    text = "NEW YORK, March 18 - The Pentagon said two of its senior officers met yesterday with Iraqi commanders."
    assert dyads(code_bundled(text, date="1987-03-18")) == [("USAMIL", "IRQMIL", "040")]


def test_a_crackdown_on_idle_estates_is_a_policy_not_repression(code_bundled):
    assert code_bundled("The Bolivian government is cracking down on idle estates, which it says are unused.") == []
    assert dyads(code_bundled("The Bolivian government is cracking down on opposition activists.")) == [
        ("BOLGOV", "BOLOPP", "175")]
    # a market's dealings banned or clamped down on: monetary policy, no one coerced
    for text in ("LIMA - Last month the Peruvian central bank also banned trading in sol futures, dealers said.",
                 "LIMA - Peru's central bank last year clamped down on excessive consumer lending by the banks."):
        assert code_bundled(text, date="1987-06-01") == [], text
    assert ("PERCOP", None, "172") in dyads(code_bundled("LIMA - Peruvian police banned a march by miners.",
                                                         date="1987-06-01"))


def test_a_central_bank_lending_to_the_discount_houses_gives_no_aid(code_bundled):
    text = "The Bank of England's decision to lend cash to U.K. discount houses at 10 pct surprised dealers."
    assert code_bundled(text, date="1987-03-18") == []
    assert [e.cameo[:2] for e in code_bundled("Japan agreed to lend 500 mln dlrs to Mexico on Monday.",
                                              date="1987-03-18")] == ["03"]


def test_a_firm_s_exports_to_a_state_are_its_market_not_a_deal_with_the_state(code_bundled):
    text = "Nissan will begin selling cars fitted with a new gearbox in Japan next week and will export them to " \
        "the U.S."
    assert code_bundled(text, date="1987-04-09") == []
    assert dyads(code_bundled("Iran sold crude oil to Japan last month.", date="1987-04-09")) == [
        ("IRN", "JPN", "061")]
    assert dyads(code_bundled("Toyota sold 300 cars to the Chilean army last month.", date="1987-04-09")) == [
        ("JPNBUS", "CHLMIL", "061")]


def test_a_firm_cautioning_investors_gives_advice_not_a_political_comment(code_bundled):
    text = "NEW YORK, April 7 - Halvek Securities Inc warns American investors that dividends paid abroad could be " \
        "taxed."
    assert code_bundled(text, date="1987-04-07") == []


def test_an_offer_rejected_is_its_maker_s(code_bundled):
    text = "Kenya's trade ministry turned down a U.S. company's bid to supply maize, officials in Nairobi said."
    assert dyads(code_bundled(text, date="1987-03-27")) == [("KENGOV", "USABUS", "120")]


def test_a_limit_agreed_on_one_s_own_exports_is_cooperation_promised_and_a_price_cut_no_ban(code_bundled):
    [event] = code_bundled("South Korea agreed last year to voluntarily limit its textile exports to Canada.",
                           date="1987-04-01")
    assert (event.source.cameo, event.target.cameo, event.cameo) == ("KOR", "CAN", "0311")
    text = ("Poland has agreed to cut its coal export prices to Swedish steel mills in exchange for larger orders, "
            "industry sources said.")
    assert [e.cameo for e in code_bundled(text, date="1987-03-09")] == ["0311"]


def test_one_killed_by_a_bomb_no_one_is_named_as_owning_names_no_doer(code_bundled):
    text = "A Danish soldier was killed yesterday by an improvised explosive device in Mali."
    assert code_bundled(text, date="2018-03-30") == []


@pytest.mark.parametrize(("word", "state"), [("Czechoslovakian", "CZE"), ("Rumanian", "ROU"), ("Zairean", "COD"),
                                             ("Yugoslavian", "SRB"), ("Kampuchean", "KHM")])
def test_a_ban_on_a_product_named_by_its_state_s_older_adjective_is_aimed_at_that_state(code_bundled, word, state):
    text = f"Kuwait has banned a {word} cheese after tests found high lead levels, officials said."
    assert [(e.target.country, e.cameo) for e in code_bundled(text, date="1987-03-18")] == [(state, "163")]


def test_a_licence_a_firm_grants_or_a_state_issues_its_own_traders_eases_no_sanctions(code_bundled):
    text = "Harlow Systems Inc said its Harlow Software unit granted an exclusive license to Datacraft Corp."
    assert code_bundled(text, date="1987-03-23") == []
    text = "Malaysia has issued licences to traders to import sugar ahead of the festival season."
    assert code_bundled(text, date="1987-03-23") == []
    text = "Washington granted a sanctions waiver to Iraq to keep importing Iranian power."
    assert [e.cameo for e in code_bundled(text, date="2022-11-27")] == ["085"]


def test_goods_or_shares_a_firm_buys_counted_out_are_market_business(code_bundled):
    text = "Peruvian sugar importers bought some 60,000 tonnes of sugar from Cuba, traders said."
    assert code_bundled(text, date="1987-03-02") == []
    text = "Its Canadian unit, Halvek Holdings Ltd, bought 1.2 mln common shares from the Morrow family."
    assert code_bundled(text, date="1987-03-02") == []
    # a state's purchase stays an act
    assert [e.cameo for e in code_bundled("Peru bought some 60,000 tonnes of sugar from Cuba.",
                                          date="1987-03-02")] == ["061"]
