"""Who does what to whom in the parse: the tokens that hold an event's object, source and target.

These are pure functions of spaCy tokens, shared by the verbal and nominal coders in :mod:`detente.coder.detect`:
the direct or prepositional object, the subject (or by-agent of a passive) found by climbing through
infinitives, conjunctions and relative clauses, and the agent of an event noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.actor_words import PEOPLE_NOUNS, PERSON_ROLES
from detente.coder.by_phrases import doer_of, subject_read_as_object
from detente.coder.modality_marks import FRAMING_NOUNS, framing_noun
from detente.coder.modality_words import REQUEST_VERBS, WANT_VERBS
from detente.coder.other_sides import VICTIM_NOUNS
from detente.coder.unasserted import being_on, infinitive

SUBJECTS = {"nsubj", "csubj"}
PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}


def patients(verb: Token) -> list[Token]:
    """Who or what a passive verb is done to: its passive subject, or the noun a participle modifies
    ("rebels backed by Rwanda", "the sanctions imposed on Iran")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        head = verb.head
        # "a ceasefire between Israel and Hamas, brokered by Egypt": the parser often hangs the participle on
        # the last noun of the phrase; the phrase's own noun is a patient too
        owner = head.head.head if head.dep_ in ("pobj", "conj") and head.head.dep_ == "prep" else None
        if head.dep_ == "conj" and head.head.dep_ == "pobj":
            owner = head.head.head.head if head.head.head.dep_ == "prep" else None
        return [head] + ([owner] if owner is not None and owner.pos_ == "NOUN" else [])
    own = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
    return own or (patients(verb.head) if _shares_passive(verb) else [])


def object_of(verb: Token, particle: str | None = None) -> list[Token]:
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "attr", "oprd")]
    if not objs and (is_passive(verb) or verb.dep_ == "acl"):
        objs = patients(verb)
    if particle:  # "called off the strike": the parser hangs the object on the particle
        objs += [p for c in verb.children if c.lower_ == particle for p in c.children if p.dep_ == "pobj"]
    if not objs:  # "agreed to US mediation", "consented to talks": a prepositional object
        objs = [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"][:1]
    out = []
    for o in objs:
        out.extend([o, *[c for c in o.children if c.dep_ == "conj"]])
    return out


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASSIVE_SUBJECTS or c.dep_ == "auxpass" for c in verb.children) or _shares_passive(verb)


def _shares_passive(verb: Token) -> bool:
    """ "were neutralised, killed or captured": a bare participle joined to a passive verb is passive too."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children) and is_passive(verb.head)


_CURRENCY = {"dlr", "dlrs", "dollar", "dollars"}
_SUITS = {"lawsuit", "suit", "case", "action", "claim", "litigation"}


def _gerund_in_passive(verb: Token) -> bool:
    """ "died in air raids and shelling by troops loyal to X": a bare gerund the parser joined to a
    passive verb is a noun of the act ("shelling"), not a second verb of the passive's subject."""
    return verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.i != verb.i and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children) and is_passive(verb.head)


