"""A mass found on imaging, named by its organ, is a diagnosis (issue 10, a dev_d cause).

Every text here is invented for these tests.
"""

from __future__ import annotations

import pytest
from conftest import shipped_classifier

from sentinelle.classifiers.types import Segment

_classifier = shipped_classifier


def _diagnosis(text: str) -> bool:
    result = _classifier().inspect_segments([Segment("body", text)])
    return any(f.type == "diagnosis" and f.confidence >= 0.6 for f in result.findings)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("CT abdomen: 4.1 cm left kidney mass, enhancing.", True),
        ("Échographie : masse hépatique de 2 cm au segment VII.", True),
        ("Incidental adrenal mass, 1.8 cm, washout pending.", True),
        ("IRM pelvienne : masse annexielle droite à caractériser.", True),
        # near misses: mass as a quantity, a place, a technique
        ("Body mass index and lean mass were measured in the cohort.", False),
        ("Nous avons atteint une masse critique de bénévoles.", False),
        ("Shipped to Boston, Mass. for mass spectrometry.", False),
    ],
)
def test_a_mass_named_by_its_organ(text: str, found: bool) -> None:
    assert _diagnosis(text) is found
