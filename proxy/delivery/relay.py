"""The onward SMTP client: one transaction with the next hop, with a result per recipient.

A transaction is ``MAIL``, one ``RCPT`` per recipient, then ``DATA`` only if every recipient was
accepted or permanently refused (at least one accepted). Any temporary refusal (4xx) at RCPT aborts
the transaction with ``RSET`` before DATA: the whole transaction is then temporary, nothing was
delivered, and a retry by the upstream MTA delivers nothing twice.

Result classes (``HopResult``) are the label values of ``sentinelle_next_hop_transactions_total``.
A timeout *after* the final ``.`` was sent is the one ambiguous window: the next hop may have
queued the message and Sentinelle answers 451, so the upstream sends it again (at-least-once).

What the upstream said about the message travels on (``SessionParameters``, set by the SMTP
listener for the message it is processing): XFORWARD attributes (the original client's name, address,
HELO, protocol and the upstream queue ID as IDENT, so the reinjection log shows where mail came from)
when the next hop advertises XFORWARD, and DSN parameters unchanged (ENVID and RET on MAIL, NOTIFY and
ORCPT on each RCPT, RFC 3461) when it advertises DSN; a next hop without DSN gets none (RFC 3461 5.2.2
would have Sentinelle issue "relayed" reports: it does not, which only matters for NOTIFY=SUCCESS).
They go with the copies of the message itself, never with Sentinelle's own notifications (those have
another sender).

Onward connections are pooled: a connection is reused for the next transaction after a clean end
(a reply to DATA, or RSET), and dropped after any error. A pooled connection the next hop closed
while idle is noticed at MAIL, before anything was delivered, and replaced by a fresh one.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import ssl
import time
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

import aiosmtplib

from sentinelle.proxy.headers import normalise_line_endings
from sentinelle.proxy.policy.schema import HostPort, NextHopTls

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SessionParameters:
    """The upstream's envelope parameters for one message (see the module docstring). ``rcpt`` maps
    a recipient to its RCPT parameters; ``xforward`` holds ``NAME=value`` pairs as received (xtext)."""

    sender: str
    xforward: tuple[tuple[str, str], ...] = ()
    mail: tuple[str, ...] = ()
    rcpt: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def mail_options(self, mail_from: str) -> tuple[str, ...]:
        return self.mail if mail_from == self.sender else ()

    def rcpt_options(self, mail_from: str, recipient: str) -> tuple[str, ...]:
        return self.rcpt.get(recipient, ()) if mail_from == self.sender else ()


# Set by proxy.smtp.server around the processing of one message; read here for its onward copies.
SESSION_PARAMETERS: contextvars.ContextVar[SessionParameters | None] = contextvars.ContextVar(
    "sentinelle_session_parameters", default=None)
XFORWARD_LINE_LIMIT = 500  # Postfix's smtpd takes XFORWARD lines up to its line_length_limit (2048)


class HopResult(StrEnum):
    ACCEPTED = "2xx"
    TEMPORARY = "4xx"
    PERMANENT = "5xx"
    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True, slots=True)
class RecipientResult:
    """The next hop's reply for one recipient (at RCPT, or at DATA for the accepted ones)."""

    recipient: str
    code: int
    text: str  # the reply text, ASCII, for logs and the notification's Diagnostic-Code

    @property
    def accepted(self) -> bool:
        return 200 <= self.code < 300

    @property
    def permanent(self) -> bool:
        return 500 <= self.code < 600


@dataclass(frozen=True, slots=True)
class Transaction:
    """The outcome of one onward transaction."""

    result: HopResult
    recipients: tuple[RecipientResult, ...] = ()
    detail: str = ""  # for the log only
    # The message needs SMTPUTF8 and the next hop does not offer it: no retry can change that.
    lacks_smtputf8: bool = False

    @property
    def temporary(self) -> bool:
        """Nothing can be concluded: the upstream must retry (451)."""
        return self.result in (HopResult.TEMPORARY, HopResult.TIMEOUT, HopResult.UNREACHABLE)

    @property
    def accepted(self) -> tuple[str, ...]:
        return tuple(r.recipient for r in self.recipients if r.accepted)

    @property
    def refused(self) -> tuple[RecipientResult, ...]:
        """Recipients the next hop refused permanently (only meaningful when not ``temporary``)."""
        return tuple(r for r in self.recipients if r.permanent)


class NextHopClient(Protocol):
    """Where accepted mail goes: an SMTP peer (``SmtpNextHop``) or a Maildir (``proxy.delivery.maildir``)."""

    async def send(self, mail_from: str, recipients: Sequence[str], data: bytes, *,
                   smtputf8: bool = False) -> Transaction: ...

    async def close(self) -> None: ...


def _ascii(text: str, limit: int = 200) -> str:
    return "".join(c if 0x20 <= ord(c) < 0x7F else "?" for c in text)[:limit]


def _format_path(address: str) -> bytes:
    return b"<" + address.encode("utf-8") + b">"


# Replies that blame our own dialogue rather than the mail (command unrecognised, bad sequence): a
# permanent reading would drop mail because of a bug, so they count as temporary.
_PROTOCOL_ERRORS = frozenset({500, 502, 503})


