"""Causes found in corpus_heldout_159 (a child development centre and paediatric clinic) and _161 (hospital social
work and discharge planning), written blind and read in session 26, second round, tested here in other words.

Patients: a results list keyed by chart number, one patient a line ("262396  TSH 9,8 → hypothyroïdie"); a given name
followed by the room it lies in, evidence on the line or the hard-wrapped next one ("Hélène au 323-1 a fait une
hypoglycémie"); a test to repeat and its last value in parentheses ("INR à refaire lundi (1,5 hier)"); a family name
glued to its initial in a file name, whatever the evidence ("SinclairD_psychosocial_summary.pdf"); whom a colleague is
asked to fit in ("Could you squeeze in W. Lemieux today?"); a social worker's plan that refers someone to a committee
(no committee notice); rent arrears and a lease ended, a caregiver's exhaustion said of the spouse, a placement
refused, a protection mandate asked for; autism, Tourette, global developmental delay (RGD), a neurocognitive
disorder with its severity (moderate NCD).

Nobody's patients: a disease in capitals beside its speaker's name in a talk's file name; an English CV's file name
("Resume_Rebecca_Stroud.pdf") when the file is a CV; a vaccine inventory's lines, each with its lot number; an
employee's emergency contact given to HR; an employee's return to work, whatever injury the sentence gives, in the
Subject too; infection control as a programme's practice.
"""

from __future__ import annotations

import pytest
from conftest import inspect_mail, inspect_text, outbound_mail

from sentinelle.classifiers.recognizers.patient_name._file_names import names_in_a_file_name
from sentinelle.classifiers.types import DIAGNOSIS, LAB_RESULT, MRN, PATIENT_CONTACT, PATIENT_NAME, SOCIAL_INFORMATION

RESULTS_LIST = ("Résultats anormaux, merci de prévoir les contrôles :\n\n"
                "418233  TSH 11,2  → hypothyroïdie\n"
                "CS-552907  ferritine 4  → carence en fer\n"
                "CS-661 204  HbA1c 6,6 %  → prédiabète\n")


def test_a_results_list_keyed_by_chart_number() -> None:
    confidential, counted = inspect_text(RESULTS_LIST)
    assert confidential and MRN in counted, counted


@pytest.mark.parametrize("text", ["Commandes :\n2025118  CK kit x 3\n2025119  TSH kit x 2",
                                  "Inventaire :\n1234567  Hb analyzer cartridge\n7654321  K reagent"])
def test_a_catalogues_lines_name_tests_without_values(text: str) -> None:
    confidential, counted = inspect_text(text)
    assert not confidential and MRN not in counted, counted


