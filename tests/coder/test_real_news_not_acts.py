"""What real news tells that is no act on a day: standing positions, causes, an event's own terms told again.
Sentences written for these tests."""

from tests.coder.test_detect import dyads, triples


def test_a_standing_position_told_in_the_present_passive_is_no_act(code_bundled):
    assert code_bundled("The Turkish operation, aimed at Kurdish militias that Ankara calls terrorists, is opposed "
                        "by Damascus.", date="2018-02-25") == []
    assert triples(code_bundled("The Turkish operation was opposed by Damascus on Monday.", date="2018-02-25")) == [
        ("SYR", "TUR", "110")]


def test_a_quality_of_an_actor_that_moves_another_is_a_cause_not_an_appeal(code_bundled):
    assert code_bundled("The unity of Opec encouraged Kuwait to store oil in tankers rather than cut prices, "
                        "traders said.", date="1987-04-06") == []
    assert triples(code_bundled("Opec encouraged Kuwait to store oil in tankers.", date="1987-04-06"))[0][:2] == (
        "OPEC", "KWT")


def test_a_firm_s_sale_approved_by_a_regulator_is_no_arms_sale(code_bundled):
    text = "Acme Corp said the sale of its Zenith Insurance subsidiary to Japan's Nomura was approved by the Texas " \
           "Insurance Department."
    assert [e.cameo for e in code_bundled(text, date="1987-04-03") if e.cameo == "062"] == []
    assert triples(code_bundled("The US State Department approved the sale of 66 F-16 jets to Taiwan.",
                                date="2019-08-20")) == [("USA", "TWN", "062")]


def test_a_right_to_buy_shares_is_no_civil_right(code_bundled):
    assert code_bundled("PHILADELPHIA, March 5 - Acme Inc said it will offer Acme stockholders the right to purchase "
                        "one Zenith Corp share for every 20 Acme shares held.", date="1987-03-05") == []
    assert triples(code_bundled("Poland offered Lithuanians the right to vote.", date="1987-03-05")) == [
        ("POL", "LTU", "0343")]


def test_a_state_reforming_its_own_laws_yields_to_no_one(code_bundled):
    text = "Chile approves pension reform\n\nA sweeping reform of Chile's pension rules was passed by the nation's " \
           "Congress on Tuesday, in a step meant to cut costs."
    assert code_bundled(text, date="2005-01-01") == []


def test_refusing_a_hostile_act_is_no_rejection_of_its_target(code_bundled):
    got = triples(code_bundled("The U.S. Senate voted to slash aid to Panama, but sided with the president by "
                               "refusing to cut aid to Mexico.", date="1987-04-03"))
    assert ("USA", "PAN", "162") in got
    assert [t for t in got if t[1] == "MEX"] == []
    assert triples(code_bundled("Chile refused to release the Peruvian fishermen.", date="1987-04-03"))[0][2] == "124"


def test_what_onlookers_say_a_state_will_do_is_their_guess(code_bundled):
    for speaker in ("Analysts", "Grain traders"):
        assert code_bundled(f"{speaker} said Japan will import more wheat from the United States next year.",
                            date="1987-03-05") == [], speaker
    assert triples(code_bundled("Japanese officials said Japan will import more wheat from the United States next "
                                "year.", date="1987-03-05")) == [("JPN", "USA", "031")]


def test_money_paid_to_lenders_is_no_aid(code_bundled):
    assert code_bundled("The minister said Peru had paid 4 billion dollars to the World Bank and commercial banks "
                        "over four years.", date="1987-03-02") == []
    assert triples(code_bundled("Japan gave 40 mln dollars to Peru.", date="1987-03-02")) == [("JPN", "PER", "071")]


def test_what_is_feared_in_case_it_happens_has_not_happened(code_bundled):
    assert code_bundled("Villagers hid their phones, in case Iraqi troops raided the houses and punished them.",
                        date="2017-10-19") == []
    assert code_bundled("Lima could extend the deadline in the event that Chilean troops shell Bolivian posts.",
                        date="2017-10-19") == []


def test_a_firm_agreeing_to_take_control_of_another_threatens_no_seizure(code_bundled):
    events = code_bundled("LONDON, June 19 - Hartley Stores Plc has agreed to take control of the U.S. Marlow Markets "
                          "Inc through a tender offer.", date="1987-06-19")
    assert [e.cameo for e in events if e.cameo[:2] in ("13", "19")] == []


def test_a_visit_under_consideration_is_weighed_not_made(code_bundled):
    assert code_bundled("A senior Polish official said a visit to Vilnius by the Polish foreign minister was under "
                        "consideration.", date="1987-03-02") == []
    assert triples(code_bundled("A senior Polish official said a visit to Vilnius by the Polish foreign minister was "
                                "a success.", date="1987-03-02")) == [("POL", "LTU", "042")]


def test_what_someone_is_pessimistic_or_doubtful_will_happen_is_a_guess(code_bundled):
    for frame in ("he was pessimistic that", "he doubted", "he was hopeful that"):
        assert code_bundled(f"A Treasury official said {frame} Congress will approve next year's funding for the World "
                            "Bank.", date="1987-03-19") == [], frame


def test_dissent_is_no_protest_event(code_bundled):
    assert code_bundled("The harsh intolerance of dissent and cruelty by Isis against the villages it held cost it "
                        "backing.", date="2017-10-21") == []


def test_ships_moved_to_another_flag_are_not_given_back(code_bundled):
    assert code_bundled("Kuwait plans to transfer six of its tankers to American registration, an aide said.",
                        date="1987-04-07") == []
    assert triples(code_bundled("Kuwait returned the seized tankers to Iraq.", date="1987-04-07")) == [
        ("KWT", "IRQ", "0842")]


def test_storms_kill_with_no_one_behind_them(code_bundled):
    assert code_bundled("TAIPEI, May 3 - Gales and heavy rain in southern China killed five people and wrecked "
                        "rice fields, a Taipei paper said.", date="1987-05-03") == []


def test_goods_that_arrive_pay_no_visit(code_bundled):
    assert code_bundled("The 30,000 tonnes of Canadian wheat will arrive in Peru next month, the officials said.",
                        date="1987-05-03") == []


def test_pressing_that_has_gone_on_for_years_is_a_state_not_an_act(code_bundled):
    assert code_bundled("Chile had been pressing Peru to hand over the fugitive since 2015.", date="2018-07-19") == []
    assert triples(code_bundled("Chile pressed Peru to hand over the fugitive.", date="2018-07-19"))[0][:2] == (
        "CHL", "PER")


def test_a_market_s_moves_are_no_one_s_acts(code_bundled):
    for text in ("Ford Motor Co staged a strong rally on Wall Street today.",
                 "Cheap Chilean copper imports have injured Peruvian miners, the tariff board said.",
                 "Soviet wheat purchases are displacing Canadian purchases in the region, dealers said.",
                 "A panel found on Friday that Chilean copper shipments were injuring the Peruvian industry.",
                 "A panel found on Friday that Chile was injuring the Peruvian copper industry."):
        assert [e.cameo for e in code_bundled(text, date="1987-03-10") if e.cameo[:2] in ("14", "19", "20")] == [], text
    assert triples(code_bundled("Polish farmers staged a rally in Warsaw.", date="1987-03-10"))[0][2] == "141"


