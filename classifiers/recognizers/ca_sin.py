"""Canadian Social Insurance Number recognizer (``stdnum.ca.sin``: Luhn, first digit not 0/8).

A Luhn check passes for one random 9-digit number in ten, so a SIN needs
something that says what it is to reach 0.9: "assurance sociale" / "social
insurance" nearby; the abbreviations "NAS", "N.A.S.", "SIN" only right before
it, as a label ("NAS : 130 692 544"), and not near technology words (a NAS is
also network storage); or its table column's header. Alone it is 0.45
(reported, never decisive), and so is an employee's, after payroll's or human
resources' words. Numbers near phone/fax/invoice/lot/serial words are not
reported at all.
"""

from __future__ import annotations

import dataclasses
import re

from stdnum.ca import sin

from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, fold, luhn_ok
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
        findings = digit_run_findings(
            segment,
            scan,
            length=9,
            check=_check,
            finding_type=CA_SIN,
            context_words=CONTEXT,
            weak_words=WEAK_CONTEXT,
            with_context=0.9,
        )
        return [_an_employees(segment.text, f) for f in findings]


# What an employer's payroll or human resources says right before an employee's number ("Employé(e) : X — matricule
# 207652 — NAS ...", "New hire to set up in payroll: ... SIN:"): the number is staff's, no patient's.
_EMPLOYER_BEFORE = re.compile(
    r"\b(?:matricule|employee\s+(?:no|number|id|#)|no\s+d'employe|numero\s+d'employe|payroll|paie"
    r"|new\s+hire|nouvel(?:le)?\s+employee?|embauche|employee\s+file|dossier\s+d'employee?)\b"
)
# (not ``_numeric.PATIENT_CONTEXT``: a new hire's form gives a birth date and an employee "dossier" too)
_PATIENT_BEFORE = re.compile(r"\b(?:patiente?s?|usagere?s?|client(?:e|s)?|beneficiaire|dossier\s+medical|chart)\b")
_EMPLOYER_REACH = 200


def _an_employees(text: str, finding: Finding) -> Finding:
    """``finding`` made weak (reported, never decisive) when an employer's words stand before it and no patient's."""
    if finding.confidence < 0.6:
        return finding
    before = fold(text[max(0, finding.start - _EMPLOYER_REACH) : finding.start])
    if _EMPLOYER_BEFORE.search(before) is None or _PATIENT_BEFORE.search(before) is not None:
        return finding
    return dataclasses.replace(finding, confidence=_CHECKED.alone,
                               explanation=finding.explanation + "; an employee's (payroll or HR words before it)")
