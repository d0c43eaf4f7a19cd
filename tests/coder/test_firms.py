"""Firms the lexicon cannot know: named with a company noun, an industry word or a legal form, they are actors
(sector BUS) of the state their name or introduction gives, else of the sentence's or the article's."""

from tests.coder.test_detect import dyads


def test_a_firm_introduced_with_a_company_noun_is_known_by_its_first_word_later(code_bundled):
    text = ("Polish carmaker Zoltra Motors cut 500 jobs on Monday. "
            "The Lithuanian government sued Zoltra on Tuesday.")
    assert dyads(code_bundled(text)) == [("LTUGOV", "POLBUS", "115")]


def test_a_firm_named_again_without_its_trade_word_is_the_same_firm(code_bundled):
    text = "LONDON, March 9 - Dutch airline KLM said it would buy a stake in Halvek Tansor Shipping Plc, a British " \
        "company.\n\nKLM started talks last week with Halvek Tansor on the stake."
    assert dyads(code_bundled(text, date="1987-03-09")) == [("NLDBUS", "GBRBUS", "040")]


def test_a_state_inside_the_firm_s_name_is_its_state(code_bundled):
    assert dyads(code_bundled("The Lithuanian government sued Polish Airlines on Monday.")) == [
        ("LTUGOV", "POLBUS", "115")]


def test_a_firm_with_no_state_given_takes_the_sentence_s(code_bundled):
    events = code_bundled("The Polish government is to investigate Kestrel Airways over the delays.")
    assert dyads(events) == [("POLGOV", "POLBUS", "090")]
    assert events[0].target.text == "Kestrel Airways"


def test_a_group_is_not_always_a_firm(code_bundled):
    events = code_bundled("Civil rights group Vantor called on the Polish government to free the prisoners.")
    assert all(e.source.sector != "BUS" for e in events)


def test_firms_neither_fight_nor_give_aid(code_bundled):
    text = "WARSAW, May 3 - Kestrel Airways, the Polish airline, sued Vantor Holdings on Monday."
    assert dyads(code_bundled(text)) == [("POLBUS", "POLBUS", "115")]  # firms are actors ...
    text = "WARSAW, May 3 - Kestrel Airways, the Polish airline, waged a campaign against Vantor Holdings on Monday."
    assert [d for d in dyads(code_bundled(text)) if d[2][:2] in ("18", "19", "20")] == []
    text = "WARSAW, May 3 - Kestrel Airways, the Polish airline, provided loans to Vantor Holdings on Monday."
    assert [d for d in dyads(code_bundled(text)) if d[2][:2] == "07"] == []
    # ... and force against a state's forces is still force
    text = "Kestrel Airways, the Polish airline, attacked the Lithuanian army on Monday."
    assert dyads(code_bundled(text)) == [("POLBUS", "LTUMIL", "190")]


def test_a_sale_agreed_to_is_economic_cooperation_promised(code_bundled):
    text = "WARSAW, May 3 - The Polish firm Zoltra Inc agreed to buy a stake in Kestrel Airways on Monday."
    assert dyads(code_bundled(text)) == [("POLBUS", "POLBUS", "0311")]
    # agreeing to do something else is still a promise, and a deal to come is not yet made
    assert dyads(code_bundled("Poland agreed to help Lithuania on Monday.")) == [("POL", "LTU", "033")]
    text = "WARSAW, May 3 - The Polish firm Zoltra Inc will agree to buy a stake in Kestrel Airways."
    assert dyads(code_bundled(text)) == [("POLBUS", "POLBUS", "030")]


def test_a_firm_promising_money_promises_no_aid(code_bundled):
    text = "Kestrel Airways, the Polish airline, promised to give loans to Lithuania."
    assert [d for d in dyads(code_bundled(text)) if d[2] == "033" or d[2][:2] == "07"] == []
    # a state's promise is aid promised, and so is a firm's to refugees
    assert dyads(code_bundled("Poland promised to give loans to Lithuania.")) == [("POL", "LTU", "033")]
    text = "Kestrel Airways, the Polish airline, promised to give loans to Lithuanian refugees."
    assert dyads(code_bundled(text)) == [("POLBUS", "LTUREF", "033")]


