"""Causes found in corpus_heldout_135 (radiation oncology) and _137 (speech-language pathology and audiology),
written blind and read in session 24, second round, tested here in other words.

Patients: speech, language, swallowing and hearing as therapists chart them; tumours by their morphology
(méningiome, medulloblastoma, myélome multiple); a course of radiotherapy (45 Gy / 25 fx); a youth-protection report
screened in and a home unfit to live in; a lower-case name after a greeting's dash with where the person lies ("Allo
Marc - denise gagnon in 214 pulled her PICC"); a listed family name opening a Subject before what is said of its
bearer ("Re: BOUCHARD - mucite grade 2"); Ashley as a given name.

Nobody's patients: a newsletter's portrait of a colleague ("Staff spotlight:"); a colleague who became a proud
parent; a speech-language pathologist's credential after the name (S-LP).
"""

from __future__ import annotations

import pytest
from conftest import inspect_mail, inspect_text, outbound_mail

from sentinelle.classifiers.types import DATE_OF_BIRTH, DIAGNOSIS, PATIENT_NAME, SOCIAL_INFORMATION


@pytest.mark.parametrize(
    "term",
    ["stuttering since age 4", "perte auditive bilatérale", "trouble développemental du langage", "speech delay",
     "fausses routes aux liquides", "silent aspiration on thin liquids", "méningiome frontal", "medulloblastoma",
     "myélome multiple", "mucite grade 2", "45 Gy / 25 fx", "66 Gy en 33 fractions"],
)
def test_speech_hearing_tumours_and_radiotherapy(term: str) -> None:
    _, counted = inspect_text(f"Notes : {term}.")
    assert DIAGNOSIS in counted, counted


def test_a_dose_in_gray_without_its_fractions_is_no_course() -> None:
    _, counted = inspect_text("Rappel : la limite de dose à la moelle est de 45 Gy selon le protocole.")
    assert DIAGNOSIS not in counted, counted


@pytest.mark.parametrize("body", ["Signalement retenu, intervenante assignée.", "They live in substandard housing."])
def test_a_youth_protection_report_and_an_unfit_home(body: str) -> None:
    _, counted = inspect_text(body)
    assert SOCIAL_INFORMATION in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Allo Marc - denise gagnon in 214 pulled her PICC overnight. She is on piperacillin now.",
     "Petit mot - rené lavoie ch. 7 a encore retiré sa sonde; il est sous halopéridol 0,5 mg."],
)
def test_a_lower_case_name_after_a_greeting_s_dash_with_where_the_person_lies(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_suivi_of_ashley() -> None:
    confidential, counted = inspect_text("Je fais le suivi d'Ashley Bouchard (29) : trouble de stress "
                                         "post-traumatique.")
    assert confidential and PATIENT_NAME in counted, counted


def _mail(subject: str, body: str) -> bytes:
    return outbound_mail("Infirmière pivot <pivot@hopital.example>", "Radio-oncologue <ro@hopital.example>", subject,
                         body)


def test_a_family_name_opening_a_subject_before_what_is_said_of_its_bearer() -> None:
    raw = _mail("Re: BOUCHARD - mucite grade 2", "Je l'ai vu ce matin : mucite grade 2, douleur 6/10, on ajoute "
                "la lidocaïne visqueuse.\n")
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_topic_opening_a_subject_is_no_family_name() -> None:
    raw = _mail("Re: FORMATION - protocole mucite", "La formation sur la mucite grade 2 et la lidocaïne visqueuse "
                "aura lieu mardi.\n")
    _, counted = inspect_mail(raw)
    assert PATIENT_NAME not in counted, counted


@pytest.mark.parametrize(
    "body",
    ["Staff spotlight: Karen Liu has been a dosimetrist with us for 20 years; she now leads our breast "
     "radiotherapy planning for tumours of the left side.",
     "Mme Julie Caron, S-LP, offers voice therapy for people living with Parkinson's disease."],
)
def test_a_colleague_s_portrait_and_credential_are_no_patient(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_colleague_who_became_a_proud_parent() -> None:
    confidential, counted = inspect_text("Great news! Marc Lévesque became a proud dad: Léo was born on June 2, 2025,"
                                         " 3.4 kg. A card is going around.")
    assert not confidential and DATE_OF_BIRTH not in counted, counted


def test_a_capitalised_word_opening_a_subject_is_no_family_name_however_listed() -> None:
    raw = _mail("Bottin – cliniques spécialisées", "Clinique de la mémoire : démence, Alzheimer. Clinique "
                "d'insuffisance cardiaque : suivi après hospitalisation.\n")
    _, counted = inspect_mail(raw)
    assert PATIENT_NAME not in counted, counted
