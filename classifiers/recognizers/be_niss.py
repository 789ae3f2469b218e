"""Belgian national register number (NISS / rijksregisternummer) recognizer (``stdnum.be.nn``).

11 digits: birth date YYMMDD, a serial, and a mod-97 check over the number
(with the 2000s variant). The date plus a two-digit mod-97 check pass about one
date-shaped number in 97, which a list of lot numbers or IMEIs easily holds: a
bare 11-digit number is 0.5 alone (reported, never decisive); in the official
layout "85.07.30-033.28" (2-2-2-3-2 or 6-3-2 groups, a rare shape for other
numbers) 0.8; with a context word 0.97.
"""

from __future__ import annotations

from stdnum.be import nn

from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan
from sentinelle.classifiers.recognizers._numeric import NUMBER_TRIGGER, Checked, digit_run_findings
from sentinelle.classifiers.types import BE_NISS, Finding, Segment

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
_CHECKED = Checked("stdnum.be.nn date and mod 97 ok", alone=0.5)
RARE_SHAPES: tuple[tuple[int, ...], ...] = ((2, 2, 2, 3, 2), (6, 3, 2))


def _mod97_ok(digits: str) -> bool:
    """The mod-97 key for a 1900s or a 2000s birth (a "2" before the number): a cheap necessary test
    before stdnum's full check (dates, month range), which costs ~10x more."""
    key = int(digits[9:])
    return 97 - int(digits[:9]) % 97 == key or 97 - int("2" + digits[:9]) % 97 == key


def _check(digits: str) -> Checked | None:
    return _CHECKED if _mod97_ok(digits) and nn.is_valid(digits) else None


class BeNissRecognizer(BaseRecognizer):
    name = "be_niss"
    triggers = (NUMBER_TRIGGER,)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        return digit_run_findings(
            segment,
            scan,
            length=11,
            check=_check,
            finding_type=BE_NISS,
            context_words=CONTEXT,
            with_context=0.97,
            rare_shapes=RARE_SHAPES,
            rare=0.8,
        )
