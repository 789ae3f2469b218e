"""Causes found by the corpus_dev_q (emergency and intensive care) and corpus_dev_r (surgery) blind corpora
(issue 10), each in other words, French and English, with near misses: critical-care wording and English
ICD-10-CM heads, a person placed in a bed or on a stretcher in apposition, child-protection and coverage
status, a speaker's topic, a family name in a field beside an identifier (agenda summaries, lists), a table
row of a room, initials and a chart number, a Subject of a family name and a birth date. Every text here is
invented for these tests.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text as _inspect


@pytest.mark.parametrize(
    "text",
    [
        "Yannick Bérubé, 58 ans: cardiac arrest at home, ROSC after 20 min.",
        "Yannick Bérubé, 58 ans : encéphalopathie anoxique après arrêt cardiorespiratoire.",
        "Nadia Okoye, 41 y.o.: anoxic brain injury, family meeting tomorrow.",
        "Nadia Okoye, 41 y.o.: ARDS, prone tonight.",
        "Nadia Okoye, 41 y.o.: TBI after MVC, ICP monitor in place.",
        "Nadia Okoye, 41 y.o.: acute pancreatitis, lipase pending.",
        "Nadia Okoye, 41 y.o.: pulmonary embolism on CTPA.",
    ],
)
def test_critical_care_wording_is_clinical_information(text: str) -> None:
    confidential, counted = _inspect(text)
    assert confidential
    assert "diagnosis" in counted


@pytest.mark.parametrize(
    "text",
    [
        "Cardiac arrest survival in our region rose to 14 % last year; 212 out-of-hospital arrests were reported.",
        "Atelier : ARDS et ventilation protectrice, 12 places, inscription au poste 4410.",
        "Acute pancreatitis: new order set available on the intranet.",
    ],
)
def test_the_same_words_about_nobody_stay_harmless(text: str) -> None:
    assert not _inspect(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Pour Lucie Ferland, civière 17, statut d'immigration précaire, pas de couverture RAMQ.",
        "Re Owen Tremblay, stretcher 5: CAS report filed this morning.",
        "Summary: Family meeting - Karim Haddad (ICU bed 4)\nDescription: goals of care after cardiac arrest.",
        "Rencontre famille - Lise Bouchard (lit USI-11) : niveau de soins, encéphalopathie anoxique.",
    ],
)
def test_a_person_placed_in_a_bed_with_something_about_them_is_a_patient(text: str) -> None:
    confidential, counted = _inspect(text)
    assert confidential
    assert "patient_name" in counted


@pytest.mark.parametrize(
    "text",
    [
        # a room that is no bed, a speaker and an organiser
        "Réservation : Lucie Ferland, salle 23, formation sur le diabète.",
        "Lucie Ferland (room 214) will lead the diabetes workshop.",
        "Owen Tremblay will present on DKA management to residents Tuesday; also leads the heart failure clinic.",
        "Mme Lucie Ferland présentera sur l'insuffisance cardiaque jeudi midi.",
        # coverage and status as a clinic's topic
        "La clinique pour personnes à statut d'immigration précaire ouvre le mardi; sans couverture RAMQ acceptée.",
    ],
)
def test_rooms_speakers_and_topics_stay_harmless(text: str) -> None:
    assert not _inspect(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Summary: Lefebvre - laparoscopic cholecystectomy - H-552017\nDescription: DOB 1962-08-14; on warfarin",
        "Bouchard | 6620417 | MPOC exacerbée\nCaron | 6620533 | pneumonie",
        "OR 3 / Nguyen / M-4411207 / lap appy, appendicitis",
    ],
)
def test_a_family_name_in_a_field_beside_an_identifier_names_a_patient(text: str) -> None:
    confidential, counted = _inspect(text)
    assert confidential
    assert "patient_name" in counted


@pytest.mark.parametrize(
    "text",
    [
        # a date, a telephone number, or nothing clinical beside the family name
        "Comité Lefebvre - 2026-11-04 - diabète (présentation)",
        "Lefebvre - 514-555-0123 - formation diabète",
        "Bouchard | 6620417 | bureau 214\nCaron | 6620533 | bureau 216",
    ],
)
def test_a_family_name_beside_a_date_a_phone_or_an_office_stays_harmless(text: str) -> None:
    assert not _inspect(text)[0]


def test_a_table_row_of_room_initials_and_chart_is_a_patient_row() -> None:
    body = ("Relève de nuit :\n\n312 | GL | M-550214 | POD1 colectomie, iléus\n"
            "318 | RT | 44120973 | POD3 PTH, Hb 84\n")
    confidential, counted = _inspect(body)
    assert confidential
    assert "mrn" in counted


def test_the_same_row_of_a_staff_schedule_is_no_patient_row() -> None:
    body = "Horaire des préposés :\n312 | GL | 4412097 | jour\n318 | RT | 4412098 | nuit\n"
    assert _inspect(body) == (False, set())


@pytest.mark.parametrize(
    ("subject", "confidential"),
    [
        ("BÉLANGER 1948-02-17 - CT head", True),
        ("Nguyen 1990/05/30 - asthma exacerbation", True),
        # a date of this year is a meeting's or a document's
        ("Bélanger 2026-02-17 - CT head protocol", False),
    ],
)
def test_a_subjects_family_name_and_a_birth_date(subject: str, confidential: bool) -> None:
    assert _inspect("Can you check? thx", subject)[0] is confidential
