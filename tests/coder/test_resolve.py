"""Actor resolution with the mini lexicon."""

from detente.coder.conjuncts import resolve_actors
from detente.coder.context import ArticleContext
from detente.coder.mentions import find_matches
from detente.coder.sentence import sentences_of
from tests.coder.test_detect import dyads


def resolve(nlp, lexicon, text, head_text, date="2021-12-03", ctx=None):
    sentence = sentences_of(nlp(text))[0]
    ctx = ctx or ArticleContext(date=date)
    matches = find_matches(sentence, lexicon, ctx)
    head = next(t for t in sentence if t.text == head_text)
    return resolve_actors(head, sentence.span, matches, lexicon, ctx)


def test_demonym_plus_role_is_government(nlp, mini_lexicon):
    [a] = resolve(nlp, mini_lexicon, "Belarusian officials met reporters.", "officials")
    assert (a.country, a.sector, a.cameo, a.text) == ("BLR", "GOV", "BLRGOV", "Belarusian officials")


def test_role_of_country_with_unknown_name(nlp, mini_lexicon):
    [a] = resolve(nlp, mini_lexicon, "Prime Minister of Belarus Roman Golovchenko spoke.", "Minister")
    assert (a.country, a.sector) == ("BLR", "GOV")


def test_capital_stands_for_its_state_and_a_seat_for_the_government(nlp, mini_lexicon):
    [a] = resolve(nlp, mini_lexicon, "Vilnius protested.", "Vilnius")
    assert (a.country, a.sector, a.cameo) == ("LTU", None, "LTU")  # the text names the state, no sector
    [a] = resolve(nlp, mini_lexicon, "Zhongnanhai protested.", "Zhongnanhai")
    assert (a.country, a.sector) == ("CHN", "GOV")


def test_organisation_body_keeps_parent_code(nlp, mini_lexicon):
    [a] = resolve(nlp, mini_lexicon, "The European Parliament voted.", "Parliament")
    assert (a.org, a.sector, a.name) == ("EU", "LEG", "European Parliament")


def test_head_wins_over_modifier(nlp, mini_lexicon):
    [a] = resolve(nlp, mini_lexicon, "China criticized the European Union member Lithuania.", "Lithuania")
    assert a.code == "LTU"


def test_bare_surname_resolves_by_date(nlp, mini_lexicon):
    [a] = resolve(nlp, mini_lexicon, "Lukashenko spoke.", "Lukashenko")
    assert (a.country, a.sector) == ("BLR", "GOV")
    [b] = resolve(nlp, mini_lexicon, "Bush spoke.", "Bush", date="2005-03-01")
    assert b.name == "George W. Bush"
    [c] = resolve(nlp, mini_lexicon, "Bush spoke.", "Bush", date="1991-03-01")
    assert c.name == "George H. W. Bush"


def test_the_country_takes_the_article_context(nlp, mini_lexicon):
    ctx = ArticleContext(date="2021-12-03", last_country="BLR")
    [a] = resolve(nlp, mini_lexicon, "The president of the country spoke.", "president", ctx=ctx)
    assert (a.country, a.sector) == ("BLR", "GOV")


def test_place_inside_a_longer_name_is_not_the_state(nlp, mini_lexicon):
    sentence = sentences_of(nlp("Officials in New Mexico spoke."))[0]
    matches = find_matches(sentence, mini_lexicon, ArticleContext(date=None))
    assert not any(m.entry.country == "MEX" for m in matches.values())


def test_coordinated_actors(nlp, mini_lexicon):
    got = resolve(nlp, mini_lexicon, "Poland and Lithuania protested.", "Poland")
    assert [a.code for a in got] == ["POL", "LTU"]


def test_no_actor_for_plain_nouns(nlp, mini_lexicon):
    assert resolve(nlp, mini_lexicon, "The weather was cold.", "weather") == []


def test_title_before_an_unknown_name_gives_the_sector(nlp, mini_lexicon):
    [a] = resolve(nlp, mini_lexicon, "Belarus jailed protester Ana Lopez.", "Lopez")
    assert (a.country, a.sector) == ("BLR", "CVL")


