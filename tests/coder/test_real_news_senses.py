"""Which act a word names given who does it to whom, and the parses real headlines garble. Sentences written
for these tests, coded with the shipped data."""

from tests.coder.test_detect import dyads, triples


def test_restrictions_on_another_state_are_sanctions_and_on_ones_own_people_not(code_bundled):
    assert triples(code_bundled("Chile imposed tighter trade restrictions on Peru.")) == [("CHL", "PER", "163")]
    assert triples(code_bundled("The EU imposed an arms ban on Peru.")) == [("EU", "PER", "163")]
    assert dyads(code_bundled("Chile imposed travel restrictions on its citizens.")) == [("CHL", "CHLCVL", "172")]


def test_a_participle_a_headline_hangs_on_a_full_verb_is_an_adjective(code_bundled):
    assert triples(code_bundled("Chile helps raped Peruvian women.")) == []


def test_a_firms_executives_and_officers_are_business_people(code_bundled):
    assert dyads(code_bundled("Two senior executives at a Chilean bank criticised the government.")) == [
        ("CHLBUS", "CHLGOV", "111")]
    assert dyads(code_bundled("The chief financial officer of a Chilean bank criticised the Peruvian government.")) \
        == [("CHLBUS", "PERGOV", "111")]


def test_a_states_name_inside_a_things_name_places_no_one(code_bundled):
    assert triples(code_bundled("Chile banned all cash transactions in US dollars.")) == []
    assert triples(code_bundled("Two ministers angry over the Peru crisis resigned.")) == []
    assert triples(code_bundled("Two Peruvian ministers resigned.")) == [("PER", None, "0831")]


def test_a_question_asked_is_no_request(code_bundled):
    assert triples(code_bundled("Chile asked Peru about the risks to the border.")) == []
    assert triples(code_bundled("The Chilean Speaker asked three Peruvian ministers about the risks.")) == []
    assert triples(code_bundled("Chile asked Peru for help on the border.")) == [("CHL", "PER", "020")]


def test_an_act_one_is_urged_to_do_is_not_done(code_bundled):
    assert triples(code_bundled("Chile urged Peru to hold a public inquiry.")) == [("CHL", "PER", "020")]
    # so does bringing pressure on someone to act
    told = code_bundled("Chile had brought pressure on the World Bank to grant a loan to Bolivia.", date="1987-03-19")
    assert [e.cameo[:2] for e in told] == ["10"]
    # lobbying someone to act asks it of them: an appeal to them, no act on the third party
    assert triples(code_bundled("Chile lobbied Peru to impose sanctions on Bolivia.")) == [("CHL", "PER", "020")]


def test_the_present_of_a_plan_is_an_act_to_come(code_bundled):
    for day in ("2021-12-03", None):  # read from the words, with or without a publication day to compare
        assert triples(code_bundled("The Chilean president is travelling to Peru next week.", day)) == [
            ("CHL", "PER", "036")]
    assert triples(code_bundled("The Chilean president travelled to Peru last week.")) == [("CHL", "PER", "042")]


def test_a_host_or_a_meeting_later_the_same_day_or_on_a_weekday_ahead_is_to_come(code_bundled):
    for text in ("The Chilean president is hosting the Peruvian president tonight.",
                 "The Chilean president is meeting the Peruvian president later today.",
                 "The Chilean president is hosting the Peruvian president on Friday."):
        events = code_bundled(text, "1990-05-02")
        assert [(e.cameo, e.date) for e in events] == [("036", "1990-05-02")], text
    # a past tense tonight, or a past weekday, is an act done
    assert [e.cameo for e in code_bundled("The Chilean president hosted the Peruvian president on Friday.")] == [
        "043"]


def test_a_wish_told_of_someone_is_no_threat(code_bundled):
    text = "Critics say it reflects the Chilean president's desire to clamp down on Peruvian firms."
    assert triples(code_bundled(text)) == []


def test_protection_by_law_or_in_trade_is_not_by_arms(code_bundled):
    assert triples(code_bundled("The Chilean court decided to give legal protection to two Peruvians.")) == []
    assert triples(code_bundled("Chile is protecting its copper industry from Peruvian imports.")) == []
    assert triples(code_bundled("Chile gave military protection to Peru.")) == [("CHL", "PER", "074")]


def test_survivors_are_civilians(code_bundled):
    assert dyads(code_bundled("Chile sent aid to Peruvian survivors.")) == [("CHL", "PERCVL", "070")]


def test_being_happy_to_meet_is_an_intent_to(code_bundled):
    text = "The Chilean president says he would be happy to meet Peru's president."
    assert triples(code_bundled(text)) == [("CHL", "PER", "036")]


def test_hoping_to_meet_is_a_hope_whatever_the_lemmatiser_says(code_bundled):
    # the lemmatiser makes "hopes" "hop"; read as "hope", the meeting is wished for, not announced
    text = "The Chilean president hopes to meet Peru's president in late April."
    assert triples(code_bundled(text, "1987-03-01")) == []
    text = "The Chilean president plans to meet Peru's president in late April."
    assert triples(code_bundled(text, "1987-03-01")) == [("CHL", "PER", "036")]


def test_a_threat_of_restrictions_on_another_state_is_a_threat_of_sanctions(code_bundled):
    assert triples(code_bundled("Chile threatened to impose trade restrictions on Peru.")) == [
        ("CHL", "PER", "1312")]


def test_mps_are_lawmakers_and_a_partys_mps_its_lawmakers(code_bundled):
    assert dyads(code_bundled("Angry Labour MPs warned the British prime minister about disunity.", "2005-01-10")) == [
        ("GBRLEG", "GBRGOV", "012")]


def test_a_teams_fixtures_are_sport(code_bundled):
    assert triples(code_bundled("Chile end their qualifying group with two games against Peru in May.")) == []