def _by_whom(verb: Token) -> Token | None:
    return next((doer_of(c) for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"), None)


def noun_matches(tok: Token, phrase: tuple[str, ...]) -> bool:
    """Does the multi-word noun ``phrase`` end at ``tok`` ("air strike")?"""
    if tok.lemma_.lower() != phrase[-1] and tok.lower_ != phrase[-1]:
        return False
    start = tok.i - len(phrase) + 1
    if start < tok.sent.start:
        return False
    return all(tok.doc[start + k].lower_ == w or tok.doc[start + k].lemma_.lower() == w
               for k, w in enumerate(phrase[:-1]))


#: what a compound noun may measure rather than name ("trade surplus", "export growth")
_MEASURES = {"surplus", "deficit", "gap", "imbalance", "balance", "figure", "data", "statistic", "volume", "growth",
             "level", "rate", "share", "value", "total",
             # or what it is about: "end a trade dispute", "suspend trade talks" end the dispute, not the trade
             "dispute", "row", "spat", "war", "conflict", "tension", "friction", "talk", "negotiation", "relation",
             "tie", "policy", "issue", "problem", "barrier"}


def object_hit(obj: Token, objects: tuple[tuple[str, ...], ...]) -> Token | None:
    """The token in the object that satisfies the pattern: the object itself, its of-complement or a noun
    compounded to it ("a package of sanctions", "mediation efforts"), unless the head measures it or says what
    it is about ("cut its trade surplus", "end a trade dispute")."""
    cands = [obj]
    quantity = obj.like_num or obj.lower_ in _QUANTITY_NOUNS or any(c.like_num for c in obj.children)
    for c in obj.children:
        if c.dep_ == "prep" and (c.lower_ == "of" or (c.lower_ == "in" and quantity)):
            # "a package of sanctions", "300 million dollars in sanctions"
            cands.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "compound" and c.pos_ == "NOUN" and obj.lemma_.lower() not in _MEASURES:
            cands.append(c)  # but "cut its trade surplus": a measure of trade, not trade itself
    for cand in cands:
        if any(noun_matches(cand, o) for o in objects):
            return cand
    if PERSON_OBJECT in objects and obj.pos_ in ("PRON", "PROPN") and obj.lower_ not in ("it", "its", "this") \
            and not any(c.dep_ == "conj" and c.pos_ == "NOUN" for c in obj.children):
        return obj  # "received him", "is received by": a person or a named actor (not "received US and
        # British support", a list the parser heads with its first modifier)
    if PLACE_OBJECT in objects and obj.pos_ == "PROPN" and obj.ent_type_ != "NORP":
        from detente.coder.where import gazetteer, lookup  # where.py reads this module

        ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), obj.doc[obj.i:obj.i + 1])
        found = lookup(ent.text)
        if found is not None and found.country and ent.text.lower().removeprefix("the ") not in gazetteer().countries:
            return obj  # "captured Goma": a town, not a state ("took Russia to court")
    return None


_RELATIVES = {"who", "that", "which"}


