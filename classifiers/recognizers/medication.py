"""Medication recognizer: generic and common Canadian brand names (FR/EN), confidence 0.8; drug-class
abbreviations as clinicians write them ("Rx ATB à réviser", "hold NSAIDs", "HBPM"), case-sensitive, 0.7; a dose
with its route or its frequency as a prescription writes them ("Monoferric 1000 mg IV", "100 mg PO DIE",
"400 mg q6-8h"), 0.75, whatever the drug: a brand no list knows yet is still a drug someone takes.

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
# An amount in a drug's units, then a route or a frequency in the abbreviations of an order: no leaflet, newsletter
# or price list writes "PO", "IV", "DIE", "q6h" after a dose. (Not "par jour" or "daily": advice to everyone says
# "vitamine D 1000 UI par jour".) The route is case-sensitive: "po" and "iv" are words too.
DOSE = Trigger(
    "med_dose",
    r"\b[0-9]+(?:[.,][0-9]+)?[ \t]?(?:mg|mcg|µg|ug|g|mL|ml|UI|IU|U|unit[eé]s|units|mEq|mmol|gtt|gouttes|drops)"
    r"(?:/(?:kg|j|jour|d|day|h|dose|kg/j|kg/jour|kg/d|kg/day|kg/h))?"
    r"[ \t]+(?:(?:PO|IV|IVD|IM|SC|SL|IR|PR|IN|INH|NG|PEG|DIE|BID|TID|QID|HS|QHS|PRN|STAT|bid|tid|qid|die|prn"
    r"|q[0-9]{1,2}(?:-[0-9]{1,2})?h|q[0-9]{1,2}(?:-[0-9]{1,2})?[ \t]?hrs?|aux[ \t]+[0-9]{1,2}[ \t]?h)\b)",
)

# A drug's shorthand with its dose ("Still on pred 20 mg", "MTX 15 mg/sem"): the dose says it is a drug.
SHORTHAND_DOSE = Trigger(
    "med_shorthand_dose",
    abbreviation_pattern("medication_shorthand").removesuffix(r"\b")
    + r"[ \t]+[0-9]+(?:[.,][0-9]+)?[ \t]?(?:mg|mcg|µg|ug|g|UI|IU|U|mEq|mmol)\b",
)


class MedicationRecognizer(BaseRecognizer):
    name = "medication"
    triggers = (LEXICON, ABBREVIATION, DOSE, SHORTHAND_DOSE)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        named_ends = [end for _, end in (*scan.get(LEXICON.kind), *scan.get(ABBREVIATION.kind))]
        return [
            Finding(MEDICATION, segment.location, 0.8, show_term(text[start:end]), "lexicon medications", start, end)
            for start, end in scan.get(LEXICON.kind)
            if bounded(text, start, end)
        ] + [
            Finding(MEDICATION, segment.location, 0.7, show_term(text[start:end]), "drug-class abbreviation", start,
                    end)
            for start, end in scan.get(ABBREVIATION.kind)
            if bounded(text, start, end)
        ] + [
            Finding(MEDICATION, segment.location, 0.75, show_term(text[start:end]), "drug shorthand + dose", start,
                    end)
            for start, end in scan.get(SHORTHAND_DOSE.kind)
            if bounded(text, start, end)
        ] + [
            Finding(MEDICATION, segment.location, 0.75, show_term(text[start:end]), "dose with route or frequency",
                    start, end)
            for start, end in scan.get(DOSE.kind)
            if bounded(text, start, end) and not _dose_of_a_named_drug(text, start, named_ends)
        ]


_DOSE_AFTER_NAME = 30  # "Haldol 0,5 mg IM", "ibuprofen (Advil) 400 mg PO": the named drug's own dose


def _dose_of_a_named_drug(text: str, start: int, named_ends: list[int]) -> bool:
    """The dose at ``start`` follows a drug the lexicon named on its line: one mention, already found."""
    return any(0 <= start - end <= _DOSE_AFTER_NAME and "\n" not in text[end:start] for end in named_ends)