def test_a_share_of_a_firm_is_the_firm(code_bundled):
    text = "Zorba, a Chilean mining company, agreed to buy 33% of Tacna, the largest wine maker in Peru."
    assert dyads(code_bundled(text)) == [("CHLBUS", "PERBUS", "0311")]  # a sale agreed to is cooperation promised


def test_expecting_others_to_act_is_no_appeal(code_bundled):
    assert triples(code_bundled("Chilean ministers expect Peruvian firms to cut prices.")) == []
    assert triples(code_bundled("Chile wants Peru to cut tariffs.")) == [("CHL", "PER", "020")]


def test_predecessor_states_are_their_successors_and_a_state_body_is_the_government(code_bundled):
    assert dyads(code_bundled("West German officials criticised the Soviet Union.", "1987-06-29")) == [
        ("DEUGOV", "RUS", "111")]
    assert dyads(code_bundled("Chilean rebels attacked the state planning committee.")) == [
        ("CHLREB", "CHLGOV", "190")]


def test_what_a_ban_forbids_or_no_treaty_provides_is_not_done(code_bundled):
    assert triples(code_bundled("Chile lifted its ban on its diplomats speaking with Peruvian diplomats.")) == []
    text = "An expert said there was no treaty between Chile and Peru to recognise the other's rulings."
    assert triples(code_bundled(text)) == []


def test_talks_one_is_due_to_take_part_in_are_to_come(code_bundled):
    text = "Chile's envoy is due to take part in fresh border talks with Peru."
    assert triples(code_bundled(text)) == [("CHL", "PER", "036")]


def test_a_minister_warning_what_the_state_will_do_does_not_warn_the_state(code_bundled):
    text = "The Chilean foreign minister warned that Chile would combat any foreign intervention."
    assert [t for t in triples(code_bundled(text)) if t[1] == "CHL"] == []


def test_options_weighed_wishes_told_and_obligations_are_not_acts(code_bundled):
    assert triples(code_bundled("Zorba, a Chilean mining company, is considering building a plant in Peru.")) == []
    assert triples(code_bundled("He argued that Chilean rebels wanted to attack Peru.")) == []
    assert triples(code_bundled("Chile says the Peruvian minister has a moral obligation to resign.")) == []


def test_a_statements_topic_is_not_whom_it_addresses(code_bundled):
    assert triples(code_bundled("China and Portugal will make a statement on the future of Macao.")) == []


def test_an_existential_states_no_ones_act_unless_it_names_the_agent(code_bundled):
    assert triples(code_bundled("The Chilean court said there was a state of emergency in Peru.")) == []
    assert triples(code_bundled("There was an attack by Chilean troops on Peru.")) == [("CHL", "PER", "190")]


def test_sides_to_a_deal_tankers_and_press_reports(code_bundled):
    assert triples(code_bundled("Zorba, a Chilean mining company, started talks with various parties.")) == []
    assert dyads(code_bundled("The Chilean navy pledged to protect Peruvian tankers.")) == [
        ("CHLMIL", "PERBUS", "033")]
    assert triples(code_bundled("The Chilean spokesman was commenting on Peruvian press reports.")) == []


def test_unseating_rivals_at_an_election_is_no_ouster(code_bundled):
    text = "The Chilean opposition is aiming to unseat a string of top ministers at the next general election."
    assert triples(code_bundled(text)) == []


def test_market_words_are_not_acts(code_bundled):
    assert triples(code_bundled("Chilean airlines took a hit, with Peru's Tacna Air sliding 3 percent.")) == []
    assert triples(code_bundled("Chile took issue with Peru's plan.")) == [("CHL", "PER", "110")]
    assert triples(code_bundled("Chilean and Peruvian banks expanded their stocks of bonds to meet demand.")) == []


def test_extending_or_renewing_an_agreement_concludes_it(code_bundled):
    assert sorted(triples(code_bundled("Poland and Lithuania have extended a gas-for-grain deal."))) == [
        ("LTU", "POL", "057"), ("POL", "LTU", "057")]
    assert sorted(triples(code_bundled("Poland and Lithuania have renewed their fishing accord."))) == [
        ("LTU", "POL", "057"), ("POL", "LTU", "057")]


def test_a_trade_flow_counted_over_a_period_or_at_a_rate_is_a_statistic(code_bundled):
    text = ("Ghana exported 40,000 tonnes of sugar to Chile in calendar 1984"
            " and 30,000 tonnes in the first half of 1985.")
    assert triples(code_bundled(text)) == []
    assert triples(code_bundled("Peru sold 90,000 tonnes of sugar to Chile last year.")) == []
    text = "Peru sold around 90,000 tonnes of soft wheat to Chile in 1982/83, according to customs figures."
    assert triples(code_bundled(text)) == []  # a crop year the tagger does not take for a date
    assert triples(code_bundled("Peru will export 70,000 tonnes of sugar a year to Chile under a trade pact.")) == []
    assert triples(code_bundled("A breakdown of the figures showed Ghana exported 296 tonnes of tin to Chile.")) == []
    # one purchase, or a sale promised with no rate, is an act
    assert triples(code_bundled("Chile bought 20,000 tonnes of wheat from Peru at a tender on Monday.")) == [
        ("CHL", "PER", "061")]
    assert triples(code_bundled("Peru will export 70,000 tonnes of sugar to Chile.")) == [("PER", "CHL", "031")]


def test_a_march_to_an_abstract_goal_is_no_demonstration(code_bundled):
    assert triples(code_bundled("Peru's slow march towards greater wealth has left many behind.")) == []
    # the parser hangs the goal on the verb before the march
    text = "The plan aims to help regions left behind in Peru's halting march to greater wealth."
    assert triples(code_bundled(text)) == []
    assert triples(code_bundled("Thousands of Peruvian students marched to the presidential palace.")) == [
        ("PER", None, "141")]  # a march that names no one it is against has no target (ANNOTATION.md)


def test_a_liking_is_no_act_and_the_wires_dollars_are_no_state(code_bundled):
    assert triples(code_bundled("Some Polish officials dislike Lithuania's fishing quotas.")) == []
    got = triples(code_bundled("The Polish ministry rejected a Lithuanian bid of 80 U.S. Dlrs per tonne."))
    assert ("POL", "USA", "120") not in got