def test_attacking_someone_s_forecasts_is_criticism(code_bundled):
    assert [e.cameo for e in code_bundled("Japan has also attacked IMF forecasts of its exports.",
                                          date="1987-03-10")] == ["111"]


def test_talks_ended_after_a_session_were_held_not_broken_off(code_bundled):
    assert code_bundled("Polish and Lithuanian ministers ended a four-hour session of talks in Vilnius.",
                        date="1987-03-10") == []
    assert triples(code_bundled("The United States ended talks with Cuba.", date="1987-03-10")) == [
        ("USA", "CUB", "164")]


def test_a_kind_of_clash_and_what_it_would_risk_is_no_clash(code_bundled):
    assert code_bundled("A clash between Armenian and Azerbaijani troops risks a wider war in the Caucasus.",
                        date="2020-10-02") == []
    told = code_bundled("A fresh clash between Armenian and Azerbaijani troops on Monday risked dragging Russia into "
                        "the conflict.", date="2020-10-02")
    assert {e.cameo for e in told} == {"193"}


def test_what_is_striven_for_or_expected_is_not_had(code_bundled):
    assert code_bundled("The UN chief appealed for calm while he pursued efforts to obtain a truce between Peru and "
                        "Ecuador.", date="1987-03-24") == []  # (no appeal to anyone named either)
    assert code_bundled("The vote raised the possibility that Peruvian President Alan Garcia might be forced out "
                        "before July, when he is supposed to step down.", date="1987-03-24") == []
    # plans given up were not carried out, and refused no one anything
    for text in ("Peruvian President Alan Garcia gave up plans to visit Chile in April.",
                 "Peruvian President Alan Garcia may have to abandon plans to visit Chile in April."):
        assert code_bundled(text, date="1987-03-24") == [], text
    told = code_bundled("Peruvian President Alan Garcia announced plans to visit Chile in April.", date="1987-03-24")
    assert [e.cameo for e in told] == ["036"]


def test_a_stake_taken_in_a_venture_is_no_ground_seized(code_bundled):
    text = ("Thatcher said Britain would fight the Japanese government's bid to stop Cable and Wireless Plc from "
            "taking a large position in a new Japanese phone venture.")
    assert [e.cameo for e in code_bundled(text, date="1987-03-31") if e.cameo_root == "19"] == []


def test_barring_as_unless_bars_no_one(code_bundled):
    text = ("WASHINGTON, March 19 - U.S. Agriculture Secretary Richard Lyng met farm leaders on Thursday.\n\n"
            "Lyng said barring any program changes, government-held wheat stocks will rise to 900 mln bushels by the "
            "end of August.")
    assert [e.cameo for e in code_bundled(text, date="1987-03-19") if e.sentence_index == 1] == []
    assert [e.cameo for e in code_bundled("Peru is barring Chilean fishing boats from its waters.",
                                          date="1987-03-19")] == ["163"]


def test_the_terms_of_a_deal_signed_are_no_second_act(code_bundled):
    text = ("LONDON, March 5 - Britain and the United States signed an accord on Monday under which they agreed to "
            "cooperate closely on exchange rates.")
    assert sorted(e.cameo for e in code_bundled(text, date="1987-03-05")) == ["057", "057"]


def test_a_scheduled_visit_is_to_come(code_bundled):
    text = ("The dealer said he expects a rate cut in June, after Chilean President Patricio Aylwin's scheduled visit "
            "to Lima on May 29.")
    assert [(e.cameo, e.date) for e in code_bundled(text, date="1991-04-13")] == [("036", "1991-04-13")]


def test_goods_a_state_is_exporting_are_a_flow_of_trade(code_bundled):
    assert code_bundled("The envoy said Chile is currently exporting copper wire and fruit to Canada.",
                        date="1987-10-19") == []
    assert [e.cameo for e in code_bundled("Chile is selling arms to Iran.", date="1987-10-19")] == ["062"]


def test_what_one_insists_another_do_is_not_done(code_bundled):
    text = "The minister told senators the United States would insist Chile open its markets to U.S. farm goods."
    assert [e for e in code_bundled(text, date="1987-10-19") if e.source.country == "CHL"] == []



def test_what_is_said_to_be_needed_is_not_done(code_bundled):
    for text in ("It is vital that Chile opens its markets to Argentine farm goods, the newspaper said.",
                 "It is extremely important that Chile open its markets to Argentine farm goods."):
        assert code_bundled(text, date="1987-10-19") == [], text
    assert [e.source.country for e in code_bundled("It is clear that Chile opened its markets to Argentine farm "
                                                   "goods.", date="1987-10-19")] == ["CHL"]


def test_what_a_suit_charges_is_the_suit(code_bundled):
    text = "Two employees filed a suit against Acme Corp on Monday charging the company with cheating the Pentagon."
    assert [e.cameo for e in code_bundled(text, date="1987-03-04")] == ["115"]
    text = "General Dynamics Corp sued Lockheed Corp on Monday, alleging that Lockheed stole its designs."
    assert [e.cameo for e in code_bundled(text, date="1987-03-04")] == ["115"]
    assert [e.cameo for e in code_bundled("General Dynamics Corp on Monday accused Lockheed Corp of stealing designs.",
                                          date="1987-03-04")] == ["112"]


def test_a_power_to_come_is_no_act(code_bundled):
    assert code_bundled("Under the new law Poland will be able to sell arms to Ukraine.", date="1987-03-16") == []
    assert [e.cameo for e in code_bundled("Poland was able to sell arms to Ukraine.", date="1987-03-16")] == ["062"]


def test_a_government_s_care_for_its_own_people_is_no_protection(code_bundled):
    text = "Economists said finance minister Michael Wilson acted to protect poor Canadians by providing tax credits."
    assert code_bundled(text, date="1987-06-19") == []
    assert [e.cameo for e in code_bundled("French troops protected Malian civilians in Gao on Monday.",
                                          date="1987-06-19")] == ["074"]


def test_an_approved_sale_of_no_weapon_is_no_arms_sale(code_bundled):
    assert code_bundled("Washington approved the sale of a Cray supercomputer to Brazil on Monday.",
                        date="1987-03-27") == []
    assert [e.cameo for e in code_bundled("Washington approved the sale of $2 billion of arms to Taiwan on Monday.",
                                          date="1987-03-27")] == ["062"]


def test_what_a_state_may_agree_to_is_no_promise(code_bundled):
    assert code_bundled("Italy may agree to extend the deadline for the United States.", date="1987-06-29") == []
    assert [e.cameo for e in code_bundled("Italy agreed to extend the deadline for the United States.",
                                          date="1987-06-29")] == ["030"]


def test_how_often_one_talks_is_a_habit(code_bundled):
    for said in ("he speaks with the US Secretary of State from time to time", "he often spoke with the US "
                 "Secretary of State", "he meets the US Secretary of State regularly",
                 "he has clashed with the US Secretary of State in the past"):
        assert code_bundled(f"Japanese Finance Minister Taro Aso said on Friday {said}.", date="2018-04-06") == []
    assert [e.cameo for e in code_bundled("Japanese Finance Minister Taro Aso said on Friday he spoke with the US "
                                          "Secretary of State.", date="2018-04-06")] == ["040"]


