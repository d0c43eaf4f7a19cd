"""The trained detector: the project's fine-tuned encoder, served with onnxruntime and numpy (no torch).

One encoder pass per sentence gives every word piece a vector and a trigger tag (O / B-root / I-root); for
each trigger found, a small second network tags the pieces of its source and target spans (both networks run
in onnxruntime, in one call per batch of sentences). Spans become
:class:`~detente.coder.detect.Candidate` arguments like the pattern detector's, so resolution and the
codebook treat both alike. The code is the root the model read, made specific by the lexicon's patterns for
the trigger word when one of them has that root ("imposed sanctions" -> 163, not 160).

A model directory holds ``encoder.onnx`` (int8), ``arguments.onnx``, ``tokenizer.json`` and ``model.json``
(labels, version, thresholds); ``detente train`` writes one, and the package ships one in
``detente/models/``.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from detente.coder.detect import Argument, Candidate
from detente.coder.sentence import Sentence
from detente.lexicon import Lexicon

MAX_PIECES = 128
BUNDLED = "event-minilm"


class ModelNotAvailable(RuntimeError):
    """The model files or the runtime (onnxruntime, tokenizers) are missing."""


def bundled_model_dir() -> Path:
    return Path(str(resources.files("detente.models") / BUNDLED))


def encode(tokenizer, texts: list[str], max_pieces: int = MAX_PIECES):  # type: ignore[no-untyped-def]
    """Word-piece ids, attention mask and character offsets of each piece, padded to the longest text.

    Shared by training and coding, so both cut and align text the same way.
    """
    encodings = tokenizer.encode_batch(texts)
    n = min(max(len(e.ids) for e in encodings), max_pieces)
    ids = np.zeros((len(texts), n), dtype=np.int64)
    mask = np.zeros((len(texts), n), dtype=np.int64)
    offsets = np.zeros((len(texts), n, 2), dtype=np.int64)
    for k, e in enumerate(encodings):
        m = min(len(e.ids), n)
        ids[k, :m] = e.ids[:m]
        mask[k, :m] = 1
        offsets[k, :m] = e.offsets[:m]
        if len(e.ids) > n:  # cut: keep the closing [SEP]
            ids[k, n - 1] = e.ids[-1]
            offsets[k, n - 1] = (0, 0)
    return ids, mask, offsets


def _softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    x = x - x.max(axis=axis, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=axis, keepdims=True)


def spans_from_tags(tags: list[str], offsets: np.ndarray) -> list[tuple[int, int, str]]:
    """Character spans (start, end, label) from B-/I- tags over pieces (I without B starts a span)."""
    out: list[tuple[int, int, str]] = []
    cur: list | None = None
    for k, tag in enumerate(tags):
        a, b = int(offsets[k][0]), int(offsets[k][1])
        if a == b:  # special token
            tag = "O"
        if tag == "O":
            if cur is not None:
                out.append(tuple(cur))
                cur = None
            continue
        kind, label = tag.split("-", 1) if "-" in tag else (tag, "")
        if kind == "B" or cur is None or cur[2] != label:
            if cur is not None:
                out.append(tuple(cur))
            cur = [a, b, label]
        else:
            cur[1] = b
    if cur is not None:
        out.append(tuple(cur))
    return out


@dataclass(frozen=True)
class Reading:
    """What the model read in one sentence: its triggers with their arguments, before any token mapping."""

    triggers: tuple[tuple[int, int, str, float], ...]  # (start char, end char, root, probability)
    sources: tuple[tuple[tuple[int, int], ...], ...]  # per trigger
    targets: tuple[tuple[tuple[int, int], ...], ...]
    no_event: np.ndarray  # per piece probability of "no trigger here"
    offsets: np.ndarray


class EventModel:
    """A loaded model directory: the ONNX session, the heads and the tokenizer, read-only after loading."""

    def __init__(self, path: Path, threads: int = 1):
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - both are dependencies of detente
            raise ModelNotAvailable(f"the trained detector needs onnxruntime and tokenizers: {exc}") from None
        if not (path / "encoder.onnx").is_file():
            raise ModelNotAvailable(f"{path}: no encoder.onnx (train one with `detente train`)")
        self.path = path
        self.meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
        self.version = self.meta["version"]
        self.labels = tuple(self.meta["trigger_labels"])
        self.threshold = float(self.meta.get("trigger_threshold", 0.5))
        self.tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self.tokenizer.no_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        # onnxruntime runs both networks on its own bounded thread pool: numpy's BLAS would spawn a thread per
        # core for each small product, which a busy machine turns into waiting
        self.session = ort.InferenceSession(str(path / "encoder.onnx"), options,
                                            providers=["CPUExecutionProvider"])
        self.argument_session = ort.InferenceSession(str(path / "arguments.onnx"), options,
                                                     providers=["CPUExecutionProvider"])

    def read(self, texts: list[str]) -> list[Reading]:
        """One batch of sentences through the encoder; triggers and their argument spans."""
        if not texts:
            return []
        ids, mask, offsets = encode(self.tokenizer, texts)
        hidden, logits = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
        probs = _softmax(logits)
        found: list[list[tuple[int, int, str, float, int]]] = []
        for k in range(len(texts)):
            n = int(mask[k].sum())
            p = probs[k, :n]
            best = p.argmax(-1)
            eventful = 1.0 - p[:, 0] >= self.threshold
            tags = [self.labels[b] if b and eventful[j] else "O" for j, b in enumerate(best)]
            spans = []
            for start, end, root in spans_from_tags(tags, offsets[k, :n]):
                real = offsets[k, :n, 1] > offsets[k, :n, 0]
                first = int(np.argmax((offsets[k, :n, 0] >= start) & real))
                spans.append((start, end, root, float(1.0 - p[first, 0]), first))
            found.append(spans)
        rows = [k for k, spans in enumerate(found) for _ in spans]
        firsts = [s[4] for spans in found for s in spans]
        arg_logits = None
        if rows:
            arg_logits = self.argument_session.run(None, {
                "hidden": hidden, "trigger_index": np.array(firsts, dtype=np.int64),
                "rows": np.array(rows, dtype=np.int64)})[0]
        out, q = [], 0
        for k, spans in enumerate(found):
            n = int(mask[k].sum())
            triggers, sources, targets = [], [], []
            for start, end, root, score, first in spans:
                best = arg_logits[q, :n].argmax(-1)
                q += 1
                roles = []
                for role in (0, 1):
                    tags = [("O", "B-x", "I-x")[b] for b in best[:, role]]
                    tags[first] = "O"
                    roles.append(tuple((a, b) for a, b, _ in spans_from_tags(tags, offsets[k, :n])))
                triggers.append((start, end, root, score))
                sources.append(roles[0])
                targets.append(roles[1])
            out.append(Reading(tuple(triggers), tuple(sources), tuple(targets), probs[k, :n, 0], offsets[k, :n]))
        return out


@functools.cache
def load_model(path: str | None = None, threads: int = 1) -> EventModel:
    """The model at ``path`` (default: the one shipped with detente), loaded once per process."""
    return EventModel(Path(path) if path else bundled_model_dir(), threads)


def _token_at(sentence: Sentence, start: int, end: int):  # type: ignore[no-untyped-def]
    """The head token of the sentence's words covering characters [start, end) of the sentence text."""
    base = sentence.span.start_char
    span = sentence.doc.char_span(base + start, base + end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    return span.root, span


def _refine(root: str, head, lexicon: Lexicon) -> str:  # type: ignore[no-untyped-def]
    """The code the lexicon gives this trigger word on its own within the root the model read ("shelled" ->
    194); a word whose patterns all need an object or particle gets the root's general code ("190")."""
    index = lexicon.patterns
    if head.pos_ in ("VERB", "AUX"):
        pats = index.by_verb.get(head.lemma_.lower(), ())
        bare = [p.code for p in pats if p.code[:2] == root and not p.objects and not p.particle]
    else:
        pats = index.by_noun.get(head.lemma_.lower(), ())
        bare = [p.code for p in pats if p.code[:2] == root and any(n == (head.lemma_.lower(),) for n in p.nouns)]
    return bare[0] if bare else f"{root}0"


#: Words that state no act by themselves, whatever the model reads into them.
_EMPTY_LEMMAS = {"be", "have", "do", "get", "go", "become", "say", "tell", "make", "take", "come", "seem", "announce",
                 "state", "report", "claim", "add", "note", "stress", "declare", "confirm", "intend", "plan", "want",
                 "try", "seek", "continue", "begin", "start"}


class LearnedDetector:
    """Candidates from the trained model, one batch of sentences at a time."""

    name = "model"

    def __init__(self, model: EventModel):
        self.model = model
        self.evidence = f"model:{model.version}"

    def detect_all(self, sentences: list[Sentence], lexicon: Lexicon) -> list[list[Candidate]]:
        readings = self.model.read([s.span.text for s in sentences])
        return [self.candidates(s, r, lexicon) for s, r in zip(sentences, readings, strict=True)]

    def detect(self, sentence: Sentence, lexicon: Lexicon) -> list[Candidate]:
        return self.detect_all([sentence], lexicon)[0]

    def candidates(self, sentence: Sentence, reading: Reading, lexicon: Lexicon) -> list[Candidate]:
        """The candidates of one sentence's reading (the hybrid detector reads once and merges)."""
        out = []
        for (start, end, root, score), srcs, tgts in zip(reading.triggers, reading.sources, reading.targets,
                                                          strict=True):
            head, span = _token_at(sentence, start, end)
            if head is None or head.pos_ not in ("VERB", "NOUN") or head.lemma_.lower() in _EMPTY_LEMMAS:
                continue
            sources = tuple(a for a in (self._arg(sentence, s, "span") for s in srcs) if a is not None)
            targets = tuple(a for a in (self._arg(sentence, s, "span") for s in tgts) if a is not None)
            out.append(Candidate(trigger=head.i, trigger_end=span.end, code=_refine(root, head, lexicon),
                                 score=round(score, 3), evidence=self.evidence, sources=sources,
                                 targets=targets, group=head.i, nominal=head.pos_ in ("NOUN", "PROPN"),
                                 all_arguments=True))
        return out

    @staticmethod
    def _arg(sentence: Sentence, span: tuple[int, int], slot: str) -> Argument | None:
        head, toks = _token_at(sentence, *span)
        if head is None:
            return None
        return Argument(head.i, slot, toks.start, toks.end)
