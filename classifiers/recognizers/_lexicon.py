"""Lexicon files -> one accent- and case-insensitive RE2 alternation per lexicon.

Terms are folded (lower-case, no accents) at load; the pattern puts accent
classes back (e -> [eéèêë]...), so the text never needs folding: one RE2 pass
over the original text finds every term. Longest terms come first, so
"diabète de type 2" wins over "diabète" at the same position.

With ``variants``, a term also matches as mail writes it and the lists do not: each word in the plural
("otites moyennes récidivantes" for "otite moyenne", "tumeurs" for "tumeur") or, for the lists' plural labels,
in the singular ("schizoaffective disorder" for "Schizoaffective disorders"), and British spellings of
English medical words ("tumour", "haemorrhage", "anaemia", "oedema", "oesophageal", "paediatric"), and French
terms with the article after "de" dropped or changed as notes write them ("trouble de personnalité limite" for
"trouble de la personnalité limite", "syndrome de côlon irritable" for "syndrome du côlon irritable").
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


# English words the US lists spell one way and British or Canadian mail another: (folded US spelling, where
# it starts: a word's start only or anywhere, the pattern that takes both). The "e" keeps its accent class,
# so the same rule leaves a French word ("hémorragie") as it was.
_E = _ACCENTS["e"]
_SPELLINGS: tuple[tuple[str, bool, str], ...] = (
    ("tumor", False, "tumou?r"),
    ("hem", True, f"ha?{_E}m"),  # hemorrhage, hematoma, hemolytic
    ("emia", False, f"a?{_E}mia"),  # anemia, leukemia, septicemia, hypokalemia
    ("esoph", True, f"o?{_E}soph"),
    ("edema", True, f"o?{_E}d{_E}ma"),
    ("pediatric", False, f"pa?{_E}diatric"),
    ("orthopedic", False, f"orthopa?{_E}dic"),
    ("gyneco", False, f"gyna?{_E}co"),
    ("diarrhea", False, "diarrho?ea"),
    ("ischemi", False, f"ischa?{_E}mi"),
)
# French articles after "de" that notes drop or change: "de la" -> "de", "du" -> "de", "des" -> "de".
_ARTICLES = (
    (" de la ", r"[\s\-]+de[\s\-]+(?:la[\s\-]+)?"),
    (" du ", r"[\s\-]+d[ue][\s\-]+"),
    (" des ", r"[\s\-]+des?[\s\-]+"),
)
_PLURAL_AFTER = frozenset("abcdefghijklmnopqrtuvwyz")  # a word ending in s, x or z takes no plural s
_PLURAL_MIN = 4  # shorter words ("fa", "ira", "sla") would turn into other words


def term_pattern(term: str, variants: bool = False) -> str:
    """RE2 pattern for one folded term: accent classes, flexible spaces, hyphens and apostrophes; with
    ``variants``, each word also in the plural and English words in British spelling too."""
    # Each unit: (its pattern, its plain ASCII spelling where the text may write it accented: a word
    # boundary there depends on how the text spells it).
    units: list[tuple[str, str | None]] = []
    i = 0
    word_start = 0
    while i < len(term):
        c = term[i]
        if variants and c not in " -'’":
            spelling = next((s for s in _SPELLINGS if term.startswith(s[0], i) and (not s[1] or i == word_start)), None)
            if spelling is not None:
                units.append((spelling[2], None))
                i += len(spelling[0])
                continue
        if variants and c in " -" and _plural(term, word_start, i):
            units.append(("s?", None))
        article = next((a for a in _ARTICLES if variants and term.startswith(a[0], i)), None)
        if article is not None:  # "trouble de la personnalité limite" as notes write it: "trouble de personnalité"
            units.append((article[1], None))
            i += len(article[0])
            word_start = i
            continue
        if c in " -'’":
            word_start = i + 1
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
        elif variants and c == "s" and (i + 1 == len(term) or term[i + 1] in " -") and _singular(term, word_start, i):
            units.append(("s?", None))  # the lists' plural labels ("Schizoaffective disorders") said of one person
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
    plural = variants and _plural(term, word_start, len(term))
    if len(units) > 1 and term[-1].isascii() and term[-1].isalnum():
        pattern, plain = units[-1]
        if plural:
            units[-1] = (r"(?:es?\b|és?)" if plain == "e" else pattern + r"s?\b", None)
        else:
            units[-1] = (r"(?:e\b|é)" if plain == "e" else pattern + r"\b", None)
    elif plural:
        units.append(("s?", None))
    return "".join(pattern for pattern, _ in units)


def _plural(term: str, start: int, end: int) -> bool:
    """The word ``term[start:end]`` takes a plural s: long enough, ending in a letter that takes one."""
    return end - start >= _PLURAL_MIN and term[end - 1] in _PLURAL_AFTER and term[start:end].isalpha()


# Diseases named by a plural whose singular is another word ("a shingle", "a hive").
_PLURAL_ONLY = frozenset({"shingles", "hives", "rickets", "mumps", "measles"})


def _singular(term: str, start: int, s_at: int) -> bool:
    """The word ``term[start:s_at + 1]`` ends in a plural s that mail drops: long enough, not "-ss"."""
    return s_at - start >= _PLURAL_MIN and term[s_at - 1] != "s" and term[start : s_at + 1] not in _PLURAL_ONLY


def lexicon_pattern(*names: str, variants: bool = False) -> str:
    """Case-insensitive alternation of every term of one or more lexicons, longest first (``variants``:
    plural and British spellings, see the module's docstring)."""
    terms = sorted({t for name in names for t in load_terms(name)}, key=len, reverse=True)
    return "(?i:" + "|".join(term_pattern(t, variants) for t in terms) + ")"


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
