"""Causes found in the read corpora of session 29's third round, tested here in other words.

From corpus_heldout_191 (a pain clinic and pre-operative assessment): numbness after a block. Nobody's patient: a
staff member on sick leave "de votre équipe" and their return to work; an asset list's cells read as a disguised
social insurance number because a "block room" was taken for the filter's "block"; a newcomer's welcome ("Welcome
Rebecca!", "Welcome coffee – X"); a colleague who "welcomed baby Jack (born ...)".

From corpus_heldout_193 (a CLSC's youth and family services): a list of children under a "Child" column; a baby's
mother in lower case ("le bébé de mélodie cyr"); a paragraph's "Update on Linda:"; a youth court's placement hearing;
Quebec given names Faker lacks ("Ève"). Nobody's patient: a dietitian who runs a drop-in; a nurse who reads the
staff's skin tests; a job candidate's resume titled "Resume - Name"; a lower-case phrase NER took for a person.

From corpus_heldout_129 (read before): a patient's own message about a drug marketed after the lists' sources
("Mounjaro").
"""

from __future__ import annotations

import pytest
from conftest import inspect_attached, inspect_text

from sentinelle.classifiers.types import CA_SIN, DATE_OF_BIRTH, DIAGNOSIS, MEDICATION, PATIENT_NAME


def test_numbness_after_a_block() -> None:
    confidential, counted = inspect_text("Marc-Antoine – Gilberte Lacasse called: still numb in the left hand 30 h "
                                         "after the block.")
    assert confidential and DIAGNOSIS in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("Retour au travail", "Pour votre planification : Luc Ménard, de votre équipe, est en arrêt depuis le 2 mai à la "
     "suite d'une entorse lombaire. Retour progressif le 20 mai."),
    ("Welcome Priya!", "Please welcome Priya Menon, RN, who will run the ketamine infusion clinic."),
    ("Welcome coffee", "Summary: Welcome coffee – Priya Menon\nThe chronic pain team meets at 10."),
    ("Baby news", "Happy to share that Claire Dubois welcomed baby Léo on Monday (born 2025-02-03, 7 lb 2 oz)."),
    ("Newsletter", "Breastfeeding: Mr. Kevin Roy, dietitian, runs the breastfeeding drop-in on Thursdays.\n"
     "Reminder: postpartum depression awareness week."),
    ("TCT annuel", "Rappel : les employés doivent faire le test cutané (TCT). Josée Landry fera la lecture jeudi. "
     "Un TCT positif chez un employé est suivi par notre équipe."),
    ("Lice", "Cases of head lice have been reported in your child's class. Please check your child's hair and, if "
     "needed, use a treatment available at the pharmacy."),
])
def test_colleagues_and_parents_letters_name_no_patient(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_an_asset_lists_cells_are_no_disguised_identifier() -> None:
    sheet = ("Asset tag\tDescription\tSerial no.\tLocation\tWarranty until\n"
             "HSA-11111\tRF generator\t695156638\tBlock room 2\t2025-03-10\n"
             "HSA-22222\tNerve stimulator\t8732326544\tPain clinic room 2\t2025-03-10\n")
    confidential, counted = inspect_attached("assets.tsv", sheet, "Please verify the asset list.", "Equipment audit",
                                             "text/tab-separated-values")
    assert not confidential and CA_SIN not in counted, counted


def test_a_disguised_identifier_announced_as_such_still_counts() -> None:
    confidential, counted = inspect_text("NAS 193/456/787 de la patiente, écrit comme ça pour que le filtre ne le "
                                         "bloque pas.")
    assert confidential and CA_SIN in counted, counted


def test_a_candidates_resume_titled_with_the_name() -> None:
    resume = ("Resume - Noémie Paradis\nContact\n12 Cedar Crescent, Sainte-Flore QC J0K 3B0\nCell: 819-555-0100\n"
              "Experience\n2021-2025: RN, mother-baby unit\nEducation\nBScN (2019)\n")
    confidential, counted = inspect_attached("Resume_Paradis_Noemie.txt", resume, "Forwarding the resume of Noémie "
                                             "Paradis, a candidate for the perinatal position.", "Candidate")
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_list_of_children_under_a_child_column() -> None:
    sheet = ("Child\tDOB\tStatus\tWorker\n"
             "Tremblay, Maxime\t2019-03-13\tVoluntary measures\tGuylaine Roy\n"
             "AUDET, Grace\t2012-12-04\tRetained, neglect\tLuc Abboud\n")
    confidential, counted = inspect_attached("liaison.tsv", sheet, "Updated list attached.", "Weekly list",
                                             "text/tab-separated-values")
    assert confidential and DATE_OF_BIRTH in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("bébé", "salut lucie\nle bébé de sophie gagnon fait 39,4 depuis cette nuit. elle a recommencé son effexor."),
    ("bébé", "salut lucie\nle bébé d'amélie gagnon fait 39,4 depuis cette nuit. elle a recommencé son effexor."),
    ("Plan", "Good morning,\n\nUpdate on Gisèle: she is staying at a shelter after being evicted. Methadone is "
     "dispensed daily."),
    ("Tribunal jeunesse", "Audience pour Olivier Pelletier : prolongation du placement, rapport de suivi à apporter."),
])
def test_whom_a_youth_service_writes_about(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_file_name_with_an_accented_given_name() -> None:
    confidential, counted = inspect_attached("Lavoie, Ève - plan de soins.txt", "Bronchiolite à VRS, salbutamol au "
                                             "besoin.", "Voici le plan de soins pour demain.", "Plan de soins")
    assert confidential and PATIENT_NAME in counted, counted


def test_a_drug_marketed_after_the_lists_sources() -> None:
    _confidential, counted = inspect_text("Since starting Mounjaro 5 mg weekly I've been nauseous.")
    assert MEDICATION in counted, counted
