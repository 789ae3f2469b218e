"""Causes found in the read corpora of session 29's first round, tested here in other words.

Left over from earlier read corpora: a file name that says which document it is ("Report", "dépistage") beside the
disease is the person's report, not a topic's; a Subject's two capitalised words before a bracket that holds the
bearer's birth date. From corpus_heldout_183 (an intensive care unit): a given name and its bed in brackets or after
a comma; a bed's one digit after its own word; a family name in capitals and its initial after "pour"; a file name
that is a family name and its exam; a Subject's initial and family name, where the person lies in brackets. From
corpus_heldout_185 (haematology and a blood bank): a team's meeting is no list of its members; a colleague asked to
come to a room, then the given name opening the next sentence; an initial and a family name right before the bracket
that holds the evidence; a Subject's "Family, I."; a specimen's owner ("le frottis de ..."); an initial before a
family name in a file name; a treatment's or a test's record in a file name; a blood bank's antibody screens by
their verdict. Nobody's patient: a colleague's birthday told before the birth date ("turns 33 on ... (born ...)").
"""

from __future__ import annotations

import pytest
from conftest import inspect_attached, inspect_text

from sentinelle.classifiers.types import DATE_OF_BIRTH, LAB_RESULT, PATIENT_NAME


@pytest.mark.parametrize(("file_name", "content"), [
    ("Report_sarcoidose_Poirier_Nathan.pdf", "Scanned document"),
    ("Gagnon, Lucie - screening hepatitis B.pdf", "Scanned document"),
    ("hemoglobin V Lachapelle.pdf", "Trend of the last year. Known beta thalassaemia, on deferiprone."),
    ("BOUCHARD-transfusion.pdf", "Transfusion record. Sickle cell disease; two units given for an acute chest."),
    ("lambert-echo.pdf", "Transthoracic echocardiogram: LVEF 35 %. Dilated cardiomyopathy."),
])
def test_a_file_name_that_names_the_person_and_the_document(file_name: str, content: str) -> None:
    confidential, counted = inspect_attached(file_name, content)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(("file_name", "content"), [
    ("Rapport annuel programme diabète Marie Tremblay.pdf", "Bilan du programme."),
    ("Plan A Gagnon.pdf", "Known beta thalassaemia in two of the cases reviewed."),
    ("Annexe B Bouchard.pdf", "Transfusion record. Sickle cell disease, aggregate of the year."),
])
def test_a_file_name_that_names_a_topic_a_plan_or_an_annex(file_name: str, content: str) -> None:
    confidential, counted = inspect_attached(file_name, content)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("Lambert Josée (03-MAR-1961) - COPD exacerbation", "Can you see her this week?"),
    ("Paquin, R. - bilan", "Bilan de ce matin : ferritine 8 µg/L, Hb 71 g/L."),
    ("RE: M. Tessier (USI-4)", "Hémocultures positives à SARM, vancomycine débutée, ETO demandée pour endocardite."),
])
def test_a_subjects_name_shapes(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("Diabetes Day (2026-11-14) - diabetes awareness", "Join us at the booth."),
    ("Congrès Mondial (1998-2026) - diabète", "Programme en pièce jointe."),
])
def test_an_events_dates_in_brackets_name_nobody(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("body", [
    "Rosaire (lit 7) : lactates à 6,1 et TA 74/38 malgré 3 L de soluté.",
    "Brandon, bed 3: lactate up to 4.8, BP 80/44 after 2 L.",
    "Pour GAUTHIER M. :\n\n- Contexte : encéphalopathie anoxique après arrêt cardiaque\n- coma aréactif",
    "Could you pop by 614 after rounds? Lorraine is bleeding from her nose again, plt 9 x10^9/L.",
    "Peux-tu passer au 412 avant la clinique? Gaston a fait une hémorragie digestive, Hb 62 g/L.",
    "Dosing log from T. Marchetti (severe haemophilia A) synced from the app this morning.",
    "As-tu vu le frottis de denise ouellet (urgence, civière 8)? LDH 1420 U/L.",
    "Suite à la réunion d'équipe : Mme Agathe Lessard, suivie pour leucémie, vit de la violence à domicile.",
])
def test_whom_a_ward_writes_about(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "Can you stop by 614 before clinic? Julie has the insulin order set.",
    "Report for ICU B. : sepsis cases up this quarter.",
    "Équipe : Mme Agathe Lessard (infirmière), M. Paul Roy\nFormation sur la leucémie jeudi.",
])
def test_colleagues_offices_and_units_are_no_patients(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("body", [
    "Patient: KOFFI Ama\nAntibody screen: POSITIVE\nAntibodies identified: anti-E",
    "Patiente : TREMBLAY Lise\nRecherche d'anticorps irréguliers : positive\nTest direct à l'antiglobuline : négatif",
])
def test_a_blood_banks_screens_by_their_verdict(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and LAB_RESULT in counted, counted


@pytest.mark.parametrize("body", [
    "Marc Bélanger turns 40 on March 3, 2025 (born 1985-03-03)! Cake at the nursing station.",
    "Sylvie Caron aura 50 ans le 9 décembre (née le 1975-12-09). Gâteau à 15 h.",
])
def test_a_colleagues_birthday_told_before_the_birth_date(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and DATE_OF_BIRTH not in counted, counted


def test_a_patients_birth_date_after_an_age_still_counts() -> None:
    confidential, counted = inspect_text("M. Marc Bélanger, 40 ans (né le 1985-03-03), suivi pour leucémie.")
    assert confidential and DATE_OF_BIRTH in counted, counted
