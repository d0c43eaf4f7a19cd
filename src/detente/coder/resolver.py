"""The actors at a candidate's arguments, for one sentence: pronouns and definite descriptions followed back
through the article, "the two countries", "whose ministers", the place of an act and a group's home.

:mod:`detente.coder.resolve` turns one noun phrase into an actor; :class:`Resolver` binds a sentence, its
lexicon matches and the article context, and answers for arguments (:class:`~detente.coder.detect.Argument`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from detente.coder.actor_words import OTHERS_OF, PERSON_ROLES, REFLEXIVES
from detente.coder.arguments import PASSIVE_SUBJECTS, SUBJECTS
from detente.coder.binding import fronted_subject, named_members, named_under, quoted_speaker
from detente.coder.conjuncts import first_of_joined, resolve_actors
from detente.coder.context import ArticleContext
from detente.coder.detect import Argument
from detente.coder.modality_words import REPORTING_VERBS
from detente.coder.names import Match
from detente.coder.no_one_heads import named_after_a_city
from detente.coder.people import a_person_s_name, private_person
from detente.coder.phrase_heads import COMPASS, company, role_sector
from detente.coder.resolve import cameo_code, money
from detente.coder.sentence import Sentence
from detente.coder.where import lookup
from detente.lexicon import Lexicon
from detente.model import Actor

# --- the actors at an argument -------------------------------------------------------------------------------

_PERSONAL = {"he", "she", "him", "her", "his"}
_GROUP = {"they", "them", "their"}
_THING = {"it", "its"}
_PRONOUNS = _PERSONAL | _GROUP | _THING
_CONFLICT_NOUNS = {"war", "conflict", "fight", "dispute", "standoff", "confrontation", "feud", "row", "battle"}
_OBJECT_CASE = {"him", "her", "them"}
_SAYING = REPORTING_VERBS | {"claim", "argue", "explain", "write"}
_PAIR_NOUNS = {"country", "government", "nation", "side", "state", "leader", "capital", "neighbour", "neighbor",
               "power", "ally", "rival", "president", "minister", "army", "military", "delegation", "party"}
_GOV_PAIR = {"government", "leader", "capital", "president", "minister", "delegation"}
_OFFICE_PAIR = {"leader", "president", "minister"}


@dataclass(frozen=True)
class Salient:
    """What a sentence was about, for the pronouns of the next: its main subject and the person it named."""

    subjects: tuple[Actor, ...]
    plural: bool
    person: Actor | None


#: words that name a part of any town ("the Old City", "the New Town", "Downtown"), not one place
_GENERIC_PLACE_WORDS = {"old", "new", "city", "town", "centre", "center", "quarter", "district", "downtown",
                        "harbour", "harbor", "port", "market", "upper", "lower", "inner", "outer", "medina"}


@dataclass(frozen=True)
class Resolver:
    """Everything resolution reads for one sentence: bound once, so each stage passes one thing around."""

    sentence: Sentence
    matches: dict[int, Match]
    lexicon: Lexicon
    ctx: ArticleContext

    def at(self, tok: Token | None, trigger: Token | None = None, acting: bool = False) -> list[Actor]:
        """The actors the phrase headed by ``tok`` names (pronouns followed back, verbs to their subject);
        ``acting``: the phrase is the one who acts."""
        if tok is None or tok.lower_ in REFLEXIVES:  # "blew themselves up": no one else is the target
            return []
        if tok.lower_ in _PRONOUNS and tok.pos_ == "PRON":
            return self.antecedent(tok, trigger)
        if tok.lower_ == "here" and tok.dep_ == "advmod":  # "visited here": where the story was filed
            return [Actor(text=tok.text, span=(tok.idx - self.sentence.span.start_char,) * 2, country=self.ctx.dateline,
                          cameo=self.ctx.dateline, entry="context:here")] if self.ctx.dateline else []
        if (author := _author(tok)) is not None:
            return self.at(author, trigger, acting)  # "The measure, offered by Sen. Danforth, urges ...": its author's
        if tok.pos_ == "VERB":  # "The Red Cross operating in Iraq said": a participle parsed as the subject
            tok = next((c for c in tok.children if c.dep_ in SUBJECTS), None)
            if tok is None:
                return []
        firm = next((c for c in tok.children if c.dep_ == "appos" and company(c)), None)
        if firm is not None and tok.ent_type_ == "GPE":  # "with Madrid, Spain-based Redes SA": the firm there
            tok = firm
        pair = self._the_two(tok)
        if pair:
            return pair
        named = next((c for c in tok.children if c.dep_ == "appos" and c.i in self.matches
                      and self.matches[c.i].entry.kind == "country"), None) if tok.pos_ == "NOUN" else None
        if named is not None:  # "the three guarantors of the peace process -- Russia, Turkey and Iran --"
            return self.at(named, trigger, acting)
        owners = self._whose(tok, trigger) or self._firm_officer(tok, trigger)
        if owners:
            return owners
        found = resolve_actors(tok, self.sentence.span, self.matches, self.lexicon, self.ctx, trigger, acting)
        if not found and tok.pos_ == "NOUN":  # "asked four countries, including France and Chile": those named
            found = [a for p in named_members(tok) for a in self.at(p, trigger, acting)]
        if not found and tok.lemma_.lower() in _CONFLICT_NOUNS:  # "an offensive in its war with Somalia"
            return [a for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                    for p in c.children if p.dep_ == "pobj" for a in self.at(p, trigger, acting)]
        return found

    def _whose(self, tok: Token, trigger: Token | None) -> list[Actor]:
        """ "Chile and Peru, whose foreign ministers met": the states the relative clause hangs on, in the
        office its subject names."""
        if tok.head.dep_ != "relcl" or not any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children):
            return []
        sector, _ = role_sector(tok, self.lexicon)
        if sector is None:
            return []
        owners = self.at(tok.head.head, trigger)
        return [replace(a, sector=sector, cameo=f"{a.country}{sector}")
                if a.country and not a.org else a for a in owners]

    def _firm_officer(self, tok: Token, trigger: Token | None) -> list[Actor]:
        """ "It also said its president resigned", where "it" is a company: the firm's president (BUS), not a
        head of state; an office of a state or a party ("its foreign minister") stays theirs."""
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "its"), None)
        if poss is None or role_sector(tok, self.lexicon)[0] not in ("GOV", "BUS") or tok.lemma_.lower() in OTHERS_OF:
            return []  # "its customers" are other firms
        owners = self.antecedent(poss, trigger)
        if not owners or any(a.sector != "BUS" for a in owners):
            return []
        span = self.sentence.doc[poss.i:tok.i + 1]
        start = span.start_char - self.sentence.span.start_char
        return [replace(a, text=span.text, span=(start, start + len(span.text))) for a in owners]

    def _the_two(self, tok: Token) -> list[Actor]:
        """ "The two countries", "the two governments": the last two states the article named."""
        lemma = tok.lemma_.lower()
        # "the two", "both", "the two sides'": told before; "two Polish ministers" are named here
        words = {c.lower_ for c in tok.children}
        anaphoric = "both" in words or ("two" in words and bool(words & {"the", "these", "those"}))
        if lemma not in _PAIR_NOUNS or not anaphoric:
            return []
        states = self.ctx.recent_states[-2:]
        if lemma in _OFFICE_PAIR and len(self.ctx.recent_officials) >= 2:
            states = self.ctx.recent_officials[-2:]  # the two presidents named, not the last states mentioned
        if len(states) < 2:
            return []
        sector = "GOV" if lemma in _GOV_PAIR else ("MIL" if lemma in ("army", "military") else None)
        span = tok.doc[tok.left_edge.i:tok.i + 1]
        if span[0].dep_ == "det":
            span = span[1:]
        start, end = span.start_char - self.sentence.span.start_char, span.end_char - self.sentence.span.start_char
        return [Actor(text=span.text, span=(start, end), name=self.lexicon.countries.get(c), country=c,
                      sector=sector, cameo=f"{c}{sector or ''}", entry="context:the-two") for c in states]

    def antecedent(self, pron: Token, trigger: Token | None) -> list[Actor]:
        """ "Hungary said it will ...": the subject of a governing clause; else, across sentences, the person
        named last ("he", "his"), or the previous sentence's subject ("they" of a group, "it" of a state)."""
        low = pron.lower_
        if low not in _OBJECT_CASE or pron.dep_ == "poss":  # "her trip" is read as "his trip" is
            cur = pron.head
            for _ in range(8):  # "the paperback edition of his book about his resignation": noun phrases nest deep
                if pron.dep_ != "poss" and self._either_side(low, cur, trigger):
                    return []
                if (speaker := quoted_speaker(cur)) is not None and speaker.i != pron.i:
                    # "the agency quoted him as saying his talks ...": the one quoted speaks, not the agency
                    found = self.antecedent(speaker, trigger) if speaker.pos_ == "PRON" else resolve_actors(
                        speaker, self.sentence.span, self.matches, self.lexicon, self.ctx, trigger)
                    return found if found and self._agrees(low, found, speaker) else []
                owner = next((c for c in cur.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                if low in ("it", "its") and cur.pos_ == "NOUN" and owner is not None and owner.i < pron.i and (
                        found := resolve_actors(owner, self.sentence.span, self.matches, self.lexicon, self.ctx)):
                    return found  # "the Pentagon's announcement that it aimed to ...": the Pentagon
                for c in cur.children:
                    if c.dep_ in SUBJECTS and (found := first_of_joined(
                            c, pron, self.sentence.span, self.matches, self.lexicon, self.ctx)) \
                            and self._agrees(low, found, c):
                        return found
                    if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS and c.i != pron.i \
                            and not (c.left_edge.i <= pron.i <= c.right_edge.i) \
                            and c.pos_ != "PRON" and c.i < pron.i:
                        found = resolve_actors(c, self.sentence.span, self.matches, self.lexicon, self.ctx, trigger)
                        if found and self._agrees(low, found, c):
                            return found
                        if not found and low in _PERSONAL and a_person_s_name(c):
                            # "De Mistura said he ...": someone the lexicon does not know, not the last it did
                            return []
                        owner = next((p for p in c.children if p.dep_ == "poss" and p.pos_ == "PROPN"), None)
                        if low in _PERSONAL and owner is not None and (found := resolve_actors(  # "Trump's remarks
                                owner, self.sentence.span, self.matches, self.lexicon, self.ctx, trigger)) \
                                and all((a.entry or "").startswith(("person:", "introduced:")) for a in found):
                            return found  # mask a debate over his decision": Trump's decision
                if cur.head.i == cur.i:
                    break
                cur = cur.head
        if (ahead := fronted_subject(pron)) is not None:
            found = resolve_actors(ahead, self.sentence.span, self.matches, self.lexicon, self.ctx, trigger)
            if found and self._agrees(low, found, ahead):
                return found  # "In his talks with May, Erdogan said ...": Erdogan's talks
            if not found and low in _PERSONAL and ahead.pos_ == "PROPN" and ahead.ent_type_ != "GPE":
                return []  # "During his trip, Bangemann will meet ...": someone unknown's, not the last man's
        if low in _PERSONAL and (pron.dep_ != "poss" or self.ctx.last_person is None):
            # "Hale said Isis had tortured him": Hale, not the last person of before; "support for Thatcher
            # following her trip", the story's first sentence: the woman just named (later, "her visit" is the
            # story's protagonist's, as likely as the last man named)
            named = self._named_before(pron)
            if named is not None:
                return named
        found = self._previous(low)
        if low in _PERSONAL and pron.dep_ in SUBJECTS and found and named_under(found[0], pron.head, pron):
            return []  # "He warned the BBC that attacking Campbell ...": he is not Campbell
        return found

    def _named_before(self, pron: Token) -> list[Actor] | None:
        """ "Trump called Erdogan, urging him", "Hale said Isis had tortured him": the person named last before
        "him" who is not its own clause's subject; the lexicon's actor, or no one for someone it does not know
        (None: no one named before it)."""
        span = self.sentence.span
        clause = next((t for t in pron.ancestors if t.pos_ in ("VERB", "AUX")), None)
        own = {c.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")} if clause is not None else set()
        if clause is not None and clause.dep_ == "relcl":
            own.add(clause.head.i)  # "Erdogan, who had urged him": "who" is Erdogan
        people = [(p.start, p.end - 1) for group in self._people_named() for p in group if p.end <= pron.i]
        quotes = [t.i for t in span if t.is_quote]
        # not its own clause's subject, and not a speaker outside the quotation "him" stands in
        people = [(start, head) for start, head in people
                  if head not in own and not any(head < q < pron.i for q in quotes)]
        if not people:
            return None
        _, head = max(people)
        tok = span.doc[head]
        while tok.dep_ == "appos":
            tok = tok.head  # "the environment secretary, Michael Gove": the office names him
        found = resolve_actors(tok, span, self.matches, self.lexicon, self.ctx, None)
        found = [a for a in found if (a.entry or "").startswith(("person:", "introduced:")) or (
            len(found) == 1 and a.sector)]
        last = self.ctx.last_person
        if not found and last is not None and last.code and span.doc[head].text in last.text.split():
            return [last]  # the man the story told of before, named again
        return found  # none: someone the lexicon and the text do not place

    def _either_side(self, pron: str, clause: Token, trigger: Token | None) -> bool:
        """ "Police evicted the miners after they began a hunger strike": in a clause of time or cause, a pronoun
        subject may be the main clause's object as well as its subject; when both fit it, it is neither's."""
        if clause.dep_ != "advcl" or clause.head.i == clause.i or not any(
                c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children):
            return False
        objects = [c for c in clause.head.children if c.dep_ in ("dobj", "obj") and c.pos_ != "PRON"]
        return any((found := resolve_actors(o, self.sentence.span, self.matches, self.lexicon, self.ctx, trigger))
                   and self._agrees(pron, found, o) for o in objects)

    @staticmethod
    def _agrees(pron: str, actors: list[Actor], head: Token) -> bool:
        """Gender-free agreement: "he" a person or an office, "it" one state or body, "they" a plural."""
        person = all((a.entry or "").startswith(("person:", "introduced:")) for a in actors)
        plural = len(actors) > 1 or head.tag_ in ("NNS", "NNPS")
        if pron in _PERSONAL:
            return not plural and (person or all(a.sector for a in actors))  # "the minister ... he"
        if pron in _THING:
            return not person and not plural
        return plural

    def _previous(self, pron: str) -> list[Actor]:
        """Across sentences: "he"/"she" only to a named person; "it" to a state or organisation that was the
        previous sentence's subject; "they" to a plural subject (a group, or several actors)."""
        ctx = self.ctx
        if pron in _PERSONAL:
            last = ctx.last_person
            return [last] if last is not None and last.code is not None else []
        if not ctx.subjects:
            return []
        person = any((a.entry or "").startswith(("person:", "introduced:")) for a in ctx.subjects)
        if pron in _THING and len(ctx.subjects) == 1 and not ctx.subjects_plural and not person:
            return list(ctx.subjects)
        if pron in _GROUP and ctx.subjects_plural and not person:
            return list(ctx.subjects)
        return []

    def salient(self) -> Salient:
        """The main clause's subject (resolved) and the last person named, for the next sentence."""
        root = self.sentence.span.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        subjects: list[Actor] = []
        plural = False
        if subj is not None:
            subjects = self.at(subj)
            plural = len(subjects) > 1 or (subj.tag_ in ("NNS", "NNPS") and subj.pos_ != "PRON") \
                or subj.lower_ in ("they", "both")
        person = next((a for a in subjects if (a.entry or "").startswith(("person:", "introduced:"))), None)
        agent = next((p for c in root.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        if person is None and agent is not None and subj is not None and subj.dep_ == "nsubjpass":
            # "That charge was denied by Mr Lee, who said ...": the one who denied is the next "he"
            found = self.at(agent)
            person = next((a for a in found if (a.entry or "").startswith(("person:", "introduced:"))), None)
            if person is None and len(found) == 1 and found[0].sector \
                    and any(t.ent_type_ == "PERSON" for t in agent.subtree):
                person = found[0]  # "by Spain's foreign minister, Ana Ruiz": the office names her
            if person is None and not found and agent.ent_type_ == "PERSON":
                person = private_person(agent.doc[agent.left_edge.i:agent.i + 1])
        if person is None and subj is not None and subj.ent_type_ == "PERSON" and not subjects:
            person = private_person(subj.doc[subj.left_edge.i:subj.i + 1])  # "Hale organised a vigil"
        if person is None and subj is not None and len(subjects) == 1 and subj.tag_ == "NN" \
                and subj.lemma_.lower() in PERSON_ROLES and root.lemma_ not in _SAYING:
            person = subjects[0]  # "the Pakistani president met Blair. He is due to ...": the president
        if person is None and root.lemma_ in _SAYING:
            # "Officials said Baldrige will meet Aquino on April 28. He will also meet ...": the one told of acts
            told = (c for v in root.children if v.dep_ == "ccomp" for c in v.children if c.dep_ == "nsubj")
            person = next((a for c in told for a in self.at(c)
                           if (a.entry or "").startswith(("person:", "introduced:"))), None)
        if person is None and self._told_of_before_anyone_named():
            # "One of his fellow pupils was Putin. He was posted to ...": the sentence still tells of the man
            # it calls "his"; someone named in passing does not take over the story
            person = self.ctx.last_person
        return Salient(tuple(subjects), plural, person or self._last_named())

    def _told_of_before_anyone_named(self) -> bool:
        """Does the sentence call someone "he"/"his" before it names anyone ("said he" names him first)?"""
        span = self.sentence.span
        first_pronoun = next((t.i for t in span if t.lower_ in _PERSONAL), None)
        if first_pronoun is None or self.ctx.last_person is None:
            return False
        known, strangers = self._people_named()
        named = [(e.start, e.root) for e in strangers] + [(m.start, span.doc[m.end - 1]) for m in known]
        if any(head.dep_ in ("nsubj", "nsubjpass") for _, head in named):
            return False  # "His comments came as Bush said ...": Bush speaks, and is the "he" to come
        return first_pronoun < min((start for start, _ in named), default=span.end)

    def _people_named(self) -> tuple[list[Match], list[Span]]:
        """The people the sentence names: the lexicon's (its matches) and others (PERSON names it does not know)."""
        known = [m for m in set(self.matches.values()) if m.entry.kind == "person"]
        strangers = [e for e in self.sentence.span.ents if e.label_ == "PERSON"
                     and not any(k in self.matches for k in range(e.start, e.end))]
        return known, strangers

    def _last_named(self) -> Actor | None:
        """The person named last in the sentence: an office holder the lexicon knows, or someone it does not
        ("... said Jane Hale"), after whom "she" is no longer the minister named before."""
        doc = self.sentence.doc
        people, strangers = self._people_named()
        last_match = max(people, key=lambda m: m.start, default=None)
        last_stranger = max(strangers, key=lambda e: e.start, default=None)
        if last_stranger is not None and (last_match is None or last_stranger.start > last_match.start):
            return private_person(last_stranger)
        if last_match is None:
            return None
        e = last_match.entry
        return Actor(text=doc[last_match.start:last_match.end].text, span=(0, 0), name=e.name, country=e.country,
                     org=e.org, sector=e.sector, cameo=cameo_code(e.country, e.org, e.sector, e), entry=e.id)

    def every(self, args: tuple[Argument, ...], trigger: Token | None,
              acting: bool = False) -> tuple[list[Actor], Argument | None]:
        """The actors of all the arguments (a model's spans: "sanctions on Iran and Syria" are two)."""
        doc = self.sentence.doc
        found: list[Actor] = []
        first = None
        for arg in args:
            for a in self.at(doc[arg.head], trigger, acting):
                if all(a.code != b.code or a.sector != b.sector for b in found):
                    found.append(a)
                    first = first or arg
        return found, first

    def first(self, args: tuple[Argument, ...], trigger: Token | None,
              acting: bool = False) -> tuple[list[Actor], Argument | None]:
        """The actors of the first argument that names any (a ``hit`` object only by a name of its own)."""
        doc = self.sentence.doc
        for arg in args:
            if arg.slot == "between":
                continue
            found = self.at(doc[arg.head], trigger, acting)
            if arg.slot == "hit":  # "arrested opposition leaders": the object itself, if it names someone
                found = [a for a in found if not (a.entry or "").startswith("context")]
            if found:
                return found, arg
        return [], None

    def place(self, trigger: Token, prefer: tuple[str | None, ...] = (), held: bool = False) -> list[Actor]:
        """The country where an act happens ("imposed a curfew in Turkey", "shelled villages near Kabul",
        "blew up a pylon supplying a Managua industrial zone", "bombed Idlib": a city of the gazetteer, read in
        the ``prefer`` countries first). What is ``held`` (occupied, captured) is a place even when the tagger
        took its name for a person's ("captured Goma")."""
        person_tag = ("PERSON",) if held else ()
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
        # "killed 23 people when they blew themselves up in Tel Aviv": the clause saying when says where
        during = [c for c in trigger.children if c.dep_ == "advcl"
                  and any(m.dep_ == "advmod" and m.lower_ in ("when", "as", "while") for m in c.children)]
        # "clashed with rebels near Aleppo": where the side fought is
        fought = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
                  for o in c.children if o.dep_ == "pobj"]
        hosts = [trigger] + objects + fought + during + [c for d in during for c in d.children
                                                          if c.dep_ in ("dobj", "obj")]
        if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") and trigger.head.pos_ == "VERB":
            hosts.append(trigger.head)  # "prepared an offensive in Idlib": where it is launched
        for host in hosts:
            for c in host.children:
                if c.dep_ != "prep" or c.lower_ not in _PLACE_PREPS | {"on"}:
                    continue
                for pobj in (x for x in c.children if x.dep_ == "pobj"):
                    if pobj.pos_ != "PROPN" and pobj.lemma_.lower() not in _PLACE_NOUNS:
                        continue  # "in the second-worst attack" is no place
                    if c.lower_ == "on" and not _a_named_place(pobj):
                        continue  # "an air strike on Idlib" is where; "pressure on President Bush" is on whom
                    for a in self.at(pobj, trigger):
                        if a.country and not a.org:
                            return [replace(a, sector=None, cameo=a.country, entry=f"place:{a.entry}")]
        for obj in objects:  # a place named inside the object: the thing hit is that state's
            told = {w.i for c in obj.subtree if c.dep_ == "relcl" for w in c.subtree}  # not "who return from Syria"
            for t in (t for t in obj.subtree if t.i not in told):
                m = self.matches.get(t.i)
                if m is not None and m.entry.kind in ("country", "capital") and m.entry.country \
                        and not money(m, t.doc) and not _measured_from(t, obj) and not self._whose_people(t) \
                        and not named_after_a_city(t.head, self.matches, self.lexicon):  # "deals in US dollars"
                    span = t.doc[m.start:m.end]
                    return [Actor(text=span.text, span=(span.start_char - self.sentence.span.start_char,
                                                        span.end_char - self.sentence.span.start_char),
                                  name=self.lexicon.countries.get(m.entry.country), country=m.entry.country,
                                  cameo=m.entry.country, entry=f"place:{m.entry.id}")]
        located = [*objects, *(p for host in hosts for c in host.children if c.dep_ == "prep"
                                 and c.lower_ in _PLACE_PREPS | {"on"} for p in c.children if p.dep_ == "pobj"
                                 and (c.lower_ != "on" or _a_named_place(p, "ORG", "")))]
        # "recaptured the town of Tal Afar": the name after a place noun
        located += [p for tok in list(located) if tok.lemma_.lower() in _PLACE_NOUNS | _HELD_NOUNS
                    for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]
        for tok in located:  # "shelled Afrin", "struck targets in Gaza": a town the lexicon does not name
            # after "in" a proper name is a place whatever the tagger says ("in Manbij" as a product)
            after_in = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "near", "inside", "across", "throughout")
            if tok.pos_ != "PROPN" or tok.ent_type_ not in ("GPE", "LOC", "ORG", "") + person_tag + (
                    ("PERSON", "PRODUCT", "FAC") if after_in else ()) or tok.i in self.matches:
                continue  # the tagger often calls a town it does not know an organisation (or a person)
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), tok.doc[tok.i:tok.i + 1])
            if all(w.lower_ in _GENERIC_PLACE_WORDS for w in ent if w.dep_ != "det"):
                continue  # "have taken the Old City": the town's old quarter, not a place of that name elsewhere
            found = lookup(ent.text, prefer)
            if found is not None and found.country:
                return [Actor(text=ent.text, span=(ent.start_char - self.sentence.span.start_char,
                                                   ent.end_char - self.sentence.span.start_char),
                              name=self.lexicon.countries.get(found.country), country=found.country,
                              cameo=found.country, entry=f"place:gazetteer:{found.name}")]
        return []

    def _whose_people(self, tok: Token) -> bool:
        """ "raids on tankers near the coast and U.S. officials said ...": a state word on people (the parser's
        "officials" inside the object) says whose they are, not where the thing hit is."""
        while tok.dep_ in ("compound", "amod", "nmod", "conj", "poss") and tok.head.i != tok.i:
            tok = tok.head
        return tok.pos_ == "NOUN" and role_sector(tok, self.lexicon)[0] is not None

    def home(self, source: Actor | None) -> Actor | None:
        """The source's own state, the target of coercion or protest that names none."""
        if source is None or not source.country or source.org:
            return None
        return Actor(text="", span=(0, 0), name=self.lexicon.countries.get(source.country),
                     country=source.country, cameo=source.country, entry="context:domestic")


_PLACE_PREPS = {"in", "into", "inside", "across", "throughout", "near", "at"}
# "took control of Marib", "laid siege to ...": what is held is a place named after "of"
_HELD_NOUNS = {"control", "siege", "capture", "seizure", "blockade", "encirclement", "outskirts", "heart", "centre",
               "center"}
_PLACE_NOUNS = {"town", "city", "village", "region", "province", "area", "capital", "camp", "border", "district",
                "state", "country", "territory", "zone", "street", "square", "neighbourhood", "neighborhood",
                "suburb", "port", "island", "coast", "valley", "prison", "jail", "outskirts", "part", "north",
                "south", "east", "west", "centre", "center", "enclave", "settlement", "county", "municipality"}


#: what opens a clause of time or cause ("after they began ...")
_TIME_MARKS = {"after", "before", "when", "because", "since", "as", "once", "until", "while"}


#: texts someone puts forward, and how they put them forward
_DOCUMENTS = {"measure", "bill", "resolution", "amendment", "motion", "proposal", "draft", "report", "letter"}
_AUTHORING = {"offer", "sponsor", "introduce", "draft", "write", "propose", "submit", "table", "author", "put"}


def _author(tok: Token) -> Token | None:
    """Who put forward the text ``tok`` names: "the measure, offered by Sen. Danforth" (the one it speaks for)."""
    if tok.lemma_.lower() not in _DOCUMENTS:
        return None
    return next((p for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _AUTHORING
                 for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)


def _a_named_place(tok: Token, *unsure: str) -> bool:
    """A name the tagger calls a place (or, for a gazetteer look-up, a name it is ``unsure`` of: "on Idlib")."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("GPE", "LOC", "FAC", *unsure)


def _measured_from(tok: Token, top: Token) -> bool:
    """ "shells at an oil rig 120 miles east of Bahrain": a place to measure from, not where the act is."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.lower_ in COMPASS and any(c.dep_ == "prep" and c.lower_ == "of" for c in cur.children):
            return True
        cur = cur.head
    return False
