"""Belgian national register number (NISS / rijksregisternummer) recognizer (``stdnum.be.nn``).

11 digits: birth date YYMMDD, a serial, and a mod-97 check over the number
(with the 2000s variant). The date plus a two-digit mod-97 check make a random
match unlikely (about 1 in 97 for date-shaped numbers): 0.8 alone, 0.97 with a
context word.
"""

from __future__ import annotations

from stdnum.be import nn

from classifiers.mask import mask_identifier
from classifiers.recognizers._base import BaseRecognizer, Scan, bounded, cap, digit_runs, find_context
from classifiers.recognizers.ca_sin import NEGATIVE_FOLDED, NUMBER_TRIGGER
from classifiers.types import BE_NISS, Finding, Segment

CONTEXT: tuple[str, ...] = (
    "niss",
    "inss",
    "insz",
    "numero national",
    "registre national",
    "rijksregisternummer",
    "rijksregister",
    "national number",
    "national register",
    "securite sociale",
)


class BeNissRecognizer(BaseRecognizer):
    name = "be_niss"
    triggers = (NUMBER_TRIGGER,)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = []
        for run_start, run_end in scan.get(NUMBER_TRIGGER.kind):
            for start, end, digits in digit_runs(text, run_start, run_end, 11):
                if not bounded(text, start, end) or not nn.is_valid(digits):
                    continue
                if find_context(text, start, end, NEGATIVE_FOLDED, before=30, after=0):
                    continue
                context = find_context(text, start, end, CONTEXT)
                findings.append(
                    Finding(
                        type=BE_NISS,
                        location=segment.location,
                        confidence=cap(0.97 if context else 0.8),
                        excerpt=mask_identifier(text[start:end]),
                        explanation=f"pattern 11 digits; stdnum.be.nn date and mod 97 ok; context {context!r}"
                        if context
                        else "pattern 11 digits; stdnum.be.nn date and mod 97 ok; no context word",
                        start=start,
                        end=end,
                    )
                )
        return findings
