"""Causes found in the read corpora of session 27, tested here in other words.

Left over from corpus_heldout_155 and _159 (read in session 26): a child named in lower case after the word a parent
signs with ("maman de léa tremblay", "mom of noah benoit"); a lower-case full name right after a one-line note's
greeting to a colleague ("Hi Emeka, aurèle bédard in 4 has new onset AFib").
"""

from __future__ import annotations

import pytest
from conftest import inspect_text

from sentinelle.classifiers.types import PATIENT_NAME


@pytest.mark.parametrize("body", [
    "Elle fait encore de la fièvre malgré l'amoxicilline depuis trois jours.\n\nKarine Dubois, maman de léa tremblay",
    "He still wheezes at night on salbutamol.\n\nThanks, Jen (mom of noah benoit)",
    "Bonjour, son eczéma est revenu malgré l'hydrocortisone. Le papa de william côté",
])
def test_a_child_named_in_lower_case_after_the_word_a_parent_signs_with(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "Merci pour la formation sur l'asthme.\n\nKarine, maman de deux ados et infirmière au GMF",
    "Salbutamol shortage: pharmacy suggests terbutaline.\n\nJen, mom of three",
])
def test_a_parents_word_before_no_name_makes_no_patient(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted


@pytest.mark.parametrize("body", [
    "Hi Priya, helen roy in 7 has new rapid AFib, started on diltiazem.",
    "Salut Mathieu, denis gagnon au lit 12 a fait une chute cette nuit, INR 3,8.",
    "Bonjour Julie, marie lavoie, ddn 1950-03-02, hypokaliémie K 2,9 à recontrôler.",
])
def test_a_lower_case_full_name_after_a_greeting_to_a_colleague(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert confidential and PATIENT_NAME in counted, counted


@pytest.mark.parametrize("body", [
    "Hi Priya, quick question on the rapid AFib protocol: diltiazem or metoprolol first?",
    "Salut Mathieu, merci pour ta présentation sur les chutes et l'INR cible.",
    "Bonjour Julie, voici le guide sur l'hypokaliémie pour la réunion.",
])
def test_a_greeting_then_prose_names_nobody(body: str) -> None:
    confidential, counted = inspect_text(body)
    assert not confidential and PATIENT_NAME not in counted, counted