def test_arriving_at_a_price_is_no_visit(code_bundled):
    text = "Poland and Lithuania are negotiating. Both countries are working to arrive at a fair price."
    assert "042" not in [e.cameo for e in code_bundled(text)]
    assert [e.cameo for e in code_bundled("The Polish president arrived at Vilnius airport.")] == ["042"]


def test_attacking_a_way_or_a_decision_is_done_in_words(code_bundled):
    assert "190" not in [e.cameo for e in code_bundled("The Polish premier attacked the way Lithuania treated its "
                                                       "army.")]
    assert triples(code_bundled("The Polish premier attacked the Lithuanian decision.")) == [("POL", "LTU", "111")]


def test_a_bureau_s_battle_with_states_is_fought_in_words(code_bundled):
    got = triples(code_bundled("The European Commission has stepped up its battle with Poland over deficit limits."))
    assert got == [("EU", "POL", "111")]


def test_a_sports_story_s_officials_and_courts_are_the_game_s(code_bundled):
    text = ("Polish tennis' top official has defended the courts at the Warsaw Open after criticism by a player "
            "in the semi-final of the tournament.")
    assert code_bundled(text) == []


def test_a_website_does_not_act(code_bundled):
    assert code_bundled("The campaign site of the Polish president is blocking visits from Lithuanian users.") == []


def test_the_month_of_march_is_no_march(code_bundled):
    assert code_bundled("Vantor Holdings, a Polish firm, took a controlling interest in Kestrel Airways in March.") \
        == []


def test_an_event_noun_asked_for_is_not_done(code_bundled):
    assert triples(code_bundled("Peru's Conservatives demand fresh probe.")) == []
    assert triples(code_bundled("The Peruvian opposition called for an investigation by the army.")) == []
    assert triples(code_bundled("Chile demanded an inquiry from Peru.")) == [("CHL", "PER", "100")]


def test_heartened_by_news_is_no_appeal(code_bundled):
    text = "Peruvian investors were encouraged by remarks from the Chilean finance minister."
    assert triples(code_bundled(text)) == []
    assert triples(code_bundled("Peru was encouraged by Chile to join the talks.")) == [("CHL", "PER", "020")]


def test_approving_a_measure_is_no_praise(code_bundled):
    text = "Peruvian investors approved the relocation of the company's headquarters from Chile."
    assert triples(code_bundled(text)) == []
    assert triples(code_bundled("Peru approved Chile's plan.")) == [("PER", "CHL", "051")]


def test_protecting_an_economy_s_health_is_not_by_arms(code_bundled):
    text = "Peruvian leaders see reforming the banks as vital to protect the health of Peru's boom."
    assert triples(code_bundled(text)) == []
    assert triples(code_bundled("Chile sent troops to protect Peru.")) == [("CHL", "PER", "074")]


def test_a_supply_cut_by_an_accident_or_the_market_is_no_sanction(code_bundled):
    assert triples(code_bundled("Peru cut copper shipments to Chile by 15 pct after a blaze shut a smelter.")) == []
    assert triples(code_bundled("Peru suspended oil exports to Chile due to low demand.")) == []
    assert triples(code_bundled("Peru halted gas exports to Chile after the Chilean air strike.")) == [
        ("PER", "CHL", "163")]


def test_a_warning_about_what_another_plans_is_a_criticism_of_it(code_bundled):
    text = "The Peruvian president warned that the Chilean government was planning the deepest cuts in decades."
    assert triples(code_bundled(text)) == [("PER", "CHL", "111")]
    assert triples(code_bundled("Peru warned that Chile would attack.")) == [("PER", "CHL", "012")]
    assert triples(code_bundled("Peru warned Chile that it would respond.")) == [("PER", "CHL", "130")]


def test_a_truce_or_talks_demanded_with_someone_is_a_demand_of_them(code_bundled):
    assert triples(code_bundled("Bolivian rebels demanded a truce with Peruvian forces.")) == [("BOL", "PER", "107")]


def test_goods_counted_in_money_over_a_year_are_a_trade_statistic(code_bundled):
    text = "Bolivia exported 400 mln dlrs worth of tin to Paraguay in 1988 and imported 90 mln dlrs worth."
    assert triples(code_bundled(text)) == []


def test_force_against_an_armed_sides_attack_is_fighting_not_repression(code_bundled):
    assert triples(code_bundled("Bolivia says it crushed a Paraguayan offensive in the east.")) == [
        ("BOL", "PRY", "190")]


def test_telling_someone_of_ones_offer_to_give_money_is_the_offer(code_bundled):
    text = "The World Bank had informed the Bolivian government that it was ready to provide about 20 mln dlrs."
    assert [t[2] for t in triples(code_bundled(text))] == ["0331"]
    # ... and telling one's own plan is the plan
    text = "Toyota has informed the Bolivian government it plans to produce cars there again with a local partner."
    assert [t[2] for t in triples(code_bundled(text, date="1987-03-18"))] == ["030"]


def test_looking_over_a_plan_is_no_investigation_and_no_option(code_bundled):
    text = "Zoltra Corp of Bolivia said it was reviewing an idea for a new magazine in Paraguay."
    assert triples(code_bundled(text)) == []


def test_cutting_a_trade_surplus_is_no_cut_in_trade(code_bundled):
    assert code_bundled("Vietnam will cut its trade surplus with Japan, an official said.") == []
    [event] = code_bundled("Vietnam will cut trade with Japan, an official said.")
    assert (event.source.country, event.target.country, event.cameo[:2]) == ("VNM", "JPN", "13")


def test_ending_a_trade_dispute_is_no_end_of_trade(code_bundled):
    assert triples(code_bundled("Vietnam moved last month to end its long trade dispute with Japan.")) == []
    assert triples(code_bundled("Vietnam moved last month to end its trade with Japan.")) == [("VNM", "JPN", "1312")]
    assert triples(code_bundled("Vietnam halted trade talks with Japan.")) == [("VNM", "JPN", "164")]


