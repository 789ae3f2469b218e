"""Causes of the misses measured on the development corpus tests/corpus_dev_e (written blind; issue 10),
one table each.

Every text here is invented for these tests and worded apart from that corpus (other names, results,
units): each table holds a way of writing that the recognizers missed, and the near misses that must stay
harmless (a Subject naming a staff member or a topic beside clinical words in the body).
"""

from __future__ import annotations

import functools
from email.message import EmailMessage

import pytest

from sentinelle.classifiers.engine import Classifier
from sentinelle.classifiers.evaluate import default_config
from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.types import PATIENT_NAME

SENDER = "Anouk Vaillancourt <anouk.vaillancourt@cisss-sud.example>"
PARTNER = "clinique@gmf-riviere.example"


@functools.cache
def _classifier() -> Classifier:
    return Classifier.load(default_config())


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
    ],
)
def test_a_care_subject_naming_staff_or_a_topic_stays_harmless(subject: str, body: str) -> None:
    confidential, types = inspect(body, subject)
    assert not confidential and PATIENT_NAME not in types, types
