"""What the pattern stage of the name recognizer found in one segment (``PatientNameRecognizer.patterns``), kept for
its confirmation (``PatientNameRecognizer.confirm``): the engine confirms once without NER and, when the verdict is
still open, once more with it, and the patterns are not run twice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from sentinelle.classifiers.recognizers._base import Scan
from sentinelle.classifiers.recognizers.patient_name._cues import _business_document, _topic_use
from sentinelle.classifiers.recognizers.patient_name._curriculum import curriculum_vitae
from sentinelle.classifiers.recognizers.patient_name._staff import StaffNames
from sentinelle.classifiers.recognizers.patient_name._weighing import SegmentNames


@dataclass(eq=False)
class PatternNames:
    """One segment's pattern names (``weighed.candidates``) and what their confirmation reads of the segment, each
    read on first use.

    ``location`` is None for a segment whose names are read elsewhere (a vCard's file name, a CV's). ``looked``:
    the segment had something to weigh; otherwise only NER may still find a name said before evidence.
    ``newsletter`` is the segment's reading as newsletter-like (given by the engine or said by the segment)."""

    location: str | None
    text: str = ""
    scan: Scan | None = None
    staff: StaffNames | None = None
    evidence: Sequence[tuple[int, int]] | None = None
    evidence_anywhere: bool = False
    evidence_reach: int = 0
    newsletter: bool = False
    file_name: bool = False
    looked: bool = False

    @classmethod
    def nobody(cls) -> PatternNames:
        return cls(None)

    @cached_property
    def weighed(self) -> SegmentNames:
        """The segment's names and the judgements they are weighed by."""
        assert self.scan is not None and self.staff is not None  # (never asked of ``nobody``)
        return SegmentNames(self.text, self.scan, self.staff, self.evidence, self.evidence_anywhere,
                            self.evidence_reach, self.newsletter, self.file_name)

    @cached_property
    def evidence_of_someone(self) -> list[tuple[int, int]]:
        """The evidence spans said of someone: a drug or a disease named as a topic ("201 - Roy M. - formation
        insuline", "la clinique de diabète") says nothing of the names around it."""
        return [span for span in self.evidence or () if not _topic_use(self.text, span[0], span[1], self.file_name)]

    @cached_property
    def business(self) -> str | None:
        """``_business_document`` of the segment."""
        return _business_document(self.text)

    @cached_property
    def curriculum(self) -> bool:
        """Whether the segment is a CV."""
        return curriculum_vitae(self.text)
