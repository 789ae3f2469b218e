"""Shared fixtures: a recording SMTP sink and a Sentinelle listener on loopback, in threads.

Generic on purpose: other test modules (LMTP, Postfix, observability) reuse them.
"""

from __future__ import annotations

import asyncio
import functools
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session


def free_port() -> int:
    """A loopback TCP port free at the time of the call."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_greeting(port: int, timeout: float, check: Callable[[], None] | None = None) -> bool:
    """Poll 127.0.0.1:``port`` until a server there greets with 220; False when ``timeout`` ran out.

    ``check`` runs before each attempt and raises to give up early (e.g. the server process exited).
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check is not None:
            check()
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                if sock.recv(100).startswith(b"220"):
                    return True
        except OSError:
            time.sleep(0.1)
    return False


@dataclass
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes
    answered_at: float  # time.monotonic() when the sink sent its reply to DATA


@dataclass
class Sink:
    """An SMTP sink that records what it accepted. Behaviour knobs (change them at any time):
    ``refuse`` maps a recipient to its RCPT reply ("550 5.1.1 No such user"); ``data_reply`` replaces
    the 250 after DATA; ``delay`` seconds before answering DATA. ``data_started`` is set when a
    transaction's DATA reaches the sink (a test can act while the relay waits for the answer)."""

    messages: list[Received] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)
    data_reply: str = ""
    delay: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)
    data_started: threading.Event = field(default_factory=threading.Event)

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str,
                          options: list[str]) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.data_started.set()
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.data_reply:
            return self.data_reply
        with self.lock:
            self.messages.append(Received(str(envelope.mail_from), tuple(envelope.rcpt_tos),
                                          bytes(envelope.original_content or b""), time.monotonic()))
        return "250 2.0.0 Ok: queued"

    def wait_for(self, count: int, timeout: float = 10.0) -> list[Received]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.messages) >= count:
                    return list(self.messages)
            time.sleep(0.02)
        with self.lock:
            return list(self.messages)


@dataclass
class RunningSink:
    sink: Sink
    host: str
    port: int
    controller: Controller

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def stop(self) -> None:
        self.controller.stop()

    def emptied(self) -> RunningSink:
        """This sink with what it received so far forgotten (a module's sink, shared by its tests)."""
        with self.sink.lock:
            self.sink.messages.clear()
        return self


def start_sink(port: int | None = None) -> RunningSink:
    sink = Sink()
    chosen = port or free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=chosen, enable_SMTPUTF8=True, ident="test-sink")
    controller.start()
    return RunningSink(sink, "127.0.0.1", chosen, controller)


@pytest.fixture
def sink() -> Iterator[RunningSink]:
    running = start_sink()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def module_sink() -> Iterator[RunningSink]:
    """One sink for a module whose servers start once (their next hop is fixed when they start)."""
    running = start_sink()
    yield running
    running.stop()


class LoopThread:
    """An asyncio loop in a daemon thread, for servers under test."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()

    def run(self, coroutine: Any, timeout: float = 30.0) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def call(self, function: Callable[[], Any]) -> None:
        self.loop.call_soon_threadsafe(function)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)


@pytest.fixture
def loop_thread() -> Iterator[LoopThread]:
    runner = LoopThread()
    yield runner
    runner.close()


@pytest.fixture(scope="module", autouse=True)
def _stop_parser_workers_after_each_module() -> Iterator[None]:
    """The attachment parsers' worker processes stop when a test module is done (they restart on
    demand), so no module inherits another's workers or their memory."""
    yield
    from sentinelle.classifiers.extract import shutdown_sandbox

    shutdown_sandbox()


if TYPE_CHECKING:
    from sentinelle.classifiers.engine import Classifier


@functools.cache
def shipped_classifier() -> Classifier:
    """The shipped policy's classifier (spaCy model and every recognizer), loaded once for the whole run
    and shared by the recognizer tables that need the real engine."""
    from sentinelle.classifiers.engine import Classifier
    from sentinelle.classifiers.evaluate import default_config

    return Classifier.load(default_config())


def inspect_text(body: str, subject: str = "") -> tuple[bool, set[str]]:
    """The shipped classifier's verdict on a body (and a Subject), and the finding types that counted
    (at or above the shipped ``min_confidence``, 0.6): what the recognizer tables assert."""
    from sentinelle.classifiers.types import Segment

    segments = [Segment("subject", subject)] if subject else []
    result = shipped_classifier().inspect_segments([*segments, Segment("body", body)])
    return result.confidential, {f.type for f in result.findings if f.confidence >= 0.6}


def scanned_file_mail(
    file_name: str,
    body: str = "Voir la pièce jointe.",
    *,
    sender: str = "Secrétariat <secretariat@chu.example>",
    to: str = "Dre Roy <roy@partenaire.example>",
    subject: str = "scan",
) -> bytes:
    """A message carrying an empty PDF named ``file_name``: a scanner's mail, whose file name alone may leak."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    message.add_attachment(b"%PDF-1.4\n%%EOF\n", maintype="application", subtype="octet-stream", filename=file_name)
    return message.as_bytes()


def carried_message(sender: str, to: str, subject: str, body: str) -> Any:
    """A plain message (an ``EmailMessage``) to carry in another as an attachment (``outbound_mail``'s ``carried``):
    a patient's mail or a colleague's forwarded on."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    return message


def outbound_mail(sender: str, to: str, subject: str, body: str, carried: Any = None,
                  files: Sequence[tuple[str, bytes, str]] = ()) -> bytes:
    """A plain message from ``sender`` to ``to``, carrying ``carried`` (an ``EmailMessage``) as an attachment, and
    ``files`` as (file name, content, "maintype/subtype") attachments."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    if carried is not None:
        message.add_attachment(carried)
    for name, content, mime in files:
        maintype, subtype = mime.split("/", 1)
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()


def inspect_attached(file_name: str, content: str, body: str = "Ci-joint.", subject: str = "Document",
                     mime: str = "text/plain") -> tuple[bool, set[str]]:
    """``inspect_mail`` of a colleague's message that carries one text file: what its name and content say, beside
    a covering note that says nothing."""
    return inspect_mail(outbound_mail("Unité de soins <soins@chu.example>", "Équipe <equipe@partenaire.example>",
                                      subject, body, files=[(file_name, content.encode(), mime)]))


def inspect_mail(raw: bytes) -> tuple[bool, set[str]]:
    """The shipped classifier's verdict on a whole message, and the finding types that counted (``inspect_text``'s
    threshold): the table tests of rules that read the headers (sender, recipients) and carried messages."""
    from sentinelle.classifiers.parse import parse_message

    inspection = shipped_classifier().inspect(parse_message(raw))
    return inspection.confidential, {f.type for f in inspection.findings if f.confidence >= 0.6}
