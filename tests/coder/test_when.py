import pytest
from spacy.tokens import Doc

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
        ("Last week the EU approved sanctions.", "approved", ("2021-11-22", "week")),  # that week's Monday
        ("Earlier this week the EU approved sanctions.", "approved", ("2021-11-29", "week")),
        ("The EU approved sanctions in November 2020.", "approved", ("2020-11-01", "month")),
        # a named year reaches decades back; a bare date does not
        ("Iraq invaded Kuwait in August 1990.", "invaded", ("1990-08-01", "month")),
        ("The EU approved sanctions for the second time in seven weeks.", "approved", ("2021-12-03", "published")),
        # a part of a period is the period
        ("The EU approved sanctions in late 2015.", "approved", ("2015-01-01", "year")),
        ("In early February, the EU approved sanctions.", "approved", ("2021-02-01", "month")),
        ("The EU approved sanctions earlier this year.", "approved", ("2021-01-01", "year")),
        ("The EU approved sanctions earlier this month.", "approved", ("2021-12-01", "month")),
        # rounds held "this year" are in this year, not on the report's day
        ("Kenya and Uganda have held three rounds of talks on grazing rights this year.", "talks",
         ("2021-01-01", "year")),
        ("The EU will hold talks with Minsk later this month.", "talks", ("2021-12-01", "month")),
        # a part of a year is in that year
        ("The EU admitted 40 refugees in the first four months of 2019.", "admitted", ("2019-01-01", "year")),
        ("The EU approved sanctions in the first half of 2020.", "approved", ("2020-01-01", "year")),
        # a weekend is the Saturday of the last one (2021-12-03 is a Friday)
        ("The EU approved sanctions at the weekend.", "approved", ("2021-11-27", "day")),
        ("In a weekend interview, the EU chief criticised Minsk.", "criticised", ("2021-11-27", "day")),
        ("The EU chief paid a brief weekend visit to Minsk.", "paid", ("2021-11-27", "day")),
        # a participle that times the noun before it, after a comma
        ("The minister said an issue he would raise during a visit to Minsk, starting on December 13, was trade.",
         "visit", ("2021-12-13", "day")),
        # a "when" clause dates the verb it hangs on, and the verbs joined to that one
        ("When Poland went to the polls in 2015, the prime minister resigned.", "resigned", ("2015-01-01", "year")),
        ("When Poland went to the polls in 2015, the left lost and its leader resigned.", "resigned",
         ("2015-01-01", "year")),
        # a time after two joined verbs of one tense is the first's too, unless the first has its own
        ("Farmers blocked roads and staged rallies at the weekend.", "blocked", ("2021-11-27", "day")),
        ("Farmers blocked roads on Monday and staged rallies at the weekend.", "blocked", ("2021-11-29", "day")),
        ("Farmers blocked roads and will stage rallies on Monday.", "blocked", ("2021-12-03", "published")),
        # a recent act is before the report, on no day it gives; a bare year after a finer time is the deal's
        ("The minister said that during his recent trip to Minsk he stressed trade.", "trip", (None, "unknown")),
        ("Riga recently seized three Estonian fishing boats.", "seized", (None, "unknown")),
        ("In January the two countries signed a 2021 agreement on trade.", "signed", ("2021-01-01", "month")),
        # the first of joined times is when it began: "today and tomorrow" is under way
        ("Nigeria is meeting British officials today and tomorrow.", "meeting", ("2021-12-03", "published")),
        # what came before a past the story tells as background happened on no day it gives
        ("The analyst said profits would double from the level he had forecast before Zoltra agreed to buy Vistula "
         "Widgets.", "agreed", (None, "unknown")),
        ("The analyst forecast a rise before Zoltra agreed to buy Vistula Widgets.", "agreed",
         ("2021-12-03", "published")),
        # how long a thing lasts is not when it was done
        ("The EU signed a three-year accord with Minsk.", "signed", ("2021-12-03", "published")),
        ("The EU signed a three-year accord with Minsk last year.", "signed", ("2020-01-01", "year")),
        # a decade is a time, but no point in it: undated, not the publication's
        ("The EU approved sanctions in the late 1990s.", "approved", (None, "unknown")),
    ],
)
def test_event_date_against_publication(nlp, sentence, trigger, expected):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    assert event_date(sentences_of(doc)[0], tok, "2021-12-03") == expected


def test_no_publication_date_means_unknown(nlp):
    doc = nlp("On December 2, the EU approved sanctions.")
    assert event_date(sentences_of(doc)[0], doc[4], None) == (None, "unknown")


@pytest.mark.parametrize("sentence, expected", [
    ("The EU approved sanctions on Belarus in 2006.", ("2006-01-01", "year")),
    ("The EU approved sanctions on Belarus on 12 March 1998.", ("1998-03-12", "day")),
    ("The EU approved sanctions on Belarus in June 1962.", ("1962-06-01", "month")),
    ("The EU approved sanctions on Belarus last year.", (None, "unknown")),  # no year to count back from
])
def test_an_undated_text_still_dates_by_the_calendar(nlp, sentence, expected):
    doc = nlp(sentence)
    assert event_date(sentences_of(doc)[0], doc[2], None) == expected


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


def test_a_threat_told_on_a_past_day_takes_that_day(nlp):
    # the tagger reads "reported" as a participle; with a subject and no auxiliary it is still the past tense, so
    # the Friday of the report is behind, not the Friday of a warning to come (2021-12-05 is a Sunday)
    doc = nlp("The radio station reported on Friday that fishing boats had left Tema and said Accra had warned "
              "Lome not to stop them.")
    tok = next(t for t in doc if t.text == "warned")
    assert doc[3].tag_ == "VBN"
    assert event_date(sentences_of(doc)[0], tok, "2021-12-05", future=True) == ("2021-12-03", "day")


def test_a_past_announcement_is_dated_in_the_past(nlp):
    doc = nlp("Turkey agreed on Monday to buy US missiles.")
    tok = next(t for t in doc if t.text == "agreed")
    assert event_date(sentences_of(doc)[0], tok, "2018-12-20", future=True) == ("2018-12-17", "day")
    doc = nlp("Turkey agreed to meet the US on Monday.")
    tok = next(t for t in doc if t.text == "agreed")
    assert event_date(sentences_of(doc)[0], tok, "2018-12-20", future=True) == ("2018-12-24", "day")


