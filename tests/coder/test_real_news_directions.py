"""Who acts on whom when the parse says otherwise: participles that describe a noun, modifiers of modifiers,
deals signed by two sides. Sentences written for these tests."""

from detente.coder.names import state_in_firm_name
from tests.coder.test_detect import dyads, triples


def test_troops_described_as_retreating_retreat_from_their_pursuers(code_bundled):
    got = triples(code_bundled("Polish forces were pursuing retreating Lithuanian troops near the border.",
                                date="2018-08-11"))
    assert ("LTU", "POL", "0874") in got
    assert ("POL", "LTU", "0874") not in got


def test_a_loan_signed_is_a_deal_between_its_parties(code_bundled):
    got = triples(code_bundled("Kenya and the World Bank have signed a 200 mln dlr loan to help Nairobi rebuild its "
                               "roads, officials said.", date="2018-08-11"))
    assert sorted(got) == [("KEN", "WB", "057"), ("WB", "KEN", "057")]
    # a loan granted is still aid
    assert [e.cameo[:2] for e in code_bundled("The World Bank approved a 200 mln dlr loan to Kenya.",
                                              date="2018-08-11")] == ["07"]


def test_critics_are_a_state_s_only_by_their_own_phrase(code_bundled):
    assert code_bundled("Critics had accused the Lebanese premier of using Lebanon's oil fund for his own ends.",
                        date="2005-02-14") == []
    [event] = code_bundled("Lebanese critics accused the government of waste.", date="2005-02-14")
    assert (event.source.cameo, event.cameo) == ("LBNOPP", "112")


def test_a_name_joined_to_an_agent_but_heading_the_next_clause_is_not_a_co_agent(code_bundled):
    got = triples(code_bundled("The deals are now being investigated by the Kenyan police and the IMF has asked that "
                               "the results be made public.", date="2005-01-10"))
    assert [s for s, _, code in got if code == "090"] == ["KEN"]
    got = triples(code_bundled("The payments are being investigated by the Kenyan police and the IMF.",
                               date="2005-01-10"))
    assert sorted(s for s, _, code in got if code == "090") == ["IMF", "KEN"]


def test_a_namesake_of_another_state_is_not_the_minister_the_phrase_names(code_bundled):
    # the lexicon knows El Salvador's Carlos Humberto Romero; this Carlos Romero is Spain's
    events = code_bundled("BRUSSELS, Oct 21 - Spanish agriculture minister Carlos Romero asked the EC for help with "
                          "maize imports on Monday.\n\nRomero also criticised France over its farm subsidies.",
                          date="1987-10-21")
    assert [(e.source.cameo, e.cameo) for e in events] == [("ESPGOV", "020"), ("ESPGOV", "111")]


def test_one_sentence_gives_one_event_per_pair_and_code_sectors_aside(code_bundled):
    events = code_bundled("Poland's president will visit Lithuania next week and will hold talks with the Lithuanian "
                          "president.", date="1987-03-23")
    assert [(e.source.code, e.target.code, e.cameo) for e in events] == [("POL", "LTU", "036")]


def test_her_in_a_story_s_first_sentence_is_the_woman_it_has_just_named(code_bundled):
    text = "LONDON, April 6 - Surveys showing more backing for Prime Minister Margaret Thatcher after her trip to " \
           "Moscow have made an early election more likely, pundits said."
    assert triples(code_bundled(text, date="1987-04-05")) == [("GBR", "RUS", "042")]


def test_a_firm_s_legal_form_gives_its_state(code_bundled):
    [event] = code_bundled("MONTREAL, March 3 - Acme Aluminium Ltd said it joined with Carrozzeria Zanotti S.P.A. to "
                           "show its car frames at the Turin fair.", date="1987-03-03")
    assert (event.source.cameo, event.target.cameo) == ("CANBUS", "ITABUS")
    assert state_in_firm_name(["Neste", "Oy"]) == "FIN"
    assert state_in_firm_name(["Volvo", "AB"]) == "SWE"
    assert state_in_firm_name(["Siemens", "AG"]) is None  # German, Swiss or Austrian: the form does not say
    assert state_in_firm_name(["the", "spa"]) is None


