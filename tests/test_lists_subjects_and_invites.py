"""Causes found by the dev_h and dev_i blind corpora (issue 10), each in other words with near misses: a
Subject that is a family name or opens with a name and a birth date, OR lists by the hour, a room written
short, "née" without "le", a chart number in parentheses after a name, a conference room in an invitation,
an Ontario number with its version code glued on, spreadsheet rows, memorials. Every text is invented.
"""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.types import Segment

_classifier = shipped_classifier


def _inspect(body: str, subject: str = "", location: str = "body") -> tuple[bool, set[str]]:
    segments = [Segment("subject", subject)] if subject else []
    result = _classifier().inspect_segments([*segments, Segment(location, body)])
    return result.confidential, {f.type for f in result.findings if f.confidence >= 0.6}


@pytest.mark.parametrize(
    ("subject", "body", "confidential"),
    [
        # a Subject that is one family name, over evidence said of someone
        ("Re: Nadeau", "Dépistage urinaire + cocaïne et fentanyl. Consultation toxico demandée.", True),
        ("Rossi", "CT this am shows RUL mass, COPD exacerbation; family coming at 4.", True),
        ("Rossi LU5105027", "CT this am shows a 3.2 cm RUL mass with mediastinal nodes. Not told yet.", True),
        # ordinary words alone in the Subject, or evidence that is a topic
        ("Collecte", "Notre collègue Maude Lachance a reçu un diagnostic de cancer du sein; collecte au secrétariat.",
         False),
        ("Biography", "Dr Chen has published on diabetes and COPD.", False),
        ("Roy", "Merci pour la formation sur l'insuline de mardi.", False),
        # a name and a birth date open the Subject, no punctuation between
        ("Ewa Sousa 04/01/1960 HIV VL detectable", "fyi", True),
        ("TR: Arturo Hughes 10/28/1933 - INR 5.1", "see subject", True),
        ("Marie Roy 12/03/2026 budget", "voir pièce jointe", False),
        # ... a two-digit year written first ("83-04-01": 83 is no day)
        ("LESSARD Manon, 83-04-01 : CT result", "Please see the attached result and call me.", True),
    ],
)
def test_subjects(subject: str, body: str, confidential: bool) -> None:
    assert _inspect(body, subject)[0] is confidential


@pytest.mark.parametrize(
    ("body", "types"),
    [
        # an OR list by the hour: surname, initial, age and sex, chart number, procedure
        ("Liste op. modifiée :\n7h00 Tremblay J 30F 1744726 PTH D – jeûne ok\n8h00 Tardif O 82F 5227658 cysto\n"
         "12h30 Leblanc A 66M 1631182 hernie ing. G – VIH+\n", {"patient_name", "mrn"}),
        ("OR list:\n07:30 Walsh M 22M 4412093 lap chole\n09:00 Chen P 41F 5502231 TKR L - MRSA+\n",
         {"patient_name", "mrn"}),
        # a chart number in parentheses after a full name the given-name list lacks
        ("Re Kwame Wright (LU8633034), 7N bed 14: CAS (worker: Aisha Okafor) is involved re his kids; he "
         "disclosed IPV from partner.", {"patient_name", "social_information"}),
        # "née" without "le", and a room written short after a titled name
        ("Rencontre famille – M. Nadeau (ch. 617). Geneviève Nadeau, née 1951-12-22. Dx : fx hanche droite.",
         {"patient_name", "date_of_birth", "diagnosis"}),
        # an Ontario number with its version code glued on, under a health-card line
        ("OHIP claims rejected, check the health card numbers:\nPatel, Mei  5872988539EW  1963-05-14  A007A\n",
         {"ca_health_number"}),
    ],
)
def test_lists_and_identifiers(body: str, types: set[str]) -> None:
    confidential, found = _inspect(body)
    assert confidential and types <= found


@pytest.mark.parametrize(
    "body",
    [
        # a telephone number or a year in parentheses after a name is no chart number
        "For the diabetes clinic schedule please contact Kwame Wright (514-555-0199) or Aisha Okafor (ext 2210).",
        "Kwame Wright (2019) showed that insulin pumps reduce HbA1c in type 1 diabetes.",
        # "né" of a project, births counted
        "Le projet est né 2019 d'une idée de l'équipe de diabète.",
        # serial numbers shaped like an Ontario number with a version code, no health-card word
        "Asset list: laptop serial 5872988539EW, docking station 2997423112AB",
        # a spreadsheet's row of counts: its tab-parted cells are no chart number
        "Sheet: Q3 falls\nUnit\tPatient days\tFalls\tFalls w/ injury\tRate /1000\n4B\t2455\t7\t2\t2.85\n"
        "5W\t807\t6\t2\t7.43\n",
        # a memorial in the Subject's words and the body's
        "In memoriam - Tom Novak. Tom, our long-time pharmacist, passed away after a courageous battle with ALS. "
        "A celebration of life will be held Dec 10.",
    ],
)
def test_near_misses(body: str) -> None:
    assert not _inspect(body)[0]


def test_a_conference_room_is_no_conference() -> None:
    """An invitation held in a conference room is no conference programme: the name it describes counts."""
    body = ("Summary: Family mtg - Li rm 632\nDescription: Family meeting re Victor Li (54-562-601). Goals of care - "
            "advanced dementia, recurrent aspiration pneumonia.\nLocation: 6E conference room\n")
    assert _inspect(body, location="attachment:invite.ics")[0]
    programme = ("Summary: Grand rounds\nDescription: Victor Li presents advanced dementia and aspiration pneumonia "
                 "research.\nLocation: Auditorium, annual conference\n")
    assert not _inspect(programme, location="attachment:invite.ics")[0]


@pytest.mark.parametrize(
    ("body", "confidential"),
    [
        ("Can you fax the consult note for Bradley Fung to Dr. Osei? He was seen for his Crohn's flare last week.",
         True),
        ("Your mother, Jeanne Roy, was transferred to the palliative unit this morning. Please call us.", True),
        ("Mr. Kowalski's wife called - he fell at home, now on the floor, EMS en route.", True),
        ("The new palliative unit opens in March; Dr. Roy will lead the palliative care team.", False),
        ("Our IBD day: Dr. Fung will talk about Crohn's and colitis research, auditorium, noon.", False),
    ],
)
def test_conditions_and_care_events_said_of_someone(body: str, confidential: bool) -> None:
    assert _inspect(body)[0] is confidential
