"""What the running server does with the quarantine: keep refused messages before its 250, and a
maintenance pass (retention purge, store gauges, counting the security team's releases and
deletions).

``Quarantine.keep`` is called by the act step (``proxy.pipeline``) once the plan has refusals and
before anything is relayed or notified: the entry is durable before any 250 (a refused message that
could not be stored is answered 451, never dropped), and its ID goes into the physician's
notification. Storing first also means a store failure sends nothing, so the retry duplicates
nothing; and ``put`` is idempotent, so a retry after a later 451 keeps the same ID.

The refused messages of one process reach the store through a batching writer (``BatchWriter``):
those waiting at once go to a thread together and are stored in one transaction (``put_many``), and
each caller still waits for its own entry's commit. A thread hand-off per refused message cost
about 0.15 ms of CPU per message of a realistic mix (bench/RESULTS.md, session 4); under load, the
entries that arrive while a transaction commits share the next one (group commit).
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sentinelle.proxy.model import Decision, Envelope, MessageFacts
from sentinelle.proxy.observability import metrics
from sentinelle.proxy.observability.audit import audit_location
from sentinelle.proxy.policy.quarantine import QuarantineSettings
from sentinelle.proxy.quarantine.backends import open_store
from sentinelle.proxy.quarantine.store import (
    QUARANTINED_RULES,
    EventKind,
    NewEntry,
    QuarantineStore,
    StoreError,
    StoreFull,
    StoreUnavailable,
)

log = logging.getLogger(__name__)

# A store that does not answer within this time gives a 451 (PostgreSQL's own statement timeout is
# shorter; this also bounds a SQLite database locked by a stuck process).
STORE_TIMEOUT_SECONDS = 45.0
# How often each process refreshes the store gauges and counts new releases and deletions.
MAINTENANCE_SECONDS = 60.0
SERVER_OPERATOR = "sentinelle"
# At most this many entries in one transaction (the rest wait for the next one): bounds what one
# commit holds in memory and how long the write lock is held.
BATCH_ENTRIES = 32


class AnalysisLike(Protocol):
    @property
    def facts(self) -> MessageFacts: ...

    @property
    def decisions(self) -> tuple[Decision, ...]: ...


class RefusalLike(Protocol):
    @property
    def recipient(self) -> str: ...

    @property
    def rule(self) -> Any: ...


def _rule_name(rule: Any) -> str:
    return str(getattr(rule, "value", rule))


def new_entry(data: bytes, envelope: Envelope, analysis: AnalysisLike, refused: Sequence[tuple[str, str]],
              instance: str) -> NewEntry:
    """The entry for one refused message: masked findings only (like the audit trail)."""
    facts = analysis.facts
    findings = tuple({"type": f.type, "location": audit_location(f.location), "confidence": round(f.confidence, 3),
                      "excerpt": f.excerpt} for f in facts.inspection.findings)
    decisions = tuple({"recipient": d.recipient, "action": d.action.value, "rule": d.rule.value}
                      for d in analysis.decisions)
    return NewEntry(sender=envelope.mail_from, recipients=tuple(envelope.rcpt_tos), decisions=decisions,
                    refused=tuple(refused), finding_types=tuple(facts.inspection.types()), findings=findings,
                    message_id=facts.message_id, instance=instance, data=data)


@dataclass(slots=True)
class _Waiting:
    entry: NewEntry
    outcome: asyncio.Future[str]


@dataclass(slots=True)
class BatchWriter:
    """The refused messages of one event loop on their way to the store: at most one transaction at a
    time, in a thread, for the entries that arrived during the same turn of the loop; what arrives
    while it is written waits and goes, together, in the next one. Each caller's
    future is settled only once the transaction holding its entry is over: with its ID after the
    commit, with its own ``StoreFull``, or with ``StoreUnavailable`` when the whole transaction failed
    (nothing of it is stored, every caller answers 451)."""

    store: QuarantineStore
    max_bytes: int
    loop: asyncio.AbstractEventLoop
    waiting: list[_Waiting] = field(default_factory=list)
    writing: bool = False

    def put(self, entry: NewEntry, executor: Executor | None) -> asyncio.Future[str]:
        """Queue ``entry``; the future gives its ID once it is durable."""
        outcome: asyncio.Future[str] = self.loop.create_future()
        self.waiting.append(_Waiting(entry, outcome))
        if not self.writing:
            # At the end of this turn of the loop, not now: the other messages this turn brings to
            # their refusal (one epoll wake-up often completes several DATA) join the same transaction.
            self.writing = True
            self.loop.call_soon(self._write, executor)
        return outcome

    def _write(self, executor: Executor | None) -> None:
        batch, self.waiting = self.waiting[:BATCH_ENTRIES], self.waiting[BATCH_ENTRIES:]
        self.writing = True
        try:
            written = self.loop.run_in_executor(executor, self.store.put_many, [w.entry for w in batch],
                                                self.max_bytes)
        except RuntimeError as error:  # the executor was shut down (process stopping): every caller 451s now
            written = self.loop.create_future()
            written.set_exception(error)
        written.add_done_callback(lambda done: self._settle(batch, done, executor))

    def _settle(self, batch: list[_Waiting], done: asyncio.Future[list[str | StoreFull]],
                executor: Executor | None) -> None:
        self.writing = False
        outcomes = _outcomes(done, len(batch))
        for waiting, outcome in zip(batch, outcomes, strict=True):
            if waiting.outcome.done():  # its caller gave up (timeout, cancelled transaction)
                continue
            if isinstance(outcome, StoreError):
                waiting.outcome.set_exception(outcome)
            else:
                waiting.outcome.set_result(outcome)
        if self.waiting:
            self._write(executor)


def _outcomes(done: asyncio.Future[list[str | StoreFull]], count: int) -> list[str | StoreError]:
    """Each entry's ID or error from a finished ``put_many``: when the transaction failed, a fresh
    ``StoreUnavailable`` per caller (each raises it in its own task) naming the cause, never content."""
    failure = RuntimeError("the writer was stopped") if done.cancelled() else done.exception()
    if failure is None:
        stored = done.result()
        if len(stored) == count:
            return list(stored)
        failure = RuntimeError("the store answered for another number of entries")
    text = str(failure) if isinstance(failure, StoreError) else f"quarantine writer: {type(failure).__name__}"
    return [StoreUnavailable(text) for _ in range(count)]


class Quarantine:
    """The quarantine of one server process (built by the runtime, shared across reloads while
    ``[quarantine]`` is unchanged)."""

    def __init__(self, settings: QuarantineSettings, instance: str, store: QuarantineStore | None = None) -> None:
        self.settings = settings
        self.instance = instance
        self.store = store if store is not None else open_store(settings)
        self._maintenance_pid = 0
        self._stop = threading.Event()
        self._last_purge = float("-inf")
        self._writer: BatchWriter | None = None

    def _batch_writer(self) -> BatchWriter:
        """This event loop's writer (a new one after a fork or in another loop)."""
        loop = asyncio.get_running_loop()
        if self._writer is None or self._writer.loop is not loop:
            self._writer = BatchWriter(self.store, self.settings.max_bytes, loop)
        return self._writer

    async def keep(self, data: bytes, envelope: Envelope, analysis: AnalysisLike | None,
                   refusals: Sequence[RefusalLike], executor: Executor | None = None) -> str:
        """Store the message for its refusals by a quarantined rule; its ID ("" when none applies).
        Raises StoreError (or TimeoutError) when it could not be stored: the caller answers 451."""
        refused = [(r.recipient, _rule_name(r.rule)) for r in refusals if _rule_name(r.rule) in QUARANTINED_RULES]
        if not refused or analysis is None:
            return ""
        self.start()
        entry = new_entry(data, envelope, analysis, refused, self.instance)
        try:
            async with asyncio.timeout(STORE_TIMEOUT_SECONDS):
                entry_id = await self._batch_writer().put(entry, executor)
        except StoreFull as error:
            metrics.labelled(metrics.QUARANTINE_FAILED, "full").inc()
            log.error("quarantine store full: %s", error)
            raise
        except (StoreError, TimeoutError) as error:
            metrics.labelled(metrics.QUARANTINE_FAILED, "unavailable").inc()
            metrics.QUARANTINE_UP.set(0)
            # The store's errors name the path, the server or the failure, never content.
            log.error("quarantine store unavailable: %s", error or f"no answer within {STORE_TIMEOUT_SECONDS:.0f} s")
            raise
        metrics.QUARANTINE_UP.set(1)
        for _, rule in refused:
            metrics.labelled(metrics.QUARANTINED, rule).inc()
        return entry_id

    # -- maintenance ---------------------------------------------------------------------------------

    def start(self) -> None:
        """Start this process's maintenance thread (once per process: after ``--workers`` forks)."""
        if self._maintenance_pid == os.getpid():
            return
        self._maintenance_pid = os.getpid()
        self._stop = threading.Event()
        threading.Thread(target=self._maintain_forever, name="quarantine-maintenance", daemon=True).start()

    @property
    def running(self) -> bool:
        """Whether this process runs the maintenance thread."""
        return self._maintenance_pid == os.getpid() and not self._stop.is_set()

    def stop(self) -> None:
        self._stop.set()

    def _maintain_forever(self) -> None:
        while not self._stop.is_set():
            self.maintain()
            self._stop.wait(MAINTENANCE_SECONDS)

    def maintain(self, now: datetime | None = None) -> None:
        """One pass: purge by retention when due, refresh the gauges, count new team actions. Never
        raises (the store's state is in ``sentinelle_quarantine_store_up``)."""
        moment = now or datetime.now(UTC)
        metrics.QUARANTINE_MAX_BYTES.set(self.settings.max_bytes)
        try:
            if time.monotonic() - self._last_purge >= self.settings.purge_interval_seconds:
                purged = self.store.purge(moment - timedelta(days=self.settings.retention_days),
                                          operator=SERVER_OPERATOR)
                self._last_purge = time.monotonic()
                if purged:
                    log.info("quarantine: %d entries older than %d days purged", purged,
                             self.settings.retention_days)
            stats = self.store.stats()
            events = self.store.take_events()
        except StoreError as error:
            metrics.QUARANTINE_UP.set(0)
            log.error("quarantine store unavailable: %s", error)
            return
        metrics.QUARANTINE_UP.set(1)
        metrics.QUARANTINE_ENTRIES.set(stats.entries)
        metrics.QUARANTINE_BYTES.set(stats.bytes)
        metrics.QUARANTINE_OLDEST_AGE.set(0 if stats.oldest is None else max(0.0, (moment - stats.oldest)
                                                                              .total_seconds()))
        count_events(events)


def count_events(events: dict[str, int]) -> None:
    """Add the store's new events to the release and deletion counters."""
    for kind, count in events.items():
        if kind == EventKind.RELEASED_ENCRYPTED:
            metrics.labelled(metrics.QUARANTINE_RELEASES, "encrypted").inc(count)
        elif kind == EventKind.RELEASED_PLAIN:
            metrics.labelled(metrics.QUARANTINE_RELEASES, "plain").inc(count)
        elif kind == EventKind.DELETED:
            metrics.labelled(metrics.QUARANTINE_DELETIONS, "operator").inc(count)
        elif kind == EventKind.PURGED:
            metrics.labelled(metrics.QUARANTINE_DELETIONS, "retention").inc(count)