def test_a_two_word_state_owning_a_firm_is_its_state(code_bundled):
    text = ("South Korea's state owned oil company Marvex has made concessions on prices to buyers. "
            "Marvex met Chilean officials on Monday.")
    assert dyads(code_bundled(text)) == [("KORBUS", "CHLGOV", "040")]


def test_a_firm_is_where_its_story_was_filed_from_not_of_another_state_in_the_sentence(code_bundled):
    text = ("OSLO, May 3 - Halvek AG, the diversified shipping group, said it would sell its stake. "
            "Halvek met a Canadian company on Tuesday.")
    assert dyads(code_bundled(text)) == [("NORBUS", "CANBUS", "040")]


def test_a_firm_based_somewhere_is_of_that_state(code_bundled):
    for intro in ("Halvek AG, an Oslo-based shipping group,", "Oslo-based Halvek AG", "Halvek AG, based in Oslo,",
                  "Norway's Halvek AG"):
        text = f"{intro} said it would sell its stake. Halvek met a Canadian company on Tuesday."
        assert dyads(code_bundled(text)) == [("NORBUS", "CANBUS", "040")], intro


def test_a_dateline_spelling_an_umlaut_with_an_e_places_the_firm(code_bundled):
    text = ("KOELN, May 3 - Halvek AG, the diversified shipping group, said it would sell its stake. "
            "Halvek met a Canadian company on Tuesday.")
    assert dyads(code_bundled(text)) == [("DEUBUS", "CANBUS", "040")]


def test_a_firm_given_no_home_does_not_take_its_partner_s_state(code_bundled):
    text = "Halvorsen Drilling Corp signed an agreement with Bergsten Kabel TV of Norway to supply pipes."
    assert [d for d in dyads(code_bundled(text)) if d[0] == "NORBUS"] == []  # the partner's "of Norway"
    text = "The accord resembles a supply contract Petronas signed with Halvorsen Drilling Corp in May."
    assert [d for d in dyads(code_bundled(text)) if d[1] == "MYSBUS"] == []  # the partner's own state
    text = "OSLO, May 3 - The accord resembles a supply contract Petronas signed with Halvorsen Drilling Corp in May."
    assert dyads(code_bundled(text)) == [("MYSBUS", "NORBUS", "057")]  # the dateline is its introduction


def test_a_firm_named_in_angle_brackets_is_one_name(code_bundled):
    # the wires bracket an unlisted company's name: "FSB" in a savings bank's name is no security service
    text = "CHICAGO, March 4 - <Grover Savings Bank FSB> signed an agreement with the Illinois government."
    assert dyads(code_bundled(text)) == [("USABUS", "USAGOV", "057")]
    # and a dealers' federation with a legal form is a business body
    text = "CHICAGO, March 4 - The <Federation of Widget Dealers Inc> criticised the Illinois government."
    assert dyads(code_bundled(text)) == [("USABUS", "USAGOV", "111")]


def test_well_known_firms_have_their_home_states(code_bundled):
    assert dyads(code_bundled("The Lithuanian government sued Akzo Nobel on Monday.")) == [
        ("LTUGOV", "NLDBUS", "115")]
    assert dyads(code_bundled("The Lithuanian government sued Saatchi & Saatchi on Monday.")) == [
        ("LTUGOV", "GBRBUS", "115")]


def test_a_known_company_named_with_its_legal_form_is_known_by_its_first_word_later(code_bundled):
    text = "Nomura Securities Co said it expects growth. Nomura urged the government to cut taxes."
    assert dyads(code_bundled(text)) == [("JPNBUS", "JPNGOV", "020")]
    text = "British Petroleum Co Plc said it expects growth. British officials criticised the Nigerian government."
    assert dyads(code_bundled(text)) == [("GBRGOV", "NGAGOV", "111")]  # a state's name is never the firm


def test_a_known_firm_s_name_followed_by_a_state_s_is_its_subsidiary_there(code_bundled):
    def sources(text: str) -> list[str]:
        return [e.source.cameo for e in code_bundled(text, date="1987-03-04")]

    assert sources("Embraer Australia Ltd signed an agreement with the Japanese firm Zoltra on Monday.") == ["AUSBUS"]
    assert sources("Embraer Ltd signed an agreement with the Japanese firm Zoltra on Monday.") == ["BRABUS"]


