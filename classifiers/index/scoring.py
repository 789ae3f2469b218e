"""What an ``indexed_patient`` finding means (rules called by ``classifiers.scoring.score``).

- ``indexed_identifier``: a NAM or chart number of an indexed patient, alone.
- ``indexed_name_dob``: an indexed patient's surname with that patient's birth date.
- ``indexed_name_near_clinical`` / ``indexed_name_near_dob``: an indexed patient's given name
  + surname within ``proximity_chars`` of clinical information or a birth date of the same
  segment.
- ``indexed_name``: an indexed name alone (an appointment reminder), only when
  ``Scoring.index_name_alone`` (policy ``classifiers.index.name_alone_confidential``).

An indexed name is a real patient of the institution, not a guess, so unlike ``patient_name``
it needs no title, role word or NER; what stays required by default is information about that
patient's care or identity next to it, as for any name.
"""

from __future__ import annotations

from collections.abc import Sequence

from sentinelle.classifiers.config import Scoring
from sentinelle.classifiers.index.kinds import EXPLAIN_IDENTIFIER, EXPLAIN_NAME, EXPLAIN_NAME_DOB, INDEXED_PATIENT
from sentinelle.classifiers.types import CLINICAL_TYPES, DATE_OF_BIRTH, Finding


def indexed_reasons(strong: Sequence[Finding], scoring: Scoring) -> list[str]:
    """Rules that fire among ``strong`` findings (confidence already >= ``min_confidence``)."""
    indexed = [f for f in strong if f.type == INDEXED_PATIENT]
    if not indexed:
        return []
    reasons: list[str] = []
    if any(f.explanation.startswith(EXPLAIN_IDENTIFIER) for f in indexed):
        reasons.append("indexed_identifier")
    if any(f.explanation.startswith(EXPLAIN_NAME_DOB) for f in indexed):
        reasons.append("indexed_name_dob")
    names = [f for f in indexed if f.explanation.startswith(EXPLAIN_NAME) and f.start >= 0]
    if names:
        for rule, types in (("indexed_name_near_clinical", CLINICAL_TYPES),
                            ("indexed_name_near_dob", frozenset({DATE_OF_BIRTH}))):
            others = [f for f in strong if f.type in types and f.start >= 0]
            if any(n.location == o.location and _gap(n, o) <= scoring.proximity_chars for n in names for o in others):
                reasons.append(rule)
        if scoring.index_name_alone:
            reasons.append("indexed_name")
    return reasons


def _gap(a: Finding, b: Finding) -> int:
    return max(0, max(a.start, b.start) - min(a.end, b.end))
