"""Scoring rules: identifiers alone; names only near clinical information or a birth date."""

from __future__ import annotations

import pytest

from sentinelle.classifiers.config import Scoring
from sentinelle.classifiers.scoring import score
from sentinelle.classifiers.types import Finding


def f(type_: str, start: int, confidence: float = 0.9, location: str = "body") -> Finding:
    return Finding(type_, location, confidence, "***", "test", start, start + 10)


def test_identifier_alone() -> None:
    assert score([f("ramq_nam", 0)], Scoring()) == ("identifier:ramq_nam",)
    assert score([f("ca_sin", 0), f("fr_nir", 50)], Scoring()) == ("identifier:ca_sin", "identifier:fr_nir")


def test_low_confidence_identifier_never_decides() -> None:
    assert score([f("ca_sin", 0, confidence=0.45)], Scoring()) == ()
    assert score([f("ca_sin", 0, confidence=0.45)], Scoring(min_confidence=0.4)) == ("identifier:ca_sin",)


def test_identifier_types_come_from_configuration() -> None:
    assert score([f("mrn", 0)], Scoring(identifier_types=frozenset({"ramq_nam"}))) == ()


def test_name_near_clinical_and_dob() -> None:
    assert score([f("patient_name", 0), f("diagnosis", 100)], Scoring()) == ("name_near_clinical",)
    assert score([f("patient_name", 500), f("date_of_birth", 450)], Scoring()) == ("name_near_dob",)


def test_proximity_and_segment_limits() -> None:
    far = [f("patient_name", 0), f("medication", 10 + 401)]
    assert score(far, Scoring()) == ()
    assert score(far, Scoring(proximity_chars=401)) == ("name_near_clinical",)
    other_part = [f("patient_name", 0), f("lab_result", 20, location="body#2")]
    assert score(other_part, Scoring()) == ()


def test_clinical_alone_or_name_alone_is_not_confidential() -> None:
    assert score([f("diagnosis", 0), f("medication", 20), f("date_of_birth", 40)], Scoring()) == ()
    assert score([f("patient_name", 0)], Scoring()) == ()
    assert score([f("patient_name", 0, confidence=0.5), f("diagnosis", 20)], Scoring()) == ()
    assert score([f("uninspectable", -1)], Scoring()) == ()


@pytest.mark.parametrize(
    ("name_at", "evidence_at", "confidential"),
    [
        # The Subject names the patient: evidence anywhere in the message counts.
        ("subject", "subject", True),
        ("subject", "body", True),
        ("subject", "html", True),
        ("subject", "attachment:resultats.pdf", True),
        # An attachment and its covering text are about the same patient, both ways.
        ("attachment:resultats.pdf", "body", True),
        ("attachment:a.zip/b.pdf", "subject", True),
        ("body", "attachment:resultats.pdf", True),
        ("body#2", "attachment:liste.csv", True),
        # A file name is the attachment's: near the covering text and its own file, not another file.
        ("filename:Echo_CARON_Lucille.pdf", "body", True),
        ("filename:Echo_CARON_Lucille.pdf", "attachment:Echo_CARON_Lucille.pdf", True),
        ("filename:a.zip/b.pdf", "attachment:a.zip/b.pdf#2", True),
        ("filename:a.pdf", "attachment:b.pdf", False),
        ("body", "filename:resultats.pdf", True),
        # An attached message's Subject covers that message only.
        ("attachment:fwd.eml/subject", "attachment:fwd.eml/body", True),
        ("attachment:fwd.eml/subject", "attachment:other.eml/body", False),
        # Never across two inline parts, two attachments, or from a header.
        ("body", "body#2", False),
        ("body", "subject", False),  # a diagnosis in the Subject does not make every body name a patient
        ("attachment:a.pdf", "attachment:b.pdf", False),
        ("header:to", "body", False),
        ("attachment:a.pdf", "header:from", False),
    ],
)
def test_message_level_proximity_across_parts(name_at: str, evidence_at: str, confidential: bool) -> None:
    # Positions far apart: only the cross-part rules can make them near.
    findings = [f("patient_name", 5000, location=name_at), f("diagnosis", 0, location=evidence_at)]
    assert bool(score(findings, Scoring())) is confidential
    dob = [f("patient_name", 5000, location=name_at), f("date_of_birth", 0, location=evidence_at)]
    assert score(dob, Scoring()) == (("name_near_dob",) if confidential else ())
