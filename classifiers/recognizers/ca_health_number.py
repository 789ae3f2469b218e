"""Other Canadian provincial health numbers: Ontario HCN and British Columbia PHN.

Both are 10 digits with a check digit (Ontario: Luhn over 9 digits, our
``classifiers.identifiers.on_hcn``; BC: mod-11 weights 2,4,8,5,10,9,7,3 and a
leading 9, ``stdnum.ca.bc_phn``). Ten-digit numbers are also North American
phone numbers, and one in ten passes Luhn, so: a phone-shaped grouping
(3-3-4, "(514) 555-0199") or a phone/fax/invoice word nearby discards the
candidate; a health-card context word gives 0.9; alone Ontario gives 0.4 and
BC (stronger check, fixed leading digit) 0.5: reported, never decisive by
default. A province's name is not a context word: "Ontario" near a Luhn-valid
number (a catalogue, an address, a company number) says nothing about what the
number is; "MSP" (also "managed service provider") and "HN" (what Ontario forms and
billing mail call the number: "HN: 6595-575-769") count only as labels. A column headed
"Health #" or "Health no." is a context too. The card's own layout, four, three and three
digits and a one- or two-letter version code ("8733-727-773 AB"), is one no other number
takes: 0.8 without a context word.
"""

from __future__ import annotations

import dataclasses
import re

from stdnum.ca import bc_phn

from sentinelle.classifiers.identifiers import on_hcn
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, find_context, luhn_ok
from sentinelle.classifiers.recognizers._numeric import (
    NEGATIVE_FOLDED,
    NUMBER_TRIGGER,
    Checked,
    digit_run_findings,
    identifier_context,
    identifier_finding,
)
from sentinelle.classifiers.recognizers._table_index import TableIndex
from sentinelle.classifiers.types import CA_HEALTH_NUMBER, Finding, Segment

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
    "carte d'assurance maladie",
    "health #",
    "health no",
    "health card #",
    "hc #",
    "hc#",
    "version code",
)
WEAK_CONTEXT: tuple[str, ...] = ("MSP", "HN")
# The Ontario card's layout: 4-3-3 digits, then the version code.
_CARD_LAYOUT = re.compile(r"\d{4}[ \u00a0-]\d{3}[ \u00a0-]\d{3}[ \u00a0-]?[A-Z]{1,2}\b")
_CARD_LAYOUT_CONFIDENCE = 0.8
# The ten digits with the version code glued on, as billing systems print them ("5872988539EW"): the digit
# trigger needs a word boundary after the last digit, so this shape has its own.
VERSION_GLUED = Trigger("hcn_version_glued", r"\b[0-9]{10}[A-Z]{1,2}\b")


# What stands right before a phone number's last digits: an area code in parentheses or the country code
# ("(514) 555 0199", "+1 "); not a sentence's closing parenthesis ("(spaced out so...):" then the number).
_PHONE_PREFIX = re.compile(r"(?:\(\d{3}\)|\+\s?1)[ \u00a0.-]*$")


def _phone_shaped(text: str, start: int, end: int) -> bool:
    """3-3-4 digit grouping, or a "(514)"-style area code or "+1" right before."""
    groups = [len(g) for g in "".join(c if c.isdigit() else " " for c in text[start:end]).split()]
    if groups == [3, 3, 4]:
        return True
    return _PHONE_PREFIX.search(text, max(0, start - 8), start) is not None


_BC_PHN = Checked("stdnum.ca.bc_phn mod 11 ok", alone=0.5)
_ON_HCN = Checked("on_hcn Luhn ok", alone=0.4)


def _check(digits: str) -> Checked | None:
    # Cheap necessary tests first: a BC PHN starts with 9; an Ontario HCN passes Luhn
    # over its 10 digits (its check digit is the Luhn digit of the first 9).
    if digits[0] == "9" and bc_phn.is_valid(digits):
        return _BC_PHN
    if luhn_ok(digits) and on_hcn.is_valid(digits):
        return _ON_HCN
    return None


