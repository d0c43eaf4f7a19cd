"""A small hand-made event store for the API and browser tests: Belarus between the EU and China, 2021.

Every event is written here (sentence, actors, trigger) and its spans are computed from the sentence, so the
expected numbers in the tests can be read off this file. The store is written through the ingest's own write
path (`write_articles`: near-duplicate links, event keys, duplicate mentions), as production writes it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.model import Actor, Article, Event, Location, Trigger, event_id
from detente.ontology import lookup
from detente.store.database import open_store
from detente.store.ingest import write_articles

NAMES = {"BLR": "Belarus", "EU": "European Union", "CHN": "China", "LTU": "Lithuania", "POL": "Poland",
         "USA": "United States"}
ORGS = {"EU"}


def actor(code: str, text: str, sentence: str, sector: str | None = None) -> Actor:
    start = sentence.index(text)
    org = code if code in ORGS else None
    sector = sector or ("IGO" if org else "GOV")
    return Actor(text, (start, start + len(text)), NAMES[code], None if org else code, org, sector,
                 "IGOEUREEC" if org else f"{code}{sector}", f"test:{code}")


def make(article_id: str, sentence: str, src: tuple[str, ...], tgt: tuple[str, ...], trigger: str, cameo: str,
         date: str | None, location: Location | None = None, index: int = 0) -> Event:
    code = lookup(cameo)
    s, t = actor(*src[:2], sentence, *src[2:]), actor(*tgt[:2], sentence, *tgt[2:])
    start = sentence.index(trigger)
    return Event(id=event_id(article_id, index, s.code, t.code, cameo, start), article_id=article_id,
                 sentence_index=index, sentence=sentence, date=date, date_published=date, source=s, target=t,
                 cameo=cameo, cameo_root=code.root, cameo_label=code.label, plover_event=code.plover_event,
                 plover_mode=code.plover_mode, quad_class=code.quad_class, goldstein=code.goldstein,
                 trigger=Trigger(trigger, (start, start + len(trigger)), f"test:{cameo}"), location=location,
                 confidence=0.8, coder_version="test", date_precision="day" if date else "unknown")


# (article id, date, outlet, title, [(sentence, source, target, trigger, cameo, location)]); a side is (code,
# words in the sentence[, sector]). Besides Belarus between the EU and China, the store holds what the tests of
# issue 9 need: a domestic event (the United States on both sides, Belarus on both sides), a gap of empty months
# in the Belarus-EU dyad (nothing in November and December 2021), an undated event and an article whose url is
# not http(s).
STORIES = [
    ("usa-1", "2021-08-09", "Baltic Wire", "US widens sanctions",
     [("The United States imposed sanctions on Belarus over the election.", ("USA", "The United States"),
       ("BLR", "Belarus"), "imposed", "163", None)]),
    ("ltu-1", "2021-08-20", "Baltic Wire", "Vilnius protests",
     [("Lithuania criticized Belarus over migrants at the border.", ("LTU", "Lithuania"), ("BLR", "Belarus"),
       "criticized", "111", None)]),
    ("eu-1", "2021-09-14", "Baltic Wire", "EU sanctions Belarus",
     [("The European Union imposed new sanctions on Belarus.", ("EU", "The European Union"), ("BLR", "Belarus"),
       "imposed", "163", Location("Brussels", "BEL", 50.85, 4.35))]),
    ("eu-2", "2021-09-14", "Eastern Ledger", "Brussels hits Minsk with sanctions",
     [("Brussels imposed fresh sanctions on Minsk on Tuesday.", ("EU", "Brussels"), ("BLR", "Minsk"), "imposed",
       "163", None)]),
    ("blr-1", "2021-10-05", "Eastern Ledger", "Minsk accuses Brussels",
     [("Belarus accused the European Union of waging a hybrid war.", ("BLR", "Belarus"),
       ("EU", "the European Union"), "accused", "112", None)]),
    ("pol-1", "2021-11-10", "Continental Post", "Troops at the border",
     [("Poland deployed troops to its border with Belarus.", ("POL", "Poland"), ("BLR", "Belarus"), "deployed",
       "150", None)]),
    ("chn-1", "2021-11-20", "Continental Post", "Trade deal signed",
     [("China signed a trade agreement with Belarus.", ("CHN", "China"), ("BLR", "Belarus"), "signed", "057",
       Location("Beijing", "CHN", 39.9, 116.4)),
      ("Belarus praised China for its support.", ("BLR", "Belarus"), ("CHN", "China"), "praised", "051", None)]),
    ("usa-2", "2021-08-12", "Capitol Ledger", "Congress rebukes the administration",
     [("The United States Congress criticized the United States government.", ("USA", "The United States Congress",
       "LEG"), ("USA", "the United States government"), "criticized", "111", None)]),
    ("blr-2", "2021-09-20", "Eastern Ledger", "Arrests in Minsk",
     [("Belarus arrested members of the Belarusian opposition.", ("BLR", "Belarus", "COP"),
       ("BLR", "the Belarusian opposition", "OPP"), "arrested", "173", Location("Minsk", "BLR", 53.9, 27.57))]),
    ("eu-3", "2022-01-17", "Baltic Wire", "Brussels talks to Minsk",
     [("The European Union urged Belarus to release prisoners.", ("EU", "The European Union"),
       ("BLR", "Belarus"), "urged", "020", None)]),
    ("chn-2", "2021-12-01", "Eastern Ledger", "Talks on investment",
     [("Belarus held talks with China on investment.", ("BLR", "Belarus"), ("CHN", "China"), "held talks", "040",
       None)]),
    ("chn-3", "2021-12-10", "Baltic Wire", "Medical aid arrives",
     [("China sent medical supplies to Belarus.", ("CHN", "China"), ("BLR", "Belarus"), "sent", "073", None)]),
    ("pol-2", None, "Continental Post", "Neighbours agree",
     [("Poland offered Lithuania help at the border.", ("POL", "Poland", "MIL"), ("LTU", "Lithuania"), "offered",
       "070", None)]),
]
URLS = {"pol-2": "javascript:alert(document.domain)"}  # an article url no page may turn into a link
# A long article: its evidence sentence comes after 40 paragraphs of background, far below what the event page's
# article box (420 px) shows unscrolled.
BACKGROUND = {"eu-3": "\n\n".join(
    f"Background {n}: diplomats from both sides met in a border town for the {n}th round of talks, and each side "
    "described the meeting afterwards in its own words, with few details and no joint statement."
    for n in range(1, 41)) + "\n\n"}


def items() -> list[tuple[Article, list[Event]]]:
    out = []
    for aid, date, outlet, title, sentences in STORIES:
        text = BACKGROUND.get(aid, "") + " ".join(s[0] for s in sentences) + f" Reported by {outlet}."
        events = [make(aid, sent, src, tgt, trig, cameo, date, loc, i)
                  for i, (sent, src, tgt, trig, cameo, loc) in enumerate(sentences)]
        out.append((Article(text=text, id=aid, title=title, date_published=date,
                            url=URLS.get(aid, f"https://news.example.org/{aid}"), source_name=outlet), events))
    return out


def build(path: Path) -> Path:
    with open_store(path) as store:
        write_articles(store, items())
    return path


def build_long(path: Path) -> Path:
    """A store of 120 events for the charts' default period: one dated 1002 (a typo in a feed), 118 on the days
    from 2021-01-01, and the newest on Thursday 2021-09-30, long after the rest."""
    sentence = "Lithuania criticized Belarus over the border."
    days = ["1002-06-01", *(f"2021-{1 + i // 28:02d}-{1 + i % 28:02d}" for i in range(118)), "2021-09-30"]
    events = [make("long-1", sentence, ("LTU", "Lithuania"), ("BLR", "Belarus"), "criticized", "111", day,
                   index=i) for i, day in enumerate(days)]
    with open_store(path) as store:
        write_articles(store, [(Article(text=sentence, id="long-1", title="A long year", date_published="2021-09-30",
                                        source_name="Baltic Wire"), events)])
    return path


@pytest.fixture(scope="session")
def db_path(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("web") / "events.duckdb")


@pytest.fixture(scope="session")
def app(db_path):
    from detente.web.app import create_app

    application = create_app(db_path)
    yield application
    application.state.store.close()


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    return TestClient(app, base_url="http://127.0.0.1:8000")  # a Host the app answers (see test_host_header)


def by_sentence(start: str) -> Event:
    """The hand-made event whose sentence starts with ``start``."""
    return next(e for _, evs in items() for e in evs if e.sentence.startswith(start))


@pytest.fixture(scope="session")
def long_path(tmp_path_factory) -> Path:
    return build_long(tmp_path_factory.mktemp("web-long") / "events.duckdb")