def test_a_given_name_is_not_a_spelling_of_the_surname():
    from detente.coder.surnames import given_names_agree as _agrees
    assert not _agrees(["David"], "Philip Davis")  # "David Davis" is not Philip Davis
    assert _agrees(["Sergey"], "Sergei Lavrov") and _agrees(["George", "W."], "George W. Bush")
    assert not _agrees(["Stephen"], "Stephenson King")  # a longer name, not another spelling


def test_an_organisations_officer_codes_as_the_organisation(nlp, mini_lexicon):
    [a] = resolve(nlp, mini_lexicon, "Ilse Brandt met reporters.", "Brandt")
    assert (a.org, a.cameo) == ("EU", "IGOEUREEC")
    [a] = resolve(nlp, mini_lexicon, "Brandt met reporters.", "Brandt")  # the surname, in her term
    assert a.cameo == "IGOEUREEC"


def test_an_official_of_a_union_or_party_is_of_that_body(nlp, mini_lexicon):
    [a] = resolve(nlp, mini_lexicon, "A Minsk Workers Union official spoke.", "official")
    assert (a.country, a.sector, a.cameo) == ("BLR", "LAB", "BLRLAB")


def test_a_name_the_sentence_calls_which_is_no_person(nlp, mini_lexicon):
    assert resolve(nlp, mini_lexicon, "Lukashenko, which agreed to merge with a bank, cut jobs.", "Lukashenko") == []
    [a] = resolve(nlp, mini_lexicon, "Lukashenko, who met reporters, cut jobs.", "Lukashenko")
    assert a.cameo == "BLRGOV"


def test_a_destination_or_a_led_coalition_is_not_the_state_of_an_unnamed_official(nlp, mini_lexicon):
    def state(text):
        return [a.country for a in resolve(nlp, mini_lexicon, text, "minister")]
    assert state("The minister returned from a visit to Belarus.") == [None]
    assert state("The minister criticised the Poland-led coalition.") == [None]
    assert state("The minister criticised Belarus.") == ["BLR"]


def test_a_former_office_holder_is_elite(nlp, mini_lexicon):
    [a] = resolve(nlp, mini_lexicon, "The former Belarusian minister spoke.", "minister")
    assert a.cameo == "BLRELI"


def test_a_state_of_affairs_is_no_actor_whatever_state_it_is_in(nlp, mini_lexicon):
    # a possessive or "in X" ties a crisis or a market to a state; neither acts
    text = "Belarus's worsening fuel crisis alarmed investors."
    sentence = sentences_of(nlp(text))[0]
    ctx = ArticleContext(date="2021-12-03")
    matches = find_matches(sentence, mini_lexicon, ctx)
    head = next(t for t in sentence if t.text == "crisis")
    assert resolve_actors(head, sentence.span, matches, mini_lexicon, ctx, acting=True) == []
    # ... though one may speak of it as the state's ("warned that Belarus's economy would suffer")
    [a] = resolve_actors(head, sentence.span, matches, mini_lexicon, ctx)
    assert a.cameo == "BLR"
    assert resolve(nlp, mini_lexicon, "Fierce competition in the Polish grain market hurt farmers.",
                   "competition") == []
    assert resolve(nlp, mini_lexicon, "The continuing violence in Lithuania worried them.", "violence") == []
    # what is a body's own is spoken of as the body's; what only happens in a state is not the state's
    [a] = resolve(nlp, mini_lexicon, "Poland criticised the cost of European Union membership.", "cost")
    assert a.org == "EU"
    assert resolve(nlp, mini_lexicon, "Poland criticised a rise in Lithuanian interest rates.", "rise") == []
    [a] = resolve(nlp, mini_lexicon, "Belarus's foreign ministry alarmed investors.", "ministry")
    assert a.cameo == "BLRGOV"  # an office is no state of affairs


def test_a_stock_ticker_is_no_state(code_mini):
    # a newswire's ticker after a firm's name spells an exchange symbol, not a state: the firm is the target
    events = code_mini("WARSAW, May 3 - Polish troops attacked Marlow Corp <US> and Vantor Holdings <PRC.F>.")
    assert dyads(events) == [("POLMIL", "POLBUS", "190")]


