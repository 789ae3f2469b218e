"""Causes found in corpus_heldout_155 (geriatrics: memory clinic, falls clinic, long-term care admissions) and _157
(patient flow: bed management, interfacility transfers), written blind and read in session 26, tested here in other
words.

Patients: an initial and a family name either order after the words that say whose test or assessment it is ("pour
Lapointe M. :" over a list of results, "Évaluation de G. Fortier"), after a one-line note's greeting, or ending a
Subject after words of care; a test's file name with the tested person's family name and initial; a lower-case name
before a birth date whose family name no list knows; a Subject's lower-case name after the bed it is given; a
long-term care bed offered to one person; a titled family name shared with a recipient known only by a bare address
(their relative); a high fall risk, Berg's balance score over its maximum, ST elevation, frontotemporal degeneration.

Nobody's patients: a month and its year ("02/2026") is no disguised chart number; a full-width serial number in an
inventory's serial column; a colleague whose job a parenthesis gives, in every part of the message; a programme's
speaker after the slot's topic and before the affiliation; "patient NSA", a kind of patient; an invoice's delivery
address at a public care home; a test's "delayed recall" is no drug recall.
"""

from __future__ import annotations

import pytest
from conftest import inspect_mail, inspect_text, outbound_mail

from sentinelle.classifiers.recognizers.patient_name._cues import _topic_use
from sentinelle.classifiers.recognizers.patient_name._file_names import names_in_a_file_name
from sentinelle.classifiers.types import CA_SIN, DIAGNOSIS, LAB_RESULT, MRN, PATIENT_NAME, SOCIAL_INFORMATION


