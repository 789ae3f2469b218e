"""Causes found in the read corpora of session 30's second round, tested here in other words.

From corpus_heldout_203 (inpatient and forensic psychiatry): lithium and long-acting antipsychotics by their Canadian
brands. Nobody's patient: a colleague hurt during a code white, an intervention or a patient transfer (modified
duties, a CNESST claim); an employee's group insurance, whose table gives the dependants' birth dates.

From corpus_heldout_205 (a virtual ward and remote monitoring): a device's export whose column spells its unit with
underscores ("glucose_mmol_L"); a care request's "Contact:" field whose own fields below say why the person is served;
"our patient" before a name typed in lower case; a monitoring summary's Subject ending with a lower-case name. Nobody's
chart number: a vendor's price tier ("150-300 patient tier").
"""

from __future__ import annotations

import pytest
from conftest import inspect_attached, inspect_text

from sentinelle.classifiers.types import LAB_RESULT, MEDICATION, MRN, PATIENT_NAME


@pytest.mark.parametrize("body", [
    "Il a encore refusé son Lithane ce matin.",
    "Invega Sustenna 150 mg donné hier au bras gauche.",
])
def test_psychiatric_brands(body: str) -> None:
    assert MEDICATION in inspect_text(body)[1]


@pytest.mark.parametrize(("subject", "body"), [
    ("Modified duties", "Update on Nadia Rocher, hurt during a physical intervention on 6 West on March 3: left thumb "
     "sprain. Modified duties from March 10, claim filed with the CNESST."),
    ("Assignation temporaire", "Suivi pour Éric Bolduc, blessé pendant son quart lors d'un transfert : entorse "
     "lombaire. Assignation temporaire à compter du 4 avril."),
    ("Assurance collective", "Changement de couverture familiale enregistré :\n"
     "Lien      Nom             Date de naissance\nEmployée  Sonia Paradis   1984-02-11\n"
     "Enfant    Léa Paradis     2025-01-30\n"),
])
def test_employees_hurt_on_the_job_and_their_dependants_are_no_patients(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("Pickup request", "Please pick up the kit on Monday.\n\nContact: Mrs. Agathe Whitfield\nAddress: 88 Linden Lane, "
     "Sutton QC\nPhone: 450-555-0177\nReason: end of COPD monitoring\n"),
    ("Scale", "The tablet for our patient roland brassard stopped uploading; he has heart failure and his weight was "
     "rising."),
    ("weekly summary gisele brassard", "Average 152/91 this week; amlodipine increased to 10 mg. Hypertension not "
     "controlled."),
])
def test_patients_of_a_virtual_ward(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_vendor_s_contact_stays_staff() -> None:
    body = ("Please deliver the 40 cuffs to receiving.\n\nContact: Mr. Paul Archer\nAddress: 1200 Industrial Blvd\n"
            "Phone: 450-555-0100 ext. 22\nPO: 44812\n")
    confidential, counted = inspect_text(body, subject="Delivery")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_device_export_s_unit_written_with_underscores() -> None:
    export = "timestamp,glucose_mmol_L,context\n2025-02-01 07:10,12.9,fasting\n2025-02-01 12:05,3.4,pre-lunch\n"
    confidential, counted = inspect_attached("glucose_BRASSARD_Gisele.csv", export, mime="text/csv")
    assert confidential and {LAB_RESULT, PATIENT_NAME} <= counted, counted


def test_a_price_tier_is_no_chart_number() -> None:
    body = "Licence: $39 per patient-month (100-200 patient tier); kits included."
    assert MRN not in inspect_text(body, subject="Renewal")[1]
