"""proxy.lmtp: RFC 2033 per-recipient replies after DATA, through a real aiosmtpd server on loopback.

Python's smtplib.LMTP reads a single reply after DATA, so the client here is a raw
socket that reads exactly what the protocol owes: one reply per accepted recipient.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from conftest import free_port

from sentinelle.proxy.smtp.lmtp import TEMPFAIL_REPLY, PerRecipientLMTP, RecipientReplies


class Handler:
    """A DATA hook whose answer the test chooses: a RecipientReplies, a str, or an exception."""

    def __init__(self) -> None:
        self.answer: Any = "250 2.0.0 OK"
        self.seen: list[list[str]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> Any:
        self.seen.append(list(envelope.rcpt_tos))
        if isinstance(self.answer, Exception):
            raise self.answer
        if callable(self.answer):
            return self.answer(envelope)
        return self.answer


class LmtpController(Controller):
    def factory(self) -> PerRecipientLMTP:
        return PerRecipientLMTP(self.handler, **self.SMTP_kwargs)


@pytest.fixture
def server() -> Iterator[tuple[Handler, int]]:
    handler = Handler()
    port = free_port()  # aiosmtpd's Controller connects to its own port at start: it cannot use port 0
    controller = LmtpController(handler, hostname="127.0.0.1", port=port, data_size_limit=10_000)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


class Client:
    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.file = self.sock.makefile("rb")
        assert self.reply().startswith("220")

    def reply(self) -> str:
        """One complete (possibly multi-line) reply; returns its last line."""
        while True:
            line = self.file.readline().decode().rstrip("\r\n")
            assert line, "connection closed"
            if len(line) < 4 or line[3] != "-":
                return line

    def command(self, line: str) -> str:
        self.sock.sendall(line.encode() + b"\r\n")
        return self.reply()

    def transaction(self, recipients: list[str], body: bytes = b"Subject: t\r\n\r\nbonjour\r\n") -> list[str]:
        assert self.command("MAIL FROM:<dr.tremblay@ssss.gouv.qc.ca>").startswith("250")
        for recipient in recipients:
            assert self.command(f"RCPT TO:<{recipient}>").startswith("250")
        assert self.command("DATA").startswith("354")
        self.sock.sendall(body + b".\r\n")
        return [self.reply() for _ in recipients]

    def close(self) -> None:
        self.command("QUIT")
        self.sock.close()


RECIPIENTS = ["a@ssss.gouv.qc.ca", "b@partenaire.example", "c@ssss.gouv.qc.ca"]


def test_lhlo_not_ehlo(server: tuple[Handler, int]) -> None:
    _, port = server
    client = Client(port)
    assert client.command("EHLO x").startswith("500")
    assert client.command("LHLO client.example").startswith("250")
    client.close()


def test_one_reply_per_recipient_in_rcpt_order(server: tuple[Handler, int]) -> None:
    handler, port = server
    handler.answer = lambda envelope: RecipientReplies(
        TEMPFAIL_REPLY if "partenaire" in r else f"250 2.1.5 <{r}> delivered" for r in envelope.rcpt_tos)
    client = Client(port)
    client.command("LHLO client.example")
    replies = client.transaction(RECIPIENTS)
    assert replies == ["250 2.1.5 <a@ssss.gouv.qc.ca> delivered", TEMPFAIL_REPLY,
                       "250 2.1.5 <c@ssss.gouv.qc.ca> delivered"]
    # The session is in a clean state: a second transaction on the same connection works.
    handler.answer = "250 2.0.0 OK"
    assert client.transaction(["d@ssss.gouv.qc.ca"]) == ["250 2.0.0 OK"]
    assert client.command("NOOP").startswith("250")  # nothing left over in the stream
    client.close()


def test_a_single_reply_is_owed_to_every_recipient(server: tuple[Handler, int]) -> None:
    handler, port = server
    handler.answer = "250 2.0.0 Accepted"
    client = Client(port)
    client.command("LHLO client.example")
    assert client.transaction(RECIPIENTS) == ["250 2.0.0 Accepted"] * 3
    assert client.command("NOOP").startswith("250")
    client.close()


def test_handler_exception_gives_451_to_each_without_details(server: tuple[Handler, int]) -> None:
    handler, port = server
    handler.answer = RuntimeError("NAM GAGL12345678 in body")  # must never reach the client
    client = Client(port)
    client.command("LHLO client.example")
    replies = client.transaction(RECIPIENTS)
    assert replies == [TEMPFAIL_REPLY] * 3
    assert client.command("NOOP").startswith("250")
    client.close()


def test_wrong_number_of_replies_fails_safe(server: tuple[Handler, int]) -> None:
    handler, port = server
    handler.answer = RecipientReplies(["250 2.0.0 OK"])
    client = Client(port)
    client.command("LHLO client.example")
    assert client.transaction(RECIPIENTS) == [TEMPFAIL_REPLY] * 3
    client.close()


def test_too_much_data_is_answered_per_recipient(server: tuple[Handler, int]) -> None:
    handler, port = server
    client = Client(port)
    client.command("LHLO client.example")
    replies = client.transaction(RECIPIENTS[:2], b"Subject: big\r\n\r\n" + (b"y" * 70 + b"\r\n") * 300)
    assert len(replies) == 2 and all(r.startswith("552") for r in replies)
    assert handler.seen == []  # the handler never saw the oversized message
    assert client.command("NOOP").startswith("250")
    client.close()


def test_errors_before_354_are_single_replies(server: tuple[Handler, int]) -> None:
    _, port = server
    client = Client(port)
    client.command("LHLO client.example")
    assert client.command("MAIL FROM:<dr.tremblay@ssss.gouv.qc.ca>").startswith("250")
    assert client.command("DATA").startswith("503")  # no recipient: one reply, as RFC 2033 says
    assert client.command("NOOP").startswith("250")
    client.close()


@pytest.mark.parametrize("bad", ["hello", "250 ok\r\n550 no", "199 info", ""])
def test_recipient_replies_must_be_one_line_replies(bad: str) -> None:
    with pytest.raises(ValueError):
        RecipientReplies([bad])


@pytest.mark.parametrize(("replies", "expected"), [
    (["250 a", "451 b", "550 c"], "451 b"),
    (["250 a", "550 c"], "550 c"),
    (["250 a", "250 b"], "250 a"),
])
def test_collapse_for_smtp(replies: list[str], expected: str) -> None:
    assert RecipientReplies(replies).collapse() == expected
