"""When a word of force or protection is used in another sense: "won its legal battle", "a war of words", "led
the attack on EC farm reforms" (a contest or a quarrel, no force), "consumer protection", "protect its industry"
(protection by law or in trade, not by arms, CAMEO 074).

senses.py asks these while it reads a candidate's words.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.actor_words import POLICY_THINGS

#: what a "battle" or a "war" is fought with when no one is armed ("a legal battle", "a bidding war")
_NOT_ARMS = {"legal", "court", "courtroom", "judicial", "veto", "takeover", "bidding", "bid", "price", "pricing",
             "propaganda", "pr", "media", "verbal", "political", "budget", "budgetary", "election", "electoral",
             "ratings", "advertising", "custody", "bureaucratic", "diplomatic", "rhetorical", "ideological",
             "culture", "cultural", "procedural", "parliamentary", "constitutional", "leadership", "succession",
             "boardroom", "proxy", "currency", "patent", "copyright", "licensing", "lobbying", "publicity",
             "television", "tv", "advertisement", "campaign", "fundraising", "internet", "cyber", "information",
             "awareness", "marketing", "poster", "recruitment", "membership", "charm", "education",
             "vaccination", "safety", "sales", "promotional", "letter-writing", "petition"}
_FORCE_NOUNS = {"battle", "war", "fight", "fighting", "campaign", "offensive", "attack", "assault", "clash", "struggle",
                "crusade", "skirmish", "showdown", "duel", "warfare", "onslaught", "counterattack", "counteroffensive"}


def figurative_force(trigger: Token) -> str | None:
    """ "won its legal battle", "waged a propaganda war", "a war of words": force in a figure of speech. Returns
    "words" for a quarrel in words, "other" for a contest of another kind, None for a real use of force."""
    if trigger.lemma_.lower() == "stab" and any(p.lower_ == "in" and any(o.lower_ == "back" for o in p.children)
                                                 for p in trigger.children):
        return "other"  # "stabbed Turkey in the back": a betrayal
    if trigger.lemma_.lower() == "fire" and any(c.lemma_.lower() == "barrel" for c in trigger.children):
        return "words"  # "fired both barrels at the opposition's pet causes"
    if trigger.lemma_.lower() in ("clash", "battle", "spar", "fight", "wrangle") and any(
            p.dep_ == "prep" and p.lower_ == "over" and any(o.lemma_.lower() in _ISSUES for o in p.children)
            for p in trigger.children):
        return "words"  # "the two parties clashed over pension plans"
    if trigger.lemma_.lower() in _FORCE_NOUNS and any(
            p.dep_ == "prep" and p.lower_ in ("on", "against") and any(
                o.lemma_.lower() in _ISSUES or o.lower_.removesuffix("s") in _ISSUES for o in p.children)
            for p in trigger.children):
        return "words"  # "led the attack on EC farm reforms": a plan is fought in words
    nouns = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "obj", "attr"))]
    for noun in nouns:
        if noun.lemma_.lower() not in _FORCE_NOUNS:
            continue
        if any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ == "words" for o in p.children)
               for p in noun.children):
            return "words"
        if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _NOT_ARMS for c in noun.children):
            return "other"
    return None


def on_its_hands(trigger: Token) -> bool:
    """ "the carrier has a crew revolt on its hands", "a war on their hands": a trouble one faces,
    told as a figure, no act of anyone's."""
    holder = trigger.head if trigger.dep_ in ("dobj", "obj") else trigger
    return any(p.dep_ == "prep" and p.lower_ == "on" and any(o.lower_ == "hands" for o in p.children)
               for p in (*holder.children, *trigger.children))


#: what a quarrel in words is fought over
_ISSUES = POLICY_THINGS | {"tax", "spending", "issue", "vote", "reform", "pension", "immigration", "europe", "rate",
                           "strategy", "future", "leadership", "funding", "cut", "wage", "price", "tariff"}


#: what is protected, or protected from, in the senses of trade, law and business
_PROTECTED_THINGS = {"industry", "market", "economy", "job", "interest", "right", "privacy", "data", "environment",
                     "consumer", "investor", "currency", "brand", "patent", "copyright", "profit", "margin", "import",
                     "competition", "inflation", "tax", "creditor", "saver", "depositor", "pension", "wage",
                     "health", "boom", "growth", "stability", "recovery", "sector", "system", "value", "saving",
                     "asset", "reputation", "business", "earnings", "revenue", "investment", "bank", "banking",
                     "finance", "budget", "employment", "prosperity"}
_PROTECTION_KINDS = _NOT_ARMS | {"consumer", "data", "investor", "trade", "tariff", "intellectual", "environmental",
                                 "privacy", "employment", "job", "social", "deposit", "bankruptcy", "creditor",
                                 "price", "copyright", "patent", "human", "rights"}


def protection_of_another_kind(trigger: Token) -> bool:
    """Protection by law, in trade or in business, not by arms (CAMEO 074 is military protection)."""
    nouns = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "obj"))]
    if any(n.lemma_.lower() == "protection" and any(
            c.dep_ in ("compound", "amod", "nmod") and c.lower_ in _PROTECTION_KINDS for c in n.children)
           for n in nouns):
        return True
    if trigger.lemma_.lower() != "protect":
        return False
    things = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    things += [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "from"
               for o in p.children if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in _PROTECTED_THINGS for t in things)