def test_what_a_deal_provides_for_is_no_deal_to_come(code_bundled):
    text = "Following last week's accord between Britain and Ghana to reschedule debts, bankers hoped for talks."
    assert [e.cameo for e in code_bundled(text, date="1987-03-27") if e.cameo[:2] == "03"] == []
    text = "Britain and Ghana will sign an accord to reschedule debts."
    assert [e.cameo for e in code_bundled(text, date="1987-03-27")] == ["032", "032"]


def test_figures_and_states_of_things_are_no_one_s_acts_or_targets(code_bundled):
    assert code_bundled("Russia, the minister said, had stabbed Serbia in the back.", date="2018-08-14") == []
    assert code_bundled("Italy deplored the sharp degradation of the situation in eastern Libya.",
                        date="2018-01-22") == []
    assert code_bundled("Moscow said Washington had encouraged separatist sentiments among the Kurds of Syria.",
                        date="2018-01-22") == []
    assert [e.cameo for e in code_bundled("A man stabbed a Turkish diplomat in Paris on Monday.",
                                          date="2018-01-22")] == ["182"]


def test_the_fight_a_force_was_formed_for_is_its_purpose(code_bundled):
    for text in ("The Pentagon said it had formed a militia in Syria to fight Isis.",
                 "The Pentagon said it would build a border force from a militia it had formed to fight Isis."):
        assert [e.cameo for e in code_bundled(text, date="2018-01-20") if e.cameo[:2] == "19"] == []
    assert [e.cameo for e in code_bundled("US troops fought Isis in Raqqa on Monday.", date="2018-01-20")] == ["190"]


def test_the_help_a_loan_is_signed_for_is_the_loan(code_bundled):
    text = "The World Bank signed a 200 mln dlr loan with Peru on Monday to help Lima in its recovery."
    assert [e.cameo for e in code_bundled(text, date="1987-03-30")] == ["057"]
    assert [e.target.cameo for e in code_bundled("Britain will give a 4 mln stg grant to help Rwandan refugees.",
                                                 date="2004-03-02")] == ["RWAREF"]


def test_a_vigil_of_mourning_is_no_protest(code_bundled):
    text = "About 300 British Kurds held a vigil outside the Turkish embassy in London on Tuesday for a friend " \
           "killed in Syria."
    assert code_bundled(text, date="2017-09-27") == []
    text = "About 300 British Kurds held a vigil outside the Turkish embassy in London on Tuesday."
    assert [e.cameo for e in code_bundled(text, date="2017-09-27")] == ["141"]


def test_a_firm_cutting_its_pay_funds_cuts_no_aid(code_bundled):
    assert code_bundled("General Motors Corp reduced funds for its workers on Monday.", date="1987-03-03") == []
    assert [e.cameo for e in code_bundled("Japan cut economic aid to Burma on Monday.", date="1987-03-03")] == ["1621"]


def test_what_a_contract_just_signed_gives_is_the_contract(code_bundled):
    text = ("SAN JOSE, Calif., March 3 - Halvek Systems Inc said it signed a contract with Sony Corp, giving Sony "
            "distribution rights to its printers.")
    assert [e.cameo for e in code_bundled(text, date="1987-03-03")] == ["057"]


def test_what_a_force_was_raised_to_do_is_its_purpose_not_an_act(code_bundled):
    text = "The militia (the Aymara force raised by Chile to fight the Shining Path) is camped in southern Peru."
    assert code_bundled(text, date="2019-04-10") == []


def test_what_it_would_or_could_be_is_imagined(code_bundled):
    for text in ("If the reports are confirmed, it would be the first clash between Chilean and Peruvian troops.",
                 "It could be the first attack by Chile on Peru."):
        assert code_bundled(text, date="2018-02-13") == [], text
    assert len(code_bundled("It was the first clash between Chilean and Peruvian troops.", date="2018-02-13")) == 2


def test_an_occasion_that_may_come_is_imagined(code_bundled):
    text = "Once tempers cool, diplomats say, Peru and Chile may finally sit down at a border summit."
    assert code_bundled(text, date="1987-06-19") == []
    text = "Peru and Chile sat down at a border summit on Monday."
    assert [e.cameo[:2] for e in code_bundled(text, date="1987-06-19")] == ["04", "04"]


def test_what_a_reply_to_come_or_an_expected_speech_will_say_is_asserted_by_no_one(code_bundled):
    for text in ("The Chileans will simply reply that Peru attacked Chilean fishermen.",
                 "Chile would argue that Peru attacked Chilean fishermen.",
                 "The Chileans will just reply that Peru acted badly in attacking Chilean fishermen."):
        assert code_bundled(text, date="1987-06-19") == [], text
    assert code_bundled("Chile is expected to say that Peru attacked Chilean fishermen.", date="1987-06-19") == []
    # nor is what one believes another did; one's belief in one's own act to come is one's plan
    assert code_bundled("Chile believes Peru attacked Chilean fishermen.", date="1987-06-19") == []
    told = code_bundled("Chile said it believes it will sign the deal with Peru.", date="1987-06-19")
    assert [e.cameo[:2] for e in told] == ["03"]
    told = code_bundled("Chile replied that Peru attacked Chilean fishermen.", date="1987-06-19")
    assert [e.cameo for e in told] == ["182"]
    told = code_bundled("Chile will warn that it will attack Peruvian fishing boats.", date="1987-06-19")
    assert [e.cameo[:2] for e in told] == ["13"]


def test_an_option_weighed_and_a_ruling_appealed_are_no_acts(code_bundled):
    text = ("Other Chilean options would be to appeal the ruling in Peruvian courts, or to retaliate against "
            "Peruvian fish, a Chilean trade official said.")
    assert [e.cameo for e in code_bundled(text, date="1987-03-16")] == []


def test_people_displaced_are_no_one_who_displaces(code_bundled):
    text = ("In Daraa, about 1.5 million people, many of them displaced from other parts of the country, are "
            "squeezed into a small region.")
    assert code_bundled(text, date="2018-03-12") == []


def test_less_willing_is_no_will(code_bundled):
    text = "The French government is less willing to cooperate with the Kurdish militias fighting inside Iraq."
    assert code_bundled(text, date="2018-05-14") == []


def test_an_attitude_to_a_kind_of_actor_is_no_act(code_bundled):
    text = "\"Taiwan officials welcome American investors,\" said a banker in Taipei."
    assert code_bundled(text, date="1987-04-03") == []
    text = "The Malaysian government owns or backs 412 companies, the report said."
    assert code_bundled(text, date="1987-03-13") == []
    text = "Singapore welcomed Japanese banks on Monday."
    assert [e.cameo for e in code_bundled(text, date="1987-04-03")] == ["051"]


def test_what_could_come_out_of_talks_leaves_the_talks_held(code_bundled):
    text = ("A decision on a new summit could emerge from the Warsaw talks between Polish Foreign Minister Anna "
            "Nowak and her Czech counterpart.")
    assert {e.cameo for e in code_bundled(text, date="1987-04-13")} == {"040"}


def test_a_trip_cancelled_for_business_at_home_snubs_no_one(code_bundled):
    text = ("Finance Minister Anna Nowak has cancelled a trip to Canada because of pressing business at home, a "
            "ministry spokesman in Warsaw said.")
    assert code_bundled(text, date="1987-04-27") == []


