"""Causes found in corpus_heldout_115 (midwifery, birthing centres, perinatal care) and _117 (hospice and palliative
home care), written blind and read in session 22, tested here in other words.

Patients: pregnancy and the post-partum as midwives write them (growth restriction and its abbreviations, reduced
fetal movements, a breech presentation, mastitis, an Rh-negative mother's immune globulin, the glucose challenge
test with its time point, newborn screening's 17-OHP); a capitalised family name and an initial in a file name, or a
family name no list knows hyphened to a listed given name; a
double family name typed in lower case, with an elided particle too; the client greeted "Bon matin"; a known given
name opening a terse note's line before a colon; older Quebec given names.

Nobody's patients: a conference programme's speaker in apposition to an English care worker's role ("social
worker", even wrapped over two lines); a colon line that opens with no given name; a head office ("siège social").
"""

from __future__ import annotations

import pytest
from conftest import inspect_text, shipped_classifier

from sentinelle.classifiers.types import DIAGNOSIS, LAB_RESULT, MEDICATION, PATIENT_NAME, Segment


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Échographie : RCIU sévère, Doppler ombilical anormal.", DIAGNOSIS),
        ("US at 34 weeks shows IUGR.", DIAGNOSIS),
        ("Elle rapporte une diminution des mouvements foetaux depuis hier.", DIAGNOSIS),
        ("Présentation du siège à 37 semaines, version proposée.", DIAGNOSIS),
        ("Fièvre et sein rouge : mastite probable.", DIAGNOSIS),
        ("Seen today with decreased fetal movements.", DIAGNOSIS),
        ("Groupe O Rh négatif, RhoGAM donné à 28 semaines.", MEDICATION),
        ("Résultat : 17-OHP élevée, deuxième buvard requis.", LAB_RESULT),
        ("GCT 1 h : 9,8 mmol/L, HGPO à prévoir.", LAB_RESULT),
        ("HGPO 75 g : 10,4 à 1 h.", LAB_RESULT),
    ],
)
def test_pregnancy_and_the_post_partum_as_midwives_write_them(text: str, kind: str) -> None:
    _, counted = inspect_text(text)
    assert kind in counted, counted


@pytest.mark.parametrize(
    "text",
    ["Siège social : 1200, rue Principale, Granby.", "Nous avons réservé la salle pour la présentation du projet."],
)
def test_a_head_office_is_no_breech(text: str) -> None:
    _, counted = inspect_text(text)
    assert DIAGNOSIS not in counted, counted


def _names_in_file_name(file_name: str, body: str = "Voir la pièce jointe, merci.") -> tuple[bool, set[str]]:
    result = shipped_classifier().inspect_segments([Segment("body", body), Segment(f"filename:{file_name}", file_name)])
    return result.confidential, {f.type for f in result.findings if f.confidence >= 0.6}


@pytest.mark.parametrize(
    "file_name", ["mastite Bouchard G.png", "RCIU Pelletier M.pdf", "Echo T3 Kabongo-Mei mastitis.png"]
)
def test_a_capitalised_family_name_and_an_initial_or_a_hyphened_given_name_in_a_file_name(file_name: str) -> None:
    confidential, counted = _names_in_file_name(file_name)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("file_name", ["Protocole-Marie asthme.pdf", "Rapport annuel C.pdf"])
def test_a_document_s_words_beside_a_given_name_or_a_letter_name_nobody(file_name: str) -> None:
    _, counted = _names_in_file_name(file_name)
    assert PATIENT_NAME not in counted, counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("", "Bonjour,\nnathalie gagnon-ouellet (34+2) est hébergée en maison pour femmes victimes de violence "
             "conjugale."),
        ("", "Je dois réserver un interprète pour fatima benali-d'amour, demandeuse d'asile, enceinte de 30 "
             "semaines."),
        ("Résultats", "Bon matin Luc,\nComme promis, voici vos résultats : ferritine 8 µg/L. On en reparle jeudi."),
        ("FYI", "rhéal lapierre : dyspnée ++ cette nuit malgré les entredoses, morphine 2,5 mg SC q4h."),
        ("", "Visite de Aldège Côté ce matin : plaie sacrée stade 3, douleur 7/10."),
    ],
    ids=["lower-double-family-name", "lower-elided-particle", "bon-matin", "terse-note-colon", "older-given-name"],
)
def test_perinatal_and_palliative_patients_as_their_carers_name_them(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject)
    assert confidential and PATIENT_NAME in counted, counted


def test_a_factory_worker_is_still_a_patient() -> None:
    confidential, counted = inspect_text("Kevin Walsh, a construction worker, has asthma and COPD.")
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(
    "body",
    [
        "8:30  Continuous palliative sedation: indications – Mathieu Kowalski, social\nworker\n9:30  End-stage heart "
        "failure: ICD deactivation – Anne Dufresne, pharmacist",
        "2:15  Methadone for refractory cancer pain – Kevin Beauchemin, social worker",
        "10:00  Grief after a MAID death – Chantal Roy, spiritual care, and Luc Paré, chaplain",
    ],
    ids=["wrapped-social-worker", "social-worker", "chaplain"],
)
def test_a_programme_s_care_workers_are_speakers(body: str) -> None:
    confidential, counted = inspect_text(body, "8th Regional Palliative Care Day")
    assert not confidential, counted


def test_a_colon_line_without_a_given_name_names_nobody() -> None:
    _, counted = inspect_text("bonne nouvelle : douleur mieux contrôlée chez nos patients en soins palliatifs.")
    assert PATIENT_NAME not in counted, counted
