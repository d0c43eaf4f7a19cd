"""Newswire markup in the text: stock tickers ("<GM>") and the bracketed names of unlisted firms
("<Halvek Savings Bank FSB>"), which :func:`detente.coder.mentions.find_matches` reads before any lexicon name;
a ticker also says the name before it is a listed firm and where it is listed (:mod:`detente.coder.firms`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from detente.coder.context import ArticleContext
from detente.coder.names import FIRM_ID, Match, lookup_name, name_at, state_in_firm_name
from detente.coder.where import lookup
from detente.lexicon import Entry, Lexicon

#: picks the entry a name means among the lexicon's entries for it, in the article's context
Chooser = Callable[[Lexicon, tuple[Entry, ...], ArticleContext], "Entry | None"]


_TICKER = re.compile(r"[A-Z0-9][A-Z0-9.&-]*")
#: the state of the market a ticker's suffix names ("<RHON.PA>": Paris, "<KLM.AS>": Amsterdam); suffixes that
#: several markets use (".M" Milan and Montreal) are left out, and so are New York's (".N", ".O", ".A"), where
#: foreign firms list too
_EXCHANGES = {"L": "GBR", "T": "JPN", "F": "DEU", "D": "DEU", "TO": "CAN", "PA": "FRA",
              "P": "FRA", "MO": "CAN", "AS": "NLD", "HK": "HKG", "HKG": "HKG", "Z": "CHE", "MI": "ITA", "ST": "SWE",
              "OL": "NOR", "BR": "BEL", "SI": "SGP", "J": "ZAF", "SE": "KOR", "S": "AUS", "ME": "AUS", "HE": "FIN",
              "VI": "AUT", "WE": "NZL", "CO": "DNK", "MC": "ESP", "MA": "ESP", "KL": "MYS", "BO": "IND"}


def bracketed_firm(toks: list[Token], i: int, lexicon: Lexicon, ctx: ArticleContext, choose: Chooser) -> Match | None:
    """The firm a wire names in angle brackets at ``i`` ("<Halvek Savings Bank FSB>", "<Marlow Dealers
    Association Inc>"): newswires bracket the names of unlisted companies, so the span is one firm and nothing
    inside it is a lexicon name of its own (the "FSB" of a savings bank is no security service); only a lexicon
    entry or an article's firm naming the whole span is that entry."""
    if toks[i].text != "<" or ticker_length(toks, i):
        return None
    end = next((k for k in range(i + 1, min(i + 14, len(toks))) if toks[k].text in (">", "<")), None)
    if end is None or toks[end].text != ">" or end == i + 1 or not toks[i + 1].text[:1].isupper():
        return None
    inner = toks[i + 1:end]
    n, entries = lookup_name(lexicon, toks, i + 1, False)
    entry = choose(lexicon, entries, ctx) if n == len(inner) else None
    if entry is None:
        words = tuple(t.lower_ for t in inner)
        entry = ctx.firms.get(words) or ctx.firms.get((*words, ">")) or Entry(
            f"{FIRM_ID}{' '.join(t.text for t in inner)}", " ".join(t.text for t in inner), "org",
            state_in_firm_name([t.text for t in inner]) or state_named_inside(toks, i + 1, end, lexicon)
            or _based_before_bracket(toks, i, lexicon), None, "BUS", None)
    return Match(inner[0].i, inner[-1].i + 1, entry)


#: entries that name a state: the country, its people, its capital
STATE_KINDS = ("country", "demonym", "capital")


def _based_before_bracket(toks: list[Token], i: int, lexicon: Lexicon) -> str | None:
    """ "Los Angeles-based <Rogers and Cowan Inc>": the state of the place the firm is based in, for the whole
    bracketed name (the parser may split it at its "and")."""
    if i < 3 or toks[i - 1].lower_ != "based" or toks[i - 2].text != "-":
        return None
    return state_at(toks[i - 3], lexicon)


def state_at(tok: Token, lexicon: Lexicon) -> str | None:
    """The one state a name ending at or starting from ``tok`` names: "Saudi Arabia's" is a possessor whose
    head word "Arabia" names nothing alone; a city names the state it is in ("Oslo-based")."""
    toks = list(tok.doc)
    for start in range(tok.left_edge.i, tok.i + 1):
        n, entries = name_at(lexicon, toks, start)
        states = {e.country for e in entries if e.kind in STATE_KINDS and e.country}
        if n and start + n > tok.i and len(states) == 1:
            return states.pop()
    if tok.ent_type_ == "GPE" and tok.dep_ in ("npadvmod", "compound", "pobj"):
        found = lookup(" ".join(t.text for t in tok.subtree if t.ent_type_ == "GPE"))
        return found.country if found is not None else None
    return None


def state_named_inside(toks: list[Token], start: int, end: int, lexicon: Lexicon) -> str | None:
    """ "<Halvek Canada Ltd>", "<Kestrel Polish Airlines>", "NV Kestrel Dutch Airlines <KES.AS>": the one state a
    firm's name names is its home, the subsidiary's state rather than the parent's or the sentence's."""
    states = set()
    for k in range(start, end):
        n, entries = lookup_name(lexicon, toks, k, False)
        if n and k + n <= end:
            states |= {e.country for e in entries if e.kind in ("country", "demonym") and e.country and not e.org}
    return states.pop() if len(states) == 1 else None


def ticker_length(toks: list[Token], i: int) -> int:
    """The tokens of a stock ticker in angle brackets starting at ``i`` ("<GM>", "<UK>", "<VOWG.F>"), or 0.

    Newswires put a listed company's ticker after its name; its capitals are an exchange symbol, never a
    state or a party ("<UK>" is not Britain). A bracketed name in words ("<Noranda Inc>") is still a name."""
    if toks[i].text != "<":
        return 0
    for k in range(i + 1, min(i + 5, len(toks))):
        if toks[k].text == ">":
            inner = "".join(t.text for t in toks[i + 1:k])
            return k - i + 1 if _TICKER.fullmatch(inner) else 0
    return 0


def listing_state(toks: list[Token], i: int) -> str | None:
    """The state of the market where the ticker at ``i`` lists its firm, or None (no ticker, a shared suffix).

    A ticker with no suffix is a New York or Nasdaq listing in the wires' convention ("Exxon Corp <XON>"), as are
    ".N" and ".O": many foreign firms list there too ("TransCanada PipeLines Ltd <TRP>"), so it says nothing of
    the firm's state."""
    n = ticker_length(toks, i)
    if not n:
        return None
    _, dot, suffix = "".join(t.text for t in toks[i + 1:i + n - 1]).rpartition(".")
    return _EXCHANGES.get(suffix) if dot else None