def test_asking_whether_is_a_question_not_a_request(code_bundled):
    text = "The Chilean president was asked by a Peruvian reporter whether Chile should close the border."
    assert code_bundled(text, date="1987-03-20") == []
    assert [e.cameo for e in code_bundled("Chile asked Peru to lift the ban.", date="1987-03-20")] == ["020"]


def test_what_trade_sources_say_a_state_will_do_is_their_forecast(code_bundled):
    text = "Egypt will shortly sign with Australia an order for wheat for June delivery, trade sources said."
    assert code_bundled(text, date="1987-04-07") == []


def test_a_timetabled_act_called_off_by_its_subject_is_not_to_come(code_bundled):
    for text in ("Japan's foreign minister was due to visit Seoul next week but cancelled the trip, officials said.",
                 "Japan's foreign minister had been scheduled to visit Seoul but called off the trip, officials said."):
        assert code_bundled(text, date="1987-10-20") == [], text
    assert [e.cameo for e in code_bundled("Japan's foreign minister is due to visit Seoul next week, officials said.",
                                          date="1987-10-20")] == ["036"]


def test_a_firm_s_plea_to_a_court_is_a_step_in_its_lawsuit_not_an_appeal(code_bundled):
    text = ("CHICAGO, May 4 - Halvex Corp said it asked a federal appeals court to overturn the jury's verdict in its "
            "patent dispute with Norcon Inc.")
    assert code_bundled(text, date="1988-05-04") == []
    text = "CHICAGO, May 4 - Halvex Corp said it sued Norcon Inc in a federal court over a patent."
    assert dyads(code_bundled(text, date="1988-05-04")) == [("USABUS", "USABUS", "115")]


def test_a_wire_headline_s_seen_is_a_forecast(code_bundled):
    for text in ("WORLD BANK LOANS TO INDIA SEEN DOUBLING.", "JAPANESE AID TO CHINA SEEN DOUBLING."):
        assert code_bundled(text, date="1987-03-11") == [], text


def test_what_a_paper_is_on_is_not_done(code_bundled):
    for text in ("On Monday Russia's top diplomat, Sergei Lavrov, said Moscow would propose a Security Council "
                 "draft on investigating the gas attack in Idlib.",
                 "The Security Council began a debate about sending troops to Mali."):
        assert code_bundled(text, date="2018-04-14") == [], text


def test_a_standing_over_the_years_is_no_act(code_bundled):
    text = "Germany has long been the chief source of concessional aid for Bolivia, officials said."
    assert code_bundled(text, date="1987-03-11") == []
    text = "Germany gave economic aid to Bolivia last year."
    assert dyads(code_bundled(text, date="1987-03-11")) == [("DEU", "BOL", "071")]


def test_a_danger_from_attacks_is_no_attack(code_bundled):
    text = "The ministers will discuss the threat to tanker lanes in the Gulf from raids by Iran and Iraq."
    assert code_bundled(text, date="1987-06-01") == []


def test_a_company_post_given_up_is_no_resignation_of_state(code_bundled):
    text = "NEW YORK, June 29 - Quillon Inc said that Henry Marlow, its chairman and chief executive, has resigned."
    assert code_bundled(text, date="1987-06-29") == []
    text = "LONDON, June 29 - Barrow and Co said a trader at its broking arm had resigned after the share deals."
    assert code_bundled(text, date="1987-06-29") == []
    text = "NEW YORK, June 29 - Jane Ostrow, chairman of Quillon Inc, said she will step down as its chief executive."
    assert code_bundled(text, date="1987-06-29") == []  # nor is one to be given up
    # an office of state, or a union's, is still given up
    text = "LONDON, June 29 - The leader of the British miners union resigned on Monday."
    assert triples(code_bundled(text, date="1987-06-29")) == [("GBR", None, "0831")]


def test_what_one_was_about_to_do_is_not_done(code_bundled):
    assert code_bundled("There was talk in Vilnius and rumours that the Latvian envoy was about to resign.",
                        date="2005-02-01") == []
    assert triples(code_bundled("The Latvian envoy was about to resign, his aides said.", date="2005-02-01")) == [
        ("LVA", None, "0341")]


def test_what_a_named_body_is_is_no_act(code_bundled):
    text = "Norvic Capital Ltd, a joint venture between Lloyds Bank Plc and Swire Pacific Ltd, plans a bond issue."
    assert code_bundled(text, date="1987-06-29") == []
    text = "Lloyds Bank Plc and Swire Pacific Ltd formed a joint venture on Monday."
    assert [e.cameo for e in code_bundled(text, date="1987-06-29")] == ["057", "057"]


def test_a_firm_s_own_business_is_no_other_firm(code_bundled):
    text = "BOSTON, March 12 - Halvek Instruments Inc said it will open a new plant, reaffirming its commitment to " \
        "its core medical business."
    assert code_bundled(text, date="1987-03-12") == []
    text = "BOSTON, March 12 - Halvek Instruments Inc sued Norvic Devices Inc on Monday."
    assert [e.cameo for e in code_bundled(text, date="1987-03-12")] == ["115"]


def test_what_one_has_been_doing_for_some_time_is_no_act_on_a_day(code_bundled):
    text = "Syrian authorities have been clamping down on opposition websites for some time."
    assert code_bundled(text, date="2005-02-01") == []
    text = "Syrian authorities clamped down on opposition websites on Monday."
    assert [e.cameo for e in code_bundled(text, date="2005-02-01")] == ["172"]


def test_a_visit_prepared_for_is_one_to_come(code_bundled):
    text = "Officials met on Monday in preparation for the Polish president's visit to Vilnius next week."
    assert [e.cameo for e in code_bundled(text, date="1987-03-31")] == ["036"]


def test_a_rule_in_force_told_in_the_present_passive_is_no_act(code_bundled):
    text = "Korean insurers are barred by the Seoul government from buying foreign shares."
    assert code_bundled(text, date="1987-04-03") == []
    text = "Korean insurers were barred by the Seoul government from buying foreign shares on Monday."
    assert [e.cameo for e in code_bundled(text, date="1987-04-03")] == ["172"]


def test_a_visit_a_wire_headline_calls_off_is_no_visit(code_bundled):
    events = code_bundled("FRENCH FOREIGN MINISTER CANCELS TRIP TO CHAD", date="1987-04-27")
    assert [e.cameo for e in events if e.cameo.startswith("04")] == []


def test_a_stance_held_in_a_relative_clause_is_no_act(code_bundled):
    for text in ("Polish teachers, who oppose the government's education reform, met on Monday.",
                 "Lithuanian farmers, who oppose the Polish government, marched on Monday."):
        assert [e for e in code_bundled(text, date="2008-03-26") if e.cameo.startswith("11")] == [], text


def test_a_deal_an_onlooker_expects_to_be_announced_is_a_forecast(code_bundled):
    text = "BONN, Oct 19 - A bank economist said he expects the government to announce an agreement with France " \
        "and Italy to steady the mark."
    assert code_bundled(text, date="1987-10-19") == []


def test_charges_only_expected_to_be_brought_are_a_forecast(code_bundled):
    # the event noun's verb is what the forecast is of, however the noun's own clause goes on
    text = "Kenya's attorney general is expected to bring indictments that may cover fraud charges against two " \
        "former ministers."
    assert code_bundled(text, date="2001-05-04") == []
    done = "Kenya's attorney general brought indictments that may cover fraud charges against two former ministers."
    assert [e.cameo for e in code_bundled(done, date="2001-05-04")] == ["173"]


