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


def test_a_shared_name_is_read_in_the_countries_of_the_story_first():
    """Issue 9: "Newcastle" in a story about Britain is not in Australia; "Palestine" is not in Texas."""
    assert lookup("Newcastle").country == "AUS"  # alone: the most populous place of that name
    assert lookup("Newcastle", ["GBR"]).name == "Newcastle upon Tyne"
    assert lookup("Newcastle", [None, "FRA", "GBR"]).country == "GBR"  # the first preferred country that has one
    assert (lookup("Palestine").name, lookup("Palestine").country) == ("Palestine", "PSE")  # the lexicon's name
    assert lookup("Palestine", ["ISR", "PSE"]).lat is None  # a country: no made-up coordinates
    # a town does not beat a city: Americans meeting in Geneva or Paris are in Europe
    assert lookup("Paris", ["USA"]).country == "FRA" and lookup("Geneva", ["USA", "RUS"]).country == "CHE"
    assert lookup("Moscow", ["USA"]).country == "RUS" and lookup("Washington", ["GBR"]).country == "USA"
    assert lookup("Birmingham", ["USA"]).country == "USA"  # Alabama's is a city too (196,000)
    assert lookup("Asia") is None and lookup("Africa", ["ZAF"]) is None  # a continent is no city


def test_the_event_location_prefers_its_actors_countries(nlp):
    doc = nlp("British police arrested two men in Newcastle on Friday.")
    trigger = next(t for t in doc if t.text == "arrested")
    assert event_location(sentences_of(doc)[0], trigger).country == "AUS"
    assert event_location(sentences_of(doc)[0], trigger, ["GBR"]).name == "Newcastle upon Tyne"


def test_the_project_s_places_fill_the_gazetteer_s_gaps():
    from detente.coder.where import _project_places
    from detente.lexicon import load_lexicon

    states = set(load_lexicon().countries)
    places = _project_places()
    assert len(places) > 300
    unknown = {p.location.country for p in places} - states
    assert not unknown, unknown  # every place lies in a state the lexicon knows
    assert lookup("eastern Ghouta").country == "SYR"  # a direction word before a region
    assert lookup("Helmand").country == "AFG"


def test_the_place_a_locative_s_noun_is_of_is_the_event_s_place(nlp):
    loc = location_of(nlp, "The two leaders met at a seaside resort of Sochi on Friday.", "met")
    assert (loc.name, loc.country) == ("Sochi", "RUS")
    assert location_of(nlp, "The two leaders met the mayor of Sochi on Friday.", "met") is None