def _date(nlp, sentence: str, trigger: str, published: str = "2021-12-03", future: bool = False):
    doc = nlp(sentence)
    tok = next(t for t in doc if t.text == trigger)
    return event_date(sentences_of(doc)[0], tok, published, future=future)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a "when" clause takes the time of the phrase it hangs on, even a bare year
        ("Veterans remembered the blockade of 1974, when the navy shelled the harbour of Kyrenia.", "shelled",
         ("1974-01-01", "year")),
        ("Ties with Moscow froze in the 1980s, when Oslo expelled a dozen Soviet diplomats.", "expelled",
         (None, "unknown")),
        ("The monument recalls the feud the clans waged in 1965, when Mensah invited Ghanaian troops to intervene.",
         "invited", ("1965-01-01", "year")),
        # the start of a perfect act
        ("The colonel has been sought by Spanish police since March 2016.", "sought", ("2016-03-01", "month")),
        ("The banker has been sought for extradition by Italy since 2016.", "extradition", ("2016-01-01", "year")),
        # a month before publication
        ("Kenya expelled the Ugandan ambassador last October.", "expelled", ("2021-10-01", "month")),
        ("Kenya expelled the Ugandan ambassador last December.", "expelled", ("2020-12-01", "month")),
    ],
)
def test_a_time_that_governs_the_clause_dates_it(nlp, sentence, trigger, expected):
    assert _date(nlp, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The minister had previously accused Serbia of sabotage.", "accused"),
        ("Chile once threatened Peru with war.", "threatened"),
        ("Poland formerly supplied rifles to Ukraine.", "supplied"),
        ("In the past, Tehran accused Riyadh of sabotage.", "accused"),
        ("Norway has given money to Sudanese refugees over the years.", "given"),
        ("Officials at the time said the militia had seized the port.", "seized"),
        ("At the time of the coup, Gabon expelled two French envoys.", "expelled"),
        ("The Danes rejected the Swedish offer then, on the grounds that it was too small.", "rejected"),
        # relative to another event, not to publication
        ("The day after the Lyon bombing, the mayor organised a march.", "organised"),
        ("During his meeting with Macron three days earlier, Biden promised aid.", "promised"),
        # a time put before two joined verbs is the second's too
        ("The day after the Lyon bombing, the mayor met the prefect and organised a march.", "organised"),
        ("A week before the vote, Ortega arrested and jailed four rivals.", "jailed"),
    ],
)
def test_an_unresolvable_past_leaves_the_act_undated(nlp, sentence, trigger):
    assert _date(nlp, sentence, trigger) == (None, "unknown")


def test_a_past_reference_undates_only_its_own_clause(nlp):
    sentence = "Albania, which previously backed Serbia, condemned the strike."
    assert _date(nlp, sentence, "backed") == (None, "unknown")
    assert _date(nlp, sentence, "condemned") == ("2021-12-03", "published")
    assert _date(nlp, "Bolivia once condemned the strike.", "condemned") == (None, "unknown")
    assert _date(nlp, "Bolivia once again condemned the strike.", "condemned") == ("2021-12-03", "published")
    # recent days reach up to publication: no other time
    assert _date(nlp, "Baku has repeatedly threatened Armenia in recent days.", "threatened") == \
        ("2021-12-03", "published")


def test_a_date_of_the_act_s_own_wins_over_a_past_reference(nlp):
    # the publication's weekday stays the act's day; "previously" only undates what no date names
    assert _date(nlp, "The minister, who previously met Vucic, accused Serbia on Tuesday.", "accused",
                 published="2021-11-30") == ("2021-11-30", "day")
    assert _date(nlp, "The minister, who met Vucic on Tuesday, had previously accused Serbia.", "accused",
                 published="2021-11-30") == (None, "unknown")


def test_earlier_on_a_named_day_is_that_day_and_earlier_in_the_day_is_today(nlp):
    # 2021-11-30 was a Tuesday; the paper is of Thursday 2021-12-02
    assert _date(nlp, "Earlier on Tuesday, Chile threatened Peru.", "threatened", published="2021-12-02") == \
        ("2021-11-30", "day")
    assert _date(nlp, "Chile threatened Peru earlier in the day.", "threatened", published="2021-12-02") == \
        ("2021-12-02", "published")
    # a wire story's sentence-opening "Earlier," is earlier in the day it reports
    assert _date(nlp, "Earlier, Chile warned Peru.", "warned", published="2021-12-02") == \
        ("2021-12-02", "published")
    assert _date(nlp, "Chile had earlier warned Peru.", "warned", published="2021-12-02") == (None, "unknown")


def test_a_year_of_another_phrase_is_not_the_act_s(nlp):
    assert _date(nlp, "The minister, who met Vucic in 2019, accused Serbia.", "accused") == ("2021-12-03", "published")
    assert _date(nlp, "Kyiv has condemned the 2014 annexation and Moscow's recognition of the rebels.",
                 "recognition") == ("2021-12-03", "published")


def test_since_is_only_the_start_of_a_perfect(nlp):
    # "the first visit since 2010": a simple past is not dated by its "since"
    assert _date(nlp, "Erdogan visited Athens for the first time since 2010.", "visited") == \
        ("2021-12-03", "published")
    assert _date(nlp, "Erdogan has boycotted Athens since 2010.", "boycotted") == ("2010-01-01", "year")


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a past told in a relative clause describes someone: undated, not the day of the report
        ("Ankara now faces Washington, which armed the Kurdish militias.", "armed", (None, "unknown")),
        ("Rwanda hosted the envoys who had negotiated the ceasefire with Uganda.", "negotiated", (None, "unknown")),
        ("The villagers, who were expelled by the militia, are returning home.", "expelled", (None, "unknown")),
        # ... unless it has a date of its own, runs up to now, or tells what happened at an event
        ("The rebels, who attacked the town on Tuesday, fled.", "attacked", ("2021-11-30", "day")),
        ("Ankara now faces Washington, which is arming the Kurdish militias.", "arming", ("2021-12-03", "published")),
        ("The guerrillas, who have fought the army, signed a truce.", "fought", ("2021-12-03", "published")),
        ("Hours after a summit at which Erdogan pleaded with Putin for a truce, the talks ended.", "pleaded",
         ("2021-12-03", "published")),
        ("Putin flew on to Cairo, where he met the Egyptian president.", "met", ("2021-12-03", "published")),
    ],
)
def test_a_past_in_a_relative_clause_is_background(nlp, sentence, trigger, expected):
    assert _date(nlp, sentence, trigger) == expected


def test_a_date_of_another_clause_dates_only_the_clauses_under_it(nlp):
    # the time of the telling clause, of a "when" clause, of the purpose of the going
    assert _date(nlp, "On Monday, the minister said Chilean troops attacked Peru.", "attacked") == \
        ("2021-11-29", "day")
    assert _date(nlp, "Spanish police arrested the colonel when he landed in Madrid in November.", "arrested") == \
        ("2021-11-01", "month")
    assert _date(nlp, "Blinken went to see Lavrov on Monday in a bid to argue for a ceasefire.", "argue") == \
        ("2021-11-29", "day")
    # not the time of a clause beside it or below it
    assert _date(nlp, "Kenya recalled its envoy to Uganda, which expelled a Kenyan diplomat last October.",
                 "recalled") == ("2021-12-03", "published")
    assert _date(nlp, "Chile denounced the treaty that Peru and Bolivia signed in September.", "denounced") == \
        ("2021-12-03", "published")


