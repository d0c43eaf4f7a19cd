"""Bodies an article names in full that a later bare word stands for: "the Bank of England ... the Bank", "Assad's
regime ... the regime". Read once before coding, like the firms (:mod:`detente.coder.firms`); the resolver finds
them in ``ArticleContext.bodies`` by the bare word.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from detente.coder.names import name_at
from detente.coder.sentence import Sentence
from detente.lexicon import Entry, Lexicon


def named_bodies(sentences: list[Sentence], lexicon: Lexicon) -> Any:
    """The bare words the article's bodies go by ("bank", "regime"), each with the body it stands for."""
    return MappingProxyType({**central_banks(sentences, lexicon), **regimes(sentences, lexicon)})


def central_banks(sentences: list[Sentence], lexicon: Lexicon) -> Any:
    """ "the Bank of England ... the Bank urged market makers": a state's central bank named in full makes a later
    "the Bank" the state's (its government's) bank, where the lexicon knows no entry to name it by."""
    banks: dict[str, Entry] = {}
    for sentence in sentences:
        toks = list(sentence.span)
        for i, t in enumerate(toks[:-2]):
            if t.text != "Bank" or toks[i + 1].lower_ != "of":
                continue
            n, entries = name_at(lexicon, toks, i + 2)
            states = {e.country for e in entries if e.kind == "country" and e.country}
            whole, named = name_at(lexicon, toks, i)  # the lexicon's own "Bank of England"
            states |= {e.country for e in named if whole > 2 and e.kind == "org" and e.sector == "GOV" and e.country}
            if (n or whole) and len(states) == 1:
                state = states.pop()
                name = " ".join(x.text for x in toks[i:i + 2 + max(n, whole - 2)])
                banks["bank"] = Entry(f"central-bank:{state}", name, "body", state, None, "GOV", f"{state}GOV")
    return MappingProxyType(banks)


def regimes(sentences: list[Sentence], lexicon: Lexicon) -> dict[str, Entry]:
    """ "Assad's regime", "the Syrian regime", "the regime of Saddam Hussein": where the article calls one state's
    rulers a regime, a later "the regime" is that state's government (in a British paper, not Britain's). Two
    states so called leave it to the sentence."""
    states: set[str] = set()
    for sentence in sentences:
        toks = list(sentence.span)
        for t in toks:
            if t.lower_ != "regime":
                continue
            owners = [c for c in t.children if c.dep_ in ("poss", "amod", "compound")] + [
                p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            for o in owners:
                k = o.left_edge.i - sentence.span.start
                _, entries = name_at(lexicon, toks, k) if 0 <= k < len(toks) else (0, ())
                if not entries and o.i != o.left_edge.i:
                    _, entries = name_at(lexicon, toks, o.i - sentence.span.start)
                states |= {e.country for e in entries if e.country and not e.org
                           and e.kind in ("country", "demonym", "person", "capital")}
    if len(states) != 1:
        return {}
    state = states.pop()
    return {"regime": Entry(f"regime:{state}", "regime", "body", state, None, "GOV", f"{state}GOV")}
