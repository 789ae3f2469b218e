"""What one message's processing works with: the services the runtime builds (swapped on SIGHUP), the
arrival's identity, and the deadline helpers."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Executor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from sentinelle.proxy.delivery.relay import NextHopClient
from sentinelle.proxy.model import Decision, Envelope, MessageFacts
from sentinelle.proxy.observability import metrics
from sentinelle.proxy.observability.audit import AuditTrail
from sentinelle.proxy.policy.schema import Policy
from sentinelle.proxy.quarantine.keep import Quarantine

log = logging.getLogger(__name__)


class AnalysisLike(Protocol):
    """What the act step needs from ``proxy.pipeline.analyze.Analysis``."""

    @property
    def facts(self) -> MessageFacts: ...

    @property
    def decisions(self) -> tuple[Decision, ...]: ...

    @property
    def stage_seconds(self) -> Mapping[str, float]: ...


class PreparedLike(Protocol):
    """What the act step needs from ``proxy.pipeline.analyze.Prepared``: a message parsed ahead of analysis."""

    @property
    def inline(self) -> bool: ...

    def analyze(self, envelope: Envelope, deadline: float) -> AnalysisLike: ...

    def analyze_short(self, envelope: Envelope, deadline: float) -> AnalysisLike | None: ...


# (data, envelope, deadline) -> analysis. Synchronous and CPU-bound: run in a thread.
AnalyzeFn = Callable[[bytes, Envelope, float], AnalysisLike]


# data -> the message parsed, and whether its analysis is short enough for the event loop.
PrepareFn = Callable[[bytes], PreparedLike]


EncryptFn = Callable[[bytes, str, str], bytes]


SignFn = Callable[[bytes], bytes]


@dataclass(slots=True)
class Services:
    """What one message needs; the runtime builds it and swaps it on SIGHUP (a message in flight
    keeps the services it started with)."""

    policy: Policy
    analyze: AnalyzeFn
    next_hop: NextHopClient
    hostname: str
    encrypt: EncryptFn | None = None
    sign: SignFn | None = None
    sign_algorithms: tuple[str, ...] = ()
    audit: AuditTrail | None = None
    executor: Executor | None = None  # the analysis thread (None: the loop's default executor)
    # Messages with attachments or too large to triage, and gpg: work that mostly waits on another
    # process (None: ``executor``).
    attachment_executor: Executor | None = None
    prepare: PrepareFn | None = None
    quarantine: Quarantine | None = None  # refused messages kept before the 250 (None: disabled)

    # Messages being processed with these services, and whether a reload replaced them: the next
    # hop's connection pool is closed when the last of their messages is done (``retire``).
    in_flight: int = field(default=0, init=False, repr=False, compare=False)
    retired: bool = field(default=False, init=False, repr=False, compare=False)
    loop: asyncio.AbstractEventLoop | None = field(default=None, init=False, repr=False, compare=False)
    closing: asyncio.Task[None] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def waiting_executor(self) -> Executor | None:
        """Where work that waits on another process runs (attachments, gpg)."""
        return self.attachment_executor or self.executor

    def retire(self) -> None:
        """A reload replaced these services (any thread may call this): close the next hop's
        connection pool once the last message that started with them is done. Services that never
        handled a message have no loop and no pooled connection: nothing to close."""
        self.retired = True
        loop = self.loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self.close_when_idle)

    def close_when_idle(self) -> None:
        """On the loop: close the next hop's pool if retired and no message is in flight."""
        if self.retired and self.in_flight == 0 and self.closing is None:
            self.closing = asyncio.ensure_future(self.next_hop.close())


class InspectionTimeout(Exception):
    """The analysis did not finish within the inspection timeout."""


async def timed(stage: str, awaitable: Any) -> Any:
    started = time.perf_counter()
    try:
        return await awaitable
    finally:
        metrics.labelled(metrics.STAGE_SECONDS, stage).observe(time.perf_counter() - started)


def log_error(what: str, error: BaseException) -> None:
    """One log line naming the exception class and where it was raised, never its message (which
    could quote message content)."""
    tb = error.__traceback__
    where = ""
    while tb is not None:
        where = f"{tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno}"
        tb = tb.tb_next
    log.error("%s: %s at %s", what, type(error).__name__, where or "?")


@dataclass(frozen=True, slots=True)
class Arrival:
    """What Sentinelle knows about a message from the moment it was received."""

    sentinelle_id: str
    received: datetime  # end of DATA: the notification's Arrival-Date
