from detente.text import clean_text, is_chrome

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
