"""OCR confusions in identifiers, repaired only where the check digit confirms the reading
(classifiers.identifiers.ocr_repair). All numbers are synthetic."""

from __future__ import annotations

import pytest

from sentinelle.classifiers.identifiers.ocr_repair import repair


@pytest.mark.parametrize(("ocr_text", "expected"), [
    # NAM: letters misread as digits in the digit positions, digits misread as letters in the name.
    ("NAM LESM 83O4 0153", "NAM LESM 8304 0153"),
    ("NAM LESM 8304 Ol53", "NAM LESM 8304 0153"),
    ("NAM LE5M83040153", "NAM LESM83040153"),
    ("NAM W1LS 5853 0495", "NAM WILS 5853 0495"),
    ("nam: wils-5853-O495.", "nam: WILS-5853-0495."),
    # Digit identifiers: SIN (Luhn), Ontario health number (Luhn), Belgian NISS and French NIR (mod 97).
    ("NAS 130 692 S44", "NAS 130 692 544"),
    ("carte 1234 567 B97", "carte 1234 567 897"),
    ("NISS 85O73003328", "NISS 85073003328"),
    ("NIR 2 85 05 78 006 O48 77", "NIR 2 85 05 78 006 048 77"),
])
def test_confusions_are_repaired_when_the_check_digit_confirms(ocr_text: str, expected: str) -> None:
    repaired = repair(ocr_text)
    assert repaired == expected
    assert len(repaired) == len(ocr_text)  # in place: positions and excerpts stay right


@pytest.mark.parametrize("ocr_text", [
    "NAM LESM 83O4 0173",  # no reading validates: left as read
    "NAM LESM 8304 0153",  # valid as read: nothing to repair
    "NAS 130 692 S45",
    "BOOS IS SOLID 1O",  # words, not identifiers
    "Facture 2026-1187 total 358,62 $",
    "réf. SOBIOLOBIS",
    "NAS 1S0 S92 5OO",  # more than three changes: not trusted
])
def test_tokens_that_no_reading_validates_are_left_alone(ocr_text: str) -> None:
    assert repair(ocr_text) == ocr_text