def test_a_namesake_s_given_name_is_not_part_of_a_hyphenated_one():
    from detente.coder.surnames import given_names_agree as _agrees
    # "Stan" is no spelling of "Sang", part of the given name "Sang-hoon"; nor is "Hoon" alone the name
    assert not _agrees(["Stan"], "Kwon Sang-hoon") and not _agrees(["Hoon"], "Kwon Sang-hoon")
    assert _agrees(["Sang-hoon"], "Kwon Sang-hoon") and _agrees(["Jean"], "Jean-Luc Marrot")
    assert _agrees(["Jean", "Luc"], "Jean-Luc Marrot") and _agrees(["Sergey"], "Sergei Lavrov")


def test_a_bloc_s_business_leaders_are_business_people_not_the_bloc(code_bundled):
    text = "PARIS, May 2 - French and EC business leaders criticised the Brazilian government over the tariffs."
    assert ("IGOEUREECBUS", "BRAGOV", "111") in dyads(code_bundled(text))
    assert ("IGOEUREEC", "BRAGOV", "111") not in dyads(code_bundled(text))
    text = "PARIS, May 2 - EC bankers criticised the Brazilian government over the tariffs."
    assert dyads(code_bundled(text)) == [("IGOEUREECBUS", "BRAGOV", "111")]


def test_a_thing_owned_by_an_office_holder_is_the_office_s(code_bundled):
    assert dyads(code_bundled("The World Bank backed Chilean Finance Minister Ana Soto's debt initiative.")) == [
        ("IGOBUSWBK", "CHLGOV", "050")]
    assert dyads(code_bundled("The World Bank backed Chile's debt initiative.")) == [("IGOBUSWBK", "CHL", "050")]


def test_its_president_is_the_firm_s_when_it_is_a_firm(code_bundled):
    text = "DENVER, Jan 8 - Fulton Corp of America has completed a loan of 3 mln dlrs.\n\n" \
           "Its president, Paul Grant, also criticised the Labor Department last Friday."
    assert dyads(code_bundled(text)) == [("USABUS", "USAGOV", "111")]
    # a state's president stays its government
    text = "Chile held talks on trade. Its president also criticised Peru last Friday."
    assert dyads(code_bundled(text)) == [("CHLGOV", "PER", "111")]


def test_attacking_craft_are_forces_and_attacked_villages_are_their_people(code_bundled):
    text = "Planes from Sudan bombed Chadian villages on Friday."
    assert dyads(code_bundled(text)) == [("SDNMIL", "TCDCVL", "195")]
    text = "Boats from Sudan shelled Chadian towns on Friday."
    assert dyads(code_bundled(text)) == [("SDNMIL", "TCDCVL", "194")]


def test_a_pronoun_in_a_clause_of_time_that_could_be_either_side_is_neither(code_bundled):
    # "they" after "after" may be the police or the teachers: the hunger strike is no one's rather than the police's
    text = "Bolivian police evicted striking teachers from a school in Sucre after they started a hunger strike on " \
        "Monday."
    assert [(e.source.cameo, e.cameo) for e in code_bundled(text, date="2020-03-20")] == [("BOLCOP", "174")]


def test_a_state_word_on_people_inside_the_object_is_not_where_the_thing_hit_is(code_bundled):
    # the parser hangs "U.S. officials" (the next clause's speakers) inside "attacks on shipping in the ..."
    text = "Libya has conducted repeated attacks on shipping in the Mediterranean and U.S. officials have said " \
        "that Tripoli has recently acquired new missiles."
    assert [e for e in code_bundled(text, date="1987-03-19") if e.target is not None and e.target.cameo == "USA"] == []


