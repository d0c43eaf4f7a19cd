import pytest

from detente.coder.sentence import sentences_of
from detente.coder.when import event_date


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("On December 2, the EU approved sanctions.", "approved", ("2021-12-02", "day")),
        ("On Tuesday, the EU approved sanctions.", "approved", ("2021-11-30", "day")),
        ("The EU approved sanctions in 2019.", "approved", ("2019-01-01", "year")),
        ("The EU approved sanctions.", "approved", ("2021-12-03", "published")),
        ("The EU approved sanctions for 2021-2025.", "approved", ("2021-12-03", "published")),
        ("Last week the EU approved sanctions.", "approved", ("2021-11-26", "day")),
        ("The EU approved sanctions in November 2020.", "approved", ("2020-11-01", "month")),
        # a named year reaches decades back; a bare date does not
        ("Iraq invaded Kuwait in August 1990.", "invaded", ("1990-08-01", "month")),
        ("The EU approved sanctions for the second time in seven weeks.", "approved", ("2021-12-03", "published")),
        # a part of a period is the period
        ("The EU approved sanctions in late 2015.", "approved", ("2015-01-01", "year")),
        ("In early February, the EU approved sanctions.", "approved", ("2021-02-01", "month")),
        ("The EU approved sanctions earlier this year.", "approved", ("2021-01-01", "year")),
        ("The EU approved sanctions in the late 1990s.", "approved", ("2021-12-03", "published")),
    ],
)
def test_event_date_against_publication(nlp, sentence, trigger, expected):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    assert event_date(sentences_of(doc)[0], tok, "2021-12-03") == expected


def test_no_publication_date_means_unknown(nlp):
    doc = nlp("On December 2, the EU approved sanctions.")
    assert event_date(sentences_of(doc)[0], doc[4], None) == (None, "unknown")


def test_effective_dates_are_not_event_dates(nlp):
    doc = nlp("Belarus banned imports of Western food from January.")
    tok = next(t for t in doc if t.text == "banned")
    assert event_date(sentences_of(doc)[0], tok, "2021-12-07") == ("2021-12-07", "published")


def test_the_weekday_of_publication_is_that_day(nlp):
    # 2021-11-30 was a Tuesday
    doc = nlp("On Tuesday, the EU approved sanctions.")
    tok = next(t for t in doc if t.text == "approved")
    assert event_date(sentences_of(doc)[0], tok, "2021-11-30") == ("2021-11-30", "day")
    doc = nlp("Last Tuesday, the EU approved sanctions.")
    tok = next(t for t in doc if t.text == "approved")
    assert event_date(sentences_of(doc)[0], tok, "2021-11-30") == ("2021-11-23", "day")


def test_an_announced_event_is_not_moved_into_the_past(nlp):
    doc = nlp("The ministers will meet on Friday in Vilnius.")
    tok = next(t for t in doc if t.text == "meet")
    assert event_date(sentences_of(doc)[0], tok, "2021-11-30", future=True) == ("2021-12-03", "day")
    assert event_date(sentences_of(doc)[0], tok, "2021-11-30") == ("2021-11-26", "day")


def test_a_year_in_another_clause_is_not_the_event_s_date(nlp):
    doc = nlp("The EU, which Lithuania joined in 2004, approved sanctions.")
    tok = next(t for t in doc if t.text == "approved")
    assert event_date(sentences_of(doc)[0], tok, "2021-12-03") == ("2021-12-03", "published")


def test_a_past_announcement_is_dated_in_the_past(nlp):
    doc = nlp("Turkey agreed on Monday to buy US missiles.")
    tok = next(t for t in doc if t.text == "agreed")
    assert event_date(sentences_of(doc)[0], tok, "2018-12-20", future=True) == ("2018-12-17", "day")
    doc = nlp("Turkey agreed to meet the US on Monday.")
    tok = next(t for t in doc if t.text == "agreed")
    assert event_date(sentences_of(doc)[0], tok, "2018-12-20", future=True) == ("2018-12-24", "day")
