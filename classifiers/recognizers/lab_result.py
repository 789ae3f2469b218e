"""Lab result recognizer: a lab test name, then (within a few characters) a number and a unit.

"HbA1c 8,2 %", "créatinine : 145 µmol/L", "INR 2.4" (INR, pH and A1c may
omit the unit). The test name alone is not reported (the lexicon holds common
words like "sodium"). Confidence 0.85. The excerpt shows the test name and
masks the value.
"""

from __future__ import annotations

import re

from classifiers.mask import mask_digits, show_term
from classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded, fold
from classifiers.recognizers._lexicon import lexicon_pattern
from classifiers.types import LAB_RESULT, Finding, Segment

LEXICON = Trigger("lab", lexicon_pattern("lab_tests"))

_UNITS = (
    r"(?:[mµuμnpf]?mol|[mµuμnp]?g|m?eq|m?u|[mµuμ]?ui|m?iu|copies|cellules|cells)\s*/\s*(?:[mdµuμ]?l|kg|24\s*h)"
    r"|(?:x\s*)?10\s*(?:\^|\*|e)?\s*(?:9|12)\s*/\s*l|giga\s*/\s*l|tera\s*/\s*l"
    r"|ml\s*/\s*min(?:\s*/\s*1[.,]73\s*m2)?|mm\s*/\s*h|mm\s*hg|kpa|bpm|battements\s*/\s*min|/\s*min"
    r"|kg\s*/\s*m2|fl|sec|s\b|%"
)
_VALUE = re.compile(
    r"\s*(?:\(?[a-z]{0,6}\)?\s*)?(?:[:=]|est\s+(?:de|a|à)|was|is|of|at|à|a)?\s*"
    r"(?P<value>[<>≤≥]?\s*\d{1,4}(?:[.,]\d{1,3})?(?:\s*/\s*\d{1,3})?)\s*"
    rf"(?P<unit>{_UNITS})?",
    re.IGNORECASE,
)
_UNITLESS = frozenset({"inr", "rni", "a1c", "hba1c", "ph sanguin", "hemoglobine a1c", "hemoglobin a1c"})
_WINDOW = 40


class LabResultRecognizer(BaseRecognizer):
    name = "lab_result"
    triggers = (LEXICON,)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = []
        for start, end in scan.get(LEXICON.kind):
            if not bounded(text, start, end):
                continue
            match = _VALUE.match(text[end : end + _WINDOW])
            if match is None or not match.group("value"):
                continue
            value_end = end + match.end()
            if value_end < len(text) and text[value_end - 1].isalnum() and text[value_end].isalnum():
                continue  # "hb 12abc": not a measurement
            term = fold(text[start:end])
            if match.group("unit") is None and " ".join(term.split()) not in _UNITLESS:
                continue
            findings.append(
                Finding(
                    LAB_RESULT,
                    segment.location,
                    0.85,
                    show_term(text[start:end]) + " " + mask_digits(match.group("value")),
                    "lexicon lab_tests + numeric value" + (" + unit" if match.group("unit") else " (unitless test)"),
                    start,
                    value_end,
                )
            )
        return findings
