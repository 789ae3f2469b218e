"""Social information recognizer: a person's living situation, safety, custody, income or legal status.

"Violence conjugale rapportée", "suivie par la DPJ", "en situation d'itinérance", "prestataire de
l'aide sociale", "lives alone", "on probation": what a social worker or a care team writes about a
patient, as confidential as a diagnosis. Like a diagnosis it identifies nobody (campaigns and
newsletters speak of homelessness) and only matters to scoring near a patient name: scoring counts
``social_information`` with the clinical types (rule ``name_near_clinical``). Terms: the hand list
``lexicons/social.txt``; confidence 0.75.
"""

from __future__ import annotations

from sentinelle.classifiers.mask import show_term
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scan, Trigger, bounded
from sentinelle.classifiers.recognizers._lexicon import lexicon_pattern
from sentinelle.classifiers.types import SOCIAL_INFORMATION, Finding, Segment

LEXICON = Trigger("social", lexicon_pattern("social"))


class SocialInformationRecognizer(BaseRecognizer):
    name = "social_information"
    triggers = (LEXICON,)

    def from_scan(self, segment: Segment, scan: Scan) -> list[Finding]:
        text = segment.text
        return [
            Finding(
                SOCIAL_INFORMATION, segment.location, 0.75, show_term(text[start:end]), "lexicon social", start, end
            )
            for start, end in scan.get(LEXICON.kind)
            if bounded(text, start, end)
        ]
