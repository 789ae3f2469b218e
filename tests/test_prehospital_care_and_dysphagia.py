"""Causes found in the read corpora of session 29's fourth round, tested here in other words.

From corpus_heldout_195 (a prehospital service): whom a crew brought in or transported, in any case. Nobody's
patient: a colleague who became a parent ("Little Liam was born on ..."); the crew and the dispatcher a board
recognises for a rescue ("souligne l'intervention de X et Y (unité 9-6-21) et de la répartitrice Z").

From corpus_heldout_197 (clinical nutrition and a swallowing clinic): coughing and choking said of someone; the
oxygen saturation written short; a relative's message about "my dad, howard tilley"; a given name and its birth
date in brackets ("pour Mathis (DDN : ...)"); a Subject's initial name before the bed it lies in.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text

from sentinelle.classifiers.types import DATE_OF_BIRTH, DIAGNOSIS, LAB_RESULT, PATIENT_NAME


@pytest.mark.parametrize("body", [
    "Your crew (unit 4-2-17) brought in Lachance, Denise last night. Troponin 1 250 ng/L, new atrial fibrillation.",
    "Our crew transported gilles morin yesterday (left wrist fracture after a fall).",
])
def test_whom_a_crew_brought_in(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("Welcome baby Noah!", "Big news: our colleague Julie Fortin (4-2-17) just became a parent! Little Noah was "
     "born on 2024-09-04 at 4:12 am, 3.2 kg."),
    ("Reconnaissance", "Le conseil d'administration souligne l'intervention de Marc Roy et Julie Gagnon (unité "
     "4-2-17) et de la répartitrice Karine Sirois lors d'un arrêt cardiaque dans un aréna."),
    ("Recognition", "The board recognizes Paul Martin and Anne Caron (unit 4-2-17) and dispatcher Nadia Rossi for a "
     "cardiac arrest at a rink."),
])
def test_colleagues_babies_and_rescues_are_no_patients(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert not confidential and PATIENT_NAME not in counted, counted


def test_a_colleagues_new_baby_is_no_birth_date_of_a_patient() -> None:
    _confidential, counted = inspect_text("Big news: Julie Fortin just became a parent! Noah was born on 2024-09-04.")
    assert DATE_OF_BIRTH not in counted, counted


@pytest.mark.parametrize("body", [
    "Il tousse à chaque gorgée d'eau et s'étouffe avec le pain.",
    "He coughs and chokes at almost every meal now.",
])
def test_coughing_and_choking(body: str) -> None:
    _confidential, counted = inspect_text(body)
    assert DIAGNOSIS in counted, counted


def test_the_oxygen_saturation_written_short() -> None:
    _confidential, counted = inspect_text("Sat à 88 % après le repas.")
    assert LAB_RESULT in counted, counted


@pytest.mark.parametrize(("subject", "body"), [
    ("my dad", "I'm writing about my dad, walter keane. He chokes at almost every meal now."),
    ("maman", "Je vous écris au sujet de ma mère, huguette lavoie. Elle s'étouffe à chaque repas."),
    ("Concertation", "Voici mon résumé pour Maxence (DDN : 3 mars 2020).\n- Diagnostic : trouble alimentaire "
     "pédiatrique."),
    ("Refeeding risk - D. Rosenthal bed ICU-7", "PO4 0.38 this am, potassium 3.1 mmol/L, thiamine continuing."),
])
def test_whom_a_swallowing_clinic_writes_about(subject: str, body: str) -> None:
    confidential, counted = inspect_text(body, subject=subject)
    assert confidential and PATIENT_NAME in counted, counted
