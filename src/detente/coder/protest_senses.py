"""Which words tell of a protest: "demonstrated its resolve" and "the march to prosperity" tell of none; a crowd
that gathers to urge its government is staging a rally, whose demand is only its purpose (ANNOTATION.md:
demonstrations and rallies are 14x)."""

from __future__ import annotations

from spacy.tokens import Token

#: verbs of a crowd coming together in a place
_GATHERING = {"gather", "rally", "assemble", "converge", "march", "parade", "throng", "mass", "turn"}


def gathered_to_ask(trigger: Token) -> bool:
    """ "Thousands of farmers gathered in Tokyo to urge the government ...": the appeal is the rally's purpose
    (an infinitive hung on the gathering), and a crowd's gathering is the act."""
    gov = trigger.head
    return trigger.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) \
        and gov.lemma_.lower() in _GATHERING and (gov.lemma_.lower() != "turn" or any(
            c.dep_ == "prt" and c.lower_ == "out" for c in gov.children))


def shows_something(trigger: Token) -> bool:
    """ "demonstrating Russia's new clout", "demonstrated its resolve": showing something, not a protest."""
    return trigger.lemma_.lower() == "demonstrate" and any(c.dep_ in ("dobj", "obj", "ccomp") for c in trigger.children)


#: where a figurative march leads: "the uneven march to greater prosperity", "the march of progress"
_GOALS = {"prosperity", "wealth", "riches", "affluence", "democracy", "freedom", "liberty", "independence",
          "sovereignty", "autonomy", "statehood", "nationhood", "self-rule", "self-determination", "power", "victory",
          "war", "peace", "modernity", "modernisation", "modernization", "reform", "socialism", "communism",
          "capitalism", "growth", "recovery", "integration", "unification", "reunification", "unity", "dominance",
          "supremacy", "hegemony", "progress", "development", "industrialisation", "industrialization",
          "globalisation", "globalization", "irrelevance", "oblivion", "extinction", "bankruptcy", "disaster",
          "catastrophe", "ruin", "collapse", "dictatorship", "authoritarianism", "tyranny", "greatness", "glory",
          "success", "prominence", "respectability", "normality", "normalcy", "civilisation", "civilization",
          "equality", "emancipation", "membership", "accession", "default", "recession", "time", "history",
          "economy", "market", "change", "privatisation", "privatization", "liberalisation", "liberalization"}


def march_to_a_goal(trigger: Token) -> bool:
    """ "China's uneven march to greater prosperity", "led the country's march towards democracy", "the march of
    progress": a march to an abstract goal is a figure of speech, no demonstration."""
    marches = [m for m in (trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "obj")))
               if m.lemma_.lower() == "march"]
    for m in marches:
        # the parser may hang "to greater prosperity" on a verb before the march: the next word says where it goes
        follows = [m.doc[m.i + 1]] if m.i + 1 < len(m.doc) else []
        preps = [p for p in (*m.children, *follows) if p.dep_ == "prep" and p.lower_ in ("to", "towards",
                                                                                          "toward", "of")]
        if any(o.dep_ == "pobj" and o.lemma_.lower() in _GOALS for p in preps for o in p.children):
            return True
    return False


#: what makes a riot, a revolt or vandalism a figure: "diplomatic vandalism", "a last-minute revolt" in a vote
_NOT_IN_THE_STREET = {"diplomatic", "political", "parliamentary", "backbench", "legislative", "shareholder",
                      "investor", "consumer", "taxpayer", "tax", "voter", "last-minute", "boardroom", "intellectual",
                      "cultural", "verbal", "electoral", "party", "cabinet", "ministerial"}


def figurative_riot(trigger: Token) -> bool:
    """ "an act of wanton diplomatic vandalism", "a last-minute revolt by Democrats and Republicans": no riot."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    mods = [c for c in trigger.children if c.dep_ in ("amod", "compound")]
    words = {c.lower_ for c in mods} | {"-".join(t.lower_ for t in c.subtree if not t.is_punct) for c in mods}
    return bool(words & _NOT_IN_THE_STREET)


def measured_space(trigger: Token) -> bool:
    """ "will occupy 537,000 square feet under a lease": floor space taken, no square or road occupied."""
    return trigger.lemma_.lower() == "occupy" and any(
        o.dep_ in ("dobj", "obj") and any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in o.children)
        for o in trigger.children)


#: the dead a vigil may be held for: "a vigil for their friend", "for the victims"
_MOURNED = {"friend", "victim", "dead", "mother", "father", "son", "daughter", "brother", "sister", "family",
            "child", "children", "comrade", "colleague", "memory"}


def mourning(trigger: Token) -> bool:
    """ "held a vigil for their friend", "a vigil in memory of the victims": mourning, no protest at anyone."""
    vigils = [v for v in (trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "obj")))
              if v.lemma_.lower() == "vigil"]
    if vigils and any(t.lemma_.lower() in ("death", "die", "funeral", "mourn", "memorial") for t in trigger.sent):
        return True  # "confirmed his death as 300 Kurds held a twilight vigil"
    preps = [p for v in vigils for p in (*v.children, *v.head.children)
             if p.dep_ == "prep" and p.lower_ in ("for", "in")]
    return any(o.dep_ == "pobj" and (o.lemma_.lower() in _MOURNED or o.ent_type_ == "PERSON")
               for p in preps for o in p.children)


#: those who march as soldiers march, not as a crowd
_FORCES = {"troop", "soldier", "army", "force", "tank", "column", "unit", "battalion", "brigade", "regiment",
           "division", "militia", "marine", "paratrooper", "commando"}


def troops_marching(trigger: Token) -> bool:
    """ "Scores of Syrian troops marched into the refugee camp": a force moving in, "marched away": one leaving;
    no demonstration."""
    if trigger.lemma_.lower() not in ("march", "parade"):
        return False
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    subjects += [p for s in subjects if s.lemma_.lower() in ("score", "hundred", "thousand", "dozen")
                 for c in s.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if any(s.lemma_.lower() in _FORCES for s in subjects):
        return True
    # "watch the Americans march away", "marched off": leaving, no demonstration
    return any(c.dep_ in ("advmod", "prt") and c.lower_ in _AWAY for c in trigger.children)


_AWAY = {"away", "off", "home", "back"}


def the_month(trigger: Token) -> bool:
    """ "joining in March 1986": the month, no march."""
    near = [trigger, *trigger.children, *(p for c in trigger.children if c.dep_ == "prep" for p in c.children)]
    marches = [m for m in near if m.lower_ == "march"]
    return any(m.text == "March" and (m.ent_type_ == "DATE" or (m.i + 1 < len(m.doc) and m.nbor().like_num))
               for m in marches)


def no_protest(trigger: Token) -> bool:
    """A protest word in another sense: something shown, a march to a goal, a riot in a figure, mourning, floor
    space occupied, troops marching in."""
    return any(f(trigger) for f in (shows_something, march_to_a_goal, figurative_riot, mourning, measured_space,
                                    troops_marching, the_month))