def test_a_decision_named_by_where_it_is_carried_out_is_no_one_s(nlp, mini_lexicon):
    sentence = "The decision in the spring to seize Grodno, in western Belarus, was a mistake."
    doc = nlp(sentence)
    decision = next(t for t in doc if t.text == "decision")
    assert any(c.dep_ == "prep" and c.lower_ == "in" for c in decision.children), "the parse this test needs"
    assert resolve(nlp, mini_lexicon, sentence, "decision") == []
    assert [a.code for a in resolve(nlp, mini_lexicon, "Belarus's decision to seize Grodno was a mistake.",
                                    "decision")] == ["BLR"]


def test_a_prince_is_no_reigning_king_of_that_name(code_bundled):
    events = code_bundled("Kenya accused Prince Mohammed of ordering the attack.", date="2018-12-27")
    assert [e.target.country for e in events if e.target is not None and e.target.country == "MAR"] == []
    events = code_bundled("Kenya accused King Mohammed of ordering the attack.", date="2018-12-27")
    assert [e.target.cameo for e in events] == ["MARGOV"]


def test_a_war_in_a_place_is_no_actor_but_a_state_s_war_is_the_state_s(code_bundled):
    assert code_bundled("The cardinal used his Christmas sermon to denounce the war in Iraq.") == []
    assert [e.target.cameo for e in code_bundled("Kenya condemned Russia's war in Ukraine.")] == ["RUS"]


def test_a_state_s_drama_series_or_film_is_no_actor(code_bundled):
    # criticising a work: its makers are not the state named in its description
    for text in ("A Brazilian church group has criticised the latest series of US sitcom Frasier.",
                 "A Brazilian church group has criticised a new American drama series about Brasilia."):
        assert [e for e in code_bundled(text, date="2005-01-01") if e.target and e.target.country == "USA"] == [], text


def test_a_wing_of_a_government_is_the_government_s(code_bundled):
    text = "ROME - Chile's cabinet fell on Friday with the resignation of the Radical wing of Chile's coalition " \
        "government."
    assert [(e.source.cameo, e.cameo) for e in code_bundled(text, date="1987-04-08")] == [("CHLGOV", "0831")]


def test_a_bank_of_the_islamic_states_is_its_own_body_named_in_full_with_its_bracket(code_bundled):
    text = "The Islamic Development Bank (IsDB) signed a loan agreement with Pakistan on Monday."
    [event] = code_bundled(text, date="1987-03-12")
    assert (event.source.org, event.source.text) == ("ISDB", "Islamic Development Bank (IsDB)")


def test_a_word_for_people_inside_a_name_makes_no_civilians(code_bundled):
    # "National" in a bank's or an association's name is no citizen
    text = "WASHINGTON - The U.S. National Pasta Makers Association alleged Italy unfairly subsidized its exporters."
    assert [e.source.cameo for e in code_bundled(text, date="1987-04-01")] == ["USABUS"]
    text = "DENVER - On February 1, Colorado National lent the Chilean government 50 mln dlrs."
    assert [e.source.sector for e in code_bundled(text, date="1987-03-25")] == []  # no civilians' aid


def test_members_of_parliament_are_of_no_state_without_one(code_bundled):
    text = "LONDON - Five MPs have called on ministers to block the takeover of the club by a US businessman."
    assert [e for e in code_bundled(text, date="2005-05-03") if e.source.country == "USA"] == []


def test_many_nations_are_not_the_united_nations_told_of_before(code_bundled):
    text = "The United Nations criticised Russia on Monday. The nations of the west criticised Serbia."
    assert [e.source.org for e in code_bundled(text, date="2018-04-08")] == ["UN"]


def test_an_under_secretary_of_state_is_an_american_office(code_bundled):
    text = "TOKYO - Undersecretary of State Michael Armacost criticised Japanese rice quotas."
    assert [e.source.cameo for e in code_bundled(text, date="1987-03-31")] == ["USAGOV"]


def test_a_firm_named_for_a_federated_state_is_of_its_federation(code_bundled):
    text = "AMSTERDAM - Organon International BV said it agreed with Ohio Biotechnology Inc to develop a vaccine."
    assert [e.target.cameo for e in code_bundled(text, date="1987-03-13")] == ["USABUS"]