def test_a_firm_s_name_in_its_state_s_language_gives_its_state(code_bundled):
    text = "DENVER, Jan 8 - Fulton Corp said it agreed to buy 10 pct of <Nihon Valve Co Ltd> for 4.1 dlrs a share."
    assert ("USABUS", "JPNBUS", "0311") in dyads(code_bundled(text))
    text = "DENVER, Jan 8 - Fulton Corp said it signed a joint venture with Deutsche Kabelwerke AG."
    assert dyads(code_bundled(text)) == [("USABUS", "DEUBUS", "057")]
    text = "DENVER, Jan 8 - Fulton Corp said it signed a joint venture with Svenska Rorverk AB."
    assert [d[:2] for d in dyads(code_bundled(text))] == [("USABUS", "SWEBUS")]


def test_a_firm_based_in_a_named_place_is_of_that_place_s_state(code_bundled):
    # "City, State-based X SA": the parser may hang the firm on the city; the firm is the partner, of that state
    text = "DENVER, Jan 8 - Fulton Corp reached a supply accord with Barcelona, Spain-based Cables Vascos Unidos " \
           "S.A."
    assert dyads(code_bundled(text)) == [("USABUS", "ESPBUS", "057")]
    text = "DENVER, Jan 8 - Fulton Corp reached a supply accord with Barcelona-based Cables Vascos S.A."
    assert dyads(code_bundled(text)) == [("USABUS", "ESPBUS", "057")]


def test_a_firm_of_a_town_is_of_the_town_s_state(code_bundled):
    text = "NEW YORK, April 8 - Acme Paper Co Inc signed a supply accord with Kasuga Trading Co Ltd of {} on Monday."
    for place in ("Osaka, Japan", "Osaka"):
        [event] = code_bundled(text.format(place), date="1987-04-08")
        assert (event.source.cameo, event.target.cameo) == ("USABUS", "JPNBUS"), place


def test_a_carrier_of_gas_or_ore_is_a_ship_not_a_firm(code_bundled):
    [event] = code_bundled("An Iranian gunboat fired on the Panamanian gas carrier Vindsvik off Dubai on Sunday.",
                           date="1987-05-26")
    assert (event.source.cameo, event.target.cameo) == ("IRNMIL", "PAN")


def test_a_firm_owned_from_a_state_written_with_stops_is_of_that_state(code_bundled):
    # "U.S.-owned" stays one token; its state is the owner's, not the one whose authorities act
    text = "Peruvian customs officials are investigating Zentrol, a U.S.-owned firm, for alleged smuggling."
    assert dyads(code_bundled(text)) == [("PERGOV", "USABUS", "090")]


def test_a_bracketed_firm_s_of_state_is_its_state(code_bundled):
    text = "DALLAS, April 28 - Lone Prairie Gas Inc said it has reached agreement with (Northern Ridge Gas Ltd) of " \
        "Canada to buy gas."
    assert dyads(code_bundled(text, date="1987-04-28")) == [("USABUS", "CANBUS", "057")]


def test_shell_oil_is_the_group_s_american_arm(code_bundled):
    text = "Venezuela sued Shell Oil Co on Monday."
    assert [e.target.cameo for e in code_bundled(text, date="1987-03-18")] == ["USABUS"]


def test_initials_that_spell_a_legal_form_are_no_foreign_firm(code_bundled):
    text = ("WASHINGTON, Oct 20 - The American Sorghum Association (ASA) denounced the plan. The ASA also strongly "
            "opposes an EC proposal to tax grain imports.")
    assert all(e.source.country == "USA" for e in code_bundled(text, date="1987-10-20"))
    assert any(e.source.text == "ASA" for e in code_bundled(text, date="1987-10-20"))


def test_a_bracketed_firm_of_a_town_is_of_the_town_s_state(code_bundled):
    text = "LONDON, May 4 - Halden Group Plc said it agreed to buy <Norvic Data Ltd> of Toronto for 12 mln stg."
    assert [(e.source.cameo, e.target.cameo) for e in code_bundled(text, date="1988-05-04")] == [("GBRBUS", "CANBUS")]


def test_a_firm_s_assets_abroad_are_the_firm_s_not_their_country_s(code_bundled):
    for text in ("NEW YORK, March 19 - Halvex Corp agreed to buy the British assets of Norcon Inc, it said.",
                 "NEW YORK, March 19 - Halvex Corp agreed to buy the stock of two Mexican subsidiaries of Norcon "
                 "Inc, it said."):
        assert [(e.source.cameo, e.target.cameo) for e in code_bundled(text, date="1987-03-19")] == [
            ("USABUS", "USABUS")], text


