"""Causes found in corpus_heldout_151 (allergy and clinical immunology) and _153 (respiratory care: pulmonary
function laboratory, home oxygen, sleep apnoea and CPAP), written blind and read in session 25, third round, tested
here in other words.

Patients: blood gases and lung function (PaCO2, PaO2, VEMS, FEV1, DLCO); sleep apnoea by its French abbreviation and
the ventilation set for one person (SAHOS, CPAP, BiPAP); a shift handover's list, which names patients under a
heading that says "quart" (shift); a chart number written with a slash after its label ("Dossier 412/906"); a form's
lower-case name written family name first with a comma ("Patient: st-onge, ludovic"); a patient writing of their
allergy shot in a quoted message.

Nobody's patients: a colleague's birthday party, whose birth date the invitation gives; an interview invitation's
candidates (its line breaks escaped twice by the organiser's software) and the colleague who sits on the panel;
ordinary lower-case words NER took for a person after "Patient" ("Patient mix vials are not included").
"""

from __future__ import annotations

import pytest
from conftest import inspect_text

from sentinelle.classifiers.types import DATE_OF_BIRTH, DIAGNOSIS, LAB_RESULT, MRN, PATIENT_NAME


@pytest.mark.parametrize("text", ["PaCO2 61 mmHg", "PaO2 58 mmHg", "VEMS 42 %", "FEV1 38 % of predicted",
                                  "DLCO 45 %"])
def test_blood_gases_and_lung_function(text: str) -> None:
    _, counted = inspect_text(text)
    assert LAB_RESULT in counted, counted


@pytest.mark.parametrize("text", ["SAHOS sévère", "CPAP à 11 cmH2O", "BiPAP la nuit"])
def test_sleep_apnoea_and_ventilation(text: str) -> None:
    _, counted = inspect_text(text)
    assert DIAGNOSIS in counted, counted


@pytest.mark.parametrize("heading", ["Passation de quart 3e étage :", "Night shift sign-out:",
                                     "Relève de quart de soir :"])
def test_a_shift_handovers_list_names_patients(heading: str) -> None:
    confidential, counted = inspect_text(f"{heading}\n- 312 (Mme Lachance) : MPOC exacerbée, SaO2 86 %\n"
                                         "- 314 (M. Dubé) : pneumonie, sous BiPAP")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_shifts_staff_list_is_still_staff() -> None:
    confidential, counted = inspect_text("Quarts de soir cette semaine :\n- Julie Lachance : lundi, mardi\n"
                                         "- Marc Dubé : jeudi\n\nRappel : formation MPOC jeudi.")
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("text", [
    "Fête surprise ! Owen Lachance aura 60 ans le 17 janvier (né le 1965-01-17 pour les curieux). Gâteau à 14 h 30.",
    "Cake in the lounge at 3: Priya Nair turns 50 today (born 1975-03-04)!",
])
def test_a_colleagues_birthday_party(text: str) -> None:
    confidential, counted = inspect_text(text)
    assert not confidential and PATIENT_NAME not in counted, counted
    assert DATE_OF_BIRTH not in counted, counted


@pytest.mark.parametrize("text", ["Dossier 412/906 : réaction locale de 40 mm après l'injection.",
                                  "Chart #: 385/217\nAnaphylaxis after peanut challenge."])
def test_a_chart_number_written_with_a_slash_after_its_label(text: str) -> None:
    _, counted = inspect_text(text)
    assert MRN in counted, counted


def test_a_blood_pressure_is_still_no_chart_number() -> None:
    _, counted = inspect_text("Dossier complet. PA 220/120 ce matin.")
    assert MRN not in counted, counted


def test_a_forms_lower_case_name_family_name_first_with_a_comma() -> None:
    confidential, counted = inspect_text("Patient: st-onge, ludovic\nDOB: May 25, 1947\nPenicillin allergy ruled out.")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_patient_writing_of_their_allergy_shot_in_a_quoted_message() -> None:
    confidential, counted = inspect_text(
        "Josianne, could you call back?\n\nFrancine\n\n-----Original Message-----\nFrom: Roch Tardif "
        "<roch.tardif@courriel.example>\nSubject: my shots\n\nHello,\n\nI had my allergy shot on Thursday and my arm "
        "swelled up, with hives in the evening. I took two Reactine.\nYou can call me at 819 555-0172.\n\n"
        "Roch Tardif")
    assert confidential and PATIENT_NAME in counted, counted


def test_an_interview_invitations_candidates_and_panel() -> None:
    confidential, counted = inspect_text(
        "Summary: Interviews - allergy nurse position\nDescription: 09:00 — Félicia Dagenais\n09:45 — Jade Tessier\n\n"
        "Hi Normand, Josianne Quirion sits on the panel.")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_ordinary_lower_case_words_after_patient_are_nobody() -> None:
    confidential, counted = inspect_text("Monthly fridge inventory for the immunotherapy clinic attached. Patient mix "
                                         "vials are not included.")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_line_break_escaped_twice_in_an_invitation() -> None:
    from sentinelle.classifiers.extractors._common import Budget
    from sentinelle.classifiers.extractors.ics import extract_calendar

    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1@x.example\r\nDTSTAMP:20250101T000000Z\r\n"
           "SUMMARY:Entrevues\r\nDESCRIPTION:09:00 Félicia Dagenais\\\\n09:45 Jade Tessier\r\nEND:VEVENT\r\n"
           "END:VCALENDAR\r\n").encode()
    budget = Budget(max_bytes=10_000_000, max_ratio=100.0, max_members=100, max_chars=100_000)
    text = "\n".join(piece.text for piece in extract_calendar(ics, "utf-8", budget).pieces)
    assert "Dagenais\n09:45" in text, text
