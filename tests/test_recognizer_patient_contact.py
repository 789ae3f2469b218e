"""Patient contact recognizer: home addresses and personal phone numbers in a care context only."""

from __future__ import annotations

import pytest

from sentinelle.classifiers import Classifier, ClassifierConfig, Segment, StaffNames
from sentinelle.classifiers.recognizers.patient_contact import PatientContactRecognizer

REC = PatientContactRecognizer()


def spans(text: str) -> list[str]:
    return [text[f.start : f.end] for f in REC.recognize(Segment("body", text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Addresses and personal phones in transport, home care and booking mail.
        (
            "Pick-up: 55 Maple Crescent, Pointe-Claire H9R 3K2 - side door\nPhone: 514-555-0163",
            ["55 Maple Crescent", "514-555-0163"],
        ),
        (
            "Transport adapté : 4120 rue Sherbrooke Ouest, app. 12. Cell : 514 555-0199",
            ["4120 rue Sherbrooke Ouest", "514 555-0199"],
        ),
        ("Visite à domicile au 12-345 boul. Gouin Est, Montréal", ["12-345 boul. Gouin Est"]),
        ("Rendez-vous confirmé; la joindre au (450) 555-0123 la veille", ["(450) 555-0123"]),
        # Near misses: no care context, an institution's line, an extension, a signature.
        ("Réunion du comité au 1234 rue Principale pour le budget.", []),
        ("Transport des patients : Hôpital Notre-Dame, 1560 rue Sherbrooke Est", []),
        ("Pour un rendez-vous : tél. 514 555-0199 poste 1234", []),
        ("Rendez-vous confirmé.\nCordialement,\nClinique du diabète\n1234 rue Principale\nCell : 514 555-0100", []),
        ("Transport : la rue est fermée, 3 rues barrées", []),  # no civic number before a street word
        ("Home care on-call list:\nÉric Bouchard  poste 6541  cell. 418 555-5434  Sherbrooke J1J 3H2", []),
    ],
)
def test_table(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_excerpt_masks_all_but_the_street_type(newline: str) -> None:
    text = f"Transport{newline}Adresse : 55 Maple Crescent{newline}"
    (finding,) = REC.recognize(Segment("body", text))
    assert finding.excerpt == "** ***** Crescent" and finding.confidence == 0.8
    assert "care context 'transport'" in finding.explanation


def test_a_name_with_a_home_address_in_a_care_context_is_confidential() -> None:
    classifier = Classifier(ClassifierConfig(), None)
    staff = StaffNames.from_addresses(["Social work <sw@cisss.example>"])
    request = (
        "Please set up recurring transport:\n\nClient: Doris Campbell, 81\n"
        "Pick-up: 55 Maple Crescent, Pointe-Claire H9R 3K2\nPhone: 514-555-0163\n"
    )
    result = classifier.inspect_segments([Segment("body", request)], staff)
    assert result.confidential and "name_near_contact" in result.reasons
    signature = "Merci pour la rencontre.\nCordialement,\nMme Julie Roy\nClinique du diabète\n1234 rue Principale"
    assert not classifier.inspect_segments([Segment("body", signature)], staff).confidential


def test_street_words_never_take_a_title_from_the_name_recognizer() -> None:
    classifier = Classifier(ClassifierConfig(), None)
    text = "9 h 15 Délirium post-opératoire : prévenir plutôt que guérir Dr Louis Simard\n10 h 30 Chutes"
    result = classifier.inspect_segments([Segment("body", text)])
    assert not result.confidential and not [f for f in result.findings if f.type == "patient_name"]
