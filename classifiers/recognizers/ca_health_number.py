"""Other Canadian provincial health numbers: Ontario HCN and British Columbia PHN.

Both are 10 digits with a check digit (Ontario: Luhn over 9 digits, our
``classifiers.identifiers.on_hcn``; BC: mod-11 weights 2,4,8,5,10,9,7,3 and a
leading 9, ``stdnum.ca.bc_phn``). Ten-digit numbers are also North American
phone numbers, and one in ten passes Luhn, so: a phone-shaped grouping
(3-3-4, "(514) 555-0199") or a phone/fax/invoice word nearby discards the
candidate; a health-card context word gives 0.9; alone Ontario gives 0.4 and
BC (stronger check, fixed leading digit) 0.5: reported, never decisive by
default.
"""

from __future__ import annotations

from stdnum.ca import bc_phn

from classifiers.identifiers import on_hcn
from classifiers.mask import mask_identifier
from classifiers.recognizers._base import BaseRecognizer, Scan, bounded, cap, digit_runs, find_context, luhn_ok
from classifiers.recognizers.ca_sin import NEGATIVE_FOLDED, NUMBER_TRIGGER
from classifiers.types import CA_HEALTH_NUMBER, Finding, Segment

CONTEXT: tuple[str, ...] = (
    "health card",
    "health number",
    "health insurance",
    "hcn",
    "ohip",
    "phn",
    "personal health number",
    "msp",
    "carte sante",
    "carte-sante",
    "numero d'assurance maladie",
    "assurance maladie",
    "ontario",
    "colombie-britannique",
    "british columbia",
)


def _phone_shaped(text: str, start: int, end: int) -> bool:
    """3-3-4 digit grouping, or a "(514)"-style area code right before."""
    groups = [len(g) for g in "".join(c if c.isdigit() else " " for c in text[start:end]).split()]
    if groups == [3, 3, 4]:
        return True
    before = text[max(0, start - 6) : start]
    return ")" in before or "+1" in before


class CaHealthNumberRecognizer(BaseRecognizer):
    name = "ca_health_number"
    triggers = (NUMBER_TRIGGER,)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = []
        for run_start, run_end in scan.get(NUMBER_TRIGGER.kind):
            for start, end, digits in digit_runs(text, run_start, run_end, 10):
                if not bounded(text, start, end):
                    continue
                # Cheap necessary tests first: a BC PHN starts with 9; an Ontario HCN passes Luhn
                # over its 10 digits (its check digit is the Luhn digit of the first 9).
                if digits[0] == "9" and bc_phn.is_valid(digits):
                    validator, alone = "stdnum.ca.bc_phn mod 11 ok", 0.5
                elif luhn_ok(digits) and on_hcn.is_valid(digits):
                    validator, alone = "on_hcn Luhn ok", 0.4
                else:
                    continue
                if find_context(text, start, end, NEGATIVE_FOLDED, before=30, after=0):
                    continue
                context = find_context(text, start, end, CONTEXT)
                if _phone_shaped(text, start, end) and not context:
                    continue
                findings.append(
                    Finding(
                        type=CA_HEALTH_NUMBER,
                        location=segment.location,
                        confidence=cap(0.9 if context else alone),
                        excerpt=mask_identifier(text[start:end]),
                        explanation=f"pattern 10 digits; {validator}; context {context!r}"
                        if context
                        else f"pattern 10 digits; {validator}; no context word",
                        start=start,
                        end=end,
                    )
                )
        return findings
