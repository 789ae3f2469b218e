"""Medication recognizer: generic and common Canadian brand names (FR/EN), confidence 0.8; drug-class
abbreviations as clinicians write them ("Rx ATB à réviser", "hold NSAIDs", "HBPM"), case-sensitive, 0.7.

Terms: the hand list ``medications.txt`` (Canadian brands, English spellings), ``drugs_atc_fr.txt``
(international non-proprietary names of ATC level-5 substances) and ``drugs_brands.txt`` (the brand names of the
same list, French-market ones that Belgian and French mail writes, minus ordinary words), both built from edsnlp's
resources (lexicons/README.md); abbreviations: ``medication_abbreviations.txt``.
"""

from __future__ import annotations

from sentinelle.classifiers.mask import show_term
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded
from sentinelle.classifiers.recognizers._lexicon import abbreviation_pattern, lexicon_pattern
from sentinelle.classifiers.types import MEDICATION, Finding, Segment

LEXICON = Trigger("med", lexicon_pattern("medications", "drugs_atc_fr", "drugs_brands"))
ABBREVIATION = Trigger("med_abbr", abbreviation_pattern("medication_abbreviations"))


class MedicationRecognizer(BaseRecognizer):
    name = "medication"
    triggers = (LEXICON, ABBREVIATION)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        return [
            Finding(MEDICATION, segment.location, 0.8, show_term(text[start:end]), "lexicon medications", start, end)
            for start, end in scan.get(LEXICON.kind)
            if bounded(text, start, end)
        ] + [
            Finding(MEDICATION, segment.location, 0.7, show_term(text[start:end]), "drug-class abbreviation", start,
                    end)
            for start, end in scan.get(ABBREVIATION.kind)
            if bounded(text, start, end)
        ]
