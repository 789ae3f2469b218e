"""A colleague's death announced to the staff and a tribute a donation pays are no patient data; a patient's
death note stays confidential (issue 10, precision: staff with a disease word near their name). Every text
here is invented for these tests.
"""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.types import Segment

_classifier = shipped_classifier


def _confidential(text: str) -> bool:
    return _classifier().inspect_segments([Segment("body", text)]).confidential


@pytest.mark.parametrize(
    "text",
    [
        "In memoriam — Robert Chen passed away on November 12 after a long battle with ALS. Robert worked in our "
        "microbiology lab for 25 years. A book of condolences is at the lab reception.",
        "C'est avec tristesse que nous annonçons le décès de Lucie Gagnon, emportée par un cancer du pancréas. "
        "Lucie a travaillé 30 ans à l'urgence. Les funérailles auront lieu samedi.",
        "Nous avons appris le décès de notre collègue Marc Ouellet (diabète, complications rénales); il a fait "
        "toute sa carrière aux archives.",
        "La Fondation remercie la famille Tremblay pour son don de 25 000 $ en mémoire de Jean Tremblay, décédé "
        "d'un cancer du poumon en 2024.",
        "Thanks to the Nguyen family for their gift in memory of the late Linh Nguyen, who lived with diabetes for "
        "40 years.",
        "A bench in the garden was dedicated in honour of Grace Okafor, who fought breast cancer with courage.",
    ],
)
def test_memorials_and_tributes_are_no_patient_data(text: str) -> None:
    assert not _confidential(text)


@pytest.mark.parametrize(
    "text",
    [
        "Décès de Lucie Gagnon (ch. 412) à 03h10, famille avisée. Insuffisance cardiaque terminale, soins de "
        "confort. Constat par Dre Roy.",
        "Mr. Robert Chen died at 0310 in room 412 (end-stage COPD); family notified, coroner not required.",
        "Marc Ouellet est décédé cette nuit à l'unité 5B (MPOC terminale); DDN 1948-02-11. Aviser la famille.",
    ],
)
def test_a_patients_death_note_stays_confidential(text: str) -> None:
    assert _confidential(text)


@pytest.mark.parametrize(
    ("text", "confidential"),
    [
        # a colleague the team is asked to think of, a meeting room
        ("Please keep Dave Wilson in your thoughts; his wife was diagnosed with ALS last month.", False),
        ("Pensons à Lucie Roy et sa famille dans nos pensées : son père a eu un AVC.", False),
        ("Reminder: Karen Lee's diabetes education session for staff is Thursday at noon in room B-120.", False),
        # a patient's room number is still a room
        ("Mr. Dave Wilson in room 412 was diagnosed with ALS last month.", True),
        ("Karen Lee, room 12, blood sugar 22 this morning, insulin given.", True),
    ],
)
def test_sympathy_and_meeting_rooms(text: str, confidential: bool) -> None:
    assert _confidential(text) is confidential
