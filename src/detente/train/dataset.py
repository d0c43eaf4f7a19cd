"""The project's own training data: authored records, validated, with character spans.

Authors write each text with the surface strings of source, target and trigger (easy to write and to read);
this module finds them in the text and turns them into character spans, so that nobody has to count
characters by hand. A string that occurs more than once is taken at the occurrence nearest the trigger
(``*_occ`` picks another). Everything that can be checked is checked: codes against the codebook, actor codes
against the lexicon, spans against the text, so a training file never teaches a typo.

    python -m detente.train.dataset data/train/texts/*.jsonl     # validate and print counts
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente import ontology

STYLES = ("wire", "feature", "summary", "headline", "caption", "brief", "analysis", "transcript")
SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "INS", "BUS", "MED", "EDU", "HLH", "REL", "CVL",
           "LAB", "REF", "IGO", "NGO", "CRM", "SPY", "ELI", "UAF", "AGR", "ENV", "HRI", "MOD", "RAD")
#: Tags for what makes an event (or a sentence without one) hard; the datasheet counts them.
CONSTRUCTIONS = (
    "pronoun", "definite-description", "unnamed-official", "reported-speech", "passive", "reduced-relative",
    "event-noun", "light-verb", "list", "reciprocal", "targetless", "same-country", "relative-clause",
    "is-to", "intent", "promise", "threat", "refusal", "request", "dateline", "headline", "caption",
    "background-fact", "mediation", "co-agents", "possessive", "apposition", "quote",
)
#: Why a sentence has no event (tags on texts or sentences without events).
NO_EVENT_KINDS = (
    "economy", "sport", "crime", "weather", "science", "culture", "hypothetical", "conditional", "denial",
    "negated", "forecast", "allegation", "background", "agentless-passive", "appointment", "election-result",
    "domestic-spending", "opinion", "human-interest", "business", "health", "disaster", "ongoing-state",
)
_ORG_CODES = frozenset(
    "EU UN NATO AU ASEAN OSCE WHO IMF WB OPEC ICC ICRC EBRD ECB WTO IAEA UNHCR UNICEF CIS CSTO SCO GCC ARL OIC "
    "G7 G20 OPCW ISIS ALQ HEZ HAM TAL WST AMN HRW MSF ECOWAS SADC OAS APEC ILO IOM WFP UNESCO BRICS INTERPOL "
    "CE MERCOSUR IGAD EAC PIF CARICOM IADB ADB AFDB AIIB OECD FATF EAEU ASL BOK PKK".split()
)


class DataError(ValueError):
    """A training record cannot be used; the message names the file, line and what is wrong."""


@dataclass(frozen=True)
class Mention:
    text: str
    span: tuple[int, int]  # character offsets in the text


@dataclass(frozen=True)
class TrainEvent:
    source: str | None
    source_sector: str | None
    source_mention: Mention | None
    target: str | None
    target_sector: str | None
    target_mention: Mention | None
    cameo: str
    plover: str | None
    trigger: Mention
    constructions: tuple[str, ...] = ()


@dataclass(frozen=True)
class TrainText:
    id: str
    style: str
    date: str | None
    text: str
    events: tuple[TrainEvent, ...]
    tags: tuple[str, ...] = ()
    where: str = ""  # file:line, for messages

    def to_gold(self) -> dict[str, Any]:
        """The record in the gold format (``shared/gold/FORMAT.md``) plus spans: what ``detente eval`` reads."""
        return {
            "id": self.id, "set": "train", "date": self.date, "text": self.text,
            "events": [{
                "source": e.source, "source_sector": e.source_sector,
                "source_text": e.source_mention.text if e.source_mention else None,
                "source_span": list(e.source_mention.span) if e.source_mention else None,
                "target": e.target, "target_sector": e.target_sector,
                "target_text": e.target_mention.text if e.target_mention else None,
                "target_span": list(e.target_mention.span) if e.target_mention else None,
                "cameo": e.cameo, "plover": e.plover,
                "trigger": e.trigger.text, "trigger_span": list(e.trigger.span),
            } for e in self.events],
            "meta": {"style": self.style, "tags": list(self.tags)},
        }


@dataclass
class Counts:
    texts: int = 0
    sentences: int = 0
    sentences_without_event: int = 0
    events: int = 0
    by_root: Counter = field(default_factory=Counter)
    by_style: Counter = field(default_factory=Counter)
    by_construction: Counter = field(default_factory=Counter)
    by_tag: Counter = field(default_factory=Counter)
    actors: Counter = field(default_factory=Counter)
    decades: Counter = field(default_factory=Counter)


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Where ``needle`` occurs as whole words (so "he" is not found inside "the")."""
    left = r"\b" if needle[:1].isalnum() else ""
    right = r"\b" if needle[-1:].isalnum() else ""
    return [(m.start(), m.end()) for m in re.finditer(left + re.escape(needle) + right, text)]


