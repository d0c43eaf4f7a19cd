"""code_article(): the stages in order, from an Article to its Event records.

Stages are pure functions of the article plus read-only lexicons, so the same function runs in-process, in a
worker pool or on a Dask cluster. The only state is the per-article context (what "the country" refers to),
created here and dropped when the article is done.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from detente import ontology
from detente.coder.detect import Coded, code_sentence
from detente.coder.nlp import load_pipeline
from detente.coder.resolve import ArticleContext, find_matches, note_sentence, remember_people
from detente.coder.text import clean_text
from detente.coder.when import event_date
from detente.coder.where import event_location
from detente.lexicon import Lexicon, load_lexicon
from detente.model import Article, Event, Trigger, event_id

CODER_VERSION = "0.1.0"  # part of every event; bump when coding changes


@dataclass(frozen=True)
class CoderConfig:
    """Everything that changes what the coder produces; passed in, never read from the environment."""

    model: str | None = None  # spaCy model package; None: the first of nlp.DEFAULT_MODELS installed
    actor_files: tuple[str, ...] = ()  # user lexicon files, same format as the bundled ones
    clean: bool = True  # strip page chrome first (readers of HTML already did)


def _confidence(c: Coded) -> float:
    score = 0.55
    if c.pattern.objects or c.pattern.particle:
        score += 0.15
    if c.target is not None:
        score += 0.1
    if c.source is not None and c.source.entry and not c.source.entry.startswith("context"):
        score += 0.1
    if c.nominal:
        score -= 0.15
    if c.modality:
        score -= 0.05
    return round(max(0.05, min(score, 0.95)), 2)


def _to_event(c: Coded, article: Article, article_id: str, index: int, ctx: ArticleContext) -> Event:
    sent = c.trigger.sent
    info = ontology.lookup(c.code)
    day, precision = event_date(sent, c.trigger, article.date_published)
    t_start = c.trigger.idx - sent.start_char
    t_end = sent.doc[c.trigger_end - 1].idx + len(sent.doc[c.trigger_end - 1]) - sent.start_char
    text = sent.text[t_start:t_end]
    return Event(
        id=event_id(article_id, index, c.source.code if c.source else None,
                    c.target.code if c.target else None, c.code, t_start),
        article_id=article_id,
        sentence_index=index,
        sentence=sent.text.rstrip(),
        date=day,
        date_published=article.date_published,
        source=c.source,
        target=c.target,
        cameo=info.code,
        cameo_root=info.root,
        cameo_label=info.label,
        plover_event=info.plover_event,
        plover_mode=info.plover_mode,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        trigger=Trigger(text, (t_start, t_end), c.pattern.id),
        # a place name is read in the countries of the event's actors, then of the article, first
        location=event_location(sent, c.trigger, (c.source and c.source.country, c.target and c.target.country,
                                                  *(country for country, _ in ctx.countries.most_common()))),
        confidence=_confidence(c),
        modality=c.modality,
        coder_version=CODER_VERSION,
        date_precision=precision,
    )


def events_from_doc(doc: Doc, article: Article, lexicon: Lexicon) -> list[Event]:
    """Code a parsed, cleaned article."""
    ctx = ArticleContext(date=article.date_published)
    article_id = article.stable_id
    events: list[Event] = []
    seen: set[str] = set()
    for index, sent in enumerate(doc.sents):
        matches = find_matches(sent, lexicon, ctx)
        known = len(ctx.persons)
        remember_people(sent, matches, lexicon, ctx)
        if len(ctx.persons) != known:  # someone new was introduced: their later mentions resolve now
            matches = find_matches(sent, lexicon, ctx)
        for c in code_sentence(sent, matches, lexicon, ctx):
            ev = _to_event(c, article, article_id, index, ctx)
            if ev.id not in seen:
                seen.add(ev.id)
                events.append(ev)
            if c.source is not None:
                ctx.last_source = c.source
        note_sentence(matches, ctx)
    return events


def prepare_text(article: Article, config: CoderConfig) -> str:
    return clean_text(article.text, article.title) if config.clean else article.text


def code_article(article: Article, config: CoderConfig | None = None) -> list[Event]:
    """All events in one article."""
    config = config or CoderConfig()
    nlp = load_pipeline(config.model)
    lexicon = load_lexicon(config.actor_files)
    return events_from_doc(nlp(prepare_text(article, config)), article, lexicon)


def code_articles(articles: Iterable[Article], config: CoderConfig | None = None,
                  batch_size: int = 32) -> Iterator[tuple[Article, list[Event]]]:
    """Code a stream of articles, parsing in batches (spaCy's nlp.pipe) for throughput."""
    config = config or CoderConfig()
    nlp = load_pipeline(config.model)
    lexicon = load_lexicon(config.actor_files)
    pairs = ((prepare_text(a, config), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield article, events_from_doc(doc, article, lexicon)
