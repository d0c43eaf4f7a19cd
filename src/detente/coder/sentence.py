"""A sentence of an article with what the pipeline computes once per document for all stages."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article, with what the pipeline computed once for the whole document.

    ``ents`` are the sentence's named entities: taken from ``doc.ents`` once per article, because spaCy
    rebuilds that list on every access and a per-sentence ``sent.ents`` makes coding quadratic in length.
    """

    span: Span
    index: int
    ents: tuple[Span, ...] = ()

    @property
    def doc(self) -> Doc:
        return self.span.doc

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.span)


def sentences_of(doc: Doc) -> list[Sentence]:
    """The document's sentences, each with its named entities (``doc.ents`` is built once, here)."""
    sents = list(doc.sents)
    ents: list[list] = [[] for _ in sents]
    starts = [s.start for s in sents]
    k = 0
    for ent in doc.ents:
        while k + 1 < len(starts) and starts[k + 1] <= ent.start:
            k += 1
        ents[k].append(ent)
    return [Sentence(s, i, tuple(e)) for i, (s, e) in enumerate(zip(sents, ents, strict=True))]
