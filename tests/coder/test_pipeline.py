"""The whole flow on the example article this product exists for (read from ../shared, never copied)."""

import pytest

import detente
from tests.conftest import SHARED

SEED = SHARED / "examples" / "seed-article.txt"


@pytest.fixture(scope="module")
def seed_events():
    return detente.code(SEED.read_text(encoding="utf-8"), date="2021-12-03")


# The six rows of ../shared/examples/README.md, each pinned to one reading: who (CAMEO actor code), to whom,
# the CAMEO code, the PLOVER type (as ANNOTATION.md maps the code) and the date (rows 4-6 are "earlier than
# publication": the "Previously" of rows 4 and 6 dates them by the report, precision "before": on or before it).
SEED_ROWS = {
    ("BLRGOV", "CHN", "031", "AGREE", "2021-12-03"),  # 1 Lukashenko: strengthen cooperation with China
    ("IGOEUREEC", "BLR", "163", "SANCTION", "2021-12-02"),  # 2 the EU's fifth sanctions package, December 2
    ("BLR", "WST", "1312", "THREATEN", "2021-12-03"),  # 3 Golovchenko: restrictions by Minsk against the West
    ("CHN", "LTU", "161", "SANCTION", "2021-12-03"),  # 4 China downgrades relations ("Previously": on or before)
    ("CHN", "LTU", "160", "SANCTION", "2021-12-03"),  # 5 China excludes Lithuania from its customs system
    ("LTU", "TWN", "050", "SUPPORT", "2021-12-03"),  # 6 Vilnius (a capital names its state) approves a Taiwan office
}


def rows(events):
    return {(e.source.cameo, e.target.cameo if e.target else None, e.cameo, e.plover_event, e.date) for e in events}


def test_the_six_rows_and_nothing_else(seed_events):
    assert rows(seed_events) == SEED_ROWS
    assert len(seed_events) == len(SEED_ROWS)
    assert sorted(e.date_precision for e in seed_events if e.cameo in ("161", "050")) == ["before", "before"]


@pytest.mark.parametrize("coder", ["rules", "hybrid"])
def test_the_six_rows_with_each_coder(coder):
    from detente.coder.pipeline import CoderConfig, code_article
    from detente.model import Article

    events = code_article(Article(text=SEED.read_text(encoding="utf-8"), date_published="2021-12-03"),
                          CoderConfig(coder=coder))
    assert rows(events) == SEED_ROWS


def test_nothing_from_page_chrome(seed_events):
    assert seed_events
    for e in seed_events:
        assert "Related materials" not in e.sentence
        assert "richest companies" not in e.sentence
        assert "Leave a Reply" not in e.sentence


def test_no_self_directed_events(seed_events):
    assert seed_events
    for e in seed_events:
        assert e.target is None or (e.source.code, e.source.sector) != (e.target.code, e.target.sector)


def test_records_follow_the_schema(seed_events):
    required = {"id", "article_id", "sentence_index", "sentence", "date", "date_published", "source", "target",
                "cameo", "cameo_root", "cameo_label", "plover", "quad_class", "goldstein", "trigger", "location",
                "confidence"}
    for e in seed_events:
        d = e.to_dict()
        assert required <= d.keys()
        s0, s1 = d["source"]["span"]
        assert d["sentence"][s0:s1] == d["source"]["text"]
        assert d["quad_class"] in (1, 2, 3, 4) and -10 <= d["goldstein"] <= 10
        assert type(e).from_dict(d) == e


def test_an_undated_act_takes_the_day_its_retelling_gives(code_bundled):
    [event] = code_bundled("Chadian troops attacked Sudanese forces, the army said.\n\n"
                           "Chadian troops attacked Sudanese forces on Wednesday near the border, witnesses said.")
    assert (event.sentence_index, event.date, event.date_precision) == (0, "2021-12-01", "day")
    # a retelling dated to a year is as likely an earlier act: the news keeps the report's day
    [event] = code_bundled("Chadian troops attacked Sudanese forces, the army said.\n\n"
                           "Chadian troops attacked Sudanese forces in 2015 too.")
    assert (event.date, event.date_precision) == ("2021-12-03", "published")
    # another official of the same state, retold as the same kind of act, does not lend his day
    events = code_bundled("The Estonian envoy to NATO has resigned over the defence cuts.\n\n"
                          "Estonia's defence minister, Jaak Tamm, resigned on Thursday.")
    assert [(e.date, e.date_precision) for e in events] == [("2021-12-03", "published")]


def test_a_retelling_s_week_dates_the_act_and_its_surname_is_the_one_introduced(code_bundled):
    [event] = code_bundled("A senior Peruvian trade negotiator, Rosa Quispe Huaman, has offered to resign from her "
                           "post at the central bank, a bank spokesman said.\n\n"
                           "The spokesman said Huaman had offered to resign last week, and the board was still "
                           "deciding.", date="1987-03-23")
    assert (event.sentence_index, event.date, event.date_precision) == (0, "1987-03-16", "week")


def test_a_headline_act_told_again_by_an_office_takes_the_office_s_sector(code_bundled):
    text = ("PERU APPROVES TRADE BAN AGAINST CHILE\n\n"
            "LIMA, March 16 - Peru's parliament has approved an extensive trade ban against Chile, officials said.")
    events = code_bundled(text, date="1987-03-16")
    # a wire's headline in capitals is a headline as a title is: the one act is coded at the body's sentence
    assert [(e.source.cameo, e.target.cameo, e.cameo, e.sentence_index) for e in events] == [
        ("PERLEG", "CHL", "163", 1)]
    assert events[0].source.text == "Peru's parliament"  # the words the event's sentence says


