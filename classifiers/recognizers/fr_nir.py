"""French social security number (NIR, numéro de sécurité sociale) recognizer (``stdnum.fr.nir``).

15 characters: sex, year, month, department (2A/2B for Corsica), commune,
serial and a 2-digit mod-97 key. Key + fixed structure: 0.85 alone, 0.97 with
a context word.
"""

from __future__ import annotations

from stdnum.fr import nir

from classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded, digit_runs, find_context
from classifiers.recognizers._numeric import NUMBER_TRIGGER, identifier_finding
from classifiers.types import FR_NIR, Finding, Segment

CONTEXT: tuple[str, ...] = (
    "nir",
    "securite sociale",
    "secu",
    "insee",
    "carte vitale",
    "social security",
)

# Sex digit, then YY MM DD(ept) (or 2A/2B) CCC SSS KK with optional single spaces/dots/dashes.
TRIGGER = Trigger(
    "nir",
    r"\b[1-478][ \-.]?[0-9]{2}[ \-.]?[0-9]{2}[ \-.]?(?:[0-9]{2}|2[ABab])"
    r"[ \-.]?[0-9]{3}[ \-.]?[0-9]{3}[ \-.]?[0-9]{2}\b",
)


class FrNirRecognizer(BaseRecognizer):
    name = "fr_nir"
    # The shared digit-run trigger comes first in the combined scan and takes all-digit
    # NIRs; the specific trigger then only sees Corsican 2A/2B numbers.
    triggers = (NUMBER_TRIGGER, TRIGGER)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = []
        spans = [(s, e) for rs, re_ in scan.get(NUMBER_TRIGGER.kind) for s, e, _ in digit_runs(text, rs, re_, 15)]
        for start, end in sorted(set(spans + scan.get(TRIGGER.kind))):
            candidate = text[start:end]
            compact = "".join(c for c in candidate if c.isalnum()).upper()
            if not bounded(text, start, end) or not nir.is_valid(compact):
                continue
            context = find_context(text, start, end, CONTEXT)
            findings.append(
                identifier_finding(
                    segment,
                    start,
                    end,
                    finding_type=FR_NIR,
                    pattern="nir",
                    validator="stdnum.fr.nir key ok",
                    context=context,
                    confidence=0.97 if context else 0.85,
                )
            )
        return findings
