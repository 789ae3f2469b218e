"""Call-back lists (issue 10, item 7): the phone numbers on "Name — phone — reason" lines under a request to
call patients back and rebook them are the patients' own. All names and 555 numbers are invented."""

from __future__ import annotations

import pytest

from sentinelle.classifiers.recognizers.patient_contact import PatientContactRecognizer
from sentinelle.classifiers.types import Segment

REC = PatientContactRecognizer()


def _numbers(text: str) -> list[str]:
    found = REC.recognize(Segment("body", text))
    return [text[f.start : f.end] for f in found if f.explanation.startswith("phone on a call-list line")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Dr Girard est malade. Peux-tu appeler ces patients pour les replacer ?\n"
         "Boisvert Annette — 819-555-0141 — suivi HTA\nCaron Éloi — 819-555-0167 — renouvellement\n",
         ["819-555-0141", "819-555-0167"]),
        ("Session cancelled. Please call these clients and rebook:\n- Tremaine, Ola, 613-555-0102, wound care\n"
         "- Vickers, Dale, 613-555-0119, INR\n", ["613-555-0102", "613-555-0119"]),
    ],
)  # fmt: skip
def test_numbers_on_a_call_back_list(text: str, expected: list[str]) -> None:
    assert _numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # colleagues to reach, not patients to rebook
        "Clinic closed Monday. For urgent questions call the on-call staff:\nJulie Roy - 514-555-0100\n"
        "Marc Roy - 514-555-0101\n",
        # a staff directory: extensions
        "Pour replacer les patients, appelez le secrétariat :\nAccueil – 514-555-0100 poste 22\n"
        "Archives – 514-555-0100 poste 31\n",
        # one line only is no list
        "Peux-tu appeler cette patiente pour la replacer ?\nBoisvert Annette — 819-555-0141\n",
        # the list far below the request
        "Peux-tu appeler ces patients pour les replacer ?\n" + "Texte.\n" * 60
        + "Boisvert Annette — 819-555-0141\nCaron Éloi — 819-555-0167\n",
    ],
)
def test_lists_that_are_not_call_back_lists(text: str) -> None:
    assert _numbers(text) == []
