"""Causes found by the dev_f and dev_g blind corpora (issue 10), each in other words, French and English,
with near misses: staff call lists with roles and cell numbers, a care home's resident in apposition, a
sign-out roster with a chart-number column, a Subject's lone surname over a note about one person,
talks about a disease, numbers shown as examples. Every text here is invented for these tests.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text as _inspect


@pytest.mark.parametrize(
    "body",
    [
        # a staff call-back list: a role or credential after each name, then a personal cell number
        "Liste de rappel (mesures d'urgence, code orange) - personnel de l'urgence :\n\n"
        "Vachon, Annie - inf. aux. - cell 579 555-0174\nGirard, Frédéric - inhalo - cell 819 555-0193\n"
        "Thibault, Marie-Ève - PAB - cell 450 555-0120\n",
        "Emergency call-in list, ED staff (code orange):\nOkafor, Grace - RN - cell 613 555-0148\n"
        "Lindqvist, Per (RRT) cell 613 555-0102\nMoreau, Alice, PAB, cell 514 555-0177\n",
    ],
)
def test_a_staff_call_list_is_no_patient_contact(body: str) -> None:
    assert _inspect(body) == (False, set())


@pytest.mark.parametrize(
    "body",
    [
        # the same shape with no role: whom to call back about their care
        "Appels à faire (rendez-vous annulés, clinique de diabète) :\nVachon, Annie - cell 579 555-0174\n"
        "Girard, Frédéric - cell 819 555-0193\n",
        # a night report's orderly who found a resident is no role in apposition
        "Nuit calme. Mme Thibault - PAB a trouvé au sol à 3h, pas de blessure, glycémie 4,1.",
    ],
)
def test_the_same_shapes_without_a_staff_role_stay_confidential(body: str) -> None:
    assert _inspect(body)[0]


@pytest.mark.parametrize(
    ("body", "confidential"),
    [
        # a care home's resident is the person cared for
        ("Transport aller-retour SVP pour Gilles Nadeau (résident, fauteuil roulant)\n"
         "Départ : 1540, boul. Industriel, Val-Ombré J0X 4D0\nContact famille : 819 555-0155\n", True),
        ("Adapted transport please for Ruth Adeyemi (resident, wheelchair) from 88 Birch Lane to dialysis, "
         "family 613 555-0199.", True),
        # a medical resident, in apposition, stays staff
        ("La garde de ce soir : Annie Roy (résidente R2, médecine interne) pour les patients du 4e, "
         "pneumonie au 412.", False),
        ("Horaire de garde : Marc Poirier, résident en médecine, couvre la cardiologie (IC, FA) cette semaine.",
         False),
    ],
)
def test_a_resident_in_apposition_is_the_care_homes_or_a_physician_in_training(body: str, confidential: bool) -> None:
    assert _inspect(body)[0] is confidential


def test_a_sign_out_roster_with_a_chart_number_column() -> None:
    body = ("Sign-out for tonight:\n\nICU-19 Fraser, R. 96325652 62M - COPD exac; K 3.1 replace\n"
            "3E-10 O'Neill, A. LCH9509193 62M - alcohol withdrawal; CT head if drop GCS\n"
            "3E-28 Clarke, P. M250936 41F - NSTEMI; f/u AM lytes\n")
    confidential, types = _inspect(body, "Sign out 4W")
    assert confidential and {"patient_name", "mrn", "diagnosis"} <= types


def test_a_staff_roster_with_employee_numbers_and_no_age_is_no_patient_row() -> None:
    body = ("Formation RCR - inscrits :\n|Matricule|Nom|Unité|\n|480764349|Fournier, A.|6 Nord|\n"
            "|172956476|Leblanc, A.|Hémato-onco 9N|\n")
    assert _inspect(body, "Formation RCR - liste des inscrits") == (False, set())


@pytest.mark.parametrize(
    ("subject", "body", "confidential"),
    [
        # a lone surname in the Subject, the note speaks of one person's care
        ("MacDonald - suivi", "a appelé, dlr thoracique depuis hier soir, je lui ai dit d'aller à l'urgence\nHG",
         True),
        ("Boucher - suivi", "Glycémie à jeun 14,2 ce matin, elle dit qu'elle prend sa metformine. On augmente lantus?",
         True),
        ("Suivi Boucher", "Elle est revenue à l'urgence pour son insuffisance cardiaque, furosémide augmenté.", True),
        ("Okafor - f/u", "He called back, still short of breath on furosemide 40 mg; can you see him Monday?", True),
        ("Leblanc - suivi", "Son INR est à 4,8 ce matin, j'ai suspendu la warfarine ce soir.", True),
        ("Suivi Roy", "Merci pour sa présentation sur le diabète, très appréciée.", False),
        # topics, places and talks in the same Subject shape
        ("Suivi Covid", "Il y a 12 cas de covid à l'unité 4B cette semaine. Port du masque obligatoire.", False),
        ("Tremblay - suivi", "Le comité sur le diabète se réunira jeudi. Il faut confirmer la salle.", False),
        ("Laval - suivi", "Il y a 3 patients diabétiques transférés vers Laval cette semaine.", False),
        ("Roy - suivi", "Merci pour ta présentation sur l'insuffisance cardiaque, elle a été très appréciée.", False),
        ("Roy - follow-up", "Thanks for your talk on COPD, she said it was great.", False),
    ],
)
def test_a_subjects_lone_surname_over_a_note_about_one_person(subject: str, body: str, confidential: bool) -> None:
    assert _inspect(body, subject)[0] is confidential


@pytest.mark.parametrize(
    ("body", "confidential"),
    [
        # a care home's night report by room and given name, the event on the line
        ("Night report 2W:\nRoom 7 - Harold: agitated overnight, haldol 0.5 mg x1 at 0200, slept after.\n"
         "Room 9 - Edna: fall at 0430, no injury, vitals stable.\n", True),
        ("Ch. 12 - Gisèle : chute à 3h, pas de blessure, glycémie 4,1.", True),
        # staff assignments by room: no clinical evidence on the lines
        ("Assignments tonight:\nRoom 7 - Julie: rooms 7 to 12\nRoom 14 - Sophie: rooms 14 to 20, lift training\n",
         False),
    ],
)
def test_a_room_and_a_given_name_with_the_event_on_the_line(body: str, confidential: bool) -> None:
    assert _inspect(body)[0] is confidential


@pytest.mark.parametrize(
    ("body", "confidential"),
    [
        # a greeting ends where the sentence about the patient begins
        ("Bonjour, Mme Gauthier du 312 refuse ses médicaments depuis 2 jours. Famille avisée.", True),
        ("Bonjour Mme Gagnon,\nLe comité sur le diabète se réunira jeudi.", False),
        ("Bonjour Mme Gagnon et M. Dion, la formation sur l'insuffisance cardiaque est reportée.", False),
        # a request to call a patient by title and name, about their care
        ("Pourriez-vous rappeler Mme Paquin au 450 555-0187 pour déplacer son rendez-vous (suivi de DMLA)?", True),
        ("Please call Mr. Kowalski back at 613 555-0142 to rebook his cardiology follow-up.", True),
        ("Les personnes intéressées peuvent appeler Mme Tremblay au 450 555-0100 pour la formation sur la DMLA.",
         False),
        # social and mental-health words said of one young person
        ("Can we discuss Alice Martin? The 14 yo we saw Tuesday — DYP involved, mom in shelter, she disclosed "
         "self-harm.", True),
        ("Pharmacy note: 14 bins of refused medications returned from 4B this week.", False),
    ],
)
def test_greetings_call_requests_and_social_words(body: str, confidential: bool) -> None:
    assert _inspect(body)[0] is confidential
