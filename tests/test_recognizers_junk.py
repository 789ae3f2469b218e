"""Contract: every recognizer survives junk and returns well-formed, masked findings."""

from __future__ import annotations

import random
import re

import pytest

from sentinelle.classifiers.config import ClassifierConfig, MrnPattern
from sentinelle.classifiers.engine import Classifier
from sentinelle.classifiers.recognizers._base import BaseRecognizer
from sentinelle.classifiers.recognizers.be_niss import BeNissRecognizer
from sentinelle.classifiers.recognizers.ca_health_number import CaHealthNumberRecognizer
from sentinelle.classifiers.recognizers.ca_sin import CaSinRecognizer
from sentinelle.classifiers.recognizers.date_of_birth import DateOfBirthRecognizer
from sentinelle.classifiers.recognizers.diagnosis import DiagnosisRecognizer
from sentinelle.classifiers.recognizers.fr_nir import FrNirRecognizer
from sentinelle.classifiers.recognizers.lab_result import LabResultRecognizer
from sentinelle.classifiers.recognizers.medication import MedicationRecognizer
from sentinelle.classifiers.recognizers.mrn import MrnRecognizer
from sentinelle.classifiers.recognizers.patient_contact import PatientContactRecognizer
from sentinelle.classifiers.recognizers.patient_name import PatientNameRecognizer
from sentinelle.classifiers.recognizers.ramq_nam import RamqNamRecognizer
from sentinelle.classifiers.types import FINDING_TYPES, Segment

RECOGNIZERS: tuple[BaseRecognizer, ...] = (
    RamqNamRecognizer(),
    CaSinRecognizer(),
    CaHealthNumberRecognizer(),
    BeNissRecognizer(),
    FrNirRecognizer(),
    MrnRecognizer((MrnPattern("any7", re.compile(r"\d{7}"), ("dossier",)), MrnPattern("empty", re.compile(r"x*")))),
    DateOfBirthRecognizer(),
    DiagnosisRecognizer(),
    MedicationRecognizer(),
    LabResultRecognizer(),
    PatientContactRecognizer(),
    PatientNameRecognizer(None),
)


def _junk() -> list[str]:
    rng = random.Random(20240531)
    texts = [
        "",
        " ",
        "\x00" * 100,
        "a" * 100_000,
        "9" * 5000,
        "1 " * 5000,
        "Mme " * 3000,
        "né le " * 2000,
        "NAM GAGL 8512 3112 " * 500,  # many valid hits
        "ﬁ\u0130\u0131ß\u200b\u202e\ufeff\U0001f600é\u0301 Ⅻ ½ ٣٤٥٦٧٨٩٠١٢",  # unicode oddities
        "\ud800 lone surrogate",
        "Patient:\nNom:\n:\nDDN:\n--\n",
        "HbA1c" + "9" * 200,
        "١٣٠٦٩٢٥٤٤ ١٢٣٤٥٦٧٨٩٧",  # Arabic-Indic digits
    ]
    for _ in range(30):
        raw = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 3000)))
        texts.append(raw.decode("utf-8", errors="replace"))
        texts.append(raw.decode("latin-1"))
    return texts


JUNK = _junk()


@pytest.mark.parametrize("recognizer", RECOGNIZERS, ids=lambda r: r.name)
def test_junk_never_raises_and_findings_are_well_formed(recognizer: BaseRecognizer) -> None:
    for text in JUNK:
        for finding in recognizer.recognize(Segment("body", text)):
            assert finding.type in FINDING_TYPES
            assert 0.0 <= finding.confidence <= 1.0
            assert 0 <= finding.start < finding.end <= len(text)
            assert finding.explanation
            value = text[finding.start : finding.end]
            if finding.type not in ("diagnosis", "medication"):
                # Masked: the excerpt never carries the full value (clinical terms may be shown).
                assert sum(c.isdigit() for c in value) < 4 or value not in finding.excerpt
                assert finding.excerpt != value or len(value.strip()) <= 1


def test_engine_survives_junk() -> None:
    classifier = Classifier(ClassifierConfig(), None)
    inspection = classifier.inspect_segments([Segment(f"s{i}", t) for i, t in enumerate(JUNK)])
    assert inspection.segments == len(JUNK)
    assert all(f.type in FINDING_TYPES for f in inspection.findings)
