"""What flows between the coder's stages: the sentence under work, and the detectors' candidates.

A detector reads a parsed sentence and proposes candidates: a trigger, a CAMEO code, a score, the evidence
(which pattern, frame or model), and where its source and target are in the text. It names no actor:
:mod:`detente.coder.resolve` turns those places into actors with the lexicon and the article's context, and
:mod:`detente.coder.codebook` decides what the codebook makes of the result. The pattern detector
(:mod:`detente.coder.detect.rules`) and a trained model are peers behind the same :class:`Detector` interface.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from detente.coder.sentence import Sentence
from detente.lexicon import Lexicon


@dataclass(frozen=True)
class Argument:
    """Where in the sentence an argument of a candidate is: the head token of its phrase and how it was found.

    ``slot`` says which grammatical position held it (``subject``, ``agent``, ``object``, ``prep:on``,
    ``between``, ``possessor``, ``modifier``, ``clause-subject``, ``span`` for a model's span); the codebook
    uses it (talks *with* someone involve both sides; an adjective alone is a weak agent).
    """

    head: int  # token index in the Doc
    slot: str
    start: int | None = None  # token span of the whole mention, when the detector knows it (a model does)
    end: int | None = None


@dataclass(frozen=True)
class Candidate:
    """A possible event: what a detector saw, before any actor is resolved.

    ``sources`` and ``targets`` are alternatives in order of preference: resolution takes the first that names
    a political actor. Candidates of one ``group`` (one trigger word read by several patterns) are
    alternatives too: the first whose target resolves wins, else the first whose source does.
    """

    trigger: int  # token index of the trigger's head word
    trigger_end: int  # token index after the trigger phrase (its object or particle included)
    code: str  # CAMEO code as the detector reads the words, before negation and modality
    score: float  # the detector's confidence, 0..1
    evidence: str  # pattern id (verbs.yml), frame id (frame.*), or model:<version>
    sources: tuple[Argument, ...] = ()
    targets: tuple[Argument, ...] = ()
    group: int = -1  # candidates sharing a group are alternative readings of one trigger
    nominal: bool = False  # an event noun rather than a verb
    frame: bool = False  # a grammatical frame (promise, threat, demand) rather than a lexicon pattern
    constrained: bool = False  # the pattern required an object or particle, which the text has
    place_target: bool = True  # an act with no named target may take the place it happens in
    modality_host: int | None = None  # token whose frame (negation, "plans to") decides the modality
    place_host: int | None = None  # token whose clause says where the act happens (default: the trigger)
    yields_to: frozenset[int] = frozenset()  # coded only if no event was coded at these triggers (a fill-in)
    all_arguments: bool = False  # every source and target place holds actors (a model's spans), not alternatives


class Detector(Protocol):
    """Turns parsed sentences into candidates; reads the lexicon's patterns, writes nothing.

    ``detect_all`` takes a document's sentences at once, so that a model can read them in one batch.
    """

    name: str

    def detect(self, sentence: Sentence, lexicon: Lexicon) -> list[Candidate]: ...

    def detect_all(self, sentences: list[Sentence], lexicon: Lexicon) -> list[list[Candidate]]: ...