def test_a_headline_act_told_again_in_the_body_is_coded_at_the_body_sentence(code_bundled):
    text = "LIMA, March 16 - Peru's parliament has approved an extensive trade ban against Chile, officials said."
    events = code_bundled(text, date="1987-03-16", title="PERU APPROVES TRADE BAN AGAINST CHILE")
    assert [(e.source.cameo, e.target.cameo, e.cameo, e.sentence_index) for e in events] == [
        ("PERLEG", "CHL", "163", 1)]
    # a headline the body does not retell stays coded
    events = code_bundled("LIMA, March 16 - Officials gave no details.", date="1987-03-16",
                          title="PERU APPROVES TRADE BAN AGAINST CHILE")
    assert [(e.cameo, e.sentence_index) for e in events] == [("163", 0)]


def test_a_headline_act_the_body_tells_with_another_sector_is_one_act(code_bundled):
    # the headline calls him by his party, the body by his seat: the same resignation, coded where the body says it
    text = "Labour MP Jack Kowal is to stand down as party chairman, he said on Friday."
    events = code_bundled(text, date="2005-02-04", title="Labour's Kowal to stand down")
    assert [(e.source.country, e.cameo, e.sentence_index) for e in events] == [("GBR", "0341", 1)]


def test_a_headline_act_to_come_that_the_body_tells_as_done_is_one_act(code_bundled):
    text = "NAIROBI, March 3 - Kenya has ordered the deportation of a British journalist, John Smith, officials said."
    events = code_bundled(text, date="1987-03-03", title="Kenya to deport British journalist")
    assert [(e.cameo, e.sentence_index) for e in events] == [("174", 1)]


def test_the_talks_of_an_announced_meeting_are_that_meeting(code_bundled):
    text = ("Peruvian President Alan Garcia will meet Chilean President Augusto Pinochet in Arica on Friday, "
            "officials said.\n\n"
            "Fishing firms are waiting for the outcome of the talks between Garcia and Pinochet, an analyst said.")
    assert [(e.sentence_index, e.cameo) for e in code_bundled(text, date="1987-04-27")] == [(0, "036")]
    # talks told with a day of their own are other talks
    text = text.replace("the talks between Garcia and Pinochet", "the talks between Garcia and Pinochet on Monday")
    assert (1, "040") in [(e.sentence_index, e.cameo) for e in code_bundled(text, date="1987-04-27")]


def test_what_a_suit_charges_told_after_it_is_the_suit(code_bundled):
    text = "HOUSTON, March 16 - Lone Star Gas Corp said it filed a lawsuit against Coastal Corp on Monday. The " \
           "company alleged that Coastal Corp had plotted to seize its pipelines."
    assert [e.cameo for e in code_bundled(text, date="1987-03-16")] == ["115"]
    text = "HOUSTON, March 16 - Lone Star Gas Corp said it filed a lawsuit against Coastal Corp on Monday. Mexico " \
           "accused Coastal Corp of smuggling on Tuesday."
    assert [e.cameo for e in code_bundled(text, date="1987-03-16")] == ["115", "112"]



def test_a_headline_s_act_told_by_the_body_with_a_finer_code_of_its_root_is_one_act(code_bundled):
    body = ("CARACAS, March 4 - Venezuelan energy minister Ana Ruiz blamed a rigid U.S. stance for the collapse of "
            "the oil talks.")
    told = code_bundled(body, date="1987-03-04", title="Venezuela blasts U.S. for oil talks failure")
    assert [(e.sentence_index, e.source.cameo, e.cameo) for e in told] == [(1, "VENGOV", "112")]


def test_rebels_told_again_as_insurgents_are_one_act(code_bundled):
    text = ("Syrian rebels shelled an army post near Hama on Tuesday, killing two soldiers. The Syrian army said "
            "Syrian insurgents shelled the army post near Hama on Tuesday.")
    assert [e.sentence_index for e in code_bundled(text, date="2018-04-04")] == [0]


def test_a_call_told_again_as_what_the_other_must_do_is_one_act(code_bundled):
    text = ("Canada today urged South Korea to cut tariffs on farm goods. Canadian Trade Minister Pat Carney said "
            "South Korea must honour the findings of a panel set up by both states.")
    assert [(e.sentence_index, e.cameo) for e in code_bundled(text, date="1988-06-08")] == [(0, "020")]


def test_an_act_told_again_without_its_target_is_one_act(code_bundled):
    text = "Chinese police have detained three senior executives at dairy firm Mengtai. The company spokesman " \
           "declined to say why the three were detained by police."
    assert [(e.cameo, e.sentence_index) for e in code_bundled(text, date="2004-12-20")] == [("173", 0)]


def test_a_signing_told_again_by_a_body_s_officer_is_one_act(code_bundled):
    text = "LIMA, March 31 - Peru and the European Community (EC) on Tuesday signed an accord setting up an EC " \
           "office in Lima.\n\nPeruvian deputy foreign minister Ana Ruiz and the EC's external relations " \
           "commissioner, Tom Hale, signed the accord."
    assert [(e.cameo, e.sentence_index) for e in code_bundled(text, date="1987-03-31")] == [("057", 0), ("057", 0)]