def _permanent(code: int) -> bool:
    return 500 <= code < 600 and code not in _PROTOCOL_ERRORS


async def _send_xforward(client: aiosmtplib.SMTP, attributes: tuple[tuple[str, str], ...]) -> None:
    """XFORWARD the attributes the next hop advertised, in lines of at most ``XFORWARD_LINE_LIMIT``.
    A refusal costs only traceability: logged, and the transaction goes on."""
    offered = set((client.esmtp_extensions.get("xforward") or "").upper().split())
    pairs = [f"{name}={value}" for name, value in attributes if name in offered]
    lines: list[list[str]] = []
    for pair in pairs:
        if lines and sum(len(p) + 1 for p in lines[-1]) + len(pair) < XFORWARD_LINE_LIMIT:
            lines[-1].append(pair)
        else:
            lines.append([pair])
    for line in lines:
        reply = await client.execute_command(b"XFORWARD", *(pair.encode("ascii") for pair in line))
        if reply.code != 250:
            log.warning("next hop refused XFORWARD (%d); relaying without it", reply.code)
            return


def dot_stuffed(data: bytes) -> bytes:
    """``data`` (CRLF line endings) as DATA sends it: a dot doubled at the start of each line
    (RFC 5321 4.5.2), a final CRLF, and the terminating ``.`` line."""
    wire = (b"." if data.startswith(b".") else b"") + data.replace(b"\r\n.", b"\r\n..")
    if not wire.endswith(b"\r\n"):
        wire += b"\r\n"
    return wire + b".\r\n"


async def _send_data(client: aiosmtplib.SMTP, data: bytes, timeout: float) -> aiosmtplib.SMTPResponse:
    """DATA, then the message, then the final reply (``SMTPDataError`` for anything but 354 then 250).

    Not ``client.data()``: aiosmtplib re-normalises line endings with ``re.sub``, which holds an object
    per line until it joins them (408 MB for 9 MB of empty lines). Every message reaching here already
    has CRLF line endings (``proxy.headers.normalise_line_endings``; notifications are built with
    CRLF), so the quoting is two ``bytes.replace`` passes. Uses the protocol's command lock and
    reply-expected flag as ``execute_data_command`` does (tests/test_aiosmtpd_contract.py checks
    that they are still there)."""
    normalised, _ = normalise_line_endings(data)
    wire = dot_stuffed(normalised)
    start = await client.execute_command(b"DATA")
    if start.code != 354:
        raise aiosmtplib.SMTPDataError(start.code, start.message)
    protocol = client.protocol
    if protocol is None or protocol._command_lock is None:
        raise aiosmtplib.SMTPServerDisconnected("Connection lost")
    async with protocol._command_lock:
        protocol._response_pending = True
        protocol.write(wire)
        reply = await protocol.read_response(timeout=timeout)
    if reply.code != 250:
        raise aiosmtplib.SMTPDataError(reply.code, reply.message)
    return reply


class _Stale(Exception):
    """A pooled connection turned out to be closed before anything was sent."""


