"""Causes found in the read corpora of session 28's third round, tested here in other words.

From corpus_heldout_179 (urology): an employee's social insurance number in payroll's or human resources' mail is
staff's, not a patient's (reported, never decisive). From corpus_heldout_181 (plastic surgery and a burn unit):
burns by their cause, hypertrophic scars, skin grafts, a wound's exudate and a burn's extent (TBSA). Nobody's
patient: a service desk's ticket number beside the electronic record's name ("INC8101128"); the next name after a
physician's, joined by "and" ("Approved by: Dr. X and Ms. Y").
"""

from __future__ import annotations

import pytest
from conftest import inspect_text

from sentinelle.classifiers.types import CA_SIN, DIAGNOSIS, MRN, PATIENT_NAME


@pytest.mark.parametrize("body", [
    "Bonjour Luc,\n\nCorrection de ton relevé : Employé : Luc Fortin — matricule 204411 — NAS 131 144 123.",
    "New hire to set up in payroll:\nName: Asante, Ama\nSIN: 177 236 114\nStart date: 2025-04-01",
])
def test_an_employees_social_insurance_number_is_no_patients(body: str) -> None:
    _confidential, counted = inspect_text(body)
    assert CA_SIN not in counted, counted


@pytest.mark.parametrize("body", [
    "Patient : Luc Fortin, NAS 131 144 123, pour la demande de prestations (paie de son employeur).",
    "SIN: 177 236 114 (patient Ama Asante) for the disability claim.",
])
def test_a_patients_social_insurance_number_stays_one(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and CA_SIN in counted, counted


@pytest.mark.parametrize("body", [
    "Scald burn to the left hand, 3% TBSA, dressing changed today.",
    "Cicatrices hypertrophiques au visage, vêtement compressif à ajuster.",
    "Split-thickness skin graft on the right thigh, moderate serous exudate.",
    "Brûlure par flamme aux deux jambes, greffe de peau prévue jeudi.",
])
def test_a_burn_units_words(body: str) -> None:
    _confidential, counted = inspect_text(body)
    assert DIAGNOSIS in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("[TI] Panne du DME – INC8201150", "Le dossier médical électronique sera indisponible 2 h. Billet INC8201150."),
    ("EHR downtime - RITM0045521", "The electronic health record chart module is down tonight, ticket RITM0045521."),
])
def test_a_service_desks_ticket_is_no_chart_number(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert not confidential and MRN not in counted, counted


def test_a_chart_number_with_a_letter_prefix_still_counts() -> None:
    confidential, counted = inspect_text("Copie du dossier S6139100 demandée par la patiente.")
    assert confidential and MRN in counted, counted


@pytest.mark.parametrize("body", [
    "Burn dressing protocol: signs of infection, fever.\nApproved by: Dr. Hélène Caron and Ms. Joanne Pelletier",
    "Protocole de soins des plaies (infection, fièvre).\nApprouvé par : Dre Hélène Caron et Mme Joanne Pelletier",
])
def test_the_next_name_after_a_physicians_joined_by_and_is_staff(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_patient_after_a_physicians_name_and_a_comma_is_still_one() -> None:
    confidential, counted = inspect_text("Référence du Dr Caron : Mme Pelletier, 82 ans, chute, fracture de hanche.")
    assert confidential and PATIENT_NAME in counted, counted
