"""The coder: from a parsed sentence to (source, target, CAMEO code) triples.

Each verb or event noun found in the pattern lexicon is a candidate. Its source is the grammatical subject
(or the by-agent of a passive), climbing through infinitives and conjunctions when the verb has none; its
target is the direct object or the object of the pattern's preposition. The frame around the verb (negation,
"plans to", "threatened to") rewrites the code by the codebook's rules (see :mod:`detente.coder.codebook`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import product

from spacy.tokens import Span, Token

from detente.coder.arguments import (
    PASSIVE_SUBJECTS,
    SUBJECTS,
    find_agent,
    is_passive,
    nominal_agent,
    noun_matches,
    object_hit,
    object_of,
    prep_objects,
)
from detente.coder.codebook import noun_modality, recode, verb_modality
from detente.coder.resolve import ArticleContext, Match, resolve_actors
from detente.lexicon import Lexicon
from detente.lexicon.patterns import DOBJ, Pattern
from detente.model import Actor

_PRONOUNS = {"it", "they", "he", "she", "we"}
_DEFAULT_NOUN_PREPS = ("against", "on", "with", "to", "between")
# A target-less event is kept only where the codebook's action has no natural target.
_TARGETLESS_ROOTS = {"14", "15", "17", "18", "19", "20"}
# Consulting, negotiating, signing and cooperating "with" someone involve both sides (CAMEO 04x, 057, 06x).
_MUTUAL_CODES = ("040", "041", "044", "046", "057", "06")
_MUTUAL_SLOTS = ("with", "between", DOBJ)


_PLACE_TARGET_ROOTS = {"08", "14", "15", "16", "17", "18", "19", "20"}
_DOMESTIC_ROOTS = {"14", "17"}
_PLACE_PREPS = {"in", "into", "inside", "across", "throughout", "near", "at"}
_PLACE_NOUNS = {"town", "city", "village", "region", "province", "area", "capital", "camp", "border", "district",
                "state", "country", "territory", "zone", "street", "square", "neighbourhood", "neighborhood",
                "suburb", "port", "island", "coast", "valley", "prison", "jail", "outskirts", "part", "north",
                "south", "east", "west", "centre", "center", "enclave", "settlement", "county", "municipality"}
_OBLIGATION = {"must"}
_BILATERAL_ROOTS = {"03", "04", "05", "06"}
_VISIT_CODES = ("042", "043", "044")
_PRIVATE_SECTORS = {"CVL", "REF", "EDU", "HLH", "BUS", "MED", "REL", "LAB", "AGR", "CRM"}
_REPORTING = {"say", "declare", "insist", "state", "stress", "tell", "announce", "add", "reiterate", "write",
              "assert", "maintain", "argue", "emphasize", "emphasise", "underline", "believe", "warn"}
# A grammatical frame rather than a lexicon entry; its id tells the user which rule coded the event.
_DEMAND_FRAME = Pattern(id="frame.must-clause", code="100")
_INTENT_FRAME = Pattern(id="frame.promise-to", code="030")
_THREAT_FRAME = Pattern(id="frame.threaten-to", code="130")
_FRAMES = {
    **dict.fromkeys(("agree", "pledge", "promise", "vow", "offer", "undertake", "commit", "willing", "ready",
                     "prepared", "consent"), _INTENT_FRAME),
    **dict.fromkeys(("threaten",), _THREAT_FRAME),
}


def is_mutual(code: str) -> bool:
    return code.startswith(_MUTUAL_CODES) and not (code.startswith("04") and code not in _MUTUAL_CODES)


@dataclass(frozen=True)
class Coded:
    """An event found in one sentence, before it becomes an :class:`~detente.model.Event`."""

    source: Actor | None
    target: Actor | None
    code: str
    pattern: Pattern
    trigger: Token
    trigger_end: int  # token index after the trigger phrase (object or particle included)
    modality: str | None
    nominal: bool


class SentenceCoder:
    """Codes the events of one sentence; built per sentence with the article context it may consult."""

    def __init__(self, sent: Span, matches: dict[int, Match], lexicon: Lexicon, ctx: ArticleContext):
        self.sent = sent
        self.matches = matches
        self.lexicon = lexicon
        self.ctx = ctx
        self.used: set[int] = set()
        self.trigger: Token | None = None
        self.coded_triggers: set[int] = set()

    def actors(self, tok: Token | None) -> list[Actor]:
        if tok is None:
            return []
        if tok.lower_ in _PRONOUNS and tok.pos_ == "PRON":
            return self._antecedent(tok)
        if tok.pos_ == "VERB":  # "The Red Cross operating in Iraq said": a participle parsed as the subject
            tok = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
            if tok is None:
                return []
        return resolve_actors(tok, self.sent, self.matches, self.lexicon, self.ctx, self.trigger)

    def _antecedent(self, pron: Token) -> list[Actor]:
        """ "Hungary said it will ...": the subject of a governing clause, else the previous event's source."""
        cur = pron.head
        for _ in range(5):
            for c in cur.children:
                if c.dep_ in SUBJECTS and c is not pron and not (c.left_edge.i <= pron.i <= c.right_edge.i) \
                        and c.pos_ != "PRON":
                    found = resolve_actors(c, self.sent, self.matches, self.lexicon, self.ctx, self.trigger)
                    if found:
                        return found
            if cur.head is cur:
                break
            cur = cur.head
        # Across sentences only "he"/"she" is followed back, and only to a named person: "it" and "they" in
        # news are as often a group, a place or aid workers as the last actor named.
        last = self.ctx.last_source
        if pron.lower_ in ("he", "she") and last is not None and (last.entry or "").startswith(
                ("person:", "introduced:")):
            return [last]
        return []

    def code(self) -> list[Coded]:
        out: list[Coded] = []
        index = self.lexicon.patterns
        for tok in self.sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX") and lemma in index.by_verb:
                self.trigger = tok
                found = self._verbal(tok, index.by_verb[lemma])
                if found:
                    self.coded_triggers.add(tok.i)
                out.extend(found)
        for tok in self.sent:
            if tok.pos_ in ("NOUN", "PROPN") and tok.i not in self.used:
                pats = index.by_noun.get(tok.lemma_.lower()) or index.by_noun.get(tok.lower_)
                if pats:
                    self.trigger = tok
                    found = self._nominal(tok, pats)
                    if found:
                        self.coded_triggers.add(tok.i)
                    out.extend(found)
        # Grammatical frames fill in only where no pattern coded anything inside them.
        for tok in self.sent:
            frame = _FRAMES.get(tok.head.lemma_.lower()) if tok.dep_ == "xcomp" and tok.pos_ == "VERB" else None
            if frame is not None and not any(t.i in self.coded_triggers for t in tok.subtree):
                self.trigger = tok.head
                out.extend(self._promise(tok, frame))
        for tok in self.sent:
            if tok.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in tok.children):
                self.trigger = tok
                out.extend(self._obligation(tok))
        return out

    def _verbal(self, verb: Token, patterns: tuple[Pattern, ...]) -> list[Coded]:
        chosen: tuple[Pattern, list[Actor], Token | None, str | None] | None = None
        words = {w for t in verb.subtree for w in (t.lemma_.lower(), t.lower_)}
        for p in self._by_object_length(verb, patterns):
            if p.particle and not any(c.lower_ == p.particle and c.dep_ in ("prt", "advmod", "prep")
                                      for c in verb.children):
                continue
            hit = None
            if p.objects:
                if not (p.object_heads & words):
                    continue
                objs = object_of(verb, p.particle)
                hit = next((h for o in objs if (h := object_hit(o, p.objects))), None)
                if hit is None or self._names_other_event(hit, p):
                    continue
            if p.preps and not self._slot_present(verb, hit, p):
                continue
            targets, slot = self._targets(verb, hit, p)
            if targets or chosen is None:
                chosen = (p, targets, hit, slot)
            if targets:
                break
        if chosen is None:
            return []
        p, targets, hit, slot = chosen
        if hit is not None:
            self.used.update(t.i for t in hit.subtree if t.pos_ == "NOUN")
            self.used.add(hit.i)
        modality = verb_modality(verb)
        if modality == "request":
            return []
        sources = self.actors(find_agent(verb))
        end = max(verb.i, hit.i if hit is not None else verb.i) + 1
        return self._pairs(sources, targets, p, verb, end, modality, nominal=False,
                           mutual=slot in _MUTUAL_SLOTS)

    def _names_other_event(self, hit: Token, p: Pattern) -> bool:
        """ "began a hunger strike": the compound names another event noun, which its own pattern codes."""
        for c in hit.children:
            if c.dep_ != "compound":
                continue
            phrase = (c.lemma_.lower(), hit.lemma_.lower())
            if phrase in {o[-2:] for o in p.objects if len(o) >= 2}:
                return False
            if any(phrase == n[-2:] for q in self.lexicon.patterns.by_noun.get(phrase[1], ()) for n in q.nouns):
                return True
        return False

    @staticmethod
    def _by_object_length(verb: Token, patterns: tuple[Pattern, ...]) -> list[Pattern]:
        """Patterns whose object phrase matches more of the text come first: "began a hunger strike" is a
        hunger strike (142), not an air strike's "strike"."""
        objs = object_of(verb)

        cands = [c for o in objs for c in (o, *(x for x in o.children if x.dep_ == "compound"))]
        words = {w for c in cands for w in (c.lemma_.lower(), c.lower_)}

        def longest(p: Pattern) -> int:
            if not (p.object_heads & words):
                return 0
            return max((len(phrase) for c in cands for phrase in p.objects if noun_matches(c, phrase)), default=0)

        return sorted(patterns, key=lambda p: -longest(p))

    def _slot_present(self, verb: Token, hit: Token | None, p: Pattern) -> bool:
        """Is any of the pattern's target slots filled in the text (whatever fills it)?"""
        hosts = [verb] + ([hit, hit.head] if hit is not None else [])
        for slot in p.preps:
            if slot == DOBJ:
                deps = PASSIVE_SUBJECTS if is_passive(verb) else {"dobj", "obj", "dative"}
                if any(c.dep_ in deps for c in verb.children):
                    return True
            elif any(prep_objects(h, slot) for h in hosts):
                return True
        return False

    def _targets(self, verb: Token, hit: Token | None, p: Pattern) -> tuple[list[Actor], str | None]:
        """The target actors and the slot that gave them (a preposition, "dobj" or "object")."""
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative")]
        if is_passive(verb):
            objs = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS]
        # "boycott all contact with X", "imposed sanctions on X": the preposition may hang on the object.
        hosts = [verb, *objs] + ([hit, hit.head] if hit is not None else [])
        for slot in p.target_slots:
            if slot == DOBJ:
                for o in objs:
                    found = self.actors(o)
                    if found:
                        return found, DOBJ
                # "demanded that the US cancel ...": the clause's subject is the one addressed.
                for c in verb.children:
                    if c.dep_ == "ccomp":
                        subj = next((x for x in c.children if x.dep_ in SUBJECTS), None)
                        found = self.actors(subj)
                        if found:
                            return found, DOBJ
                continue
            for host in dict.fromkeys(hosts):
                for pobj in prep_objects(host, slot):
                    found = self.actors(pobj)
                    if found:
                        return found, slot
        if hit is not None:  # "arrested opposition leaders": the object itself is the target
            found = [a for a in self.actors(hit) if not (a.entry or "").startswith("context")]
            if found:
                return found, "object"
        return [], None

    def _promise(self, act: Token, frame: Pattern) -> list[Coded]:
        """ "X agreed to / is willing to <act> Y" where <act> is in no pattern: an intent to cooperate (030);
        "X threatened to <act> Y": a threat (130)."""
        gov = act.head
        if verb_modality(gov) == "negated" or (gov.pos_ == "ADJ" and verb_modality(gov.head) == "negated"):
            return []
        sources = self.actors(find_agent(act))
        targets: list[Actor] = []
        for c in act.children:
            if c.dep_ in ("dobj", "dative"):
                targets = self.actors(c)
            elif c.dep_ == "prep" and c.lower_ in ("to", "with", "from", "for", "into"):
                targets = self.actors(next((p for p in c.children if p.dep_ == "pobj"), None))
            if targets:
                break
        if not targets:
            targets = self._place_target(act, sources, frame.code, domestic=False)
        return self._pairs(sources, targets, frame, gov, gov.i + 1, None, nominal=False)

    def _obligation(self, verb: Token) -> list[Coded]:
        """ "X said Y must withdraw": a statement of what another must do is a demand (CAMEO 10)."""
        gov = verb.head
        if gov.lemma_.lower() not in _REPORTING:
            return []
        sources = self.actors(next((c for c in gov.children if c.dep_ in SUBJECTS), None))
        targets = self.actors(next((c for c in verb.children if c.dep_ in SUBJECTS), None))
        if not targets:
            return []
        return self._pairs(sources, targets, _DEMAND_FRAME, verb, verb.i + 1, None, nominal=False)

    def _nominal(self, noun: Token, patterns: tuple[Pattern, ...]) -> list[Coded]:
        # "killed 20 people in a bomb attack": the noun restates the verb's event, which is already coded.
        if noun.dep_ == "pobj" and noun.head.head.i in self.coded_triggers:
            return []
        for p in patterns:
            if not any(noun_matches(noun, n) for n in p.nouns):
                continue
            targets: list[Actor] = []
            between: list[Actor] = []
            for slot in p.preps or _DEFAULT_NOUN_PREPS:
                for pobj in prep_objects(noun, slot):
                    found = self.actors(pobj)
                    if slot == "between":
                        between = found
                    elif found and not targets:
                        targets = found
            agent = nominal_agent(noun)
            if agent is not None and agent.dep_ in ("amod", "compound") and not targets and len(between) < 2:
                return []  # "Palestinian unrest": a description, not a coded act against anyone
            sources = self.actors(agent)
            mutual = bool(targets) and any(prep_objects(noun, w) for w in _MUTUAL_SLOTS)
            if not sources and len(between) >= 2:
                sources, targets = between, []
            elif not targets and len(between) >= 2:
                targets = between
            modality = noun_modality(noun)
            return self._pairs(sources, targets, p, noun, noun.i + 1, modality, nominal=True, mutual=mutual)
        return []

    def _pairs(self, sources: list[Actor], targets: list[Actor], p: Pattern, trigger: Token, end: int,
               modality: str | None, nominal: bool, mutual: bool = False) -> list[Coded]:
        code = recode(p.code, modality)
        if code is None or not sources:
            return []
        out = []
        reciprocal = not targets and len(sources) >= 2
        targets = [t for t in targets if t.country or t.org]
        if not targets and not reciprocal and code[:2] in _PLACE_TARGET_ROOTS:
            # A light verb's event noun ("staged demonstrations") counts as the verb's own act.
            domestic = not nominal or trigger.dep_ in ("dobj", "obj")
            targets = self._place_target(trigger, sources, code, domestic=domestic)
        pairs = list(product(sources, sources) if reciprocal else product(sources, targets or [None]))
        if mutual and not reciprocal and is_mutual(code):
            # Talks, treaties and cooperation "with" someone are done by both sides.
            pairs += [(t, s) for s, t in pairs if t is not None]
        for s, t in pairs:
            if s is t or not (s.country or s.org) or (t is not None and not (t.country or t.org)):
                continue
            if code.startswith(_VISIT_CODES) and (s.sector in _PRIVATE_SECTORS or (
                    s.sector is None and (s.entry or "").startswith("introduced:"))):
                continue  # citizens travelling to a country are not a state visit
            if t is not None and t.code is not None and (t.code, t.sector) == (s.code, s.sector):
                continue
            if t is not None and t.code == s.code and code[:2] in _BILATERAL_ROOTS:
                continue  # a state does not consult or cooperate with itself: "the economies of Russia"
            if t is None and code[:2] not in _TARGETLESS_ROOTS:
                continue
            out.append(Coded(s, t, code, p, trigger, end, modality, nominal))
        return out


    def _place_target(self, trigger: Token, sources: list[Actor], code: str, domestic: bool) -> list[Actor]:
        """Who suffers an action with no named target: the country where it happens ("imposed a curfew in
        Turkey", "shelled villages near Kabul"), else, for coercion and protest, the source's own country."""
        hosts = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
        for host in hosts:
            for c in host.children:
                if c.dep_ != "prep" or c.lower_ not in _PLACE_PREPS:
                    continue
                for pobj in (x for x in c.children if x.dep_ == "pobj"):
                    if pobj.pos_ != "PROPN" and pobj.lemma_.lower() not in _PLACE_NOUNS:
                        continue  # "in the second-worst attack" is no place
                    for a in self.actors(pobj):
                        if a.country and not a.org:
                            return [replace(a, sector=None, cameo=a.country, entry=f"place:{a.entry}")]
        src = sources[0] if sources else None
        if domestic and code[:2] in _DOMESTIC_ROOTS and src is not None and src.country and not src.org:
            return [Actor(text="", span=(0, 0), name=self.lexicon.countries.get(src.country), country=src.country,
                          cameo=src.country, entry="context:domestic")]
        return []


def code_sentence(sent: Span, matches: dict[int, Match], lexicon: Lexicon, ctx: ArticleContext) -> list[Coded]:
    """All events in one sentence (possibly several: "X said that Y attacked Z" codes the attack)."""
    return SentenceCoder(sent, matches, lexicon, ctx).code()
