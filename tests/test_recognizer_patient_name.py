"""Patient name recognizer: triggers, staff exclusion, signatures, doctors, windowed NER."""

from __future__ import annotations

import email.utils
import functools

import pytest
from spacy.language import Language

from classifiers.nlp import load_model
from classifiers.recognizers.patient_name import EMPTY_STAFF, PatientNameRecognizer, StaffNames, _address_pairs
from classifiers.types import Segment

PATTERNS = PatientNameRecognizer(None)


@functools.cache
def nlp() -> Language:
    return load_model()


def names(text: str, staff: StaffNames = EMPTY_STAFF, rec: PatientNameRecognizer = PATTERNS) -> list[str]:
    return [text[f.start : f.end] for f in rec.recognize(Segment("body", text), staff=staff)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je vous réfère Mme Julie Gagnon pour suivi.", ["Julie Gagnon"]),
        ("M. Jean-Paul Tremblay est arrivé.", ["Jean-Paul Tremblay"]),
        ("Patient: TREMBLAY, Jean", ["TREMBLAY, Jean"]),
        ("Nom : Côté", ["Côté"]),
        ("Nom du patient: Éloïse Bérubé-Lafleur", ["Éloïse Bérubé-Lafleur"]),
        ("la patiente Julie Roy a appelé", ["Julie Roy"]),
        ("Mr. John Smith and Mrs Jane Doe", ["John Smith", "Jane Doe"]),
        ("Patient name: Robert O'Neil", ["Robert O'Neil"]),
        ("Un patient de 54 ans diabétique.", []),  # anonymous case
        ("12 patients diabétiques ce mois-ci", []),  # aggregate
        ("Mme la Directrice", []),
        ("Nom de l'établissement", []),
        ("Le patient Lundi", []),  # stop word
    ],
)
def test_pattern_table(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_doctors_are_staff_not_patients() -> None:
    assert names("Dre Marie Lavoie vous écrit. Mme Marie Lavoie a signé.") == []
    assert names("Dr Paul Roy a vu Mme Julie Gagnon") == ["Julie Gagnon"]


def test_sender_and_recipients_are_staff() -> None:
    staff = StaffNames.from_addresses(['"Gagnon, Julie" <jgagnon@cisss.qc.ca>', "paul.roy@ex.com"])
    assert {"gagnon", "julie", "jgagnon", "paul", "roy"} <= staff.tokens
    assert names("Mme Julie Gagnon et M. Roy et M. Paul Roy et M. Luc Roy", staff) == ["Luc Roy"]


def test_staff_from_message_decodes_encoded_words() -> None:
    from email import message_from_string

    msg = message_from_string("From: =?utf-8?q?H=C3=A9l=C3=A8ne_C=C3=B4t=C3=A9?= <hc@x.ca>\nTo: a@b.c\n\nx")
    assert {"helene", "cote"} <= StaffNames.from_message(msg).tokens


def test_signature_block_is_excluded() -> None:
    text = "Merci pour la rencontre.\n\nCordialement,\nMme Julie Gagnon\nAgente administrative"
    assert names(text) == []
    assert names("Merci\n-- \nM. Paul Roy, chef de service") == []


def test_excerpt_is_initials() -> None:
    (finding,) = PATTERNS.recognize(Segment("body", "Mme Julie Gagnon"))
    assert finding.excerpt == "J*** G***"
    assert finding.confidence == 0.7 and "honorific" in finding.explanation


def test_ner_confirms_and_finds_lower_case_names() -> None:
    rec = PatientNameRecognizer(nlp())
    # Pattern names alone do not cost an NER run ...
    (alone,) = rec.recognize(Segment("body", "Je vous réfère Mme Julie Gagnon pour suivi de son asthme."))
    assert alone.confidence == 0.7 and "ner" not in alone.explanation
    # ... but inside the window of an unresolved trigger ("patient" + lower case) they are confirmed.
    text = "Je vous réfère Mme Julie Gagnon. Le patient est suivi pour asthme."
    (confirmed,) = rec.recognize(Segment("body", text))
    assert confirmed.confidence == 0.85 and "ner PER" in confirmed.explanation
    (found,) = rec.recognize(Segment("body", "la patiente julie roy souffre d'asthme"))
    assert found.confidence == 0.6 and found.explanation.startswith("ner PER")
    assert rec.recognize(Segment("body", "la patiente julie roy"), use_ner=False) == []


@pytest.mark.parametrize(
    "values",
    [
        ["Jean Tremblay <jean.tremblay@cisss.example>"],
        ["jean@x.example", "Léa Bédard <lea@x.example>"],
        ["Prescripteurs <p@x.example>,\r\n Jean Thibault <jt@y.example>"],
        ["Jean   J.  Tremblay <jt@x.example>", "<jt@x.example>"],
        ["Dr. Paul-André O'Neil <pao@x.example>"],
        # Not simple: the email package's parser decides.
        ['"Tremblay, Jean" <jt@x.example>', "Marie Roy <mr@x.example>"],
        ["a@b.example (Jean Roy)"],
        ["Undisclosed recipients:;"],
        ["Jean <jt@x.example> Roy"],
        ["Jean Roy <j@x.example>,"],
    ],
)
def test_address_fast_path_equals_getaddresses(values: list[str]) -> None:
    assert _address_pairs(values) == email.utils.getaddresses(values)