def locate(text: str, needle: str, near: tuple[int, int] | None = None, occ: int | None = None) -> tuple[int, int]:
    """The span of ``needle`` in ``text``: occurrence ``occ``, else the one nearest ``near``, else the only one."""
    spots = _occurrences(text, needle)
    if not spots:
        raise DataError(f"{needle!r} does not occur in the text (as whole words, same case)")
    if occ is not None:
        if not 0 <= occ < len(spots):
            raise DataError(f"{needle!r} occurs {len(spots)} times; occurrence {occ} does not exist")
        return spots[occ]
    if len(spots) == 1 or near is None:
        if len(spots) > 1:
            raise DataError(f"{needle!r} occurs {len(spots)} times: give its occurrence number")
        return spots[0]
    mid = (near[0] + near[1]) / 2
    return min(spots, key=lambda s: (abs((s[0] + s[1]) / 2 - mid), s[0]))


def _actor_code(value: Any, role: str, known: frozenset[str]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or value not in known:
        raise DataError(f"{role} {value!r} is neither an ISO 3166-1 alpha-3 code of the lexicon nor an ORG code")
    return value


def _sector(value: Any, role: str) -> str | None:
    if value is None:
        return None
    if value not in SECTORS:
        raise DataError(f"{role}_sector {value!r} is not one of {', '.join(SECTORS)}")
    return str(value)


def parse_record(d: dict[str, Any], known: frozenset[str]) -> TrainText:
    """One authored record -> a validated :class:`TrainText` (raises DataError)."""
    for key in ("id", "text", "events"):
        if key not in d:
            raise DataError(f"missing key {key!r}")
    text = d["text"]
    if not isinstance(text, str) or not text.strip():
        raise DataError("text must be a non-empty string")
    style = d.get("style", "wire")
    if style not in STYLES:
        raise DataError(f"style {style!r} is not one of {', '.join(STYLES)}")
    date = d.get("date")
    if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date)):
        raise DataError(f"date {date!r} is not YYYY-MM-DD or null")
    tags = tuple(d.get("tags") or ())
    bad = [t for t in tags if t not in NO_EVENT_KINDS and t not in CONSTRUCTIONS]
    if bad:
        raise DataError(f"unknown tags {bad}")
    events = []
    for n, e in enumerate(d["events"]):
        try:
            events.append(_parse_event(text, e, known))
        except DataError as exc:
            raise DataError(f"event {n}: {exc}") from None
    return TrainText(str(d["id"]), style, date, text, tuple(events), tags)


def _parse_event(text: str, e: dict[str, Any], known: frozenset[str]) -> TrainEvent:
    cameo = e.get("cameo")
    if not isinstance(cameo, str) or not ontology.is_code(cameo):
        raise DataError(f"cameo {cameo!r} is not a CAMEO 1.1b3 code string")
    if not e.get("trigger"):
        raise DataError("trigger (the words that state the act) is required")
    trig = Mention(e["trigger"], locate(text, e["trigger"], occ=e.get("trigger_occ")))
    mentions = {}
    for role in ("source", "target"):
        code = _actor_code(e.get(role), role, known)
        surface = e.get(f"{role}_text")
        if code is not None and not surface:
            raise DataError(f"{role} {code} needs {role}_text (the words that name it)")
        mention = Mention(surface, locate(text, surface, trig.span, e.get(f"{role}_occ"))) if surface else None
        mentions[role] = (code, _sector(e.get(f"{role}_sector"), role), mention)
    if mentions["source"][0] is None:
        raise DataError("every event needs a source")
    cons = tuple(e.get("constructions") or ())
    bad = [c for c in cons if c not in CONSTRUCTIONS]
    if bad:
        raise DataError(f"unknown constructions {bad}; use {', '.join(CONSTRUCTIONS)}")
    info = ontology.lookup(cameo)
    return TrainEvent(*mentions["source"], *mentions["target"], cameo=cameo, plover=info.plover_event,
                      trigger=trig, constructions=cons)