def test_parties_clashing_over_tax_quarrel_in_words(code_bundled):
    told = code_bundled("Labour and the Conservatives clashed over pension and tax plans on Monday.", date="2005-02-10")
    assert {e.cameo for e in told} == {"111"}


def test_fighting_a_ruling_or_tariffs_is_a_contest_not_force(code_bundled):
    for text in ("PERU VOWS TO FIGHT CHILEAN COPPER ACTION.", "Peru vowed to fight the Chilean ruling on copper.",
                 "Peru will fight the Chilean tariffs."):
        assert code_bundled(text, date="1987-03-24") == [], text
    assert [e.cameo for e in code_bundled("Peru vowed to fight Chile.", date="1987-03-24")] == ["138"]


def test_talking_to_reporters_is_no_meeting(code_bundled):
    text = "LIMA, March 2 - Peru's deputy ministers declined to talk to reporters."
    assert code_bundled(text, date="1987-03-02") == []
    told = code_bundled("LIMA, March 2 - Peru's deputy ministers declined to talk to Chilean officials.",
                        date="1987-03-02")
    assert dyads(told) == [("PERGOV", "CHLGOV", "125")]


def test_troops_marching_in_stage_no_protest(code_bundled):
    text = "Scores of Peruvian troops marched into the battered Bolivian refugee camp in Lima."
    assert [e.cameo for e in code_bundled(text, date="1987-04-07") if e.cameo[:2] == "14"] == []
    told = code_bundled("Thousands of Peruvian students marched through Lima.", date="1987-04-07")
    assert [e.cameo for e in told] == ["141"]


def test_a_tax_or_gun_amnesty_frees_no_one(code_bundled):
    for text in ("Peru is offering a one-time tax amnesty for those who kept savings abroad.",
                 "Peru declared a gun amnesty for residents of Lima on Monday."):
        assert code_bundled(text, date="2005-05-09") == [], text
    assert [e.cameo for e in code_bundled("Peru granted an amnesty to 300 prisoners.", date="2005-05-09")] == ["0841"]


def test_words_of_threat_surrender_seizure_and_riot_used_loosely_tell_no_such_act(code_bundled):
    for text in ("The Polish president threatens Lithuanian interests.",
                 "As the Polish foreign minister conceded in Vilnius in 2005, the policy was self-defeating.",
                 "PARIS, March 3 - Acme SA, a French company, would take over control of Zenith Industrial Corp, "
                 "sources said.",
                 "Greece plans to drill near Lesbos after taking control of an Italian-led mining consortium.",
                 "Peru's interior minister told reporters the Netherlands would give 20 mln guilders to help fight "
                 "Peru's cocaine trade.",
                 "The Lithuanian move was an act of wanton diplomatic vandalism by Vilnius.",
                 "The tax was the last step in Poland's purge of laws left from the communist era.",
                 "The Polish government launched a crackdown on tax evasion on Monday."):
        assert code_bundled(text, date="2018-05-09") == [], text
    assert [e.cameo for e in code_bundled("Poland's purge of Lithuanian journalists went on.", date="2018-05-09")] == [
        "175"]
    # the acts themselves still are
    assert [e.cameo for e in code_bundled("The Polish president threatened Lithuania.", date="2018-05-09")] == ["130"]
    assert [e.cameo for e in code_bundled("Russian troops took control of the Ukrainian town of Izium.",
                                          date="2018-05-09")] == ["192"]


def test_a_preposition_apart_from_its_verb_is_no_particle(code_bundled):
    text = "U.S. envoys gave a blunt message to Japanese Foreign Minister Tadashi Kuranari in talks last week."
    assert [e.cameo for e in code_bundled(text, date="1987-04-20") if e.cameo[:2] == "08"] == []
    assert [e.cameo for e in code_bundled("Japan gave in to US demands on Monday.", date="1987-04-20")] == ["080"]


def test_floor_space_occupied_and_both_barrels_fired_are_no_protest_or_force(code_bundled):
    text = "CHICAGO, March 9 - Sears Roebuck Co said it will occupy 200,000 square beginning next year under a lease."
    assert code_bundled(text, date="1987-03-09") == []
    text = "Chancellor Gordon Brown used his Budget to fire both barrels at the opposition parties on Wednesday."
    assert [e.cameo[:2] for e in code_bundled(text, date="2005-03-16")] == ["11"]


def test_appealing_a_ruling_or_its_merits_is_a_court_step(nlp):
    from detente.coder.loose_senses import appealed_a_ruling

    doc = nlp("The oil company will appeal the merits of the verdict.")
    assert appealed_a_ruling(next(t for t in doc if t.lemma_ == "appeal"))
    doc = nlp("The oil company appealed to Congress for help.")
    assert not appealed_a_ruling(next(t for t in doc if t.lemma_ == "appeal"))


def test_a_charge_made_in_a_debate_is_no_arrest(code_bundled):
    # the parser hangs the "that" clause on the debate, not on "charged"
    text = "French envoy Paul Leroux charged during the GATT debate that Spain was seeking to protect its farmers."
    assert [e for e in code_bundled(text, date="1987-03-04") if e.cameo.startswith("17")] == []
    assert triples(code_bundled("Polish police charged the protester who had blocked the road that day.",
                                date="1987-03-04"))[0] == ("POL", "POL", "173")


def test_a_quality_recognised_is_no_formal_recognition(code_bundled):
    for text in ("The minister said the Dutch government recognised the honesty of Chilean growers.",
                 "The Polish government recognises the importance of Lithuania's role in the region."):
        assert code_bundled(text, date="1987-03-11") == [], text
    assert triples(code_bundled("Sweden recognised the new government of Libya on Monday.", date="2014-10-30")) == [
        ("SWE", "LBY", "054")]


