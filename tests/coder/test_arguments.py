"""Who does an act, read from a parse built by hand (so that the test does not depend on the parser's mood)."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from detente.coder.arguments import find_agent


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
