"""The classification engine: segments -> findings -> ``Inspection`` (evidence plus verdict).

Per segment, one combined RE2 trigger pass (``Scanner``) feeds every
recognizer; recognizers validate their few candidates. Patient names come
last: their pattern pass is cheap, but spaCy NER (about 7 µs per character)
only runs, on short windows around name triggers that the patterns could not
resolve, when it can change the verdict: the message is not yet confidential
(identifiers, pattern names) and the window lies within ``proximity_chars`` of
strong clinical information or a birth date of the same segment.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sentinelle.classifiers.addresses import address_pairs
from sentinelle.classifiers.config import ClassifierConfig, Scoring
from sentinelle.classifiers.document_model import DocumentModel
from sentinelle.classifiers.index.loader import load_index_recognizer
from sentinelle.classifiers.recognizers._base import BaseRecognizer, Scanner
from sentinelle.classifiers.recognizers._examples import Examples
from sentinelle.classifiers.recognizers._numeric import one_type_per_run
from sentinelle.classifiers.recognizers.be_niss import BeNissRecognizer
from sentinelle.classifiers.recognizers.ca_health_number import CaHealthNumberRecognizer
from sentinelle.classifiers.recognizers.ca_sin import CaSinRecognizer
from sentinelle.classifiers.recognizers.date_of_birth import DateOfBirthRecognizer
from sentinelle.classifiers.recognizers.diagnosis import DiagnosisRecognizer
from sentinelle.classifiers.recognizers.fr_nir import FrNirRecognizer
from sentinelle.classifiers.recognizers.lab_result import LabResultRecognizer
from sentinelle.classifiers.recognizers.medication import MedicationRecognizer
from sentinelle.classifiers.recognizers.mrn import MrnRecognizer
from sentinelle.classifiers.recognizers.patient_contact import PatientContactRecognizer
from sentinelle.classifiers.recognizers.patient_list import PatientListRecognizer
from sentinelle.classifiers.recognizers.patient_name import (
    EMPTY_STAFF,
    GENRE,
    NerNeeded,
    PatientNameRecognizer,
    StaffNames,
)
from sentinelle.classifiers.recognizers.patient_name._cues import _topic_use, speaks_of_someone
from sentinelle.classifiers.recognizers.patient_name._curriculum import candidates_named_by_file_names
from sentinelle.classifiers.recognizers.patient_name._own_care import carried_correspondents, forwarded_senders
from sentinelle.classifiers.recognizers.patient_name._subject import subject_may_name_alone
from sentinelle.classifiers.recognizers.patient_name._triggers import genre_said
from sentinelle.classifiers.recognizers.ramq_nam import RamqNamRecognizer
from sentinelle.classifiers.recognizers.social_information import SocialInformationRecognizer
from sentinelle.classifiers.scoring import near, score
from sentinelle.classifiers.types import (
    CLINICAL_TYPES,
    DATE_OF_BIRTH,
    FINDING_TYPES,
    IDENTIFIER_TYPES,
    PATIENT_CONTACT,
    PATIENT_NAME,
    UNINSPECTABLE,
    Finding,
    Inspection,
    Segment,
)

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["MAX_FINDINGS", "Classifier", "StaffNames", "condense"]

# Findings reported per message. Scoring always sees every finding; the report keeps the most
# telling (``uninspectable`` first: policy decides on it), counts the rest per type, and so a
# message full of drug names or digit runs cannot produce an audit record or JSON of millions.
MAX_FINDINGS = 200


class Classifier:
    """Holds the recognizers (built once) and inspects messages. Thread-compatible: no mutable state."""

    def __init__(self, config: ClassifierConfig, nlp: Language | None) -> None:
        self._config = config
        self._nlp = nlp if config.scoring.ner else None
        self._names = PatientNameRecognizer(self._nlp)
        # Explicit, ordered registry. Order matters for the combined scan: the shared digit-run
        # trigger ("num") precedes the Corsican NIR trigger.
        self._recognizers: tuple[BaseRecognizer, ...] = (
            RamqNamRecognizer(),
            CaSinRecognizer(),
            CaHealthNumberRecognizer(),
            BeNissRecognizer(),
            FrNirRecognizer(),
            MrnRecognizer(config.mrn_patterns),
            DateOfBirthRecognizer(),
            DiagnosisRecognizer(),
            MedicationRecognizer(),
            LabResultRecognizer(),
            PatientContactRecognizer(),
            SocialInformationRecognizer(),
            PatientListRecognizer(),
        )
        names = [r.name for r in (*self._recognizers, self._names)]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"duplicate recognizer names: {duplicates}")
        self._scanner = Scanner(t for r in (*self._recognizers, self._names) for t in r.triggers)
        # Each recognizer with triggers reads only its triggers' hits, so it finds nothing in a
        # segment where none of them hit: most segments (header fields, short bodies) hit a few kinds
        # only, and those recognizers are not called there. Without triggers (mrn): always called.
        self._trigger_kinds = tuple(frozenset(t.kind for t in r.triggers) for r in self._recognizers)
        # [classifiers.index] (exact data match): an unusable index raises IndexFileError here, so a
        # configured index that cannot be loaded stops start-up (and a reload keeps the old one).
        self._index = load_index_recognizer(config.index) if config.index is not None else None
        self._document_model = DocumentModel.shipped() if config.scoring.document_model_veto > 0 else None

    @classmethod
    def load(cls, config: ClassifierConfig) -> Classifier:
        """Build a classifier, loading the spaCy model once when ``config.scoring.ner`` (never downloads).

        Raises ``classifiers.nlp.ModelNotInstalled`` when the model package is missing, and
        ``classifiers.extractors.ocr.OcrNotInstalled`` when OCR is enabled without Tesseract's data.
        """
        if config.ocr.enabled:  # like the model: a missing Tesseract or language stops start-up
            from sentinelle.classifiers.extractors.ocr import check_installed

            check_installed(config.ocr.languages, config.ocr.tessdata)
        nlp = None
        if config.scoring.ner:
            from sentinelle.classifiers.nlp import load_model

            nlp = load_model()
        return cls(config, nlp)

    @property
    def recognizer_names(self) -> tuple[str, ...]:
        return tuple(r.name for r in (*self._recognizers, self._names))

    def inspect(
        self,
        parsed: Any,
        *,
        deadline: float | None = None,
        timings: MutableMapping[str, float] | None = None,
        ner_chars: int | None = None,
    ) -> Inspection:
        """Extract the segments of a parsed message, recognize, score.

        ``ner_chars``: run NER on at most this many characters of windows in all (None: no bound).
        When more would be needed to settle the verdict, the result has ``ner_pending`` set and no
        verdict (the caller inspects again without a bound, where a long computation does not hold
        up others: ``proxy.pipeline``); otherwise it is the same inspection as without a bound.

        ``timings``, when given, receives ``"extract"``: the seconds spent extracting (the rest of
        the call is recognition and scoring), for the caller's per-stage metrics.

        ``deadline`` is a ``time.monotonic()`` instant shared with extraction; when it
        passes, recognition stops and an ``uninspectable`` finding is added (policy
        decides; the message is never silently considered clean). Findings of parsing
        and extraction (``uninspectable``) are passed through.
        """
        from sentinelle.classifiers.extract import extract  # deferred: extraction pulls in the attachment parsers

        started = time.perf_counter()
        extraction = extract(parsed, self._config.limits, deadline=deadline, ocr=self._config.ocr)
        if timings is not None:
            timings["extract"] = time.perf_counter() - started
        staff = StaffNames.from_message(parsed.message).with_correspondents(
            [*carried_correspondents(extraction.segments),
             *forwarded_senders(extraction.segments, lambda: _domains(parsed.message)),
             *candidates_named_by_file_names(extraction.segments)])
        inspection = self._run(tuple(extraction.segments), staff, deadline, ner_chars=ner_chars)
        passed = (*tuple(getattr(parsed, "findings", ())), *tuple(extraction.findings))
        findings, omitted, omitted_types = condense((*passed, *inspection.findings), {}, MAX_FINDINGS)
        return Inspection(
            findings=findings,
            confidential=inspection.confidential,
            reasons=inspection.reasons,
            overruled=inspection.overruled,
            segments=inspection.segments,
            defects=tuple(str(d) for d in getattr(parsed, "defects", ())),
            ner_pending=inspection.ner_pending,
            counted=tuple(f for f in findings if f.confidence >= self._config.scoring.min_confidence),
            findings_omitted=omitted + inspection.findings_omitted,
            omitted_types=_merge_counts(omitted_types, inspection.omitted_types),
        )

    def inspect_segments(self, segments: Sequence[Segment], staff: StaffNames = EMPTY_STAFF) -> Inspection:
        """Recognize and score ready-made segments (tests, benchmarks, corpus evaluation)."""
        return self._run(tuple(segments), staff, None)

    def _run(self, segments: tuple[Segment, ...], staff: StaffNames, deadline: float | None, *,
             ner_chars: int | None = None) -> Inspection:
        findings: list[Finding] = []
        scans = []
        staff = staff.with_titled(segment.text for segment in segments)
        for segment in segments:
            if deadline is not None and time.monotonic() > deadline:
                findings.append(_timeout(segment))
                break
            scan = self._scanner.scan(segment.text)
            scans.append((segment, scan))
            hit = scan.hits.keys()
            findings.extend(one_type_per_run([f for r, kinds in zip(self._recognizers, self._trigger_kinds, strict=True)
                                              if not kinds or not kinds.isdisjoint(hit)
                                              for f in r.from_scan(segment, scan)]))
        examples = {segment.location: Examples(segment.text) for segment, _ in scans}
        findings = _not_examples(findings, examples)
        if self._index is not None:  # needs the envelope's names (staff who are also patients)
            findings.extend(self._index.recognize_segments([segment for segment, _ in scans], staff))
        # Names last, by patterns first (cheap). NER only where it can change the verdict: the
        # message is not confidential yet, and the window lies within proximity_chars of strong
        # clinical information or a birth date of its segment (the recognizer applies ``ner_near``),
        # or the segment is near such evidence elsewhere in the message (scoring's cross-part rules).
        scoring = self._config.scoring
        evidence = [
            f
            for f in findings
            if f.start >= 0
            and f.confidence >= scoring.min_confidence
            and (f.type in CLINICAL_TYPES or f.type in (DATE_OF_BIRTH, PATIENT_CONTACT)
                 # A chart or health number beside a name says whose it is ("Fraser Gordon (dossier 59-304319)");
                 # it already makes the message confidential, so it changes what is reported, never a verdict.
                 or f.type in scoring.identifier_types)
        ]
        # Per segment, once for both passes below: the evidence spans in it, and whether evidence of
        # another segment is near any of its positions.
        # Across segments, only evidence said of someone: a disease or drug that names a clinic, a training
        # or a topic ("Marie Roy - formation" over "la formation sur le diabète") makes nobody a patient.
        texts = {segment.location: segment.text for segment, _ in scans}
        topic: dict[int, bool] = {}

        def said_of_someone(i: int) -> bool:
            f = evidence[i]
            if f.type not in CLINICAL_TYPES:
                return True
            if i not in topic:
                topic[i] = _topic_use(texts[f.location], f.start, f.end, f.location.startswith("filename:"))
            return not topic[i]

        nearby = [(tuple((f.start, f.end) for f in evidence if f.location == segment.location),
                   _near_elsewhere(segment, evidence, said_of_someone)) for segment, _ in scans]
        # A birth date, an identifier or a home contact elsewhere: the message is about one person, so a
        # Subject's lone surname after a care word ("Suivi Gauthier") may be theirs ("Suivi Covid" is a topic).
        # So is clinical evidence said of someone whom the text speaks of in the third person ("Boucher - suivi"
        # over "elle dit qu'elle prend sa metformine", "a appelé, douleur thoracique depuis hier soir").
        person_data = [segment.location == "subject" and subject_may_name_alone(segment.text)
                       and (_near_elsewhere(segment, evidence, lambda i: evidence[i].type not in CLINICAL_TYPES)
                            or _near_elsewhere(segment, evidence, lambda i: said_of_someone(i)
                                               and speaks_of_someone(texts[evidence[i].location],
                                                                     evidence[i].start, evidence[i].end)))
                       for segment, _ in scans]
        # A Subject that says the message is a newsletter, a committee notice, a job posting... says it
        # of the message's own text too (a title there is a speaker's or a colleague's, rarely a patient's).
        genre = any(genre_said(segment.text, scan.get(GENRE.kind)) for segment, scan in scans
                    if segment.location == "subject")
        # The patterns run once per segment; NER, when the verdict is still open, confirms what they found.
        found = [self._names.patterns(segment, scan, staff, evidence=list(spans), evidence_anywhere=anywhere,
                                      evidence_reach=scoring.proximity_chars, person_elsewhere=person,
                                      newsletter=genre and _own_text(segment))
                 for (segment, scan), (spans, anywhere), person in zip(scans, nearby, person_data, strict=True)]
        pattern_names = [_not_examples(self._names.confirm(names, use_ner=False), examples) for names in found]
        reasons = score([*findings, *(f for names in pattern_names for f in names)], scoring)
        if not reasons and self._nlp is not None:
            for i, (segment, _) in enumerate(scans):
                if deadline is not None and time.monotonic() > deadline:
                    findings.append(_timeout(segment))
                    break
                # Only strong clinical information / birth dates can make a name count (scoring).
                spans, elsewhere = nearby[i]
                ner_near: list[tuple[int, int]] | None = list(spans)
                if elsewhere:
                    ner_near = None  # any window of this segment is near evidence in another part
                elif not ner_near:
                    continue
                if ner_chars is not None:  # probe first: the windows' size, without running the model
                    try:
                        pattern_names[i] = self._names.confirm(found[i], use_ner=True, ner_near=ner_near,
                                                               ner_reach=scoring.proximity_chars, ner_probe=True)
                        continue  # no window: this is the result NER would give
                    except NerNeeded as needed:
                        if needed.chars > ner_chars:
                            return Inspection(findings=tuple(findings), confidential=False,
                                              segments=len(segments), ner_pending=True)
                        ner_chars -= needed.chars
                pattern_names[i] = self._names.confirm(found[i], use_ner=True, ner_near=ner_near,
                                                       ner_reach=scoring.proximity_chars)
        findings.extend(f for names in pattern_names for f in _not_examples(names, examples))
        reasons = score(findings, scoring)
        overruled: tuple[str, ...] = ()
        if reasons and self._overruled(segments, findings, reasons, scoring):
            overruled, reasons = reasons, ()
        texts = {segment.location: segment.text for segment in segments}
        reported, omitted, omitted_types = condense(findings, texts, MAX_FINDINGS)
        return Inspection(
            findings=reported,
            confidential=bool(reasons),
            reasons=reasons,
            overruled=overruled,
            segments=len(segments),
            counted=tuple(f for f in reported if f.confidence >= scoring.min_confidence),
            findings_omitted=omitted,
            omitted_types=omitted_types,
        )

    def _overruled(self, segments: Sequence[Segment], findings: Sequence[Finding], reasons: tuple[str, ...],
                   scoring: Scoring) -> bool:
        """The learned document model overrules a verdict that rests on nothing but a name without a title near
        clinical information (a speaker and a topic, a trainer and a course, a colleague on sick leave) when it
        reads the message's words as mail about nobody's care: its probability is below ``document_model_veto``.
        Identifiers, birth dates, home contacts and titled or labelled names are never overruled, nor is a text
        too short to read."""
        if self._document_model is None or not set(reasons) <= OVERRULABLE:
            return False
        if any(f.type == PATIENT_NAME and f.confidence > OVERRULABLE_NAME for f in findings):
            return False  # a title, a labelled field or a roster line says this person is someone's patient
        text = " ".join(segment.text for segment in segments)
        if len(text.split()) < DOCUMENT_MODEL_MIN_WORDS:
            return False  # a line or two: too few words to tell a colleague's talk on diabetes from a patient's
        counted = {f.type for f in findings if f.confidence >= scoring.min_confidence}
        return self._document_model.probability(text, counted) < scoring.document_model_veto


# The scoring rules the document model may overrule, and the fewest words it reads before it may.
OVERRULABLE = frozenset(("name_near_clinical",))
# The most a name may have earned for its verdict to be overruled: a name without a title (0.65), not one after
# an honorific with a patient cue (0.7), a labelled field (0.75), a roster line (0.7) or one NER confirmed (+0.15).
OVERRULABLE_NAME = 0.65
DOCUMENT_MODEL_MIN_WORDS = 40


def _domains(message: Any) -> set[str]:
    """The domains of the message's own sender and recipients (From, Sender, To, Cc)."""
    fields = [str(value) for name in ("from", "sender", "to", "cc") for value in (message.get_all(name) or ())]
    return {address.rsplit("@", 1)[1].lower() for _, address in address_pairs(fields) if "@" in address}