def test_armed_men_holding_a_building_are_no_protest(code_bundled):
    text = "QUITO, May 4 - About 80 rebels were occupying the main building at the air base, sources said."
    assert [e.cameo[:2] for e in code_bundled(text, date="1988-05-04")] == ["19"]
    text = "QUITO, May 4 - About 300 students were occupying the ministry building, police said."
    assert [e.cameo for e in code_bundled(text, date="1988-05-04")] == ["144"]


def test_housing_units_built_are_no_forces_massed(code_bundled):
    text = "The minister said Turkish firms will build 5,000 housing units in Tbilisi."
    assert code_bundled(text, date="1987-10-19") == []
    assert [e.cameo for e in code_bundled("Russia deployed tank units to Crimea on Monday.", date="2014-04-24")] == [
        "154"]


def test_a_firm_that_would_take_control_of_another_threatens_no_seizure(code_bundled):
    text = "PARIS, April 24 - It also said Siemens, a German engineering group, would take control of Tarsus early " \
        "next year if Paris gave its approval."  # a firm named like a Turkish town
    assert code_bundled(text, date="1987-04-24") == []


def test_a_party_s_attack_on_a_state_is_in_words(code_bundled):
    text = "The Liberal Democrats attacked Germany over its budget plans on Monday."
    assert [e.cameo for e in code_bundled(text, date="2005-02-01")] == ["111"]


def test_a_march_s_protest_is_the_march(code_bundled):
    for text in ("About 3,000 Peruvian farmers marched on Lima on Monday to protest the government's price policy.",
                 "About 3,000 Peruvian farmers marched on Lima on Monday to denounce the government's price policy."):
        assert [e.cameo for e in code_bundled(text, date="1987-03-26")] == ["141"], text


def test_a_tariff_cut_is_no_sanction(code_bundled):
    text = "Chile introduced a sweeping tariff cut on 900 foreign products last May aimed at reducing its trade " \
        "surplus with Japan."
    assert code_bundled(text, date="1987-04-11") == []
    assert [e.cameo for e in code_bundled("Chile imposed new tariffs on Japanese steel.", date="1987-04-11")] == ["163"]


def test_a_product_a_firm_backs_is_no_side_taken(code_bundled):
    assert code_bundled("Toshiba backs Panasonic's new disc format.", date="2005-01-01") == []
    assert [e.cameo for e in code_bundled("Russia backs Serbia's position on Kosovo.", date="2005-01-01")] == ["050"]


def test_a_market_s_exchanges_are_no_exchanges_between_states(nlp):
    from detente.coder.loose_senses import of_another_kind

    def kind(text: str, verb: str) -> bool:
        return of_another_kind(next(t for t in nlp(text) if t.text == verb), "160")

    assert kind("The regulator delayed the opening of the Athens and Salonika stock exchanges.", "delayed")
    assert not kind("Russia suspended cultural exchanges with Britain.", "suspended")


def test_a_crackdown_on_debts_in_a_capitals_headline_represses_no_one(code_bundled):
    # the parser hangs "ON" on the verb and leaves "DEBTS" unlemmatised
    assert code_bundled("KENYAN GOVERNMENT EXPANDS CRACKDOWN ON BAD DEBTS.", date="1987-03-25") == []


def test_the_lifting_of_sanctions_is_no_sanction(code_bundled):
    assert code_bundled("Chile announced the lifting of sanctions on Peru.", date="1987-03-12") == []
    assert [e.cameo for e in code_bundled("Chile announced sanctions on Peru.", date="1987-03-12")] == ["163"]


def test_a_business_threatened_is_endangered_not_threatened(code_bundled):
    assert code_bundled("Russia's move threatens Ukraine's grain exports business.") == []
    assert [e.cameo for e in code_bundled("Kenya threatened Somalia with sanctions.")] == ["130"]


def test_a_border_closed_to_goods_is_a_suspended_link_not_a_blockade(code_bundled):
    assert [e.cameo for e in code_bundled("Chile closed its border to Peruvian fruit.", date="1987-03-10")] == ["160"]
    text = "CHILE CLOSES BORDER TO SOME PERUVIAN FRUIT."  # a wire's capitals, the parser's proper nouns
    assert [e.cameo for e in code_bundled(text, date="1987-03-10", title="Trade")] == ["160"]
    assert [e.cameo for e in code_bundled("Chile closed its border with Peru.", date="1987-03-10")] == ["191"]


def test_a_vow_to_wage_war_is_a_threat_of_force(code_bundled):
    text = "Kurdish rebels vowed to wage a guerrilla war against the Iraqi army and its tribal militia allies after " \
        "the latter seized Kirkuk."
    assert [(e.source.cameo, e.target.cameo, e.cameo) for e in code_bundled(text, date="2018-03-19")] == [
        ("IRQREB", "IRQMIL", "138")]
    assert [e.cameo for e in code_bundled("Kenya vowed to strengthen cooperation with Uganda.")] == ["031"]


def test_a_warning_against_doing_something_is_a_threat_wherever_the_parser_hangs_against(code_bundled):
    text = "WASHINGTON, April 25 - The president warned Congress during his Saturday broadcast against approving " \
        "protectionist bills."
    assert [e.cameo[:2] for e in code_bundled(text, date="1987-04-25")] == ["13"]


def test_a_warning_that_one_is_ready_for_action_or_will_take_it_is_a_threat(code_bundled):
    for text in ("Ankara warned Damascus on Tuesday that it was now ready for any new hostile action.",
                 "Ankara warned Damascus on Tuesday that it would take action."):
        assert [e.cameo[:2] for e in code_bundled(text, date="2012-10-05")] == ["13"], text


def test_what_a_warning_says_is_being_done_is_reported_as_done_not_threatened(code_bundled):
    text = "Turkish officials have warned that Russia is sending tanks and artillery to the Syrian army."
    assert [(e.source.cameo, e.target.cameo, e.cameo) for e in code_bundled(text, date="2018-05-09")
            if e.source.country == "RUS"] == [("RUS", "SYRMIL", "072")]


