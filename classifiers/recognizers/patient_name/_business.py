"""Names in a business document (an invoice, an order, an expense claim, an employee form, a week's schedule, an
employee's group insurance): customers, suppliers, employees and dependants, no patients unless a cue says so."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sentinelle.classifiers.recognizers._base import fold
from sentinelle.classifiers.recognizers.patient_name._cues import (
    _TITLE_BEFORE,
    BENEFITS,
    _evidence_follows,
    _patient_cue,
)
from sentinelle.classifiers.recognizers.patient_name._shapes import _ORG_WORDS
from sentinelle.classifiers.recognizers.patient_name._weighing import Candidate

# A name that carries its title ("Nom : M. André Lapointe"): an individual, like a title right before it.
_TITLE_OPENS = re.compile(r"(?:M\.|Mme|MME|Mlle|Mr\.?|Mrs\.?|Ms\.?|Madame|Monsieur)[ \t\u00a0]")


def _full_personal_name(name: str) -> bool:
    """Two words or more, none an organisation's ("Charlotte Thériault", not "Polyclinique" nor "Pharmacie Roy")."""
    words = name.split()
    return len(words) >= 2 and not any(fold(w) in _ORG_WORDS for w in words)


def weighed_as_business(text: str, candidates: Sequence[Candidate], business: str,
                        said: Sequence[tuple[int, int]]) -> list[Candidate]:
    """``candidates`` of a ``business`` document (``_business_document``), those above 0.5 lowered to 0.5 unless a
    title, a patient cue or evidence said of someone (``said``) that follows the full name says the person is cared
    for. An invoice's "Nom :" and "Client :" fields name customers, suppliers and employees; the next field may say
    what the person is treated for ("Re: Charlotte Thériault\\nFile: wrist fracture"); a person named with a title is
    an individual customer, not an organisation's contact. An employee's group insurance names the employee and
    their dependants, with birth dates: none is a patient, whatever the birth date's column says."""
    return [
        c
        if c[3] <= 0.5 or (business != BENEFITS and (
            _TITLE_BEFORE.search(text, max(0, c[0] - 12), c[0]) or _TITLE_OPENS.match(c[2])
            or _patient_cue(text, c[0], c[1])
            or (_full_personal_name(c[2]) and _evidence_follows(text, c[0], c[1], said))))
        else (*c[:3], 0.5, c[4] + ("; group insurance" if business == BENEFITS else "; business document"))
        for c in candidates
    ]