def _can_act(noun: Token, relative: Token) -> bool:
    """ "Protesters who", "the EU, which", "rebels that": someone who can act; "a resolution that aims"
    is a text, not its authors."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return relative.lower_ == "who" or noun.pos_ == "PROPN" or noun.tag_ == "NNS"


AGENT_ROLE_WORDS = {"military", "army", "police", "rebel", "militant", "insurgent", "government", "guerrilla",
                    "separatist", "jihadist", "terrorist", "paramilitary", "militia"}

#: In a pattern's objects, "@person": any pronoun or proper name (a visitor, not "aid" or "criticism").
PERSON_OBJECT = ("@person",)
#: "@place": a town or region the gazetteer knows ("seized Goma").
PLACE_OBJECT = ("@place",)
_QUANTITY_NOUNS = {"dlrs", "dollars", "dollar", "euros", "euro", "pounds", "million", "billion", "mln", "bln",
                   "tons", "tonnes", "worth", "amount", "sum", "package", "round", "batch", "wave", "series"}


def prep_objects(host: Token, word: str) -> list[Token]:
    out = []
    for c in host.children:
        if c.dep_ in ("prep", "dative", "agent", "prt") and c.lower_ == word:
            found = [p for p in c.children if p.dep_ in ("pobj", "pcomp")
                     and not (word == "on" and p.lemma_.lower() in ("side", "behalf"))]  # "fought on the side of X"
            if not found and is_passive(host):  # "were fired on by extremists": the subject is the object
                found = patients(host)
            out.extend(found)
        elif c.dep_ in ("prep", "prt") and c.lower_ in ("out", "up", "off", "away", "back", "down"):
            # "pulled out of the government": the preposition hangs on the particle
            out.extend(p for cc in c.children if cc.dep_ == "prep" and cc.lower_ == word
                       for p in cc.children if p.dep_ == "pobj")
        elif word in ("to", "for") and c.dep_ == "dative" and c.pos_ in ("NOUN", "PROPN"):
            out.append(c)  # "gave Ivory Coast aid": the indirect object is the "to" of "gave aid to"
        elif word == "to" and c.dep_ == "advmod" and c.lower_ == "here" and host.lemma_.lower() in _COMING:
            out.append(c)  # "a visit here next week", "flew here": to the dateline's place
        elif word == "with" and c.dep_ == "prep" and c.lower_ in ("in", "at"):
            # "reached a deal in court with X", "met in Geneva with X", "agreed in principle with X": the parser
            # hangs "with" on the place or the manner
            out.extend(p for pobj in c.children if pobj.dep_ == "pobj" and (_venue(pobj) or pobj.lower_ == "principle")
                       for cc in pobj.children if cc.dep_ == "prep" and cc.lower_ == "with"
                       for p in cc.children if p.dep_ == "pobj")
    return out


_COMING = {"visit", "trip", "tour", "travel", "fly", "come", "journey", "head"}
_VENUES = {"court", "city", "capital", "town", "hotel", "palace", "office", "headquarters", "residence",
           "building", "ministry", "embassy", "house", "room", "village", "resort", "camp", "base"}


def _venue(tok: Token) -> bool:
    """A place one meets or settles in ("in Geneva", "in federal court"), not an event ("in talks")."""
    return tok.lemma_.lower() in _VENUES or (tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "LOC", "FAC"))


def _passive_participle(verb: Token) -> bool:
    """ "a truce brokered by Qatar", "Africans expelled from Nigeria" (the parser often hangs it on the main
    verb): a bare past participle is done to someone; only "by" names who did it. (The tagger may call it a past
    tense: "the policies agreed under the Louvre pact".)"""
    if verb.tag_ == "VBD" and verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "obj", "pobj") \
            and not any(c.dep_ in SUBJECTS for c in verb.children):
        return True  # (not "Humala's allies called on Chile", the parser's only verb hung on its subject)
    return verb.tag_ == "VBN" and (verb.dep_ == "acl" or (verb.dep_ == "advcl" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)))


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary heading its own clause ("posters - recently withdrawn from the
    website - were ...", a headline's "Troops withdrawn"): a passive whatever the parser hangs on it, its subject
    the thing done to."""
    if any(c.dep_ == "nsubj" for c in verb.children) and (verb.lemma_.lower() in _NEVER_DONE_TO or (
            verb.lemma_.lower() in ("fight", "battle") and any(
                c.dep_ == "prep" and c.lower_ in ("with", "against") for c in verb.children))):
        return False  # "Kurdish militias clashed with Turkish troops", the tagger's VBN: no one is clashed
    return verb.tag_ == "VBN" and verb.dep_ in ("ROOT", "ccomp") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


#: verbs no one undergoes: a subject of theirs acts, whatever the tagger calls the verb's form
_NEVER_DONE_TO = {"clash", "skirmish", "riot", "rally", "march", "demonstrate", "retaliate", "resign", "collide"}


#: verbs whose event sense takes no object: in "were pursuing retreating troops" the parser makes the troops the
#: participle's object, but they are who retreats
_OBJECTLESS = {"retreat", "flee", "surrender", "capitulate"}