def test_a_british_competition_authority_is_the_british_government_s(code_bundled):
    text = "LONDON - The Office of Fair Trading launched an investigation into bank charges."
    assert [e.source.cameo for e in code_bundled(text, date="2004-03-20")] == ["GBRGOV"]


def test_an_all_capitals_headline_reads_acronyms_that_spell_no_word(nlp):
    from detente.coder.names import lookup_name
    from detente.lexicon import load_lexicon

    lexicon = load_lexicon()
    toks = list(nlp("IMF OFFICIAL RESIGNS OVER LOAN PRESSURE"))
    n, entries = lookup_name(lexicon, toks, 0, lowercase_text=False, shouting=True)
    assert n == 1 and {e.org for e in entries} == {"IMF"}
    toks = list(nlp("WHO WILL PAY FOR THE NEW DAM"))  # a word, not the World Health Organization
    assert lookup_name(lexicon, toks, 0, lowercase_text=False, shouting=True) == (0, ())
    toks = list(nlp("UK SEEKS ACCORD WITH PERU ON FISHING"))  # two letters that spell no word: a name
    n, entries = lookup_name(lexicon, toks, 0, lowercase_text=False, shouting=True)
    assert n == 1 and {e.country for e in entries} == {"GBR"}
    toks = list(nlp("US TO SEEK ACCORD"))  # "us" in capitals
    assert lookup_name(lexicon, toks, 0, lowercase_text=False, shouting=True) == (0, ())


def test_a_hyphenated_director_general_is_no_general(code_bundled):
    [event] = code_bundled("The Ghanaian director-general criticised Togo.", date="1987-04-05")
    assert event.source.cameo == "GHAGOV"


def test_his_binds_to_a_passive_subject_deep_in_the_noun_phrases(code_bundled):
    text = ("Chile's foreign minister, Jorge Diaz, arrived in Lima on Monday. And Peru's former trade minister, Luis "
            "Soto, was paid a large sum for the paperback edition of his memoir about his resignation from the "
            "government.")
    [event] = [e for e in code_bundled(text, date="1990-05-09") if e.cameo == "0831"]
    assert (event.source.code, event.source.sector) == ("PER", "ELI")


def test_the_agent_of_a_passive_is_the_next_she(code_bundled):
    text = ("Spanish newspapers have criticised Moroccan Foreign Minister Karim Alami over the fishing dispute. The "
            "criticism was rejected by Spain's foreign minister, Ana Ruiz, who said Madrid valued the work of Mr "
            "Alami. She urged Morocco to resume the fishing talks.")
    [event] = [e for e in code_bundled(text, date="1990-05-09") if e.sentence_index == 2]
    assert (event.source.code, event.source.sector, event.target.code, event.cameo) == ("ESP", "GOV", "MAR", "020")


def test_he_is_not_the_man_his_own_clause_names_again(code_bundled):
    text = ("Moroccan Foreign Minister Karim Alami met Spanish fishermen on Monday. Their leaders said they feared "
            "Mr Alami. He warned Spain that attacking Mr Alami would harm relations.")
    assert not [e for e in code_bundled(text, date="1990-05-09") if e.sentence_index == 2]


def test_a_text_put_forward_by_someone_speaks_for_its_author(code_bundled):
    text = "WASHINGTON, May 9 - The trade resolution, sponsored by Sen. Mark Hollis, urges Japan to open its markets."
    [event] = code_bundled(text, date="1990-05-09")
    assert (event.source.code, event.source.sector, event.target.code, event.cameo) == ("USA", "LEG", "JPN", "020")
    text = "WASHINGTON, May 9 - The EC beef measure, offered by Sen. Mark Hollis, urges Japan to open its markets."
    [event] = code_bundled(text, date="1990-05-09")
    assert (event.source.code, event.source.sector) == ("USA", "LEG")


def test_a_round_of_trade_talks_named_after_a_place_is_not_its_state(code_bundled):
    text = "Canada has strongly praised the Doha round of world trade talks."
    assert [(e.cameo, e.target) for e in code_bundled(text, date="2009-05-04")] == []
    text = "Canada has strongly praised Qatar for its new trade policy."
    assert [e.target.cameo for e in code_bundled(text, date="2009-05-04")] == ["QAT"]


