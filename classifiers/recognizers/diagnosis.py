"""Diagnosis recognizer: lexicon terms (FR/EN), clinician abbreviations, and ICD-10 codes next to a coding context.

A diagnosis alone identifies nobody (newsletters talk about diabetes); it only
matters to scoring near a patient name. Terms come from the hand list
``diagnoses.txt`` and ``cim10_fr.txt`` (CIM-10 category labels, built from
edsnlp's resources: lexicons/README.md). Confidence 0.8 for a lexicon term,
0.7 for an upper-case abbreviation of ``diagnosis_abbreviations.txt`` (IRA,
HTA, NSTEMI, COPD: matched as written, since "fa" or "ira" in lower case are
words), 0.85 for an ICD-10 code after "CIM-10", "ICD-10", "diagnostic", "dx"...
"""

from __future__ import annotations

from sentinelle.classifiers.mask import show_term
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded, find_context
from sentinelle.classifiers.recognizers._lexicon import abbreviation_pattern, lexicon_pattern
from sentinelle.classifiers.types import DIAGNOSIS, Finding, Segment

LEXICON = Trigger("dx", lexicon_pattern("diagnoses", "cim10_fr", "icd10cm_en"))
ABBREVIATION = Trigger("dx_abbr", abbreviation_pattern("diagnosis_abbreviations"))
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
    triggers = (LEXICON, ABBREVIATION, ICD10)

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
        for start, end in scan.get(ABBREVIATION.kind):
            if bounded(text, start, end):
                findings.append(
                    Finding(
                        DIAGNOSIS, segment.location, 0.7, show_term(text[start:end]), "abbreviation", start, end
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
