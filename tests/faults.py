"""Fault injection for the never-lose tests and the soak: a next hop that misbehaves on demand.

``FaultyHop`` is an aiosmtpd handler recording what it accepted. ``arm(fault, times)`` makes the next
``times`` transactions fail in one way, then it recovers:

- ``421``: ``421 4.3.2`` at MAIL (a hop shutting down);
- ``451``: ``451 4.3.0`` after DATA;
- ``452``: ``452 4.2.2`` at RCPT for the recipients in ``partial`` (others accepted);
- ``drop``: the connection is cut after the message was received, before any reply;
- ``stall``: no reply to DATA for ``stall_seconds``, then a 451 (nothing kept; with ``keep_ambiguous``,
  drop and stall keep the message, as a hop whose reply was lost would);
- ``random``: each transaction, with probability ``rate``, one of the above (the soak).
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from dataclasses import dataclass, field

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from conftest import free_port

FAULTS = ("421", "451", "452", "drop", "stall")


@dataclass
class Accepted:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes


@dataclass
class FaultyHop:
    fault: str = ""
    times: int = 0
    partial: frozenset[str] = frozenset()
    stall_seconds: float = 0.0
    delay_seconds: float = 0.0  # before every accepted DATA: keeps transactions in flight
    rate: float = 0.0
    seed: int = 11
    # drop/stall also keep the message (the hop queued it but its reply was lost or late): the realistic,
    # duplicate-making variant used by the soak; the fault tests keep nothing, to check "arrives once".
    keep_ambiguous: bool = False
    accepted: list[Accepted] = field(default_factory=list)
    injected: dict[str, int] = field(default_factory=dict)  # fault -> count
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)

    def arm(self, fault: str, times: int = 1) -> None:
        with self.lock:
            self.fault, self.times = fault, times

    def _current(self, session: Session) -> str:
        """The fault of this transaction, chosen once at MAIL (kept on the session)."""
        return str(getattr(session, "sentinelle_fault", ""))

    def _choose(self, session: Session) -> None:
        with self.lock:
            fault = ""
            if self.fault == "random":
                if self._random.random() < self.rate:
                    fault = self._random.choice(FAULTS)
            elif self.fault and self.times > 0:
                self.times -= 1
                fault = self.fault
            if fault:
                self.injected[fault] = self.injected.get(fault, 0) + 1
        session.sentinelle_fault = fault  # type: ignore[attr-defined]

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: Envelope, address: str,
                          options: list[str]) -> str:
        self._choose(session)
        if self._current(session) == "421":
            return "421 4.3.2 Service shutting down"
        envelope.mail_from = address
        return "250 2.1.0 OK"

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str,
                          options: list[str]) -> str:
        if self._current(session) == "452" and (not self.partial or address in self.partial):
            return "452 4.2.2 Mailbox full"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        fault = self._current(session)
        session.sentinelle_fault = ""  # type: ignore[attr-defined]
        if fault == "451":
            return "451 4.3.0 Try again later"
        if fault == "drop":
            if self.keep_ambiguous:  # the hop queued it, the reply is lost: the sender must retry (a duplicate)
                self.record(envelope, fault)
            assert server.transport is not None
            server.transport.abort()
            return "250 2.0.0 never sent"  # the transport is gone: the client sees a cut connection
        if fault == "stall":
            await asyncio.sleep(self.stall_seconds)
            if self.keep_ambiguous:  # accepted after the sender gave up: a duplicate when it retries
                self.record(envelope, fault)
                return "250 2.0.0 Ok: queued late"
            return "451 4.4.2 Stalled"
        if self.delay_seconds:
            await asyncio.sleep(self.delay_seconds)
        self.record(envelope, "")
        return "250 2.0.0 Ok: queued"

    def record(self, envelope: Envelope, fault: str) -> None:
        """Keep an accepted message (the soak overrides this to keep only identifiers)."""
        with self.lock:
            self.accepted.append(Accepted(str(envelope.mail_from), tuple(envelope.rcpt_tos),
                                          bytes(envelope.original_content or b"")))

    def copies(self, needle: bytes) -> list[Accepted]:
        with self.lock:
            return [a for a in self.accepted if needle in a.data]

    def wait_for(self, needle: bytes, timeout: float) -> list[Accepted]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.copies(needle)
            if found:
                return found
            time.sleep(0.05)
        return self.copies(needle)


@dataclass
class RunningHop:
    hop: FaultyHop
    port: int
    controller: Controller

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.controller.stop()


def start_hop(hop: FaultyHop | None = None) -> RunningHop:
    chosen = hop or FaultyHop()
    port = free_port()
    controller = Controller(chosen, hostname="127.0.0.1", port=port, enable_SMTPUTF8=True, ident="faulty-hop")
    controller.start()
    return RunningHop(chosen, port, controller)


def policy_text(listen: int, next_hop: str, *, next_hop_timeout: float = 20, extra: str = "",
                audit: str = "-") -> str:
    """A test policy: no NER, no metrics listener; ``extra`` appended (other tables)."""
    return f"""
[classifiers]
ner = false
[server]
listen = "127.0.0.1:{listen}"
next_hop = "{next_hop}"
shutdown_grace_seconds = 5
next_hop_timeout_seconds = {next_hop_timeout}
[metrics]
listen = ""
[audit]
path = "{audit}"
{extra}
"""