def _own_text(segment: Segment) -> bool:
    """The message's own text (Subject, inline parts), not an attachment, a file name or a header."""
    return not segment.location.startswith(("attachment:", "filename:", "header:"))


# What a sample value can be: identifiers, birth dates, names and contacts (a drug or a disease named in a
# template's example is still vocabulary, never a person's data, and scores nothing alone).
_SAMPLE_TYPES = frozenset((*IDENTIFIER_TYPES, DATE_OF_BIRTH, PATIENT_NAME, PATIENT_CONTACT))


def _not_examples(findings: list[Finding], examples: Mapping[str, Examples]) -> list[Finding]:
    """``findings`` without the sample values of templates and how-tos (``_examples``)."""
    return [f for f in findings
            if f.type not in _SAMPLE_TYPES or not (shown := examples.get(f.location)) or not shown.covers(f.start)]


def _near_elsewhere(segment: Segment, evidence: Sequence[Finding], counts: Callable[[int], bool]) -> bool:
    """A name anywhere in ``segment`` would be near evidence of another segment (scoring's cross-part rules)
    that ``counts`` (by index; asked last, it may cost a look at the text)."""
    probe = Finding(PATIENT_NAME, segment.location, 1.0, "", "", 0, 0)
    return any(f.location != segment.location and near(probe, f, 0) and counts(i) for i, f in enumerate(evidence))