def described_noun(verb: Token) -> Token | None:
    """The noun an attributive participle of an objectless verb describes, which the parser took for its object."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _OBJECTLESS or verb.dep_ not in ("xcomp", "amod", "acl"):
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children) or not verb.i + 1 < len(verb.doc):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i
                 and all(t.dep_ in ("amod", "compound", "det", "nummod") for t in verb.doc[verb.i + 1:c.i])), None)


def _last_of_pair(clause: Token) -> Token | None:
    """ "friction between Cairo and Khartoum, which has used militias": a singular relative clause
    right after the last of joined nouns is about that one, wherever the parser hangs it."""
    head = clause.head
    last = next((c for c in reversed(list(head.children)) if c.dep_ == "conj"), None)
    singular = clause.tag_ == "VBZ" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in clause.children)
    return last if last is not None and singular and last.i < clause.left_edge.i else None


#: what one gives someone to do something with: "gave a green light to the regime to kill"
_LEAVE = {"light", "permission", "go", "approval", "authority", "mandate", "licence", "license", "blessing"}


def allowed_agent(verb: Token) -> Token | None:
    """ "gave a green light to the junta to kill", "gave Ankara the go-ahead to attack": the one
    allowed does the infinitive, not the one who allowed it."""
    gov = verb.head
    if verb.dep_ not in ("advcl", "xcomp", "acl") or not infinitive(verb) or gov.pos_ not in ("VERB", "NOUN"):
        return None
    host = gov.head if gov.pos_ == "NOUN" else gov
    if not any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _LEAVE for c in (gov, *host.children)):
        return None
    return next((p for c in host.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                 for p in c.children if p.dep_ == "pobj"),
                next((c for c in host.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"), None))


def find_agent(verb: Token, depth: int = 0) -> Token | None:
    """The token heading whoever performs ``verb``, climbing through infinitives and conjunctions."""
    if (described := described_noun(verb)) is not None:
        return described
    if is_passive(verb) or _passive_participle(verb) or _bare_participle(verb):  # "a truce brokered by Qatar"
        shared = [verb.head] if _shares_passive(verb) else []
        for host in (verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"), *shared):
            for c in host.children:  # "were beaten and arrested by police": the agent of both
                if c.dep_ == "agent":
                    return doer_of(c)
        # "were killed in air raids and shelling by Assad's forces": the shelling's agent killed them
        return next((_by_whom(c) for c in verb.children if _gerund_in_passive(c) and _by_whom(c) is not None), None)
    for c in verb.children:
        if c.dep_ in SUBJECTS:
            if verb.dep_ == "relcl" and c.lower_ in _RELATIVES and _can_act(verb.head, c):
                return _last_of_pair(verb) or verb.head  # "protesters who stormed the parliament": the noun
                # the clause is about
            return c
    if depth >= 4 or verb.head.i == verb.i:
        return None
    gov = verb.head
    if verb.dep_ == "xcomp" and gov.lemma_.lower() in REQUEST_VERBS | WANT_VERBS:
        obj = next((c for c in gov.children if c.dep_ in ("dobj", "obj")), None)
        if obj is not None:
            return obj
    if verb.dep_ == "xcomp" and (noun := framing_noun(gov)) is not None:
        return nominal_agent(noun, depth + 1)  # "condemned US threats to strike": the threat's owner, if named
    if verb.dep_ == "xcomp" and gov.pos_ in ("VERB", "AUX") and is_passive(gov):
        # "The president is scheduled to visit", "was asked to leave": the passive's subject does the infinitive
        subj = next((c for c in gov.children if c.dep_ in PASSIVE_SUBJECTS), None)
        if subj is not None:
            return subj
    if _gerund_in_passive(verb):
        return _by_whom(verb)  # "... killed in air raids and shelling by X": X shelled, not the ones killed
    if (allowed := allowed_agent(verb)) is not None:
        return allowed
    if verb.dep_ == "conj" and _joined_to_the_saying(verb, gov):
        return find_agent(gov.head, depth + 1)
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") and _to_do(gov):  # "said it would not allow Iran to
        while _to_do(gov) and gov.head.i != gov.i:  # use missiles and offered its warships": a past verb joins
            gov = gov.head  # no "to" infinitive; it is the act of the clause above
        return find_agent(gov, depth + 1)
    if verb.dep_ == "conj" and gov.pos_ in ("VERB", "AUX") and is_passive(gov):
        # "He will be received ... and will meet the President": the first verb's subject, not its agent
        return next((c for c in gov.children if c.dep_ in PASSIVE_SUBJECTS), None)
    if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "pcomp") and gov.pos_ in ("VERB", "AUX"):
        return subject_read_as_object(verb) or find_agent(gov, depth + 1)
    if verb.dep_ in ("xcomp", "ccomp") and gov.pos_ in ("NOUN", "PROPN"):
        # "Al-Shabaab claims to have killed ...": a verb the tagger took for a noun still has its subject
        subj = next((c for c in gov.children if c.dep_ in SUBJECTS), None)
        if subj is not None:
            return subj
    if verb.dep_ == "xcomp" and gov.pos_ == "ADJ" and gov.head.pos_ in ("VERB", "AUX"):
        return find_agent(gov.head, depth + 1)  # "Syria is willing to withdraw"
    if verb.dep_ in ("relcl",) and gov.pos_ in ("NOUN", "PROPN"):
        if gov.lemma_.lower() in FRAMING_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return nominal_agent(gov, depth + 1)  # "Polish threats to attack": the threat's owner
        return gov
    if verb.dep_ == "acl" and gov.pos_ in ("NOUN", "PROPN"):
        if verb.tag_ == "VBN":  # "journalists arrested in Diyarbakir": the noun is who it was done to
            return None
        if verb.tag_ == "VBG" and ((gov.tag_ in ("NNS", "NNPS") and gov.lemma_.lower() in PEOPLE_NOUNS)
                                   or gov.lemma_.lower() in PERSON_ROLES):
            return gov  # "Spanish farmers demanding a better deal", "the US president complying with": they do it
        return nominal_agent(gov, depth + 1)
    if verb.dep_ == "pcomp" and gov.head.pos_ in ("VERB", "AUX"):
        blamed = next((c for c in gov.head.children if c.dep_ in ("dobj", "obj")), None)
        if depth == 0 and gov.lower_ == "for" and blamed is not None and gov.head.lemma_.lower() not in _MEANS_VERBS:
            return blamed  # "criticised Japan for sending warships", "thanked Oslo for hosting": the one judged
        if gov.lower_ == "of" and blamed is not None and gov.head.lemma_.lower() in _CHARGING:
            return blamed  # "accusing his arch-foe of trying to build a foothold": the one accused would build it
        return find_agent(gov.head, depth + 1)
    return None


#: verbs whose object is charged "of" an act, which the object did or would do
_CHARGING = {"accuse", "suspect", "charge", "convict", "acquit", "clear", "absolve"}
#: "used the planes for bombing": what one uses is no doer of what it is used for
_MEANS_VERBS = {"use", "employ", "need", "require", "prepare", "equip", "train", "buy", "sell", "build"}


#: "X forced / compelled / led Y to V": Y does V, whoever or whatever made it
CAUSATIVE_VERBS = {"force", "compel", "oblige", "obligate", "prompt", "lead", "drive", "cause", "spur", "induce",
                   "persuade", "convince", "move"}


def forced_agent(verb: Token, participle: bool = False) -> Token | None:
    """The object of a causative verb that ``verb`` is the infinitive of ("a fuel shortage forced the president
    to halt exports": the president), through verbs joined to it that share its subject. ``participle``: the
    causative may be a participle with no subject of its own ("seized the capital, forcing Hadi to resign")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in SUBJECTS for c in verb.children):
        verb = verb.head
    gov = verb.head
    if verb.dep_ != "xcomp" or gov.lemma_.lower() not in CAUSATIVE_VERBS:
        return None
    if not (any(c.dep_ in SUBJECTS for c in gov.children) or (participle and gov.tag_ == "VBG")) or any(
            c.dep_ == "aux" and (c.tag_ in ("TO", "MD")) for c in gov.children):
        return None  # "would be enough to force Syria to negotiate": no one has been made to do anything
    return next((c for c in gov.children if c.dep_ in ("dobj", "obj")), None)


