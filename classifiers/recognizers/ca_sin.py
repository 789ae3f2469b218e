"""Canadian Social Insurance Number recognizer (``stdnum.ca.sin``: Luhn, first digit not 0/8).

A Luhn check passes for one random 9-digit number in ten, so a SIN needs a
context word ("NAS", "SIN", "assurance sociale"...) to reach 0.9; alone it is
0.45 (reported, never decisive). Numbers near phone/fax/invoice words are not
reported at all.
"""

from __future__ import annotations

from stdnum.ca import sin

from classifiers.mask import mask_identifier
from classifiers.recognizers._base import (
    BaseRecognizer,
    Scan,
    Trigger,
    bounded,
    cap,
    digit_runs,
    find_context,
    luhn_ok,
)
from classifiers.types import CA_SIN, Finding, Segment

CONTEXT: tuple[str, ...] = (
    "nas",
    "sin",
    "assurance sociale",
    "assurance-sociale",
    "social insurance",
    "social security",
)
# Words that say the number is something else.
NEGATIVE: tuple[str, ...] = (
    "tel",
    "tél",
    "telephone",
    "phone",
    "fax",
    "cell",
    "facture",
    "invoice",
    "commande",
    "order",
    "po",
    "compte",
    "account",
    "ref",
    "reference",
    "transit",
    "colis",
    "suivi",
    "tracking",
)
NEGATIVE_FOLDED = tuple(w.replace("é", "e") for w in NEGATIVE)

# Digit runs of 9..16 digits with single separators; shared by the numeric recognizers.
NUMBER_TRIGGER = Trigger("num", r"\b[0-9](?:[ \-.]?[0-9]){8,15}\b")


class CaSinRecognizer(BaseRecognizer):
    name = "ca_sin"
    triggers = (NUMBER_TRIGGER,)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings: list[Finding] = []
        for run_start, run_end in scan.get(NUMBER_TRIGGER.kind):
            for start, end, digits in digit_runs(text, run_start, run_end, 9):
                # luhn_ok: cheap necessary test before stdnum's full check (Luhn, first digit).
                if not bounded(text, start, end) or not luhn_ok(digits) or not sin.is_valid(digits):
                    continue
                if find_context(text, start, end, NEGATIVE_FOLDED, before=30, after=0):
                    continue
                context = find_context(text, start, end, CONTEXT)
                findings.append(
                    Finding(
                        type=CA_SIN,
                        location=segment.location,
                        confidence=cap(0.9 if context else 0.45),
                        excerpt=mask_identifier(text[start:end]),
                        explanation=f"pattern 9 digits; stdnum.ca.sin Luhn ok; context {context!r}"
                        if context
                        else "pattern 9 digits; stdnum.ca.sin Luhn ok; no context word",
                        start=start,
                        end=end,
                    )
                )
        return findings