def test_a_bare_president_in_what_a_firm_said_is_the_firm_s(code_bundled):
    # the firm's president leaving is no resignation of state; the United States' president would be coded
    assert code_bundled("DALLAS, March 5 - Acme Freight Lines Inc said that president and director Robert Hale "
                        "resigned for personal reasons.", date="1987-03-05") == []


def test_a_town_s_old_city_is_no_place_of_that_name_elsewhere(code_bundled):
    got = triples(code_bundled("Syrian troops advanced near Deir ez-Zor on Friday. In Raqqa, where Kurdish forces "
                               "backed by the US have seized the Old City, resistance is fading.", date="2017-09-08"))
    assert [t for t in got if t[1] == "PSE"] == []


def test_a_state_named_for_one_firm_is_not_another_s(code_bundled):
    events = code_bundled("Beer giant Inbev has agreed to buy a Moscow investor's stake in Sun Interbrew, Russia's "
                          "third-largest brewer, for 250m euros.")
    assert [e.source.cameo for e in events if e.source.cameo == "RUSBUS" and e.source.text.endswith("Inbev")] == []


def test_north_american_is_a_region_not_the_united_states(code_bundled):
    got = triples(code_bundled("Peru's state oil firm sought a credit line from North American banks.",
                               date="1987-03-13"))
    assert [t for t in got if t[1] == "USA"] == []


def test_a_deal_agreed_with_a_firm_is_with_that_firm_not_the_one_bought(code_bundled):
    for text in ("Fiat SpA said it agreed in principle with French state-owned Peugeot to acquire Alfa Romeo SpA.",
                 "Fiat SpA said it agreed with French carmaker Peugeot to acquire Alfa Romeo SpA."):
        assert [(e.target.text, e.cameo) for e in code_bundled(text, date="1987-03-09")] == [
            (text.split(" with ")[1].split(" to ")[0], "030" if "in principle" in text else "0311")], text
    # (one event: not also a deal with the firm bought; agreed "in principle", it is promised, not yet concluded)


def test_a_sale_agreed_with_a_buyer_is_a_deal_made(code_bundled):
    told = code_bundled("The Italian company also said it had agreed with Air India the sale of six airliners.",
                        date="1987-03-28")
    assert [(e.target.cameo, e.cameo) for e in told] == [("INDBUS", "057")]


def test_a_summit_in_one_side_s_country_is_hosted_and_visited(code_bundled):
    events = code_bundled("Putin and Erdogan held a summit in Ankara on Monday.", date="2018-09-19")
    assert sorted((e.source.country, e.target.country, e.cameo) for e in events) == [
        ("RUS", "TUR", "042"), ("TUR", "RUS", "043")]
    events = code_bundled("Putin and Erdogan held a summit in Geneva on Monday.", date="2018-09-19")
    assert {e.cameo for e in events} == {"044"}


def test_one_who_condemns_an_act_condemns_its_doer_not_its_victim(code_bundled):
    assert code_bundled("Britain condemned the invasion of Kuwait on Friday.", date="1990-08-03") == []
    assert [(e.source.cameo, e.target.cameo) for e in code_bundled(
        "Britain condemned the Iraqi invasion of Kuwait on Friday.", date="1990-08-03")] == [("GBR", "IRQ")]


def test_one_who_agrees_to_buy_from_a_seller_deals_with_the_seller(code_bundled):
    text = "Fiat SpA said it agreed to buy Hydraulic Units Inc of Canada from General Motors Corp for 42 mln dlrs."
    assert [(e.source.cameo, e.target.cameo, e.cameo) for e in code_bundled(text, date="1987-06-16")] == [
        ("ITABUS", "USABUS", "0311")]


def test_where_one_fights_is_not_whom(code_bundled):
    assert code_bundled("Turkish troops are fighting in Syria.", date="2018-03-19") == []
    assert [e.target.cameo for e in code_bundled("Turkish troops fought Kurdish militias in Syria on Monday.",
                                                 date="2018-03-19")] == ["SYRREB"]


