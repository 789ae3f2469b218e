"""Legal and migration status and supervised opioid treatment said of one person (issue 10, dev_d causes).

Every text here is invented for these tests.
"""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.types import Segment

_classifier = shipped_classifier


def _social(text: str) -> bool:
    result = _classifier().inspect_segments([Segment("body", text)])
    return any(f.type == "social_information" and f.confidence >= 0.6 for f in result.findings)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He is an inmate at the provincial jail and will come under escort.", True),
        ("Usager détenu, transféré du centre de détention ce matin.", True),
        ("Refugee claimant, waiting for the IFHP certificate.", True),
        ("Demandeuse du statut de réfugié, couverte par le PFSI.", True),
        ("Le conjoint fait l'objet d'une ordonnance de non-contact.", True),
        ("Methadone with witnessed ingestion, no carries this month.", True),
        ("Reports fentanyl use on weekends.", True),
        # near misses: a word that also means something else
        ("La détention des actions de la fondation est inchangée.", False),
        ("Refugee health week: posters in the lobby.", False),
        ("Fentanyl patch 25 mcg changed every 72 h.", False),
        ("Escort service for visitors after 21 h at the main door.", False),
    ],
)
def test_legal_migration_and_treatment_status(text: str, found: bool) -> None:
    assert _social(text) is found
