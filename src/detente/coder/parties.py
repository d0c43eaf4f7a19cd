"""Which side of a state a party is on. The guide has no party sector: a party in power acts for the
government (GOV), any other party is the opposition (OPP) (ANNOTATION.md, sectors). An article shows which
party governs ("the Labour government", "the Labour-led coalition", "the ruling Labour party"); so does the
lexicon, for a dated article, by the periods each party led its state's government; an undated article by the
heads of government it names ("Prime Minister Tony Blair", or "Tony Blair" where "the prime minister" is told
of and he is the only head of government named: Labour's era) or by the shadow cabinet of one of a state's two
parties of government. With no such sign a party is read as in opposition,
as most of a state's parties are at any time."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from detente.coder.context import ArticleContext
from detente.coder.names import name_at
from detente.coder.sentence import Sentence
from detente.lexicon import Entry, Lexicon

#: words after a party's name that put it in power ("the Labour government", "a Likud-led coalition")
_IN_POWER_AFTER = {"government", "governments", "administration", "cabinet", "coalition", "led", "dominated"}
#: words before a party's name that put it in power ("the ruling ANC", "the governing Conservatives", "the majority
#: Christian Democrats")
_IN_POWER_BEFORE = {"ruling", "governing", "majority"}
#: states whose president governs whichever party holds the legislature
_PRESIDENTIAL = {"USA", "MEX", "BRA", "ARG", "CHL", "COL", "PER", "VEN", "PHL", "KOR", "IDN", "NGA"}
#: "a Tory government would cut", "any Labour government", "the next Labour government": one imagined or to come
_NOT_THIS_ONE = {"a", "an", "any", "next", "future", "another", "incoming"}


def governing_parties(sentences: list[Sentence], lexicon: Lexicon,
                      dated: bool = True) -> frozenset[tuple[str, str | None]]:
    """The parties (lexicon id, state) the article shows in power, read from the whole article first (the
    sign may come after the party's first mention); an undated article adds the parties of its era."""
    found: set[tuple[str, str | None]] = set()
    for sentence in sentences:
        toks = list(sentence.span)
        for k, t in enumerate(toks):
            word = t.lower_
            if word in _IN_POWER_BEFORE and k + 1 < len(toks):  # but "the majority Democrats" hold Congress only
                found |= {(e.id, e.country) for e in _parties(name_at(lexicon, toks, k + 1)[1])
                          if word != "majority" or e.country not in _PRESIDENTIAL}
            elif word in _IN_POWER_AFTER:
                end = k - 1 if word in ("led", "dominated") and k > 0 and toks[k - 1].text in ("-", "‐") else k
                for start in range(max(0, end - lexicon.max_name_tokens), end):
                    n, entries = name_at(lexicon, toks, start)
                    if start + n == end and not (start and toks[start - 1].lower_ in _NOT_THIS_ONE):
                        found |= {(e.id, e.country) for e in _parties(entries)}
    era = frozenset() if dated else parties_of_the_era(sentences, lexicon) | _rivals_of_the_shadows(sentences, lexicon)
    return frozenset(found) | era


def _rivals_of_the_shadows(sentences: list[Sentence], lexicon: Lexicon) -> frozenset[tuple[str, str | None]]:
    """ "the Tory shadow foreign secretary": a party with a shadow cabinet is in opposition; where two
    parties alone have led the state's government, the other one governs."""
    shadowed: set[tuple[str, str | None]] = set()
    for sentence in sentences:
        toks = list(sentence.span)
        shadows = [k for k, t in enumerate(toks) if t.lower_ == "shadow"]
        if not shadows:
            continue
        # "Tory shadow chancellor X", "the Conservative shadow cabinet"; not "their shadow ministers backed
        # Labour's plan"
        shadowed |= {(e.id, e.country) for k in shadows for j in range(max(0, k - 3), k)
                     for e in _parties(name_at(lexicon, toks, j)[1])}
    out: set[tuple[str, str | None]] = set()
    for key in shadowed:
        leaders = {other for other in lexicon.led_government if other[1] == key[1]}
        if key in leaders and len(leaders) == 2 and not (leaders - {key}) & shadowed:
            out |= leaders - {key}
    return frozenset(out)


def parties_of_the_era(sentences: list[Sentence], lexicon: Lexicon) -> frozenset[tuple[str, str | None]]:
    """For an undated article: the party that led each state's government while the office holders the article
    names with their title held office ("Prime Minister Tony Blair", "Foreign Secretary Jack Straw" -> Labour),
    when they agree on one. A name alone may be someone's before or after their term ("Theresa May" in 2005)."""
    named = set()
    the_premier = False
    for sentence in sentences:
        toks = list(sentence.span)
        for k in range(len(toks)):
            if k and _in_office_title(toks, k):
                named |= {e.id for e in name_at(lexicon, toks, k)[1] if e.kind == "person"}
            the_premier = the_premier or _the_premier(toks, k)
    if the_premier:  # "Tony Blair has pledged ... The prime minister told": the one head named is the premier
        named |= _the_one_head_named(sentences, lexicon)
    by_state: dict[str, set[tuple[str, str | None]]] = {}
    for pid in named:
        person = lexicon.people.get(pid)
        if person is None or person.country is None:
            continue
        for term in person.terms:
            leading = {key for key, periods in lexicon.led_government.items() if key[1] == person.country
                       and any(_covers(start, end, term.start, term.end) for start, end in periods)}
            if len(leading) == 1:  # a monarch's reign spans many governments: no party of an era
                by_state.setdefault(person.country, set()).update(leading)
    return frozenset(next(iter(keys)) for keys in by_state.values() if len(keys) == 1)


_TITLE_ENDS = {"president", "premier", "minister", "secretary", "pm"}


def _in_office_title(toks: list[Token], k: int) -> bool:
    """Does an office title, not a former one, come right before toks[k] ("Prime Minister Tony Blair")?"""
    if toks[k - 1].lower_ not in _TITLE_ENDS:
        return False
    return not any(t.lower_ in ("former", "ex", "then", "late") for t in toks[max(0, k - 4):k - 1])


def _the_one_head_named(sentences: list[Sentence], lexicon: Lexicon) -> set[str]:
    """The heads of government the article names, titled or not, of each state that has only one of them."""
    heads: dict[str | None, set[str]] = {}
    for sentence in sentences:
        toks = list(sentence.span)
        for k in range(len(toks)):
            for e in name_at(lexicon, toks, k)[1]:
                person = lexicon.people.get(e.id) if e.kind == "person" else None
                if person is not None and any(t.role == "head_of_government" for t in person.terms):
                    heads.setdefault(person.country, set()).add(e.id)
    return {pid for ids in heads.values() if len(ids) == 1 for pid in ids}


def _the_premier(toks: list[Token], k: int) -> bool:
    """ "the prime minister", "the PM", "the premier": the one in office, named elsewhere in the article."""
    if toks[k].lower_ != "the" or k + 1 >= len(toks) or (k and toks[k - 1].lower_ in ("former", "then")):
        return False
    words = [t.lower_ for t in toks[k + 1:k + 3]]
    after = toks[k + 3].lower_ if k + 3 < len(toks) else ""
    return (words == ["prime", "minister"] and after != "of") or words[0] in ("pm", "premier")


def _covers(start: str, end: str | None, term_start: str, term_end: str | None) -> bool:
    """Does the party's period [start, end) hold the whole term (a day's slack for hand-overs)?"""
    later = (date.fromisoformat(term_start) + timedelta(days=1)).isoformat()
    if start > later:
        return False
    if end is None:
        return True
    return term_end is not None and (date.fromisoformat(term_end) - timedelta(days=1)).isoformat() < end


def _parties(entries: tuple[Entry, ...]) -> list[Entry]:
    return [e for e in entries if e.kind == "org" and e.sector == "PTY"]


def named_parties(sentences: list[Sentence], lexicon: Lexicon) -> tuple[Entry, ...]:
    """The lexicon's parties the article names, in order, once each: whom "the party" can mean."""
    found: dict[str, Entry] = {}
    for sentence in sentences:
        toks = list(sentence.span)
        for k in range(len(toks)):
            for e in _parties(name_at(lexicon, toks, k)[1]):
                found.setdefault(e.id, e)
    return tuple(found.values())


def in_power(entry: Entry | None, toks: list[Token], ctx: ArticleContext, lexicon: Lexicon,
             country: str | None = None) -> bool:
    """Is the party this phrase names in power: as the phrase says ("the ruling party"), as the article shows,
    or, for a dated article, as the lexicon's periods of the party leading the government say? A party the
    phrase does not name ("the party", "a party official") is the article's: in power when every party of
    ``country`` the article names is."""
    state = entry.country if entry is not None else country
    if any(t.lower_ in _IN_POWER_BEFORE and not (t.lower_ == "majority" and state in _PRESIDENTIAL) for t in toks):
        return True
    if entry is None:
        own = [e for e in ctx.parties if e.country == country]
        return bool(country and own) and all(in_power(e, [], ctx, lexicon) for e in own)
    if (entry.id, entry.country) in ctx.governing:
        return True
    return bool(ctx.date and lexicon.governs(entry, ctx.date))
