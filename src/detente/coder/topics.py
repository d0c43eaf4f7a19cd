"""What a trigger's phrase is the topic of, not an act: the gerund a paper or a debate is "on" ("a resolution on
investigating the attack"), what a text before a house would do ("a bill to curb imports"), a standing over
years ("the main source of aid"), a danger seen ("the threat from attacks"), a deal's terms ("under the agreement,
X will buy 51 pct"). Read by
:mod:`detente.coder.modality` and :mod:`detente.coder.codebook` as "not done"."""

from __future__ import annotations

from spacy.tokens import Token

from detente.coder.codebook_words import DEAL_MAKING_VERBS, DEAL_NOUNS

#: papers and debates whose "on"/"about" gerund is their topic, not an act done
_PAPERS = {"resolution", "report", "bill", "draft", "motion", "debate", "law", "proposal", "guideline", "rule",
           "study", "paper", "treaty", "convention", "hearing", "vote", "referendum"}


def _framed_by(tok: Token, dep: str, preps: tuple[str, ...], nouns: set[str]) -> bool:
    """Is ``tok`` in a phrase of one of ``preps`` on one of ``nouns``, or on the verb whose object that noun is
    (the parser's "propose a resolution | on investigating")?"""
    if tok.dep_ != dep or tok.head.lower_ not in preps:
        return False
    host = tok.head.head
    return host.lemma_.lower() in nouns or any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in nouns
                                               for c in host.children)


def on_paper(tok: Token) -> bool:
    """ "would propose a UN resolution on investigating the attack", "a debate about sending troops": what a
    paper or a debate is about is not done by anyone."""
    return _framed_by(tok, "pcomp", ("on", "about", "concerning", "regarding"), _PAPERS)


_TEXTS = _PAPERS | {"language", "measure", "amendment", "provision", "legislation", "clause", "wording"}


def a_text_s_aim(tok: Token) -> bool:
    """ "opposed language in the trade bill to limit foreign takeovers", "a bill to curb imports": what a text
    before a house would do is not done by anyone (the parser hangs the infinitive on the text or its verb)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or tok.dep_ not in ("acl", "advcl",
                                                                                             "relcl"):
        return False
    host = tok.head
    if host.pos_ == "NOUN":
        return host.lemma_.lower() in _TEXTS
    texts = [o for c in host.children if c.dep_ in ("dobj", "obj") and c.i < tok.i
             for o in (c, *(p for q in c.children if q.dep_ == "prep" for p in q.children if p.dep_ == "pobj"))]
    return any(o.lemma_.lower() in _TEXTS for o in texts)


#: what a state is to another over time ("the main source of aid", "the biggest buyer of its arms")
_STANDINGS = {"source", "provider", "supplier", "donor", "buyer", "importer", "exporter", "lender", "creditor",
              "customer", "recipient", "user", "backer", "client"}


def a_standing(tok: Token) -> bool:
    """ "Tokyo has long been the main source of aid for Beijing": a standing told of a state (totals over the
    years), not an act of giving."""
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return holder is not None and holder.dep_ == "attr" and holder.lemma_.lower() in _STANDINGS


def a_danger(tok: Token) -> bool:
    """ "the threat to oil routes from attacks by Iran and Iraq": a danger someone sees, not attacks made (nor a
    threat anyone made)."""
    return _framed_by(tok, "pobj", ("from",), _DANGERS)


_DANGERS = {"threat", "danger", "risk", "menace"}


def under_a_deal(tok: Token) -> bool:
    """ "Under the agreement concluded last November, Gillette agreed to acquire 51.2 pct", "under terms of the
    deal, the bank will invest": a term of a deal, which is coded once as the deal (the gold's rule on terms)."""
    if tok.lemma_.lower() in DEAL_MAKING_VERBS:
        return False  # "the agreement concluded last November": the deal itself
    cur = tok
    for _ in range(3):
        # (the parser may hang "under the agreement" on a participle before the clause: "concluded last November")
        for c in (*cur.children, *(d for a in cur.children if a.dep_ in ("advcl", "ccomp") and a.i < cur.i
                                   for d in a.children)):
            if c.dep_ == "prep" and c.lower_ == "under" and any(
                    p.dep_ == "pobj" and (p.lemma_.lower() in DEAL_NOUNS or (p.lemma_.lower() == "term" and any(
                        q.lemma_.lower() in DEAL_NOUNS for q in p.subtree))) for p in c.children):
                return True
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False
