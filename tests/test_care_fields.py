"""Labelled fields naming the person cared for with a word that also names staff (issue 10, items 1 and 9):
"Résident : X, ch. 125" in a care home's report is a resident of the home; "Résidente : Dre X (R2)" or a
residency schedule names a medical resident. All names are invented.
"""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.recognizers.patient_name import PatientNameRecognizer
from sentinelle.classifiers.types import Segment

PATTERNS = PatientNameRecognizer(None)


def _names(text: str) -> list[str]:
    return [text[f.start : f.end] for f in PATTERNS.recognize(Segment("body", text), use_ner=False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rapport d'événement\nRésidente : Gisèle Marchand, ch. 208\nChute dans la salle de bain.",
         ["Gisèle Marchand"]),
        ("Incident report\nResident: Walter Brennan (room 14)\nFound on the floor at 0300.", ["Walter Brennan"]),
        ("- Résident : Aurèle Thibodeau\nUnité : 2e étage\nTransfert vers le CH ce soir.", ["Aurèle Thibodeau"]),
        ("CHSLD des Érables\nRésident(e) : Yvonne Cadieux\nDDN : 1931-05-02", ["Yvonne Cadieux"]),
        ("Resident:  Harold Finch, Rm 302\nMedication incident: double dose given.", ["Harold Finch"]),
    ],
)  # fmt: skip
def test_resident_fields_in_care_reports_name_the_person_cared_for(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # medical residents: a physician's title, a training year, a residency word
        "Équipe de garde\nRésidente : Dre Annie Fortier\nPatron : Dr Caron",
        "Horaire de janvier\nRésident : Malik Benali (R2)\nRotation : soins intensifs, chambre 4 des résidents",
        "Call schedule\nResident: Priya Raman, PGY-3\nStaff: Dr. Okafor",
        "Stage en gériatrie\nRésidente : Chloé Vachon, stagiaire\nSuperviseure : Dre Roy",
        # not a field: the word inside a sentence is read as before (a medical resident)
        "la résidente Marie Dubois a vu la patiente pour son diabète",
        # a field, but nothing says a care setting
        "Comité du bal des finissants\nRésident : Olivier Gendron\nThème : années 80",
    ],
)
def test_medical_residents_and_other_fields_are_not_read_as_cared_for(text: str) -> None:
    assert _names(text) == []


_classifier = shipped_classifier


def _confidential(subject: str, body: str) -> bool:
    raw = (
        "From: Benoît Lachance <b.lachance@chsld-erables.example>\nTo: qualite@cisss.example\n"
        f"Subject: {subject}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        f"Content-Transfer-Encoding: 8bit\n\n{body}\n"
    ).replace("\n", "\r\n")
    return _classifier().inspect(parse_message(raw.encode())).confidential


def test_an_incident_declaration_about_a_resident_is_confidential() -> None:
    assert _confidential(
        "Déclaration d'incident",
        "Bonjour,\n\nDéclaration complétée :\nRésidente : Gisèle Marchand, ch. 208\nDescription : chute, "
        "fracture du poignet gauche, transfert à l'urgence.\nMesures : revoir la warfarine.\n\nBenoît",
    )


def test_a_residency_schedule_near_clinical_words_stays_harmless() -> None:
    assert not _confidential(
        "Horaire des résidents – janvier",
        "Bonjour,\n\nRésident : Malik Benali (R2)\nRotation : cardiologie (insuffisance cardiaque, "
        "fibrillation auriculaire)\nRésidente : Chloé Vachon (R1)\nRotation : néphrologie\n\nMerci",
    )
