"""Social context as long-term-care, home-care and rehab notes write it (issue 10, item 4): substance use of
one person, a caregiver's exhaustion, self-neglect and safety at home, recent losses, a substitute
decision-maker (``lexicons/social.txt``). Near misses: the same words in
campaigns, workshops, HR and supply mail. All names are invented."""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.recognizers.social_information import SocialInformationRecognizer
from sentinelle.classifiers.types import Segment

SOCIAL = SocialInformationRecognizer()


def _terms(text: str) -> list[str]:
    found = sorted(SOCIAL.recognize(Segment("body", text)), key=lambda f: f.start)
    return [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Consommation active de cocaïne, consultation en dépendance demandée", ["Consommation active",
                                                                                "consultation en dépendance"]),
        ("ongoing substance use; IV drug use in the past", ["ongoing substance use", "IV drug use"]),
        ("Fils épuisé : épuisement du proche aidant, répit demandé", ["épuisement du proche aidant"]),
        ("caregiver burnout, wife no longer able to transfer him", ["caregiver burnout"]),
        ("Autonégligence, syllogomanie, sécurité à domicile compromise", ["Autonégligence", "syllogomanie",
                                                                         "sécurité à domicile compromise"]),
        ("self-neglect, not safe at home, refuses home care", ["self-neglect", "not safe at home",
                                                               "refuses home care"]),
        ("séparation récente, récemment veuve d'un premier conjoint", ["séparation récente", "récemment veuve"]),
        ("recently widowed; daughter is the substitute decision-maker", ["recently widowed",
                                                                         "substitute decision-maker"]),
        # Near misses: campaign, workshop, HR and supply words.
        ("Substance use awareness week starts Monday", []),
        ("Please avoid hoarding gloves and masks", []),
        ("Caregiver stress workshop for families, Thursday", []),
        ("Formulaire d'arrêt de travail pour le personnel", []),
        ("Congé de deuil : trois jours ouvrables", []),
        ("Bereavement leave policy updated", []),
        ("38 patients en attente d'hébergement occupent des lits", []),  # bed flow: a count of patients
    ],
)  # fmt: skip
def test_social_context_of_care_notes(text: str, expected: list[str]) -> None:
    assert _terms(text) == expected


_classifier = shipped_classifier


def _inspect(subject: str, body: str) -> tuple[bool, tuple[str, ...]]:
    raw = (
        "From: Odile Vachon <o.vachon@soutien-domicile.example>\nTo: Equipe <equipe@soutien-domicile.example>\n"
        f"Subject: {subject}\nDate: Fri, 04 Dec 2026 09:00:00 -0500\nMIME-Version: 1.0\n"
        f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
    )
    result = _classifier().inspect(parse_message(raw.encode()))
    return result.confidential, result.reasons


def test_a_home_care_note_with_social_context_is_confidential() -> None:
    confidential, reasons = _inspect(
        "Re: Mme Armande Tessier",
        "Visite faite : épuisement de l'aidante, autonégligence, séparation récente. On en reparle jeudi.",
    )
    assert confidential and "name_near_clinical" in reasons


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("Atelier pour les proches aidants",
         "Mme Lise Pépin, travailleuse sociale, animera l'atelier sur l'épuisement de l'aidant et le deuil "
         "récent, le 9 février."),
        ("Campaign", "Ms. Dana Reid, health promotion lead, launches our campaign on self-neglect and "
         "caregiver burnout in older adults."),
    ],
)  # fmt: skip
def test_the_same_words_in_workshops_and_campaigns_are_not_confidential(subject: str, body: str) -> None:
    assert _inspect(subject, body) == (False, ())
