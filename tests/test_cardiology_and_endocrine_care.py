"""Causes found in corpus_heldout_147 (cardiology: heart-failure clinic, cardiac rehabilitation, device clinic) and
_149 (endocrinology: thyroid, adrenal, pituitary, bone), written blind and read in session 25, second round, tested
here in other words.

Patients: rhythm and conduction disorders as a Holter report writes them (sinus tachycardia, second-degree AV block,
Mobitz, TVNS); a heart rate in beats per minute; heart-failure and endocrine drugs by their Canadian brands
(Entresto, Eltroxin); thyroid, parathyroid, adrenal and pituitary tests; a birth date said in a sentence ("my date
of birth is"); a patient writing of running out of their drug, doubling their dose, a fall of their own, their birth
date after their name, in a message forwarded on; an upper-case full name whose family name is a given name too
("STANLEY CAMPBELL"); an initial and a family name, or a lower-case full name, a colleague is asked to call.

Nobody's patients: lot numbers listed under their header, whatever checksum they pass; a phone number below a
template's "health card"; a service's name before its phone number; a training's registrants with their jobs; a
colleague congratulated on a baby's arrival; an interview schedule's candidates; a merge template's {FirstName}.
"""

from __future__ import annotations

import pytest
from conftest import inspect_mail, inspect_text, outbound_mail

from sentinelle.classifiers.types import (
    BE_NISS,
    CA_HEALTH_NUMBER,
    DATE_OF_BIRTH,
    DIAGNOSIS,
    LAB_RESULT,
    MEDICATION,
    PATIENT_NAME,
)


@pytest.mark.parametrize("text", ["Holter : tachycardie sinusale nocturne", "Mobitz I (Wenckebach) à 2 h du matin",
                                  "third-degree AV block", "bloc de branche gauche", "3 salves de TVNS",
                                  "two inappropriate shocks last week"])
def test_rhythm_and_conduction_disorders(text: str) -> None:
    _, counted = inspect_text(text)
    assert DIAGNOSIS in counted, counted


@pytest.mark.parametrize("text", ["max HR 188 bpm", "FC 38/min au repos", "PTH 14,2 pmol/L", "thyroglobuline 3,1 µg/L",
                                  "anti-TPO 640 kUI/L", "FT4 41", "anti-Tg positive", "ACTH 2 pmol/L"])
def test_heart_rate_and_endocrine_tests(text: str) -> None:
    _, counted = inspect_text(text)
    assert LAB_RESULT in counted, counted


@pytest.mark.parametrize("text", ["HR 40 % of the budget", "HR positive feedback from the survey", "FC 110"])
def test_hr_and_fc_are_no_rate_without_beats(text: str) -> None:
    _, counted = inspect_text(text)
    assert LAB_RESULT not in counted, counted


@pytest.mark.parametrize("drug", ["Entresto", "Brilinta", "Eltroxin", "Tapazole", "Forteo", "Cortef"])
def test_cardiology_and_endocrine_drugs_by_canadian_brand(drug: str) -> None:
    _, counted = inspect_text(f"Continuer {drug} à la même dose.")
    assert MEDICATION in counted, counted


@pytest.mark.parametrize("text", ["My date of birth is March 2, 1958.", "ma date de naissance est le 2 mars 1958"])
def test_a_birth_date_said_in_a_sentence(text: str) -> None:
    _, counted = inspect_text(text)
    assert DATE_OF_BIRTH in counted, counted


def test_a_date_of_birth_field_said_of_a_form_is_no_birth_date() -> None:
    _, counted = inspect_text("The date of birth is required on the form since 2024-01-01.")
    assert DATE_OF_BIRTH not in counted, counted


_CLERK = "Lucie Bergevin <lucie.bergevin@hopital.example>"
_NURSE = "Mélanie Auclair <melanie.auclair@hopital.example>"


