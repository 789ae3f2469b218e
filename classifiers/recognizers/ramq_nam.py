"""Quebec RAMQ health insurance number (NAM) recognizer.

Confidence (documented choice):

- shape + real birth date + INSPQ check digit: 0.9; 0.99 with a context word.
- shape + real birth date, check digit wrong: 0.4 alone (below the default
  ``min_confidence`` 0.6: random "ABCD 1234 5678" codes are common in
  reference numbers), 0.65 with a context word ("NAM: ..." with a typo is still
  a patient's number, and we prefer to fail closed).
- impossible date: no finding.
"""

from __future__ import annotations

from stdnum.exceptions import InvalidChecksum, ValidationError

from classifiers.identifiers import ramq_nam
from classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded, find_context
from classifiers.recognizers._numeric import identifier_finding
from classifiers.types import RAMQ_NAM, Finding, Segment

CONTEXT: tuple[str, ...] = (
    "ramq",
    "nam",
    "assurance maladie",
    "assurance-maladie",
    "carte soleil",
    "carte-soleil",
    "health insurance number",
    "health insurance card",
    "medicare",
    "carte d'assurance",
    "no d'assurance",
    "n° d'assurance",
    "numero d'assurance",
)

# Letters, then YYMM DD, admin char, check digit; one optional space/dash between the usual groups.
TRIGGER = Trigger("nam", r"\b[A-Za-z]{4}[ \-]?[0-9]{4}[ \-]?[0-9]{2}[ \-]?[0-9A-Za-z][0-9]\b")


class RamqNamRecognizer(BaseRecognizer):
    name = "ramq_nam"
    triggers = (TRIGGER,)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = []
        for start, end in scan.get(TRIGGER.kind):
            if not bounded(text, start, end):
                continue
            candidate = text[start:end]
            try:
                ramq_nam.validate(candidate)
                checked = True
            except InvalidChecksum:
                checked = False
            except ValidationError:
                continue  # impossible date or bad shape
            context = find_context(text, start, end, CONTEXT)
            if checked:
                confidence = 0.99 if context else 0.9
                validator = "INSPQ check digit ok"
            else:
                confidence = 0.65 if context else 0.4
                validator = "birth date ok, check digit wrong"
            findings.append(
                identifier_finding(
                    segment,
                    start,
                    end,
                    finding_type=RAMQ_NAM,
                    pattern="nam",
                    validator=validator,
                    context=context,
                    confidence=confidence,
                    keep_prefix=4,
                )
            )
        return findings