def test_a_quoted_absolutely_not_on_the_auxiliary_negates_the_act(code_bundled):
    text = "AS Norlund Norwegian Air Lines <NLA.OL> is \"absolutely not\" negotiating a takeover of Danish regional " \
        "carrier Kestrel Air, a Norlund spokeswoman said."
    assert code_bundled(text, date="1987-05-04") == []
    said = text.replace('"absolutely not" ', "")
    assert [e.cameo for e in code_bundled(said, date="1987-05-04")] == ["046"]


def test_a_thing_one_means_to_offset_is_there_already(code_bundled):
    # the aid is given, whatever the budget was meant to do about it
    text = "The new budget was meant to offset Kenya's military aid program for Somali rebels."
    assert [e.cameo for e in code_bundled(text, date="1987-03-03")] == ["070"]


def test_briefing_reporters_is_a_press_briefing_not_an_exchange(code_bundled):
    assert code_bundled("The Peruvian foreign minister briefed reporters on Monday.", date="1987-03-03") == []
    events = code_bundled("The Peruvian foreign minister briefed US diplomats on Monday.", date="1987-03-03")
    assert [e.cameo for e in events] == ["064"]


def test_what_talks_are_about_is_not_done(code_bundled):
    text = "Peru's deputy energy minister arrived in Caracas for talks on further Venezuelan assistance to Peru's " \
        "oil industry."
    assert [e.cameo for e in code_bundled(text, date="1987-03-10")] == ["042"]


def test_a_firm_s_dealings_with_its_market_at_large_are_trade(code_bundled):
    text = "NEW YORK, April 8 - Halvek Celanese Corp said it sent prospective customers a confidential report on its " \
        "textile plants."
    assert code_bundled(text, date="1987-04-08") == []
    named = text.replace("prospective customers", "Norlund Inc")
    assert [e.cameo for e in code_bundled(named, date="1987-04-08")] == ["064"]


def test_a_willingness_on_a_condition_is_no_promise(code_bundled):
    text = "Kenya's president is willing to compromise with the opposition on a plan to raise taxes next year if " \
        "they back his budget reform, an aide said."
    assert code_bundled(text, date="1992-06-29") == []
    assert [e.cameo for e in code_bundled("Kenya is willing to hold talks with Somalia.")] == ["036"]


def test_a_willingness_only_on_a_condition_told_after_a_but_is_no_promise_either(code_bundled):
    text = "Chilean dock workers were willing to negotiate with the Chilean government, but only if it dropped the " \
        "new port law."
    assert code_bundled(text, date="1987-03-19") == []


def test_what_one_is_asked_if_one_ruled_out_is_left_open(code_bundled):
    text = 'OSLO, March 12 - Asked if the government had ruled out offering to supply gas to Lithuania, the ' \
        'minister said, "No."'
    assert code_bundled(text, date="1987-03-12") == []


def test_an_act_named_as_a_scenario_is_weighed_not_done(code_bundled):
    text = 'TOKYO, March 11 - Prime Minister Yasuhiro Nakasone may face a revolt, an aide said. "Another scenario is ' \
        'the resignation of the entire cabinet led by Nakasone."'
    assert code_bundled(text, date="1987-03-11") == []


def test_acts_told_as_a_rising_trend_set_the_scene(code_bundled):
    text = "As clashes between Pakistan and India mount, few expect Washington to keep out of the quarrel."
    assert code_bundled(text, date="2018-04-14") == []
    assert len(code_bundled("Clashes between Pakistan and India escalated on Monday.", date="2018-04-14")) == 2


def test_what_will_likely_be_done_is_a_guess_and_a_standing_recognition_no_act(code_bundled):
    text = "WASHINGTON, May 8 - Washington will likely impose sanctions on South Korea next month, senators said " \
        "today."
    assert code_bundled(text, date="1987-05-08") == []
    assert code_bundled("WARSAW, March 26 - The new unions are officially recognised by the government.",
                        date="1987-03-26") == []
    assert [e.cameo for e in code_bundled("WARSAW, March 26 - Poland recognised Lithuania's independence on Monday.",
                                          date="1987-03-26")] == ["054"]


def test_the_motive_told_for_an_act_is_no_second_act(code_bundled):
    text = "In part to smooth relations with the army, the Brazilian president chose a retired general as his deputy."
    assert code_bundled(text, date="1987-04-07") == []
    assert [e.cameo for e in code_bundled("The Brazilian president smoothed relations with the army on Monday.",
                                          date="1987-04-07")] == ["050"]


def test_talks_that_may_come_are_a_possibility_not_a_plan(code_bundled):
    text = "The minister's presence suggests that tough bargaining between Chile and Peru may be in prospect."
    assert code_bundled(text, date="1987-04-27") == []
    assert [e.cameo for e in code_bundled("Talks between Chile and Peru will resume next month.",
                                          date="1987-04-27")] == ["036", "036"]


def test_what_one_is_expected_to_tell_is_not_yet_told(code_bundled):
    text = "She is also expected to assure her counterparts that the Chilean government will reach agreement with " \
        "Congress on a budget cut this year."
    assert code_bundled(text, date="1987-04-07") == []
    text = "She assured her counterparts that the Chilean government will reach agreement with Congress on a budget " \
        "cut this year."
    assert [e.cameo[:2] for e in code_bundled(text, date="1987-04-07")] == ["03"]


def test_what_a_rule_requires_of_someone_is_not_done(code_bundled):
    # a bill's or a law's terms: what it would have someone do, not an act done
    for text in ("WASHINGTON - The trade bill carries a requirement that the administration investigate Korean "
                 "steel subsidies.",
                 "WASHINGTON - Senators drafted a provision that the administration impose quotas on Korean steel."):
        assert [e.cameo for e in code_bundled(text, date="1987-03-18") if e.source.cameo == "USAGOV"] == [], text


def test_an_organisation_s_people_without_a_code_are_no_actor(code_bundled):
    # "passengers of their rights", "their" the EU's: no code names the bloc's passengers, so no event is told
    text = "The EU began a drive in stations to inform train passengers of their rights."
    assert code_bundled(text, date=None) == []


def test_what_a_call_would_have_someone_do_is_not_done(code_bundled):
    # "that the government talk": the parser's relative clause is the call's content, in the subjunctive
    text = "Chilean President Augusto Pinochet rejected calls from bankers and from some Chilean exporters that " \
        "the government negotiate with the International Monetary Fund."
    assert [e for e in code_bundled(text, date="1987-03-25") if e.cameo[:2] == "04"] == []


def test_a_vote_abstained_in_is_no_boycott_and_its_motion_no_act(code_bundled):
    text = "LIMA - Peruvian senator Ana Ruiz, who abstained in the vote to bomb the Chilean rebels in 1985, says she " \
        "remains wary of intervention."
    assert code_bundled(text, date="1987-04-12") == []


