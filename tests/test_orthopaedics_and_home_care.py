"""Causes found in the read corpora of session 28, tested here in other words.

From corpus_heldout_171 (orthopaedics, fracture clinic): a family name in capitals, then the emergency room's
stretcher it lies on ("can you see GALLANT in ED stretcher 4?"); a name in a two-column table typed with pipes ("|
Name | Tomasz Arsenault |"), quoted in a reply too. Nobody's patient: a month row that the model read as a person
after "patient-level"; a colleague's birthday told with the age she turns after her birth date.

From corpus_heldout_173 (palliative and home care): a known given name alone, then the age between commas ("Yvon,
73 ans, suivi par notre équipe pour MPOC"), and the team that follows someone for a condition; a social insurance
number whose label says what it is for before its colon ("SIN for the income support application: ..."); the
public curator and unsanitary housing in English. Nobody's patient: an employee named after the label "employee:"
in a health and safety office's incident report; a speaker after a talk's title in quotes on a training day's
programme.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text

from sentinelle.classifiers.types import CA_SIN, DATE_OF_BIRTH, PATIENT_NAME, SOCIAL_INFORMATION


@pytest.mark.parametrize("body", [
    "Could you look at PELLERIN in ED stretcher 9? Open ankle fracture, tetanus given.",
    "Peux-tu voir DESROSIERS à l'urgence civière 11? Luxation de l'épaule, réduction difficile.",
    "MCALLISTER in ER bay 3: hip fracture after a fall, Hb 101, waiting for ortho.",
])
def test_a_family_name_in_capitals_then_the_stretcher_it_lies_on(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "URGENT in ED stretcher 4: chest pain protocol to be reviewed at the next meeting.",
    "CHSLD in room 12 hosts the falls prevention workshop on hip fracture.",
    "STAT in bed 6 means within the hour for a suspected fracture.",
])
def test_a_word_in_capitals_before_a_stretcher_is_nobody(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("body", [
    "| Name | Mireille Gagnon |\n| Visit | cast check |\n\nDistal radius fracture, cast changed today.",
    "> | Nom | Bastien Ouellet |\n> Entorse de la cheville, botte de marche pour 4 semaines.",
    "| Patient | Louis Thibodeau |\n\nKnee osteoarthritis, booked for injection.",
])
def test_a_name_in_a_two_column_table_typed_with_pipes(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "| Name | Job Title |\n| Team | Fracture clinic |\n\nNew fracture clinic workflow starts Monday.",
    "Indicators (no patient-level data):\n\n| Measure | May | June | July |\n| Hip fractures | 31 | 28 | 35 |",
    "Aucune donnée patient-level ici.\n\n| Mesure | Janvier | Février |\n| Fractures de hanche | 31 | 28 |",
])
def test_a_table_header_or_a_row_of_months_names_nobody(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("body", [
    "Hello team,\n\nNadine Proulx (born March 3, 1966) turns 60 on Friday. Card in the staff room, cake at 3.",
    "Bonjour à tous,\n\nRéjean Caron (né le 14 mai 1971) fête ses 55 ans lundi. Carte à signer au poste.",
])
def test_a_colleagues_birthday_with_the_age_turned_is_no_patients_birth_date(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and DATE_OF_BIRTH not in counted, counted


def test_a_patients_birth_date_is_still_one_without_a_birthday() -> None:
    confidential, counted = inspect_text("Nadine Proulx (born March 3, 1946) fell last night: hip fracture.")
    assert confidential and DATE_OF_BIRTH in counted, counted


@pytest.mark.parametrize("body", [
    "Vous rendrez visite à Gisèle, 88 ans, suivie par notre équipe pour insuffisance cardiaque terminale.",
    "Please call Bernard, 79, followed by our team for end-stage COPD, about his oxygen delivery.",
])
def test_a_given_name_alone_then_the_age_between_commas(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "Man, 61, known for heart failure, presents with dyspnea. What is your differential?",
    "Femme, 45, diabète de type 2, HbA1c 9 %: quel ajustement proposez-vous?",
    "Merci Chantal, 30 ans de service en soins palliatifs: bonne retraite!",
])
def test_a_teaching_case_or_years_of_service_name_nobody(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("body", [
    "SIN for the disability benefit form: 131 144 123",
    "NAS pour la demande de supplément de revenu : 177-236-114",
])
def test_a_social_insurance_number_labelled_with_its_purpose(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and CA_SIN in counted, counted


@pytest.mark.parametrize("body", [
    "NAS for the backup server: 131 144 123",
    "SIN for the income support application, see the form, reference 577 638 687.",
])
def test_a_purpose_without_its_colon_or_a_storage_nas_labels_nothing(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and CA_SIN not in counted, counted


@pytest.mark.parametrize("body", [
    "Visited Margaret Doyle: public curatorship in progress, niece overwhelmed.",
    "Home visit to Frank Leblanc: unsanitary housing, referral to the municipality.",
])
def test_the_public_curator_and_unsanitary_housing_in_english(body: str) -> None:
    _confidential, counted = inspect_text(body)
    assert SOCIAL_INFORMATION in counted, counted


@pytest.mark.parametrize("body", [
    "Incident report — employee: Kevin Morneau (DOB 1984-02-11), orderly.\nShoulder strain while lifting a "
    "patient. Off work 5 days, ibuprofen.",
    "Déclaration SST — employé : Julien Tessier (DDN 1979-06-30), préposé.\nEntorse du poignet, arrêt de 7 jours.",
    "Staff member: Anika Rahman (DOB 1990-12-01)\nNeedlestick injury, baseline serology drawn.",
])
def test_a_name_labelled_as_an_employees_is_staff(body: str) -> None:
    _confidential, counted = inspect_text(body)
    assert PATIENT_NAME not in counted, counted


def test_an_employee_label_before_someones_patient_keeps_the_patient() -> None:
    confidential, counted = inspect_text(
        "Formulaire pour l'employeur — employé : Julien Tessier, mon patient, entorse du poignet (DDN 1979-06-30).")
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "Programme of the volunteer training day (registration by Friday):\n"
    "- « Les plaies de pression » — Dre Hélène Fortin\n"
    "- « Soutenir une famille en deuil » — Colette Bouchard, intervenante en soins spirituels",
    "Volunteer training, registration open.\n\nProgramme:\n"
    "- \"Dementia and agitation\" - Dr. Paul Grant\n"
    "- \"Listening at the end of life\" - Naomi Walsh, chaplain",
])
def test_a_speaker_after_a_talks_title_in_quotes(body: str) -> None:
    _confidential, counted = inspect_text(body)
    assert PATIENT_NAME not in counted, counted


def test_a_quoted_case_title_without_an_event_still_names_a_patient() -> None:
    confidential, counted = inspect_text(
        "Cas à discuter :\n- \"chute avec fracture de hanche\" - Colette Bouchard, 84 ans, admise hier")
    assert confidential and PATIENT_NAME in counted, counted