@pytest.mark.parametrize("body", [
    "Pour ta rencontre avec la famille : Gisèle au 412-2 a fait une\nhypoglycémie cette nuit (glycémie 2,9).",
    "Megan in 536A - INR 4.6 today, warfarin held tonight.",
])
def test_a_given_name_then_the_room_it_lies_in(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_given_name_before_a_floor_or_an_extension_is_no_patient() -> None:
    confidential, counted = inspect_text("Nadia au 3e étage pour la formation sur l'hypoglycémie, poste 4120.")
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("text", ["PAB le matin, INR à refaire lundi (2,9 hier), et je relance le dossier.",
                                  "INR to repeat Thursday (1.4 yesterday)."])
def test_a_test_to_repeat_and_its_last_value(text: str) -> None:
    _, counted = inspect_text(text)
    assert LAB_RESULT in counted, counted


def test_a_test_to_repeat_without_a_value() -> None:
    _, counted = inspect_text("INR à refaire lundi (voir le protocole 2).")
    assert LAB_RESULT not in counted, counted


def test_a_family_name_glued_to_its_initial_in_a_file_name() -> None:
    assert names_in_a_file_name("MercierG psychosocial summary.pdf", listed_only=True)
    assert names_in_a_file_name("GMercier resume de depart.pdf", listed_only=True)
    assert not names_in_a_file_name("PowerBI export.xlsx", listed_only=True)


def test_whom_a_colleague_is_asked_to_fit_in() -> None:
    confidential, counted = inspect_text("Pourrais-tu voir G. Fortier aujourd'hui ? Sa mère a appelé, retard de"
                                         " langage.")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_committee_someone_is_referred_to_is_no_committee_notice() -> None:
    confidential, counted = inspect_text(
        "Note de suivi\nRencontré M. Gagnon et sa fille au chevet. Arriérés de loyer de 2 400 $ et avis de résiliation"
        " de bail pour le 30. Plan : référer au comité logement.")
    assert confidential and PATIENT_NAME in counted and SOCIAL_INFORMATION in counted, counted


@pytest.mark.parametrize("text", ["Spouse at the bedside: burned-out caregiver, cannot take him home.",
                                  "Objectifs : refus d'hébergement de l'usagère vs épuisement du conjoint.",
                                  "Statut de la demande de mandat : en attente du tribunal.",
                                  "Rent arrears ~$1,900 and an eviction notice for the 30th."])
def test_social_situations_said_of_one_household(text: str) -> None:
    _, counted = inspect_text(text)
    assert SOCIAL_INFORMATION in counted, counted


@pytest.mark.parametrize("text", ["autism assessment (ADOS-2) on Monday",
                                  "suivi (Tourette) en neurologie", "Évaluation multidisciplinaire (RGD)",
                                  "needs 24 h supervision (moderate NCD)"])
def test_child_development_and_neurocognitive_diagnoses(text: str) -> None:
    _, counted = inspect_text(text)
    assert DIAGNOSIS in counted, counted


def test_a_disease_beside_its_speakers_name_in_a_talks_file_name() -> None:
    raw = outbound_mail("Coordination <coordination@cde.example>", "Participants <participants@cde.example>",
                        "Présentations", "Les présentations de la journée sont jointes.",
                        files=[("Haddad_TDAH_et_sommeil.txt", b"TDAH et sommeil\nAucun cas identifiable.",
                                "text/plain")])
    confidential, counted = inspect_mail(raw)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_an_english_cvs_file_name() -> None:
    cv = ("Resume\nRebecca Stroud\nDate of birth: February 12, 1991\nEducation\nM.Sc., Capital City University\n"
          "Experience\nCommunity paediatric clinic, 8 years\n")
    raw = outbound_mail("RH <rh@cde.example>", "Comité <comite@cde.example>", "Candidates",
                        "Resumes attached; please keep them confidential.",
                        files=[("Resume_Rebecca_Stroud.txt", cv.encode(), "text/plain")])
    confidential, counted = inspect_mail(raw)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_discharge_summary_named_resume_still_names_its_patient() -> None:
    summary = "Résumé de départ\nPatient : Rebecca Stroud\nDiagnostic : pneumonie communautaire\n"
    raw = outbound_mail("Archives <archives@chu.example>", "md@clinique.example", "Résumé",
                        "Voici le résumé demandé.",
                        files=[("Resume_Stroud_Rebecca.txt", summary.encode(), "text/plain")])
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_vaccine_inventory_with_lot_numbers() -> None:
    confidential, counted = inspect_text("Inventaire des vaccins (décompte fait avec Nadia Caron) :\n\n"
                                         "Priorix-Tetra      lot AC38994    exp. 2026-08  qté 25\n"
                                         "Boostrix-Polio     lot BA51343    exp. 2026-05  qté 21\n")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_an_employees_emergency_contact_given_to_hr() -> None:
    confidential, counted = inspect_text("Please update my emergency contact in my HR file:\nName: Daniel Okoro"
                                         " (spouse)\nCell: 514 555-0108\nThanks")
    assert not confidential and PATIENT_CONTACT not in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("Graduated return to work - Melissa Sorensen",
     "Melissa Sorensen has been cleared for a graduated return to work on Monday after a low-back strain."),
    ("Retour progressif - Véronique Thivierge",
     "Véronique Thivierge (TS, 3e Est) reprendra le travail en retour progressif mardi, suite à une entorse"
     " lombaire."),
])
def test_an_employees_return_to_work(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_infection_control_is_a_programmes_practice() -> None:
    confidential, counted = inspect_text("The surveyors will look at hand hygiene and infection control in the play"
                                         " area.\nMock tracer sessions with Chantal Mercier on Tuesdays.")
    assert not confidential and PATIENT_NAME not in counted, counted
