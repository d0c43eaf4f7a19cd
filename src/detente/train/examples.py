"""From labelled texts to what the detector learns from: one example per sentence, with its triggers and, for
each trigger, the spans of its sources and targets.

Sentences are split by the same spaCy pipeline the coder uses, and the text goes through the same dateline
removal, so that the model sees at training time what it will see when coding. Events whose trigger and
actors fall in different sentences (which the annotation guide does not allow) are reported and skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from detente.coder.text import split_dateline
from detente.train.dataset import TrainText

Span = tuple[int, int]  # character offsets within the sentence


@dataclass(frozen=True)
class TriggerLabel:
    span: Span
    code: str  # the CAMEO code of the first event at this trigger (the root is what the model predicts)
    sources: tuple[Span, ...]
    targets: tuple[Span, ...]

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True)
class SentenceExample:
    id: str  # text id + sentence number
    text: str
    triggers: tuple[TriggerLabel, ...]
    group: str  # the text id: sentences of one text stay in one split


def _inside(span: Span | None, start: int, end: int) -> bool:
    return span is not None and start <= span[0] and span[1] <= end


def sentence_examples(texts: Iterable[TrainText], nlp, skipped: list[str] | None = None) -> list[SentenceExample]:
    """Sentence examples of the texts (``nlp``: the coder's spaCy pipeline, for the sentence split)."""
    texts = list(texts)
    prepared = []
    for t in texts:
        dateline, body = split_dateline(t.text)
        prepared.append((t, len(t.text) - len(body), body))
    out: list[SentenceExample] = []
    for (t, shift, body), doc in zip(prepared, nlp.pipe(b for _, _, b in prepared), strict=True):
        by_trigger: dict[Span, dict] = {}
        sents = [(s.start_char, s.end_char) for s in doc.sents]
        placed: dict[int, list[tuple[Span, dict]]] = {}
        for e in t.events:
            trig = (e.trigger.span[0] - shift, e.trigger.span[1] - shift)
            k = next((i for i, (a, b) in enumerate(sents) if a <= trig[0] < b), None)
            if k is None:
                if skipped is not None:
                    skipped.append(f"{t.id}: trigger {e.trigger.text!r} is not in the text after its dateline")
                continue
            a, b = sents[k]
            entry = by_trigger.setdefault(trig, {"code": e.cameo, "src": [], "tgt": [], "k": k})
            for role, mention in (("src", e.source_mention), ("tgt", e.target_mention)):
                if mention is None:
                    continue
                span = (mention.span[0] - shift, mention.span[1] - shift)
                if _inside(span, a, b):
                    if (span[0] - a, span[1] - a) not in entry[role]:
                        entry[role].append((span[0] - a, span[1] - a))
                elif skipped is not None:
                    skipped.append(f"{t.id}: {role} {mention.text!r} is outside the trigger's sentence")
        for trig, entry in by_trigger.items():
            a, b = sents[entry["k"]]
            label = TriggerLabel((trig[0] - a, min(trig[1], b) - a), entry["code"], tuple(entry["src"]),
                                 tuple(entry["tgt"]))
            placed.setdefault(entry["k"], []).append((trig, label))
        for k, (a, b) in enumerate(sents):
            text = body[a:b]
            if not text.strip():
                continue
            labels = tuple(lab for _, lab in sorted(placed.get(k, []), key=lambda x: x[0]))
            out.append(SentenceExample(f"{t.id}#{k}", text, labels, t.id))
    return out
