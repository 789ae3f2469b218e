"""Lexicon files -> one accent- and case-insensitive RE2 alternation per lexicon.

Terms are folded (lower-case, no accents) at load; the pattern puts accent
classes back (e -> [eéèêë]...), so the text never needs folding: one RE2 pass
over the original text finds every term. Longest terms come first, so
"diabète de type 2" wins over "diabète" at the same position.
"""

from __future__ import annotations

import functools
from importlib import resources

import re2

from sentinelle.classifiers.recognizers._base import fold

_ACCENTS: dict[str, str] = {
    "a": "[aàâäáã]",
    "c": "[cç]",
    "e": "[eéèêë]",
    "i": "[iîïíì]",
    "n": "[nñ]",
    "o": "[oôöóò]",
    "u": "[uùûüú]",
    "y": "[yÿ]",
}


@functools.cache
def load_terms(name: str) -> tuple[str, ...]:
    """Folded, de-duplicated terms of ``classifiers/lexicons/<name>.txt`` (comments and blanks skipped)."""
    raw = resources.files("sentinelle.classifiers").joinpath("lexicons", f"{name}.txt").read_text(encoding="utf-8")
    terms: dict[str, None] = {}
    for line in raw.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            terms[" ".join(fold(line).split())] = None
    return tuple(terms)


def term_pattern(term: str) -> str:
    """RE2 pattern for one folded term: accent classes, flexible spaces, hyphens and apostrophes."""
    out: list[str] = []
    i = 0
    while i < len(term):
        c = term[i]
        if term.startswith("oe", i) or c == "œ":
            out.append("(?:oe|œ)")
            i += 1 if c == "œ" else 2
            continue
        if c == " ":
            out.append(r"[\s\-]+")
        elif c == "-":
            out.append(r"[\s\-]?")
        elif c in "'’":
            out.append(r"['’ʼ]\s?")
        elif c in _ACCENTS:
            out.append(_ACCENTS[c])
        else:
            out.append(re2.escape(c))
        i += 1
    body = "".join(out)
    # RE2's \b is ASCII-only: use it only next to ASCII word characters; callers re-check
    # Unicode boundaries with ``bounded``.
    head = r"\b" if term[0].isascii() and term[0].isalnum() else ""
    tail = r"\b" if term[-1].isascii() and term[-1].isalnum() else ""
    return head + body + tail


def lexicon_pattern(*names: str) -> str:
    """Case-insensitive alternation of every term of one or more lexicons, longest first."""
    terms = sorted({t for name in names for t in load_terms(name)}, key=len, reverse=True)
    return "(?i:" + "|".join(term_pattern(t) for t in terms) + ")"


def abbreviation_pattern(name: str) -> str:
    """Case-sensitive alternation of the entries of a lexicon (abbreviations), longest first.

    RE2's ``\\b`` is ASCII-only, which suits upper-case ASCII abbreviations; callers still check
    Unicode boundaries with ``bounded``.
    """
    entries = sorted(load_names(name), key=len, reverse=True)
    return r"\b(?:" + "|".join(re2.escape(e).replace(r"\ ", r"[ \t]+") for e in entries) + r")\b"


@functools.cache
def load_names(name: str) -> tuple[str, ...]:
    """Case-preserving entries of ``classifiers/lexicons/<name>.txt`` (proper names are matched as written)."""
    raw = resources.files("sentinelle.classifiers").joinpath("lexicons", f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.strip() for line in raw.splitlines())
    return tuple(dict.fromkeys(e for e in entries if e and not e.startswith("#")))
