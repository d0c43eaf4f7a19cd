"""Which side of a state a party is on. The guide has no party sector: a party in power acts for the
government (GOV), any other party is the opposition (OPP) (ANNOTATION.md, sectors). An article shows which
party governs ("the Labour government", "the Labour-led coalition", "the ruling Labour party"); with no such
sign a party is read as in opposition, as most of a state's parties are at any time."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.mentions import name_at
from detente.coder.sentence import Sentence
from detente.lexicon import Entry, Lexicon

#: words after a party's name that put it in power ("the Labour government", "a Likud-led coalition")
_IN_POWER_AFTER = {"government", "governments", "administration", "cabinet", "coalition", "led", "dominated"}
#: words before a party's name that put it in power ("the ruling ANC", "the governing Conservatives")
_IN_POWER_BEFORE = {"ruling", "governing"}


def governing_parties(sentences: list[Sentence], lexicon: Lexicon) -> frozenset[str]:
    """The lexicon ids of the parties the article shows in power, read from the whole article first: the
    sign may come after the party's first mention."""
    found: set[str] = set()
    for sentence in sentences:
        toks = list(sentence.span)
        for k, t in enumerate(toks):
            word = t.lower_
            if word in _IN_POWER_BEFORE and k + 1 < len(toks):
                found |= {e.id for e in _parties(name_at(lexicon, toks, k + 1)[1])}
            elif word in _IN_POWER_AFTER:
                end = k - 1 if word in ("led", "dominated") and k > 0 and toks[k - 1].text in ("-", "‐") else k
                for start in range(max(0, end - lexicon.max_name_tokens), end):
                    n, entries = name_at(lexicon, toks, start)
                    if start + n == end:
                        found |= {e.id for e in _parties(entries)}
    return frozenset(found)


def _parties(entries: tuple[Entry, ...]) -> list[Entry]:
    return [e for e in entries if e.kind == "org" and e.sector == "PTY"]


def in_power(entry: Entry | None, toks: list[Token], governing: frozenset[str]) -> bool:
    """Is the party this phrase names in power, as the phrase ("the ruling party") or the article says?"""
    return (entry is not None and entry.id in governing) or any(t.lower_ in _IN_POWER_BEFORE for t in toks)
