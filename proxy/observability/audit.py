"""The audit trail: one JSON line per message and recipient decision.

Finding types and masked identifiers only: identifier excerpts come masked from the classifiers
(``GAGL **** **12``, ``M*** T***``); a clinical finding (diagnosis, medication, lab result) is
recorded by type, location and confidence, without the term itself, unless the policy says
``audit.clinical_terms = "verbatim"`` (an explicit choice: next to the sender and the recipient, a
diagnosis is health information about someone). The subject and body are never written;
attachment file names (which often carry a patient's name) are reduced to their extension. The
file is created owner-only (0600): it names the correspondents of clinicians. ``reopen()`` is
called on SIGHUP, after logrotate has moved the file.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, Protocol

from sentinelle.classifiers.types import CLINICAL_TYPES
from sentinelle.proxy.model import Decision, Envelope, MessageFacts
from sentinelle.proxy.policy.schema import AuditClinicalTerms, Policy


class AnalysisLike(Protocol):
    """What the audit needs from ``proxy.pipeline.analyze.Analysis``."""

    @property
    def facts(self) -> MessageFacts: ...

    @property
    def decisions(self) -> tuple[Decision, ...]: ...


class AuditTrail:
    """Append-only JSON Lines sink: ``"-"`` is standard output, anything else a file (0600).

    Each batch of lines is one unbuffered ``write`` to the kernel: it survives a crash of Sentinelle
    (not of the machine), and a failed write (disk full, read-only file system) raises ``OSError``
    at once rather than leaving lines in a buffer that a later write might or might not flush.
    Before each write the path is checked: a file removed or moved away (by hand, by a logrotate
    without SIGHUP) is reopened, so lines never go to an inode nobody can read; when it cannot be
    reopened the write raises."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._fd: int | None = None
        self._open()

    def _open(self) -> None:
        if self.path != "-":
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def _current_fd(self) -> int:
        """The descriptor of the file the path names now (reopened if the file was removed or replaced)."""
        if self._fd is not None:
            try:
                named = os.stat(self.path)
            except FileNotFoundError:
                named = None
            opened = os.fstat(self._fd)
            if named is not None and (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino):
                return self._fd
            os.close(self._fd)
            self._fd = None
        self._open()
        assert self._fd is not None
        return self._fd

    def record(self, entry: Mapping[str, Any]) -> None:
        """Write one entry as a single JSON line (``OSError`` when it could not be written)."""
        self.record_all((entry,))

    def record_all(self, entries: Sequence[Mapping[str, Any]]) -> None:
        """Write the entries, one JSON line each, in one write; ``OSError`` when not all were written."""
        if not entries:
            return
        data = "".join(json.dumps(e, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
                       for e in entries).encode("utf-8")
        with self._lock:
            if self.path == "-":
                binary = getattr(sys.stdout, "buffer", None)
                if binary is not None:
                    binary.write(data)
                else:
                    sys.stdout.write(data.decode("utf-8"))
                sys.stdout.flush()
                return
            view = memoryview(data)
            fd = self._current_fd()
            while view:
                written = os.write(fd, view)
                view = view[written:]

    def reopen(self) -> None:
        """Close and reopen the file (SIGHUP after logrotate); a no-op for standard output."""
        with self._lock:
            if self.path == "-":
                return
            self.close_unlocked()
            self._open()

    def close_unlocked(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
        self._fd = None

    def close(self) -> None:
        with self._lock:
            self.close_unlocked()


def audit_location(location: str) -> str:
    """``attachment:Tremblay_Marie.pdf`` -> ``attachment:*.pdf`` (nested parts likewise; the
    ``filename:`` segment of an attachment's name likewise)."""
    prefix = next((p for p in ("attachment:", "filename:") if location.startswith(p)), None)
    if prefix is None:
        return location
    parts = location[len(prefix):].split("/")
    masked = []
    for part in parts:
        stem, dot, extension = part.rpartition(".")
        masked.append(f"*.{extension.lower()}" if dot and stem and extension.isalnum() and len(extension) <= 5
                      else "*")
    return prefix + "/".join(masked)


def decision_records(analysis: AnalysisLike, envelope: Envelope, policy: Policy | None = None
                     ) -> list[dict[str, Any]]:
    """Per recipient, everything the server decides and records about it (the audit line's decision
    fields, from ``recipient`` to ``warnings``). ``sentinelle check --json`` prints the same dicts."""
    facts = analysis.facts
    types = facts.inspection.types()
    verbatim = policy is not None and policy.audit_clinical_terms is AuditClinicalTerms.VERBATIM
    excerpts = [{"type": f.type, "location": audit_location(f.location), "confidence": round(f.confidence, 3),
                 "excerpt": f.excerpt if verbatim or f.type not in CLINICAL_TYPES else None}
                for f in facts.inspection.findings]
    records: list[dict[str, Any]] = []
    for decision in analysis.decisions:
        record: dict[str, Any] = {
            "recipient": decision.recipient,
            "action": decision.action.value,
            "rule": decision.rule.value,
        }
        if decision.audit_action is not None:
            record["audit_action"] = decision.audit_action.value
        if decision.rule.value == "exception" and policy is not None:
            for exception in policy.exceptions:
                if exception.matches(envelope.mail_from, decision.recipient):
                    record["exception_reason"] = exception.reason
                    break
        record.update({
            "confidential": facts.confidential,
            **({"overruled": list(facts.inspection.overruled)} if facts.inspection.overruled else {}),
            "forced_confidential": facts.forced_confidential,
            "encrypted": facts.encryption.encrypted,
            "forwarding": facts.forwarding.value if facts.forwarding is not None else None,
            "forwarding_markers": list(facts.forwarding_markers),
            "finding_types": types,
            "findings": excerpts,
            "warnings": list(decision.warnings) + ([f"encryption: {facts.encryption.note}"]
                                                   if facts.encryption.note else []),
        })
        records.append(record)
    return records


def audit_entries(
    analysis: AnalysisLike,
    envelope: Envelope,
    outcomes: Mapping[str, str] | str,
    *,
    policy: Policy | None = None,
    now: datetime | None = None,
    sentinelle_id: str = "",
) -> list[dict[str, Any]]:
    """One JSON-able entry per recipient decision: when, which message, the sender, the decision
    record (``decision_records``) and the outcome.

    ``outcomes`` is the per-recipient result of the act step (``"relayed"``, ``"encrypted"``,
    ``"refused"``, ``"tempfail"``, ``"next_hop_refused"``…), or one string for all."""
    when = (now or datetime.now(UTC)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    head = {"time": when, "sentinelle_id": sentinelle_id, "message_id": analysis.facts.message_id,
            "sender": envelope.mail_from}
    return [{**head, **record,
             "outcome": outcomes if isinstance(outcomes, str) else outcomes.get(record["recipient"], "unknown")}
            for record in decision_records(analysis, envelope, policy)]


def outcome_entries(message_id: str, envelope: Envelope, changed: Mapping[str, tuple[str, str]], *,
                    now: datetime | None = None, sentinelle_id: str = "") -> list[dict[str, Any]]:
    """``event: "outcome"`` lines for recipients whose outcome differs from the one their decision
    line planned (``changed``: recipient -> (planned, actual)): a next hop's refusal or temporary
    failure, a notification that could not be handed on."""
    when = (now or datetime.now(UTC)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return [{"time": when, "event": "outcome", "sentinelle_id": sentinelle_id, "message_id": message_id,
             "sender": envelope.mail_from, "recipient": recipient, "planned": planned, "outcome": actual}
            for recipient, (planned, actual) in changed.items()]


def fail_open_entries(message_id: str, envelope: Envelope, outcomes: Mapping[str, str], cause: str, *,
                      now: datetime | None = None, sentinelle_id: str = "") -> list[dict[str, Any]]:
    """One line per recipient of a message delivered uninspected because the policy's ``fail_open``
    is true: rule ``fail_open``, and the cause (``inspection_timeout``, ``inspection_error: CLASS``)."""
    when = (now or datetime.now(UTC)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return [{"time": when, "sentinelle_id": sentinelle_id, "message_id": message_id, "sender": envelope.mail_from,
             "recipient": recipient,
             "action": "deliver", "rule": "fail_open", "cause": cause, "confidential": None,
             "finding_types": {}, "findings": [], "warnings": [],
             "outcome": outcomes.get(recipient, "unknown")} for recipient in envelope.rcpt_tos]
