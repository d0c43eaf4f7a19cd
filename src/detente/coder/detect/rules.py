"""The pattern detector: verbs and event nouns of ``lexicon/data/verbs.yml``, and a few grammatical frames.

Each verb or event noun with patterns is a trigger. A verb's source is its grammatical subject (or the by-agent
of a passive), climbing through infinitives and conjunctions when it has none; its target is the direct object
or the object of one of the pattern's prepositions, on the verb or on its object ("imposed sanctions on X"). An
event noun's source is its possessor, a "by" phrase, a capitalised modifier or the subject of its light verb.
Frames fill in where no pattern spoke: "X agreed to <act> Y" is an intent (030), "X threatened to <act> Y" a
threat (130), "X said Y must <act>" a demand (100).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.actor_words import POLICY_THINGS, REFLEXIVES
from detente.coder.arguments import (
    PERSON_OBJECT,
    PLACE_OBJECT,
    SUBJECTS,
    find_agent,
    find_agents,
    forced_agent,
    lemma_forms,
    nominal_agent,
    noun_matches,
    object_hit,
    object_of,
    patients,
    prep_objects,
)
from detente.coder.codebook_words import DEAL_NOUNS
from detente.coder.detect import Argument, Candidate
from detente.coder.detect.addressees import (
    SAID_ROOTS,
    addressees,
    notified,
    warned_on_condition,
    warned_unless_placed,
)
from detente.coder.detect.target_slots import by_object_length, names_other_event, slot_present, target_args
from detente.coder.detect.verb_senses import (
    approved_relief,
    backing_a_side,
    celebrating_an_occasion,
    hands_back_a_person,
    military_backing,
    spoken_attack,
    terms_agreed,
)
from detente.coder.modality_words import HOSTILE_VERBS, WANT_VERBS
from detente.coder.other_sides import dealt_with, victims_of
from detente.coder.sentence import Sentence
from detente.lexicon import Lexicon
from detente.lexicon.patterns import Pattern

_DEFAULT_NOUN_PREPS = ("against", "on", "with", "to", "between")
_OBLIGATION = {"must"}
_REPORTING = {"say", "declare", "insist", "state", "stress", "tell", "announce", "add", "reiterate", "write",
              "assert", "maintain", "argue", "emphasize", "emphasise", "underline", "believe", "warn"}
_INTENT_FRAME = Pattern(id="frame.promise-to", code="030")
_THREAT_FRAME = Pattern(id="frame.threaten-to", code="130")
_WANT_FRAME = Pattern(id="frame.want-to", code="020")
#: what figures do: "expect exports to rise", "expect the figure to be well above last year"
_MOVING = {"rise", "fall", "increase", "decrease", "decline", "grow", "drop", "climb", "slip", "slow", "ease",
           "exceed", "top", "surge", "jump", "plunge", "rebound", "recover", "average", "total", "range"}


_URGENT_THINGS = {"business", "matter", "issue", "need", "problem", "concern", "engagement", "question"}
#: verbs never said of what their subject does to no one: with no object and no passive they are a misread passive
_DONE_TO_SOMEONE = {"displace", "uproot", "deport", "expel", "evict"}


#: "the first volunteer killed fighting ...": a harm no one does to a gerund (the parser's passive relative)
_HARMED_WHILE = {"kill", "wound", "injure", "capture", "arrest", "detain", "shoot"}


def _a_change_from(word: Token) -> bool:
    """ "rose to a record 13.6 billion, up from 10.2 billion": a figure's change, no particle of the verb."""
    return word.dep_ == "advmod" and any(c.dep_ in ("prep", "npadvmod") and c.lower_ not in ("against", "in")
                                         for c in word.children)


def _a_figure_moving(act: Token) -> bool:
    """ "Traders expect the figure to be well above last year": a forecast of a quantity, asked of no one."""
    if act.lemma_.lower() in _MOVING:
        return True
    return act.lemma_.lower() == "be" and any(
        c.lower_ in ("above", "below", "higher", "lower", "unchanged", "steady", "flat")
        for c in act.children if c.dep_ in ("acomp", "advmod", "prep", "attr"))
