"""Social information recognizer: a person's living situation, safety, custody, income or legal status.

"Violence conjugale rapportée", "suivie par la DPJ", "en situation d'itinérance", "prestataire de
l'aide sociale", "lives alone", "on probation": what a social worker or a care team writes about a
patient, as confidential as a diagnosis. Like a diagnosis it identifies nobody (campaigns and
newsletters speak of homelessness) and only matters to scoring near a patient name: scoring counts
``social_information`` with the clinical types (rule ``name_near_clinical``). Terms: the hand list
``lexicons/social.txt``; confidence 0.75, or 0.5 (reported, never decisive) where the term names a
resource in a directory: it opens a list item or a line that ends with a telephone number or an address
on the web ("- Banque alimentaire du quartier : 514-555-0121", "Food bank (Westside) 555-0199"). And a pattern: a
long-term care bed offered to one person (``BED_OFFERED``).
"""

from __future__ import annotations

import re

from sentinelle.classifiers.mask import show_term
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded
from sentinelle.classifiers.recognizers._lexicon import lexicon_pattern
from sentinelle.classifiers.types import SOCIAL_INFORMATION, Finding, Segment

LEXICON = Trigger("social", lexicon_pattern("social"))
# A bed offered to one person in long-term care ("une place est disponible pour Mme X au CHSLD du Boisé-Vert", "a bed
# is available for Mr. X at CHSLD ..."): the person's placement, read with the facility that follows.
BED_OFFERED = Trigger(
    "social_bed_offered",
    r"(?i:(?:une[ \t]+place|un[ \t]+lit|une[ \t]+chambre|a[ \t]+bed|a[ \t]+room|a[ \t]+place)[ \t]+(?:est|is)[ \t]+"
    r"(?:maintenant[ \t]+|now[ \t]+)?(?:disponible|available|offerte?|offered)[ \t]+(?:pour|for|to))\b",
)
# (a person follows, by title or capitalised name: "pour la formation du 12 mars au CHSLD" is a seat, not a bed)
_LONG_TERM_CARE = re.compile(
    r"\s+(?:(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Madame|Monsieur)\s+)?[A-ZÀ-Þ][^\n]{2,60}?"
    r"\s(?i:au|à|a|at|in|dans)\s+(?i:the\s+|le\s+|la\s+|l')?"
    r"(?i:CHSLD|long-term[ \t]+care|LTC\b|nursing[ \t]+home|maison[ \t]+des[ \t]+aînés|ressource[ \t]+intermédiaire)"
)

_ITEM_OPENING = re.compile(r"[ \t>]*(?:[-*•·▪◦–—]|\d{1,2}[.)])?[ \t]*")
# A telephone number or a web address closing the line: a directory entry.
_CONTACT_CLOSING = re.compile(
    r"(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}(?:[ \t]*(?:poste|ext\.?|x)[ \t]*\d{1,5})?"
    r"|\b(?:https?://|www\.)\S+"
)
_LINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{0,20}\))?[ \t.,;]*")


def _names_a_resource(text: str, start: int, end: int) -> bool:
    """The term opens a line of a list of resources that closes with their telephone number or web address."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _ITEM_OPENING.fullmatch(text, line_start, start):
        return False
    line_end = text.find("\n", end)
    line = text[end : len(text) if line_end < 0 else line_end].rstrip("\r")
    return any(_LINE_TAIL.fullmatch(line, m.end()) for m in _CONTACT_CLOSING.finditer(line))


class SocialInformationRecognizer(BaseRecognizer):
    name = "social_information"
    triggers = (LEXICON, BED_OFFERED)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        findings = []
        for start, end in scan.get(LEXICON.kind):
            if not bounded(text, start, end):
                continue
            if _names_a_resource(text, start, end):
                confidence, how = 0.5, "lexicon social; names a resource in a directory"
            else:
                confidence, how = 0.75, "lexicon social"
            findings.append(Finding(SOCIAL_INFORMATION, segment.location, confidence, show_term(text[start:end]), how,
                                    start, end))
        for start, end in scan.get(BED_OFFERED.kind):
            if _LONG_TERM_CARE.match(text, end):
                findings.append(Finding(SOCIAL_INFORMATION, segment.location, 0.75, show_term(text[start:end]),
                                        "pattern long-term care bed offered to one person", start, end))
        return findings