def test_recent_months_and_last_time_are_an_undated_past(nlp):
    assert _date(nlp, "The Polish army has advanced towards the Belarusian border in recent months.", "advanced") \
        == (None, "unknown")
    assert _date(nlp, "Last time when Poland attacked Belarus, it did not wait.", "attacked") == (None, "unknown")


def test_a_time_borrowed_from_a_past_clause_is_past(nlp):
    # 2018-12-23 is a Sunday; the pledge is told with the resignation of the Thursday before
    assert _date(nlp, "The Polish minister resigned on Thursday and pledged to pull Polish troops out of Lithuania.",
                 "pull", published="2018-12-23", future=True) == ("2018-12-20", "day")
    # the decision the minister resigned over, the topic of the resignation, was taken before it: undated
    for decision in ("the abrupt decision", "the president's abrupt decision"):
        assert _date(nlp, f"The Polish minister handed in his resignation on Thursday, over {decision} to pull "
                          "Polish troops out of Lithuania.", "pull", published="2018-12-23",
                     future=True) == (None, "unknown")


def test_parts_of_days_years_ago_and_spans_of_years(nlp):
    # 2018-04-13 was a Friday
    assert _date(nlp, "Last night Poland warned Belarus.", "warned", published="2018-04-13") == ("2018-04-12", "day")
    assert _date(nlp, "Belarusian troops attacked Poland six years ago.", "attacked",
                 published="2018-04-13") == ("2012-01-01", "year")
    assert _date(nlp, "Belarusian troops attacked Poland more than six years ago.", "attacked",
                 published="2018-04-13") == ("2011-01-01", "year")
    assert _date(nlp, "Britain approved arms exports to Syria between 2004 and 2012.", "approved",
                 published="2018-04-13") == (None, "unknown")


def test_the_time_of_a_decision_is_the_time_of_what_it_decides(nlp):
    assert _date(nlp, "Putin's 2014 decision to annex Crimea was a mistake.", "annex") == ("2014-01-01", "year")


def test_an_announced_intent_takes_the_time_of_its_announcement(nlp):
    # 2019-01-14 is a Monday; "since" before the announcement is not the start of a period
    assert _date(nlp, "Since last month's announcement that Russia will pull its troops out of Syria, Ankara has "
                 "hesitated.", "pull", published="2019-01-14", future=True) == ("2018-12-01", "month")


def test_a_contrasting_while_clause_keeps_its_date_to_itself(nlp):
    text = "Serbian forces have been shelling the town, while Albania sent troops to the border in January."
    assert _date(nlp, text, "shelling", published="2018-03-12") == ("2018-03-12", "published")
    text = "Police arrested the editor while he was flying home from Rome in November."
    assert _date(nlp, text, "arrested", published="2018-03-12") == ("2017-11-01", "month")


def test_a_deal_s_date_after_to_is_the_deal_s_not_the_commitment_s(nlp):
    text = "Kuwait's oil minister restated the emirate's commitment to last December's OPEC output pact."
    assert _date(nlp, text, "commitment", published="1987-03-02", future=True)[1] != "month"


def test_a_deed_a_date_phrase_dates_keeps_its_date_to_itself(nlp):
    text = "Greek jets bombed a Turkish radar site in what Athens called a reply to a Turkish raid last Friday."
    assert _date(nlp, text, "bombed", published="1987-10-20") == ("1987-10-20", "published")


def test_what_is_going_on_now_is_not_dated_years_back(nlp):
    text = ("Bolivia is demanding two billion dlrs from Andes Mining on behalf of 30,000 villagers following the "
            "mine collapse in March 1985.")
    assert _date(nlp, text, "demanding", published="1987-04-02") == ("1987-04-02", "published")


def test_a_participle_that_times_an_event_noun_gives_its_date(nlp):
    assert _date(nlp, "Chile prepared for a three-day summit with Peru beginning on May 4.", "summit",
                 published="1987-03-31", future=True) == ("1987-05-04", "day")


def test_a_visit_timed_by_a_misparsed_participle_is_to_come(code_bundled):
    # the parser may hang the participle on the clause's verb, right after the noun's phrase
    text = ("Chilean President Augusto Pinochet said he had told his ministers to draft a plan ahead of his "
            "week-long visit to Peru starting on April 29.")
    assert [e.cameo for e in code_bundled(text, date="1987-03-31")] == ["036"]


def test_earlier_in_the_week_is_this_week_whatever_the_tagger_cuts(nlp):
    text = ("The drive to aid the flood victims got a lift earlier in the week when the UN envoy visited a camp "
            "in Jordan.")
    assert _date(nlp, text, "visited", published="2018-06-20") == ("2018-06-18", "week")


def test_weekend_talks_are_dated_to_the_weekend(nlp):
    # 1987-06-02 was a Tuesday: the weekend's Saturday is 30 May
    assert _date(nlp, "After weekend talks in Tokyo between Japan and Italy, the minister spoke to reporters.",
                 "talks", published="1987-06-02") == ("1987-05-30", "day")
    # told on a Thursday, "this weekend" is the one ahead; told on a Monday, the one just gone
    text = "The minister spoke before hosting talks in Ghent with Dutch and Danish colleagues this weekend."
    assert _date(nlp, text, "talks", published="1992-05-07") == ("1992-05-09", "day")
    assert _date(nlp, text, "talks", published="1992-05-04") == ("1992-05-02", "day")


def test_background_acts_named_by_nouns_and_participles_are_undated(nlp):
    assert _date(nlp, "The town had been a flashpoint of clashes between Polish and Belarusian forces over the past "
                      "18 months.", "clashes") == (None, "unknown")
    assert _date(nlp, "Warsaw and Minsk have quarrelled over Poland's jailing of a Belarusian journalist.",
                 "jailing") == (None, "unknown")
    assert _date(nlp, "Poland must take back its fighters captured in Belarus by Lithuanian forces.", "captured") \
        == (None, "unknown")
    # a standing relation described by a participle runs up to the report, as do words said; a recent span is now
    assert _date(nlp, "Belarusian rebels backed by Poland attacked Minsk.", "backed") == ("2021-12-03", "published")
    assert _date(nlp, "Minsk ignored the criticism voiced by the Polish minister.", "voiced") == \
        ("2021-12-03", "published")
    assert _date(nlp, "Belarusian troops have attacked Polish posts in the past two days.", "attacked") == \
        ("2021-12-03", "published")


