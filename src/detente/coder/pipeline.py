"""code_article(): the stages in order, from an Article to its Event records.

Stages are pure functions of the article plus read-only lexicons, so the same function runs in-process, in a
worker pool or on a Dask cluster. The only state is the per-article context (what "the country" refers to),
created here and dropped when the article is done.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from types import MappingProxyType

from spacy.tokens import Doc

from detente import ontology
from detente.coder.announced_times import announced_on
from detente.coder.bodies import named_bodies
from detente.coder.candidacy import leaving_members, not_standing_again
from detente.coder.codebook import Coded, code_sentence
from detente.coder.codebook_pairs import is_sports_story, official
from detente.coder.context import ArticleContext
from detente.coder.detect import Detector
from detente.coder.detect.rules import PatternDetector
from detente.coder.firms import article_firms, described_firms
from detente.coder.mentions import article_names, find_matches, place_country
from detente.coder.nlp import load_pipeline
from detente.coder.occasions import at_the_occasion, occasions_dated
from detente.coder.parties import governing_parties, named_parties
from detente.coder.people import introductions
from detente.coder.recode import recode
from detente.coder.resolver import Resolver
from detente.coder.retold import actor_code as _actor_code
from detente.coder.retold import names_the_target_of, restates
from detente.coder.sentence import Sentence, sentences_of
from detente.coder.sides import resolve_all
from detente.coder.text import clean_text, split_dateline
from detente.coder.told_days import Telling, dated_by_telling, said_then, tellings, told_on, voices
from detente.coder.unplaced import colony_of, seat_of
from detente.coder.when import event_date, set_for_a_day
from detente.coder.where import event_location
from detente.lexicon import Lexicon, load_lexicon
from detente.model import Actor, Article, Event, Location, Trigger, event_id

CODER_VERSION = "0.2.0"  # part of every event; bump when coding changes
CODERS = ("rules", "model", "hybrid")
DEFAULT_CODER = "rules"


@dataclass(frozen=True)
class CoderConfig:
    """Everything that changes what the coder produces; passed in, never read from the environment."""

    model: str | None = None  # spaCy model package; None: the first of nlp.DEFAULT_MODELS installed
    actor_files: tuple[str, ...] = ()  # user lexicon files, same format as the bundled ones
    clean: bool = True  # strip page chrome first (readers of HTML already did)
    coder: str = DEFAULT_CODER  # rules | model | hybrid: which detectors propose events
    event_model: str | None = None  # a trained model directory (detente train); None: the bundled one

    def __post_init__(self) -> None:
        if self.coder not in CODERS:
            raise ValueError(f"unknown coder {self.coder!r}: use {', '.join(CODERS)}")


def detectors_for(config: CoderConfig) -> tuple[Detector, ...]:
    """The detectors a coder choice runs; the trained model is loaded once per process."""
    if config.coder == "rules":
        return (PatternDetector(),)
    from detente.coder.detect.learned import LearnedDetector, load_model

    learned = LearnedDetector(load_model(config.event_model))
    if config.coder == "model":
        return (learned,)
    from detente.coder.detect.hybrid import HybridDetector

    return (HybridDetector(learned),)


def _to_event(c: Coded, sentence: Sentence, article: Article, article_id: str, ctx: ArticleContext) -> Event | None:
    sent = sentence.span
    doc = sent.doc
    cand = c.candidate
    trigger = doc[cand.trigger]
    # what is announced, promised, threatened or asked for is to come: "invited Sarney to speak in Rome on
    # October 16" was invited today, for a day ahead
    announced = c.modality in ("intent", "threat") or c.code[:2] in ("02", "03", "13")
    day, precision = event_date(sentence, trigger, article.date_published, future=announced)
    if cand.evidence == "frame.patron" and article.date_published:
        # "Raqqa, which the US-backed SDF declared liberated last month": the backing is a standing tie on the
        # report's day (as "Tehran has backed the rebels"), not dated by the clause its noun acts in; but "the
        # previously US-backed militia" was backed on no day the text gives, before it
        patron = cand.sources[0].head  # the name before "-backed"
        once = patron > 0 and doc[patron - 1].lower_ in ("previously", "formerly", "once", "former")
        day, precision = (None, "unknown") if once else (article.date_published, "published")
    code, modality = c.code, c.modality
    # "resigned on April 4" is done; "called a strike for Wednesday" sets it for a day to come
    # ... and so is "has called off his visit next week" (that day is the visit's)
    perfect = trigger.tag_ == "VBN" and {c.lower_ for c in trigger.children if c.dep_ == "aux"} in ({"has"}, {"have"})
    told_done = (perfect or trigger.tag_ == "VBD" and not any(c.dep_ == "aux" for c in trigger.children)) \
        and not set_for_a_day(sentence, trigger)
    if perfect and told_done and not announced and day and article.date_published and day > article.date_published:
        day, precision = article.date_published, "published"  # done by the report; the day to come is the trip's
    if not announced and day and article.date_published and day > article.date_published and not told_done:
        # "ahead of her visit to Moscow next week": an act dated after publication is only announced
        code, modality = recode(code, "intent"), "intent"
        if code is None:
            return None
    if day and article.date_published and day > article.date_published and not (told_done and not announced):
        # "will visit Washington next month": an intent or threat is dated when it is announced, not when the
        # act it announces is due, by the day the text gives the announcement
        told = announced_on(sentence, trigger, article.date_published)
        day, precision = told or (article.date_published, "published")
    if day is None and article.date_published:
        # "Previously, China downgraded relations": a past the text does not name. The record's date is "the
        # publication date when the text gives nothing better" (EVENT_SCHEMA.md), so the act stays on a time
        # axis, and its precision says the act happened on or before that day, not on it.
        day, precision = article.date_published, "before"
    # a place name is read in the countries of the event's actors, then of the article, first
    location = event_location(sentence, trigger, (c.source.country, c.target and c.target.country, ctx.dateline,
                                                  *(country for country, _ in Counter(ctx.countries).most_common())))
    code = _summit_at_home(code, c.source, c.target, location)
    info = ontology.lookup(code)
    t_start = trigger.idx - sent.start_char
    last = doc[cand.trigger_end - 1]
    t_end = last.idx + len(last) - sent.start_char
    return Event(
        id=event_id(article_id, sentence.index, c.source.code, c.target.code if c.target else None, code,
                    t_start),
        article_id=article_id,
        sentence_index=sentence.index,
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
        trigger=Trigger(sent.text[t_start:t_end], (t_start, t_end), cand.evidence),
        location=location,
        confidence=c.confidence,
        modality=modality,
        coder_version=CODER_VERSION,
        date_precision=precision,
    )


def _summit_at_home(code: str, source: Actor, target: Actor | None, place: Location | None) -> str:
    """A summit held in one side's country is no meeting at a third location (044): the side at home hosts it
    (043) and the other visits (042), as in "a summit in Sochi" between Putin and Erdogan."""
    if code != "044" or place is None or place.country is None or target is None \
            or source.country == target.country:
        return code
    if place.country == source.country:
        return "043"
    return "042" if place.country == target.country else code


def events_from_doc(doc: Doc, article: Article, lexicon: Lexicon, place: str | None = None,
                    detectors: tuple[Detector, ...] = (PatternDetector(),), filed: str | None = None) -> list[Event]:
    """Code a parsed, cleaned article: per sentence, detect -> resolve -> codebook -> when/where.

    The article context is the only state; it is read by resolution and replaced here, once per sentence.
    ``filed``: the dateline's day, from which the story's "yesterday" is counted and on which an act it does not date
    was reported; records keep the archive's publication date.
    """
    published = article.date_published
    if filed:
        article = replace(article, date_published=filed)
    sentences = sentences_of(doc)
    named, strangers = article_names(sentences, lexicon)
    ctx = ArticleContext(date=article.date_published, dateline=place, named=MappingProxyType(named),
                         strangers=strangers, firms=article_firms(sentences, lexicon, place),
                         bodies=named_bodies(sentences, lexicon),
                         governing=governing_parties(sentences, lexicon, dated=bool(article.date_published)),
                         parties=named_parties(sentences, lexicon))
    article_id = article.stable_id
    events: list[Event] = []
    seen: set[str] = set()
    told: list[Event] = []
    recent: list[list[Telling]] = []  # the tellings by a day of the sentences just before
    spoken: dict[str, str] = {}  # the people the article said spoke on a day: surname -> the day
    gatherings: dict[str, tuple[str, str]] = {}  # the talks and meetings the article dated: kind -> (day, precision)
    proposed = [d.detect_all(sentences, lexicon) for d in detectors]
    sports = is_sports_story(doc.text)
    for sentence in sentences:
        matches = find_matches(sentence, lexicon, ctx)
        people = introductions(sentence, matches, lexicon, ctx)
        view = ctx.with_people(people)
        if people:  # someone new was introduced: their later mentions in this sentence resolve now
            matches = find_matches(sentence, lexicon, view)
        candidates = [c for found in proposed for c in found[sentence.index]]
        resolver = Resolver(sentence, matches, lexicon, view)
        sources, fighters = [], []
        for coded in code_sentence(resolve_all(candidates, resolver), doc):
            fighters += [a for a in (coded.source, coded.target) if a is not None and a.sector in ("REB", "INS")]
            if sports and not (official(coded.source) and official(coded.target)):
                continue  # "Williams withdrew from the tournament": a player, not a president
            ev = _to_event(coded, sentence, article, article_id, ctx)
            if ev is not None and ev.date:  # "Bush's 2003 decision to invade": then president, not ex-president
                then = (ev.date, ev.date_precision, ev.date_published or ev.date)
                ev = replace(ev, source=_in_office_then(ev.source, *then, lexicon),
                             target=_in_office_then(ev.target, *then, lexicon))
            sources.append(coded.source)
            if ev is None or ev.id in seen:
                continue
            if any(_one_pair_s(ev, e) for e in told):
                continue  # "visits Germany next week ... his talks with Chancellor Kohl": one 036 per pair a sentence
            again = [e for e in told if restates(ev, e) or _headline_again(ev, e, article.title)]
            if again:
                # "IRAN SAYS IT REPELLED ATTACK", then "... repelled the attack yesterday": the body's day
                dated = {id(e): _told_in_full(e, ev, article.title) or _sharpened(_dated_by(e, ev), ev)
                         for e in again}
                events = [dated.get(id(e), e) for e in events]
                told = [dated.get(id(e), e) for e in told]
                seen |= {e.id for e in dated.values()}
                continue
            # "Poland to probe border chaos", then "... is to investigate Belarus": coded where both sides are named
            events = [e for e in events if not names_the_target_of(ev, e)]
            seen.add(ev.id)
            events.append(ev)
            told.append(ev)
        told_days = tellings(sentence, article.date_published)
        if told_days:  # "Lizano announced it late yesterday"
            redated = {e.id: dated_by_telling(e, told_days) for e in events
                       if 0 < sentence.index - e.sentence_index <= 2}
            events = [redated.get(e.id, e) for e in events]
            told = [redated.get(e.id, e) for e in told]
        # "an official told Reuters yesterday", then "The official said ...": the rest of what was said then
        if (again := told_on(events, sentence, [t for ts in recent for t in ts], article.date_published)) \
                is not events:
            redated = {e.id: e for e in again}
            events, told = again, [redated.get(e.id, e) for e in told]
        # "remarks on Sunday by Baker", later "Baker said ...": what he said then
        if (again := said_then(events, sentence, spoken, article.date_published)) is not events:
            redated = {e.id: e for e in again}
            events, told = again, [redated.get(e.id, e) for e in told]
        spoken |= voices(sentence, article.date_published)
        # "talks ... failed last week", later "backed Brazil at the London talks": done then
        if (again := at_the_occasion(events, sentence, gatherings)) is not events:
            redated = {e.id: e for e in again}
            events, told = again, [redated.get(e.id, e) for e in told]
        gatherings |= occasions_dated(sentence, article.date_published)
        recent = [*recent[-1:], told_days]  # the tellings of the last two sentences
        mentions = sorted({m.start: m for m in matches.values() if not colony_of(doc[m.end - 1])
                           and not seat_of(m, doc)}.values(), key=lambda m: m.start)
        ctx = ctx.advance(mentions, people, sources, resolver.salient(), tuple(fighters),
                          described_firms(mentions, doc))
    events = not_standing_again(events, leaving_members(sentences))  # "Labour's Kowal to stand down"
    # an act the report dates by itself happened by the day the dateline gives, the wire's own publication day
    return [replace(e, date_published=published) for e in events] if filed else events


def _one_pair_s(new: Event, old: Event) -> bool:
    """The guide codes one event per source, target and code in a sentence: sectors aside, as it compares them."""
    return new.sentence_index == old.sentence_index and new.cameo == old.cameo \
        and _actor_code(new.source) == _actor_code(old.source) and _actor_code(new.target) == _actor_code(old.target)


_RECENT_DAYS = 31  # how far back a retelling's day may date the news it retells


def _dated_by(told: Event, again: Event) -> Event:
    """A headline or lede act told with no day of its own (the report's day, or an undated past) takes the day
    its retelling gives ("IRAQ SAYS IT REPELLED ATTACK", then "the attack was repelled yesterday"), when that day
    is a recent one; the reverse, a dated act retold undated, keeps its day, as the retelling is not coded.
    Only a day or a week counts ("had offered to resign last week"): a retelling dated to a year or a month is
    as likely an earlier act of the same kind."""
    if told.date_precision not in ("published", "before") or again.date_precision not in ("day", "week") \
            or not again.date or not told.date_published or not _same_doer(again.source, told.source):
        return told  # "the US envoy has resigned", then "the defence secretary resigned on Thursday": two men
    try:
        ago = (date.fromisoformat(told.date_published) - date.fromisoformat(again.date)).days
    except ValueError:
        return told
    if not 0 <= ago <= _RECENT_DAYS:
        return told
    return replace(told, date=again.date, date_precision=again.date_precision)


def _headline_again(new: Event, old: Event, title: str | None) -> bool:
    """The headline's act told by the body with another sector for the same state ("Labour's Cunningham to stand
    down", then "Labour MP Jack Cunningham ... is to stand down"), or with the root's more exact code
    ("COLOMBIA BLASTS U.S.", then "Gaviria blamed the U.S."), or told as to come and then as done ("Kenya to
    deport journalist", then "Kenya has ordered the deportation of ..."): one act, whose sides and kind the body
    tells."""
    return _is_headline(old.sentence, title) \
        and (new.cameo[:2] == old.cameo[:2] or recode(new.cameo, "intent") == old.cameo) \
        and _actor_code(new.source) == _actor_code(old.source) and _actor_code(new.target) == _actor_code(old.target)


def _is_headline(sentence: str, title: str | None) -> bool:
    """The title, or a wire's headline in capitals that the text begins with."""
    return (bool(title) and sentence.strip().rstrip(".").lower() == (title or "").strip().rstrip(".").lower()) \
        or (sentence.isupper() and len(sentence.split()) > 2)


def _told_in_full(told: Event, again: Event, title: str | None) -> Event | None:
    """A headline's act told again in the body ("S.KOREA OFFERS TALKS WITH NORTH", then "South Korea proposed a
    meeting of prime ministers ..."): the one event is coded at the body's sentence, which says who, when and
    how, and which a reader can check against the story; the headline is a summary of it."""
    if not _is_headline(told.sentence, title):
        return None
    if (_actor_code(told.source), _actor_code(told.target)) != (_actor_code(again.source), _actor_code(again.target)):
        return None  # "the two countries" told again: the headline's names stay
    return again


def _sharpened(told: Event, again: Event) -> Event:
    """A headline's state told again by its office ("PERU APPROVES TRADE BAN", then "Peru's parliament has
    approved a trade ban"): the one event keeps the retelling's sector, which the headline did not give (its
    words and span stay the headline's, the sentence the event quotes)."""
    def sharper(a: Actor | None, b: Actor | None) -> Actor | None:
        if a is None or b is None or a.sector is not None or not b.sector or a.code != b.code or a.org:
            return a
        return replace(a, sector=b.sector, cameo=b.cameo)

    if told.cameo != again.cameo:
        return told
    source, target = sharper(told.source, again.source), sharper(told.target, again.target)
    if source is told.source and target is told.target:
        return told
    return replace(told, source=source, target=target)


def _same_doer(a: Actor, b: Actor) -> bool:
    """The same doer by its words ("Chadian troops" twice) or by a lexicon entry naming one person or body; a
    state's two officials ("its envoy", "its defence minister") share only the state."""
    def words(x: Actor) -> str:
        return re.sub(r"^the ", "", x.text.lower())

    def named(x: Actor, y: Actor) -> bool:  # "a negotiator, Antonio Seixas", then "Seixas" as the one introduced
        return (x.entry or "").startswith("introduced:") and x.entry.split(":", 1)[1].lower() in words(y)

    one = a.entry is not None and a.entry == b.entry and not a.entry.startswith(("country:", "demonym:", "context:"))
    # "The United States has attacked Japan's policy", then "the U.S. criticised it last week": the state itself
    state = a.entry == b.entry and (a.entry or "").startswith("country:") and a.sector is None and b.sector is None
    # "Chadian troops killed 384 Libyans", then "government troops had routed a Libyan column yesterday": one army
    army = a.sector == b.sector == "MIL" and a.country == b.country and a.country is not None and not any(
        (x.entry or "").startswith(("person:", "introduced:")) for x in (a, b))
    return one or state or army or words(a) == words(b) or named(a, b) or named(b, a)


_PERIOD_END = {"year": "-12-31", "month": "-31"}


def _in_office_then(actor: Actor | None, day: str, precision: str, published: str,
                    lexicon: Lexicon) -> Actor | None:
    """A former office holder (ELI today) acting on a date inside one of their terms, a term over by the day of
    publication, acted in office (GOV); the text's "former" of someone whose term runs on is the text's say."""
    person = lexicon.people.get(actor.entry or "") if actor is not None and actor.sector == "ELI" else None
    if actor is None or person is None or not actor.country:
        return actor
    last = day[:4] + _PERIOD_END["year"] if precision == "year" else (
        day[:7] + _PERIOD_END["month"] if precision == "month" else day)
    if any(t.start <= last and t.end is not None and day <= t.end < published for t in person.terms):
        return replace(actor, sector="GOV", cameo=f"{actor.country}GOV")
    return actor


@dataclass(frozen=True)
class Prepared:
    """An article's text as the parser gets it, and the state its dateline names."""

    text: str
    place: str | None = None
    filed: str | None = None  # the day the dateline gives, near the publication date


def prepare(article: Article, config: CoderConfig, lexicon: Lexicon) -> Prepared:
    """Page chrome out, dateline off: the text to parse, and where (and on which day) the story was filed."""
    text = clean_text(article.text, article.title) if config.clean else article.text
    dateline, text = split_dateline(text, lambda name: place_country(name, lexicon) is not None)
    place = None
    if dateline is not None:
        place = place_country(dateline.region or "", lexicon) or place_country(dateline.place or "", lexicon)
    return Prepared(text, place, filed_on(dateline.date if dateline else None, article.date_published))


def filed_on(day: str | None, published: str | None) -> str | None:
    """ "SEOUL, June 19 -" in a story the archive dates June 18: the wire's own day, against which its
    "yesterday" is told; only a day within three days of the publication date, which is what it corrects."""
    if not day or not published:
        return None
    try:
        base = date.fromisoformat(published)
        filed = datetime.strptime(f"{day} {base.year}", "%B %d %Y").date()
    except ValueError:
        return None
    return filed.isoformat() if 0 < abs((filed - base).days) <= 3 else None


def code_article(article: Article, config: CoderConfig | None = None) -> list[Event]:
    """All events in one article."""
    config = config or CoderConfig()
    nlp = load_pipeline(config.model)
    lexicon = load_lexicon(config.actor_files)
    prepared = prepare(article, config, lexicon)
    return events_from_doc(nlp(prepared.text), article, lexicon, place=prepared.place,
                           detectors=detectors_for(config), filed=prepared.filed)


def code_articles(articles: Iterable[Article], config: CoderConfig | None = None,
                  batch_size: int = 32) -> Iterator[tuple[Article, list[Event]]]:
    """Code a stream of articles, parsing in batches (spaCy's nlp.pipe) for throughput."""
    config = config or CoderConfig()
    nlp = load_pipeline(config.model)
    lexicon = load_lexicon(config.actor_files)
    detectors = detectors_for(config)
    pairs = ((p.text, (a, p)) for a in articles for p in (prepare(a, config, lexicon),))
    for doc, (article, prepared) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield article, events_from_doc(doc, article, lexicon, place=prepared.place, detectors=detectors,
                                       filed=prepared.filed)
