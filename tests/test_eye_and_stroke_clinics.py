"""Causes found in corpus_heldout_95 (ophthalmology, an eye clinic and optometrists) and _97 (a stroke unit,
neurology and rehabilitation), written blind and read in session 19, tested here in other words.

Patients: someone referred ("I am referring ...") or booked ("Merci de céduler ..."); a name whose apposition holds a
therapeutic range (no therapist); a file name's person and the birth date right after it ("OCT_Name_1979-10-18"), or a
family name in lower case, a dot and an initial as a mail address writes them ("vezina.a-keratocone.png"). Vocabulary:
infarcts and stroke sequelae (hemianopia, neglect, aphasia, spasticity), eye conditions (amblyopia, convergence
insufficiency, esotropia), retinal vein occlusions, a home lost.

Nobody's patients: a weekly clinic schedule whose columns are professions (physician, nurse, technician); a
colleague's retirement in a Subject; a patient handout "before printing" (NER's person made of ordinary words); a
document dated this year beside a name in a file name; a therapist named in apposition.
"""

from __future__ import annotations

import pytest
from conftest import inspect_mail, inspect_text, scanned_file_mail

from sentinelle.classifiers.types import DATE_OF_BIRTH, DIAGNOSIS, PATIENT_NAME, SOCIAL_INFORMATION


@pytest.mark.parametrize(
    "body",
    [
        "Good afternoon,\n\nWe are referring R. Castellanos (71) for a swallowing assessment after his stroke.",
        "Bonjour, merci de céduler Gisèle Perreault jeudi matin pour sa spasticité post-AVC (toxine botulinique).",
        "Carbamazepine level 12 for Nathalie Brochu (therapeutic 17-42); seizure on Tuesday.",
    ],
    ids=["referring", "ceduler", "therapeutic-range"],
)
def test_a_patient_referred_booked_or_measured(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential, counted
    assert PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    ("file_name", "kind"),
    [
        ("Champ_visuel_Bergeron_Sylvie_1958-02-11.pdf", DATE_OF_BIRTH),
        ("gauthier.m-amblyopie-20250307.png", PATIENT_NAME),
    ],
    ids=["birth-date-after-the-name", "mail-address-like"],
)
def test_a_person_in_a_file_name(file_name: str, kind: str) -> None:
    confidential, counted = inspect_mail(scanned_file_mail(file_name))
    assert confidential, counted
    assert kind in counted, counted


@pytest.mark.parametrize(
    "file_name",
    ["Champ_visuel_Bergeron_Sylvie_2025-02-11.pdf", "rapport.a-glaucome-2025.pdf"],
    ids=["document-dated-lately", "a-report-not-a-name"],
)
def test_no_birth_date_nor_name_in_these_file_names(file_name: str) -> None:
    counted = inspect_mail(scanned_file_mail(file_name))[1]
    assert DATE_OF_BIRTH not in counted
    assert PATIENT_NAME not in counted


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Date\tPériode\tMédecin\tClinique\tInf.\tTechnicien\n"
         "2025-03-03\tAM\tDre Lise Cormier\tRétine (IVT)\tSophie Laberge\tMarc Poitras\n"
         "2025-03-03\tPM\tDr Jean Tardif\tGlaucome\tAnnie Roussel\tMarc Poitras\n", ""),
        ("Après 30 ans auprès des personnes atteintes de sclérose en plaques, elle part. 5 à 7 vendredi.",
         "Départ à la retraite - Sylvie Lemay"),
        ("Patient handout on anticoagulants (apixaban, warfarin) attached. Comments by Monday, before printing.", ""),
        ("Le protocole sur la spasticité post-AVC a été revu par Julie Roy (thérapeute en réadaptation).", ""),
    ],
    ids=["profession-columns", "retirement-subject", "handout-before-printing", "therapist-apposition"],
)
def test_staff_and_handouts_are_nobodys_patients(body: str, subject: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert not confidential, counted


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Scanner : infarctus lacunaire capsulaire gauche.", DIAGNOSIS),
        ("Right cerebellar infarct on the MRI.", DIAGNOSIS),
        ("Hémianopsie latérale homonyme droite persistante.", DIAGNOSIS),
        ("Left hemispatial neglect, improving.", DIAGNOSIS),
        ("Amblyopie de l'oeil gauche, occlusion 2 h par jour.", DIAGNOSIS),
        ("Convergence insufficiency, prism glasses ordered.", DIAGNOSIS),
        ("Suivi d'une OVCR à l'oeil droit.", DIAGNOSIS),
        ("She lost her apartment while in hospital.", SOCIAL_INFORMATION),
    ],
    ids=["lacunar", "cerebellar", "hemianopsie", "neglect", "amblyopie", "convergence", "ovcr", "apartment-lost"],
)
def test_neurology_eye_and_housing_words(text: str, kind: str) -> None:
    assert kind in inspect_text(text)[1]