def test_a_warning_foretelling_a_reprisal_is_a_threat_wherever_the_parser_hangs_the_clause(code_bundled):
    # the parser hangs "could prompt reprisals" under "considering", not under "warned"
    text = "Mexico warned the U.S. House of Representatives on Monday that tough import legislation it is " \
        "considering could prompt reprisals from its neighbours."
    assert [e.cameo[:2] for e in code_bundled(text, date="1987-03-18")] == ["13"]


def test_meeting_opposition_is_no_meeting(code_bundled):
    text = "BRASILIA, March 25 - Planning Minister Joao Sayad put forward a fresh plan for a pay freeze, but met " \
        "opposition from President Jose Sarney."
    assert [e for e in code_bundled(text, date="1987-03-25") if e.cameo[:2] == "04"] == []
    text = "BRASILIA, March 25 - Planning Minister Joao Sayad met opposition leaders on Wednesday."
    assert [(e.source.cameo, e.target.cameo, e.cameo) for e in code_bundled(text, date="1987-03-25")] == [
        ("BRAGOV", "BRAOPP", "040")]


def test_taking_responsibility_for_operations_is_a_post_not_a_claim(code_bundled):
    text = "DETROIT, April 7 - In Europe, Karen Holt, General Motors' vice president for sales, will assume " \
        "responsibility for French operations."
    assert code_bundled(text, date="1987-04-07") == []
    assert [e.cameo for e in code_bundled("Rebels claimed responsibility for the bombing in Kabul on Monday.",
                                          date="2020-01-15")] == ["015"]


def test_rejecting_charges_is_a_denial_not_a_refusal(code_bundled):
    text = "Kuwait today rejected charges that fishing boats seized by Iran were spying for Iraq."
    assert [e.cameo for e in code_bundled(text, date="1987-06-02") if e.source.country == "KWT"] == ["016"]
    assert [e.cameo for e in code_bundled("Kuwait rejected Iran's demand for compensation on Monday.",
                                          date="1987-06-02")] == ["120"]
    text = "LONDON, March 2 - Brazil's finance minister flatly rejected a British suggestion that his country seek " \
        "IMF help."
    assert [e.cameo for e in code_bundled(text, date="1987-03-02")] == ["120"]  # a proposal, not a charge


def test_support_a_poll_shows_is_voters_opinion_no_act(code_bundled):
    text = "SANTIAGO - The survey of 2,000 voters across Chile also showed support for the Christian Democrats " \
        "running at 38 pct."
    assert code_bundled(text, date="1987-03-11") == []


def test_attacking_a_policy_or_a_firm_in_a_labour_dispute_is_done_in_words(code_bundled):
    text = "Finance Minister Kiichi Miyazawa attacked the rise in U.S. short-term interest rates on Monday."
    assert [e.cameo for e in code_bundled(text, date="1987-10-19")] == ["111"]
    text = "The miners' union clashed with Anglo American Corp on Monday."
    assert [e.cameo for e in code_bundled(text, date="1987-10-19")] == ["111"]
    text = "Iraqi troops attacked Iranian positions on Monday."
    assert [e.cameo for e in code_bundled(text, date="1987-10-19")] == ["190"]


def test_meeting_a_portion_of_demands_is_no_meeting(code_bundled):
    assert code_bundled("Philip Morris met many of the government's demands.", date="2004-01-01") == []
    assert code_bundled("Philip Morris met the government's demands.", date="2004-01-01") == []


def test_charging_a_fault_is_an_accusation_not_an_arrest(code_bundled):
    text = "A World Bank director resigned on Tuesday, charging Nigerian interference in the loan."
    assert ("IGOBUSWBK", "NGA", "112") in dyads(code_bundled(text, date="1987-03-19"))
    assert [e.cameo for e in code_bundled("Nigerian police charged two Ghanaian traders with fraud.",
                                          date="1987-03-19")] == ["173"]


def test_meeting_a_share_of_a_market_s_needs_is_no_meeting(code_bundled):
    text = ("Chilean and Peruvian producers which together meet 30 pct of Japan's needs for copper have agreed to "
            "set a minimum price.")
    assert "040" not in [e.cameo for e in code_bundled(text, date="1987-04-05")]


def test_force_with_chemical_means_is_unconventional_mass_violence(code_bundled):
    text = "Iraqi troops killed hundreds of Iranian soldiers with mustard gas in March."
    assert [(e.source.code, e.target.code, e.cameo) for e in code_bundled(text, date="1988-05-09")] == [
        ("IRQ", "IRN", "2041")]
    text = "Iraqi troops killed hundreds of Iranian soldiers with rifles in March."
    assert [e.cameo for e in code_bundled(text, date="1988-05-09")] == ["190"]
    text = "The Libyan army used nerve gas to kill Chadian soldiers near the border, Chad said."
    assert [(e.source.code, e.target.code, e.cameo) for e in code_bundled(text, date="1988-05-09")] == [
        ("LBY", "TCD", "2041")]


def test_a_company_s_own_meeting_put_off_is_no_meeting_of_sides(code_bundled):
    text = "DETROIT, May 9 - General Motors' board postponed its annual shareholders' meeting in Dayton."
    assert code_bundled(text, date="1990-05-09") == []
    text = "WASHINGTON, May 9 - Bush postponed his meeting with Gorbachev."
    assert [e.cameo for e in code_bundled(text, date="1990-05-09")] == ["160"]


def test_rejecting_a_suggestion_that_someone_do_something_is_a_refusal_not_a_denial(code_bundled):
    text = ("LIMA, March 2 - Peru's finance minister flatly rejected a British suggestion that his country seek World "
            "Bank support to speed up talks with creditors.")
    assert [e.cameo for e in code_bundled(text, date="1987-03-02")] == ["120"]
    text = "BRASILIA, March 2 - Brazil rejected British claims that its navy seized the ship."
    assert [e.cameo for e in code_bundled(text, date="1987-03-02")] == ["016"]