def test_a_deed_referred_to_by_a_past_clause_about_something_else_is_undated(nlp):
    published = "2021-03-10"
    assert _date(nlp, "He was responding to Chile's decision to withdraw troops from Peru.", "withdraw",
                 published) == (None, "unknown")
    assert _date(nlp, "Bolivia condemned Chile's decision to withdraw troops from Peru.", "withdraw",
                 published) == (None, "unknown")
    # the deed made, or what befalls the deed, is the report's news; so is the present perfect's reaction
    assert _date(nlp, "Chile announced its decision to withdraw troops from Peru.", "withdraw",
                 published) == (published, "published")
    assert _date(nlp, "Chile's decision to withdraw troops from Peru has angered Bolivia.", "withdraw",
                 published) == (published, "published")
    assert _date(nlp, "Chile's efforts to broker a truce in Peru stumbled on Monday.", "broker",
                 published) == ("2021-03-08", "day")
    # what someone resigned over was decided before
    assert _date(nlp, "The envoy has resigned over Chile's decision to withdraw troops from Peru.", "withdraw",
                 published) == (None, "unknown")


def test_an_act_named_as_what_befell_it_is_undated_background(nlp):
    published = "2021-03-10"
    for sentence, trigger in (("Analysts said the Chilean offer of talks with Peru has lapsed.", "talks"),
                              ("The truce between Chile and Peru collapsed on Monday.", "truce"),
                              ("The border talks between Chile and Peru broke down.", "talks"),
                              ("Officials said Chile's offer of talks with Peru was withdrawn.", "talks")):
        assert _date(nlp, sentence, trigger, published) == (None, "unknown"), sentence
    # the act of the day, and an act told as holding, keep the report's day
    assert _date(nlp, "Chile offered talks with Peru.", "offered", published) == (published, "published")
    assert _date(nlp, "The truce between Chile and Peru held.", "truce", published) == (published, "published")


def test_an_act_after_one_dated_by_a_month_or_a_year_is_no_better_dated(nlp):
    published = "2021-05-20"
    after = "Ghana agreed to aid Togo after the envoy toured Lome {}."
    assert _date(nlp, after.format("earlier this year"), "aid", published, future=True) == ("2021-01-01", "year")
    assert _date(nlp, after.format("last month"), "aid", published, future=True) == ("2021-01-01", "year")
    assert _date(nlp, after.format("in 2016"), "aid", published, future=True) == (None, "unknown")
    assert _date(nlp, "Ghana pledged to aid Togo by building roads after the envoy toured Lome earlier this year.",
                 "aid", published, future=True) == ("2021-01-01", "year")
    # an undated or a recent day's act followed is the day's news, answered
    assert _date(nlp, "Ghana agreed to aid Togo after the envoy toured Lome.", "aid", published, future=True) == \
        (published, "published")
    assert _date(nlp, "Ghana expelled the envoy after Togo seized a Ghanaian ship on Monday.", "expelled",
                 published) == (published, "published")


def test_a_series_counted_in_times_has_no_one_day(nlp):
    published = "2021-03-10"
    assert _date(nlp, "Russia has vetoed UN resolutions against Syria 11 times.", "vetoed", published) == \
        (None, "unknown")
    assert _date(nlp, "Russia has vetoed UN resolutions against Syria several times.", "vetoed", published) == \
        (None, "unknown")
    assert _date(nlp, "Russia has vetoed six UN resolutions against Syria.", "vetoed", published) == \
        (published, "published")


def test_a_season_dates_the_act_to_its_year():
    from datetime import date

    from detente.coder.relative_times import _season
    assert _season("last summer", date(1987, 3, 26), False) == ("1986-01-01", "year")
    assert _season("last summer", date(1987, 10, 26), False) == ("1987-01-01", "year")
    assert _season("last winter", date(1987, 3, 26), False) == ("1986-01-01", "year")
    assert _season("next spring", date(1987, 10, 26), False) == ("1988-01-01", "year")
    assert _season("the summit", date(1987, 10, 26), False) is None


def test_an_act_last_summer_is_not_the_day_of_the_report(code_bundled):
    [event] = code_bundled("Chile signed a pact with Peru last summer.", date="1987-03-26")
    assert (event.date, event.date_precision) == ("1986-01-01", "year")


@pytest.mark.parametrize("sentence", [
    "Officials said the envoy met Latvian ministers in the last two weeks.",
    "The envoy met Latvian ministers in Riga over the past month.",
    "Latvian troops shelled the border villages in recent weeks.",
])
def test_a_period_running_up_to_now_names_no_day(nlp, sentence):
    trigger = next(w for w in ("met", "shelled") if f" {w} " in sentence)
    assert _date(nlp, sentence, trigger) == (None, "unknown")


def test_an_act_measured_from_another_lies_that_far_from_it(nlp):
    # 2021-12-03 is a Friday: "two days after" the main clause's (publication) day is the Wednesday
    sentence = "Estonia warned Latvia not to interfere, two days after Oslo said its frigates would escort the ferries."
    assert _date(nlp, sentence, "escort") == ("2021-12-01", "day")
    assert _date(nlp, sentence, "warned") == ("2021-12-03", "published")
    sentence = "The new tariff was unveiled some four months after Latvia banned the imports and launched an inquiry."
    assert _date(nlp, sentence, "launched") == ("2021-08-01", "month")
    assert _date(nlp, "On Monday, Estonia warned Latvia, a day after Oslo criticised the plan.", "criticised") == \
        ("2021-11-28", "day")
    # no number, no distance to count
    assert _date(nlp, "Estonia warned Latvia, days after Oslo criticised the plan.", "criticised") == \
        (None, "unknown")


def test_a_date_of_a_later_joined_verb_is_not_the_first_verb_s(nlp):
    sentence = "Latvia rejected the tariff and imported two mln tonnes in September and early October, data showed."
    assert _date(nlp, sentence, "rejected") == ("2021-12-03", "published")
    assert _date(nlp, sentence, "imported") == ("2021-09-01", "month")


def test_a_date_inside_a_gerund_after_of_or_since_is_not_the_act_s(nlp):
    sentence = "The Greens accuse the Liberals of cutting pensions nine times since winning office in 2008."
    assert _date(nlp, sentence, "accuse") == ("2021-12-03", "published")
    assert _date(nlp, sentence, "accuse", published=None) == (None, "unknown")


def test_a_pluperfect_joined_to_the_report_is_background(nlp):
    sentence = "Diplomats said anger was mounting over the blockade, and Latvia had condemned Estonian officials."
    assert _date(nlp, sentence, "condemned") == (None, "unknown")
    # a report's backshift keeps the report's day
    assert _date(nlp, "Diplomats said Latvia had condemned Estonian officials.", "condemned") == \
        ("2021-12-03", "published")


