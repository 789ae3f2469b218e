"""Causes found in the read corpora of session 29's second round, tested here in other words.

From corpus_heldout_187 (an emergency department and its trauma team): family names the surname list lacked because
wordfreq counts a common name as a word (Haddad, McAllister); a lower-case saint's family name ("st-pierre"); a
lower-case full name opening its line before its bed ("in 6"), or after "pour info,"; a Subject's name before a
spaced dash and a word that names a lecture hall elsewhere ("— lecture prélim"); ST elevation written short and
presyncope; the salts' and the sugar's disorders ("hyponatremia"). Nobody's patient: a colleague's farewell party and
its venue's address; a role written right before the name, as English writes a title ("Research coordinator X will
present"); a full name over a company's name, its signature (found once "Sanjay" was a listed given name).

From corpus_heldout_189 (a clinical research office): a forwarded participant who writes of a stay of their own
("j'ai été hospitalisé", "they gave me"); a given name and its study number in brackets before its call; a given
name that called from a number; an income-support programme by its acronym (ODSP); a fall at home. Nobody's patient:
a committee's attendance ("Présences :") and reviewers, a committee's member ("(community member)"), while an
insurance plan's member stays the patient.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text

from sentinelle.classifiers.types import DIAGNOSIS, PATIENT_CONTACT, PATIENT_NAME, SOCIAL_INFORMATION


@pytest.mark.parametrize("body", [
    "FYI R. Haddad came back overnight with a GI bleed, Hb 68.",
    "FYI D. McAllister bounced back this morning with severe hyponatremia.",
    "carole st-pierre en 9 redemande son dilaudid. pancréatite, lipase 2 210.",
    "kevin lachance in 12 wants more morphine, pancreatitis, lipase 1500.",
    "Pour info, gilles fortier est revenu ce matin : FA rapide (RV 152).",
])
def test_names_an_emergency_department_writes(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_subjects_name_before_a_radiology_reading() -> None:
    confidential, counted = inspect_text("TDM abdominal : appendicite aiguë.",
                                         subject="RE: PAQUIN MARCEL — lecture prélim")
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "Peux-tu revoir l'ECG? Sus-ST en inférieur, patient en civière 4.",
    "Lipothymie au lever, TA 82/50.",
])
def test_an_emergency_departments_shorthand(body: str) -> None:
    _confidential, counted = inspect_text(body)
    assert DIAGNOSIS in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("5 à 7 — départ de Carole Gingras", "Après 31 ans à l'urgence, Carole prend sa retraite! 5 à 7 au Bistro du "
     "Marché, 40, rue du Marché. Contribution de 20 $ pour le cadeau."),
    ("New study in the ED", "Exclusion: isolated hip fracture.\nResearch coordinator Tanya Ferris will present at "
     "Tuesday's staff meeting."),
])
def test_colleagues_parties_and_titles_are_no_patients(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert not confidential and PATIENT_NAME not in counted and PATIENT_CONTACT not in counted, counted


@pytest.mark.parametrize("body", [
    "---------- Message transféré ---------\nDe : Gaétan Roux <gaetanroux61@courriel.example>\nObjet : rdv\n\n"
    "Bonjour,\nJ'ai été hospitalisé dimanche pour une pneumonie. Est-ce que je continue le médicament de l'étude ?",
    "---------- Forwarded message ---------\nFrom: Ruth Dobbins <ruthd44@mailbox.example>\nSubject: visit\n\n"
    "Hi,\nI was admitted on Friday with cellulitis and they gave me cefazolin. Should I still come Thursday?",
    "Lucien (412 7781) a appelé : nausées depuis la dose de lundi, je lui ai dit de prendre du dimenhydrinate.",
    "Mireille called (450.555.0199) - hives since the last infusion. Told her to take cetirizine 10 mg.",
    "Norbert from CARDIO-HF 301 called back from (579) 555-0144, still short of breath with ankle edema.",
])
def test_participants_a_research_office_writes_of(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_named_participants_income_support_and_address() -> None:
    confidential, counted = inspect_text(
        "Gloria Pettigrew (88 Birch Street, Kingston) receives ODSP and worries the stipend will be clawed back.")
    assert confidential and SOCIAL_INFORMATION in counted, counted


def test_a_sign_outs_fall_at_home() -> None:
    confidential, counted = inspect_text("Rm 214 | GAGNON, Lise | DIAB-REN 2 | fall at home, no LOC")
    assert confidential and DIAGNOSIS in counted, counted


@pytest.mark.parametrize("body", [
    "Procès-verbal du CÉR\nPrésences : Dre Line Dufour (présidente), Mme Agathe Morin, M. Paul Lévesque.\n"
    "ONCO-BR 3 (Dr Roy, cancer du sein métastatique) : approuvé.",
    "Agenda: NEURO-PD 7 - early Parkinson's disease, annual renewal.\nReviewers: Dr. Line Dufour (scientific "
    "member), Mr. Paul Levesque (community member).",
    "Agenda: NEURO-PD 7 - early Parkinson's disease, annual renewal.\nMs. Agathe Morin (community member) "
    "will join.",
])
def test_a_committees_members_are_no_patients(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_an_insurance_plans_member_stays_the_patient() -> None:
    confidential, counted = inspect_text("Re: MORIN, Agathe, plan member ID 20481906, DOB 02/03/1961\n"
                                         "Type 2 diabetes, A1c 9.1% on metformin.")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_name_over_a_companys_name_signs_the_message() -> None:
    confidential, counted = inspect_text("Happy to set up a demo of the new portable ultrasound.\nRahul Goldberg\n"
                                         "Medisys Solutions Inc.\n")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_name_over_what_a_clinic_found_is_still_a_patient() -> None:
    confidential, counted = inspect_text("Résultats à revoir :\nRahul Tremblay\nClinique du diabète : HbA1c 9,1 %")
    assert confidential and PATIENT_NAME in counted, counted
