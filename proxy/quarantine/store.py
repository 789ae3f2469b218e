"""The quarantine store interface and its value types.

One interface (``QuarantineStore``), two backends: ``proxy.quarantine.sqlite`` (embedded default)
and ``proxy.quarantine.postgresql``. Both run the same SQL (``proxy.quarantine.sql``). An entry is
one refused message, kept once whatever the number of its refused recipients: the message bytes as
Sentinelle would have relayed them, the envelope, each recipient's decision, the masked findings and
the time. Its refused recipients carry their release state.

Contracts every backend keeps:

* ``put`` returns only once the entry is durable (committed and synced); it is idempotent for the
  same message and envelope (a retry after a 451 gets the same ID, not a second entry);
* ``put`` raises ``StoreFull`` beyond ``max_bytes`` and ``StoreUnavailable`` on any other failure:
  the caller answers 451 (a message refused and not stored would be a loss of evidence);
* ``put_many`` stores several entries in one transaction (the server's batching writer): each entry
  gets its own ID or its own ``StoreFull``; any other failure raises ``StoreUnavailable`` and stores
  none of them;
* several processes (``--workers N``) and several instances (PostgreSQL) may write at once: no
  entry is lost or mixed with another;
* nothing read here for ``list``/``show`` carries content; only ``content(ID)`` returns the bytes.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Protocol

# Rules whose refusal puts a message in quarantine (proxy.policy.REFUSAL_RULES; next_hop_refused is
# the next hop's decision, not Sentinelle's, and is not kept).
QUARANTINED_RULES: tuple[str, ...] = ("auto_forward", "webmail", "uninspectable", "no_key")


class StoreError(Exception):
    """The store could not do what was asked; the text names the cause, never content."""


class StoreUnavailable(StoreError):
    """Unwritable directory, database down, schema missing: the server answers 451."""


class StoreFull(StoreError):
    """Storing the entry would exceed ``quarantine.max_bytes``: the server answers 451."""


class ReleaseMode(StrEnum):
    ENCRYPTED = "encrypted"  # gateway-encrypted to the recipient's key (and DKIM-signed)
    PLAIN = "plain"  # delivered unencrypted: only with ``release --plain``


class EventKind(StrEnum):
    """What the store records of the security team's actions (counted by the server's metrics)."""

    RELEASED_ENCRYPTED = "released_encrypted"
    RELEASED_PLAIN = "released_plain"
    DELETED = "deleted"
    PURGED = "purged"
    CONTENT_SHOWN = "content_shown"


def new_id() -> str:
    """A quarantine ID a physician can read over the phone: 12 hex digits in three groups (48 bits
    of randomness; the store's primary key catches the unlikely collision)."""
    digits = secrets.token_hex(6).upper()
    return f"{digits[0:4]}-{digits[4:8]}-{digits[8:12]}"


def message_digest(sender: str, recipients: Sequence[str], data: bytes) -> str:
    """The idempotency key of an entry: the same message with the same envelope (an upstream retry)."""
    digest = hashlib.sha256()
    digest.update(sender.encode("utf-8", "surrogateescape") + b"\0")
    for recipient in recipients:
        digest.update(recipient.encode("utf-8", "surrogateescape") + b"\0")
    digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class RefusedRecipient:
    """One refused recipient of an entry, and its release (empty until released)."""

    recipient: str
    rule: str
    released: datetime | None = None
    released_by: str = ""
    release_reason: str = ""
    release_mode: str = ""


@dataclass(frozen=True, slots=True)
class NewEntry:
    """What the act step hands to ``put``: everything about one refused message."""

    sender: str
    recipients: tuple[str, ...]  # the whole envelope
    decisions: tuple[Mapping[str, str], ...]  # {"recipient", "action", "rule"} per envelope recipient
    refused: tuple[tuple[str, str], ...]  # (recipient, rule) for each quarantined refusal
    finding_types: tuple[str, ...]
    findings: tuple[Mapping[str, Any], ...]  # masked: type, location, confidence, excerpt
    message_id: str
    instance: str  # the host name of the Sentinelle that refused it
    data: bytes
    created: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def digest(self) -> str:
        return message_digest(self.sender, self.recipients, self.data)

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(rule for _, rule in self.refused))