def test_a_question_studied_or_a_sale_fought_in_politics_is_no_inquiry_or_force(code_bundled):
    text = "OTTAWA - Mulroney said Ottawa is still looking into the question of lake pollution."
    assert code_bundled(text, date="1987-03-20") == []
    text = "WASHINGTON - The Commerce Secretary and the Defense Secretary fought the planned sale of a U.S. " \
        "chipmaker to a Japanese company."
    assert [e for e in code_bundled(text, date="1987-03-18") if e.cameo[:2] in ("18", "19", "20")] == []


def test_what_a_proposal_is_meant_to_achieve_is_not_done(code_bundled):
    text = "Chile proposed a meeting of foreign ministers to improve relations with Bolivia."
    assert "050" not in [e.cameo for e in code_bundled(text, date="2009-05-02")]
    text = "Chile proposed a meeting of foreign ministers, and it improved relations with Bolivia."
    assert "050" in [e.cameo for e in code_bundled(text, date="2009-05-02")]


def test_what_a_speaker_infers_someone_must_feel_or_have_done_is_no_demand(code_bundled):
    text = "But Hale says the Chilean government must be worried with the peso heading toward new lows."
    assert code_bundled(text, date="1987-03-06") == []
    text = "Peru said the Chilean government must have known of the plan."
    assert code_bundled(text, date="1987-03-06") == []
    text = "Peru said the Chilean government must withdraw its tariffs."
    assert [(e.source.cameo, e.target.cameo, e.cameo) for e in code_bundled(text, date="1987-03-06")] == [
        ("PER", "CHLGOV", "100")]


def test_what_a_third_party_suggests_a_state_might_do_is_not_its_option(code_bundled):
    text = "The UNHCR suggested Norway might take in 8,000 refugees a year."
    assert code_bundled(text, date="2018-04-03") == []
    text = "Norway suggested it might take in 8,000 refugees a year."
    assert [(e.source.cameo, e.cameo) for e in code_bundled(text, date="2018-04-03")] == [("NOR", "014")]


def test_people_described_by_what_they_are_doing_do_no_act_on_a_day(code_bundled):
    text = "The leaders of a Canadian Senate committee probing the defence ministry said they favoured more patrols."
    assert code_bundled(text, date="1987-06-02") == []
    text = "A Canadian Senate committee probed the defence ministry on Monday."
    assert [e.cameo for e in code_bundled(text, date="1987-06-02")] == ["090"]


def test_an_agreement_tried_for_or_arrived_at_by_an_effort_under_way_is_not_made_yet(code_bundled):
    text = "Peru tried to reach an agreement with Chile on fishing rights."
    assert [e.cameo[:2] for e in code_bundled(text, date="1987-03-30")] == ["03"]  # sought, not struck
    text = "Peru reached an agreement with Chile on fishing rights."
    assert [e.cameo for e in code_bundled(text, date="1987-03-30")] == ["057"]
    # "arrive at an agreement" is no journey, planned or made
    text = "Peruvian and Chilean negotiators on Monday were still trying to arrive at a settlement."
    assert "036" not in [e.cameo for e in code_bundled(text, date="1987-03-30")]


def test_a_question_a_modal_opens_asserts_no_act(code_bundled):
    text = "The only question now: will Iran hit back at Israel when it launches strikes against Beirut?"
    assert code_bundled(text, date="2018-04-10") == []
    text = "Iran hit back at Israel when it launched strikes against Beirut."
    assert code_bundled(text, date="2018-04-10") != []


def test_fighting_for_a_measure_is_no_force(code_bundled):
    text = "Speaker Jim Wright told the Budget Committee Democrats Tuesday that he would fight for a tax increase."
    assert [e.cameo[:2] for e in code_bundled(text, date="1987-03-05") if e.cameo[:2] in ("13", "18", "19")] == []


def test_what_figures_are_meant_to_show_is_not_asserted(code_bundled):
    text = ("Taiwanese officials presented figures intended to show that Taiwan was opening its markets to American "
            "makers of cigarettes.")
    assert code_bundled(text, date="1987-04-13") == []
    text = "Taiwan was opening its markets to American makers of cigarettes."
    assert [e.cameo for e in code_bundled(text, date="1987-04-13")] == ["061"]


def test_what_gives_leverage_for_a_meeting_holds_none(code_bundled):
    text = ("The slide in stocks gives more leverage for a meeting between White House staff and congressional "
            "leaders, Dole said.")
    assert code_bundled(text, date="1987-10-20") == []


def test_what_a_course_risks_bringing_about_is_not_done(code_bundled):
    text = "By firing so close to the border the Polish army now risks shelling Lithuanian posts, an analyst said."
    assert code_bundled(text, date="1987-06-19") == []
    text = "By firing so close to the border the Polish army is shelling Lithuanian posts, an analyst said."
    assert [e.cameo for e in code_bundled(text, date="1987-06-19")] == ["194"]


def test_a_share_insufficient_to_block_a_bid_blocks_nothing(code_bundled):
    text = "The U.S. holds 12 pct of the bank's shares, insufficient to block a Soviet membership bid."
    assert code_bundled(text, date="1987-04-26") == []


def test_a_complaint_withdrawn_or_suspended_is_not_made(code_bundled):
    assert code_bundled("Chile withdrew its complaint against Peru on Monday.", date="1987-03-20") == []
    assert code_bundled("Chile is suspending its complaint to GATT against Peru.", date="1987-03-20") == []
    assert [e.cameo for e in code_bundled("Chile lodged a complaint against Peru on Monday.",
                                          date="1987-03-20")] == ["114"]


def test_a_resignation_demanded_of_him_and_a_threat_someone_is_are_not_acts(code_bundled):
    text = "The Ghanaian finance minister shrugged off demands by a group of Ghanaian chiefs that he resign."
    assert "0831" not in [e.cameo for e in code_bundled(text, date="1987-04-09")]
    text = "The Tories are now the main threat to Labour in Wales."
    assert code_bundled(text, date="2005-02-01") == []


def test_a_hope_the_writer_tells_of_is_no_promise(code_bundled):
    text = ("The fleeing Isis men hoped to hide among the civilians, and eventually leave Kurdish camps for Syria's "
            "Idlib province.")
    assert code_bundled(text, date="2019-02-20") == []
    assert code_bundled("Ghana hoped to sign a trade deal with Togo.", date="2019-02-20") == []
    # nor one the hoper tells: a hope is an expectation (ANNOTATION.md), no promise made
    assert code_bundled("Ghana said it hoped to sign a trade deal with Togo.", date="2019-02-20") == []


def test_what_neither_of_two_did_is_not_done(code_bundled):
    assert code_bundled("Neither Ghana nor Togo attacked Benin.", date="1987-04-07") == []
    assert code_bundled("The president said neither Ghana nor Togo would attack Benin.", date="1987-04-07") == []
    assert len(code_bundled("Ghana and Togo attacked Benin.", date="1987-04-07")) == 2


def test_a_leaning_towards_an_act_is_no_act(code_bundled):
    for text in ("Officials said that with Norway tending towards backing Sweden on the quota, the vote was open.",
                 "Norway tends to side with Sweden on fishing quotas."):
        assert code_bundled(text, date="1988-05-09") == [], text
    assert [e.cameo for e in code_bundled("Norway backed Sweden on the fishing quota.", date="1988-05-09")] == ["050"]


