"""A phone number said to be the addressee's own: "We have 705-555-0148 on file as your number", "votre numéro
au dossier est le 514-555-0102", "is this still your cell: ...".

Mail written to a patient names their personal number in the second person, with the label before or after
the number; an institution's number is "call us at", "our number", "notre numéro" (never "your"). The
recognizer (``patient_contact``) still asks for a care context and skips signatures and institutions' lines.
"""

from __future__ import annotations

import re

from sentinelle.classifiers.recognizers._base import Trigger

_KIND = (
    r"(?:(?:home|cell|cellphone|mobile|personal|contact|main|primary|phone|callback|call-back)\s+)?"
    r"(?:phone\s+)?(?:number|phone|cell|numero(?:\s+de\s+(?:telephone|cellulaire))?|num[ée]ro(?:\s+de"
    r"\s+(?:t[ée]l[ée]phone|cellulaire))?|t[ée]l[ée]phone|cellulaire)"
)
_ON_FILE = (
    r"(?:\s+(?:on\s+file|in\s+(?:our|the|your)\s+(?:file|chart|records?|system)|au\s+dossier"
    r"|dans\s+(?:notre|le|votre)\s+dossier))?"
)
# "... as your number", "... comme votre numéro": the number came before.
_AFTER = rf"\b(?:as|is|comme|est)\s+(?:still\s+|toujours\s+)?(?:your|votre|ton)\s+{_KIND}\b"
# "your number on file is ...", "votre numéro au dossier : ...": the number comes after.
_BEFORE = rf"\b(?:your|votre|ton)\s+{_KIND}{_ON_FILE}\s*(?:is|est(?:\s+le)?|:|-)"
YOUR_NUMBER = Trigger("contact_yours", rf"(?i:{_AFTER}|{_BEFORE})")

_PHONE = r"(?:\+?1[ .-]?)?\(?[2-9][0-9]{2}\)?[ .-]?[0-9]{3}[ .-]?[0-9]{4}\b"
_NUMBER_AFTER = re.compile(rf"[\s:.\-–]*(?P<number>{_PHONE})")
# The number right before the phrase, with at most "on file" / "in our records" between.
_NUMBER_BEFORE = re.compile(
    rf"(?P<number>{_PHONE})[\s,]*(?:\(?\s*(?:on\s+file|in\s+(?:our|the)\s+(?:file|chart|records?|system)"
    r"|au\s+dossier|dans\s+(?:notre|le)\s+dossier|que\s+nous\s+avons|we\s+have)\s*\)?[\s,]*)?$",
    re.IGNORECASE,
)
_BEFORE_REACH = 60


def own_number(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the phone number that the phrase at ``start:end`` says is the addressee's, or None."""
    after = _NUMBER_AFTER.match(text, end)
    if after is not None:
        return after.span("number")
    window_start = max(0, start - _BEFORE_REACH)
    before = _NUMBER_BEFORE.search(text, window_start, start)
    return before.span("number") if before is not None else None
