"""Names in an attachment's file name ("plaie_sacrum_levesque_gaston_20250519.pdf",
"Lacasse-Pierrette-0740952-dehiscence.png"): a scanner or a clerk writes the person's name there, in any case and
either order, between underscores or hyphens, with no title or comma to say it is a name."""

from __future__ import annotations

import re
from itertools import pairwise

from sentinelle.classifiers.recognizers._base import fold
from sentinelle.classifiers.recognizers.patient_name._lower_case import _GIVEN_FOLDED, _SURNAME_FOLDED
from sentinelle.classifiers.recognizers.patient_name._shapes import _is_surname

# A file name's words: letters only (accents, apostrophes), parted by anything else.
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’])*")
# Only a hyphen or spaces (underscores are spaces by now) part a name's two words; a dot ends the stem.
_BETWEEN = re.compile(r"[ \t]*-?[ \t]*")


def _given(word: str) -> bool:
    return fold(word).split("-", 1)[0] in _GIVEN_FOLDED


def _surname(word: str) -> bool:
    return fold(word) in _SURNAME_FOLDED and _is_surname(word)


def names_in_a_file_name(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each pair of neighbouring words of ``text`` (a ``filename:`` segment) that are a
    listed given name and a listed family name, in either order. Both must be known: a file name's other words
    ("plaie", "rapport", "grille") are ordinary words, and a lone known word among them says nothing."""
    words = [match for match in _WORD.finditer(text) if len(match.group()) >= 3]
    found: list[tuple[int, int, str]] = []
    for first, second in pairwise(words):
        if not _BETWEEN.fullmatch(text, first.end(), second.start()):
            continue
        a, b = first.group(), second.group()
        if (_given(a) and _surname(b)) or (_surname(a) and _given(b)):
            if found and found[-1][1] > first.start():
                continue  # "Marie Roy Gagnon": the first pair holds
            found.append((first.start(), second.end(), f"{a} {b}"))
    return found
