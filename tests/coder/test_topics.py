"""What a phrase is the topic of, not an act: sentences written for these tests."""

from detente.coder.topics import under_a_deal


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_an_act_under_a_deal_is_its_term_but_the_deal_itself_is_not(nlp):
    doc = nlp("Under terms of the agreement, the bank will invest 50 mln dlrs in Chile.")
    assert under_a_deal(_token(doc, "invest"))
    assert not under_a_deal(_token(nlp("The bank will invest 50 mln dlrs in Chile."), "invest"))
    doc = nlp("Under the agreement concluded last May, Bic agreed to acquire 40 pct of Parker.")
    assert under_a_deal(_token(doc, "agreed")) or under_a_deal(_token(doc, "acquire"))
    assert not under_a_deal(_token(doc, "concluded"))