_DEMAND_FRAME = Pattern(id="frame.must-clause", code="100")
_FRAMES = {
    **dict.fromkeys(("agree", "pledge", "promise", "vow", "offer", "undertake", "commit", "willing", "ready",
                     "prepared", "consent"), _INTENT_FRAME),
    **dict.fromkeys(("threaten",), _THREAT_FRAME),
}
_BASE_SCORE = 0.55
# "US-backed rebels": backing with no stated means is 050; arming and training are military aid (072).
_PATRON = {"backed": "050", "supported": "050", "sponsored": "050", "armed": "072", "trained": "072",
           "funded": "071", "financed": "071"}
_PATRON_FRAME = "frame.patron"
_MEDIATION = Pattern(id="consult.mediated_talks", code="045")
# "prefers the US to restrain Iran": a preference, not an appeal ("Moscow expects Turkey to hand over Afrin" is
# a demand in diplomatic speech, and stays one)
_NOT_APPEALS = {"prefer", "expect"}  # an expectation of what others will do is no appeal (ANNOTATION.md)
_UNNAMED_PATRONS = {"government", "state", "regime", "army", "military", "opposition", "party"}
#: "in March", "a 10 pct stake": a date or a number is no event noun, whatever its word
_NOT_EVENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
#: one threatens to act as another did, not against them: "threatened to follow Brazil in stopping payments"
_FOLLOWING = {"follow", "join", "emulate", "copy", "imitate", "match"}
#: "threatened to move its factory to Hungary": the place something goes is no one it is aimed at
_RELOCATING = {"move", "take", "relocate", "shift", "transfer", "switch", "divert", "reroute"}
_GIVING = {"give", "offer", "lend", "extend", "pay", "send", "grant", "hand"}
# "Thatcher left Bonn after talks with Kohl": talks and visits take the subject of the verb they are timed by.
_TIME_PREPS = {"after", "before", "during", "following", "from", "ahead", "at"}
# "Six militants were killed in a drone attack": the attack's target is whoever the verb says was hit.
_SCENE_PREPS = {"in", "during", "following", "after", "by", "from"}


def _mediator(agent: Token, noun: Token) -> bool:
    """ "UN-sponsored talks", "Qatari-brokered negotiations": the name before a dash and a sponsoring participle."""
    doc = agent.doc
    if agent.i + 2 >= len(doc) or doc[agent.i + 1].text not in ("-", "–"):
        return False
    word = doc[agent.i + 2]
    return word.lower_ in _SPONSORING and word.i < noun.i


_SPONSORING = {"sponsored", "brokered", "mediated", "hosted", "backed", "led", "facilitated", "organised", "organized"}


def _agent_arg(tok: Token | None, slot: str = "subject") -> tuple[Argument, ...]:
    return () if tok is None else (Argument(tok.i, slot),)