class SmtpNextHop:
    """aiosmtplib client towards ``address`` with a small pool of idle connections."""

    def __init__(
        self,
        address: HostPort,
        *,
        timeout: float,
        hostname: str | None = None,
        tls: NextHopTls = NextHopTls.NONE,
        ca_file: str = "",
        max_idle: int = 32,
        idle_seconds: float = 20.0,
    ) -> None:
        self.address = address
        self.timeout = timeout
        self.hostname = hostname
        self.tls = tls
        self.ca_file = ca_file
        self.max_idle = max_idle
        self.idle_seconds = idle_seconds
        self._idle: deque[tuple[aiosmtplib.SMTP, float]] = deque()

    def _tls_context(self) -> ssl.SSLContext | None:
        if self.tls is NextHopTls.NONE:
            return None
        context = ssl.create_default_context(cafile=self.ca_file or None)
        return context

    async def _connect(self) -> aiosmtplib.SMTP:
        context = self._tls_context()
        client = aiosmtplib.SMTP(
            hostname=self.address.host, port=self.address.port, timeout=self.timeout,
            local_hostname=self.hostname or None,
            use_tls=self.tls is NextHopTls.TLS,
            start_tls=self.tls is NextHopTls.STARTTLS,
            tls_context=context, validate_certs=context is not None,
        )
        await client.connect()
        if client.is_ehlo_or_helo_needed:
            await client.ehlo()
        return client

    def _take_idle(self) -> aiosmtplib.SMTP | None:
        now = time.monotonic()
        while self._idle:
            client, since = self._idle.pop()
            if now - since < self.idle_seconds and client.is_connected:
                return client
            client.close()
        return None

    def _give_back(self, client: aiosmtplib.SMTP) -> None:
        if len(self._idle) < self.max_idle and client.is_connected:
            self._idle.append((client, time.monotonic()))
        else:
            client.close()

    async def close(self) -> None:
        while self._idle:
            client, _ = self._idle.pop()
            try:
                await asyncio.wait_for(client.quit(), 2.0)
            except (TimeoutError, aiosmtplib.SMTPException, OSError):
                client.close()

    async def send(self, mail_from: str, recipients: Sequence[str], data: bytes, *,
                   smtputf8: bool = False) -> Transaction:
        """One transaction within ``timeout`` seconds (connect to the reply to DATA). Never raises for
        network or protocol trouble: the result says what happened."""
        try:
            async with asyncio.timeout(self.timeout):
                client = self._take_idle()
                if client is not None:
                    try:
                        return await self._transact(client, mail_from, recipients, data, smtputf8, pooled=True)
                    except _Stale:
                        pass
                try:
                    client = await self._connect()
                except (aiosmtplib.SMTPConnectError, aiosmtplib.SMTPConnectTimeoutError, OSError) as error:
                    return Transaction(HopResult.UNREACHABLE, detail=_ascii(str(error)))
                except aiosmtplib.SMTPResponseException as error:  # greeting or EHLO refused
                    result = HopResult.PERMANENT if error.code >= 500 else HopResult.TEMPORARY
                    if result is HopResult.PERMANENT:  # a refusal at greeting is not about recipients
                        result = HopResult.TEMPORARY
                    return Transaction(result, detail=f"{error.code} {_ascii(error.message)}")
                return await self._transact(client, mail_from, recipients, data, smtputf8, pooled=False)
        except (TimeoutError, aiosmtplib.SMTPTimeoutError):
            return Transaction(HopResult.TIMEOUT, detail="next hop timeout")
        except (aiosmtplib.SMTPServerDisconnected, ConnectionError, OSError) as error:
            return Transaction(HopResult.UNREACHABLE, detail=_ascii(f"disconnected: {error}"))
        except aiosmtplib.SMTPException as error:
            return Transaction(HopResult.TEMPORARY, detail=_ascii(f"{type(error).__name__}: {error}"))

    async def _transact(self, client: aiosmtplib.SMTP, mail_from: str, recipients: Sequence[str], data: bytes,
                        smtputf8: bool, *, pooled: bool) -> Transaction:
        ok = False
        try:
            options: list[bytes] = []
            if client.supports_extension("8bitmime"):
                options.append(b"BODY=8BITMIME")
            if smtputf8:
                if not client.supports_extension("smtputf8"):
                    ok = True
                    await client.rset()
                    return Transaction(HopResult.TEMPORARY, detail="next hop lacks SMTPUTF8", lacks_smtputf8=True)
                options.append(b"SMTPUTF8")
            session = SESSION_PARAMETERS.get()
            dsn = session is not None and client.supports_extension("dsn")
            if session is not None and session.sender == mail_from and client.supports_extension("xforward"):
                await _send_xforward(client, session.xforward)
            if dsn:
                assert session is not None
                options.extend(option.encode("ascii") for option in session.mail_options(mail_from))
            try:
                reply = await client.execute_command(b"MAIL", b"FROM:" + _format_path(mail_from), *options)
            except aiosmtplib.SMTPServerDisconnected:
                if pooled:
                    raise _Stale() from None
                raise
            if reply.code >= 400:
                # A refused sender concerns every recipient alike. A sequence or syntax error of our
                # own dialogue (500, 502, 503) says nothing about the mail: temporary.
                await client.rset()
                ok = True
                result = HopResult.PERMANENT if _permanent(reply.code) else HopResult.TEMPORARY
                return Transaction(result, tuple(RecipientResult(r, reply.code, _ascii(reply.message))
                                                 for r in recipients), detail=f"MAIL {reply.code}")
            results: list[RecipientResult] = []
            for recipient in recipients:
                rcpt_options = [o.encode("ascii") for o in session.rcpt_options(mail_from, recipient)] \
                    if dsn and session is not None else []
                reply = await client.execute_command(b"RCPT", b"TO:" + _format_path(recipient), *rcpt_options)
                code = reply.code if _permanent(reply.code) or reply.code < 500 else 451
                results.append(RecipientResult(recipient, code, _ascii(reply.message)))
            if any(400 <= r.code < 500 for r in results) or not any(r.accepted for r in results):
                await client.rset()
                ok = True
                temporary = any(400 <= r.code < 500 for r in results) or any(r.code < 400 for r in results)
                return Transaction(HopResult.TEMPORARY if temporary else HopResult.PERMANENT, tuple(results),
                                   detail="RCPT refused")
            try:
                reply = await _send_data(client, data, self.timeout)
                code, text = reply.code, reply.message
            except aiosmtplib.SMTPDataError as error:
                code, text = error.code, error.message
            if code >= 500 and not _permanent(code):
                code = 451
            ok = True
            final = [r if not r.accepted else RecipientResult(r.recipient, code, _ascii(text)) for r in results]
            if 200 <= code < 300:
                return Transaction(HopResult.ACCEPTED, tuple(final))
            if 400 <= code < 500:
                return Transaction(HopResult.TEMPORARY, tuple(final), detail=f"DATA {code}")
            return Transaction(HopResult.PERMANENT, tuple(final), detail=f"DATA {code}")
        finally:
            if ok:
                self._give_back(client)
            else:
                client.close()
