"""Long-term-care night reports (issue 10, item 1): "Rm 12 Gisèle B. – chute à 2 h" names a resident by given
name and initial after a room number. All names are invented."""

from __future__ import annotations

import pytest

from sentinelle.classifiers.recognizers.patient_name import PatientNameRecognizer, StaffNames
from sentinelle.classifiers.types import Segment

PATTERNS = PatientNameRecognizer(None)


def _names(text: str, staff: StaffNames | None = None) -> list[str]:
    segment = Segment("body", text)
    found = PATTERNS.recognize(segment, staff=staff or StaffNames(), use_ner=False)
    return [f"{text[f.start : f.end]}@{f.confidence}" for f in found if "given name and initial" in f.explanation]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rapport de nuit, 2e étage :\nCh. 12 Gisèle B. – chute à 2 h, aucune blessure\n"
         "Ch. 14 Armand T. – agité, a refusé sa collation\n", ["Gisèle B.@0.7", "Armand T.@0.7"]),
        ("Night shift - Willow\nRoom 301A Harold F.: up x3, settled after toileting\n"
         "Room 305 Grace W.: poor intake\n", ["Harold F.@0.7", "Grace W.@0.7"]),
        ("- Lit 4 - Yvette L. | toux grasse\n- Lit 6 - Réjean M. | RAS\n", ["Yvette L.@0.7", "Réjean M.@0.7"]),
    ],
)  # fmt: skip
def test_room_lines_with_a_given_name_and_an_initial(text: str, expected: list[str]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Réservation des salles :\nRoom 210 Group A.\nRoom 211 Phase B.\n",  # common words before a letter
        "Ch. 12 Gisèle B. a appelé pour sa facture.\n",  # one line, no evidence: not a report
        "Room 4 Dorian K.\n",  # one line, a name the lexicon lacks
        "Les chambres 12 à 14 (Gisèle B.) seront repeintes.\n",  # no room line
    ],
)
def test_near_misses_are_not_read(text: str) -> None:
    assert _names(text) == []


def test_a_staff_member_written_the_same_way_is_not_a_resident() -> None:
    staff = StaffNames.from_addresses(["Gisèle Bastien <g.bastien@chsld.example>"])
    text = "Ch. 12 Gisèle B. – ronde faite\nCh. 14 Armand T. – agité\n"
    assert _names(text, staff) == ["Armand T.@0.7"]


def test_a_night_report_with_clinical_events_is_confidential() -> None:
    from sentinelle.classifiers import Classifier
    from sentinelle.classifiers.evaluate import default_config
    from sentinelle.classifiers.parse import parse_message

    raw = (
        "From: Nadia Ferland <n.ferland@chsld-saules.example>\nTo: equipe.jour@chsld-saules.example\n"
        "Subject: Rapport de nuit\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\nRapport de nuit :\n"
        "Ch. 12 Gisèle B. – chute à 2 h, fracture du poignet soupçonnée, warfarine suspendue\n"
        "Ch. 14 Armand T. – agité, a refusé sa collation\n\nNadia\n"
    )
    result = Classifier.load(default_config()).inspect(parse_message(raw.encode()))
    assert result.confidential
    assert "name_near_clinical" in result.reasons
