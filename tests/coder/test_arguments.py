"""Who does an act, read from a parse built by hand (so that the test does not depend on the parser's mood)."""

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from detente.coder.arguments import PERSON_OBJECT, find_agent, find_agents, nominal_agent, object_hit
from detente.coder.detect import Argument
from detente.coder.other_sides import dealt_with


def _doc(rows):
    words, heads, deps, tags = zip(*rows, strict=True)
    return Doc(Vocab(), words=list(words), heads=list(heads), deps=list(deps), tags=list(tags))


def test_a_bare_past_participle_with_a_subject_is_a_passive_with_no_agent():
    # "He said the posters, withdrawn from the website, ..." parsed as "posters withdrawn" with no auxiliary
    doc = _doc([("He", 1, "nsubj", "PRP"), ("said", 1, "ROOT", "VBD"), ("posters", 3, "nsubj", "NNS"),
                ("withdrawn", 1, "ccomp", "VBN"), ("from", 3, "prep", "IN"), ("websites", 4, "pobj", "NNS")])
    assert find_agent(doc[3]) is None
    # with its auxiliary the participle is an active perfect, and its subject acts
    doc = _doc([("He", 1, "nsubj", "PRP"), ("said", 1, "ROOT", "VBD"), ("Poland", 4, "nsubj", "NNP"),
                ("has", 4, "aux", "VBZ"), ("withdrawn", 1, "ccomp", "VBN"), ("troops", 4, "dobj", "NNS")])
    assert find_agent(doc[4]).text == "Poland"


