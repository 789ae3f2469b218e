"""Street-type words, French and English: one vocabulary for a home address (``patient_contact``) and for the
words that make a line an address rather than a name ("1261 Birchwood Road, Saint-Clément" is no roster line)."""

from __future__ import annotations

import re

FR_STREETS = (
    r"rue|avenue|boulevard|bd|chemin|rang|route|mont[ée]e|c[ôo]te|croissant|impasse|all[ée]e|promenade|terrasse"
)
# Not "Dr" nor "St": they are titles and "Saint" first, and the combined scan gives each character to one
# trigger only ("Dr Louis Simard" must stay a physician's name).
EN_STREETS = (
    r"Street|Avenue|Ave\.?|Road|Rd\.?|Crescent|Cres\.?|Drive|Boulevard|Blvd\.?|Lane|Ln\.?|Court|Ct\.?|Way|Terrace"
    r"|Circle"
)
_STREET_WORD = re.compile(rf"(?i:{FR_STREETS}|{EN_STREETS})")


def street_word(word: str) -> bool:
    """``word`` (a whole word, with or without its abbreviation's dot) names a kind of street."""
    return _STREET_WORD.fullmatch(word) is not None
