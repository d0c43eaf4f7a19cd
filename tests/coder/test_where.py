from detente.coder.sentence import sentences_of
from detente.coder.where import event_location, lookup


def location_of(nlp, text, trigger):
    doc = nlp(text)
    return event_location(sentences_of(doc)[0], next(t for t in doc if t.text == trigger))


def test_city_in_the_trigger_clause_has_coordinates(nlp):
    loc = location_of(nlp, "China and Belarus met in Samarkand on Thursday.", "met")
    assert (loc.name, loc.country) == ("Samarkand", "UZB")
    assert 39 < loc.lat < 40 and 66 < loc.lon < 68


def test_a_country_alone_has_no_made_up_coordinates(nlp):
    loc = location_of(nlp, "Russian troops attacked villages in Ukraine.", "attacked")
    assert (loc.name, loc.country, loc.lat, loc.lon) == ("Ukraine", "UKR", None, None)


def test_a_place_that_acts_is_not_a_location(nlp):
    assert location_of(nlp, "Minsk announced new restrictions against Poland.", "announced") is None


def test_lookup_prefers_the_most_populous_namesake():
    assert lookup("Paris").country == "FRA"
    assert lookup("Nowhereville") is None
