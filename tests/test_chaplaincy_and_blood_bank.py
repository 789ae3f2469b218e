"""Causes found in the read corpora of session 32, tested here in other words.

From corpus_heldout_211 (spiritual care, chaplaincy, ethics and patient advocacy): a patient named by an initial and a
family name in a sentence, the text then speaking of one person in the third person; a recent bereavement said of one
person; a bereavement list whose name column is headed "Deceased" beside the cause and the date of death. Nobody's
patient: a chaplain or a minister named with their title (a newsletter's "Rev. ... joined us").

From corpus_heldout_213 (blood bank and transfusion service): red-cell antibodies, graded agglutination results and
transfusion reactions; a room said with its article before the name ("Le 525, G. Dionne, a besoin de plaquettes").
Nobody's patient: a week's schedule whose weekday rows carry their date; a programme's "Patient Blood Management".
"""

from __future__ import annotations

import pytest
from conftest import inspect_text, outbound_mail, shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.recognizers._tables import column_role
from sentinelle.classifiers.types import DIAGNOSIS, LAB_RESULT, PATIENT_NAME, SOCIAL_INFORMATION


@pytest.mark.parametrize("body", [
    "Hi Sam,\nHas R. Whitfield mentioned anything about going home? The oncologist says she has metastatic breast\n"
    "cancer and a new pleural effusion.\nThanks",
    "Salut,\nAs-tu parlé à J. Bouchard ce matin? L'équipe dit qu'il a une insuffisance cardiaque terminale.\nMerci",
    "Au 612, P. Gagnon, doit recevoir deux culots ce soir, Hb 68.",
])
def test_an_initial_and_a_family_name_in_a_sentence_about_one_person(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "Did J. Tremblay send you the slides on heart failure? He has the final version for the conference.",
    "Merci à L. Caron pour sa présentation sur le diabète; elle a préparé un excellent atelier.",
    "See A. Morrison et al. (2021): he reported outcomes in anorexia nervosa.",
    "Teaching case, hepatitis B. He has cirrhosis, Child-Pugh B, and no name is given.",
])
def test_a_colleague_or_an_author_named_by_an_initial_is_no_patient(body: str) -> None:
    assert not inspect_text(body)[0]


@pytest.mark.parametrize("body", [
    "ok pour marc tremblay. attention : récemment endeuillé (épouse décédée en juin), parler doucement.",
    "Visit for Mrs. Agnes Wood tomorrow; recently bereaved, her husband died last month.",
])
def test_a_recent_bereavement_said_of_one_person(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and SOCIAL_INFORMATION in counted, counted


def test_a_bereavement_list_names_the_people_who_died_and_of_what() -> None:
    sheet = ("Défunt;Date du décès;Cause;Proche à appeler;Appel à 1 mois\n"
             "Roy, Gérard;2025-01-03;cancer du poumon;fille;fait\n"
             "Ginette Lapointe;2025-01-09;insuffisance cardiaque;fils;\n")
    raw = outbound_mail("Léa Morin <lea.morin@chu.example>", "Équipe <equipe@chu.example>", "Appels de deuil",
                        "Liste à jour en pièce jointe.", files=[("deuil.csv", sheet.encode(), "text/csv")])
    inspection = shipped_classifier().inspect(parse_message(raw))
    assert inspection.confidential
    assert {f.type for f in inspection.counted} >= {PATIENT_NAME, DIAGNOSIS}


@pytest.mark.parametrize(("header", "role"), [
    ("Deceased", "name"), ("Défunte", "name"), ("Date of death", "clinical"), ("Cause", "clinical"),
    ("Call at 1 month", "other"), ("Call", "staff"), ("On-call physician", "staff"),
])
def test_column_roles_of_bereavement_and_on_call_lists(header: str, role: str) -> None:
    assert column_role(header) == role


@pytest.mark.parametrize(("subject", "body"), [
    ("Spiritual Care News - March", "Welcome to Rev. Thomas Archer, who joined us after ten years as a hospice "
     "chaplain. He has led support groups for families living with dementia."),
    ("Groupe de soutien", "L'abbé Gilles Roy animera la rencontre des proches de personnes atteintes de la maladie "
     "d'Alzheimer jeudi à 19 h."),
    ("Horaire de garde", "Horaire :\n\nDate | Jour | Soir | Nuit\nlundi 11/08/2025 | Julie Roy | Marc Fortin | "
     "Nadia Cloutier\nmardi 12/08/2025 | Marc Fortin | Nadia Cloutier | Julie Roy\nmercredi 13/08/2025 | "
     "Nadia Cloutier | Julie Roy | Marc Fortin\n\nGarde d'hématologie : Dre Roy (hémophilie et thalassémie)."),
    ("Updated form", "Patient Blood Management - Anemia Clinic Referral\nReason: [ ] pre-op anemia "
     "[ ] iron deficiency"),
])
def test_chaplains_schedules_and_programmes_are_no_patients(subject: str, body: str) -> None:
    assert not inspect_text(body, subject)[0]


@pytest.mark.parametrize("body", [
    "212  Lavoie, Monique   8812345   anti-E, needs E-neg units",
    "s. leblanc - coombs direct 3+ igg, éluat pan-réactif",
    "Mme Ginette Caron : réaction transfusionnelle hémolytique retardée au jour 7.",
    "Mr. Owen Pike is IgA deficient: washed products only.",
    "Mme Aline Roux, anti-Jk(a) en mémoire, dépistage négatif aujourd'hui.",
    "Mr. Tom Reid: suspected TRALI after the second unit.",
])
def test_blood_bank_findings_said_of_one_person(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and counted & {LAB_RESULT, DIAGNOSIS}, counted


@pytest.mark.parametrize("body", [
    "Réunion: 2+2 = 4 participants, ordre du jour + suivi.",
    "Rappel : la formation sur les anticorps anti-érythrocytaires aura lieu mardi.",
])
def test_counts_and_topics_are_no_blood_bank_results(body: str) -> None:
    assert LAB_RESULT not in inspect_text(body)[1]