@pytest.mark.parametrize("body", [
    "Bonjour à tous,\n\nBilan d'anémie revenu pour Lapointe M. :\n\n- Hb 92 g/L\n- ferritine 8 µg/L\n\nOn débute.",
    "Anemia work-up back for Hargreaves T.:\nHb 88 g/L, ferritin 6 ug/L.",
    "Évaluation de G. Fortier ce matin : MMSE 19/30, désorientée en fin de journée.",
    "ostéodensitométrie de Bélanger R. : ostéoporose, T-score -3,1 à la hanche.",
    "Bonjour Luc, G. Fortier a cessé son donépézil depuis lundi selon son fils.",
])
def test_an_initial_and_a_family_name_whose_test_it_is(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "Voir la revue pour Tremblay J. et al. sur l'ostéoporose postménopausique.",
    "Bilan annuel pour l'équipe :\n\n- 14 cas d'ostéoporose\n- 3 fractures de hanche",
])
def test_a_citation_or_an_aggregate_names_no_patient(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("Bilan Lapointe M.", "Hb 92 g/L, ferritine 8 µg/L : on débute le fer."),
    ("RE: évaluation chutes G. Fortier", "Je débute la vitamine D et je cesse le lorazépam."),
    ("G. Fortier", "Elle a oublié son donépézil trois jours cette semaine."),
    ("RE: lit pour R. Bélanger", "La chambre est prête; il monte après sa dose d'héparine de 14 h."),
])
def test_a_subject_ending_with_an_initial_and_a_family_name(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_subjects_meeting_with_an_initial_and_a_family_name_is_no_patient() -> None:
    confidential, counted = inspect_text("Ordre du jour : le protocole d'ostéoporose de la clinique.",
                                         "Réunion avec G. Fortier")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_tests_file_name_with_a_family_name_and_an_initial() -> None:
    assert names_in_a_file_name("MoCA Lapointe M 20251104.pdf", listed_only=True)
    assert names_in_a_file_name("ECG Fortier 2255871.pdf", listed_only=True)
    # ... but a document's author or a code beside a family name, without a test's name first, stays a document's
    assert not names_in_a_file_name("Protocole Lapointe M 20251104.pdf", listed_only=True)
    assert not names_in_a_file_name("Procedure Fortier 2255871.pdf", listed_only=True)


def test_a_lower_case_name_before_a_birth_date_whose_family_name_no_list_knows() -> None:
    confidential, counted = inspect_text("marcel zwolinski (born 1941/02/11) has been on a stretcher for 40 h,"
                                         " delirium since yesterday.")
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(("subject", "confidential"), [("RE: lit pour marcel zwolinski", True),
                                                       ("RE: lit pour demain matin", False)])
def test_a_subjects_lower_case_name_after_the_bed_it_is_given(subject: str, confidential: bool) -> None:
    verdict, counted = inspect_text("La chambre est prête, il monte après sa dose d'héparine.", subject)
    assert verdict is confidential and (PATIENT_NAME in counted) is confidential, counted


@pytest.mark.parametrize("body", [
    "Bonjour Marc,\n\nUne place est disponible pour Mme Gisèle Fortier au CHSLD des Érables. L'admission est"
    " prévue jeudi.",
    "Hello Anne,\n\nA bed is available for Mr. Donald Hargreaves at the long-term care home on Birch Street.",
])
def test_a_long_term_care_bed_offered_to_one_person(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and SOCIAL_INFORMATION in counted, counted


@pytest.mark.parametrize("body", [
    "Une place est disponible pour la formation du 12 mars au CHSLD des Érables.",
    "A bed is available for Mr. Donald Hargreaves in room 4 tonight.",
])
def test_a_bed_without_long_term_care_or_a_training_seat_is_no_placement(body: str) -> None:
    _, counted = inspect_text(body)
    assert SOCIAL_INFORMATION not in counted, counted


def test_a_titled_family_name_shared_with_a_recipient_known_by_a_bare_address() -> None:
    raw = outbound_mail("Clinique de mémoire <memoire@cisss.example>", "g.fortier58@videotron.example",
                        "Rencontre famille - M. Fortier",
                        "Voici l'invitation pour la rencontre au sujet de M. Fortier : annonce du diagnostic"
                        " de démence frontotemporale.")
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_recipient_greeted_by_title_is_still_spoken_to() -> None:
    raw = outbound_mail("Clinique de mémoire <memoire@cisss.example>", "g.fortier58@videotron.example",
                        "Votre rendez-vous", "Bonjour M. Fortier,\n\nMerci pour votre présentation sur la démence"
                        " à l'association des proches aidants.")
    confidential, _ = inspect_mail(raw)
    assert not confidential


@pytest.mark.parametrize("text", ["Risque de chute élevé, canne quadripode remise.", "High fall risk per the PT.",
                                  "Annonce du diagnostic : démence frontotemporale.",
                                  "ECG : ST elevation in II, III and aVF.", "Suivi post-ICP dans 6 semaines."])
def test_falls_frontotemporal_degeneration_and_coronary_findings(text: str) -> None:
    _, counted = inspect_text(text)
    assert DIAGNOSIS in counted, counted


@pytest.mark.parametrize(("text", "found"), [("Berg 38/56 aujourd'hui.", True), ("Berg 38 aujourd'hui.", False),
                                             ("Dr Berg 12 h en salle 3.", False)])
def test_bergs_balance_score_over_its_maximum_only(text: str, found: bool) -> None:
    _, counted = inspect_text(text)
    assert (LAB_RESULT in counted) is found, counted


def test_a_month_and_its_year_is_no_disguised_chart_number() -> None:
    confidential, counted = inspect_text("Info-flux patients, 02/2026\nLe corridor AVC ouvre en mars.",
                                         "Info-flux patients, 02/2026")
    assert not confidential and MRN not in counted, counted


def test_a_full_width_serial_in_an_inventorys_serial_column() -> None:
    table = ("Appareil; N° de série; Emplacement\nPompe volumétrique; １９３４５６７８７; 3N\n"
             "Moniteur; 130692544; Urgence\n")
    confidential, counted = inspect_text(f"Inventaire à jour :\n\n{table}")
    assert not confidential and CA_SIN not in counted, counted
    # ... while the same spelling after its label is as confidential as a plain one
    _, counted = inspect_text("NAS : １９３４５６７８７")
    assert CA_SIN in counted, counted


def test_a_colleague_whose_job_a_parenthesis_gives_is_staff_in_the_subject_too() -> None:
    confidential, counted = inspect_text(
        "Bonjour,\n\nJulie Fortin (infirmière auxiliaire) reprendra lundi en retour progressif après une entorse"
        " lombaire (accident de travail).\n\nMerci d'ajuster l'horaire.", "Retour progressif - Julie Fortin")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_retired_nurse_in_parentheses_may_be_a_patient() -> None:
    confidential, counted = inspect_text("Julie Fortin (infirmière retraitée) : entorse lombaire, revue en clinique"
                                         " jeudi.", "Suivi - Julie Fortin")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_programmes_speaker_after_the_slots_topic() -> None:
    confidential, counted = inspect_text(
        "Colloque régional de la gestion des lits - 14 mai\n\n"
        "09 h 00 - Le patient NSA : sortir de l'impasse - M. Patrice Lemay, CISSS du Littoral\n"
        "10 h 00 - AVC : le corridor de thrombectomie - Dre Grace Desjardins, CHU du Plateau\n"
        "11 h 00 - Transport du patient intubé - Mme Francine Okafor, Aéro-Médic")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_tumour_boards_slot_still_names_its_patient() -> None:
    confidential, counted = inspect_text("Comité des tumeurs, 14 mai\n\n"
                                         "08 h 00 - Cas 1 : cancer du sein - Mme Louise Roy, 64 ans, récidive")
    assert confidential and PATIENT_NAME in counted, counted


def test_an_invoices_delivery_address_at_a_public_care_home() -> None:
    confidential, counted = inspect_text(
        "Facture F-2025-118\nClient : CISSS du Littoral\nLivrer à : Maison des aînés de Saint-Rémi, 40, rue des Pins,"
        " Saint-Rémi\nAttention : Sylvie Caron\n\nLève-patient mobile x 2 : 7 780,00 $\nDéambulateur x 4 : 756,00 $")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_tests_delayed_recall_is_no_drug_recall() -> None:
    text = "Évaluatrice : Chantal Roy\nMoCA 14/30 (delayed recall 1/5, fluency 9 words/min)"
    start = text.index("MoCA")
    assert not _topic_use(text, start, start + len("MoCA 14/30"))
    recall = "metformin (manufacturer recall notice this week)"
    assert _topic_use(recall, 0, len("metformin"))


def test_a_recipient_greeted_by_given_name_is_not_the_titled_namesake() -> None:
    raw = outbound_mail("Accès à l'hébergement <acces@cisss.example>", "Michel Drouin <m.drouin@videotron.example>",
                        "Offre d'hébergement", "Bonjour Michel,\n\nUne place est disponible pour M. Drouin au CHSLD"
                        " des Érables. L'admission est prévue jeudi.")
    confidential, counted = inspect_mail(raw)
    assert confidential and PATIENT_NAME in counted, counted


def test_the_senders_own_initial_stays_staff() -> None:
    raw = outbound_mail("Michel Drouin <michel.drouin@cisss.example>", "Équipe <equipe@cisss.example>", "Protocole",
                        "Bonjour à tous,\n\nLe protocole de démence sera revu jeudi.\n\nM. Drouin")
    confidential, counted = inspect_mail(raw)
    assert not confidential and PATIENT_NAME not in counted, counted