def find_agents(verb: Token) -> list[Token]:
    """Who may perform ``verb``, best first: its agent (:func:`find_agent`) and, under a causative verb, the one
    made to do it. Resolution takes the first that names an actor, so "Peru's fuel shortage forced the
    president to halt exports" is the president's act, and "Lima forced the firm to halt exports" Lima's."""
    out = [t for t in (find_agent(verb), forced_agent(verb)) if t is not None]
    return [t for k, t in enumerate(out) if all(t.i != u.i for u in out[:k])]


def _to_do(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _joined_to_the_saying(verb: Token, gov: Token) -> bool:
    """ "Moscow has said its missions are watched and has accused Washington": the parser joins the second verb
    to the reported clause, but its own auxiliary goes with the verb of saying (the same "has") or cannot go
    with the reported clause's subject ("missions ... has"), or its tense breaks with the reported clause's; it
    is the speaker's act."""
    if gov.dep_ != "ccomp" or gov.head.pos_ not in ("VERB", "AUX") or any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS
                                                                            for c in verb.children):
        return False
    own = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "VBD", "MD")), None)
    if own is None:
        # "complained that its firms are being squeezed out and threatened to restrict ...": a past verb cannot
        # share the reported clause's present tense; it is the complainer's second act
        return verb.tag_ == "VBD" and gov.head.i < gov.i and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be" for c in gov.children)
    upper = {c.lower_ for c in gov.head.children if c.dep_ == "aux"}
    lower = {c.lower_ for c in gov.children if c.dep_ in ("aux", "auxpass")}
    if own.lower_ in upper and own.lower_ not in lower:
        return True
    subj = next((c for c in gov.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS), None)
    if subj is None or subj.pos_ == "PRON":
        return False
    plural = subj.tag_ in ("NNS", "NNPS")
    return (own.tag_ == "VBZ" and plural) or (own.tag_ == "VBP" and not plural)


