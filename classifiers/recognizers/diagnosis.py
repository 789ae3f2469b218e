"""Diagnosis recognizer: lexicon terms (FR/EN), and ICD-10 codes only next to a coding context.

A diagnosis alone identifies nobody (newsletters talk about diabetes); it only
matters to scoring near a patient name. Confidence 0.8 for a lexicon term,
0.85 for an ICD-10 code after "CIM-10", "ICD-10", "diagnostic", "dx"...
"""

from __future__ import annotations

from classifiers.mask import show_term
from classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded, find_context
from classifiers.recognizers._lexicon import lexicon_pattern
from classifiers.types import DIAGNOSIS, Finding, Segment

LEXICON = Trigger("dx", lexicon_pattern("diagnoses"))
# Letter (not U, reserved), two digits, optional subdivision: E11, E11.9, I10, F32.1.
ICD10 = Trigger("icd10", r"\b[A-TV-Z][0-9]{2}(?:\.[0-9A-Z]{1,4})?\b")
ICD_CONTEXT: tuple[str, ...] = (
    "cim-10",
    "cim10",
    "cim 10",
    "icd-10",
    "icd10",
    "icd 10",
    "diagnostic",
    "diagnostics",
    "diagnosis",
    "dx",
    "code diagnostique",
)


class DiagnosisRecognizer(BaseRecognizer):
    name = "diagnosis"
    triggers = (LEXICON, ICD10)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = []
        for start, end in scan.get(LEXICON.kind):
            if bounded(text, start, end):
                findings.append(
                    Finding(
                        DIAGNOSIS, segment.location, 0.8, show_term(text[start:end]), "lexicon diagnoses", start, end
                    )
                )
        for start, end in scan.get(ICD10.kind):
            if not bounded(text, start, end):
                continue
            context = find_context(text, start, end, ICD_CONTEXT, before=40, after=0)
            if context:
                findings.append(
                    Finding(
                        DIAGNOSIS,
                        segment.location,
                        0.85,
                        show_term(text[start:end]),
                        f"pattern icd-10 code; context {context!r}",
                        start,
                        end,
                    )
                )
        return findings
