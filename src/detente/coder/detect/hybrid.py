"""The hybrid detector: the pattern detector and the trained model read the same sentences, and their
candidates are merged.

- A trigger both detectors found is one event: the pattern's reading comes first (its codes are more
  specific, its argument rules know the construction), the model's reading is its alternative, used when the
  pattern's source or target names no actor.
- A trigger only the model found is added: the long tail of constructions no pattern was written for.
- A model's reading is used only where the parse agrees on who acts (the trigger's grammatical agent lies in
  the model's source span).
- A model's reading is used only where the parse agrees on who acts (the trigger's grammatical agent lies in
  the model's source span).
- A trigger only the patterns found is kept unless the model is sure there is no event there (a sports
  "attack", a price "charge"): the model has read those words in context, the pattern only their lemma.
"""

from __future__ import annotations

from dataclasses import replace

from detente.coder.arguments import find_agent, nominal_agent
from detente.coder.detect import Candidate
from detente.coder.detect.learned import LearnedDetector, Reading
from detente.coder.detect.rules import PatternDetector
from detente.coder.sentence import Sentence
from detente.lexicon import Lexicon

_GROUP_BASE = 1_000_000  # group ids for a pattern's trigger that had none (nouns, frames): above any token index
#: A pattern's trigger is dropped when the model gives "no event here" at least this probability.
VETO = 0.995
#: A trigger only the model found is kept from this probability on.
SOLO = 0.5


class HybridDetector:
    name = "hybrid"

    def __init__(self, model: LearnedDetector, rules: PatternDetector | None = None, veto: float = VETO,
                 solo: float = SOLO):
        self.model = model
        self.rules = rules or PatternDetector()
        self.veto = veto
        self.solo = solo

    def detect(self, sentence: Sentence, lexicon: Lexicon) -> list[Candidate]:
        return self.detect_all([sentence], lexicon)[0]

    def detect_all(self, sentences: list[Sentence], lexicon: Lexicon) -> list[list[Candidate]]:
        readings = self.model.model.read([s.span.text for s in sentences])
        out = []
        for sentence, reading in zip(sentences, readings, strict=True):
            learned = self.model.candidates(sentence, reading, lexicon)
            out.append(merge(self.rules.detect(sentence, lexicon), learned, sentence, reading, self.veto,
                             self.solo))
        return out


def _no_event(sentence: Sentence, reading: Reading, token_i: int) -> float:
    """The model's probability that the word at ``token_i`` states no act (its first word piece)."""
    tok = sentence.doc[token_i]
    start = tok.idx - sentence.span.start_char
    for k, (a, b) in enumerate(reading.offsets):
        if a <= start < b or (a >= start and b > a):
            return float(reading.no_event[k])
    return 0.0


def _confirmed(m: Candidate, sentence: Sentence) -> Candidate | None:
    """The model's reading with only the source span the parse confirms, or None when the parse disagrees.

    A model's reading is used when the parse agrees on who acts: the grammatical agent of the trigger (a verb's
    subject or by-agent, an event noun's possessor or light verb's subject) lies inside one of the model's
    source spans. Two readers that agree are rarely both wrong; a list read as both sides, or a source taken
    from the wrong clause ("Belarus after the conflict with the EU intends to ..."), is dropped."""
    head = sentence.doc[m.trigger]
    agent = find_agent(head) if head.pos_ == "VERB" else nominal_agent(head)
    if agent is None:
        return None
    spans = tuple(a for a in m.sources if a.start is not None and a.start <= agent.i < a.end)
    return replace(m, sources=spans) if spans else None


def merge(rules: list[Candidate], learned: list[Candidate], sentence: Sentence, reading: Reading,
          veto: float = VETO, solo: float = SOLO) -> list[Candidate]:
    out: list[Candidate] = []
    taken: set[int] = set()
    for c in rules:
        same = [m for m in learned if m.trigger <= c.trigger < m.trigger_end or c.trigger <= m.trigger < c.trigger_end]
        if not same and not c.frame and _no_event(sentence, reading, c.trigger) >= veto:
            continue
        if same and c.group < 0:  # the two readings of one trigger become alternatives
            c = replace(c, group=_GROUP_BASE + c.trigger)
        out.append(c)
        for m in same:
            if id(m) not in taken:
                taken.add(id(m))
                confirmed = _confirmed(m, sentence)
                if confirmed is not None:
                    out.append(replace(confirmed, group=c.group))
    # the model's own triggers
    out += [confirmed for m in learned if id(m) not in taken and m.score >= solo
            and (confirmed := _confirmed(m, sentence)) is not None]
    return out
