"""Medication recognizer: generic and common Canadian brand names (FR/EN), confidence 0.8.

Terms: the hand list ``medications.txt`` (Canadian brands, English spellings) and ``drugs_atc_fr.txt``
(international non-proprietary names of ATC level-5 substances, built from edsnlp's resources:
lexicons/README.md).
"""

from __future__ import annotations

from sentinelle.classifiers.mask import show_term
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded
from sentinelle.classifiers.recognizers._lexicon import lexicon_pattern
from sentinelle.classifiers.types import MEDICATION, Finding, Segment

LEXICON = Trigger("med", lexicon_pattern("medications", "drugs_atc_fr"))


class MedicationRecognizer(BaseRecognizer):
    name = "medication"
    triggers = (LEXICON,)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        return [
            Finding(MEDICATION, segment.location, 0.8, show_term(text[start:end]), "lexicon medications", start, end)
            for start, end in scan.get(LEXICON.kind)
            if bounded(text, start, end)
        ]
