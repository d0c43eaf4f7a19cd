"""Announced acts dated by the day of their announcement (coder/announced_times.py), and a lede's act dated by
the body's retelling of it (coder/retold.py, coder/pipeline.py)."""


def test_an_act_due_later_is_dated_by_the_day_its_announcement_names(code_bundled):
    for text in ("Chilean President Augusto Pinochet last Friday announced that on June 30 he would expel the "
                 "Bolivian ambassador.",
                 "The Chilean government said on Monday that it would expel the Bolivian ambassador on June 30."):
        [event] = code_bundled(text, date="1987-04-01")
        assert event.cameo[:2] == "13", text
        day = "1987-03-27" if "Friday" in text else "1987-03-30"
        assert (event.date, event.date_precision) == (day, "day"), text
        assert "Friday" not in event.source.text  # the verb's time, not part of the actor's name


def test_an_act_due_later_and_announced_on_no_named_day_is_of_the_report_s_day(code_bundled):
    text = "The Chilean government said it would expel the Bolivian ambassador on June 30."
    [event] = code_bundled(text, date="1987-04-01")
    assert (event.date, event.date_precision) == ("1987-04-01", "published")


def test_a_state_s_act_in_the_lede_takes_the_week_the_body_gives_it(code_bundled):
    text = ("The United Kingdom has sharply criticised Argentina's import quotas, British officials said.\n\n"
            "In talks in Buenos Aires last week, Britain criticised Argentina's quotas as unfair to its exporters.")
    events = code_bundled(text, date="1987-04-01")
    assert [(e.sentence_index, e.cameo, e.date, e.date_precision) for e in events] == [
        (0, "111", "1987-03-23", "week")]


def test_an_act_told_undated_then_announced_on_a_recent_day_is_one_act_of_that_day(code_bundled):
    text = ("Canada's move to impose stiff tariffs on Brazilian goods stems from anger over Brasilia's trade policy, "
            "analysts said.\n\nThe dispute has simmered for two years.\n\nExporters in Sao Paulo fear the loss of "
            "their largest market.\n\nCanada last Friday announced that on May 1 it would impose stiff tariffs on "
            "Brazilian goods.")
    events = code_bundled(text, date="1987-04-01")
    assert [(e.sentence_index, e.cameo, e.date, e.date_precision) for e in events] == [
        (0, "163", "1987-03-27", "day")]


def test_an_act_due_later_joined_to_another_dated_act_is_not_announced_that_day(code_bundled):
    text = ("She noted Canadian Trade Minister Pat Carney met a Mexican envoy last week on lumber, and that Carney "
            "and Energy Minister Marcel Masse will visit Mexico City in May for talks on energy.")
    visits = [e for e in code_bundled(text, date="1988-04-06") if e.cameo == "036"]
    assert [(e.date, e.date_precision) for e in visits] == [("1988-04-06", "published")]
