"""Whom an act told in words is aimed at, when the parse does not put it in the act's own clause: the one
written to or called ("wrote to Vantor to complain"), the one complained of to a body ("complained to the UN
that jets from X bombed its villages"), the one notified of an act ("informed Peru that it was ending
the treaty"), the one a conditional warning is addressed to ("would retaliate if the US imposed tariffs")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.arguments import prep_objects
from detente.coder.unasserted import infinitive


def complained_of(verb: Token) -> list[Token]:
    """ "complained to the UN that jets from X bombed its villages": a complaint told to a body is aimed at the
    actor whose doing it tells of (the active clause's subject), not at the body addressed; a passive clause's
    subject and a pronoun (mostly the complainer itself: "that it was attacked") are no such actor."""
    return [s for c in verb.children if c.dep_ == "ccomp"
            for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]


def addressees(verb: Token) -> list[Token]:
    """ "wrote to Vantor to complain about its fares", "phoned the envoy to protest": a purpose clause's
    complaint, demand or protest is aimed at the one written to or called."""
    host = verb.head
    if verb.dep_ not in ("advcl", "xcomp") or not infinitive(verb):
        return []
    lemma = host.lemma_.lower()
    if lemma in _CALLING:
        return [c for c in host.children if c.dep_ in ("dobj", "obj")] + prep_objects(host, "to")
    letters = [c for c in host.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _WRITINGS]
    if lemma not in _WRITING or (lemma == "send" and not letters):
        return []  # "sent troops to the border to fight": no message sent
    return [p for h in (host, *letters) for p in prep_objects(h, "to")]  # "sent a letter to Peru"


# Who is written to or called to be told a complaint or a demand; what is sent to tell one.
_WRITING = {"write", "send", "cable", "fax", "email", "e-mail", "appeal"}
_CALLING = {"phone", "telephone", "call", "ring"}
_WRITINGS = {"letter", "message", "note", "complaint", "memo", "memorandum", "cable", "telegram", "email", "e-mail"}
# Acts done in words: statements, appeals, promises, demands, complaints, refusals, threats.
SAID_ROOTS = {"01", "02", "03", "10", "11", "12", "13"}


#: verbs of telling someone of an act: the act told is aimed at the one told, when it names no one else
_NOTIFYING = {"notify", "inform", "tell", "advise"}


def notified(verb: Token) -> list[Token]:
    """ "informed Peru that it was ending the fishing accord", "told Jordan it would close the
    border": one's own act told to a party, naming no one it is aimed at, is aimed at the party told of it;
    not what one tells reporters, nor another's act one tells of."""
    host = verb.head
    if verb.dep_ != "ccomp" or host.lemma_.lower() not in _NOTIFYING:
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children):
        return []
    return [c for c in host.children if c.dep_ in ("dobj", "obj", "dative") and c.pos_ in ("PROPN", "NOUN")
            and c.lemma_.lower() not in _AUDIENCES]


#: whom news is told to, who are no party to it
_AUDIENCES = {"reporter", "journalist", "newsman", "correspondent", "press", "media", "audience", "crowd", "supporter",
              "conference", "rally", "viewer", "listener", "newspaper", "agency", "television", "radio", "interviewer",
              "delegate", "student", "shareholder", "investor", "analyst", "parliament", "congress", "meeting"}


def warned_on_condition(verb: Token) -> list[Token]:
    """ "said it would retaliate if the United States imposed tariffs": the one whose act the condition names is
    the one warned (ANNOTATION.md: conditional warnings addressed to an actor are threats). The clause may hang
    on the act or on the verb it is the complement of ("said that if X did, it would ...")."""
    found = []
    for gov in (verb, verb.head) if verb.dep_ in ("xcomp", "conj") else (verb,):
        for c in gov.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                found += [s for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "NOUN")]
    return found


def warned_unless_placed(verb: Token) -> list[Token]:
    """The ones a conditional act warns, when the act names no place it would be done in: "would close the strait
    if the US imposes sanctions" warns the US, but "would ban voting in East Jerusalem if Hamas ran" is aimed at the
    place it would be done in."""
    conditions = {t.i for c in verb.subtree if c.dep_ == "advcl" for t in c.subtree}
    if any(t.ent_type_ in ("GPE", "LOC") and t.i not in conditions for t in verb.subtree):
        return []
    return warned_on_condition(verb)

