"""Causes of the misses measured on the development corpus tests/corpus_dev_e (written blind; issue 10),
one table each.

Every text here is invented for these tests and worded apart from that corpus (other names, results,
units): each table holds a way of writing that the recognizers missed, and the near misses that must stay
harmless (a Subject naming a staff member or a topic beside clinical words in the body).
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.types import MRN, PATIENT_NAME

SENDER = "Anouk Vaillancourt <anouk.vaillancourt@cisss-sud.example>"
PARTNER = "clinique@gmf-riviere.example"


_classifier = shipped_classifier


def inspect(body: str, subject: str) -> tuple[bool, frozenset[str]]:
    """(confidential, finding types counted) of a one-part message."""
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = SENDER, PARTNER, subject
    message["Message-ID"] = "<dev-e-causes@cisss-sud.example>"
    message.set_content(body)
    result = _classifier().inspect(parse_message(message.as_bytes()))
    return result.confidential, frozenset(f.type for f in result.counted)


# --- 1. The Subject is a care word and the patient's name; the body speaks of them by pronoun. ---
@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Suivi Desrochers", "Bonjour,\n\nSa créatinine est remontée à 212. Peux-tu la revoir ? DDN 03/02/1948.\n"),
        ("F/U Kowalczyk", "Hi,\n\nHer potassium came back at 6.1. Could you call her? DOB 1966-08-21.\n"),
        ("Follow-up: Ines Carvalho", "Hi,\n\nHer TSH came back high, 14.2. Please recall. DOB 02/09/1990.\n"),
        ("RE: Résultats Lapointe-Ouellet", "Son hémoglobine est à 71. Le rappeler svp. DDN 1939-12-30.\n"),
    ],
)
def test_a_care_subject_names_the_patient_of_the_body(subject: str, body: str) -> None:
    confidential, types = inspect(body, subject)
    assert confidential and PATIENT_NAME in types, types


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Suivi Dr Desrochers", "Bonjour,\n\nLa formation sur la créatinine et l'insuffisance rénale est reportée.\n"),
        ("Suivi comité pharmacologie", "Bonjour,\n\nL'ordre du jour : anticoagulants et diabète, protocole.\n"),
        ("Follow-up: budget", "Hi,\n\nThe diabetes clinic budget for insulin pumps is approved.\n"),
        ("Suivi Formation", "Bonjour,\n\nLa formation sur l'insuline et le diabète aura lieu mardi.\n"),
        ("F/U meeting", "Hi,\n\nNotes from the heart failure pathway meeting are attached.\n"),
        # A lone capitalised word is a patient's surname only when the message holds someone's birth date,
        # identifier or contact: a topic, a city or a results summary beside lab values is not.
        ("Suivi Covid", "Bonjour,\n\nTaux de positivité COVID-19 à 12 %, HbA1c moyenne 7,1 % à la clinique.\n"),
        ("Suivi Sherbrooke", "Bonjour,\n\nLe protocole insuline du diabète, HbA1c cible 7 %, y est implanté.\n"),
        ("Results Summary", "Hi,\n\nAverage HbA1c 7.2 % across the diabetes clinic this quarter.\n"),
    ],
)
def test_a_care_subject_naming_staff_or_a_topic_stays_harmless(subject: str, body: str) -> None:
    confidential, types = inspect(body, subject)
    assert not confidential and PATIENT_NAME not in types, types


# --- 2. Sign-out lines: a room code, an upper-case surname and an initial, the chart number, a dash, the
# problem. (The chart number itself is not taken from the row's shape: a shift list with employee numbers
# has the same shape; the name, near the problem, makes the message confidential.) ---
@pytest.mark.parametrize(
    "body",
    [
        "Liste de garde :\n\n12A PELLAND R. 4410982 - IRA sur IRC - K 6,1\n"
        "14C OUELLET-ROY M. H-5520913 - pneumonie - ATB IV\n",
        "Handover, ward 3:\n\n5 KOWALSKI T. 6630417 - CHF exacerbation - diuresis\n"
        "9B NAKAMURA S. CH-7712094 - sepsis - cultures pending\n",
    ],
)
def test_a_sign_out_line_names_its_patient_and_chart(body: str) -> None:
    confidential, types = inspect(body, "Garde 3e")
    assert confidential and PATIENT_NAME in types, types


@pytest.mark.parametrize(
    "body",
    [
        # Staff on a shift list with their employee numbers, no clinical word: no chart, no patient.
        "Horaire de fin de semaine :\n\n12A PELLAND R. 4410982 - inf. aux. - jour\n"
        "14C OUELLET M. 5520913 - préposée - soir\n",
        # A room and a surname with an initial and an order number: no chart, no patient.
        "Bons de commande :\n\n3B FORTIER L. 7712094 - livré au magasin central\n",
    ],
)
def test_a_shift_list_with_employee_numbers_stays_harmless(body: str) -> None:
    confidential, types = inspect(body, "Horaire")
    assert not confidential and not {PATIENT_NAME, MRN} & types, types
