"""Medications as long-term-care and home-care notes chart them (issue 10, item 4): Canadian brand names and
how a medication round is reported of one resident (``lexicons/medications.txt``). Near misses: first-aid
kits, pharmacy memos, ordinary words. All names are invented."""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.recognizers.medication import MedicationRecognizer
from sentinelle.classifiers.types import Segment

MED = MedicationRecognizer()


def _terms(text: str) -> list[str]:
    return [text[f.start : f.end] for f in sorted(MED.recognize(Segment("body", text)), key=lambda f: f.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Haldol 0,5 mg IM à 23 h, Senokot au coucher", ["Haldol", "Senokot"]),
        ("Percocet 1 tab PRN given at 0310", ["Percocet", "PRN given"]),
        ("Lovenox 40 mg SC die; Flomax 0.4 mg", ["Lovenox", "Flomax"]),
        ("a refusé ses médicaments du souper, dose omise", ["a refusé ses médicaments", "dose omise"]),
        ("refused HS meds, nitro patch removed at 2200", ["refused HS meds", "nitro patch"]),
        ("Gravol 25 mg, Zofran if no effect", ["Gravol", "Zofran"]),
        # Near misses.
        ("Ensure all doors are locked after 2200", []),
        ("Nitro cold brew in the cafeteria", []),
        ("Drop the refused medications in the returns bin", []),
        ("Vitamin D clinic for staff on Friday", []),
    ],
)  # fmt: skip
def test_brand_names_and_medication_rounds(text: str, expected: list[str]) -> None:
    assert _terms(text) == expected


_classifier = shipped_classifier


def _inspect(body: str) -> tuple[bool, tuple[str, ...]]:
    raw = (
        "From: Hugo Bernier <h.bernier@chsld-pins.example>\nTo: Equipe <soins@chsld-pins.example>\n"
        "Subject: Tournée de médication\nDate: Fri, 04 Dec 2026 23:30:00 -0500\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
    )
    result = _classifier().inspect(parse_message(raw.encode()))
    return result.confidential, result.reasons


def test_a_medication_round_of_a_named_resident_is_confidential() -> None:
    confidential, reasons = _inspect("Ch. 31 Mme Yolande Ferron : a refusé sa médication, Dilaudid PRN donné à 1 h.")
    assert confidential and "name_near_clinical" in reasons


def test_a_pharmacy_memo_naming_staff_is_not_confidential() -> None:
    assert _inspect(
        "Rappel de Mme Carole Dion, pharmacienne : le Tylenol et l'Advil de la trousse de premiers soins sont "
        "remplacés lundi; la liste des produits (Lovenox, Fragmin) est à jour."
    ) == (False, ())