def nominal_agent(noun: Token, depth: int = 0) -> Token | None:
    """Who acts in a nominal event: "China's sanctions", "sanctions by the EU", the light verb's subject, or
    else a role word modifying it ("a military coup", "a rebel attack")."""
    found = _nominal_agent(noun, depth)
    if found is None and depth == 0:
        found = next((c for c in noun.children
                      if c.dep_ in ("compound", "amod") and c.lower_ in AGENT_ROLE_WORDS), None)
    return found


def _nominal_agent(noun: Token, depth: int = 0) -> Token | None:
    for c in noun.children:  # "the activist's arrest by police": the "by" phrase, not the possessor
        if c.dep_ == "prep" and c.lower_ == "by":
            return doer_of(c)
        if c.dep_ == "acl" and c.tag_ == "VBN" and lemma_forms(c) & SUPPORT_VERBS - _THIRD_PARTIES and any(
                a.dep_ == "agent" for a in c.children):  # "launched by"
            return next(doer_of(a) for a in c.children if a.dep_ == "agent")
    for c in noun.children:
        if c.dep_ == "poss":
            return None if _undergoer(noun, c) else c
    for c in noun.children:
        if c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper() and not (
                c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in _CURRENCY) and not (  # "a 15 mln U.S. dlr venture"
                c.i == c.sent.start and not c.ent_type_) and not (  # "Criminal probe on X deals": a headline's word
                noun.lemma_.lower() in _SUITS and c.ent_type_ in ("GPE", "NORP")):  # "a US lawsuit": its court
            return c
    if c_of := [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]:
        # "accepted the resignation of Carical's president": the one who resigns, not who accepts it
        if noun.lemma_.lower() in ("decision", "intention", "plan", "readiness", "move", "resignation", "departure",
                                   "abdication"):
            return next((p for p in c_of[0].children if p.dep_ == "pobj"), None)
    if depth >= 4:
        return None
    head = noun.head
    # "launched an attack", "imposed sanctions": a support verb's subject does the noun's act; "condemned the
    # attack", "confront a wave of kidnappings": any other verb's subject does something else to it.
    if noun.dep_ in ("dobj", "obj", "attr") and head.pos_ in ("VERB", "AUX") and (
            lemma_forms(head) & SUPPORT_VERBS or noun.dep_ == "attr"):
        return find_agent(head, depth + 1)
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "of":
        owner = head.head
        if owner.lemma_.lower() in VICTIM_NOUNS:
            return None  # "have been targets of attacks": the one who is the target does not attack
        if owner.pos_ == "NOUN":
            return _nominal_agent(owner, depth + 1)
        # "the introduction by Minsk of restrictions": the parser hangs "of" on the agent itself.
        if owner.pos_ == "PROPN" and owner.dep_ == "pobj" and owner.head.lower_ == "by":
            return owner
    # "X engaged in fighting": only participation verbs lend their subject to an event noun in their
    # prepositional phrase; "closed the border because of fighting" says nothing of who fought.
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "into") \
            and head.head.lemma_.lower() in _PARTICIPATION_VERBS:
        return find_agent(head.head, depth + 1)
    if noun.dep_ == "pobj" and being_on(head, head.head):
        return find_agent(head.head, depth + 1)  # "miners went on strike", "were on a visit to Moscow"
    return None


