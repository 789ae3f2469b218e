"""Core value types shared by every classification step.

A ``Segment`` is a piece of text and where it came from; a ``Finding`` is
evidence found in a segment, never a verdict. The policy (``proxy``) turns
findings into per-recipient decisions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

# Stable finding type names: they appear in policy.toml, the audit trail,
# metric labels, `sentinelle check --json` and refusal notifications.
RAMQ_NAM = "ramq_nam"
CA_SIN = "ca_sin"
CA_HEALTH_NUMBER = "ca_health_number"
BE_NISS = "be_niss"
FR_NIR = "fr_nir"
MRN = "mrn"
DATE_OF_BIRTH = "date_of_birth"
PATIENT_NAME = "patient_name"
DIAGNOSIS = "diagnosis"
MEDICATION = "medication"
LAB_RESULT = "lab_result"
# A home address or personal phone number written in a care context (transport, home care, booking).
PATIENT_CONTACT = "patient_contact"
# A patient's living situation, safety, custody, income or legal status; scored like clinical information.
SOCIAL_INFORMATION = "social_information"
UNINSPECTABLE = "uninspectable"
INDEXED_PATIENT = "indexed_patient"  # classifiers.index: a patient of the institution's own index

FINDING_TYPES: tuple[str, ...] = (
    RAMQ_NAM,
    CA_SIN,
    CA_HEALTH_NUMBER,
    BE_NISS,
    FR_NIR,
    MRN,
    DATE_OF_BIRTH,
    PATIENT_NAME,
    DIAGNOSIS,
    MEDICATION,
    LAB_RESULT,
    PATIENT_CONTACT,
    SOCIAL_INFORMATION,
    UNINSPECTABLE,
    INDEXED_PATIENT,
)

IDENTIFIER_TYPES: frozenset[str] = frozenset({RAMQ_NAM, CA_SIN, CA_HEALTH_NUMBER, BE_NISS, FR_NIR, MRN})
# Information about a patient's care or life that makes a nearby patient name confidential.
CLINICAL_TYPES: frozenset[str] = frozenset({DIAGNOSIS, MEDICATION, LAB_RESULT, SOCIAL_INFORMATION})


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of text and where it came from.

    ``location`` is one of ``subject``, ``header:<name>``, ``body``, ``html`` (further inline parts
    ``body#2``, ``html#2``...), ``attachment:<name>`` (nested: ``attachment:a.zip/b.pdf``),
    ``filename:<name>``, ``preamble``, ``epilogue``; no two segments of a message share one
    (``classifiers.extract``, docs/extraction.md).
    """

    location: str
    text: str
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class Finding:
    """Evidence, never a verdict. ``excerpt`` is always masked."""

    type: str
    location: str
    confidence: float
    excerpt: str
    explanation: str
    # Character span in the segment text; lets scoring measure proximity.
    start: int = -1
    end: int = -1
    # How many times the same value was found in this segment (``Inspection.findings`` reports each
    # value once per place and type; ``start``/``end`` are those of the first occurrence).
    count: int = 1


class Recognizer(Protocol):
    """A recognizer yields findings for one segment; it knows nothing of recipients."""

    name: str

    def recognize(self, segment: Segment) -> Iterable[Finding]: ...


@dataclass(frozen=True, slots=True)
class Inspection:
    """Everything the classification step learned about one message.

    ``findings``: one finding per value, place and type (repeats folded into ``Finding.count``),
    one type per span of identifier characters, at most ``engine.MAX_FINDINGS`` of them (the most
    confident first); ``findings_omitted`` says how many more there were (``types()`` still counts
    them). ``counted``: the findings at or above ``min_confidence``, the only ones scoring looked at.
    ``reasons``: every scoring rule that fired.
    """

    findings: tuple[Finding, ...]
    confidential: bool
    # Names of the scoring rules that made the message confidential (explanations).
    reasons: tuple[str, ...] = ()
    # Rules that fired but were overruled by the learned document model (the message is not confidential).
    overruled: tuple[str, ...] = ()
    segments: int = 0
    defects: tuple[str, ...] = field(default=())
    # ``inspect(ner=False)`` stopped where NER could still change the verdict: this inspection is
    # incomplete (``confidential`` False is not a verdict) and must be redone with NER.
    ner_pending: bool = False
    # Findings at or above ``min_confidence`` (a subset of ``findings``): what the verdict rests on.
    counted: tuple[Finding, ...] = ()
    # Distinct findings left out of ``findings`` by the cap, and their counts per type.
    findings_omitted: int = 0
    omitted_types: tuple[tuple[str, int], ...] = ()

    def types(self) -> dict[str, int]:
        """Occurrences per finding type (repeats and findings left out by the cap included)."""
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.type] = counts.get(finding.type, 0) + finding.count
        for finding_type, count in self.omitted_types:
            counts[finding_type] = counts.get(finding_type, 0) + count
        return counts