def test_a_state_named_inside_a_bracketed_firm_is_its_home(code_bundled):
    # a subsidiary named for its state is that state's firm, not the partner's named later in the sentence
    text = "<Halvor Canada Ltd> said it agreed to buy 5,000 tractors from <Pranee Motor Co Ltd> of Thailand."
    events = code_bundled(text, date="1988-05-04")
    assert [(e.source.cameo, e.target.cameo) for e in events] == [("CANBUS", "THABUS")]


def test_a_firm_described_in_apposition_has_the_state_of_its_description(code_bundled):
    text = "BOSTON, May 4 - Norvic Corp said it agreed to buy Halvek Printing Ltd, a Danish label printer, for 9 " \
        "mln dlrs."
    assert [(e.source.cameo, e.target.cameo) for e in code_bundled(text, date="1988-05-04")] == [("USABUS", "DNKBUS")]



def test_a_ticker_makes_a_listed_firm_of_the_state_of_its_market(code_bundled):
    # ".ST" is Stockholm's; a bare ticker (New York, where foreign firms list too) leaves the firm where its story
    # was filed; neither firm is a name the tagger or the lexicon knows
    text = "DENVER, May 4 - Brantley Kirk Inc <BKI> said it agreed to sell its unit to Nordvik Holdings <NORH.ST>."
    events = code_bundled(text, date="1988-05-04")
    assert [(e.source.cameo, e.target.cameo, e.cameo) for e in events] == [("USABUS", "SWEBUS", "0311")]


def test_a_listed_firm_after_its_state_word_is_the_firm(code_bundled):
    # "French group X <X.PA>": the firm named beside the company noun, not the bare state before it
    text = "Halvor Kesting <KEST.L> said it agreed to buy units of French group Tarvel Kestrom <TKST.PA>."
    events = code_bundled(text, date="1988-05-04")
    assert [(e.source.cameo, e.target.cameo) for e in events] == [("GBRBUS", "FRABUS")]


def test_a_parent_firm_before_a_firm_in_apposition_says_whose_it_is(code_bundled):
    # the subsidiary is the parent's state's, not the dateline's
    text = "LIMA, May 4 - An ENI subsidiary, Norvia Chimica, signed a supply agreement with Peru's state oil firm " \
        "Petroperu."
    assert [(e.source.cameo, e.target.cameo) for e in code_bundled(text, date="1987-05-04")] == [("ITABUS", "PERBUS")]


def test_a_ticker_s_suffix_names_its_market():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from detente.coder.wire_names import listing_state

    def state(words: str) -> str | None:
        toks = list(Doc(Vocab(), words=words.split()))
        return listing_state(toks, len(toks) - 3)

    assert state("Exxon Corp < XON >") is None  # New York, where foreign firms list too
    assert state("Kesting Plc < KEST.L >") == "GBR"
    assert state("Pirelli Group < PIRI.M >") is None  # Milan or Montreal


def test_a_stake_in_a_firm_is_the_firm_s(code_bundled):
    text = "LONDON, May 4 - Halvor Kesting Plc is negotiating a minority stake in Norwegian carrier Norlund Air."
    assert [(e.source.cameo, e.target.cameo) for e in code_bundled(text, date="1987-05-04")] == [("GBRBUS", "NORBUS")]


def test_a_firm_of_a_town_of_two_words_is_of_that_town_s_state(code_bundled):
    # "of Los Angeles": the whole name, not its last word (Angeles, a Philippine town)
    text = "MANILA, March 5 - Perla Cosmetics Inc said it reached an agreement with <Halvek Records> of Los Angeles " \
        "to sell the Halvek name in the Philippines."
    assert [(e.source.cameo, e.target.cameo) for e in code_bundled(text, date="1987-03-05")] == [("PHLBUS", "USABUS")]


def test_a_plc_is_british_unless_filed_from_ireland(code_bundled):
    text = "HOUSTON, June 18 - Halvek Drilling Inc said it agreed to sell its pipe unit to Kestrel Marine PLC for " \
        "undisclosed terms."
    assert [(e.source.cameo, e.target.cameo) for e in code_bundled(text, date="1987-06-18")] == [("USABUS", "GBRBUS")]
    text = "DUBLIN, June 18 - Kestrel Holdings Plc said it agreed to buy Norlund Air of Norway."
    assert [e.source.cameo for e in code_bundled(text, date="1987-06-18")] == ["IRLBUS"]


