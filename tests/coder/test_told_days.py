"""The next sentence's telling dates the act before it (coder/told_days.py)."""


def _dated(events):
    return [(e.sentence_index, e.cameo, e.date, e.date_precision) for e in events]


def test_the_doer_s_announcement_yesterday_dates_the_lede_s_act(code_bundled):
    text = ("QUITO, May 6 - Maria Lopez, governor of Ecuador's central bank, has tendered her resignation, a bank "
            "official said.\n\n"
            "The official said Lopez disclosed her plans late yesterday at a board meeting.")
    [event] = code_bundled(text, date="1988-05-06")
    assert _dated([event]) == [(0, "0831", "1988-05-05", "day")]


def test_talks_announced_yesterday_were_announced_then(code_bundled):
    text = ("Peruvian and Chilean negotiators will hold urgent meetings next week on their fishing dispute.\n\n"
            "Officials said the talks, which were announced yesterday by Peru's trade minister, would be held in Lima.")
    events = code_bundled(text, date="1988-05-06")
    assert {(e.source.code, e.target.code, e.date, e.date_precision) for e in events if e.sentence_index == 0} == {
        ("PER", "CHL", "1988-05-05", "day"), ("CHL", "PER", "1988-05-05", "day")}


def test_another_s_telling_or_an_old_one_leaves_the_report_s_day(code_bundled):
    lede = ("QUITO, May 6 - Maria Lopez, governor of Ecuador's central bank, has tendered her resignation, a bank "
            "official said.\n\n")
    for then in ("The finance minister, Jorge Cadena, said late yesterday that the bank would stay independent.",
                 "Lopez announced a new exchange rate policy three weeks ago."):
        [event] = [e for e in code_bundled(lede + then, date="1988-05-06") if e.cameo == "0831"]
        assert (event.date, event.date_precision) == ("1988-05-06", "published"), then


def test_a_state_s_act_takes_the_day_its_quoted_teller_spoke(code_bundled):
    text = ("LA PAZ, May 6 - Peruvian aid to Bolivia will double next year, Peruvian President Alan Garcia said.\n\n"
            "Garcia, speaking to the Bolivian Congress yesterday, said both states must fight poverty together.")
    [event] = [e for e in code_bundled(text, date="1988-05-06") if e.sentence_index == 0]
    assert (event.source.code, event.target.code, event.date) == ("PER", "BOL", "1988-05-05")
    # a named man's act that another reports keeps its own day, whenever the reporter spoke
    text = ("LIMA, May 6 - Defence Minister Luis Ortega said he was surprised by the criticism of Peru voiced by "
            "Chilean Foreign Minister Jaime Soto.\n\n"
            "Ortega told reporters yesterday that the two ministers would meet soon.")
    [event] = [e for e in code_bundled(text, date="1988-05-06") if e.sentence_index == 0]
    assert (event.source.code, event.target.code, event.date) == ("CHL", "PER", "1988-05-06")


def test_a_deal_signed_again_in_the_next_sentence_dates_the_lede(code_bundled):
    text = "Peru has signed an agreement with Bolivia to buy natural gas, officials said. The agreement was signed " \
           "on March 11."
    assert [(e.cameo, e.date) for e in code_bundled(text, date="1987-03-16")] == [("057", "1987-03-11")]
    text = "France has signed an accord with Chad on arms. Chad also signed a deal with Libya on March 11."
    assert [(e.sentence_index, e.date_precision) for e in code_bundled(text, date="1987-03-16")] == [
        (0, "published"), (1, "day")]


def test_an_attack_launched_again_in_the_next_sentence_dates_the_lede(code_bundled):
    text = "Iraq said it had launched a new offensive against Iran in the south. The assault was launched last " \
           "night, the army said."
    assert [(e.cameo, e.date) for e in code_bundled(text, date="1987-03-04")] == [("190", "1987-03-03")]


def test_a_request_made_this_week_dates_the_lede_s_request_to_the_week(code_bundled):
    text = ("SEOUL, May 8 - The Trade Ministry has asked South Korean steel makers to curb their exports to "
            "Europe, industry sources said.\n\n"
            "They said the ministry had called the firms earlier this week to make the request.")
    [event] = code_bundled(text, date="1992-05-08")
    assert (event.cameo, event.date, event.date_precision) == ("020", "1992-05-04", "week")


def test_one_of_the_body_s_own_telling_dates_its_unnamed_executive_s_act(code_bundled):
    text = ("NEW YORK, June 11 - A senior official of the United Nations Children's Fund has tendered his resignation, "
            "diplomats said.\n\n"
            "Pierre Martin, a Belgian who runs UNICEF's vaccine department, told colleagues on Tuesday that he "
            "would leave in July.")
    [event] = [e for e in code_bundled(text, date="1992-06-11") if e.cameo == "0831"]
    assert (event.date, event.date_precision) == ("1992-06-09", "day")


def test_the_rest_of_what_a_teller_said_yesterday_is_dated_yesterday(code_bundled):
    text = ("TOKYO, March 11 - Japan rejects the new U.S. tariffs on its chips, a senior trade official told "
            "reporters yesterday.\n\n"
            "The trade official, whose name was withheld, said Japan also rejected a U.S. plan to curb imports of "
            "Japanese cars.")
    later = [e for e in code_bundled(text, date="1987-03-11") if e.sentence_index == 1]
    assert later and {(e.date, e.date_precision) for e in later} == {("1987-03-10", "day")}
    other = text.replace("The trade official, whose name was withheld, said", "A Honda spokesman said")
    assert {e.date for e in code_bundled(other, date="1987-03-11") if e.sentence_index == 1} == {"1987-03-11"}


