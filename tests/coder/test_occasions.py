"""Acts done "at the talks" or "during the meeting" take the day the article gave those talks."""


def test_an_act_done_at_talks_the_article_dated_is_of_their_day(code_bundled):
    text = "GENEVA, May 6 - The collapse of talks on cocoa export quotas last week may hurt Ghana, officials " \
        "said.\n\nThe report said Togo and Benin both backed Ghana at the Geneva talks.\n\nFrance backed " \
        "Senegal during the talks, delegates said."
    events = code_bundled(text, date="1988-05-06")  # a Friday; last week began on Monday 1988-04-25
    assert {(e.source.country, e.target.country, e.date, e.date_precision) for e in events} == {
        ("TGO", "GHA", "1988-04-25", "week"), ("BEN", "GHA", "1988-04-25", "week"),
        ("FRA", "SEN", "1988-04-25", "week")}


def test_talks_the_article_never_dated_leave_the_act_on_the_report_s_day(code_bundled):
    text = "GENEVA, May 6 - Talks on cocoa export quotas collapsed, officials said.\n\nThe report said Togo " \
        "backed Ghana at the Geneva talks."
    assert [(e.date, e.date_precision) for e in code_bundled(text, date="1988-05-06")] == [("1988-05-06", "published")]
