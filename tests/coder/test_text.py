from detente.coder.text import clean_text, is_chrome

PAGE = """Minister resigns after vote

Share this article
By Jane Roe
12:40 – 3 March 2020

The minister of transport resigned on Tuesday after parliament voted against the budget.

Read also 09:15 – 2 March Floods hit the north and the army sends helicopters to help?
Photo: Reuters
Leave a Reply
Facebook | Twitter | Email
"""


def test_page_chrome_removed_story_kept():
    cleaned = clean_text(PAGE)
    assert "The minister of transport resigned on Tuesday" in cleaned
    for debris in ("Share this", "Jane Roe", "12:40", "Floods", "Photo", "Leave a Reply", "Twitter"):
        assert debris not in cleaned


def test_headline_becomes_its_own_sentence():
    cleaned = clean_text(PAGE)
    assert cleaned.startswith("Minister resigns after vote.\n\n")


def test_teaser_line_with_clock_and_date_is_chrome():
    assert is_chrome("Related materials 10:05 – 4 May Another story about something else entirely")
    assert is_chrome("More stories 18:00 - 12 Jan Something")
    assert not is_chrome("The talks began at 10:00 on 4 May in Geneva, officials said.")


def test_prose_mentioning_reply_or_share_is_kept():
    assert not is_chrome("The government did not reply to the share offer made by the company.")


def test_title_is_prepended_when_missing():
    assert clean_text("Body text here.", title="A headline").startswith("A headline.")


def test_story_text_that_opens_like_chrome_is_kept():
    for prose in ("Share prices in Minsk fell sharply after the announcement of new sanctions.",
                  "Commentators said Russia would respond to the expulsion of its diplomats.",
                  "Relatedly, China recalled its ambassador from Vilnius on Tuesday.",
                  "Subscribers to the state newspaper were told that the talks had failed."):
        assert not is_chrome(prose), prose


def test_hard_wrapped_lines_are_joined_and_headlines_stand_alone():
    text = ("China recalls envoy\nChina recalled its ambassador to Lithuania on Tuesday and\n"
            "demanded that Vilnius recall its own.\n")
    assert clean_text(text) == ("China recalls envoy.\n\nChina recalled its ambassador to Lithuania on Tuesday and "
                                "demanded that Vilnius recall its own.")


def test_a_photo_credit_run_into_the_text_is_taken_out():
    text = "Riot police in Minsk. Photograph: Jane Roe/AP The president said the rally was illegal."
    cleaned = clean_text(text)
    assert "Jane Roe" not in cleaned and "AP" not in cleaned.split()
    assert "The president said the rally was illegal." in cleaned


def test_a_function_word_typed_twice_is_typed_once():
    text = clean_text("The minister held talks with with the Polish president in in Warsaw.")
    assert text == "The minister held talks with the Polish president in Warsaw."
    assert clean_text("He said that that plan had had no support.") == "He said that that plan had had no support."


def test_an_unhyphenated_x_to_x_modifier_is_hyphenated():
    assert clean_text("They began military to military talks.") == "They began military-to-military talks."
    assert clean_text("They went from door to door.") == "They went from door-to-door."
    assert clean_text("Aid went to Poland to help.") == "Aid went to Poland to help."


def test_a_wire_dateline_with_a_state_abbreviation_or_before_a_bracketed_firm_comes_off():
    from detente.coder.text import split_dateline

    line, rest = split_dateline("SPRINGFIELD, Ill., June 19 - Vantor Holdings said it signed a deal.")
    assert line is not None and line.region == "Ill." and rest.startswith("Vantor Holdings said")
    line, rest = split_dateline("TRENTON, N.J., June 19 - Vantor Holdings said it signed a deal.")
    assert line is not None and line.region == "N.J." and rest.startswith("Vantor Holdings said")
    line, rest = split_dateline("WARSAW, March 19 - <Kestrel Airways Ltd> said it agreed with a Lithuanian carrier.")
    assert line is not None and line.place == "Warsaw" and rest.startswith("<Kestrel Airways Ltd> said")


def test_a_dateline_in_capitals_gives_its_place():
    from detente.coder.text import split_dateline
    line, rest = split_dateline("SPRINGFIELD, MARCH 19 - Vantor Holdings said it signed a deal.")
    assert line is not None and line.place == "Springfield" and rest.startswith("Vantor")


def test_a_wire_title_s_listing_tags_are_no_words_of_the_headline():
    cleaned = clean_text("Corbett Mills said it received a bid.", title="HALLAM MAKES BID FOR CORBETT <CRB> <HLM.N>")
    assert cleaned.split("\n\n") == ["HALLAM MAKES BID FOR CORBETT.", "Corbett Mills said it received a bid."]


def test_a_bid_a_later_sentence_dates_dates_a_wire_headline_with_a_listing_tag(code_bundled):
    text = ("CHICAGO, May 9 - Hallam Corp said in a filing that it made an offer to acquire Corbett Mills Inc.\n\n"
            "Hallam Partners Inc, a Hallam Corp unit, said it submitted the bid on May 8 to the board.")
    events = code_bundled(text, date="1990-05-09", title="HALLAM CORP MAKES BID FOR CORBETT MILLS INC <CRB>")
    assert [(e.sentence_index, e.cameo, e.date) for e in events] == [(0, "0311", "1990-05-08")]


def test_a_dateline_with_a_state_abbreviated_in_capitals_is_split_off():
    from detente.coder.text import split_dateline

    line, rest = split_dateline("ANN ARBOR, MICH., May 4 - Kestrel Tools Corp said it would open a plant.")
    assert line is not None and line.region == "MICH." and rest.startswith("Kestrel Tools Corp said")
    # two names in capitals, without the abbreviation's period, are a headline's, not a dateline
    assert split_dateline("CHILE, PERU - SIGN TRADE PACT")[0] is None


def test_a_wire_s_bracketed_name_is_never_cut_after_its_opening_bracket(nlp):
    from detente.coder.sentence import sentences_of

    text = ("Halvek Corp said its affiliate, Morrow Inc <MRW>, will buy the Ice Treats unit of <Kestrel Foods of "
            "Canada Ltd> for 20 mln dlrs.")
    assert len(sentences_of(nlp(text))) == 1


def test_a_dateline_whose_region_the_wire_writes_in_capitals_comes_off():
    from detente.coder.text import split_dateline

    line, rest = split_dateline("HALIFAX, NOVA SCOTIA, March 19 - <Kestrel Foods Inc> said it sold a unit.")
    assert (line.place, line.region, rest) == ("Halifax", "NOVA SCOTIA", "<Kestrel Foods Inc> said it sold a unit.")
