"""When an article tells one act again: a headline, a lede and the body, "the talks" after "will meet", an
agreement told as agreed and then as reached. Same actors, same kind of act, no other day: one event.
"""

from __future__ import annotations

import re
from dataclasses import replace

from detente.coder.codebook import is_mutual
from detente.coder.recode import recode
from detente.model import Actor, Event


def actor_code(a: Actor | None) -> str | None:
    """The actor's code, sectors aside (None for no target): what the guide compares sides by."""
    return a.code if a else None


def _kind(e: Event) -> str:
    """What counts as the same act told again: acts of force are one kind (a bombing told again as "the
    attack"); statements, intentions and threats (roots 01, 03, 13) are their root ("will strengthen
    cooperation", later "intends to develop a partnership"; "threatened to block funds", later "a threat to
    reduce funds"), appeals and demands (02, 10) one kind of asking; any other act is its code (a visit and the
    talks during it, cutting links and downgrading relations, are two acts). A planned visit and a planned
    meeting during it are two intentions, as the visit and the talks are two acts. A pull-out from a place,
    announced, decided or done, is one act however it is told."""
    if e.cameo_root in ("18", "19", "20") and e.cameo != "192":  # taking a town is more than attacking it
        return "force"
    if e.cameo == "036" and e.trigger.pattern and e.trigger.pattern.startswith("visit."):
        return "036:visit"
    if e.cameo in ("0356", "0874") or (e.cameo == "160" and "withdraw" in (e.trigger.pattern or "")):
        return "withdrawal"  # "the decision to pull troops out of Syria", later "decided to withdraw from Syria"
    if e.cameo.startswith(_FAULT_FINDING):
        # "wrote to the firms to challenge their fares", later "in the letters, it alleged the firms abused
        # their position": one complaint, told as a challenge, a criticism, an allegation or a protest
        return "fault-finding"
    if e.cameo_root in ("02", "10"):
        return "asking"  # "called on Japan to increase imports", later "said Japan must heed the report": one call
    return e.cameo_root if e.cameo_root <= "03" or e.cameo_root == "13" else e.cameo


# Disapproval in words (CAMEO 110, 111, 112x, 114): not rallying opposition (113), suing (115) or a verdict (116).
_FAULT_FINDING = ("110", "111", "112", "114")


def _compatible(a: str | None, b: str | None) -> bool:
    """Sectors that may name one actor: one left unsaid, rebels and insurgents (one group, told both ways), or
    lawmakers told once as members of parliament and again as opposition members, or a body told once by its
    name and again by its officers ("the European Community signed", then "its commissioner signed")."""
    return a is None or b is None or a == b or {a, b} in ({"REB", "INS"}, {"LEG", "OPP"}, {"IGO", "GOV"})


def restates(new: Event, old: Event) -> bool:
    """Is ``new`` the same act as ``old``, told again (a headline, a lede and the body; "blew up a pylon in
    what was the rebels' first attack")? Same actors (either way round for a meeting or a deal: "A met B",
    later "B's meeting with A"), same kind of act, and no different day given (a plan or a statement told
    again may be dated by another day's report)."""
    charged = new.cameo.startswith(_FAULT_FINDING) and old.cameo == "115"  # "The suit alleges", "It alleged"
    if _the_protest_again(new, old):
        return True
    if _kind(new) != _kind(old) and not _promised_and_done(new, old) and not _talks_told_again(new, old) \
            and not charged and not _agreed_and_reached(new, old):
        return False
    if new.cameo != old.cameo and _kind(new) == "fault-finding" and not _same_named(new, old) and not charged:
        return False  # a Tory's criticism, then a Liberal's accusation: opposition to government both, two acts
    if _kind(new) in ("03", "13"):  # "Reagan is ready to protect Kuwait's tankers", later "said the U.S. military
        new, old = _state_s(new), _state_s(old)  # would protect Kuwaiti oilers": a state's promise, by any arm
    if not (_same_sides(new.source, new.target, old.source, old.target, new.sentence, old.sentence) or (
            is_mutual(new.cameo) and new.sentence_index != old.sentence_index
            and _same_sides(new.source, new.target, old.target, old.source))):
        return False
    dated = new.date_precision == old.date_precision == "day" and new.cameo_root > "03"
    return not (dated and new.date != old.date)


def _the_protest_again(new: Event, old: Event) -> bool:
    """ "workers staged a general strike against the labour law", later "transit workers also joined in the
    protest": a protest or strike named with "the" after one was told is that one, whoever joins it."""
    if new.cameo_root != "14" or old.cameo_root != "14" or new.sentence_index <= old.sentence_index:
        return False
    before = new.sentence[:new.trigger.span[0]].lower().rstrip()
    return before.endswith((" the", " that", " this")) and " " not in new.trigger.text.strip() \
        and new.source.country == old.source.country and new.target is None


def _state_s(e: Event) -> Event:
    """The event with its source's armed forces read as its government (for promises and threats)."""
    return replace(e, source=replace(e.source, sector="GOV")) if e.source.sector == "MIL" else e


def _promised_and_done(new: Event, old: Event) -> bool:
    """One act told as a promise and as done, by the same words ("will lend Peru", later "is lending Peru"):
    the lede's announcement and the body's progress report of one loan, not a promise and another loan. Only
    when neither telling has a time of its own ("held talks last week" is an earlier meeting than "will hold
    talks") and the second does not say it is another ("will also continue a joint venture agreement"); but an
    act told undated and then as announced on a recent day ("Reagan's move to impose tariffs", then "Reagan last
    Friday announced he would raise tariffs") is one act, of that day."""
    if not new.trigger.pattern or new.trigger.pattern != old.trigger.pattern or _says_another(new):
        return False
    if old.date_precision == "published" and new.date_precision in ("day", "week") \
            and recode(old.cameo, "intent") == new.cameo:
        return True  # "Reagan's move to impose tariffs", then "Reagan last Friday announced he would raise tariffs"
    if not new.date_precision == old.date_precision == "published":
        return False
    return recode(new.cameo, "intent") == old.cameo or recode(old.cameo, "intent") == new.cameo