#: who arranges others' act is no party to it: "talks brokered by Russia", "a summit hosted by Egypt"
_THIRD_PARTIES = {"broker", "mediate", "host", "organize", "organise", "sponsor", "chair", "convene", "arrange"}

#: acts a person undergoes: "his arrest", "her release" tell who was held or freed, not who did it
UNDERGONE = {"arrest", "detention", "capture", "abduction", "kidnapping", "release", "expulsion", "deportation",
             "extradition", "trial", "conviction", "imprisonment", "jailing", "sentencing", "execution", "killing",
             "murder", "assassination", "torture", "dismissal", "sacking", "ouster", "removal", "rescue"}


def _undergoer(noun: Token, owner: Token) -> bool:
    """ "following his arrest in Zambia": a person's (not a state's) arrest is theirs to undergo, unless an
    "of" names whom they did it to ("the general's killing of civilians")."""
    if noun.lemma_.lower() not in UNDERGONE or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return owner.lower_ in ("his", "her", "their", "my", "our", "your") or owner.ent_type_ == "PERSON"


SUPPORT_VERBS = {
    "launch", "carry", "conduct", "stage", "mount", "hold", "impose", "make", "take", "begin", "start", "continue",
    "resume", "step", "intensify", "escalate", "wage", "unleash", "commit", "perpetrate", "organize", "organise",
    "lead", "initiate", "open", "announce", "sign", "conclude", "reach", "strike", "give", "provide", "offer", "send",
    "deliver", "extend", "grant", "issue", "deploy", "approve", "adopt", "introduce", "slap", "levy", "lift", "ease",
    "tighten", "expand", "renew", "have", "plan", "prepare", "threaten", "pledge", "promise", "propose", "seek",
    "pursue", "finalize", "finalise", "agree", "broker", "mediate", "host", "pay", "order", "authorize",
    "authorise", "declare", "enforce", "maintain", "keep", "set", "establish", "restore", "suspend", "halt",
    "end", "cut", "sever", "break", "downgrade", "upgrade", "normalize", "normalise", "apply", "put", "place", "form",
    "file", "lodge", "bring", "press", "do", "perform", "execute", "undertake", "attempt", "try",
    "complete", "finish", "accept", "reject", "refuse", "veto", "block", "call", "demand", "request",
}
_PARTICIPATION_VERBS = {"engage", "participate", "involve", "join", "take", "partake", "persist", "continue",
                        "enter", "embark", "step", "escalate"}


def lemma_forms(tok: Token) -> set[str]:
    """The token's lemma and the base forms its spelling suggests: the small model's lemmatizer slips on
    some verbs ("staged" -> "stag")."""
    low = tok.lower_
    forms = {tok.lemma_.lower(), low}
    if low.endswith("ed"):
        forms |= {low[:-1], low[:-2]}
    elif low.endswith("ing"):
        forms |= {low[:-3], low[:-3] + "e"}
    elif low.endswith("s"):
        forms.add(low[:-1])
    return forms