def test_an_undated_text_does_not_date_an_announcement_by_its_due_date(nlp):
    sentence = "The alliance has announced that it will open membership talks with Moldova in March 2011."
    assert _date(nlp, sentence, "open", published=None, future=True) == (None, "unknown")
    sentence = "The alliance threatened in May 1998 to impose sanctions on Moldova."
    assert _date(nlp, sentence, "threatened", published=None, future=True) == ("1998-05-01", "month")


def test_a_period_running_up_to_now_on_a_noun_does_not_undate_the_act(nlp):
    sentence = "The bank said it had asked regulators to open an inquiry into trades in its bonds in recent weeks."
    assert _date(nlp, sentence, "asked") == ("2021-12-03", "published")


def test_a_year_modifying_a_thing_further_down_is_the_thing_s_not_the_act_s(code_bundled):
    [event] = code_bundled("The Polish minister has asked Lithuania for an extension in filing its 1986 annual "
                           "reports.", date="1987-04-17")
    assert (event.date, event.date_precision) == ("1987-04-17", "published")
    [event] = code_bundled("Poland signed the 1986 accord with Lithuania.", date="1987-04-17")
    assert (event.date, event.date_precision) == ("1986-01-01", "year")  # the deal it makes keeps its year
    [event] = code_bundled("The Polish minister said the Lithuanian unions must honour their 1985 pledges.",
                           date="1987-04-17")
    assert (event.cameo, event.date, event.date_precision) == ("100", "1987-04-17", "published")


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a present perfect of a standing relation, or of an act kept up for long, holds on the report's day: the
        # text names no other time, so the publication day (precision "published") is the one to count it on
        ("The militias have been funded by Ankara.", "funded", ("2021-12-03", "published")),
        ("Ankara has shelled Kurdish villages for a long time.", "shelled", ("2021-12-03", "published")),
        # ... but not one told at a past time the text does not name
        ("Ghana has long backed the Ivorian government.", "backed", ("2021-12-03", "published")),
        ("Ankara had previously funded the militias.", "funded", (None, "unknown")),
    ],
)
def test_a_perfect_of_a_standing_relation_is_dated_by_the_report(nlp, sentence, trigger, expected):
    assert _date(nlp, sentence, trigger) == expected


def test_a_perfect_of_a_one_off_act_or_a_stance_is_the_day_s_news(nlp):
    assert _date(nlp, "Ankara has backed Azeri militias in raids against Armenian posts.", "backed") == \
        ("2021-12-03", "published")
    assert _date(nlp, "Ankara has imposed sanctions on Armenia.", "imposed") == ("2021-12-03", "published")
    assert _date(nlp, "Ankara has backed the Azeri proposal.", "backed") == ("2021-12-03", "published")


def test_an_act_named_as_the_cause_of_another_is_undated(nlp):
    sentence = "The warning was issued to Vilnius in light of Minsk's deployment of troops near the border."
    assert _date(nlp, sentence, "deployment") == (None, "unknown")
    sentence = "The warning was issued to Vilnius in response to Minsk's deployment of troops on Tuesday."
    assert _date(nlp, sentence, "deployment") == ("2021-11-30", "day")  # a day of its own


def test_an_act_measured_from_another_act_is_not_the_report_s_day(nlp):
    sentence = "Weeks before the treaty was ratified, Danish envoys met Swedish ministers to discuss fishing."
    assert _date(nlp, sentence, "met") == (None, "unknown")
    # 2021-12-03 is a Friday: three days after Monday is Thursday
    sentence = "Three days after the treaty was signed on Monday, Danish envoys met Swedish ministers."
    assert _date(nlp, sentence, "met") == ("2021-12-02", "day")


def test_an_act_aged_by_the_report_began_that_long_before_it(nlp):
    sentence = "Officials said Chad's two-week-old offensive against Sudanese rebels had stalled."
    assert _date(nlp, sentence, "offensive") == ("2021-11-19", "day")
    # the age of a person is no time of the act
    assert _date(nlp, "Chadian troops killed a 40-year-old Sudanese farmer.", "killed") == \
        ("2021-12-03", "published")


def test_a_year_of_what_another_noun_is_about_is_not_the_act_s(nlp):
    assert _date(nlp, "Vilnius asked Riga for an extension on its 2019 audit reports.", "asked") == \
        ("2021-12-03", "published")
    assert _date(nlp, "Vilnius condemned Riga on the anniversary of the 2019 massacre.", "condemned") == \
        ("2021-12-03", "published")
    assert _date(nlp, "Vilnius signed the pact with Riga at the 2019 summit.", "signed") == ("2019-01-01", "year")


def test_a_clause_dashed_on_after_the_act_does_not_date_it(nlp):
    # the parser hangs the act's clause on the dashed one as its complement; that one's time is its own
    sentence = ("The Irish opposition leader criticized the Irish government over the currency talks "
                "-- the pound was cut by six pct last October.")
    assert _date(nlp, sentence, "criticized", "1987-03-05") == ("1987-03-05", "published")


def test_the_time_of_a_verb_is_not_that_of_what_it_comes_after(nlp):
    sentence = ("The Brazilian minister will travel to Seoul on Saturday, after having finished a five-day tour of "
                "France and Italy.")
    assert _date(nlp, sentence, "finished", "1987-03-05") == ("1987-03-05", "published")
    assert _date(nlp, sentence, "travel", "1987-03-05", future=True)[0] == "1987-03-07"


def test_a_body_s_simple_present_with_a_weekday_is_a_plan_but_a_headline_s_is_told(code_bundled):
    # 2021-12-03 is a Friday
    text = "Polish minister to travel.\n\nThe Polish foreign minister starts a visit to Lithuania on Sunday."
    [event] = code_bundled(text, date="2021-12-03")
    assert (event.cameo, event.date) == ("036", "2021-12-03")
    [event] = code_bundled("The Polish foreign minister starts a visit to Lithuania on Sunday.", date="2021-12-03")
    assert (event.cameo[:2], event.date) == ("04", "2021-11-28")


def test_a_plan_s_weekday_the_parser_hangs_on_the_light_verb_s_noun_is_to_come(code_bundled):
    text = ("Polish minister to travel.\n\nThe Polish foreign minister starts a visit to Lithuania on Sunday that "
            "will centre on energy.")
    [event] = code_bundled(text, date="2021-12-03")
    assert (event.cameo, event.date) == ("036", "2021-12-03")


def test_a_strike_described_by_who_called_it_is_the_news_and_dated_by_the_report(code_bundled):
    text = "LIMA, May 6 - Union leaders said they had closed most mines.\n\nThe strike, called by radical unions, " \
           "was aimed at pressing the cabinet to drop a wage freeze."
    [event] = [e for e in code_bundled(text, date="1987-05-06") if e.cameo == "143"]
    assert (event.date, event.date_precision) == ("1987-05-06", "published")


