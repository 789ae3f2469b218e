"""Causes found in the second pair of read corpora of session 32, tested here in other words.

From corpus_heldout_215 (wound care, ostomy and continence nursing): nobody's patient in a students' placement list
(a course named by its subject, "Certificat plaies", and a clinic "de soins de plaies" are topics; a preceptor's
column is staff's).

From corpus_heldout_217 (speech-language pathology and a swallowing clinic): a family name and its initial in a
sentence ("que Goyette F. (ch. 448-1) crache sa purée"); what a swallowing study finds and is (laryngeal penetration,
aspiration after the swallow, a modified barium swallow, VFSS). Nobody's patient: a colleague who "assurera le
remplacement"; a rota whose names fill a speech-language pathologists' column; a code list's "Nom:" cells.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text, outbound_mail, shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.types import DIAGNOSIS, PATIENT_NAME


@pytest.mark.parametrize(("subject", "body"), [
    ("petite question", "Salut! Juste pour te dire que Ouellet J. (ch. 512) refuse sa purée et semble confuse. Le MD "
     "a prescrit ceftriaxone 1 g IV die."),
    ("BERGERON, Luc - étude faite", "Fait ce matin : pénétration laryngée aux liquides clairs, résidus importants."),
    ("Booking", "Hi,\nBooked LAPOINTE, Gisèle on Tuesday at 9:00 for a modified barium swallow.\nThanks"),
    ("Rappel", "Mme Rita Bois : VFSS prévue jeudi, puis reprise de l'alimentation selon le résultat."),
])
def test_patients_of_a_swallowing_clinic(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("Stagiaires", "Bonjour,\n\nVoici les stagiaires attendus.\n\n"
     "Stagiaire           Programme          Dates                     Préceptrice\n"
     "Hugo Martel         Certificat plaies  2025-09-29 -> 2025-10-19  Monique Gagné\n"
     "Anne Bolduc         DEC-BAC            2025-10-07 -> 2025-10-27  Maude Laroche\n\n"
     "--\nLise Poitras\nClinique de soins de plaies, stomies et continence"),
    ("Vacances", "Bonjour Joanie,\n\nTa demande de vacances est approuvée. Marc Gendron assurera le remplacement pour "
     "les consultations urgentes en dysphagie.\n\nKarine"),
    ("Horaire", "Voici l'horaire de la semaine.\n\n"
     "Date        Orthophoniste      Plage  Affectation\n"
     "2025-02-03  Stéphanie Roy      AM     VFSS salle 2\n"
     "2025-02-04  Amélie Fortin      PM     VFSS salle 2\n"
     "2025-02-05  Nadia Hébert       AM     Externe\n"),
])
def test_students_colleagues_and_rotas_are_no_patients(subject: str, body: str) -> None:
    assert not inspect_text(body, subject)[0]


def test_a_code_lists_name_cells_are_no_patients() -> None:
    codes = "Niveau;Nom\n0;Liquide clair\n1;Très légèrement épais\n4;Purée / très épais\n7;Régulier\n"
    raw = outbound_mail("Joanie Lavoie <joanie.lavoie@chu.example>", "Unités <unites@chu.example>",
                        "Trousse documentaire dysphagie", "Voici la trousse à jour.",
                        files=[("codes_textures.csv", codes.encode(), "text/csv")])
    inspection = shipped_classifier().inspect(parse_message(raw))
    assert DIAGNOSIS in {f.type for f in inspection.counted}  # the Subject's dysphagia: evidence near every part
    assert not inspection.confidential and not any(f.type == PATIENT_NAME for f in inspection.counted)


def test_a_csv_row_that_names_a_patient_still_does() -> None:
    rows = "Nom;Chambre;Diagnostic\nTremblay;12;dysphagie\nGagnon;14;pneumonie d'aspiration\n"
    raw = outbound_mail("Joanie Lavoie <joanie.lavoie@chu.example>", "Unités <unites@chu.example>",
                        "Liste", "Voir la liste.", files=[("liste.csv", rows.encode(), "text/csv")])
    inspection = shipped_classifier().inspect(parse_message(raw))
    assert inspection.confidential and PATIENT_NAME in {f.type for f in inspection.counted}
