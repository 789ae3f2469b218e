"""The audit trail: one JSON line per message and recipient decision.

Never an unmasked value: finding excerpts come masked from the classifiers; the subject and body
are never written; attachment file names (which often carry a patient's name) are reduced to
their extension. The file is created owner-only (0600): it names the correspondents of
clinicians. ``reopen()`` is called on SIGHUP, after logrotate has moved the file.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import IO, Any, Protocol

from proxy.decision import Decision, Envelope, MessageFacts
from proxy.policy import Policy


class AnalysisLike(Protocol):
    """What the audit needs from ``proxy.analyze.Analysis``."""

    @property
    def facts(self) -> MessageFacts: ...

    @property
    def decisions(self) -> tuple[Decision, ...]: ...


class AuditTrail:
    """Append-only JSON Lines sink: ``"-"`` is standard output, anything else a file (0600)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._handle: IO[str] | None = None
        self._open()

    def _open(self) -> None:
        if self.path == "-":
            self._handle = sys.stdout
            return
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._handle = os.fdopen(fd, "a", encoding="utf-8")

    def record(self, entry: Mapping[str, Any]) -> None:
        """Write one entry as a single JSON line and flush it (a crash loses no decision)."""
        line = json.dumps(entry, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
        with self._lock:
            if self._handle is None:
                self._open()
            assert self._handle is not None
            self._handle.write(line)
            self._handle.flush()

    def reopen(self) -> None:
        """Close and reopen the file (SIGHUP after logrotate); a no-op for standard output."""
        with self._lock:
            if self.path == "-":
                return
            if self._handle is not None:
                self._handle.close()
            self._handle = None
            self._open()

    def close(self) -> None:
        with self._lock:
            if self._handle is not None and self._handle is not sys.stdout:
                self._handle.close()
            self._handle = None


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


def audit_entries(
    analysis: AnalysisLike,
    envelope: Envelope,
    outcomes: Mapping[str, str] | str,
    *,
    policy: Policy | None = None,
    now: datetime | None = None,
) -> list[dict[str, Any]]:
    """One JSON-able entry per recipient decision.

    ``outcomes`` is the per-recipient result of the act step (``"relayed"``, ``"encrypted"``,
    ``"refused"``, ``"tempfail"``, ``"next_hop_refused"``…), or one string for all."""
    facts = analysis.facts
    when = (now or datetime.now(UTC)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    types = facts.inspection.types()
    excerpts = [{"type": f.type, "location": audit_location(f.location), "confidence": round(f.confidence, 3),
                 "excerpt": f.excerpt} for f in facts.inspection.findings]
    entries: list[dict[str, Any]] = []
    for decision in analysis.decisions:
        entry: dict[str, Any] = {
            "time": when,
            "message_id": facts.message_id,
            "sender": envelope.mail_from,
            "recipient": decision.recipient,
            "action": decision.action.value,
            "rule": decision.rule.value,
        }
        if decision.audit_action is not None:
            entry["audit_action"] = decision.audit_action.value
        if decision.rule.value == "exception" and policy is not None:
            for exception in policy.exceptions:
                if exception.matches(envelope.mail_from, decision.recipient):
                    entry["exception_reason"] = exception.reason
                    break
        entry.update({
            "confidential": facts.confidential,
            "forced_confidential": facts.forced_confidential,
            "encrypted": facts.encryption.encrypted,
            "forwarding": facts.forwarding.value if facts.forwarding is not None else None,
            "forwarding_markers": list(facts.forwarding_markers),
            "finding_types": types,
            "findings": excerpts,
            "warnings": list(decision.warnings) + ([f"encryption: {facts.encryption.note}"]
                                                   if facts.encryption.note else []),
            "outcome": outcomes if isinstance(outcomes, str) else outcomes.get(decision.recipient, "unknown"),
        })
        entries.append(entry)
    return entries


def record_all(trail: AuditTrail, entries: Sequence[Mapping[str, Any]]) -> None:
    for entry in entries:
        trail.record(entry)