class PatternDetector:
    """Candidates from the lexicon's verb and noun patterns and the grammatical frames."""

    name = "rules"

    def detect_all(self, sentences: list[Sentence], lexicon: Lexicon) -> list[list[Candidate]]:
        return [self.detect(s, lexicon) for s in sentences]

    def detect(self, sentence: Sentence, lexicon: Lexicon) -> list[Candidate]:
        out: list[Candidate] = []
        index = lexicon.patterns
        used: set[int] = set()  # nouns that a verb pattern's object already covers
        toks = list(sentence.span)  # spaCy makes a Token object on every access: once per sentence
        # the sentence's words: a cheap first test of a pattern's object (object_hit does the real one)
        words = {w for t in toks for w in (t.lemma_.lower(), t.lower_)}
        for tok in toks:
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            lemma = tok.lemma_.lower()
            key = lemma if lemma in index.by_verb else next(
                (f for f in sorted(lemma_forms(tok)) if f in index.by_verb), None)
            if key is not None:
                out.extend(self._verbal(tok, index.by_verb[key], lexicon, used, words))
        for tok in toks:
            if tok.pos_ in ("NOUN", "PROPN") and tok.i not in used and tok.ent_type_ not in _NOT_EVENTS:
                pats = index.by_noun.get(tok.lemma_.lower()) or index.by_noun.get(tok.lower_)
                if pats:
                    out.extend(self._nominal(tok, pats))
        for tok in toks:
            frame = _FRAMES.get(tok.head.lemma_.lower()) if tok.dep_ == "xcomp" and tok.pos_ == "VERB" else None
            if frame is not None and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in DEAL_NOUNS
                                         for c in tok.head.children):
                frame = None  # "agreed a deal to work on music": what the deal is for, not a second promise
            if frame is _INTENT_FRAME and tok.head.lemma_.lower() == "agree" and prep_objects(tok.head, "with"):
                frame = None  # "agreed with Renault to acquire AMC": the deal is with Renault (accord.agree_with)
            if frame is not None:  # only where no pattern inside the frame's clause coded an event
                out.append(self._promise(tok, frame))
            elif tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in WANT_VERBS - _NOT_APPEALS:
                found = self._want(tok)
                if found is not None:
                    out.append(found)
        for tok in toks:
            if tok.text == "-" and tok.i + 1 < sentence.span.end and tok.i > sentence.span.start:
                found = self._patron(tok)
                if found is not None:
                    out.append(found)
        for tok in toks:
            if tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in tok.children):
                found = self._obligation(tok)
                if found is not None:
                    out.append(found)
        return out

    # --- verbs ---------------------------------------------------------------------------------------------

    def _verbal(self, verb: Token, patterns: tuple[Pattern, ...], lexicon: Lexicon,
                used: set[int], words: set[str]) -> list[Candidate]:
        if verb.lower_ == "barring" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children):
            return []  # "barring any program changes, stocks will rise": "unless", no one barred
        if verb.tag_ == "VBG" and ((verb.dep_ == "amod" and verb.i < verb.head.i) or (verb.lemma_ == "press" and any(
                c.dep_ == "dobj" and c.lemma_ in _URGENT_THINGS and not any(g.dep_ == "det" for g in c.children)
                for c in verb.children))):
            return []  # "pressing business at home", "the attacking side": a participle used as an adjective
        if verb.tag_ in ("VBD", "VBN") and verb.lemma_.lower() in _HARMED_WHILE and any(
                c.dep_ == "dobj" and c.lower_.endswith("ing") and c.pos_ in ("VERB", "NOUN")
                and not any(d.dep_ in ("det", "poss", "amod") for d in c.children) for c in verb.children):
            return []  # "the first woman killed fighting alongside the Kurds": a misread passive, she the victim
        sources = tuple(Argument(t.i, "subject") for t in find_agents(verb))
        out: list[Candidate] = []
        for p in by_object_length(verb, patterns):
            if p.particle and not any(c.lower_ == p.particle and not _a_change_from(c) and (
                    c.dep_ in ("prt", "advmod") or (
                    c.dep_ == "prep" and (c.i == verb.i + 1 or not any(o.dep_ == "pobj" for o in c.children))))
                                      for c in verb.children):  # not "gave X to Y in talks"
                continue
            if not p.particle and verb.lemma_ == "give" and any(c.dep_ == "prt" and c.lower_ in ("up", "in")
                                                                 for c in verb.children):
                continue  # "gave up its weapons", "gave in to the demands": nothing given to anyone
            hit = None
            if p.objects:
                if not (p.object_heads & words) and PERSON_OBJECT not in p.objects and PLACE_OBJECT not in p.objects:
                    continue
                objs = object_of(verb, p.particle)
                hit = next((h for o in objs if (h := object_hit(o, p.objects))), None)
                if hit is None or names_other_event(hit, p, lexicon):
                    continue
            addressed = addressees(verb) if p.code[:2] in SAID_ROOTS else []
            told = notified(verb) if p.preps and not slot_present(verb, hit, p) else []
            if p.preps and not addressed and not told and not slot_present(verb, hit, p) and not (
                    p.code == "143" and hit is not None and hit.lemma_ == "strike" and hit.head.i == verb.i
                    and not any(c.dep_ == "oprd" for c in verb.children)):
                continue  # "staged a strike" needs no one it is against; "called the strike a success" names it
            if hit is not None:
                used.update(t.i for t in hit.subtree if t.pos_ == "NOUN")
                used.add(hit.i)
            end = max(verb.i, hit.i if hit is not None else verb.i) + 1
            code, evidence = p.code, p.id
            if code[:2] == "05" and celebrating_an_occasion(verb):
                continue  # "to celebrate the anniversary of the EC's founding": a date kept
            if verb.lemma_ in _DONE_TO_SOMEONE and not any(c.dep_ in ("dobj", "obj", "nsubjpass", "agent")
                                                           for c in verb.children):
                continue  # "people, many of them displaced from elsewhere": a passive the parser read as active
            if code[:2] == "07" and any(c.dep_ in ("dobj", "obj") and c.lower_ in REFLEXIVES for c in verb.children):
                continue  # "equipped itself with Chinese missiles": bought, not given by anyone named
            if code[:2] == "19" and spoken_attack(verb):
                code, evidence = "111", f"{p.id}:spoken"
            elif code[:2] == "05" and military_backing(verb):
                code, evidence = "072", f"{p.id}:military"
            elif code == "051" and backing_a_side(verb):
                code, evidence = "050", f"{p.id}:side"
            elif p.id == "accord.agree_with" and terms_agreed(verb):
                code, evidence = "057", f"{p.id}:terms"
            elif code == "051" and approved_relief(verb):
                code, evidence = "071", f"{p.id}:relief"
            elif code == "0842" and hands_back_a_person(verb):
                code, evidence = "0841", f"{p.id}:person"
            elif code[:2] == "14" and any(c.lower_ == "to" and (c.head.i == verb.i or c.head.head.i == verb.i) and any(
                    g.lower_ == "death" for g in c.children) for c in verb.subtree):
                code, evidence = "1823", f"{p.id}:killed"  # "stoned a couple to death": a killing, no protest
            speaker = _blaming(verb, p)
            if speaker is not None:  # "Tillerson said Moscow bears responsibility": Tillerson accuses Moscow
                out.append(Candidate(trigger=verb.i, trigger_end=end, code="112", evidence=f"{p.id}:blamed",
                                     score=_BASE_SCORE + 0.15, sources=_agent_arg(speaker), targets=sources,
                                     group=verb.i, constrained=True))
                continue
            targets = (*(Argument(t.i, "prep:to") for t in addressed), *target_args(verb, hit, p),
                       *(Argument(t.i, "notified") for t in told))
            # "would retaliate if Japan did not move", "would close the strait if the US ...": an act aimed at no
            # one warns the one the condition names
            targets = (*targets, *(Argument(t.i, "condition") for t in (
                warned_unless_placed(verb) if targets else warned_on_condition(verb))))
            forced = forced_agent(verb, participle=True) if code.startswith("083") else None
            out.append(Candidate(
                trigger=verb.i, trigger_end=end, code=code, evidence=evidence,
                score=_BASE_SCORE + (0.15 if p.objects or p.particle else 0.0),
                # "forced Hadi and his government to resign": the resignation is theirs, whoever forced it
                sources=sources if forced is None else (Argument(forced.i, "subject"),),
                targets=targets,
                group=verb.i,
                constrained=bool(p.objects or p.particle)))
        return out

    # --- event nouns ---------------------------------------------------------------------------------------

    def _nominal(self, noun: Token, patterns: tuple[Pattern, ...]) -> list[Candidate]:
        # "killed 20 people in a bomb attack": the noun restates the verb's event, if the verb is coded.
        restates = frozenset({noun.head.head.i}) if noun.dep_ == "pobj" else frozenset()
        words = (noun.lemma_.lower(), noun.lower_)
        for p in patterns:
            if not any(n[-1] in words and noun_matches(noun, n) for n in p.nouns):
                continue
            targets: list[Argument] = []
            for slot in p.preps or _DEFAULT_NOUN_PREPS:
                for pobj in prep_objects(noun, slot):
                    targets.append(Argument(pobj.i, "between" if slot == "between" else f"prep:{slot}"))
            if "between" in (p.preps or _DEFAULT_NOUN_PREPS) and not any(a.slot == "between" for a in targets):
                targets += [Argument(x.i, "between") for x in _between_hung_above(noun)]
            if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in _GIVING:
                # "giving Trump the praise he craves", "offered Kyiv its support": the receiver is the target
                targets += [Argument(c.i, "prep:to") for c in noun.head.children if c.dep_ == "dative"]
            agent = nominal_agent(noun)
            if agent is not None and agent.head.lower_ == "by" and agent.head.head == noun:
                # "air strikes by French forces on rebel positions": the parser hangs the noun's "on" on its agent
                for slot in ("on", "against"):
                    if slot in (p.preps or _DEFAULT_NOUN_PREPS) and not any(a.slot == f"prep:{slot}" for a in targets):
                        targets += [Argument(x.i, f"prep:{slot}") for x in prep_objects(agent, slot)]
            scene = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
            if scene is not None and scene.pos_ not in ("VERB", "AUX"):
                scene = None
            if agent is None and scene is not None and p.code[:2] == "04" and noun.head.lower_ in _TIME_PREPS:
                agent = find_agent(scene)
            if scene is not None and p.code[:2] in ("18", "19", "20") and noun.head.lower_ in _SCENE_PREPS:
                targets += [Argument(x.i, "victim") for x in patients(scene)]
            targets += [Argument(x.i, "victim") for x in victims_of(noun)]  # "have been targets of attacks"
            slot = "subject"
            if agent is not None and agent.dep_ in ("amod", "compound"):
                slot = "modifier"
            elif agent is not None and agent.dep_ == "poss":
                slot = "possessor"
            parties = [a for a in targets if a.slot == "between"]
            mediated = p.code[:2] == "04" and parties and agent is not None and _mediator(agent, noun)
            if p.code[:2] == "04" and parties and agent is not None and agent.head.lower_ == "by":
                agent = None  # "talks between France and Iran on a loan by the late Shah": the parties talk
            found = [Candidate(trigger=noun.i, trigger_end=noun.i + 1, code=p.code, evidence=p.id,
                               score=_BASE_SCORE - 0.15 + (0.15 if p.objects or p.particle else 0.0),
                               sources=() if mediated else _agent_arg(agent, slot), targets=tuple(targets),
                               nominal=True, yields_to=restates)]
            if mediated:  # "UN-sponsored talks between A and B": A and B talk, the UN mediates with each
                found.append(Candidate(trigger=noun.i, trigger_end=noun.i + 1, code=_MEDIATION.code,
                                       evidence=_MEDIATION.id, score=_BASE_SCORE, sources=_agent_arg(agent, slot),
                                       targets=tuple(Argument(a.head, "prep:with") for a in parties),
                                       nominal=True, yields_to=restates))
            return found
        return []

    # --- frames --------------------------------------------------------------------------------------------

    def _promise(self, act: Token, frame: Pattern) -> Candidate:
        """ "X agreed to / is willing to <act> Y" where <act> is in no pattern: an intent to cooperate (030), or to
        use force (138) when the act is force; "X threatened to <act> Y": a threat (130)."""
        gov = act.head
        targets: list[Argument] = []
        following = frame is _THREAT_FRAME and act.lemma_.lower() in _FOLLOWING
        for c in act.children:
            if c.dep_ in ("dobj", "dative") and not following:
                targets.append(Argument(c.i, "object"))
            elif c.dep_ == "prep" and c.lower_ in ("to", "with", "from", "for", "into"):
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                moved = c.lower_ in ("to", "into") and act.lemma_.lower() in _RELOCATING
                if pobj is not None and not moved:  # "to move the plant to Hungary": where to, not at whom
                    targets.append(Argument(pobj.i, f"prep:{c.lower_}"))
        targets = dealt_with(act, targets)
        if frame is _THREAT_FRAME:  # "threatened to close the strait if the United States imposes sanctions"
            acts = [act, *(p for c in act.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pcomp")]
            warned = warned_on_condition if following else warned_unless_placed  # (the one followed is no place)
            targets += [Argument(s.i, "condition") for a in acts for s in warned(a)]
        # "signalled it might be willing to attack Iran": readiness for force is a threat of it
        code = "138" if frame is _INTENT_FRAME and act.lemma_.lower() in HOSTILE_VERBS else frame.code
        if frame is _INTENT_FRAME and act.lemma_.lower() in ("impose", "slap", "levy"):
            code = "1312"  # "is ready to impose trade action against Japan": a threat of sanctions
        return Candidate(trigger=gov.i, trigger_end=gov.i + 1, code=code, evidence=frame.id,
                         score=_BASE_SCORE, sources=_agent_arg(find_agent(act)), targets=tuple(targets),
                         frame=True, modality_host=gov.i, place_host=act.i, place_target=not following,
                         yields_to=frozenset(t.i for t in act.subtree))

    def _want(self, act: Token) -> Candidate | None:
        """ "They want the government to withdraw the rules": an appeal to the government (02)."""
        gov = act.head
        addressee = next((c for c in gov.children if c.dep_ in ("dobj", "obj")), None)
        if addressee is None and act.dep_ == "ccomp" and any(c.lower_ == "to" for c in act.children):
            addressee = next((c for c in act.children if c.dep_ in ("nsubj",)), None)  # "wants X to go"
        if addressee is None or addressee.i > act.i or _a_figure_moving(act):
            return None
        return Candidate(trigger=gov.i, trigger_end=gov.i + 1, code=_WANT_FRAME.code, evidence=_WANT_FRAME.id,
                         score=_BASE_SCORE, sources=_agent_arg(find_agent(gov)),
                         targets=(Argument(addressee.i, "object"),), frame=True, modality_host=gov.i,
                         place_target=False)

    def _patron(self, dash: Token) -> Candidate | None:
        """ "U.S.-backed Contra rebels", "Syrian-backed president": the patron backs the noun's actor."""
        doc = dash.doc
        word = doc[dash.i + 1]
        code = _PATRON.get(word.lower_)
        if code is None or word.head.pos_ not in ("NOUN", "PROPN") or word.head.i <= word.i:
            return None
        patron = doc[dash.i - 1]
        if patron.pos_ == "NOUN" and patron.lower_ in _UNNAMED_PATRONS:
            return None  # "the government-backed army of Iraqi Kurdistan": an epithet, whose government unsaid
        if word.head.lemma_.lower() in POLICY_THINGS:
            return None  # "U.S.-backed reforms in the IADB": the patron's own proposal, no one backed
        if _mediator(patron, word.head) and any(c.dep_ == "prep" and c.lower_ == "between" for c in word.head.children):
            return None  # "UN-sponsored talks between A and B": mediation (coded with the talks), not backing
        return Candidate(trigger=word.i, trigger_end=word.i + 1, code=code, evidence=_PATRON_FRAME,
                         score=_BASE_SCORE, sources=(Argument(patron.i, "patron"),),
                         targets=(Argument(word.head.i, "object"),), frame=True, place_target=False)

    def _obligation(self, verb: Token) -> Candidate | None:
        """ "X said Y must withdraw": a statement of what another must do is a demand (CAMEO 10)."""
        gov = verb.head
        if gov.lemma_.lower() not in _REPORTING:
            return None
        subj = next((c for c in gov.children if c.dep_ in SUBJECTS), None)
        addressee = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        if addressee is None or _inferred(verb) or _needed_for(verb):
            return None
        return Candidate(trigger=verb.i, trigger_end=verb.i + 1, code=_DEMAND_FRAME.code, evidence=_DEMAND_FRAME.id,
                         score=_BASE_SCORE, sources=_agent_arg(subj), targets=(Argument(addressee.i, "subject"),),
                         frame=True, place_target=False)


#: what one "must be" when the speaker infers a state of mind, not demands it ("the government must be worried")
_FEELINGS = {"worried", "concerned", "aware", "pleased", "happy", "anxious", "nervous", "relieved", "disappointed",
             "embarrassed", "delighted", "alarmed", "frustrated", "furious", "upset", "tempted", "wondering"}


def _between_hung_above(noun: Token) -> list[Token]:
    """ "briefing reporters ahead of talks later today between the two ministers": the parser hangs the noun's
    "between" on the verb above it; the first "between" after the noun, on the verb whose phrase holds it."""
    if noun.dep_ != "pobj":
        return []
    verb = next((a for a in list(noun.ancestors)[:4] if a.pos_ in ("VERB", "AUX")), None)  # "ahead of": steps
    if verb is None:
        return []
    return next((prep_objects(verb, "between") for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"
                 and c.i > noun.i), [])


def _inferred(verb: Token) -> bool:
    """ "Cox says the government must be worried", "they must have known": what the speaker infers, no demand."""
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children):
        return True
    return verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in _FEELINGS for c in verb.children)


def _needed_for(verb: Token) -> bool:
    """ "Peru must find new deposits if it is to stay an exporter": what a goal needs, an assessment
    asked of no one."""
    return any(c.dep_ == "advcl" and c.lemma_ == "be" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
               and any(x.dep_ == "xcomp" and any(a.lower_ == "to" for a in x.children) for x in c.children)
               for c in verb.children)


def _blaming(verb: Token, p: Pattern) -> Token | None:
    """The speaker who says another "bears responsibility": an accusation by the speaker, not a claim."""
    if p.id != "responsibility.claim" or verb.lemma_.lower() != "bear" or verb.dep_ != "ccomp" \
            or verb.head.lemma_.lower() not in _REPORTING:
        return None
    return next((c for c in verb.head.children if c.dep_ in SUBJECTS), None)
