"""A party is the government's side when the article shows it in power, else the opposition (sentences written
for these tests, the shipped lexicon)."""

from tests.coder.test_detect import dyads


def test_a_party_is_in_opposition_unless_the_article_shows_it_in_power(code_bundled):
    assert dyads(code_bundled("The Tory leader criticised the Chilean president.")) == [("GBROPP", "CHLGOV", "111")]
    text = "The Tory-led coalition won a vote. The Tory leader criticised the Chilean president."
    assert dyads(code_bundled(text)) == [("GBRGOV", "CHLGOV", "111")]
    text = "The Tory leader criticised the Chilean president. The Tory government later apologised."
    assert dyads(code_bundled(text))[0] == ("GBRGOV", "CHLGOV", "111")  # the sign may come later


def test_a_shadow_minister_is_the_opposition(code_bundled):
    assert dyads(code_bundled("The shadow chancellor criticised the British government.")) == [
        ("GBROPP", "GBRGOV", "111")]


def test_a_party_of_police_is_police(code_bundled):
    assert dyads(code_bundled("Gunmen fired on a party of Indian police.")) == [("INDUAF", "INDCOP", "190")]