def test_respectively_pairs_each_agent_with_its_own_target(code_bundled):
    text = "Kenya and Uganda accused Somalia and Sudan respectively of harbouring rebels."
    assert sorted((e.source.cameo, e.target.cameo) for e in code_bundled(text, date="2018-09-04")) == [
        ("KEN", "SOM"), ("UGA", "SDN")]
    text = "Britain and France expelled Russian and Iranian diplomats respectively."
    assert sorted((e.source.cameo, e.target.cameo) for e in code_bundled(text, date="2018-09-04")) == [
        ("FRA", "IRNGOV"), ("GBR", "RUSGOV")]
    # the relative clause hangs on the second name: still no agent is paired with the other's target
    text = "Russia and Turkey, which have backed the Syrian government and the rebels respectively, met on Friday."
    assert [e for e in code_bundled(text, date="2018-09-04") if e.cameo == "050"
            and (e.source.cameo, e.target.cameo) not in (("RUS", "SYRGOV"), ("TUR", "SYRREB"))] == []


def test_an_office_holder_doing_in_a_participle_is_the_one_who_does(code_bundled):
    # "the Kenyan president yielding to ...": the president yields, not his state bare; the demands are the leader's
    text = "Reports show the Kenyan president yielding to the Somali leader's demands."
    assert [(e.source.cameo, e.target.cameo, e.cameo) for e in code_bundled(text)] == [("KENGOV", "SOMGOV", "080")]


def test_what_is_confiscated_from_someone_is_taken_from_them(code_bundled):
    events = code_bundled("Kenyan police confiscated weapons from Somali militants.", date="2020-01-01")
    assert [(e.source.cameo, e.target.cameo, e.cameo) for e in events] == [("KENCOP", "SOMINS", "1711")]


def test_a_ban_on_a_practice_coerces_no_one_named(code_bundled):
    # 172 at home has a target only when people are what it acts on ("jailed 52 members of a banned group")
    [event] = code_bundled("Kenya's president has banned the haulage of coffee by road to save costs.",
                           date="1987-03-23")
    assert (event.cameo, event.target) == ("172", None)
    [event] = code_bundled("Kenyan police jailed 52 members of a banned sect.", date="1987-03-23")
    assert (event.cameo, event.target.cameo) == ("173", "KEN")


def test_a_gerund_joined_to_a_passive_names_who_did_it_not_who_suffered(code_bundled):
    events = code_bundled("More than forty villagers have been killed in air raids and shelling by troops loyal "
                          "to Sudan's president in Darfur.", date="2020-01-15")
    assert [(e.source.cameo, e.target.cameo) for e in events] == [("SDNMIL", "SDNCVL")]


def test_ground_held_by_someone_is_theirs_when_it_is_hit(code_bundled):
    events = code_bundled("The Kurdish-led Syrian Democratic Forces are besieging the last pocket of territory held "
                          "by Isis in eastern Syria.", date="2019-03-01")
    assert [e.target.cameo for e in events] == ["IMGMOSISI"]
    events = code_bundled("Turkish forces attacked towns controlled by Kurdish militias in northern Syria on Monday.",
                          date="2019-03-01")
    assert [(e.source.cameo, e.target.cameo) for e in events] == [("TURMIL", "SYRREB")]


def test_divisions_and_positions_under_attack_are_the_state_s_forces(code_bundled):
    events = code_bundled("BAGHDAD, April 7 - Iranian forces launched an overnight offensive against the positions "
                          "of two Iraqi divisions.", date="1987-04-07")
    assert [e.target.cameo for e in events] == ["IRQMIL"]
    events = code_bundled("Iranian jets bombed Iraqi towns on Monday.", date="1987-04-07")
    assert [e.target.cameo for e in events] == ["IRQCVL"]


def test_the_ones_who_take_ground_are_not_the_ones_it_is_taken_from(code_bundled):
    text = "Thousands of villagers fled from towns taken by Russian and Iranian forces in the war."
    assert code_bundled(text, date="2018-09-12") == []  # not Iran's forces taking ground from Russia's


def test_co_agents_meeting_with_others_do_not_meet_each_other(code_bundled):
    text = "Chilean and Peruvian officials met with bankers for the lending group on Monday."
    assert code_bundled(text) == []  # the bankers are no state's; the officials did not meet each other
    assert sorted(triples(code_bundled("Chilean and Peruvian officials met on Monday."))) == [
        ("CHL", "PER", "040"), ("PER", "CHL", "040")]


