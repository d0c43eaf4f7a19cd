"""Shared fixtures: the spaCy pipeline (loaded once) and the small lexicon written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.coder.nlp import load_pipeline
from detente.coder.pipeline import CoderConfig, events_from_doc, prepare
from detente.lexicon import build_lexicon, load_lexicon
from detente.model import Article

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def mini_lexicon():
    return build_lexicon([FIXTURES / "mini_lexicon.yml"])


@pytest.fixture(scope="session")
def code_mini(nlp, mini_lexicon):
    """Code a text with the mini lexicon: tests of the coder's mechanics, independent of the bundled data."""

    def run(text: str, date: str = "2021-12-03"):
        article = Article(text=text, date_published=date)
        prepared = prepare(article, CoderConfig(), mini_lexicon)
        return events_from_doc(nlp(prepared.text), article, mini_lexicon, place=prepared.place)

    return run


@pytest.fixture(scope="session")
def code_bundled(nlp):
    """Code a text with the bundled lexicon: tests of the shipped patterns' word senses."""
    lexicon = load_lexicon()

    def run(text: str, date: str = "2021-12-03", title: str | None = None):
        article = Article(text=text, date_published=date, title=title)
        prepared = prepare(article, CoderConfig(), lexicon)
        return events_from_doc(nlp(prepared.text), article, lexicon, place=prepared.place, filed=prepared.filed)

    return run
