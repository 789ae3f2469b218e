"""Causes found by reading corpus_heldout_11 (written as a sealed set; unsealed in session 7 after its second
measure, false-positive rate 0.050 at both the session's start and end), issue 10, each in other words with
near misses: an institution in an invoice's "Client :" field, a colleague's leave whose caseload is shared, a
staff table whose rows carry roles, a Subject of a surname-first name and its chart number, a Subject that is a
surname and an initial. All text is invented.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text as _inspect


def test_an_institution_in_an_invoices_client_field_is_no_patient() -> None:
    body = ("FACTURE 5521870\nFournisseur : Équipements Laval inc.\nClient : CISSS Exemple\n"
            "Coussin anti-plaie               4 x  602.00 $\n"
            "Pompe à gavage                   2 x  861.00 $\nTotal : 3830.00 $\n")
    assert not _inspect(body)[0]


def test_a_person_in_a_pharmacys_client_field_stays_a_patient() -> None:
    body = "Reçu de pharmacie\nClient : Lucie Ferland\nPansements pour ulcère de jambe, 2 boîtes\nTotal : 42,00 $\n"
    confidential, counted = _inspect(body)
    assert confidential
    assert "patient_name" in counted


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\n\nNora Lachance will be off for 3 weeks (knee surgery). Their PT caseload will be split between Emily "
        "and Jason. Wishing a speedy recovery!",
        "Bonjour,\nMarc Ferland sera absent deux semaines (chirurgie). Sa clientèle sera répartie entre Julie et Luc.",
    ],
)
def test_a_colleagues_leave_whose_caseload_is_shared_is_hr_mail(body: str) -> None:
    assert not _inspect(body)[0]


def test_a_staff_table_whose_rows_carry_roles_names_staff() -> None:
    body = ("Weekend staffing (shift | name | unit | role):\nD | Nora Lachance | Stroke Unit 4B | PSW\n"
            "D | Omar Haddad | CCU | Charge\nN | Lucie Ferland | Rehab 2 North | RN\n")
    assert not _inspect(body)[0]


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("RE: LACHANCE, Fernand 0169795 – IRM reportée?", "oui c'est fait, mardi 13h30"),
        ("FERLAND, Lucie H-552017 - CT booked", "done, Tuesday 1:30"),
    ],
)
def test_a_subject_of_a_surname_first_name_and_its_chart(subject: str, body: str) -> None:
    confidential, counted = _inspect(body, subject)
    assert confidential
    assert {"patient_name", "mrn"} <= counted


def test_a_budget_row_of_a_unit_and_an_amount_is_no_chart() -> None:
    body = "Centre\tBudget\tÉcart\nGériatrie\t2477427\t37016\nCHSLD Bois-Joli\t1927469\t17470\n"
    assert "mrn" not in _inspect(body)[1]


@pytest.mark.parametrize(
    ("subject", "body", "confidential"),
    [
        ("LACHANCE D.", "Refuse la dialyse ce matin, très anxieux. Psy consultée.", True),
        ("LACHANCE D.", "Merci pour la présentation d'hier.", False),
    ],
)
def test_a_subject_that_is_a_surname_and_an_initial(subject: str, body: str, confidential: bool) -> None:
    assert _inspect(body, subject)[0] is confidential
