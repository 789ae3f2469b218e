"""Parse, classify and decide one message: everything before the act step.

Synchronous and CPU-bound. For a small message the server calls ``Analyzer.prepare`` on its event
loop (parse, and say whether every part is text read in-process) and, when it is, analyses it there
too with a bound on NER (``Prepared.analyze_short``); anything else is analysed in a thread
(``proxy.pipeline.run_analysis``). ``sentinelle check`` calls ``analyze``, the same steps without a
bound, so both always reach the same decisions. The analyzer records the content metrics (findings
by type, uninspectable causes, confidential messages) and returns the per-stage durations in
``Analysis.stage_seconds`` ("parse", "extract", "classify", "decide") for the caller to record in
``sentinelle_stage_duration_seconds`` with its own stages.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from classifiers.extract import UNINSPECTABLE_CAUSES
from classifiers.types import FINDING_TYPES, UNINSPECTABLE, Finding, Inspection
from proxy import metrics
from proxy.decide import KeyLookup, decide
from proxy.decision import Decision, Envelope, MessageFacts
from proxy.facts import UNREADABLE_NOTE, TopHeaders, detect_encryption, detect_forwarding, forced_by_subject_tag
from proxy.policy import Policy


class ClassifierLike(Protocol):
    """``classifiers.Classifier``'s inspection entry point."""

    def inspect(self, parsed: Any, *, deadline: float | None = None,
                timings: MutableMapping[str, float] | None = None,
                ner_chars: int | None = None) -> Inspection: ...


@dataclass(frozen=True, slots=True)
class Analysis:
    """The parsed message, its facts, one decision per envelope recipient, and stage timings."""

    parsed: Any  # classifiers.parse.ParsedMessage
    facts: MessageFacts
    decisions: tuple[Decision, ...]
    stage_seconds: Mapping[str, float] = field(default_factory=dict)


def _default_parse() -> Callable[[bytes], Any]:
    from classifiers.parse import parse_message  # deferred so imports stay cheap

    return parse_message


def _default_in_process_only() -> Callable[[Any], bool]:
    from classifiers.extract import in_process_only

    return in_process_only


# NER characters an analysis on the event loop may spend: one call of the model costs about 2 ms,
# plus 7-25 µs per character (measured on fr_core_news_sm here), so 400 characters (three or four
# windows around name triggers) stay within about the GIL's switch interval (5 ms), the time a loop
# could wait for a thread anyway. Past it the message goes on to the analysis thread.
SHORT_NER_CHARS = 400


@dataclass(frozen=True, slots=True)
class Prepared:
    """A message parsed ahead of its analysis (``Analyzer.prepare``). ``inline``: every part is text
    read in-process, so the analysis never waits on a parser process and, short of long NER, costs
    little CPU (``analyze_short``)."""

    analyzer: Analyzer
    data: bytes
    parsed: Any
    parse_seconds: float
    inline: bool

    def analyze(self, envelope: Envelope, deadline: float) -> Analysis:
        analysis = self.analyzer.analyze_prepared(self, envelope, deadline)
        assert analysis is not None
        return analysis

    def analyze_short(self, envelope: Envelope, deadline: float) -> Analysis | None:
        """The analysis, or None when it needs more NER than ``Analyzer.short_ner_chars`` (the long
        part: run ``analyze`` elsewhere)."""
        return self.analyzer.analyze_prepared(self, envelope, deadline, ner_chars=self.analyzer.short_ner_chars)


