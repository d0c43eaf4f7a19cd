"""Near-duplicate articles (MinHash + LSH) and the same-event key that merges mentions across articles.

Why: wire stories are republished many times with small edits (a new headline, a dropped paragraph). Counting
each copy's events again is how GDELT ends up reporting one kidnapping hundreds of times. We link every near
copy to its *first* copy and count it as one more report of the first copy's events (GDELT's NumMentions /
NumArticles / NumSources), instead of as new events.

Design choices:

- Word 5-shingles of the lower-cased text, 128-permutation MinHash, LSH at Jaccard threshold 0.8, and a check
  of the estimated Jaccard of every LSH candidate (LSH alone admits false positives). Texts of fewer than five
  words get one shingle (the whole text), so only identical short texts match.
- Signatures are computed where the article is coded (a worker) and stored with the article (512 bytes,
  uint32), so a restarted run rebuilds the index from the store without re-reading any text.
- Determinism: the first copy in input order wins. Every stored article has a sequence number (``seq``) in
  input order; among candidates the one with the lowest ``seq`` is chosen, and only first copies are indexed.
  The index keeps the last ``window`` first copies (by ``seq``), so memory is bounded and a rebuilt index
  (the last ``window`` first copies in the store) equals the one an uninterrupted run would hold.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from detente.model import Article, Event

NUM_PERM = 128
SHINGLE = 5
THRESHOLD = 0.8
WINDOW = 100_000
"""How many first copies the index remembers: about 3 KiB each (signature + LSH band keys)."""

_SEED = 1
_SCHEME = "affine32"  # datasketch 2's default: 32-bit values, so a signature is 4 bytes per permutation
_WORD = re.compile(r"\w+")


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """The set of word k-grams of ``text`` (lower-cased; punctuation and spacing ignored)."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) < k:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def signature(text: str, num_perm: int = NUM_PERM) -> bytes | None:
    """The MinHash signature of ``text`` as bytes (uint32 per permutation), None for a text without words."""
    grams = shingles(text)
    if not grams:
        return None
    from datasketch import MinHash

    m = MinHash(num_perm=num_perm, seed=_SEED, permutations=_permutations(num_perm), scheme=_SCHEME)
    m.update_batch(list(grams))
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()


@functools.cache
def _permutations(num_perm: int) -> object:
    """Generating the permutations costs more than hashing a short article: once per process (read-only)."""
    from datasketch import MinHash

    return MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME).permutations


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal permutation minima)."""
    return float(np.mean(np.frombuffer(a, np.uint32) == np.frombuffer(b, np.uint32)))


def event_key(date: str | None, source_code: str | None, target_code: str | None, cameo: str) -> str:
    """The id shared by all mentions of one event: same day, same dyad, same CAMEO code.

    md5 of ``date|source|target|cameo`` (empty string for a null), first 16 hex digits; the store computes
    the same value in SQL (``md5(...)[1:16]``) for rows written before the column existed.
    """
    key = f"{date or ''}|{source_code or ''}|{target_code or ''}|{cameo}"
    return hashlib.md5(key.encode("utf-8")).hexdigest()[:16]


EVENT_KEY_SQL = ("md5(coalesce(CAST(date AS VARCHAR), '') || '|' || coalesce(source_code, '') || '|' || "
            "coalesce(target_code, '') || '|' || cameo)[1:16]")
"""The same as :func:`event_key`, in SQL over the ``events`` table (for rows stored before the column)."""


class NearDuplicateIndex:
    """First copies seen so far; :meth:`match` finds the earliest one a new text nearly duplicates."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM, window: int = WINDOW) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self.window = window
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._sigs: dict[str, tuple[int, bytes]] = {}  # article id -> (seq, signature)
        self._order: deque[str] = deque()  # ids by seq, for eviction

    def __len__(self) -> int:
        return len(self._sigs)

    def _minhash(self, sig: bytes) -> Any:
        from datasketch import LeanMinHash

        return LeanMinHash(seed=_SEED, hashvalues=np.frombuffer(sig, np.uint32), scheme=_SCHEME)

    def match(self, sig: bytes | None) -> tuple[str, float] | None:
        """(id, similarity) of the earliest indexed first copy with similarity >= threshold, else None."""
        if sig is None or not self._sigs:
            return None
        best: tuple[int, str, float] | None = None
        for key in self._lsh.query(self._minhash(sig)):
            seq, other = self._sigs[key]
            sim = similarity(sig, other)
            if sim >= self.threshold and (best is None or seq < best[0]):
                best = (seq, key, sim)
        return (best[1], best[2]) if best else None

    def add(self, article_id: str, seq: int, sig: bytes | None) -> None:
        """Index a first copy (call in ``seq`` order); the oldest one is forgotten beyond ``window``."""
        if sig is None or article_id in self._sigs:
            return
        self._lsh.insert(article_id, self._minhash(sig), check_duplication=False)
        self._sigs[article_id] = (seq, sig)
        self._order.append(article_id)
        while len(self._order) > self.window:
            old = self._order.popleft()
            self._lsh.remove(old)
            del self._sigs[old]

    def extend(self, rows: Iterable[tuple[str, int, bytes | None]]) -> None:
        """Rebuild from stored first copies: (id, seq, signature) rows in ``seq`` order."""
        for article_id, seq, sig in rows:
            self.add(article_id, seq, sig)