_ANOTHER = re.compile(r"\b(also|another|second|further|new)\b", re.IGNORECASE)


def _says_another(e: Event) -> bool:
    """Does the sentence call the act another, up to its trigger ("will also continue a joint venture agreement")?
    Words after it are of other things ("... and warned the move could create new crises")."""
    return bool(_ANOTHER.search(e.sentence[:e.trigger.span[1]]))


_AGREEMENT_NOUNS = ("agreement", "accord", "deal", "pact", "treaty", "understanding")


def _agreed_and_reached(new: Event, old: Event) -> bool:
    """ "Britain and Japan agreed to operate 12 flights a week", then "both countries reached agreement at their
    talks": what was agreed and the agreement reached are one act, told twice (in either order), unless the
    second says it is another."""
    def agreed(e: Event) -> bool:
        return e.cameo_root == "03" and e.trigger.text.lower().startswith("agree")

    def reached(e: Event) -> bool:
        return e.cameo == "057" and e.trigger.text.lower().split()[-1].rstrip("s") in _AGREEMENT_NOUNS

    return ((agreed(old) and reached(new)) or (reached(old) and agreed(new))) \
        and not _says_another(new) and (new.date_precision != "day" or new.date == old.date)


def _talks_told_again(new: Event, old: Event) -> bool:
    """ "Garcia will meet Pinochet on Thursday", then "the outcome of the talks between Garcia and Pinochet":
    the meeting announced, named again by "the", not another meeting (one that has a day of its own may be);
    talks held, then talks of "the two countries": the sides named by the talks told before; "met X to try to
    negotiate a deal": the talks are what the meeting was for, one act."""
    if _meeting_s_purpose(new, old):
        return True
    if (old.cameo != "036" and old.cameo_root != "04") or new.cameo_root != "04" or new.date_precision == "day":
        return False
    if (new.source.entry or "") == "context:the-two":
        return True  # "long-running negotiations between the two countries": the talks told before, by their sides
    # "talks started by KLM with X last week", then "when announcing the negotiations with X": the same talks
    return old.cameo in ("036", "040", "046") and bool(re.search(r"\bthe (\w+ )?$",
                                                                new.sentence[:new.trigger.span[0]].lower()))


def _meeting_s_purpose(new: Event, old: Event) -> bool:
    """Is ``new`` the talks a meeting told just before it in the sentence was held for ("met with X to negotiate")?"""
    if new.sentence_index != old.sentence_index or new.cameo_root != "04" or old.cameo_root != "04" \
            or old.trigger.span[1] > new.trigger.span[0]:
        return False
    between = new.sentence[old.trigger.span[1]:new.trigger.span[0]]
    return bool(_PURPOSE_TO.search(between)) and not _CLAUSE_BREAK.search(between)


_PURPOSE_TO = re.compile(r"\bto (?:(?:try|seek|attempt|hope) to )?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;,]|\b(?:and|but|while|after|before)\b", re.IGNORECASE)


def _same_named(new: Event, old: Event) -> bool:
    """The same source by name and the same target by code: one complaint told two ways, not two critics."""
    def who(a: Actor | None) -> str | None:
        return a.name or a.text.lower() if a else None

    return who(new.source) == who(old.source) and (new.target and new.target.code) == (old.target and old.target.code)


def names_the_target_of(new: Event, old: Event) -> bool:
    """Does ``new`` tell a target-less ``old`` again, now naming whom it was aimed at?"""
    dated = new.date_precision == old.date_precision == "day"
    return old.target is None and new.target is not None and not _employer(new.target) and _kind(new) == _kind(old) \
        and new.source.code == old.source.code and _compatible(new.source.sector, old.source.sector) \
        and not (dated and new.date != old.date)


def _same_sides(source: Actor | None, target: Actor | None, old_source: Actor | None,
                old_target: Actor | None, sentence: str = "", old_sentence: str = "") -> bool:
    def sector(a: Actor | None) -> str | None:
        return a.sector if a else None

    told_before = target is not None and old_target is not None and (
        _vague(target, sentence) or _vague(old_target, old_sentence))
    # "bank workers launched a strike", then "530,000 bank workers were on strike" against their banks: the
    # employer the second was given names no one the first did not
    unnamed = (target is None and old_target is not None and _employer(old_target)) or (
        old_target is None and target is not None and _employer(target))
    # "Police detained three executives", then "would not say why the two were held by police"
    untold = target is None and old_target is not None
    same_target = told_before or unnamed or untold or (actor_code(target) == actor_code(old_target)
                                  and _compatible(sector(target), sector(old_target)))
    return actor_code(source) == actor_code(old_source) and _compatible(sector(source), sector(old_source)) \
        and same_target


def _employer(a: Actor) -> bool:
    """The employer a strike was given from its strikers' trade ("bank workers": the banks), named by no one."""
    return a.entry == "context:employer"


def _vague(a: Actor, sentence: str) -> bool:
    """No one named: people given the place's state, or "the two men" told of before."""
    entry = a.entry or ""
    if not entry.startswith("context:"):
        return False
    before = sentence[:a.span[0]].lower() if a.span else ""
    return entry.startswith("context:domestic") or before.endswith("the ") or a.text.lower().startswith("the ")
