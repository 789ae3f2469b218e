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
    # Each unit: (its pattern, its plain ASCII spelling where the text may write it accented: a word
    # boundary there depends on how the text spells it).
    units: list[tuple[str, str | None]] = []
    i = 0
    while i < len(term):
        c = term[i]
        if term.startswith("oe", i) or c == "œ":
            units.append(("(?:oe|œ)", "oe"))
            i += 1 if c == "œ" else 2
            continue
        if c == " ":
            units.append((r"[\s\-]+", None))
        elif c == "-":
            units.append((r"[\s\-]?", None))
        elif c in "'’":
            units.append((r"['’ʼ]\s?", None))
        elif c in _ACCENTS:
            units.append((_ACCENTS[c], c))
        else:
            units.append((re2.escape(c), None))
        i += 1
    # RE2's \b is ASCII-only: it is used next to ASCII word characters only, so a term whose first or last
    # letter the text writes accented ("incarcéré", "éviction", "œdème") gets no \b on that side;
    # callers re-check Unicode boundaries with ``bounded``.
    # Only the accents French words take at their edges are spelled out (a leading "é" or "œ", a final
    # "é"): every alternative costs scanning speed, and "à", "î", "ñ"... hardly begin or end a term.
    if len(units) > 1 and term[0].isascii() and term[0].isalnum():
        pattern, plain = units[0]
        edge = {"e": "é", "oe": "œ"}.get(plain or "")
        units[0] = (rf"(?:\b{plain}|{edge})" if edge else r"\b" + pattern, None)
    if len(units) > 1 and term[-1].isascii() and term[-1].isalnum():
        pattern, plain = units[-1]
        units[-1] = (r"(?:e\b|é)" if plain == "e" else pattern + r"\b", None)
    return "".join(pattern for pattern, _ in units)


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