def test_he_after_officials_said_someone_will_act_is_that_someone(code_bundled):
    text = ("NAIROBI, June 3 - Kenyan Foreign Minister Bethuel Kiplagat left on Sunday for a tour of Asia.\n\n"
            "Kenyan officials said Kiplagat will meet Indonesian President Suharto on June 12 to show support for "
            "his government.\n\nHe will also meet Malaysia's trade minister in Kuala Lumpur.")
    last = [e for e in code_bundled(text, date="1990-06-03") if e.sentence_index == 2]
    assert [(e.source.name, e.target.cameo) for e in last] == [("Bethuel Kiplagat", "MYSGOV")]


def test_televisions_sold_are_goods_not_broadcasters(code_bundled):
    text = "Canada imposed 50 pct duties on colour televisions from South Korea."
    assert [e.target.cameo for e in code_bundled(text, date="1990-05-09")] == ["KOR"]


def test_a_vice_president_of_finance_is_a_firm_s_officer(code_bundled):
    text = ("AUSTIN, Texas, May 4 - Corvex Systems Inc said Dale Hubbard, vice president of finance, has been "
            "dismissed.\n\nThe company said Hubbard has been arrested by police in Dallas and charged with fraud.")
    arrests = [e for e in code_bundled(text, date="1988-05-04") if e.cameo.startswith("173")]
    assert [e.target.cameo for e in arrests] == ["USABUS"]


def test_a_capitals_headline_s_words_introduce_no_one(nlp):
    from spacy.tokens import Span

    from detente.coder.context import ArticleContext
    from detente.coder.mentions import find_matches
    from detente.coder.people import introductions
    from detente.coder.sentence import sentences_of
    from detente.lexicon import load_lexicon

    doc = nlp("DUTCH MINISTER SAYS HE WARNED TOKYO.")
    doc.ents = [Span(doc, 2, 5, label="PERSON")]  # as the tagger may read a headline in capitals
    sentence = sentences_of(doc)[0]
    lexicon = load_lexicon()
    ctx = ArticleContext(date="1990-05-09")
    assert introductions(sentence, find_matches(sentence, lexicon, ctx), lexicon, ctx) == {}


def test_a_firm_s_name_after_another_state_s_adjective_is_that_state_s_namesake(code_bundled):
    [event] = code_bundled("The Finnish PTT invited Ericsson to install a field trial.", date="1987-03-16")
    assert event.source.cameo[:3] == "FIN"
    [event] = code_bundled("Thailand's PTT invited Ericsson to install a field trial.", date="1987-03-16")
    assert event.source.cameo == "THABUS"


def test_craft_bought_are_goods_not_a_state_s_forces(code_bundled):
    text = ("LONDON, March 22 - Relations between Britain and Kuwait have been warm.\n\n"
            "Under an arms deal signed last year, Kuwait has agreed to buy 40 warplanes.")
    assert [e.target for e in code_bundled(text, date="1987-03-22") if e.target and e.target.sector == "MIL"] == []


def test_goods_sold_and_a_fall_in_stocks_do_nothing(code_bundled):
    assert code_bundled("Soviet nickel sales in the EC threaten to capture 20 pct of the EC market.",
                        date="1987-03-22") == []
    text = "He said a 30 pct drop in European Community butter stocks over the past year would help Australian sales."
    assert code_bundled(text, date="1987-03-22") == []
    assert [e.target.cameo for e in code_bundled("The United States imposed curbs on Japanese exports.",
                                                 date="1987-03-22")] == ["JPN"]


def test_a_keynote_speaker_is_no_speaker_of_a_house(code_bundled):
    text = "But the keynote speaker, Prince Faisal bin Salman, accused Saudi bankers of greed."
    [event] = code_bundled(text, date="1987-03-15")
    assert event.source.sector != "LEG"


def test_a_headline_s_capitalised_first_word_is_no_agent_of_its_act(code_bundled):
    assert code_bundled("Criminal probe into Deutsche Bank trades.", date="2005-02-01") == []