def test_the_weapon_fired_is_not_the_one_hit(code_bundled):
    assert code_bundled("Iran test-fired a Chinese-made missile at a hulk in the Gulf on Monday.",
                        date="1987-06-02") == []
    assert dyads(code_bundled("Iranian jets fired missiles at a Kuwaiti tanker on Monday.", date="1987-06-02")) == [
        ("IRNMIL", "KWTBUS", "195")]


def test_one_asked_for_something_is_the_target_not_what_is_asked_for(code_bundled):
    # and "federal" regulators are a federation's (Canada's), not Sweden's
    for text in ("OTTAWA, June 1 - The Toronto Stock Exchange has asked federal regulators for authority to list "
                 "futures on Swedish government debt.",
                 "OTTAWA, June 1 - The Toronto Stock Exchange asked federal regulators for the right to offer options "
                 "on Swedish government bonds."):
        assert [(e.source.cameo, e.target.cameo, e.target.text) for e in code_bundled(text, date="1987-06-01")] == [
            ("CANBUS", "CANGOV", "federal regulators")], text



def test_talks_between_two_sides_have_no_by_phrase_source(nlp):
    """The parser at times hangs a "by" phrase deep in the topic on "Talks" itself ("talks between A and B on a
    debt run up by C"): C made the debt, A and B talk. The attachment is set by hand, as the parser gave it."""
    from detente.coder.detect.rules import PatternDetector
    from detente.coder.sentence import sentences_of
    from detente.lexicon import load_lexicon

    doc = nlp("Talks between Peru and Chile on a loan by Bolivia made progress.")
    by = next(t for t in doc if t.lower_ == "by")
    by.head = doc[0]
    [talks] = [c for c in PatternDetector().detect(sentences_of(doc)[0], load_lexicon(())) if c.trigger == 0]
    assert talks.code == "040" and talks.sources == ()
    assert [doc[a.head].text for a in talks.targets if a.slot == "between"] == ["Peru"]  # with its conjuncts


def test_whose_objections_are_voiced_is_not_whom_they_are_aimed_at(code_bundled):
    assert code_bundled("The Danish minister reiterated Danish objections to the proposed fishing quotas.",
                        date="1987-03-16") == []
    assert dyads(code_bundled("The Danish minister voiced Danish concern over the Norwegian fishing quotas.",
                              date="1987-03-16")) == [("DNKGOV", "NOR", "110")]


def test_a_protest_held_to_protest_is_one_and_a_strike_aimed_at_pressing_x_is_against_x(code_bundled):
    got = code_bundled("Six thousand Belgian miners began a sit-in at the pit to protest the closure of a shaft.",
                       date="1987-06-19")
    assert [e.cameo for e in got] == ["141"]
    text = "The strike, called by leftist unions, was aimed at pressing the Belgian government to drop its tax plan."
    assert dyads(code_bundled(text, date="1987-06-19")) == [("BELLAB", "BELGOV", "143")]


def test_those_who_resign_together_each_resign_aimed_at_no_one(code_bundled):
    text = "The Peruvian finance minister and the Bolivian trade minister resigned over the bribery scandal."
    assert {(e.source.code, e.target, e.cameo) for e in code_bundled(text, date="1990-05-09")} == {
        ("PER", None, "0831"), ("BOL", None, "0831")}


def test_those_fought_beside_against_an_enemy_are_allies_not_targets(code_bundled):
    text = "Kurdish militias fought with US forces against Islamic State in Raqqa."
    assert not [e for e in code_bundled(text, date="2018-09-07") if e.target and e.target.code == "USA"]


def test_a_subject_clashing_acts_whatever_form_the_tagger_gives_the_verb(code_bundled):
    # the tagger reads "clashed" here as a past participle, which would make the militias the ones clashed
    text = "Kurdish militias clashed with Turkish troops near Afrin."
    assert [(e.source.code, e.target.code, e.cameo) for e in code_bundled(text, date="2018-09-07")] == [
        ("SYR", "TUR", "190")]


def test_who_an_appeal_would_have_given_something_is_not_whom_it_asks(code_bundled):
    text = "The Scottish Refugee Council urged that the two Britons should receive housing and legal help."
    assert not [e for e in code_bundled(text, date="2005-01-26") if e.target is not None]
    [event] = code_bundled("The Scottish Refugee Council urged that Britain should house the families.",
                           date="2005-01-26")
    assert (event.target.code, event.cameo[:2]) == ("GBR", "02")


