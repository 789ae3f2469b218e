"""What one message's processing works with: the services the runtime builds (swapped on SIGHUP), the
arrival's identity, and the deadline helpers."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
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
    """What the act step needs from ``proxy.analyze.Analysis``."""

    @property
    def facts(self) -> MessageFacts: ...

    @property
    def decisions(self) -> tuple[Decision, ...]: ...

    @property
    def stage_seconds(self) -> Mapping[str, float]: ...


@dataclass(frozen=True, slots=True)
class NeedsMore:
    """An analysis that stopped short of deciding (``MessageAnalyzer.analyze(..., short=True)``): the
    rest needs more than the event loop may spend. Passed back to ``analyze`` (in a thread), it is
    finished there without parsing the message again."""

    data: bytes
    parsed: Any = None  # the message as parsed so far (None: not parsed yet)
    parse_seconds: float = 0.0
    # Every part is text read in-process, only more NER is left: the analysis thread. False: the
    # rest waits on a parser process (attachments...) or the message was not even parsed: the
    # attachment threads.
    inline: bool = False


class MessageAnalyzer(Protocol):
    """Analyses messages (``proxy.pipeline.analyze.Analyzer``; tests: fakes)."""

    def analyze(self, message: bytes | NeedsMore, envelope: Envelope, *, deadline: float | None = None,
                short: bool = False) -> AnalysisLike | NeedsMore:
        """The analysis of ``message`` (raw, or as a short analysis left it), or with ``short`` (on
        the event loop: no waiting on another process, a bound on NER) ``NeedsMore`` when it stops
        short. Without ``short`` it always decides. Synchronous and CPU-bound."""
        ...


class Encryptor(Protocol):
    """Encrypts a copy for a gateway-encrypted recipient (``proxy.delivery.keyring.Keyring``)."""

    def encrypt_message(self, data: bytes, recipient: str, outer_subject: str) -> bytes: ...


class MessageSigner(Protocol):
    """DKIM-signs an encrypted copy (``proxy.delivery.dkim.Signer``)."""

    @property
    def algorithms(self) -> tuple[str, ...]: ...

    def sign(self, data: bytes) -> bytes: ...


@dataclass(slots=True)
class Services:
    """What one message needs; the runtime builds it and swaps it on SIGHUP (a message in flight
    keeps the services it started with)."""

    policy: Policy
    analyzer: MessageAnalyzer
    next_hop: NextHopClient
    hostname: str
    encryptor: Encryptor | None = None  # None: no keyring, a recipient to encrypt gets 451
    signer: MessageSigner | None = None  # None: DKIM disabled
    audit: AuditTrail | None = None
    executor: Executor | None = None  # the analysis thread (None: the loop's default executor)
    # Messages with attachments or too large to triage, and gpg: work that mostly waits on another
    # process (None: ``executor``).
    attachment_executor: Executor | None = None
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