def test_one_made_to_act_is_the_infinitive_s_second_agent():
    # "A shortage forced the minister to resign": the subject first, the one forced next (resolution takes the
    # first that names an actor)
    doc = _doc([("A", 1, "det", "DT"), ("shortage", 2, "nsubj", "NN"), ("forced", 2, "ROOT", "VBD"),
                ("the", 4, "det", "DT"), ("minister", 2, "dobj", "NN"), ("to", 6, "aux", "TO"),
                ("resign", 2, "xcomp", "VB")])
    for t, pos in zip(doc, ["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "VERB"], strict=True):
        t.pos_ = pos
    doc[2].lemma_ = "force"
    assert [t.text for t in find_agents(doc[6])] == ["shortage", "minister"]
    doc[2].lemma_ = "see"  # "saw the minister resign" makes no one resign
    assert [t.text for t in find_agents(doc[6])] == ["shortage"]


def test_a_verb_joined_to_a_reported_clause_by_its_own_auxiliary_is_the_speaker_s():
    # "Oslo has said its ships are searched and has accused Riga": the parser joins "accused" to "searched"
    doc = _doc([("Oslo", 2, "nsubj", "NNP"), ("has", 2, "aux", "VBZ"), ("said", 2, "ROOT", "VBN"),
                ("ships", 5, "nsubjpass", "NNS"), ("are", 5, "auxpass", "VBP"), ("searched", 2, "ccomp", "VBN"),
                ("and", 5, "cc", "CC"), ("has", 8, "aux", "VBZ"), ("accused", 5, "conj", "VBN"),
                ("Riga", 8, "dobj", "NNP")])
    for t, pos in zip(doc, ["PROPN", "AUX", "VERB", "NOUN", "AUX", "VERB", "CCONJ", "AUX", "VERB", "PROPN"],
                      strict=True):
        t.pos_ = pos
    assert find_agent(doc[8]).text == "Oslo"
    # "He will be received and will meet the President": a verb joined to the main clause keeps its subject
    doc = _doc([("He", 3, "nsubjpass", "PRP"), ("will", 3, "aux", "MD"), ("be", 3, "auxpass", "VB"),
                ("received", 3, "ROOT", "VBN"), ("and", 3, "cc", "CC"), ("will", 6, "aux", "MD"),
                ("meet", 3, "conj", "VB"), ("Obama", 6, "dobj", "NNP")])
    for t, pos in zip(doc, ["PRON", "AUX", "AUX", "VERB", "CCONJ", "AUX", "VERB", "PROPN"], strict=True):
        t.pos_ = pos
    assert find_agent(doc[6]).text == "He"


def test_one_buys_from_the_seller_even_when_the_parser_hangs_from_on_the_goods():
    # "agreed to buy Norvic Ltd from Kestrel Inc" with "from" on "Ltd", as the parser may hang it
    words = ["agreed", "to", "buy", "Norvic", "Ltd", "from", "Kestrel", "Inc"]
    vocab = spacy.blank("en").vocab  # with the language's lexical attributes (lower-case forms)
    doc = Doc(vocab, words=words, heads=[0, 2, 0, 4, 2, 4, 7, 5],
              deps=["ROOT", "aux", "xcomp", "compound", "dobj", "prep", "compound", "pobj"],
              lemmas=["agree", "to", "buy", "Norvic", "Ltd", "from", "Kestrel", "Inc"])
    found = dealt_with(doc[2], [Argument(4, "object")])
    assert [(doc[a.head].text, a.slot) for a in found][0] == ("Inc", "prep:from")
    # one who sells deals with the buyer, not with what is sold
    doc = Doc(vocab, words=["sell", "stake", "to", "Kestrel"], heads=[0, 0, 0, 2],
              deps=["ROOT", "dobj", "prep", "pobj"], lemmas=["sell", "stake", "to", "Kestrel"])
    assert [a.slot for a in dealt_with(doc[0], [Argument(1, "object"), Argument(3, "prep:to")])] == ["prep:to"]



def test_a_participle_the_tagger_reads_as_a_past_tense_names_no_doer(code_bundled):
    # "the policies agreed under the pact": the tagger's "agreed" (VBD) describes the policies; no new deal
    text = "Chile and Peru had agreed to pursue those policies agreed under the Andean pact with reference to tariffs."
    assert sorted(e.cameo for e in code_bundled(text, date="1987-10-19")) == ["030", "030"]
    text = "Chile and Peru said they would pursue the policies agreed under the Andean pact with reference to tariffs."
    assert code_bundled(text, date="1987-10-19") == []


def test_a_list_headed_by_a_name_is_no_person_received():
    # "which received US, British and French support" parsed with "US" as the object and "support" its conjunct
    doc = _doc([("Egypt", 1, "nsubj", "NNP"), ("received", 1, "ROOT", "VBD"), ("US", 1, "dobj", "NNP"),
                ("and", 2, "cc", "CC"), ("support", 2, "conj", "NN")])
    for t, pos in zip(doc, ["PROPN", "VERB", "PROPN", "CCONJ", "NOUN"], strict=True):
        t.pos_ = pos
    assert object_hit(doc[2], (("delegation",), PERSON_OBJECT)) is None
    # a person received with others ("received Putin and his aides") is still a visitor
    doc[4].pos_ = "PROPN"
    assert object_hit(doc[2], (("delegation",), PERSON_OBJECT)).i == 2


def test_a_light_participle_s_agent_acts_but_a_broker_is_no_party(nlp):
    doc = nlp("A port strike launched by Chilean dock workers spread.")
    assert nominal_agent(doc[2]).text == "workers"
    doc = nlp("The peace talks, brokered by Oman, Kuwait and Jordan, broke down.")
    assert nominal_agent(doc[2]) is None


def test_one_judged_for_doing_something_is_its_doer(code_bundled):
    text = "The Chinese government criticized Japan for sending warships into the strait."
    sent = [e for e in code_bundled(text, date="2020-01-15") if e.cameo == "154"]
    assert [(e.source.cameo, e.target) for e in sent] == [("JPN", None)]


def test_a_singular_relative_clause_after_two_joined_names_is_about_the_last(code_bundled):
    text = ("The talks showed friction between Cairo and Khartoum, which has used tribal militias to attack rebels "
            "in Darfur.")
    attacks = [e for e in code_bundled(text, date="2010-03-16") if e.cameo[:2] == "19"]
    assert [e.source.cameo for e in attacks] == ["SDN"]


def test_one_given_a_green_light_to_act_is_the_one_who_acts(code_bundled):
    text = "Moscow's veto at the UN has provided a green light to the Syrian regime to kill its own citizens."
    kills = [e for e in code_bundled(text, date="2013-04-08") if e.cameo[:2] == "19"]
    assert [(e.source.cameo, e.target.cameo) for e in kills] == [("SYRGOV", "SYRCVL")]


def test_one_a_by_phrase_denies_is_no_doer_and_the_one_after_but_is(nlp, code_bundled):
    doc = nlp("Syrian troops were attacked not by Russia but by Turkey on Monday.")
    assert find_agent(doc[3]).text == "Turkey"
    text = "Syrian troops were attacked on Monday not by Russia or Iran but by Turkey."
    assert [e.source.cameo for e in code_bundled(text, date="2018-05-11") if e.cameo[:2] == "19"] == ["TUR"]


def test_one_accused_of_trying_to_act_is_the_one_who_would_act(code_bundled):
    text = ("Israel's premier warned of war with Iran, accusing his arch-foe of attempting to establish a military "
            "foothold in Syria.")
    assert [(e.source.cameo, e.target.cameo) for e in code_bundled(text, date="2018-05-09")
            if e.target.cameo == "SYR"] == []


def test_arms_that_fight_beside_troops_back_no_one(code_bundled):
    text = "A Syrian army statement said a rebel infantry unit, backed by tanks, launched the attack overnight."
    assert [e.cameo for e in code_bundled(text, date="1987-03-11") if e.cameo[:2] == "07"] == []
    assert code_bundled("The Syrian rebel unit was backed by helicopters and artillery.", date="1987-03-11") == []
    text = ("The attack came from rebel militias and members of Syrian death squads such as the Black Hawks, backed by "
            "the Jordanian army's tanks and helicopter gunships.")  # an owner named: the army backs them
    assert [(e.source.cameo, e.cameo) for e in code_bundled(text, date="2018-02-23")] == [("JORMIL", "072")]


def test_a_past_verb_joined_to_an_infinitive_is_the_act_of_the_clause_above(code_bundled):
    text = ("The U.K. has said it will not allow Argentina to use submarines to cut off fuel shipments and offered its "
            "frigates to escort Chilean freighters past the patrol boats in the channel.")
    assert [e.source.cameo for e in code_bundled(text, date="1987-03-24") if e.target.cameo.startswith("CHL")] \
        == ["GBR"]