def _known_actor_codes() -> frozenset[str]:
    from detente.lexicon import load_lexicon

    lex = load_lexicon()
    return frozenset(lex.countries) | frozenset(lex.orgs) | _ORG_CODES


def read(paths: Iterable[str | Path]) -> Iterator[TrainText | DataError]:
    """Every record of the files, or a DataError naming file and line for each one that is wrong."""
    known = _known_actor_codes()
    ids: set[str] = set()
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                where = f"{path}:{lineno}"
                try:
                    rec = parse_record(json.loads(line), known)
                except json.JSONDecodeError as exc:
                    yield DataError(f"{where}: not JSON ({exc})")
                    continue
                except DataError as exc:
                    yield DataError(f"{where}: {exc}")
                    continue
                if rec.id in ids:
                    yield DataError(f"{where}: id {rec.id!r} is used twice")
                    continue
                ids.add(rec.id)
                yield TrainText(rec.id, rec.style, rec.date, rec.text, rec.events, rec.tags, where)


def load(paths: Iterable[str | Path]) -> list[TrainText]:
    """All records; raises the first DataError (training never runs on a file with mistakes)."""
    out = []
    for r in read(paths):
        if isinstance(r, DataError):
            raise r
        out.append(r)
    return out


def count(texts: Iterable[TrainText]) -> Counts:
    """Counts for the datasheet; sentences are split by spaCy's rule-based sentencizer (no model needed)."""
    from spacy.lang.en import English

    nlp = English()
    nlp.add_pipe("sentencizer")
    c = Counts()
    for t in texts:
        c.texts += 1
        c.by_style[t.style] += 1
        c.by_tag.update(t.tags)
        if t.date:
            c.decades[t.date[:3] + "0s"] += 1
        sents = [(s.start_char, s.end_char) for s in nlp(t.text).sents]
        c.sentences += len(sents)
        with_event = {i for e in t.events for i, (a, b) in enumerate(sents) if a <= e.trigger.span[0] < b}
        c.sentences_without_event += len(sents) - len(with_event)
        for e in t.events:
            c.events += 1
            c.by_root[e.cameo[:2]] += 1
            c.by_construction.update(e.constructions)
            c.actors.update(x for x in (e.source, e.target) if x)
    return c


def main(argv: list[str] | None = None) -> int:
    """Validate and count; ``--held-out OUT`` also writes the texts training holds out, as gold for
    ``detente eval`` (a measure of the coders on text like the training data, apart from the real-news gold)."""
    args = list(argv if argv is not None else sys.argv[1:])
    held_out = None
    if "--held-out" in args:
        k = args.index("--held-out")
        held_out = args[k + 1] if k + 1 < len(args) else None
        del args[k:k + 2]
    paths = args
    if not paths or (held_out is None and "--held-out" in (argv or sys.argv[1:])):
        print("usage: python -m detente.train.dataset FILE.jsonl ... [--held-out GOLD.jsonl]", file=sys.stderr)
        return 2
    good, bad = [], 0
    for r in read(paths):
        if isinstance(r, DataError):
            bad += 1
            print(f"error: {r}", file=sys.stderr)
        else:
            good.append(r)
    if held_out:
        from detente.train.fit import TrainConfig, is_dev

        share_every = TrainConfig().dev_share
        with open(held_out, "w", encoding="utf-8") as fh:
            for t in good:
                if is_dev(t.id, share_every):
                    fh.write(json.dumps(t.to_gold(), ensure_ascii=False) + "\n")
    c = count(good)
    share = c.sentences_without_event / c.sentences if c.sentences else 0.0
    print(f"{c.texts} texts, {c.sentences} sentences ({share:.0%} without an event), {c.events} events; "
          f"{bad} bad records")
    print("by root: " + ", ".join(f"{r}:{n}" for r, n in sorted(c.by_root.items())))
    print("by style: " + ", ".join(f"{s}:{n}" for s, n in c.by_style.most_common()))
    print("constructions: " + ", ".join(f"{s}:{n}" for s, n in c.by_construction.most_common()))
    print("tags: " + ", ".join(f"{s}:{n}" for s, n in c.by_tag.most_common()))
    print("decades: " + ", ".join(f"{s}:{n}" for s, n in sorted(c.decades.items())))
    print(f"actors: {len(c.actors)} distinct; top " + ", ".join(f"{a}:{n}" for a, n in c.actors.most_common(12)))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
