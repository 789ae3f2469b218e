"""Repair of identifiers misread by OCR, where the check digit confirms the reading.

OCR confuses O/0, I/1, l/1, S/5 and B/8. In OCR text only (``classifiers.extractors.ocr``), an
identifier-shaped token that does not validate as read is tried with those confusions undone in
the positions where the format expects a digit (or, for a NAM's four letters, a letter); when a
reading with the fewest changes passes the identifier's own check (``ramq_nam``, ``stdnum``), the
token is replaced by it in place (same length: positions and excerpts stay right). A token that
validates as read, or that no reading makes valid, is left alone: the check digit is what allows
the repair, so a wrong guess costs nothing but a miss.

All example numbers are synthetic.

>>> repair("NAM: WILS 5853 O495")
'NAM: WILS 5853 0495'
>>> repair("NAM W1LS58530495 ok")
'NAM WILS58530495 ok'
>>> repair("NAS 130 692 S44")
'NAS 130 692 544'
>>> repair("NAM: WILS 5853 O496")
'NAM: WILS 5853 O496'
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from stdnum.be import nn
from stdnum.ca import bc_phn, sin
from stdnum.fr import nir

from sentinelle.classifiers.identifiers import on_hcn, ramq_nam

MAX_CHANGES = 3
_TO_DIGIT = {"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "i": "1", "|": "1", "S": "5", "s": "5", "B": "8"}
_TO_LETTER = {"0": ("O",), "1": ("I", "L"), "5": ("S",), "8": ("B",)}
_NAM = re.compile(r"(?<![A-Za-z0-9])([A-Za-z0-9]{4})([ -]?)([A-Za-z0-9|]{4})([ -]?)([A-Za-z0-9|]{4})(?![A-Za-z0-9])")
_DIGITS = re.compile(r"(?<![A-Za-z0-9])[0-9OoDIli|SsB](?:[ -]?[0-9OoDIli|SsB]){8,14}(?![A-Za-z0-9])")
_NUMBER_CHECKS: dict[int, tuple[Callable[[str], bool], ...]] = {
    9: (sin.is_valid,),
    10: (on_hcn.is_valid, bc_phn.is_valid),
    11: (nn.is_valid,),
    15: (nir.is_valid,),
}


def _nam_options(position: int, char: str) -> tuple[str, ...]:
    """Readings of one character of a NAM: letters in 1-4, digits in 5-10 and 12, either in 11."""
    upper = char.upper()
    if position < 4:
        return (upper, *_TO_LETTER.get(char, ())) if upper.isalpha() or char in _TO_LETTER else (upper,)
    if position == 10:
        return (upper, *_TO_LETTER.get(char, ()), *((_TO_DIGIT[char],) if char in _TO_DIGIT else ()))
    return (upper, _TO_DIGIT[char]) if char in _TO_DIGIT else (upper,)


def _repair_nam(token: str) -> str | None:
    """A valid reading of a 12-character NAM token with the fewest changes, or None."""
    if ramq_nam.is_valid(token.upper()):
        return None
    options = [_nam_options(i, c) for i, c in enumerate(token)]
    if all(len(o) == 1 for o in options):
        return None
    best: list[str] = []
    best_changes = MAX_CHANGES + 1
    for reading in itertools.product(*options):
        changes = sum(r != c.upper() for r, c in zip(reading, token, strict=True))
        if changes == 0 or changes > best_changes:
            continue
        candidate = "".join(reading)
        if ramq_nam.is_valid(candidate):
            if changes < best_changes:
                best, best_changes = [], changes
            best.append(candidate)
    # I and L differ by 10 in EBCDIC: the check digit cannot tell them apart among the letters, but
    # every such reading is a valid NAM all the same; digits read two ways are not confirmed.
    return best[0] if len({b[4:] for b in best}) == 1 else None


def _repair_number(token: str) -> str | None:
    digits = token.replace(" ", "").replace("-", "")
    if digits.isdigit() or sum(c.isdigit() for c in digits) * 2 < len(digits):
        return None
    changes = sum(c in _TO_DIGIT for c in digits)
    if changes > MAX_CHANGES:
        return None
    repaired = "".join(_TO_DIGIT.get(c, c) for c in digits)
    if any(check(repaired) for check in _NUMBER_CHECKS.get(len(repaired), ())):
        return "".join(_TO_DIGIT.get(c, c) for c in token)
    return None


def repair(text: str) -> str:
    """``text`` with OCR-misread identifiers replaced by their check-digit-confirmed reading."""
    def nam(match: re.Match[str]) -> str:
        token = match.group(1) + match.group(3) + match.group(5)
        fixed = _repair_nam(token)
        if fixed is None:
            return match.group(0)
        return fixed[:4] + match.group(2) + fixed[4:8] + match.group(4) + fixed[8:]

    def number(match: re.Match[str]) -> str:
        return _repair_number(match.group(0)) or match.group(0)

    return _DIGITS.sub(number, _NAM.sub(nam, text))