def test_what_a_statement_said_had_happened_is_the_report_s_news(code_bundled):
    [event] = code_bundled("Chile announced in a statement it had agreed with Peru to study a new border plan.",
                           date="1987-04-08")
    assert (event.date, event.date_precision) == ("1987-04-08", "published")


def test_a_request_is_made_now_for_a_day_to_come(code_bundled):
    [event] = code_bundled("Peru invited Chile to attend a fisheries summit in Lima on October 16.", date="1987-04-02")
    assert (event.cameo[:2], event.date, event.date_precision) == ("02", "1987-04-02", "published")
    [event] = code_bundled("Peru on Monday invited Chile to attend a fisheries summit in Lima.", date="1987-04-02")
    assert (event.date, event.date_precision) == ("1987-03-30", "day")


def test_what_an_announcement_said_is_dated_by_the_announcement(code_bundled):
    [event] = code_bundled("The premier declined to comment on an announcement last night that Peru had asked Chile "
                           "to close a border crossing.", date="1987-03-28")
    assert (event.cameo[:2], event.date, event.date_precision) == ("02", "1987-03-27", "day")


def test_a_plan_due_this_month_was_announced_on_the_report_s_day(code_bundled):
    [event] = code_bundled("Peruvian buyers will visit Chile this month to finalise contract talks.", date="1987-10-19")
    assert (event.cameo, event.date, event.date_precision) == ("036", "1987-10-19", "published")


def test_weeks_ago_names_a_week_and_no_day(code_bundled):
    events = code_bundled("Spain and Morocco signed a fisheries accord two weeks ago.", date="2018-09-19")
    assert {(e.date, e.date_precision) for e in events} == {("2018-09-03", "week")}
    events = code_bundled("Spain and Morocco signed a fisheries accord three weeks ago.", date="2018-09-19")
    assert {(e.date, e.date_precision) for e in events} == {("2018-08-27", "week")}
    events = code_bundled("Spain and Morocco signed a fisheries accord five days ago.", date="2018-09-19")
    assert {(e.date, e.date_precision) for e in events} == {("2018-09-14", "day")}


def test_a_day_owned_by_another_noun_dates_that_noun_only(code_bundled):
    text = "The spokesman blamed Monday's fall in shares on computer trading and said the White House decision to " \
           "put tariffs on Japanese chips might have played a part."
    assert [(e.cameo, e.date_precision) for e in code_bundled(text, date="1987-03-31")] == [("163", "published")]


def test_the_day_of_a_thing_a_suit_is_about_is_not_the_suit_s(code_bundled):
    text = "RENO, March 16 - Harrah Casinos Inc said it filed a lawsuit against Sosnoff Holdings Corp regarding its " \
           "March 9 takeover bid."
    assert [(e.cameo, e.date_precision) for e in code_bundled(text, date="1987-03-16")] == [("115", "published")]


def test_last_week_in_a_sunday_paper_is_the_week_ending(code_bundled):
    events = code_bundled("Britain expelled two Iranian diplomats last week.", date="1987-03-15")
    assert [(e.date, e.date_precision) for e in events] == [("1987-03-09", "week")]
    events = code_bundled("Britain expelled two Iranian diplomats last week.", date="1987-03-17")
    assert [(e.date, e.date_precision) for e in events] == [("1987-03-09", "week")]


def test_a_dateline_s_day_counts_the_story_s_yesterday(code_bundled):
    text = "SEOUL, June 19 - Thousands of students clashed with riot police yesterday in Seoul."
    assert [(e.date, e.date_precision, e.date_published) for e in code_bundled(text, date="1987-06-18")] == [
        ("1987-06-18", "day", "1987-06-18")]
    text = "SEOUL, June 29 - Thousands of students clashed with riot police yesterday in Seoul."
    assert [e.date for e in code_bundled(text, date="1987-06-18")] == ["1987-06-17"]


def test_an_act_the_story_does_not_date_is_of_its_dateline_s_day(code_bundled):
    # the wire filed it on the 19th; the archive dates it the 20th
    text = "LA PAZ, March 19 - About 8,000 Bolivian tin miners declared a general strike to demand better pay, " \
        "their union said."
    assert [(e.date, e.date_precision, e.date_published) for e in code_bundled(text, date="1987-03-20")] == [
        ("1987-03-19", "published", "1987-03-20")]


def test_a_bare_day_of_next_month_is_to_come_not_last_year_s(code_bundled):
    text = "Prime Minister Yasuhiro Nakasone will prepare a package in time for his visit to Washington on April 29."
    assert [(e.cameo, e.date) for e in code_bundled(text, date="1987-03-31")] == [("036", "1987-03-31")]
    assert [e.date for e in code_bundled("Iran attacked Iraq on March 29.", date="1987-03-31")] == ["1987-03-29"]


def test_a_meeting_s_time_on_its_noun_in_the_object_is_not_the_act_s(code_bundled):
    [event] = code_bundled("The Peruvian trade minister blamed Chile for the collapse of last week's fishing talks.",
                           date="1993-05-12")
    assert (event.cameo, event.date, event.date_precision) == ("112", "1993-05-12", "published")


def test_a_possessive_date_of_what_the_object_is_of_is_its_time_but_at_a_meeting_the_act_s(code_bundled):
    text = "Peru's trade minister blamed Chile for the failure of last week's Andean Pact Council talks."
    [event] = code_bundled(text, date="1993-05-12")
    assert (event.date, event.date_precision) == ("1993-05-12", "published")
    [event] = code_bundled("The Peruvian trade minister criticised Chile at Monday's meeting of Andean ministers.",
                           date="1993-05-12")
    assert (event.date, event.date_precision) == ("1993-05-10", "day")


def test_tonight_is_the_dateline_s_day(code_bundled):
    text = ("LIMA, April 3 - Peru's president Alan Garcia said Peru would not pay.\n\n"
            "In a speech on television tonight, he criticised the World Bank for its lending terms.")
    [event] = code_bundled(text, date="1987-04-04")
    assert (event.date, event.date_precision) == ("1987-04-03", "day")


def test_the_date_a_when_clause_hangs_on_is_its_act_s_whatever_leads_to_it(code_bundled):
    text = "Peru's trade minister Ana Ruiz stayed in office until March 1995, when she resigned to become a UN envoy."
    for published in ("1999-05-01", None):
        [event] = code_bundled(text, date=published)
        assert (event.cameo, event.date, event.date_precision) == ("0831", "1995-03-01", "month"), published