@pytest.mark.parametrize("said", [
    "This is Réal Gingras. My date of birth is June 3, 1949. I ran out of my Entresto, what should I do?",
    "This is Réal Gingras. I had a cold and doubled my hydrocortisone, is that right?",
    "This is Réal Gingras (born 1949-06-03). I fell on the stairs and my ankle is swollen, I'm on Prolia.",
])
def test_a_patient_writing_of_their_own_care_in_a_forwarded_message(said: str) -> None:
    from email.message import EmailMessage

    carried = EmailMessage()
    carried["From"] = "Réal Gingras <rgingras@courriel.example>"
    carried["To"] = "Clinique <clinique@hopital.example>"
    carried["Subject"] = "Question for the nurse"
    carried.set_content(f"Hello,\n\n{said} You can call me at 579-555-0133.\n\nThank you\nRéal\n")
    confidential, counted = inspect_mail(outbound_mail(
        _CLERK, _NURSE, "FW: Question from patient", "Forwarding this patient message (attached). Please triage.",
        carried))
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("text", [
    "Can you fit in ROBERT CAMPBELL - TSH <0.01, FT4 58, new AF - this week?",
    "Peux-tu appeler J. Grenier?\nTSH 9,4 mUI/L, anti-TPO 900 kUI/L",
    "Could you call diane larkin ((819) 555-0180) with her results?\nthyroglobulin 11.5 µg/L",
])
def test_whom_to_call_or_fit_in_with_their_results(text: str) -> None:
    confidential, counted = inspect_text(text)
    assert confidential and PATIENT_NAME in counted, counted


def test_lot_numbers_under_their_header_are_no_identifiers() -> None:
    confidential, counted = inspect_text("Recall of 25G FNA needles.\n\nAffected lots:\n  5581967261\n  "
                                         "71.11.05-399.49\n\nQuarantine the boxes.")
    assert not confidential and BE_NISS not in counted, counted


def test_a_niss_listed_under_a_patient_header_still_counts() -> None:
    _, counted = inspect_text("Numéros NISS des patients :\n  71.11.05-399.49\n")
    assert BE_NISS in counted, counted


def test_a_phone_below_a_templates_health_card_is_no_health_number() -> None:
    confidential, counted = inspect_text(
        "Dear {{title}} {{last_name}},\nPlease bring your health card ({{health_card_no}}).\n\n"
        "Cardiac Rehabilitation - 450-555-0147")
    assert not confidential and CA_HEALTH_NUMBER not in counted and PATIENT_NAME not in counted, counted


def test_a_trainings_registrants_with_their_jobs() -> None:
    confidential, counted = inspect_text(
        "Voici la liste des inscrits à la formation sur l'échographie :\n- Marc-André Cormier, acheteur\n"
        "- Yannick Lalonde, technicien informatique\n- Sylvie Bédard, magasinière")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_workers_job_at_an_employer_keeps_the_patient() -> None:
    confidential, counted = inspect_text("Mise à jour pour Rosa Létourneau, acheteuse chez Métro : trouble de "
                                         "l'adaptation, sertraline 100 mg DIE.")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_colleague_congratulated_on_a_babys_arrival() -> None:
    confidential, counted = inspect_text("Please join us in congratulating Kevin Ng on the arrival of Maya, born "
                                         "March 3, 2025 at 3.4 kg!")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_an_interview_schedules_candidates() -> None:
    confidential, counted = inspect_text(
        "Voici l'horaire des entrevues du mardi :\n\n9 h 00 — Myriam Khoury (8 ans en soins du diabète)\n"
        "10 h 15 — Olivier Lafrenière (infirmier clinicien, ostéoporose)")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_merge_templates_single_brace_fields() -> None:
    confidential, counted = inspect_text(
        "Hi Nadia,\n\nCould you check the reminder template?\n\n---\nDear {FirstName} {LastName},\nYour "
        "{ProcedureName} is on {ApptDate}. If you take denosumab (Prolia), tell us the date of your last injection.")
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("text", [
    "Bonjour Stéphane,\n\nRaymond Pelchat est en arrêt de travail (lombalgie aiguë, déclaration CNESST faite). Merci "
    "de prévoir le remplacement à la clinique de cardiologie.",
    "Nous confirmons le retour progressif de Nadine Caron (suivi de sa tendinite). Merci d'adapter ses affectations "
    "en conséquence.",
    "Suite à l'entorse lombaire de Marc Viau au travail, la santé au travail autorise des travaux légers.",
])
def test_an_employee_whose_absence_is_covered_or_duties_adapted(text: str) -> None:
    confidential, counted = inspect_text(text)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_devices_replacement_keeps_the_patient() -> None:
    confidential, counted = inspect_text("Raymond Pelchat, 81 ans, sonde urinaire bloquée, infection urinaire. Merci "
                                         "de prévoir le remplacement de la sonde demain.")
    assert confidential and PATIENT_NAME in counted, counted
