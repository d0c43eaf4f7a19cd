"""Which clause a token is in, and which of several phrases lies nearest an act: what dates and places are
chosen by (:mod:`detente.coder.when`, :mod:`detente.coder.where`). Split from :mod:`detente.coder.arguments`.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token


def governed_by(tok: Token, trigger: Token, max_steps: int = 6) -> bool:
    """Is ``tok`` inside the trigger's clause (its chain of heads reaches the trigger)?"""
    for _ in range(max_steps):
        if tok.i == trigger.i:  # spaCy makes a new Token object on each access: compare positions
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def closest_first(spans: Iterable[Span], trigger: Token) -> list[Span]:
    """Spans of the trigger's own clause first, then the nearest: which date or place an event has."""
    return sorted(spans, key=lambda e: (not governed_by(e.root, trigger), abs(e.start - trigger.i)))