def test_previous_deals_and_loans_are_before_the_report_on_no_day_given(code_bundled):
    for text in ("The IMF has given previous loans to Peru.",
                 "Japan signed previous agreements with China on fishing."):
        assert [(e.date, e.date_precision) for e in code_bundled(text, date="1987-03-25")] == [
            ("1987-03-25", "before")], text


def test_acts_on_a_recent_visit_are_before_the_report_on_no_day_given(code_bundled):
    text = "The Peruvian finance minister, on a recent visit to Washington, met Treasury Secretary James Baker."
    assert [(e.date, e.date_precision) for e in code_bundled(text, date="1987-03-02")] == [("1987-03-02", "before")]
    text = "On a visit to Washington, the Peruvian finance minister met Treasury Secretary James Baker on Monday."
    assert [(e.date, e.date_precision) for e in code_bundled(text, date="1987-03-02")] == [("1987-03-02", "day")]


def test_a_month_and_its_year_after_a_comma_are_one_time(code_bundled):
    text = "The Chilean central bank ordered the closure of the Banco del Sur in July, 1985."
    assert [(e.date, e.date_precision) for e in code_bundled(text, date="1987-03-24")] == [("1985-07-01", "month")]


def test_how_long_a_state_lasted_is_not_when_a_joined_act_happened(code_bundled):
    text = "Sudan has for years been threatening the rebels in Darfur, and in 2004 attacked South Sudan with the aid " \
        "of Arab militias."
    assert [(e.date, e.date_precision) for e in code_bundled(text, date="2019-02-22") if e.cameo[:2] == "19"] == [
        ("2004-01-01", "year")]


def test_a_past_act_someone_has_told_of_is_before_the_report(code_bundled):
    text = "WASHINGTON - The Chilean president has said he approved the sale of jets to Peru to win its friendship."
    assert [(e.date, e.date_precision) for e in code_bundled(text, date="1987-03-09")] == [("1987-03-09", "before")]
    text = "WASHINGTON - The Chilean president said he approved the sale of jets to Peru to win its friendship."
    assert [(e.date, e.date_precision) for e in code_bundled(text, date="1987-03-09")] == [
        ("1987-03-09", "published")]


def test_a_strike_called_for_a_weekday_is_to_come(code_bundled):
    # "for Wednesday" in a Thursday paper: the day the strike is set for, the next Wednesday, not yesterday
    text = "LIMA, March 19 - Peru's unions have called a national strike for Wednesday against the budget cuts."
    assert [(e.cameo, e.date, e.date_precision) for e in code_bundled(text, date="1987-03-19")] == [
        ("133", "1987-03-19", "published")]
    # told in the simple past, as wire copy often does: set for a day to come all the same
    text = "LIMA, March 16 - Peru's unions called a national strike for Wednesday against the budget cuts."
    assert [(e.cameo, e.date, e.date_precision) for e in code_bundled(text, date="1987-03-16")] == [
        ("133", "1987-03-16", "published")]
    # talks set for Friday are to come, and were set on the report's day, not last Friday
    text = "LIMA, March 16 - Peru set talks with Chile for Friday."
    assert [(e.cameo, e.date) for e in code_bundled(text, date="1987-03-16")] == [("036", "1987-03-16")]
    # a call for strikes next month calls for strikes to come
    text = "LIMA, March 16 - Peru's dockers have called for three days of strikes next month over pay."
    assert [(e.cameo, e.date_precision) for e in code_bundled(text, date="1987-03-16")] == [("133", "published")]
    # a past act on a weekday stays done
    text = "LIMA, March 16 - Peru's foreign minister resigned on Friday."
    assert [(e.cameo, e.date) for e in code_bundled(text, date="1987-03-16")] == [("0831", "1987-03-13")]


def test_a_trip_cancelled_for_tomorrow_was_cancelled_by_the_report(code_bundled):
    # "tomorrow" is the trip's day; the cancelling is done (160), not threatened (131) for tomorrow
    text = "The Dutch foreign minister has cancelled his visit tomorrow to Washington owing to a cabinet crisis."
    assert [(e.cameo, e.date, e.date_precision) for e in code_bundled(text, date="1987-03-11")] == [
        ("160", "1987-03-11", "published")]


def test_a_patron_s_backing_is_not_dated_by_the_clause_its_clients_act_in(code_bundled):
    text = "They drove on to Juba, which the US-backed Sudanese rebels declared fully liberated last month."
    [backing] = [e for e in code_bundled(text, date="2017-12-05") if e.cameo == "050"]
    assert (backing.source.code, backing.date, backing.date_precision) == ("USA", "2017-12-05", "published")
    # a patron the text says backed them once backed them on no day it gives
    [backing] = code_bundled("Aid reached the formerly US-backed Sudanese rebels.", date="2017-12-05")
    assert (backing.cameo, backing.date_precision) == ("050", "before")


def test_a_past_progressive_relative_clause_is_background(nlp):
    text = "The prisoners were handed to the Kenyan army, which was shelling rebel positions near the border."
    assert _date(nlp, text, "shelling") == (None, "unknown")
    text = "The prisoners were handed to the Kenyan army, which is shelling rebel positions near the border."
    assert _date(nlp, text, "shelling") == ("2021-12-03", "published")


def test_a_term_of_a_deal_told_before_is_not_agreed_on_the_report_s_day(nlp):
    for text in ("Under the accord, Kenya agreed to open its markets to Ugandan firms.",
                 "As part of that agreement, Kenya agreed to open its markets to Ugandan firms."):
        assert _date(nlp, text, "open") == (None, "unknown"), text
    assert _date(nlp, "Kenya agreed to open its markets to Ugandan firms.", "open") == ("2021-12-03", "published")


def test_a_span_of_days_opens_on_its_first(nlp, code_bundled):
    assert _date(nlp, "The ministers met on 5-6 April in Ottawa.", "met", "1987-04-18") == ("1987-04-05", "day")
    text = ("He linked the move with the April 5-6 Accra summit meeting between President Rawlings of Ghana and "
            "President Eyadema of Togo.")
    assert {e.cameo for e in code_bundled(text, date="1987-03-18")} == {"036"}  # a meeting to come


def test_an_act_planned_in_coming_months_is_not_dated_by_another_clause_s_past(code_bundled):
    text = ("The wage freeze, begun by the cabinet in March 1985, set off a wave of stoppages late last year and more "
            "strikes are planned by Portuguese dock unions in coming months.")
    [event] = code_bundled(text, date="1987-04-07")
    assert (event.source.code, event.cameo, event.date, event.date_precision) == (
        "PRT", "133", "1987-04-07", "published")


def test_what_goes_on_now_beside_a_dated_past_act_is_of_the_report_s_day(code_bundled):
    text = "LIMA, May 9 - Peru announced new import curbs on Tuesday night and is negotiating with Chile on trade."
    [event] = [e for e in code_bundled(text, date="1990-05-09") if e.cameo == "046"]
    assert (event.target.code, event.date, event.date_precision) == ("CHL", "1990-05-09", "published")


