"""Is the message confidential? Pure function of findings and ``config.Scoring``.

Rules (their names go to ``Inspection.reasons``):

- ``identifier:<type>``: a finding of a type in ``scoring.identifier_types``
  with confidence >= ``min_confidence`` (validated identifiers: checksums,
  dates and context words are already in the confidence).
- ``name_near_clinical``: a patient name (>= ``min_confidence``) within
  ``proximity_chars`` of a diagnosis, medication or lab result in the same segment.
- ``name_near_dob``: a patient name within ``proximity_chars`` of a date of
  birth in the same segment.

Clinical vocabulary or a birth date without a patient name (anonymous case
reports, aggregate statistics, newsletters) never makes a message confidential,
nor does a name alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from classifiers.config import Scoring
from classifiers.index.scoring import indexed_reasons
from classifiers.types import CLINICAL_TYPES, DATE_OF_BIRTH, PATIENT_NAME, Finding


def _gap(a: Finding, b: Finding) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, max(a.start, b.start) - min(a.end, b.end))


def score(findings: Iterable[Finding], scoring: Scoring) -> tuple[str, ...]:
    """Return the names of the rules that fire, in a stable order; empty means not confidential."""
    strong = [f for f in findings if f.confidence >= scoring.min_confidence]
    reasons: list[str] = sorted({f"identifier:{f.type}" for f in strong if f.type in scoring.identifier_types})
    names = [f for f in strong if f.type == PATIENT_NAME and f.start >= 0]
    if names:
        for rule, types in (("name_near_clinical", CLINICAL_TYPES), ("name_near_dob", frozenset({DATE_OF_BIRTH}))):
            others = [f for f in strong if f.type in types and f.start >= 0]
            if any(n.location == o.location and _gap(n, o) <= scoring.proximity_chars for n in names for o in others):
                reasons.append(rule)
    reasons.extend(indexed_reasons(strong, scoring))
    return tuple(reasons)
