"""Canadian Social Insurance Number recognizer (``stdnum.ca.sin``: Luhn, first digit not 0/8).

A Luhn check passes for one random 9-digit number in ten, so a SIN needs
something that says what it is to reach 0.9: "assurance sociale" / "social
insurance" nearby; the abbreviations "NAS", "N.A.S.", "SIN" only right before
it, as a label ("NAS : 130 692 544"), and not near technology words (a NAS is
also network storage); or its table column's header. Alone it is 0.45
(reported, never decisive). Numbers near phone/fax/invoice/lot/serial words are
not reported at all.
"""

from __future__ import annotations

from stdnum.ca import sin

from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, luhn_ok
from sentinelle.classifiers.recognizers._numeric import NUMBER_TRIGGER, Checked, digit_run_findings
from sentinelle.classifiers.types import CA_SIN, Finding, Segment

CONTEXT: tuple[str, ...] = (
    "assurance sociale",
    "assurance-sociale",
    "social insurance",
)
# Short words that mean other things ("NAS" network storage, "sin"): upper-case labels only.
WEAK_CONTEXT: tuple[str, ...] = ("NAS", "N.A.S", "N. A. S", "SIN", "S.I.N")
_CHECKED = Checked("stdnum.ca.sin Luhn ok", alone=0.45)


def _check(digits: str) -> Checked | None:
    # luhn_ok: cheap necessary test before stdnum's full check (Luhn, first digit).
    return _CHECKED if luhn_ok(digits) and sin.is_valid(digits) else None


class CaSinRecognizer(BaseRecognizer):
    name = "ca_sin"
    triggers = (NUMBER_TRIGGER,)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        return digit_run_findings(
            segment,
            scan,
            length=9,
            check=_check,
            finding_type=CA_SIN,
            context_words=CONTEXT,
            weak_words=WEAK_CONTEXT,
            with_context=0.9,
        )