def test_an_agreement_told_on_the_report_s_day_takes_the_week_it_was_reached(code_bundled):
    # the spokesman's day (the report's) gives way to the day the next sentence says the agreement was reached
    text = ("LIMA, Oct 20 - Peru and Bolivia have agreed in principle to hold talks on a gas pipeline, a government "
            "spokesman said Tuesday.\n\nHe told the press the agreement was reached last week, when Bolivia's "
            "energy minister was in Lima.")
    events = [e for e in code_bundled(text, date="1987-10-20") if e.sentence_index == 0]
    assert events and {(e.date, e.date_precision) for e in events} == {("1987-10-12", "week")}


def test_a_day_inside_what_the_teller_said_is_not_the_day_he_said_it(code_bundled):
    # "last week" dates the flood the minister speaks of, not his speaking, nor the loan told before
    text = ("QUITO, May 14 - Colombia will lend Ecuador 20,000 tonnes of wheat over the coming months, Trade "
            "Minister Ramiro Vela said today.\n\nVela said the loan would make up for the harvest lost in floods "
            "that struck the coast last week.")
    events = [e for e in code_bundled(text, date="1987-05-14") if e.cameo.startswith("03")]
    assert events and {e.date for e in events} == {"1987-05-14"}


def test_an_army_s_act_told_again_with_its_day_takes_that_day(code_bundled):
    # the lede's "Nigerien troops" and the body's "government troops" are one army, and one battle
    text = ("ROME, May 4 - Nigerien troops killed 120 Malians in fighting near the border town of Ayorou, a "
            "government statement said.\n\nThe statement, released by Niger's Rome embassy, said government "
            "troops had routed a Malian column yesterday some 30 km from the town.")
    events = code_bundled(text, date="1987-05-04")
    assert [(e.source.cameo, e.cameo, e.date) for e in events] == [("NERMIL", "190", "1987-05-03")]


def test_an_agreement_or_offer_made_last_week_dates_the_lede_s_act(code_bundled):
    text = ("TUNIS, May 9 - Tunisian and Italian olive oil exporters have agreed to hold a floor price for the "
            "coming season, the TAP news agency said.\n\n"
            "The agreement was made at a meeting in Sfax last week between the two exporters' unions.")
    events = code_bundled(text, date="1988-05-09")
    assert events and {(e.sentence_index, e.date, e.date_precision) for e in events} == {(0, "1988-05-02", "week")}
    text = ("ROME, May 9 - Italy has offered minesweepers to escort Maltese ferries through the strait, navy "
            "officials said.\n\n"
            "The officials told reporters yesterday that the offer was made last week by the navy chief.")
    [event] = code_bundled(text, date="1988-05-09")
    assert (event.source.code, event.target.code, event.date_precision) == ("ITA", "MLT", "week")


def test_the_body_s_officer_making_the_pledge_yesterday_dates_the_body_s_pledge(code_bundled):
    text = ("LUSAKA, May 9 - The World Bank has pledged to give Zambia more aid, the official news agency said.\n\n"
            "It said World Bank Vice President Anne Roche made the pledge during talks in Paris yesterday.")
    [event] = [e for e in code_bundled(text, date="1990-05-09") if e.sentence_index == 0]
    assert (event.source.code, event.target.code, event.date) == ("WB", "ZMB", "1990-05-08")


def test_a_bid_submitted_on_a_day_dates_the_headline_s_bid(code_bundled):
    text = ("CHICAGO, May 9 - Hallam Corp said in a filing that it made an offer to acquire Corbett Mills Inc.\n\n"
            "Hallam Partners Inc, a Hallam Corp unit, said it submitted the bid on May 8 to the board.")
    events = code_bundled(text, date="1990-05-09", title="HALLAM CORP MAKES BID FOR CORBETT MILLS INC")
    assert [(e.cameo, e.date) for e in events] == [("0311", "1990-05-08")]


def test_someone_the_article_said_spoke_on_a_day_said_the_rest_then(code_bundled):
    # 1988-02-09 was a Tuesday
    text = ("LONDON, Feb 9 - Sterling rose against the mark in early trading. Dealers said the rise followed "
            "remarks on Sunday by Chancellor of the Exchequer Nigel Lawson. Demand for gilts was steady. Lawson "
            "said the pound was not overvalued but he sharply criticised French moves to cut interest rates.")
    crit = [e for e in code_bundled(text, date="1988-02-09") if e.cameo == "111"]
    assert [(e.date, e.date_precision) for e in crit] == [("1988-02-07", "day")]
    # one who spoke on the report's day before saying more did not say it on the earlier day
    text = text.replace("Demand for gilts was steady.", "Lawson said today that the market was calm.")
    crit = [e for e in code_bundled(text, date="1988-02-09") if e.cameo == "111"]
    assert [(e.date, e.date_precision) for e in crit] == [("1988-02-09", "published")]


def test_a_joined_perfect_told_since_is_after_the_first_verb_s_day(code_bundled):
    text = "IMF managing director Ana Ruiz arrived in Peru on Saturday and has since met 12 Peruvian cabinet ministers."
    assert [(e.cameo, e.date, e.date_precision) for e in code_bundled(text, date="1987-03-24")] == [
        ("042", "1987-03-21", "day"), ("040", "1987-03-24", "published")]