def test_a_habit_up_to_now_is_no_act_on_a_day(code_bundled):
    for text in ("Malawian ministers have frequently criticised the World Bank.",
                 "Malawi has repeatedly accused Zambia of sheltering rebels."):
        assert code_bundled(text, date="1990-05-09") == [], text
    assert [e.cameo for e in code_bundled("Malawi accused Zambia of sheltering rebels on Monday.",
                                          date="1990-05-09")] == ["112"]


def test_what_onlookers_foresee_an_actor_will_do_is_their_forecast(code_bundled):
    text = "OTTAWA, May 9 - Trade Minister Pat Carney will announce new aid for fishermen, newspaper reports said."
    assert code_bundled(text, date="1990-05-09") == []
    text = "OTTAWA, May 9 - Trade Minister Pat Carney will announce new aid for fishermen, her officials said."
    assert [e.cameo[:2] for e in code_bundled(text, date="1990-05-09")] == ["03"]


def test_naming_an_ambassador_is_an_appointment_not_an_act_toward_the_host(code_bundled):
    text = "WASHINGTON, May 9 - The White House said it would name Paul Hart U.S. ambassador to Belgium."
    assert code_bundled(text, date="1990-05-09") == []


def test_what_signs_suggest_a_state_may_do_is_a_guess(code_bundled):
    text = ("Manila has kept its sugar quota, but there are indications Manila may yield to Japanese pressure and "
            "raise it soon, traders' groups said.")
    assert code_bundled(text, date="1988-06-08") == []
    text = "Manila may yield to Japanese pressure and raise its sugar quota, the trade minister said."
    assert [e.cameo for e in code_bundled(text, date="1988-06-08")] == ["014"]


def test_what_a_state_must_do_if_it_is_to_reach_a_goal_is_no_demand(code_bundled):
    text = "Peru must find new gold deposits if it is to remain an exporter, U.S. officials say."
    assert code_bundled(text, date="1988-06-08") == []
    text = "Peru must pay its debts to U.S. banks, U.S. officials say."
    assert [e.cameo for e in code_bundled(text, date="1988-06-08")] == ["100"]


def test_what_polls_find_people_want_is_no_appeal(code_bundled):
    text = "Recent surveys suggest that most Afghans want the United States to stay."
    assert code_bundled(text, date="2009-03-01") == []
    text = "Afghan officials said that most Afghans want the United States to stay."
    assert [e.cameo for e in code_bundled(text, date="2009-03-01")] == ["020"]


def test_what_others_say_a_named_person_may_do_is_their_guess(code_bundled):
    text = "Italian officials said President Mitterrand may ask Spain to return the paintings."
    assert code_bundled(text, date="1987-03-22") == []
    text = "President Mitterrand said he may ask Spain to return the paintings."
    assert [e.cameo for e in code_bundled(text, date="1987-03-22")] == ["020"]


def test_an_act_put_off_is_not_done(code_bundled):
    for text in ("Chile agreed to postpone imposing duties on Peruvian copper.",
                 "Chile agreed to hold off imposing duties on Peruvian copper."):
        assert code_bundled(text, date="1987-03-26") == []
    assert [e.cameo for e in code_bundled("Chile agreed to impose duties on Peruvian copper.",
                                          date="1987-03-26")] == ["163"]


def test_a_meeting_at_which_an_act_is_only_foreseen_is_foreseen_too(code_bundled):
    text = "Japan and China are expected to sign the pact at a meeting in Paris next month."
    assert code_bundled(text, date="1987-03-13") == []
    text = "Japan and China will sign the pact at a meeting in Paris next month."
    assert code_bundled(text, date="1987-03-13") != []


def test_a_group_s_present_blame_in_a_relative_clause_is_a_view_held(code_bundled):
    text = "The peso is kept low, to the anger of many US senators who blame Mexico for lost factory jobs."
    assert code_bundled(text, date="2005-01-15") == []
    text = "Many US senators blamed Mexico for lost factory jobs."
    assert [e.cameo for e in code_bundled(text, date="2005-01-15")] == ["112"]


def test_what_a_law_or_rule_allows_or_forbids_is_a_standing_rule(code_bundled):
    text = "Irish law allows Ireland to strip the citizenship of convicted traitors."
    assert code_bundled(text, date="2019-03-12") == []
    text = ("The firm could not issue notes since Bank of England rules forbid a deposit certificate issuer to "
            "issue paper in sterling.")
    assert code_bundled(text, date="1987-03-20") == []


def test_the_possibility_or_prospect_of_an_act_is_weighed_not_done(code_bundled):
    text = "The envoys will also weigh the possibility of Soviet technical aid for Iran's oil industry."
    assert code_bundled(text, date="1987-03-11") == []
    text = "The two sides discussed the prospects for French military aid to Chad."
    assert code_bundled(text, date="1987-03-11") == []


def test_what_groups_are_raised_to_do_is_their_purpose_however_parsed(code_bundled):
    text = "Iran has helped raise and train groups within the movement to fight Saudi Arabia."
    assert [e for e in code_bundled(text, date="2018-09-08") if e.cameo[:2] == "19"] == []


def test_lawmakers_told_again_as_opposition_members_make_one_appeal(code_bundled):
    text = ("TAIPEI, May 4 - Some 20 members of Taiwan's parliament asked the cabinet to sell some of its dollar "
            "holdings. A statement by parliament said the appeal came from 18 ruling party legislators and "
            "a few opposition members, who urged the government to buy yen and gold.")
    assert [e.sentence_index for e in code_bundled(text, date="1987-05-04")] == [0]


def test_a_firm_dealing_with_its_own_staff_deals_with_no_one_else(code_bundled):
    text = "The Canadian broadcaster Telenord agreed on Friday to pay its employees a bonus."
    assert code_bundled(text, date="2004-11-23") == []
    text = "The Canadian broadcaster Telenord agreed on Friday to pay the government a fine."
    assert [e.target.cameo for e in code_bundled(text, date="2004-11-23")] == ["CANGOV"]
    text = "The Canadian broadcaster Telenord signed a wage agreement with its workers on Friday."
    assert [e.cameo for e in code_bundled(text, date="2004-11-23")] == ["057"]


def test_a_measure_that_will_continue_is_in_force_not_threatened(code_bundled):
    text = "Bolivia said on Friday it would continue to impose a tariff on Peruvian cement imports."
    assert [e.cameo for e in code_bundled(text, date="1987-03-06")] == ["163"]


def test_a_market_s_dealers_doubting_a_forecast_make_no_statement(code_bundled):
    text = "LONDON, March 26 - Many London bond dealers doubt whether the wave of Swiss buying of British gilts " \
        "will be as big as some analysts have predicted."
    assert code_bundled(text, date="1987-03-26") == []


def test_what_a_group_is_strong_enough_to_do_is_not_done(code_bundled):
    assert code_bundled("Chile is strong enough to block the Peruvian bill.", date="1987-06-17") == []
    assert [e.cameo for e in code_bundled("Chile blocked the Peruvian bill.", date="1987-06-17")] == ["129"]


def test_weapons_whose_side_is_unsaid_are_no_one_s(code_bundled):
    text = "Chilean officials threatened to shoot down incoming rockets and jets."
    assert [e.target for e in code_bundled(text, date="2018-04-14") if e.target and e.target.country == "CHL"] == []