@dataclass(frozen=True, slots=True)
class Entry:
    """A stored entry, without its content."""

    id: str
    created: datetime
    sender: str
    recipients: tuple[str, ...]
    decisions: tuple[Mapping[str, str], ...]
    refused: tuple[RefusedRecipient, ...]
    finding_types: tuple[str, ...]
    findings: tuple[Mapping[str, Any], ...]
    message_id: str
    instance: str
    size: int

    @property
    def rules(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.rule for r in self.refused))

    @property
    def held(self) -> tuple[str, ...]:
        """Refused recipients not released yet."""
        return tuple(r.recipient for r in self.refused if r.released is None)

    def summary(self) -> dict[str, Any]:
        """The JSON line of ``quarantine list`` (no content, no finding excerpt)."""
        return {
            "id": self.id,
            "date": self.created.isoformat(timespec="seconds").replace("+00:00", "Z"),
            "sender": self.sender,
            "recipients": [r.recipient for r in self.refused],
            "rules": list(self.rules),
            "finding_types": list(self.finding_types),
            "message_id": self.message_id,
            "size": self.size,
            "instance": self.instance,
            "released": [{"recipient": r.recipient, "mode": r.release_mode, "by": r.released_by,
                          "date": r.released.isoformat(timespec="seconds").replace("+00:00", "Z")}
                         for r in self.refused if r.released is not None],
        }

    def details(self) -> dict[str, Any]:
        """The JSON object of ``quarantine show``: the summary, each decision and the masked findings."""
        return {**self.summary(), "envelope_recipients": list(self.recipients),
                "decisions": [dict(d) for d in self.decisions], "findings": [dict(f) for f in self.findings]}


@dataclass(frozen=True, slots=True)
class Stats:
    entries: int
    bytes: int
    oldest: datetime | None


@dataclass(frozen=True, slots=True)
class Filter:
    """``quarantine list`` filters (all optional)."""

    since: datetime | None = None
    rule: str = ""
    sender: str = ""


class QuarantineStore(Protocol):
    """Blocking calls: the server runs them in a thread, never on the event loop."""

    def init(self) -> int:
        """Create or migrate the schema; return the schema version now in force."""
        ...

    def put(self, entry: NewEntry, max_bytes: int) -> str:
        """Store ``entry`` durably and return its ID (the existing one for a retried message)."""
        ...

    def put_many(self, entries: Sequence[NewEntry], max_bytes: int) -> list[str | StoreFull]:
        """Store ``entries`` durably in one transaction: for each, in order, its ID (as ``put``) or
        the ``StoreFull`` it alone met (the others are stored). Raises ``StoreUnavailable`` (nothing
        stored) on any other failure."""
        ...

    def list(self, where: Filter | None = None) -> list[Entry]: ...

    def get(self, entry_id: str) -> Entry | None: ...

    def content(self, entry_id: str) -> bytes | None: ...

    def mark_released(self, entry_id: str, recipient: str, *, operator: str, reason: str,
                      mode: ReleaseMode, when: datetime | None = None) -> bool:
        """Record one recipient's release (and its event); False when it was released already."""
        ...

    def delete(self, entry_id: str, *, operator: str, reason: str) -> bool: ...

    def purge(self, before: datetime, *, operator: str) -> int:
        """Delete entries created before ``before``; return how many."""
        ...

    def record_event(self, kind: EventKind, entry_id: str, *, operator: str, detail: str = "",
                     count: int = 1) -> None: ...

    def take_events(self) -> dict[str, int]:
        """Events not yet counted by any process, by kind; each event is handed out once across every
        process and instance sharing the store."""
        ...

    def stats(self) -> Stats: ...

    def close(self) -> None: ...
