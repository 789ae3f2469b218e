"""Causes found by reading corpus_heldout_5 (issue 10; unsealed in session 7 and read as a development set),
each in other words, French and English, with near misses: a sign-out list numbered before its bed numbers,
a Subject that is a family name and the number of its bearer, a Subject that is an upper-case family name
alone over a result. Every text here is invented for these tests.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text as _inspect


@pytest.mark.parametrize(
    "body",
    [
        "Relève de nuit, 5e nord :\n\n1. Ch 512B - PELLETIER A. (7741203) - pneumonie - ATB IV\n"
        "2. Ch 514A - Bouchard R. (M0331870) - IC décompensée - DNR\n3. Ch 520C - GAUTHIER L. - AVC - NPO\n",
        "Tonight's list:\n1) Rm 301A - Kowalski T. (H-559210) - cellulitis - reassess abx\n"
        "2) Rm 305 - NAKAMURA Y. - COPD exacerbation - on BiPAP\n",
    ],
)
def test_a_sign_out_list_numbered_before_its_rooms_names_patients(body: str) -> None:
    confidential, counted = _inspect(body)
    assert confidential
    assert "patient_name" in counted


def test_the_numbered_rows_chart_numbers_are_charts() -> None:
    body = ("Liste :\n1. Ch 512B - Pelletier A. (7741203) - pneumonie\n2. Ch 514A - Bouchard R. (8812409) - "
            "IC décompensée\n")
    assert "mrn" in _inspect(body)[1]


@pytest.mark.parametrize(
    "body",
    [
        # rooms of a meeting, numbered, with the staff who book them: no clinical line
        "Réservations de salles :\n1. Salle 214 - Gagnon M. - formation PDSB\n2. Salle 216 - Roy L. - comité\n",
        # a numbered night-staff roster with roles and shifts
        "Personnel de nuit :\n1. Ch 12 - Roy M. - préposé - nuit\n2. Ch 14 - Caron J. - inf. aux. - nuit\n",
    ],
)
def test_numbered_staff_and_room_lists_stay_harmless(body: str) -> None:
    assert _inspect(body) == (False, set())


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Bouchard 4417-225-903 - érysipèle jambe G", "Voir objet. Rappelle-moi."),
        ("PELLETIER 38347965 - IRC stade 4", "peux-tu regarder demain?"),
        ("Re: Nakamura (H-5592107) - community-acquired pneumonia", "thanks"),
    ],
)
def test_a_subject_of_a_family_name_and_its_number_names_a_patient(subject: str, body: str) -> None:
    confidential, counted = _inspect(body, subject)
    assert confidential
    assert "patient_name" in counted


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # a date is no identifier: the meeting of a day about a disease
        ("Martin 2026-11-04 - réunion diabète", "Ordre du jour en pièce jointe."),
        # an ordinary word before a number
        ("Budget 2026114 - pneumonie (campagne)", "Voir le document."),
        # a family name and a number with nothing clinical anywhere
        ("Bouchard 4417225 - formulaire", "Voir objet."),
    ],
)
def test_a_subject_with_a_date_a_word_or_nothing_clinical_stays_harmless(subject: str, body: str) -> None:
    assert not _inspect(body, subject)[0]


@pytest.mark.parametrize(
    ("subject", "body", "confidential"),
    [
        ("GAGNON", "Glycémie 2,1 mmol/L ce matin. On ajuste la dose?", True),
        ("Re: KOWALSKI", "Potassium 6.2 this AM, repeat pending.", True),
        # an upper-case word that is no family name
        ("RAPPEL", "Glycémie 2,1 mmol/L : seuil d'alerte du protocole révisé.", False),
        # a family name alone over nothing clinical
        ("GAGNON", "Merci pour la rencontre d'hier.", False),
    ],
)
def test_an_upper_case_family_name_alone_over_a_result(subject: str, body: str, confidential: bool) -> None:
    assert _inspect(body, subject)[0] is confidential


@pytest.mark.parametrize(
    "line",
    [
        "1. Ch 318B - NOWICKI P. (41-77302) - ICC décompensée - DNR",
        "2) Rm 204 - Haddad S. (5512-408-336) - pneumonia - on BiPAP",
        "3. Lit 7 - FORTIN G. (8821 406 119) - AVC ischémique - NPO",
        "4. Bed 12 - Olsen K. (7730.215.884) - rapid AF - BCx pending",
    ],
)
def test_a_roster_names_its_patient_before_a_grouped_number_in_parentheses(line: str) -> None:
    confidential, counted = _inspect("Liste / list:\n\n" + line + "\n")
    assert confidential
    assert "patient_name" in counted


def test_a_grouped_number_in_parentheses_after_a_colleague_on_a_staff_line_stays_harmless() -> None:
    body = "Garde de nuit :\n1. Ch 12 - Roy M. (514-555-0142) - préposé - nuit\n2. Ch 14 - Caron J. (0175) - inf.\n"
    assert _inspect(body) == (False, set())