def test_a_strike_others_are_certain_or_expected_to_go_on_is_foreseen_not_threatened(code_bundled):
    for text in ("Chilean seafarers are now almost certain to go on strike this autumn.",
                 "Chilean seafarers are expected to go on strike this autumn."):
        assert code_bundled(text, date="1987-03-02") == [], text
    assert [(e.source.cameo, e.cameo) for e in code_bundled("Chilean seafarers went on strike on Monday.",
                                                            date="1987-03-02")] == [("CHLLAB", "143")]


def test_what_waits_on_something_still_needed_is_not_done(code_bundled):
    text = "Japan said a debt accord with Peru's creditors was needed before Tokyo granted new credits to Lima."
    assert [e for e in code_bundled(text, date="1987-06-29") if e.cameo[:2] == "07"] == []
    text = "Japan extended fresh loans to Peru before the debt accord was signed."
    assert [e.cameo[:2] for e in code_bundled(text, date="1987-06-29")] == ["07"]


def test_what_would_be_enough_for_a_state_to_join_is_not_done_and_a_joining_to_come_is_promised(code_bundled):
    text = "It would be wrong to think this is enough for Chile to join Peru in bombing Bolivian airbases."
    assert code_bundled(text, date="2018-04-10") == []
    text = "Chile will join Peru in bombing Bolivian airbases."
    assert [e.cameo[:2] for e in code_bundled(text, date="2018-04-10") if e.source.cameo == "CHL"] == ["13"]


def test_denying_a_report_of_another_s_act_is_no_denial_of_responsibility(code_bundled):
    assert code_bundled("PERU DENIES CHILEAN BANKS BALKING AT DEBT ACCORD.", date="1987-03-26") == []


def test_leaving_a_firm_s_board_is_no_resignation_from_office(code_bundled):
    text = "TRENTON, N.J., April 13 - Halvek Stores Inc said senior vice president Tom Ruiz, who turns 64 soon, has " \
        "resigned from its board and was replaced by Ann Lee, general counsel of Zoltra Corp."
    assert code_bundled(text, date="1987-04-13") == []


def test_a_volunteer_killed_fighting_is_no_killer(code_bundled):
    text = "He was the first Canadian man killed fighting alongside Kurdish militias in Iraq, his family said."
    assert code_bundled(text, date="2017-06-02") == []


def test_a_summit_two_sides_may_sit_down_at_for_a_purpose_is_imagined(code_bundled):
    text = "Turkey and Greece may yet sit down at a summit to call a truce."
    assert code_bundled(text, date="1993-02-11") == []
    text = "Turkey and Greece will sit down at a summit to call a truce."
    assert [e.cameo for e in code_bundled(text, date="1993-02-11")] == ["036", "036"]


def test_a_term_s_end_the_narrator_puts_on_the_calendar_is_no_announced_intent(code_bundled):
    lede = "MANILA, June 29 - Philippine President Corazon Aquino met opposition leaders. "
    text = lede + "The president, who took office in 1986 after a popular revolt, is due to step down next June."
    assert [e.cameo for e in code_bundled(text, date="1987-06-29")] == ["040"]
    text = lede + "The president said she will step down next June."
    assert sorted(e.cameo for e in code_bundled(text, date="1987-06-29")) == ["0341", "040"]


def test_what_boats_carrying_men_are_for_is_not_done(code_bundled):
    text = "Egyptian jets sank Libyan boats carrying commandos to attack an Egyptian oil terminal."
    assert [(e.source.country, e.target.country) for e in code_bundled(text, date="1987-03-23")] == [("EGY", "LBY")]


def test_a_summit_someone_proposed_is_not_yet_agreed(code_bundled):
    text = "Senator Dole told reporters he spoke with White House aides about his proposal for a budget summit " \
        "between Congress and the administration."
    assert [e.cameo for e in code_bundled(text, date="1987-10-20") if e.cameo == "036"] == []


def test_trips_told_as_years_of_work_are_no_visit_on_a_day(code_bundled):
    text = "Ms Lund, a UNICEF envoy, has been a voice for children since 2009, travelling to Mali, Niger and Yemen."
    assert code_bundled(text, date="2017-09-01") == []
    assert [e.cameo for e in code_bundled("The UNICEF envoy travelled to Mali on Monday.", date="2017-09-01")] == [
        "042"]


def test_the_purpose_of_a_deed_only_urged_is_not_done(code_bundled):
    text = "The panel urged Reagan to step up talks with Cuba by providing export credits to help U.S. farmers."
    assert [e.cameo for e in code_bundled(text, date="1987-03-05") if e.cameo[:2] == "07"] == []
    assert [e.cameo for e in code_bundled("The US provided credits to help Cuban farmers.", date="1987-03-05")
            if e.cameo[:2] == "07"] == ["070"]


def test_a_member_standing_down_at_the_next_election_is_no_resignation(code_bundled):
    text = "Veteran Labour MP and former minister Jack Dunmore has announced he will stand down at the general " \
           "election."
    assert code_bundled(text, date="2005-01-01") == []
    assert code_bundled("The Tory MP said he would step down at the general election.", date="2005-01-01") == []
    text = "Veteran Labour MP Jack Dunmore has announced he will stand down at the general election."
    assert code_bundled(text, date="2005-01-01", title="Labour's Dunmore to stand down") == []  # nor the headline
    assert [e.cameo for e in code_bundled("The British prime minister said he will step down on Friday.",
                                          date="2005-01-01")] == ["0341"]


def test_a_president_a_firm_tells_of_is_its_officer_and_his_resignation_no_political_act(code_bundled):
    text = "WASHINGTON, April 13 - Garfinckel and Brooks Inc said president Peter Lyle resigned, and will be " \
           "succeeded by Ann Cole effective May 1."
    assert code_bundled(text, date="1987-04-13") == []
    text = "WASHINGTON, April 13 - The White House said President Ronald Reagan met Japanese officials on Monday."
    assert [e.source.sector for e in code_bundled(text, date="1987-04-13")] == ["GOV"]


def test_what_a_text_before_a_house_would_do_is_not_done(code_bundled):
    text = "Commerce Undersecretary Tom Fenwick opposed wording in the trade bill now before the Senate to limit " \
           "foreign takeovers of American companies."
    assert [e.cameo for e in code_bundled(text, date="1987-10-20") if e.cameo[:2] in ("16", "17")] == []
    text = "Congress voted to curb imports from Japan."
    assert [e.cameo for e in code_bundled(text, date="1987-10-20")] == ["163"]


def test_what_someone_argues_or_calls_for_is_asked_not_done(code_bundled):
    text = "US defence secretary Jim Mattis went to visit the president on Thursday in a final effort to change his " \
           "mind, and argue for standing by the Syrian Democratic Forces."
    assert [e.cameo for e in code_bundled(text, date="2018-12-21") if e.cameo[:2] == "05"] == []
    text = "The senators called for imposing sanctions on Iran."
    assert [e.cameo for e in code_bundled(text, date="2018-12-21") if e.cameo[:2] == "16"] == []


def test_an_act_someone_hopes_to_do_is_a_wish_not_an_intent(code_bundled):
    assert code_bundled("Chile hopes to sign a trade deal with Peru next month.", date="1987-03-23") == []
    assert [e.cameo for e in code_bundled("Chile plans to sign a trade deal with Peru next month.",
                                          date="1987-03-23")] == ["032"]
