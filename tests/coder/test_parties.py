"""A party is the government's side when the article shows it in power, else the opposition (sentences written
for these tests, the shipped lexicon)."""

from tests.coder.test_detect import dyads


def test_a_party_is_in_opposition_unless_the_article_shows_it_in_power(code_bundled):
    day = "2005-01-01"  # Labour led the British government then: the lexicon does not put the Tories in power
    assert dyads(code_bundled("The Tory leader criticised the Chilean president.", day)) == [
        ("GBROPP", "CHLGOV", "111")]
    text = "The Tory-led coalition won a vote. The Tory leader criticised the Chilean president."
    assert dyads(code_bundled(text, day)) == [("GBRGOV", "CHLGOV", "111")]
    text = "The Tory leader criticised the Chilean president. The Tory government later apologised."
    assert dyads(code_bundled(text, day))[0] == ("GBRGOV", "CHLGOV", "111")  # the sign may come later


def test_a_shadow_minister_is_the_opposition(code_bundled):
    assert dyads(code_bundled("The shadow chancellor criticised the British government.")) == [
        ("GBROPP", "GBRGOV", "111")]


def test_a_party_of_police_is_police(code_bundled):
    assert dyads(code_bundled("Gunmen fired on a party of Indian police.")) == [("INDUAF", "INDCOP", "190")]


def test_the_lexicon_says_which_party_led_the_government_then(code_mini):
    assert dyads(code_mini("Freedom Union met Belarusian officials.", date="2021-06-01")) == [
        ("POLGOV", "BLRGOV", "040")]
    assert dyads(code_mini("Freedom Union met Belarusian officials.", date="2019-06-01")) == [
        ("POLOPP", "BLRGOV", "040")]
    assert dyads(code_mini("Civic Bloc met Belarusian officials.", date="2021-06-01")) == [
        ("POLOPP", "BLRGOV", "040")]


def test_an_undated_article_is_of_the_era_of_the_head_of_government_it_names(code_mini):
    text = "Prime Minister Piotr Dalke spoke. Freedom Union met Belarusian officials."
    assert ("POLGOV", "BLRGOV", "040") in dyads(code_mini(text, date=None))
    # a name alone may be someone's before or after their term: no era
    text = "Piotr Dalke spoke. Freedom Union met Belarusian officials."
    assert ("POLOPP", "BLRGOV", "040") in dyads(code_mini(text, date=None))
    assert dyads(code_mini("Freedom Union met Belarusian officials.", date=None)) == [("POLOPP", "BLRGOV", "040")]
    # ... but the one head of government named is the one "the prime minister" of the article is
    text = "Piotr Dalke spoke in Warsaw. The prime minister said Freedom Union met Belarusian officials."
    assert ("POLGOV", "BLRGOV", "040") in dyads(code_mini(text, date=None))
    text = "Piotr Dalke spoke in Warsaw. The former prime minister said Freedom Union met Belarusian officials."
    assert ("POLGOV", "BLRGOV", "040") not in dyads(code_mini(text, date=None))


def test_an_undated_article_s_shadow_cabinet_puts_the_other_party_of_government_in_power(code_mini):
    text = "Green Alliance shadow ministers met Belarusian officials. Freedom Union met Belarusian officials."
    assert ("POLGOV", "BLRGOV", "040") in dyads(code_mini(text, date=None))
    # without the shadow, or with a party that never governed in the shadow, neither side is known
    text = "Green Alliance leaders met Belarusian officials. Freedom Union met Belarusian officials."
    assert ("POLGOV", "BLRGOV", "040") not in dyads(code_mini(text, date=None))
    text = "Civic Bloc shadow ministers met Belarusian officials. Freedom Union met Belarusian officials."
    assert ("POLGOV", "BLRGOV", "040") not in dyads(code_mini(text, date=None))


def test_a_government_imagined_is_no_party_in_power(code_mini):
    text = "Freedom Union said a Civic Bloc government would cut pensions. Civic Bloc met Belarusian officials."
    assert ("POLOPP", "BLRGOV", "040") in dyads(code_mini(text, date=None))
    text = "Freedom Union said the Civic Bloc government would cut pensions. Civic Bloc met Belarusian officials."
    assert ("POLGOV", "BLRGOV", "040") in dyads(code_mini(text, date=None))


def test_the_opposition_s_politicians_attack_in_words(code_bundled):
    assert dyads(code_bundled("The shadow chancellor attacked the British government.")) == [
        ("GBROPP", "GBRGOV", "111")]
    # protesters of the opposition may attack with more than words
    assert dyads(code_bundled("Opposition protesters attacked the Polish government.")) == [
        ("POLOPP", "POLGOV", "190")]


def test_a_party_named_elsewhere_in_a_shadow_s_sentence_is_not_the_shadow_s(code_mini):
    text = ("Their shadow ministers backed Green Alliance plans on Monday. "
            "Freedom Union met Belarusian officials.")
    assert ("POLOPP", "BLRGOV", "040") in dyads(code_mini(text, date=None))


def test_the_republicans_in_english_news_are_the_us_party(code_bundled):
    [event] = code_bundled("The Republicans criticised the Chilean president.", "1987-03-20")
    assert event.source.country == "USA"


def test_a_lower_case_adjective_does_not_begin_a_party_s_name(code_bundled):
    [event] = code_bundled("Liberal Democrats criticised the Polish government.", "1987-06-02")
    assert event.source.country == "GBR"
    # Democrats who are liberal: the US party's
    events = code_bundled("An alliance of liberal Democrats criticised the Polish government.", "1987-06-02")
    assert [e.source.country for e in events] == ["USA"]


def test_a_party_s_members_in_the_legislature_are_its_lawmakers(code_bundled):
    for text in ("Senate Democrats criticised the Chilean president.",
                 "Republicans in Congress criticised the Chilean president.",
                 "Many Democrats, who hold a majority in the House, criticised the Chilean president."):
        [event] = code_bundled(text, "1987-10-19")
        assert event.source.cameo == "USALEG", text
    # the party named alone stays the opposition to Reagan's government
    [event] = code_bundled("Democrats criticised the Chilean president.", "1987-10-19")
    assert event.source.cameo == "USAOPP"


def test_a_labour_party_is_the_dateline_s_before_the_state_the_sentence_names(code_bundled):
    # "Labour" names parties of several states; the dateline tells which, not the other side of the act
    text = "WELLINGTON, March 11 - The Labour Party criticised the Chilean government."
    assert [e.source.country for e in code_bundled(text, "1987-03-11")] == ["NZL"]
    text = "LONDON, March 11 - The Labour Party criticised the New Zealand government."
    assert [e.source.country for e in code_bundled(text, "1987-03-11")] == ["GBR"]
