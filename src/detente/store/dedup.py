"""Near-duplicate articles: MinHash signatures and an LSH index of first copies (nothing else lives here).

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

import functools
import re
from collections import deque
from collections.abc import Iterable
from typing import Any

import numpy as np

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
