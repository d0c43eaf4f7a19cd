"""The hybrid detector: the pattern detector and the trained model read the same sentences, and their
candidates are merged.

- A trigger both detectors found is one event: the pattern's reading comes first (its codes are more
  specific, its argument rules know the construction), the model's reading is its alternative, used when the
  pattern's source or target names no actor.
- A trigger only the model found is added: the long tail of constructions no pattern was written for.
- A trigger only the patterns found is kept unless the model is sure there is no event there (a sports
  "attack", a price "charge"): the model has read those words in context, the pattern only their lemma.
"""

from __future__ import annotations

from dataclasses import replace

from detente.coder.detect import Candidate
from detente.coder.detect.learned import LearnedDetector, Reading
from detente.coder.detect.rules import PatternDetector
from detente.coder.sentence import Sentence
from detente.lexicon import Lexicon

_SOLO = 1_000_000  # group ids for a pattern's trigger that had none (nouns, frames): above any token index
#: A pattern's trigger is dropped when the model gives "no event here" at least this probability.
VETO = 0.995


class HybridDetector:
    name = "hybrid"

    def __init__(self, model: LearnedDetector, rules: PatternDetector | None = None, veto: float = VETO):
        self.model = model
        self.rules = rules or PatternDetector()
        self.veto = veto

    def detect(self, sentence: Sentence, lexicon: Lexicon) -> list[Candidate]:
        return self.detect_all([sentence], lexicon)[0]

    def detect_all(self, sentences: list[Sentence], lexicon: Lexicon) -> list[list[Candidate]]:
        readings = self.model.model.read([s.span.text for s in sentences])
        out = []
        for sentence, reading in zip(sentences, readings, strict=True):
            learned = self.model.candidates(sentence, reading, lexicon)
            out.append(merge(self.rules.detect(sentence, lexicon), learned, sentence, reading, self.veto))
        return out


def _no_event(sentence: Sentence, reading: Reading, token_i: int) -> float:
    """The model's probability that the word at ``token_i`` states no act (its first word piece)."""
    tok = sentence.doc[token_i]
    start = tok.idx - sentence.span.start_char
    for k, (a, b) in enumerate(reading.offsets):
        if a <= start < b or (a >= start and b > a):
            return float(reading.no_event[k])
    return 0.0


def merge(rules: list[Candidate], learned: list[Candidate], sentence: Sentence, reading: Reading,
          veto: float = VETO) -> list[Candidate]:
    out: list[Candidate] = []
    taken: set[int] = set()
    for c in rules:
        same = [m for m in learned if m.trigger <= c.trigger < m.trigger_end or c.trigger <= m.trigger < c.trigger_end]
        if not same and not c.frame and _no_event(sentence, reading, c.trigger) >= veto:
            continue
        if same and c.group < 0:  # the two readings of one trigger become alternatives
            c = replace(c, group=_SOLO + c.trigger)
        out.append(c)
        for m in same:
            if id(m) not in taken:
                taken.add(id(m))
                out.append(replace(m, group=c.group))
    # the model's own triggers; a frame or fill-in of the patterns yields to them
    out += [m for m in learned if id(m) not in taken]
    return out
