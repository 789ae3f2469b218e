"""Masking of finding excerpts: an excerpt never carries a full identifying value.

Rules (one per kind of value):

- identifiers: letters and digits become ``*`` except the last two characters
  and, for the RAMQ NAM, the 4 leading letters (name initials: alone they
  identify nobody, and they help a human recognise the number); separators
  are kept, and at most a third / a quarter of the characters are ever shown.
  ``"GAGL 8512 3112"`` -> ``"GAGL **** **12"``.
- names: every word becomes its initial followed by ``***``: ``"J*** D***"``.
- dates of birth: every digit becomes ``*``; month words are kept
  (``"31 janvier 1980"`` -> ``"** janvier ****"``).
- clinical terms (diagnosis, medication, lab test name) are shown as found:
  without a name or identifier they identify nobody, and the sender needs to
  see what triggered a refusal. Lab *values* are masked.
"""

from __future__ import annotations

_MAX_EXCERPT = 60


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_EXCERPT else text[: _MAX_EXCERPT - 1] + "…"


def mask_identifier(value: str, keep_prefix: int = 0, keep_suffix: int = 2) -> str:
    """Mask every letter/digit except the first ``keep_prefix`` and last ``keep_suffix`` ones.

    >>> mask_identifier("GAGL 8512 3112", keep_prefix=4)
    'GAGL **** **12'
    >>> mask_identifier("046-454-286")
    '***-***-*86'
    """
    positions = [i for i, c in enumerate(value) if c.isalnum()]
    # Never reveal more than a third (prefix) plus a quarter (suffix), whatever was asked.
    total = len(positions)
    keep_prefix = min(keep_prefix, total // 3)
    keep_suffix = min(keep_suffix, total // 4)
    hidden = set(positions[keep_prefix : total - keep_suffix])
    return _clip("".join("*" if i in hidden else c for i, c in enumerate(value)))


def mask_name(value: str) -> str:
    """Reduce a name to initials: ``"Jean-Paul Tremblay"`` -> ``"J*** T***"``.

    >>> mask_name("Jean Tremblay")
    'J*** T***'
    """
    words = [w for w in value.replace(",", " ").split() if w[:1].isalpha()]
    return _clip(" ".join(f"{w[0].upper()}***" for w in words)) or "***"


def mask_digits(value: str) -> str:
    """Replace every digit with ``*`` (dates, lab values).

    >>> mask_digits("né le 31/01/1980")
    'né le **/**/****'
    """
    return _clip("".join("*" if c.isdigit() else c for c in value))


def show_term(value: str) -> str:
    """Clinical vocabulary is shown (whitespace normalised, clipped); it identifies nobody."""
    return _clip(value)