def test_a_bracketed_name_s_legal_form_is_read_without_the_brackets(code_bundled):
    text = "TOKYO, May 6 - <Nissan Motor Manufacturing (UK) Ltd> said it signed a leasing agreement with " \
        "<Lombard North Central Plc> on Wednesday."
    assert [(e.source.cameo, e.target.cameo) for e in code_bundled(text, date="1987-05-06")] == [("GBRBUS", "GBRBUS")]


def test_a_firm_contracted_to_buy_has_made_a_deal_and_a_union_in_its_name_is_no_union(code_bundled):
    text = ("NEW YORK - Brooklyn Union Gas Co said it had contracted to buy about 40 mln cubic feet of gas a day from "
            "Shell Oil Co.")
    assert [(e.source.cameo, e.target.cameo, e.cameo) for e in code_bundled(text, date="1987-10-20")] == [
        ("USABUS", "USABUS", "057")]


def test_unidentified_parties_to_a_deal_are_no_political_party(code_bundled):
    text = ("NEW YORK, April 9 - Harbor Savings Corp has held preliminary talks with unidentified parties about a "
            "merger.")
    assert code_bundled(text, date="1987-04-09") == []
    text = ("NEW YORK, April 9 - Harbor Savings Corp has held preliminary talks with opposition parties about a "
            "merger.")
    assert [e.target.sector for e in code_bundled(text, date="1987-04-09")] == ["OPP"]


def test_a_bracketed_firm_described_after_its_name_is_of_the_state_described(code_bundled):
    # a person's name in brackets: the parser hangs the description on the verb, not on the name
    text = ("BOSTON, May 9 - Arlen Solar Inc said it had signed a joint venture accord with <Janko Peric>, a Yugoslav "
            "maker of electric equipment, to build a plant in Split.")
    [event] = code_bundled(text, date="1990-05-09")
    assert (event.source.code, event.target.code, event.target.sector, event.cameo) == ("USA", "SRB", "BUS", "057")


def test_a_town_based_bracketed_firm_whose_name_has_an_and_is_of_the_town_s_state(code_bundled):
    text = ("LONDON, May 9 - Harwell Plc said it agreed to acquire Los Angeles-based <Rogers and Hale Inc> for 10 mln "
            "dlrs.")
    assert {(e.source.code, e.target.code, e.cameo) for e in code_bundled(text, date="1990-05-09")} == {
        ("GBR", "USA", "0311")}


def test_a_stake_bought_from_its_holder_is_a_deal_with_the_holder(code_bundled):
    text = "DALLAS, May 9 - Harwell Corp said it agreed to buy Texas Instruments' 20 pct stake in Corbin Media Inc."
    [event] = code_bundled(text, date="1990-05-09")
    assert event.cameo == "0311" and "Texas Instruments" in event.target.text


def test_the_bank_is_the_firm_the_story_described_by_its_state(code_bundled):
    text = ("A Dutch bank has said it will pay damages to victims of a fraud in Peru. The payment follows a suit "
            "filed against the bank by a Peruvian prosecutor.")
    suits = [e for e in code_bundled(text, date=None) if e.cameo[:2] == "11"]
    assert [(e.source.cameo, e.target.cameo) for e in suits] == [("PERJUD", "NLDBUS")]
    # a central bank is the state's, not the story's firm
    text = ("The Dutch central bank has said it will lower rates. The move follows a suit filed against the bank "
            "by a Peruvian prosecutor.")
    suits = [e for e in code_bundled(text, date=None) if e.cameo[:2] == "11"]
    assert [e.target.cameo for e in suits] != ["NLDBUS"]


def test_a_place_set_off_after_a_firm_s_legal_form_is_where_the_firm_is(code_bundled):
    text = ("DENVER, Colo., June 19 - Kestrel Energy Inc said it agreed to sell its pipeline unit to Halcyon "
            "Petroleum Corp, Oman, for 20 mln dlrs.")
    deals = [e for e in code_bundled(text, date="1988-06-19") if e.cameo[:2] in ("03", "05")]
    assert [e.target.cameo for e in deals] == ["OMNBUS"]
