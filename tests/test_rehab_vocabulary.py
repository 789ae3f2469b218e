"""Rehabilitation, orthopaedic and work-injury vocabulary (issue 10, item 4): what rehab plans, physiotherapy
referrals and workers' compensation mail say a patient is recovering from (``diagnoses.txt``; joint-replacement
abbreviations after a word of care, ``recognizers/diagnosis.py``). Near misses: ordinary acronyms, supply words,
an OR block's specialty. All text is invented."""

from __future__ import annotations

import pytest

from sentinelle.classifiers.recognizers.diagnosis import DiagnosisRecognizer
from sentinelle.classifiers.types import Segment

DX = DiagnosisRecognizer()


def _terms(text: str) -> list[str]:
    return [text[f.start : f.end] for f in sorted(DX.recognize(Segment("body", text)), key=lambda f: f.start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("s/p L hemiarthroplasty, WBAT", ["hemiarthroplasty"]),
        ("Objectif : marche après amputation transfémorale D", ["amputation transfémorale"]),
        ("suivi PTG gauche, physio 3x/sem", ["PTG"]),
        ("s/p TKA on the right, then below-knee amputation on the left", ["TKA", "below-knee amputation"]),
        ("Réclamation CNESST : entorse lombaire au travail", ["entorse lombaire"]),
        ("WSIB claim: low back strain lifting boxes; whiplash in 2019", ["low back strain", "whiplash"]),
        ("Admis pour sevrage alcoolique, protocole CIWA", ["sevrage alcoolique"]),
        ("angioplastie avec pose de stent en cardiologie", ["angioplastie", "pose de stent"]),
        ("Maladie de Parkinson, parkinsonism", ["Maladie de Parkinson", "parkinsonism"]),
        # Near misses.
        ("PCI compliance audit for the payment terminals", []),
        ("Marc Tremblay aka Ti-Marc will run the BBQ", []),
        ("The ORIF tray is back from sterilisation", []),
        ("tha nks for the update", []),  # lower-case letters are no abbreviation
        ("Salle 2 – Dr Paul Ostiguy – orthopédie (PTH/PTG)", []),  # an OR block's specialty
        ("PTH 8.1 pmol/L", []),  # the hormone: a lab, not a joint
    ],
)  # fmt: skip
def test_rehab_and_work_injury_vocabulary(text: str, expected: list[str]) -> None:
    assert _terms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hospitalisé chez nous depuis trois semaines en psychiatrie", ["hospitalisé chez nous depuis trois semaines "
                                                                       "en psychiatrie"]),
        ("admitted overnight to inpatient psychiatry", ["admitted overnight to inpatient psychiatry"]),
        ("Elle a été admise lundi à l'unité de psychiatrie", ["admise lundi à l'unité de psychiatrie"]),
        # Near misses: a trainee admitted to a programme, a sentence that ends before the ward.
        ("Félix a été admis au programme de résidence en psychiatrie", []),
        ("She was admitted to the fellowship training in psych", []),
        ("Hospitalisé. En psychiatrie, les visites reprennent lundi.", []),
    ],
)  # fmt: skip
def test_a_psychiatric_stay_with_words_between(text: str, expected: list[str]) -> None:
    assert _terms(text) == expected
