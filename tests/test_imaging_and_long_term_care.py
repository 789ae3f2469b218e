"""Causes found in session 30's read corpora, tested here in other words.

From corpus_heldout_199 (a medical imaging department): a qualitative verdict written before its test ("Positive
beta-hCG on the 8 am draw"); a family name and its initial before a bracket and the Subject's next field ("Ramirez H.
(US) - ..."). Nobody's patient: a scanner's quality control, whose CSV names an imaging phantom in its "Patient name"
column and starts a second table under it; a colleague who is sick and away, under a request to cover the shift; a
colleague's new baby, a card going around and a gift collection.

From corpus_heldout_201 (a long-term care home): a ward's quick notes in lower case (a request to check someone, a full
name before what they complain of, a family name before the room it lies in); the temperature and the saturation
written in lower case; a fall whose initial name is followed by the room in brackets and the rest of the sentence.
Nobody's patient: an orderly (PAB) with her unit in apposition, injured at work.

Left over from session 29: a committee named in passing under a child's summary ("Je reste disponible pour le
prochain comité") made the whole message a committee notice, and a given name with its birth date's label in
parentheses was dropped with the notice's names; a newsletter still gives nobody's DDN.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text

from sentinelle.classifiers.types import LAB_RESULT, MRN, PATIENT_NAME


@pytest.mark.parametrize(("subject", "body"), [
    ("Concertation", "Voici mon résumé pour Loïc (DDN : 3 mars 2019) : retard de langage, suivi en orthophonie. "
     "Placé en famille d'accueil depuis juin.\n\nJe reste disponible pour le prochain comité."),
    ("Case review", "Summary for Ethan (DOB 2018-07-14): autism spectrum disorder, school refusal since September.\n"
     "I can attend the next committee meeting."),
])
def test_a_name_beside_its_birth_date_label_whatever_the_genre(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("Comité de formation", "Ordre du jour du comité : Loïc Gagnon (inf. clinicien) présentera la formation sur le "
     "diabète de type 2; Ethan Roy (pharmacien) parlera de l'insuline."),
    ("Newsletter", "Welcome to Ethan, our new coordinator (start date: March 3). The committee thanks him for his "
     "talk on autism spectrum disorder."),
])
def test_committee_notices_still_name_staff(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("Lavigne K. (CT) - positive pregnancy test", "Positive serum hCG this morning; the abdominal CT is cancelled."),
    ("rm 114", "can you check marcel poirier's heels when u pass? his daughter says they are red. hes on apixaban"),
    ("ch 310", "yvette lambert c/o dysuria since last night, temp 38.1, urine sent"),
    ("rm 412", "fyi thibault in 412 refused his insulin again this am, pls let dr roy know"),
    ("Chute", "Rapport complété pour la chute de G. Bouchard (ch. 118) ce matin vers 6 h : lacération à l'arcade, "
     "sous apixaban."),
])
def test_ward_notes_name_their_patient(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(("body", "found"), [
    ("Positive beta-hCG on the 8 am draw.", True),
    ("abnormal ECG this am", True),
    ("temp 38,2 ce soir", True),
    ("sat 87 % on room air", True),
    ("The positive predictive value of the test", False),
    ("the temp 2 staff are here on sat 12", False),
])
def test_verdicts_before_their_test_and_vitals_in_lower_case(body: str, found: bool) -> None:
    assert (LAB_RESULT in inspect_text(body)[1]) is found


@pytest.mark.parametrize(("subject", "body"), [
    ("Can you check", "Can you check Martine Roy's availability for the diabetes education committee?"),
    ("Remplacement samedi", "Quelqu'un peut-il couvrir la mammographie samedi ?\nJulie Caron est malade (gastro) et "
     "sera absente jusqu'à lundi."),
    ("Welcome baby Zoé!", "Great news: Karine Paquet gave birth on 2025-03-02 to little Zoé, 3.1 kg. A card is going "
     "around at the front desk."),
    ("CNESST", "Déclaration d'accident de travail : Mme Lise Cormier, PAB au 3e Ouest, s'est fait une entorse au "
     "poignet en déplaçant un résident."),
    ("Training", "Training in 217: insulin pens and the haldol shortage."),
])
def test_colleagues_and_rooms_are_no_patients(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_phantom_s_quality_control_is_no_patient_list() -> None:
    from conftest import inspect_attached

    csv = ("Nom patient,ID patient,Date\nFANTOME^EAU,QA-20250301,2025-03-01\nParamètre,Mesure,Tolérance,Statut\n"
           "SNR,151,> 110,OK\nFréquence centrale,63.861234 MHz,± 1.5 ppm,OK\n")
    confidential, counted = inspect_attached("CQ_TDM_20250301.csv", csv, mime="text/csv")
    assert not confidential and not {PATIENT_NAME, MRN} & counted, counted
    real = "Nom patient,ID patient,Date\nGAGNON^LISE,QA-2025030,2025-03-01\n"
    assert inspect_attached("liste.csv", real + "Diagnostic : cancer du sein\n", mime="text/csv")[0]
