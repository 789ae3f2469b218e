"""Violence and financial dependence as social workers chart them (issue 10, a dev_d cause).

Said of one person they are social information; a newsletter or a training day on the topic names nobody
and stays harmless. Every text here is invented for these tests.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.parse import parse_message
from sentinelle.classifiers.types import Segment

_classifier = shipped_classifier


def _social(text: str) -> bool:
    result = _classifier().inspect_segments([Segment("body", text)])
    return any(f.type == "social_information" and f.confidence >= 0.6 for f in result.findings)


def _confidential(body: str) -> bool:
    message = EmailMessage()
    message["From"], message["To"] = "Lucie Arsenault <l.arsenault@cisss-nord.example>", "accueil@refuge.example"
    message["Subject"], message["Message-ID"] = "Demande", "<social@cisss-nord.example>"
    message.set_content(body)
    return _classifier().inspect(parse_message(message.as_bytes())).confidential


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Admise après des voies de fait de la part de son ex.", True),
        ("Elle a été agressée par son conjoint dimanche.", True),
        ("Describes coercive control over the last two years.", True),
        ("She was assaulted by her partner on Friday night.", True),
        ("Pas de revenu propre; il dépend de sa conjointe pour tout.", True),
        ("Has no income of her own and is financially dependent on him.", True),
        ("Ne peut pas retourner à domicile pour l'instant.", True),
        ("Medically ready but unable to return home.", True),
        # near misses: finance, HR, a return to work, the topic word alone
        ("Le budget dépend du financement ministériel.", False),
        ("Retour au travail progressif prévu lundi.", False),
        ("Staff assault prevention module due by March.", False),
        ("Les revenus propres de la fondation ont augmenté.", False),
    ],
)
def test_violence_and_dependence_vocabulary(text: str, found: bool) -> None:
    assert _social(text) is found


@pytest.mark.parametrize(
    ("body", "confidential"),
    [
        ("Auriez-vous une place? Mme Colette Brisson, 41 ans, victime de voies de fait par son conjoint. "
         "Aucun revenu propre. Joindre le poste 2210.", True),
        ("Can you take Ms Priya Nair tonight? Assaulted by her husband, no income of her own.", True),
        # near misses: a newsletter and a training day about the topic, naming no one cared for
        ("Infolettre : la semaine contre la violence conjugale. Les voies de fait entre partenaires et le "
         "contrôle coercitif seront présentés jeudi.", False),
        ("Training day: coercive control and financial dependence in intimate partner violence. "
         "Room 2.14, lunch provided.", False),
    ],
)
def test_a_named_person_makes_it_confidential_a_topic_does_not(body: str, confidential: bool) -> None:
    assert _confidential(body) is confidential
