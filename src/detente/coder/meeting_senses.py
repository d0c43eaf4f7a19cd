"""What "meet" and "meeting" mean when they are no meeting of sides: a requirement met ("met the criteria",
"meet U.S. requests") and a company's own gathering ("its annual shareholders' meeting")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.coder.detect import Candidate

#: what one meets without meeting anyone ("met the criteria", "met Peru's demands")
_REQUIREMENTS = {"criterion", "criteria", "target", "demand", "deadline", "requirement", "condition", "standard",
                 "obligation", "cost", "need", "expectation", "goal", "quota", "payment", "term", "challenge",
                 "commitment", "threshold", "benchmark", "test", "forecast", "estimate", "shortfall", "bill", "request",
                 "wish", "concern", "objection"}


def met_a_requirement(trigger: Token, c: Candidate, doc: Doc) -> bool:
    """ "met the criteria", "meet 40 pct of the market's needs": a share of a requirement is one too."""
    if trigger.lemma_.lower() != "meet":
        return False
    objects = [doc[a.head] for a in c.targets if a.slot == "object"]
    return any(w.lemma_.lower() in _REQUIREMENTS for o in objects for w in (o, *(
        p for pr in o.children if pr.dep_ == "prep" and pr.lower_ == "of" for p in pr.children if p.dep_ == "pobj")))


#: what makes a meeting a company's own: "the annual shareholders' meeting", "a board meeting"
_CORPORATE_MEETINGS = {"shareholder", "stockholder", "annual", "board", "general", "creditor"}


def a_firm_s_own_meeting(trigger: Token) -> bool:
    """Is the meeting the act names or acts on a company's own gathering of its owners or board?"""
    meetings = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(m.lemma_.lower() == "meeting" and any(w.lemma_.lower().rstrip("'") in _CORPORATE_MEETINGS
                                                      for w in m.children if w.dep_ in ("amod", "compound", "poss"))
               for m in meetings)
