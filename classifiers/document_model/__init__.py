"""A learned reading of whole messages: a logistic regression over the words of the message and the finding
types that counted.

The rules (``classifiers.scoring``) make a message confidential when they find a patient's name near clinical
information. On mail written by people who never saw them, what that rule takes for a patient is mostly a
speaker and a topic, a trainer and a course, a colleague on sick leave: the name and the disease word are there,
but the words of the whole message say "this is a programme, a notice, HR mail", not "this is about someone's
care". This model reads those words. It is trained offline on the labelled corpora whose misses were read
(``build.py``; scikit-learn at build time only) and shipped as weights; here it is a dot product.

Features: the message's text (every segment, the first ``MAX_CHARS`` characters), lower-cased, accents and
other non-ASCII letters dropped, digits as 0, cut into word unigrams and bigrams, each hashed (CRC-32) into
``2**HASH_BITS`` buckets, counts L2-normalised; plus one token ``ft_<type>`` per finding type at or above
``min_confidence``. The engine asks it only about a verdict that rests on nothing but a name near clinical
information, and overrules that verdict when the probability is below ``document_model_veto`` (``engine``).
"""

from __future__ import annotations

import itertools
import math
import unicodedata
import zlib
from collections.abc import Iterable
from importlib import resources
from typing import Any

import numpy as np

HASH_BITS = 18
MAX_CHARS = 20_000
WEIGHTS_FILE = "weights.txt"
_MASK = (1 << HASH_BITS) - 1
# One pass of bytes.translate: digits to 0, every byte that is not an ASCII word character (letters, digits,
# underscore) to a space, so that bytes.split() cuts the words (what a regular expression would find, faster).
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789")
_TO_WORDS = bytes(ord("0") if 48 <= b <= 57 else b if b in _WORD_BYTES else ord(" ") for b in range(256))


def _grams(text: str, finding_types: Iterable[str]) -> list[bytes]:
    # ASCII bytes from here on: split and CRC-32 run on them without decoding; map() keeps the per-token work
    # in C (a 5 KB message has about 1,500 tokens).
    plain = unicodedata.normalize("NFKD", text[:MAX_CHARS].lower()).encode("ascii", "ignore")
    words = plain.translate(_TO_WORDS).split()
    return [*words, *map(b" ".join, itertools.pairwise(words)),
            *(f"ft_{t}".encode("ascii", "replace") for t in sorted(set(finding_types)))]


def tokens(text: str, finding_types: Iterable[str]) -> list[str]:
    """The unigrams and bigrams of ``text`` as the model reads it, then a token per finding type."""
    return [gram.decode("ascii") for gram in _grams(text, finding_types)]


def _buckets(text: str, finding_types: Iterable[str]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The hashed buckets of the tokens, and how often each occurs."""
    grams = _grams(text, finding_types)
    hashed = np.fromiter(map(zlib.crc32, grams), dtype=np.uint32, count=len(grams)) & _MASK
    buckets, counts = np.unique(hashed, return_counts=True)
    return buckets, counts.astype(np.float64)


def features(text: str, finding_types: Iterable[str]) -> dict[int, float]:
    """Hashed, L2-normalised counts."""
    buckets, counts = _buckets(text, finding_types)
    norm = float(np.sqrt(counts @ counts)) or 1.0
    return {int(b): float(c) / norm for b, c in zip(buckets, counts, strict=True)}


class DocumentModel:
    """Weights over the ``2**HASH_BITS`` buckets, and an intercept."""

    def __init__(self, weights: dict[int, float], intercept: float) -> None:
        self.intercept = intercept
        self._dense = np.zeros(1 << HASH_BITS, dtype=np.float64)
        for index, weight in weights.items():
            self._dense[index] = weight

    @classmethod
    def shipped(cls) -> DocumentModel:
        """The weights shipped in ``weights.txt``: a first line "intercept <value>", then "<bucket> <weight>"."""
        head, *rest = resources.files(__name__).joinpath(WEIGHTS_FILE).read_text(encoding="ascii").splitlines()
        weights = {int(index): float(weight) for index, weight in (line.split() for line in rest)}
        return cls(weights, float(head.split()[1]))

    @property
    def weight_count(self) -> int:
        return int(np.count_nonzero(self._dense))

    def probability(self, text: str, finding_types: Iterable[str]) -> float:
        """How likely the message is confidential, by its words alone (0–1)."""
        buckets, counts = _buckets(text, finding_types)
        norm = float(np.sqrt(counts @ counts)) or 1.0
        z = self.intercept + float(self._dense[buckets] @ counts) / norm
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