def condense(
    findings: Sequence[Finding], texts: Mapping[str, str], limit: int
) -> tuple[tuple[Finding, ...], int, tuple[tuple[str, int], ...]]:
    """Fold repeats and cap: (reported findings, how many were left out, left-out counts per type).

    One finding per value, place and type: findings of one type in one segment with the same text
    (``texts[location][start:end]``, whitespace and case folded; never folded when the text is not
    known) become the first of them with ``count`` = how many. Then at most ``limit`` are kept, in
    their original order: ``uninspectable`` first, then by type (identifiers, birth dates, names,
    clinical: ``FINDING_TYPES`` order), then by confidence.
    """
    groups: dict[tuple[str, str, str], Finding] = {}
    counts: dict[tuple[str, str, str], int] = {}
    for index, finding in enumerate(findings):
        text = texts.get(finding.location)
        # Without the segment's text, masked excerpts could coincide for different values: no folding.
        value = (
            " ".join(text[finding.start : finding.end].casefold().split())
            if text is not None and 0 <= finding.start < finding.end
            else f"#{index}"
        )
        key = (finding.type, finding.location, value)
        if key not in groups:
            groups[key] = finding
        counts[key] = counts.get(key, 0) + finding.count
    folded = [replace(f, count=counts[k]) if counts[k] != f.count else f for k, f in groups.items()]
    if len(folded) <= limit:
        return tuple(folded), 0, ()
    priority = {finding_type: rank for rank, finding_type in enumerate((UNINSPECTABLE, *FINDING_TYPES))}
    ranked = sorted(
        range(len(folded)),
        key=lambda i: (priority.get(folded[i].type, len(priority)), -folded[i].confidence, i),
    )
    keep = set(ranked[:limit])
    omitted: dict[str, int] = {}
    for i in ranked[limit:]:
        omitted[folded[i].type] = omitted.get(folded[i].type, 0) + folded[i].count
    return (
        tuple(f for i, f in enumerate(folded) if i in keep),
        len(folded) - limit,
        tuple(sorted(omitted.items())),
    )


def _merge_counts(*counts: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
    merged: dict[str, int] = {}
    for pairs in counts:
        for finding_type, count in pairs:
            merged[finding_type] = merged.get(finding_type, 0) + count
    return tuple(sorted(merged.items()))


def _timeout(segment: Segment) -> Finding:
    return Finding(
        UNINSPECTABLE, segment.location, 1.0, "timeout", "recognition deadline exceeded before this segment", -1, -1
    )