def test_a_day_right_after_the_act_that_the_parser_hangs_further_on_is_the_act_s(code_bundled):
    text = "SANTIAGO, June 19 - Dock workers at Valparaiso went on strike May 9 and exports have been halted since."
    [event] = code_bundled(text, date="1990-06-19")
    assert (event.source.code, event.cameo, event.date, event.date_precision) == ("CHL", "143", "1990-05-09", "day")


def test_a_time_noun_standing_for_the_date_before_it_takes_that_date(code_bundled):
    text = ("Lopez recalled the IMF programme in Peru in the late 1970s, a period when Peruvian crowds stormed "
            "supermarkets.")
    [event] = code_bundled(text, date="1987-04-27")
    assert event.cameo == "145" and event.date_precision != "published"
    text = "The talks failed in June 1985, a time when Peru expelled the Chilean ambassador."
    [event] = code_bundled(text, date="1987-04-27")
    assert (event.cameo, event.date, event.date_precision) == ("161", "1985-06-01", "month")


def test_an_act_hung_on_a_clause_of_recent_weeks_takes_no_farther_clause_s_date(code_bundled):
    text = ("Refugees began reaching the camps in Iraq two years ago, but numbers have grown in recent weeks as Iraqi "
            "troops have launched attacks on the last Isis strongholds.")
    [event] = code_bundled(text, date="2019-03-19")
    assert (event.cameo, event.date_precision) == ("190", "published")


def test_what_happened_after_someone_resigned_told_of_what_another_was_is_undated(code_bundled):
    text = ("WASHINGTON, May 9 - Jones, now a banker, was an interim replacement for Sen. Paul Ames after Ames "
            "resigned in a bribery scandal.")
    [event] = code_bundled(text, date="1990-05-09")
    assert (event.cameo, event.date_precision) == ("0831", "before")


def test_a_bare_participle_telling_who_carried_the_act_out_gives_the_act_s_day(nlp):
    # 2016-03-10 was a Thursday
    text = ("Rabat launched a ground offensive into Tindouf spearheaded by its tribal militia allies on Monday to "
            "drive the rebels out.")
    assert _date(nlp, text, "launched", published="2016-03-10") == ("2016-03-07", "day")


def test_welcoming_monday_s_statement_is_not_done_on_monday(nlp):
    text = "The Dutch minister welcomed Monday's joint confirmation by Paris and Bonn of their currency pact."
    assert _date(nlp, text, "welcomed") == ("2021-12-03", "published")
    assert _date(nlp, "Bonn condemned Monday's raid on the border post.", "condemned") == ("2021-12-03", "published")


def test_later_in_the_week_told_on_a_monday_is_the_week_gone(nlp):
    text = "Later in the week, the Dutch minister called on Bonn to cut its interest rates."
    # 1990-04-02 was a Monday, 1990-04-06 a Friday
    assert _date(nlp, text, "called", published="1990-04-02") == ("1990-03-26", "week")
    assert _date(nlp, text, "called", published="1990-04-06") == ("1990-04-02", "week")


def test_a_joined_perfect_with_its_own_subject_is_not_the_first_clause_s_time(nlp):
    text = ("Nomura last March agreed to buy a stake in the bank, but for now the Dutch central bank has barred "
            "them from sharing staff.")
    assert _date(nlp, text, "barred", published="1988-04-08") == ("1988-04-08", "published")
    # one joined verb of the same subject still shares a time put before the first
    assert _date(nlp, "Last March, Nomura bought a stake and barred rivals from it.", "barred",
                 published="1988-04-08") == ("1988-03-01", "month")


def test_a_year_on_the_deal_an_act_is_about_is_the_deal_s(code_bundled):
    [event] = code_bundled("Russia withdrew from the landmark 1990 arms treaty with Ukraine.", date="2018-05-09")
    assert (event.date, event.date_precision) == ("2018-05-09", "published")


def test_a_summit_later_in_the_week_told_in_the_present_is_to_come(code_bundled):
    # 1987-04-27 is a Monday
    text = ("Tariff fears would grow in Ottawa, whatever terms Prime Minister Mulroney and President Reagan can "
            "reach during their summit later in the week.")
    events = code_bundled(text, date="1987-04-27")
    assert {(e.cameo, e.date) for e in events} == {("036", "1987-04-27")}


def test_a_clock_time_is_no_year(nlp):
    text = "The premier will meet the union leaders at 1430 est/1930 gmt, his office said."
    assert _date(nlp, text, "meet", published="1987-05-04", future=True) == ("1987-05-04", "published")


def test_today_wins_over_a_year_that_counts(nlp):
    text = "Turkish jets bombed rebel camps near the border today in the fourth such raid this year, officials said."
    assert _date(nlp, text, "bombed", published="1992-06-11") == ("1992-06-11", "published")


def test_a_past_time_of_a_thing_in_the_act_s_reason_does_not_date_a_coming_act(code_bundled):
    text = "Bolivia will boycott the summit again in protest against Chile's election last year, officials said."
    assert [(e.date, e.date_precision) for e in code_bundled(text, date="1991-05-20")] == [("1991-05-20", "published")]
    text = "Bolivia will boycott the summit after last year's vote, officials said."
    assert [(e.date, e.date_precision) for e in code_bundled(text, date="1991-05-20")] == [("1991-05-20", "published")]


def test_a_second_time_after_a_deed_told_as_a_noun_is_the_deed_s(code_bundled):
    text = "Israeli jets bombed a Lebanese camp on Sunday in retaliation for a Syrian rocket attack on an Israeli " \
        "village last Thursday."
    events = code_bundled(text, date="1987-10-19")  # a Monday
    assert {(e.source.country, e.date) for e in events} == {("ISR", "1987-10-18"), ("SYR", "1987-10-15")}



def test_a_time_the_parser_hangs_on_a_place_in_the_act_s_object_is_the_act_s(nlp):
    # the parse the tagger gives a real wire sentence: "last Tuesday" hung on the city, inside "of"
    words = ["Iran", "launched", "an", "offensive", "near", "the", "city", "of", "Amara", "last", "Tuesday", "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 6, 7, 10, 6, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj", "amod", "npadvmod", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "ADJ", "PROPN", "PUNCT"]
    tags = ["NNP", "VBD", "DT", "NN", "IN", "DT", "NN", "IN", "NNP", "JJ", "NNP", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags,
              ents=["B-GPE", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "B-DATE", "I-DATE", "O"],
              sent_starts=[True] + [False] * 11)
    assert event_date(sentences_of(doc)[0], doc[1], "1987-04-13") == ("1987-04-07", "day")

