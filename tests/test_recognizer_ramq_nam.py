"""RAMQ NAM recognizer table (synthetic numbers)."""

from __future__ import annotations

import pytest

from sentinelle.classifiers.recognizers.ramq_nam import RamqNamRecognizer
from sentinelle.classifiers.types import Finding, Segment

REC = RamqNamRecognizer()


def run(text: str) -> list[Finding]:
    return list(REC.recognize(Segment("body", text)))


@pytest.mark.parametrize(
    ("text", "confidence", "value"),
    [
        ("Carte soleil GAGL85123112.", 0.99, "GAGL85123112"),
        ("NAM : GAGL 8512 3112", 0.99, "GAGL 8512 3112"),
        ("no d'assurance maladie gagl-8512-3112", 0.99, "gagl-8512-3112"),
        ("Référence GAGL 851231 12 svp", 0.9, "GAGL 851231 12"),  # valid, no context
        ("health insurance number: COTS 8005 10A4", 0.99, "COTS 8005 10A4"),
        ("GAGL85623116", 0.9, "GAGL85623116"),  # woman: month + 50
        ("RAMQ GAGL85123113", 0.5, "GAGL85123113"),  # bad check digit, context: reported, not decisive
        ("code GAGL85123113", 0.4, "GAGL85123113"),  # bad check digit, no context: below 0.6
    ],
)
def test_found(text: str, confidence: float, value: str) -> None:
    (finding,) = run(text)
    assert finding.type == "ramq_nam"
    assert finding.confidence == confidence
    assert text[finding.start : finding.end] == value
    assert finding.excerpt.startswith(value[:4]) and value[4:9].strip(" -") not in finding.excerpt
    assert "pattern nam" in finding.explanation


@pytest.mark.parametrize(
    "text",
    [
        "NAM GAGL85023112",  # 31 February
        "NAM GAGL85133112",  # month 13
        "NAM GAGL01022912",  # 29 February 2001
        "NAM GAGL851231O2",  # admin char O
        "NAM XGAGL85123112",  # glued to a letter
        "NAM GAGL851231123",  # glued to a digit
        "NAM ÉGAGL85123112",  # glued to an accented letter (RE2 \\b is ASCII-only)
        "Commande ABCD-1234-5678",
        "",
    ],
)
def test_not_found(text: str) -> None:
    assert run(text) == []


def test_feb_29_of_leap_year_is_real() -> None:
    from sentinelle.classifiers.identifiers import ramq_nam

    number = "TREJ0002291" + ramq_nam.calc_check_digit("TREJ0002291")
    assert [f.confidence for f in run(f"NAM {number}")] == [0.99]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A table's word column, then its date column: the four letters and a date are no NAM, whatever
        # the check digit says.
        ("|480049808|BOUCHARD, Patrick|6 Nord|09/10/2026|", False),
        ("Unité Nord 22/11/2026", False),
        ("SUIT 2026-11-05 visite", False),
        ("Nord|22.11.2026", False),
        # Disguised NAMs keep their own groupings: letters and 4-4, 2-2-2-2, every character apart.
        ("NAM GAGL/8512/3112", True),
        ("GAGL 85 12 31 12", True),
        ("G.A.G.L.8.5.1.2.3.1.1.2", True),
        ("ＧＡＧＬ８５１２３１１２", True),
    ],
)
def test_a_word_and_a_date_are_no_nam(text: str, found: bool) -> None:
    assert bool(run(text)) is found
