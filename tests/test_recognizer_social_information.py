"""Social information recognizer: the ``lexicons/social.txt`` terms, as written in French and English mail."""

from __future__ import annotations

import pytest

from sentinelle.classifiers.recognizers._lexicon import load_terms
from sentinelle.classifiers.recognizers.social_information import SocialInformationRecognizer
from sentinelle.classifiers.types import SOCIAL_INFORMATION, Segment

RECOGNIZER = SocialInformationRecognizer()


def terms(text: str) -> list[str]:
    found = RECOGNIZER.recognize(Segment("body", text))
    assert all(f.type == SOCIAL_INFORMATION and f.confidence == 0.75 for f in found)
    return [text[f.start : f.end] for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle rapporte de la VIOLENCE CONJUGALE depuis l'été.", ["VIOLENCE CONJUGALE"]),
        ("Signalement à la DPJ fait ce matin pour les deux enfants.", ["Signalement à la DPJ"]),
        ("Il est en situation d'itinérance depuis mars.", ["en situation d'itinérance"]),
        ("Prestataire de l'aide sociale, loyer impayé.", ["Prestataire de l'aide sociale"]),
        ("Mère incarcérée; l'enfant est placé en famille d'accueil.", ["incarcérée", "placé en famille d'accueil"]),
        ("Soupçon de maltraitance financière par un neveu.", ["maltraitance financière"]),
        ("He lives alone, no fixed address since June; sees his probation officer weekly.",
         ["lives alone", "no fixed address", "probation officer"]),
        ("Reports intimate partner violence; referred to a food bank.", ["intimate partner violence", "food bank"]),
        ("insecurite alimentaire", ["insecurite alimentaire"]),  # written without accents
    ],
)
def test_social_terms(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le logement du concierge est au sous-sol.",  # a bare housing word
        "Refuge animalier : collecte de nourriture samedi",  # a bare shelter word
        "Les maltraitants sont signalés",  # a word that merely starts like a term
        "Négligence dans le rangement du matériel",  # a word left out on purpose
        "Émilie Mercier, T.S.",  # a social worker's credential is no social information
        "Our welfare committee meets on Friday",  # "welfare" alone is left out
        "Mme Julie Roy termine sa période de probation vendredi",  # an employee's probation
        "New hires are on probation for three months",  # the same in English
    ],
)
def test_social_near_misses(text: str) -> None:
    assert terms(text) == []


def test_lexicon_is_folded_and_free_of_duplicates() -> None:
    loaded = load_terms("social")
    assert len(loaded) == len(set(loaded)) >= 80
    assert all(term == term.lower() and term.strip() == term for term in loaded)