def test_a_state_s_leadership_is_its_government(code_bundled):
    [event] = code_bundled("The Chinese leadership condemned Japan.", date="2005-03-09")
    assert event.source.cameo == "CHNGOV"


def test_a_guild_of_workers_is_labour(code_bundled):
    [event] = code_bundled("The Directors Guild of America went on strike on March 2.", date="1987-04-01")
    assert event.source.cameo == "USALAB"


def test_governments_at_large_are_no_state(code_bundled):
    text = ("DAMASCUS, March 2 - Their possible return has sparked a debate, with governments taking steps to block "
            "their repatriation.")
    assert code_bundled(text, date="2019-03-02") == []


def test_an_office_written_before_a_military_rank_is_what_the_person_acts_as(code_bundled):
    text = "Pakistani President Gen Tariq Hamid met Indian Foreign Minister Ravi Mehta on Monday."
    assert [e.source.cameo for e in code_bundled(text, date="1980-05-14")] == ["PAKGOV"]
    text = "Pakistani army chief Gen Tariq Hamid met Indian Foreign Minister Ravi Mehta on Monday."
    assert [e.source.cameo for e in code_bundled(text, date="1980-05-14")] == ["PAKMIL"]


def test_an_armed_group_s_commanders_are_the_group_s_not_an_army(code_bundled):
    text = "Afghan troops killed three Taliban commanders in Helmand on Monday."
    assert [e.target.sector for e in code_bundled(text, date="2016-03-09")] == ["INS"]
    text = "Afghan troops killed three Pakistani commanders in Helmand on Monday."  # a state's: its army's
    assert [e.target.cameo for e in code_bundled(text, date="2016-03-09")] == ["PAKMIL"]


def test_a_former_office_written_before_a_name_makes_an_ex_official(code_bundled):
    text = "A grand jury indicted former White House aide Carl Hendry."
    assert [e.target.cameo for e in code_bundled(text, date="1987-03-18")] == ["USAELI"]
    text = "A grand jury indicted White House aide Carl Hendry."
    assert [e.target.cameo for e in code_bundled(text, date="1987-03-18")] == ["USAGOV"]


def test_one_introduced_as_a_former_official_resigned_the_office_he_then_held(code_bundled):
    text = ("WASHINGTON, March 16 - Senators plan to call former presidential trade adviser Carl Hendry to testify "
            "on the grain sales. Hendry resigned from his White House post last November.")
    assert [(e.source.cameo, e.cameo) for e in code_bundled(text, date="1987-03-16")] == [("USAGOV", "0831")]


def test_a_regional_reserve_bank_is_the_central_bank_not_a_firm(code_bundled):
    text = "The Federal Reserve Bank of Dallas fined Harlow Bank on Monday."
    assert [e.source.cameo for e in code_bundled(text, date="1987-03-25")] == ["USAGOV"]


def test_other_party_members_listed_after_a_lawmaker_are_lawmakers(code_bundled):
    text = ("WASHINGTON, March 5 - President Reagan met with Senate Budget Committee chairman Pete Lowell of Ohio and "
            "other Democrats to discuss a budget plan.")
    assert [e.target.cameo for e in code_bundled(text, date="1987-03-05")] == ["USALEG"]


def test_the_eu_s_chiefs_and_officials_are_its_executive_the_bloc_itself_an_igo(code_bundled):
    def source(text):
        return [(e.source.org, e.source.sector) for e in code_bundled(text, date="1987-05-11")]
    assert source("The EC farm chief criticised Canada on Monday.") == [("EU", "GOV")]
    assert source("An EU official criticised Canada on Monday.") == [("EU", "GOV")]
    assert source("The EU criticised Canada on Monday.") == [("EU", "IGO")]


def test_sources_named_by_an_office_are_of_that_office(code_bundled):
    def source(text):
        return [(e.source.cameo, e.source.sector) for e in code_bundled(text, date="1987-05-11")]
    assert source("French government sources threatened action against Canada on Monday.") == [("FRAGOV", "GOV")]
    assert source("French industry sources accused Canada of dumping on Monday.") != [("FRAGOV", "GOV")]