def test_a_state_s_own_lobby_presses_its_own_government(code_bundled):
    text = ("To ease trade friction with the U.S., Japan's leading business federation has urged the government to "
            "scrap its remaining curbs on beef imports.")
    assert [(e.source.cameo, e.target.cameo) for e in code_bundled(text, date="1987-04-08")] == [("JPNBUS", "JPNGOV")]
    text = "U.S. bankers urged the government to open Japan's bond market."  # whose government: unsaid
    assert [e.target.cameo for e in code_bundled(text, date="1987-04-08")] == []


def test_co_agents_giving_support_to_something_do_not_support_each_other(code_bundled):
    text = "Only the Danish and Irish ministers gave general support to the Commission line."
    assert [(e.source.cameo, e.target.cameo) for e in code_bundled(text, date="1987-03-18")
            if {e.source.cameo, e.target.cameo} == {"DNKGOV", "IRLGOV"}] == []


def test_an_envoy_told_only_as_expelled_was_expelled_by_the_state_that_hosted_him(code_bundled):
    text = "Two Dutch diplomats were expelled from Caracas on Monday."
    assert [(e.source.cameo, e.target.cameo, e.cameo) for e in code_bundled(text, date="2010-03-05")] == [
        ("VEN", "NLDGOV", "161")]
    text = "Peru's ambassador to Chile was expelled on Monday."
    assert [(e.source.cameo, e.target.cameo) for e in code_bundled(text, date="2010-03-05")] == [("CHL", "PERGOV")]


def test_one_told_only_as_arrested_in_a_state_was_arrested_by_that_state(code_bundled):
    text = "A Danish reporter was arrested in Caracas on Monday."
    assert [(e.source.cameo, e.target.cameo, e.cameo) for e in code_bundled(text, date="2010-03-05")] == [
        ("VEN", "DNKMED", "173")]
    text = "A Danish reporter was arrested by Colombian police in Caracas on Monday."  # the agent named: theirs
    assert [e.source.cameo for e in code_bundled(text, date="2010-03-05")] == ["COLCOP"]


def test_fighters_recruited_in_a_state_are_not_raised_against_it(code_bundled):
    text = "Officials in Jerusalem say Tehran has recruited thousands of Afghan fighters in Syria."
    assert [(e.source.cameo, e.target and e.target.cameo) for e in code_bundled(text, date="2018-05-09")
            if e.cameo == "154"] == []


def test_a_place_in_a_clause_told_of_the_object_is_not_its_state(code_bundled):
    text = "Denmark said it would prosecute Danish Isis members who come back from camps in Syria."
    assert [e for e in code_bundled(text, date="2019-01-31") if e.target and e.target.country == "SYR"] == []
    text = "Turkey shelled villages in Syria that house Kurdish fighters."
    assert [e.target.country for e in code_bundled(text, date="2019-01-31")] == ["SYR"]


def test_the_subject_of_a_clause_whose_as_the_parser_read_as_a_preposition(code_bundled):
    # the parser makes "as" a preposition with the adviser its object, and "visited" a clause with no subject
    text = "A fresh row between the two countries broke out as the US defence secretary, Tom Hale, visited " \
           "Ankara on Tuesday."
    assert [(e.source.country, e.target.country, e.cameo) for e in code_bundled(text, date="2019-01-08")] == [
        ("USA", "TUR", "042")]


def test_the_subject_of_a_told_clause_the_parser_made_the_object_of_said(code_bundled):
    # the parser reads "said the superintendent" as a verb and its object, leaving "has filed" with no subject
    text = "NEW YORK, March 9 - Hartwell and Bragg Inc said the superintendent of insurance of Ohio, as " \
           "liquidator of Zenith Indemnity Co, has brought a lawsuit against the company."
    assert [(e.source.country, e.source.sector, e.cameo) for e in code_bundled(text, date="1987-03-09")] == [
        ("USA", "GOV", "115")]


def test_an_inquiry_into_a_firm_s_foreign_sales_is_into_the_firm(code_bundled):
    text = "WASHINGTON, March 12 - The Commerce Department opened an inquiry into Acme Corp's Japanese sales."
    assert [(e.target.country, e.target.sector) for e in code_bundled(text, date="1987-03-12")] == [("USA", "BUS")]
