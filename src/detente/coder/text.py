"""Text hygiene: strip the debris a web page leaves in scraped text before the coder sees it.

Scraped text carries teaser blocks of related stories, comment prompts, share buttons, bylines, timestamps
and photo credits. Coding them produces events the article never stated (a teaser headline is another
article's claim), so they are removed by the shape and vocabulary of page chrome, never by matching any
particular article's strings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# Lines that open with these words are navigation or promotion, not the story.
_CHROME_OPENERS = re.compile(
    r"^\s*(related( materials| articles| stories| news| posts| content| topics)?|read (also|more|next)|"
    r"see also|more (on|from|about) (this|the topic)|recommended( for you)?|you (may|might) (also )?like|"
    r"also read|most (read|popular|viewed)|trending( now)?|latest news|top stories|more stories|"
    r"leave a (reply|comment)|post a comment|comments?( \(\d+\))?|\d+ comments?|add (a )?comment|"
    r"share( this( article| story)?| on| via)?|tweet|follow us|subscribe|sign up|newsletter|"
    r"advertisement|sponsored( content)?|click here|tags?|filed under|categories)"
    r"(\s*[:|»›>-]|\s*$|\s+\d{1,2}:\d{2})"  # the opener ends the line or is followed by a separator or time
    r"|^\s*((photo|image|picture|video|credit|source|caption)s?\s*[:(©]|©|\(c\)\s|copyright\b|"
    r"all rights reserved|by [A-Z][a-z]+( [A-Z][a-z.]+){0,3}\s*$|(published|updated)( on)?\s*:?\s*\d)",
    re.IGNORECASE,
)
# Chrome is short: a long paragraph that happens to open with "Share" or "Related" is story text.
_CHROME_MAX_WORDS = 40

# A clock time followed by a date ("15:25 – 19 November"): the shape of a news-list teaser entry.
_TEASER_TIMESTAMP = re.compile(
    r"\b\d{1,2}:\d{2}\s*[–—-]?\s*\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)

# A line that is only a time and/or date stamp.
_STAMP_ONLY = re.compile(
    r"^[\s\d:.,/–—-]*((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\d:.,/–—-]*)?"
    r"(am|pm|gmt|utc|[+-]\d{2}:?\d{2})?[\s\d:.,/–—-]*$",
    re.IGNORECASE,
)

_SOCIAL_WORDS = {"facebook", "twitter", "whatsapp", "telegram", "linkedin", "email", "print", "pinterest",
                 "reddit", "vk", "copy link", "share", "tweet", "x"}

_SENTENCE_END = re.compile(r"[.!?…\"”’)\]]$")


def is_chrome(paragraph: str) -> bool:
    """True when a paragraph is page furniture rather than story text."""
    p = paragraph.strip()
    if not p:
        return True
    if _STAMP_ONLY.match(p):
        return True
    if _CHROME_OPENERS.match(p) and (len(p.split()) <= _CHROME_MAX_WORDS or _TEASER_TIMESTAMP.search(p)):
        return True
    if _TEASER_TIMESTAMP.search(p):
        return True
    words = [w.strip(" |·•,").lower() for w in re.split(r"[|·•]|\s{2,}", p)]
    words = [w for w in words if w]
    return bool(words) and all(w in _SOCIAL_WORDS for w in words)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r"[ \t]+", " ", text)


def _paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; a single line break inside one is hard wrapping, except after a
    short line without final punctuation (a headline, a byline, a button label), which stands alone."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        current = ""
        for line in (x.strip() for x in block.split("\n")):
            if not line:
                continue
            if not current:
                current = line
            elif not _SENTENCE_END.search(current) and (line[:1].islower() or len(current) >= 60) \
                    and not is_chrome(line) and not is_chrome(current):
                current = f"{current} {line}"
            else:
                out.append(current)
                current = line
        if current:
            out.append(current)
    return out


# A photo credit that runs into the story's text: "Photograph: Jane Roe/AP The minister said ...".
_CREDIT = re.compile(
    r"\b(Photograph|Photo|Picture|Image|Illustration|Composite|Video)s?\s*:\s*"
    r"[^.:\n]{1,80}?(/|\bfor\s|\bvia\s|\s)(AP|AFP|Reuters|EPA|Getty Images|Getty|Shutterstock|Alamy|PA|Xinhua|"
    r"Anadolu Agency|Anadolu|Sipa|Rex|Bloomberg|NurPhoto|SOPA Images|LightRocket|ZUMA|Tass|Sputnik|"
    r"the Guardian|The Guardian|Observer|Handout|Reuters Pictures)(/[A-Za-z ]{1,30})?\b\s*")


def split_credits(text: str) -> str:
    """Take photo credits out of running text: they name an agency and a photographer, never an actor."""
    return _CREDIT.sub(" ", text)


# "talks with with the chancellor": a word typed twice where English never repeats it ("that that" and
# "had had" are English, so they are left alone).
_DOUBLED = re.compile(r"\b(the|a|an|of|to|with|in|on|for|by|at|from|and)\s+\1\b", re.IGNORECASE)


# "military to military talks", "face to face meeting": an unhyphenated compound modifier the parser reads as
# a clause ("begin military", "to military talks"); hyphenated, it modifies the noun.
_X_TO_X = re.compile(r"\b([a-z]{3,}) to \1\b")


_TITLE_TICKERS = re.compile(r"(\s*<[A-Z0-9.]+>)+\s*$")


def clean_text(text: str, title: str | None = None) -> str:
    """Return the story's paragraphs, separated by blank lines, with page chrome removed.

    A headline (a short first line without final punctuation) is kept and given a full stop so that the
    sentence splitter does not run it into the first paragraph: headlines often state the main event.
    """
    paragraphs = _paragraphs(split_credits(_normalise(text)))
    kept: list[str] = []
    # "DISNEY FAMILY MAKES BID FOR HOLLY SUGAR <HLY>": the listing tag is no words of the headline (split off, it
    # would make sentences of its own between the headline and the story)
    title = _TITLE_TICKERS.sub("", title.strip()) if title else title
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    for i, para in enumerate(paragraphs):
        if not para or is_chrome(para):
            continue
        para = _X_TO_X.sub(r"\1-to-\1", _DOUBLED.sub(r"\1", re.sub(r"\s+", " ", para)))
        if not _SENTENCE_END.search(para) and (i == 0 or len(para.split()) <= 25):
            para += "."
        kept.append(para)
    return "\n\n".join(kept)


# --- datelines --------------------------------------------------------------------------------------------

_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_MONTH = rf"(?:(?:{_MONTHS})[a-z]*|(?:{_MONTHS.upper()})[A-Z]*)\.?"  # "March 12", "MARCH 12" (a wire in capitals)
_PUBLISHERS = (r"(?:Reuters|AP|AFP|UPI|Xinhua|Bloomberg|DPA|dpa|Interfax|TASS|ITAR-TASS|IRNA|ANSA|EFE|Kyodo|Yonhap|"
               r"PTI|IANS|Agence France-Presse|Associated Press|Canadian Press|CP|"
               r"(?:[A-Z][\w.&']+ ){0,3}(?:Times|Post|News|Journal|Press|Herald|Telegraph|Guardian|Tribune|Agency|"
               r"Service|Wire|Online|Daily|Gazette|Chronicle|Star|Mail)|[A-Za-z]+\.com)")
_DASH = r"(?:-{1,2}|–|—|:)"
_DATELINE = re.compile(
    rf"^\s*(?:(?P<publisher>{_PUBLISHERS})\s*{_DASH}\s+)?"  # "Reuters - ", "Los Angeles Times - "
    r"(?:(?P<place>[A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,3})"  # "BEIRUT", "DAR ES SALAAM", "NEW YORK"
    # ", India", ", Fla.", ", N.J.", ", W.Va.", ", MICH.", ", N.Y."
    r"(?:,\s+(?P<region>(?:[A-Z]\.){2}|[A-Z]\.[A-Z][a-z]\.|[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?)?|[A-Z]{2,}\.|"
    r"[A-Z]{3,}(?: [A-Z]{3,})?(?=,)))?"  # ", BRITISH COLUMBIA, March 19": a region in the wire's capitals
    rf"(?:\s*\((?P<agency>[^()]{{2,40}})\))?"  # " (Reuters)"
    rf"(?:,?\s+(?P<date>{_MONTH}\s+\d{{1,2}}))?"  # ", March 7"
    rf"\s*{_DASH}\s+)?"
)


@dataclass(frozen=True)
class Dateline:
    """Where (and by whom) a wire story was filed: "BEIRUT (Reuters) -", "CHANDIGARH, India, March 7 -"."""

    place: str | None
    region: str | None
    publisher: str | None
    date: str | None


def split_dateline(text: str, is_place: Callable[[str], bool] = lambda _: True) -> tuple[Dateline | None, str]:
    """Take the dateline off the start of the story's first paragraph (after a headline, if any).

    A dateline names where the story was filed, never an actor: left in, "PARIS (Reuters) - ..." makes the
    parser take "PARIS" or "Reuters" as the subject. The place tells which state the story is about.
    ``is_place`` confirms a bare place ("EU - Belarus talks" is a headline, not a dateline); a place with an
    agency, a date or a region is a dateline by its shape.
    """
    paragraphs = text.split("\n\n")
    for k, para in enumerate(paragraphs[:2]):
        m = _DATELINE.match(para)
        if not (m and m.end() > 0 and (m["place"] or m["publisher"]) and m.end() < len(para)):
            continue
        rest = para[m.end():]
        if not rest[:1].isalnum() and rest[:1] not in "\"'“‘(<":  # "<Goldstar Co>": the wires' company name
            continue
        if m["place"] and not (m["agency"] or m["date"] or m["region"] or m["publisher"]) \
                and (len(m["place"]) < 4 or not is_place(m["place"])):
            continue
        paragraphs[k] = rest
        place = m["place"].title() if m["place"] else None
        return Dateline(place, m["region"], m["publisher"] or m["agency"], m["date"]), "\n\n".join(paragraphs)
    return None, text
