"""Causes found by corpus_dev_x (pediatrics, school health, rehabilitation) and corpus_dev_y (cardiology,
nephrology, transplant, device clinics), issue 10, each in other words with near misses: a nickname with the
full name, a parent addressed about "your boy", a Subject with a given name and an initial, a pupil named with
a class before what was diagnosed, initials and charts on a numbered sign-out, a greeting that opens no list,
staff tables (a fit-test roster with employee numbers, a shift schedule, an on-call list of initials) and
cardiac-surgery wording. All text is invented.
"""

from __future__ import annotations

import pytest
from conftest import inspect_text as _inspect


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Mise à jour", "Petite mise à jour sur Lili (Élodie Castonguay, le groupe du jeudi) : les crises d'absence "
                        "ont augmenté depuis que la dose de Zarontin a été baissée."),
        ("Réaction à l'école", "Bonjour Mme Ferland,\nVotre garçon Nathan a fait une réaction allergique ce midi; "
                               "j'ai administré l'EpiPen Jr à 12h20."),
        ("Nathan F. - réaction allergique à l'école", "Pouvez-vous m'envoyer le plan d'action signé?"),
        ("Insulin plan", "Hi Ms. Kerr,\nChloé Ferland (grade 2) was diagnosed with type 1 diabetes last month."),
        ("Kawasaki follow-up", "LACHANCE Henri - maladie de Kawasaki - échographie cardiaque à 6 semaines."),
    ],
)
def test_children_named_as_families_schools_and_rehabilitation_write(subject: str, body: str) -> None:
    confidential, counted = _inspect(body, subject)
    assert confidential
    assert "patient_name" in counted


def test_a_numbered_sign_out_of_initials_and_charts_has_chart_numbers() -> None:
    body = ("Peds ward sign-out\n1. T.H.  E7415402  DKA resolving, off insulin drip\n"
            "2. J.D.  41201751  croup, dex given, obs until 14h\n")
    confidential, counted = _inspect(body)
    assert confidential
    assert "mrn" in counted


@pytest.mark.parametrize(
    "body",
    [
        # a fit-test roster: employee numbers, and a mask model that looks like an age and a sex
        "Suivi fit-test N95 - personnel :\nEmployé           | Matricule | Unité      | N95       | Vaccin grippe\n"
        "------------------+-----------+------------+-----------+--------------\n"
        "FERLAND, Karine   | 181558    | Dialyse    | 3M 1860S  | oui\n"
        "LACHANCE, Tom     | 333965    | Cardio     | 3M 1870+  | non\n",
        # a shift schedule whose remarks say who is on sick leave
        "Horaire hémodialyse\nDate\tJour\tSoir\tNuit\tRemarque\n10 nov.\tSophie Ferland\tBrenda Lachance\tRachel Roy\t"
        "formation ACLS\n11 nov.\tBrenda Lachance\tKarine Haddad\tRachel Roy\tcongé maladie Karine (grippe)\n",
        # an on-call list of initials, one of them M.
        "Liste de garde\nDate\tCardio\tNéphro\tGreffe\n2026-12-01\tS. Ferland\tA. Haddad\tJ. Roy\n"
        "2026-12-04\tM. Drouin\tP. Gagné\tI. Lachance\n",
    ],
)
def test_staff_tables_stay_harmless(body: str) -> None:
    assert not _inspect(body, "Horaire - hémodialyse")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Summary: Évaluation initiale réadaptation - M. Minh Ferland\nDescription: Patient post-remplacement "
        "valvulaire. Apporter liste de médicaments.",
        "Mr. Omar Lachance, 71, post-CABG day 5: afebrile, walking the hall. TAVI candidate workup cancelled.",
    ],
)
def test_cardiac_surgery_wording_is_clinical(text: str) -> None:
    confidential, counted = _inspect(text)
    assert confidential
    assert "diagnosis" in counted


def test_the_same_wording_in_a_programme_notice_stays_harmless() -> None:
    assert not _inspect("Cardiac rehabilitation after valve replacement or CABG: the group starts January 12.")[0]