def test_a_rate_charged_to_banks_is_a_price_no_one_is_charged(code_bundled):
    text = ("WARSAW, March 12 - Loans will cost one point more than those charged to state enterprises by the "
            "National Bank of Poland.")
    assert code_bundled(text, date="1987-03-12") == []


def test_meeting_someone_s_requests_to_come_is_no_meeting_to_come(code_bundled):
    text = "SEOUL, May 9 - South Korea will open its insurance market to meet U.S. requests, officials said."
    assert not [e for e in code_bundled(text, date="1990-05-09") if e.cameo == "036"]


def test_marching_away_is_leaving_not_a_march(code_bundled):
    text = "After the ceasefire the Americans marched away yesterday."
    assert code_bundled(text, date="2019-01-05") == []
    text = "Thousands of French students marched in Lyon against the reform."
    assert [e.cameo for e in code_bundled(text, date="2019-01-05")] == ["141"]


def test_surrendering_a_licence_is_no_retreat(code_bundled):
    text = "A Canadian bank has surrendered its deposit-taking licence in Hong Kong to the Hong Kong government."
    assert code_bundled(text, date="1987-03-31") == []
    text = "Tamil rebels surrendered the town of Jaffna to Sri Lankan government troops."
    assert [e.cameo for e in code_bundled(text, date="1987-03-31")] == ["0874"]


def test_joining_in_march_of_a_year_is_the_month(code_bundled):
    text = "Vietnam is the fund's newest member, joining in March 1993."
    assert code_bundled(text, date="1994-04-29") == []


def test_labour_unrest_is_strikes_not_riots(code_bundled):
    text = "Argentina's industrial unrest deepened, with railways, ports and state offices on strike."
    assert [e.cameo for e in code_bundled(text, date="1989-03-25")] == ["143"]


def test_a_seat_on_a_board_offered_is_no_appeal(code_bundled):
    text = "ZURICH, March 20 - Roche said it had invited Hans Meier, a former Swiss diplomat, to join the Roche board."
    assert code_bundled(text, date="1987-03-20") == []
    assert [e.cameo for e in code_bundled("NATO invited Poland to join the alliance.", date="1997-03-20")] == ["026"]


def test_conceding_what_would_be_is_an_admission_however_parsed(code_bundled):
    text = ("CHICAGO, March 4 - Pan Am Corp said it holds 12 pct of Eastern Air Lines Inc.\n\n"
            "But the executive conceded a merged Pan Am-Eastern would be a strong rival.")
    assert [e for e in code_bundled(text, date="1987-03-04") if e.cameo[:2] == "08"] == []


def test_a_state_s_review_of_its_own_measures_is_no_inquiry(code_bundled):
    text = "The Ghanaian government will carry out a wide review of export duties by the end of June."
    assert code_bundled(text, date="1987-03-31") == []


def test_banks_underwriting_an_issue_of_securities_give_no_aid(nlp, code_bundled):
    from detente.coder.market_senses import underwrote_securities

    doc = nlp("The note issue is lead managed by a London bank and underwritten by 30 banks.")
    assert underwrote_securities(next(t for t in doc if t.lower_ == "underwritten"))
    text = "Saudi Arabia underwrote Iraq's war effort with billions of dollars."
    assert [e.cameo for e in code_bundled(text, date="1987-03-19")] == ["071"]


def test_a_programme_supported_by_a_loan_is_aid_not_praise(code_bundled):
    text = "Ghana's reform programme was supported by a World Bank loan."
    assert [e.cameo for e in code_bundled(text, date="1987-06-29")] == ["071"]
    assert [e.cameo for e in code_bundled("France supported Ghana's reform programme.", date="1987-06-29")] == ["051"]
    text = "Japan and Italy, backed by the International Monetary Fund, want the group to agree on rates."
    assert {e.cameo for e in code_bundled(text, date="1987-06-29")} == {"050"}  # a body named Fund is no money


def test_a_purchase_agreed_in_principle_is_promised_not_concluded(code_bundled):
    text = "NEW YORK, April 1 - Halvek Systems Inc said it agreed {}to acquire the shares of <Morrow Labs Inc>."
    assert [e.cameo for e in code_bundled(text.format("in principle "), date="1987-04-01")] == ["030"]
    assert [e.cameo for e in code_bundled(text.format(""), date="1987-04-01")] == ["0311"]


def test_a_sale_agreed_tentatively_is_promised_not_concluded(code_bundled):
    text = "NEW YORK, April 1 - Halvek Systems Inc has {}agreed to sell the Chilean unit to Chile's Entel, it said."
    assert [e.cameo for e in code_bundled(text.format("tentatively "), date="1987-04-01")] == ["030"]
    assert [e.cameo for e in code_bundled(text.format(""), date="1987-04-01")] == ["0311"]


def test_a_warning_about_what_befalls_people_is_aimed_at_no_one(code_bundled):
    text = "The Red Cross warned on Monday that 300 villagers were in urgent need of food in the Nuba hills of Sudan."
    assert code_bundled(text, date="2017-11-09") == []
    text = "Aid agencies warned that thousands of refugees in Chad faced hunger."
    assert code_bundled(text, date="2017-11-09") == []
    text = "The IMF warned that the Chilean government was planning deep cuts."
    assert [e.cameo for e in code_bundled(text, date="2017-11-09")] == ["111"]


def test_recognising_that_something_is_so_recognises_no_state(code_bundled):
    text = "Voters recognised that the Conservatives had brought stability."
    assert code_bundled(text, date="2005-03-01") == []
    assert [e.cameo for e in code_bundled("Britain recognised Kosovo on Monday.", date="2008-03-01")] == ["054"]


def test_an_agreement_still_being_negotiated_is_talks_not_a_deal(code_bundled):
    assert [e.cameo for e in code_bundled("Peru is negotiating a trade agreement with Chile.", date="1987-04-02")] \
        == ["046"]
    assert [e.cameo for e in code_bundled("Peru has negotiated a trade agreement with Chile.", date="1987-04-02")] \
        == ["057"]