EVENT_GROUPS_VIEW = """CREATE OR REPLACE VIEW event_groups AS
WITH m AS (
    SELECT event_key, id AS event_id, article_id, sentence_index, TRUE AS stored FROM events
    WHERE event_key IS NOT NULL
    UNION ALL
    SELECT event_key, event_id, article_id, sentence_index, FALSE FROM duplicate_mentions)
SELECT m.event_key, count(*) AS num_mentions, count(DISTINCT m.article_id) AS num_articles,
       count(DISTINCT a.source_name) AS num_sources, count(*) FILTER (WHERE m.stored) AS num_events,
       arg_min(m.event_id, (a.seq, m.sentence_index, m.event_id)) FILTER (WHERE m.stored) AS first_event_id
FROM m LEFT JOIN articles a ON a.id = m.article_id
GROUP BY m.event_key"""
"""Per event_key (same date, dyad, CAMEO code): GDELT's NumMentions / NumArticles / NumSources, computed on
read so it is never stale; ``first_event_id`` is the stored mention of the earliest article (by ``seq``)."""


@dataclass(frozen=True)
class IngestRecord:
    """One coded article as the ingest writes it: its place in input order and its first copy, if any."""

    article: Article
    events: Sequence[Event]
    seq: int
    signature: bytes | None = None
    duplicate_of: str | None = None
    similarity: float | None = None


def record_rows(records: Sequence[IngestRecord], keys_of: Callable[[list[str]], dict[str, set[str]]],
                now: dt.datetime | None = None) -> tuple[list[dict[str, Any]], ...]:
    """(article rows, event rows, mention rows) for records, the same for the store and Parquet.

    A near duplicate's events whose event_key its first copy already has become mention rows; its other
    events (an updated story's new paragraph) are stored as events. ``keys_of(ids)`` gives the event keys of
    first copies not in ``records``.
    """
    from detente.store.database import article_row, events_to_rows

    keys: dict[str, set[str]] = {}
    outside = sorted({r.duplicate_of for r in records if r.duplicate_of} - {r.article.stable_id for r in records})
    keys.update(keys_of(outside) if outside else {})
    arts: list[dict[str, Any]] = []
    evs: list[dict[str, Any]] = []
    mentions: list[dict[str, Any]] = []
    for r in records:
        a, aid = r.article, r.article.stable_id
        arts.append(article_row(a, seq=r.seq, ingested_at=now, duplicate_of=r.duplicate_of, minhash=r.signature,
                                similarity=r.similarity))
        rows = events_to_rows(r.events)
        if r.duplicate_of is None:
            keys[aid] = {row["event_key"] for row in rows}
            evs.extend(rows)
            continue
        known = keys.get(r.duplicate_of, set())
        for row in rows:
            if row["event_key"] in known:
                mentions.append({"article_id": aid, "event_id": row["id"], "duplicate_of": r.duplicate_of,
                                 "event_key": row["event_key"], "sentence_index": row["sentence_index"],
                                 "sentence": row["sentence"]})
            else:
                evs.append(row)
    return arts, evs, mentions