class Analyzer:
    """Holds the policy, the classifier (model loaded once) and the keyring lookups."""

    def __init__(
        self,
        policy: Policy,
        classifier: ClassifierLike,
        keyring: KeyLookup,
        *,
        parse: Callable[[bytes], Any] | None = None,
        in_process_only: Callable[[Any], bool] | None = None,
        record_metrics: bool = True,
        short_ner_chars: int = SHORT_NER_CHARS,
    ) -> None:
        self.policy = policy
        self.classifier = classifier
        self.keyring = keyring
        self._parse = parse or _default_parse()
        self._in_process_only = in_process_only or _default_in_process_only()
        self._record_metrics = record_metrics
        self.short_ner_chars = short_ner_chars

    def prepare(self, data: bytes, *, triage: bool = True) -> Prepared:
        """Parse ``data`` and (``triage``) say whether its analysis is short (see ``Prepared``)."""
        started = time.perf_counter()
        parsed = self._parse(data)
        parse_seconds = time.perf_counter() - started
        return Prepared(self, data, parsed, parse_seconds, triage and self._in_process_only(parsed))

    def analyze(self, data: bytes, envelope: Envelope, *, deadline: float | None = None) -> Analysis:
        """Parse ``data`` (never raises on malformed mail), inspect it under ``deadline`` (a
        ``time.monotonic()`` instant) and decide for every recipient of ``envelope``."""
        analysis = self.analyze_prepared(self.prepare(data, triage=False), envelope, deadline)
        assert analysis is not None
        return analysis

    def analyze_prepared(self, prepared: Prepared, envelope: Envelope, deadline: float | None, *,
                         ner_chars: int | None = None) -> Analysis | None:
        """``analyze`` for a prepared message. ``ner_chars``: None when the inspection would need NER
        on more characters than that (nothing recorded then; the caller analyses again)."""
        parsed, parse_seconds = prepared.parsed, prepared.parse_seconds
        parsed_at = time.perf_counter()
        inner: dict[str, float] = {}
        inspection = self.classifier.inspect(parsed, deadline=deadline, timings=inner, ner_chars=ner_chars)
        if inspection.ner_pending:
            return None
        classified_at = time.perf_counter()
        message = parsed.message
        headers = TopHeaders(message)  # read once for forwarding, the subject tag and the Message-ID
        forwarding, markers = detect_forwarding(message, headers)
        encryption = detect_encryption(parsed)
        if _unread_structure(encryption.note, inspection):
            inspection = _with_lookalike_finding(inspection, encryption.note)
        facts = MessageFacts(
            inspection=inspection,
            encryption=encryption,
            forwarding=forwarding,
            forwarding_markers=markers,
            forced_confidential=forced_by_subject_tag(message, self.policy, headers),
            message_id=" ".join(headers.text("Message-ID").split()),
        )
        decisions = decide(envelope, facts, self.policy, self.keyring)
        decided_at = time.perf_counter()
        if self._record_metrics:
            record_content_metrics(facts)
        extracting = inner.get("extract")
        stages = {"parse": parse_seconds}
        if extracting is not None:  # a classifier that does not say counts its extraction in "classify"
            stages["extract"] = extracting
        stages["classify"] = classified_at - parsed_at - (extracting or 0.0)
        stages["decide"] = decided_at - classified_at
        return Analysis(parsed, facts, decisions, stages)


# Extraction skips OpenPGP data only after classifiers.openpgp, the walker detect_encryption also
# uses, confirmed it; a lookalike (fake multipart/encrypted, fake armor) is read as text or is
# itself an uninspectable/corrupt finding. So a lookalike note needs no finding of its own here
# (it would double extraction's, or call inspected content uninspectable). The one case left is a
# MIME structure detect_encryption could not even read: fail closed unless extraction already
# reported something uninspectable.
LOOKALIKE_CAUSE = "corrupt"


def _unread_structure(note: str, inspection: Inspection) -> bool:
    return note.startswith(UNREADABLE_NOTE) and not any(f.type == UNINSPECTABLE for f in inspection.findings)


def _with_lookalike_finding(inspection: Inspection, note: str) -> Inspection:
    finding = Finding(type=UNINSPECTABLE, location="body", confidence=1.0, excerpt=LOOKALIKE_CAUSE,
                      explanation=f"labelled encrypted but is not: {note}")
    return dataclasses.replace(inspection, findings=(*inspection.findings, finding))


def record_content_metrics(facts: MessageFacts) -> None:
    """Findings by type, uninspectable causes, confidential messages. Label values only from the
    fixed vocabularies: a cause outside classifiers.extract.UNINSPECTABLE_CAUSES is not counted."""
    findings = facts.inspection.findings
    if findings:
        for finding_type, count in facts.inspection.types().items():
            if finding_type in FINDING_TYPES:
                metrics.labelled(metrics.FINDINGS, finding_type).inc(count)
    for finding in findings:
        if finding.type == UNINSPECTABLE and finding.excerpt in UNINSPECTABLE_CAUSES:
            metrics.labelled(metrics.UNINSPECTABLE, finding.excerpt).inc()
    if facts.confidential:
        metrics.CONFIDENTIAL.inc()