class CaHealthNumberRecognizer(BaseRecognizer):
    name = "ca_health_number"
    triggers = (NUMBER_TRIGGER, VERSION_GLUED)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        found = digit_run_findings(
            segment,
            scan,
            length=10,
            check=_check,
            finding_type=CA_HEALTH_NUMBER,
            context_words=CONTEXT,
            weak_words=WEAK_CONTEXT,
            with_context=0.9,
            discard_without_context=_phone_shaped,
        )
        return [*(_card_label(segment.text, _card_layout(segment.text, f)) for f in found
                  if not _phone_below_its_context(segment.text, f)),
                *_version_glued(segment, scan)]


def _phone_below_its_context(text: str, finding: Finding) -> bool:
    """A phone-shaped number whose context word lies on an earlier line: a template's "your health card
    ({{health_card_no}})." above its signature's "Cardiac Rehabilitation - 450-555-0147". A card's number in the
    phone's grouping is labelled on its own line ("Carte santé : 450-555-0147")."""
    if not _phone_shaped(text, finding.start, finding.end):
        return False
    line_start = text.rfind("\n", 0, finding.start) + 1
    return not find_context(text, finding.start, finding.end, CONTEXT, before=finding.start - line_start, after=0)


# "no de carte pour BRNUET : 4130/856/000", "card # for J. Roy: ...": a card's number asked or given in the same
# clause, when no other card is named (credit, employee, access, parking, loyalty, gift cards take numbers too).
_CARD_LABEL = re.compile(
    r"(?i:\b(?:no|n°|num[ée]ro|number|#)\s*(?:de\s+(?:la\s+)?)?carte\b|\bcard\s*(?:no\b|number\b|#))"
    r"(?![^\n]{0,12}(?i:cr[ée]dit|credit|d[ée]bit|debit|employ|acc[eè]s|access|stationnement|parking|fid[ée]lit"
    r"|loyalty|cadeau|gift|bancaire|bank|visa|mastercard))"
)
_CARD_REACH = 40


def _card_label(text: str, finding: Finding) -> Finding:
    """A finding without a context word that a card-number label introduces in its clause: 0.9."""
    if finding.confidence >= 0.9 or "no context word" not in finding.explanation:
        return finding
    before = text[max(0, finding.start - _CARD_REACH) : finding.start]
    labels = list(_CARD_LABEL.finditer(before))
    if not labels or any(c in before[labels[-1].end() :] for c in ".;\n"):
        return finding
    return dataclasses.replace(finding, confidence=0.9,
                               explanation=finding.explanation.replace("no context word", "context 'card number'"))


def _version_glued(segment: Segment, scan: Scan) -> list[Finding]:
    """Ten digits and a glued version code: an Ontario number when the check passes, a context word says what it
    is (0.9) — else reported at the checksum's weight (serial and part numbers take this shape too)."""
    text = segment.text
    findings: list[Finding] = []
    tables: TableIndex | None = None
    for start, _end in scan.get(VERSION_GLUED.kind):
        end = start + 10
        checked = _check(text[start:end])
        if checked is not _ON_HCN or find_context(text, start, end, NEGATIVE_FOLDED, before=30, after=0):
            continue
        tables = tables or TableIndex(text)
        context = identifier_context(text, start, end, CONTEXT, WEAK_CONTEXT, tables)
        findings.append(
            identifier_finding(segment, start, end, finding_type=CA_HEALTH_NUMBER, pattern="10 digits + version code",
                               validator=checked.validator, context=context,
                               confidence=0.9 if context else checked.alone)
        )
    return findings


def _card_layout(text: str, finding: Finding) -> Finding:
    """A finding without context written in the card's layout with its version code: 0.8."""
    if finding.confidence >= _CARD_LAYOUT_CONFIDENCE or not _CARD_LAYOUT.match(text, finding.start):
        return finding
    explanation = finding.explanation.replace("no context word", "card layout 4-3-3 + version code")
    return dataclasses.replace(finding, confidence=_CARD_LAYOUT_CONFIDENCE, explanation=explanation)