def test_an_attack_on_a_plan_is_made_in_words(code_bundled):
    text = "France and Italy led a fierce attack on the EC budget plan."
    assert {e.cameo for e in code_bundled(text, date="1987-03-18")} == {"111"}
    text = "Iraq launched an attack on Iranian oil installations."
    assert [e.cameo for e in code_bundled(text, date="1987-03-18")] == ["190"]


def test_a_state_s_troops_supporting_a_side_abroad_are_military_backing(code_bundled):
    text = "French troops are supporting the Malian army against the rebels."
    assert [e.cameo for e in code_bundled(text, date="2017-11-24")] == ["072"]
    text = "France is supporting the Malian army against the rebels."  # no means stated: backing
    assert [e.cameo for e in code_bundled(text, date="2017-11-24")] == ["050"]


def test_a_letter_of_understanding_signed_is_an_agreement(code_bundled):
    text = "Canada signed a letter of understanding with Japan on fisheries."
    assert [(e.source.cameo, e.target.cameo, e.cameo) for e in code_bundled(text, date="1987-04-01")] == [
        ("CAN", "JPN", "057")]


def test_resigning_from_running_a_firm_s_subsidiary_is_no_resignation_from_office(code_bundled):
    text = "Sunil Mehta, the Indian textile tycoon's son, resigned on Friday from running the family's retail " \
        "subsidiary."
    assert code_bundled(text, date="2005-06-01") == []
    text = "Sunil Mehta, India's textile minister, resigned on Friday."
    assert [e.cameo for e in code_bundled(text, date="2005-06-01")] == ["0831"]


def test_a_war_foreseen_in_a_warning_to_no_one_is_no_threat_of_force(code_bundled):
    assert code_bundled("The Turkish prime minister has warned of a looming war with Syria.", date="2012-10-05") == []
    events = code_bundled("The Turkish prime minister warned of a military response against Syria.", date="2012-10-05")
    assert [e.cameo for e in events] == ["138"]


def test_bids_taken_up_in_a_subsidy_tender_are_no_promise(code_bundled):
    text = "Canada's farm ministry has accepted five bids by Canadian grain exporters for export bonuses on barley " \
        "sales to Iraq."
    assert code_bundled(text, date="1987-04-24") == []
    text = "Canada's farm ministry has accepted an offer by Iraq to hold talks on barley sales."
    assert [e.cameo[:2] for e in code_bundled(text, date="1987-04-24")] == ["03"]
    text = "A USDA official, Tom Fenwick, said the Commodity Credit Corp had accepted one bid from Hartwell Grain " \
        "Inc on a sale of 22,500 tonnes of barley."  # one of the tender's bids, counted
    assert code_bundled(text, date="1987-03-31") == []


def test_an_operation_coordinated_with_another_is_cooperation_not_talk(code_bundled):
    text = "The Swiss National Bank coordinated its currency intervention with the Bank of Japan on Tuesday."
    assert dyads(code_bundled(text, date="1987-03-09")) == [("CHEGOV", "JPNGOV", "060")]
    text = "Israeli army officers coordinated with Egyptian army officers on Monday."
    assert [e.cameo for e in code_bundled(text, date="1987-03-09")] == ["060"]


def test_agreeing_to_condemn_a_state_s_policy_is_a_stand_against_it(code_bundled):
    text = "Norwegian churches and trade unions agreed on Monday to condemn Chile's labour policy in public."
    assert {e.cameo for e in code_bundled(text, date="1987-03-20")} == {"111"}


def test_a_figure_up_from_last_year_has_not_risen_up(code_bundled):
    text = "Seoul will try to cut its surplus with Canada, Which rose to 6.9 billion dlrs in 1986, up from 4.1 " \
        "billion in 1985, the minister said."
    assert code_bundled(text, date="1987-05-11") == []
    text = "Iraqi Kurds rose up against Saddam Hussein in 1991."
    assert [e.cameo for e in code_bundled(text, date="1987-05-11")] == ["145"]


def test_backing_the_dismissal_of_a_thing_is_opposing_it(code_bundled):
    text = "The Justice Department said it supported dismissal of the Pan Am application."
    assert [e.cameo[:2] for e in code_bundled(text, date="1987-03-06")] == ["12"]


def test_a_trouble_a_firm_has_on_its_hands_is_a_figure(code_bundled):
    text = "\"Eastern Airlines has a full-scale pilot mutiny on its hands,\" said an industry analyst."
    assert code_bundled(text, date="1988-12-27") == []


def test_critics_attacking_a_film_review_a_work(code_bundled):
    text = "The Indian adaptation of Emma has been attacked by British critics."
    assert code_bundled(text, date="2004-12-27") == []


def test_blocking_a_stage_of_a_plan_is_a_veto_not_a_restriction_at_home(code_bundled):
    text = "Economists say Denmark has blocked a second stage of the currency system."
    assert [e.cameo for e in code_bundled(text, date="1987-03-13") if e.cameo.startswith("17")] == []


def test_a_protest_a_state_leads_is_its_complaint_not_a_rally(code_bundled):
    text = "France opposed the planned levy, which has already sparked fierce protest from shippers to the EC " \
        "led by Canada, diplomats said."
    assert [(e.source.country, e.cameo[:2]) for e in code_bundled(text, date="1987-03-16")
            if e.source.country == "CAN"] == [("CAN", "11")]


def test_a_firm_hiring_an_adviser_is_commerce(code_bundled):
    text = "SAN MATEO, Calif., March 16 - Acme Inc said its board will review the proposal and it has asked " \
           "Hartwell and Co Inc to assist it in weighing the bid."
    assert code_bundled(text, date="1987-03-16") == []
    text = "SAN MATEO, Calif., March 16 - Acme Inc said it has asked Hartwell and Co Inc to drop its bid."
    assert [e.cameo[:2] for e in code_bundled(text, date="1987-03-16")] == ["02"]
