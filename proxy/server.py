"""The SMTP listener (aiosmtpd), its limits and access control, signals, ``--workers``, ``serve``.

The handler is thin: address checks at MAIL/RCPT, then ``proxy.pipeline.process`` at DATA, whose
``Outcome`` says what to answer. aiosmtpd's defaults that work against the reliability contract are
replaced here:

* ``handle_exception`` answers ``451`` (aiosmtpd's own answers a permanent ``500`` with the
  exception text, which Postfix would turn into a bounce carrying the content);
* aiosmtpd's idle ``timeout`` is not reset while DATA is received, so a large message on a slow link
  would be cut at ``timeout`` seconds from the DATA command. Here it is an idle timer during DATA
  (reset by every chunk received, ``data_timeout_seconds``), suspended while the message is
  processed (inspection and relaying carry their own timeouts), and ``command_timeout_seconds``
  between commands;
* peers outside ``server.allowed_networks`` get ``554`` at connect, and connections beyond
  ``max_connections`` get ``421`` at once (no unbounded queue of work);
* DATA is received here (``_DataReceiver``), not by aiosmtpd: a line over 1,000 bytes is accepted
  and folded as Postfix folds it (``proxy.hygiene.fold_long_lines``; aiosmtpd answers ``500 Line
  too long``, which Postfix turns into a bounce carrying the content); the message is kept in one
  buffer (aiosmtpd keeps a list with one object per line, ~155 bytes per empty line), and the bytes
  a worker holds for messages being received or processed are bounded by
  ``server.max_buffered_bytes`` (``452 4.3.1`` beyond it, so the upstream retries later); a
  transparency dot is removed only where RFC 5321 4.5.2 put one, so ``.`` followed by a bare LF or
  CR (a line of one dot under the bare-LF reading) is kept;
* every reply carries an RFC 3463 enhanced status code, aiosmtpd's own replies included
  (``enhanced``), except the greeting, the replies to HELO/EHLO/LHLO and 354 (RFC 2034 section 3).

aiosmtpd internals relied on, kept to these and checked by tests/test_aiosmtpd_contract.py (source
hashes of the tested release, pinned in pyproject.toml): ``_handle_client`` (access control and
the connection limit around the session loop), ``_reset_timeout`` and ``_timeout_cb`` (one timer
per connection, 421 4.4.2 when it fires), ``_set_post_data_state`` and ``_reader`` (DATA). Commands
are extended through the public ``smtp_<VERB>`` methods and handler hooks.

``server.proxy_protocol``: behind a TCP load balancer (HAProxy ``send-proxy``), aiosmtpd reads the
PROXY v1/v2 header before the greeting; a connection without a valid one is closed, and the client
it names must be in ``allowed_networks`` as well as the balancer itself (``Handler.handle_PROXY``).

PIPELINING is advertised: aiosmtpd reads commands one line at a time from one buffered stream,
processes them strictly in order, answers each in order, and discards buffered input only at
STARTTLS (as RFC 3207 requires), which is what RFC 2920 asks of a server. Postfix's smtp client
then saves round trips on every MAIL/RCPT/DATA.

``--workers N`` (N > 1): the supervisor loads the policy and the model, checks the port is free,
opens N listening sockets with SO_REUSEPORT (the kernel spreads connections over them), forks one
worker per socket, forwards SIGTERM/SIGHUP, and restarts a worker that dies. Forking after the
model is loaded is safe (no thread exists yet, checked) and shares the model's memory pages.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import logging
import os
import re
import signal
import socket
import ssl
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiosmtpd.proxy_protocol import ProxyData
from aiosmtpd.smtp import SMTP, syntax
from aiosmtpd.smtp import Envelope as SmtpEnvelope
from aiosmtpd.smtp import Session as SmtpSession

from proxy import replies
from proxy.decision import Envelope
from proxy.hygiene import MAX_LINE, check_address, fold_long_lines, parse_path
from proxy.lmtp import PerRecipientLMTP, RecipientReplies
from proxy.policy import HostPort, ServerSettings, TlsSettings
from proxy.relay import SESSION_PARAMETERS, SessionParameters

if TYPE_CHECKING:
    from proxy.pipeline import Services
    from proxy.runtime import Runtime

log = logging.getLogger(__name__)

# aiosmtpd's own 552 ("Too much mail data") fires at data_size_limit; it equals max_message_bytes.

# server.proxy_protocol: time allowed for the PROXY header after connect (a balancer sends it at once).
PROXY_HEADER_SECONDS = 10.0
# When this share of max_connections is taken, a connection outside a transaction may stay idle
# STRESS_IDLE_SECONDS only: Postfix's smtpd_timeout under stress (${stress?{10}:{300}}), so idle or
# NOOP keep-alive connections cannot hold every slot until command_timeout_seconds.
STRESS_FRACTION = 0.8
STRESS_IDLE_SECONDS = 10.0


# RFC 3463 codes for the replies aiosmtpd sends by itself, by the start of their text (checked against
# aiosmtpd's source by tests/test_aiosmtpd_contract.py). The greeting, HELO/EHLO/LHLO replies and 354
# carry none (RFC 2034 section 3); replies that already have one are left alone.
AIOSMTPD_REPLY_CODES: tuple[tuple[str, str], ...] = (
    ("250 OK", "2.0.0"),
    ("250 Syntax:", "2.0.0"),
    ("250 Supported commands", "2.0.0"),
    ("221 Bye", "2.0.0"),
    ("220 Ready to start TLS", "2.0.0"),
    ("252 Cannot VRFY", "2.0.0"),
    ("454 TLS not available", "4.7.0"),
    ("500 ", "5.5.2"),
    ("501 ", "5.5.4"),
    ("502 ", "5.5.1"),
    ("503 ", "5.5.1"),
    ("530 ", "5.7.0"),
    ("552 ", "5.3.4"),
    ("554 ", "5.7.0"),
    ("555 ", "5.5.4"),
)
_HAS_ENHANCED_CODE = re.compile(r"\d{3}[ -][245]\.\d{1,3}\.\d{1,3}(?: |$)")


# Postfix's XFORWARD attributes (XFORWARD_README); IDENT carries the upstream queue ID.
XFORWARD_ATTRIBUTES: tuple[str, ...] = ("NAME", "ADDR", "PORT", "PROTO", "HELO", "IDENT", "SOURCE")
# RFC 3461 4: xtext (printable ASCII but "+" and "=", or "+XX" escapes), up to 500 characters for ORCPT.
_XTEXT = re.compile(r"(?:[\x21-\x2a\x2c-\x3c\x3e-\x7e]|\+[0-9A-F]{2}){1,500}")
_NOTIFY = re.compile(r"NEVER|(?:SUCCESS|FAILURE|DELAY)(?:,(?:SUCCESS|FAILURE|DELAY)){0,2}", re.IGNORECASE)


def mail_parameters_problem(options: list[str], size_limit: int | None) -> str | None:
    """None when the MAIL parameters are ones Sentinelle takes (SIZE, BODY, SMTPUTF8; ENVID and RET,
    RFC 3461, passed on), else the reply."""
    seen: set[str] = set()
    for option in options:
        name, eq, value = option.partition("=")
        name = name.upper()
        if name in seen:
            return replies.MAIL_SYNTAX
        seen.add(name)
        valid = {
            "SIZE": eq and value.isdigit(),
            "BODY": value.upper() in ("7BIT", "8BITMIME"),
            "SMTPUTF8": not eq,
            "RET": value.upper() in ("FULL", "HDRS"),
            "ENVID": len(value) <= 100 and _XTEXT.fullmatch(value) is not None,
        }
        if name not in valid:
            return replies.PARAMETER_NOT_IMPLEMENTED
        if not valid[name]:
            return replies.MAIL_SYNTAX
        if name == "SIZE" and size_limit and int(value) > size_limit:
            return replies.MESSAGE_TOO_BIG
    return None


def rcpt_parameters_problem(options: list[str]) -> str | None:
    """None when the RCPT parameters are RFC 3461's NOTIFY and ORCPT (passed on), else the reply."""
    seen: set[str] = set()
    for option in options:
        name, _, value = option.partition("=")
        name = name.upper()
        if name in seen:
            return replies.RCPT_SYNTAX
        seen.add(name)
        if name == "NOTIFY" and _NOTIFY.fullmatch(value):
            continue
        if name == "ORCPT" and ";" in value and _XTEXT.fullmatch(value):
            continue
        return replies.RCPT_SYNTAX if name in ("NOTIFY", "ORCPT") else replies.PARAMETER_NOT_IMPLEMENTED
    return None


def enhanced(reply: str) -> str:
    """``reply`` with the RFC 3463 code of ``AIOSMTPD_REPLY_CODES`` inserted when it has none."""
    if _HAS_ENHANCED_CODE.match(reply):
        return reply
    for start, code in AIOSMTPD_REPLY_CODES:
        if reply.startswith(start):
            return f"{reply[:4]}{code} {reply[4:]}"
    return reply


class ServerState:
    """Per-process state shared by every connection: where the current services come from, the
    connection count, draining (SIGTERM), and the message bytes held (``server.max_buffered_bytes``)."""

    def __init__(self, services: Callable[[], Services], *, lmtp: bool = False) -> None:
        self.services = services
        self.lmtp = lmtp
        self.connections: set[_Guarded] = set()
        self.draining = False
        self.buffered_bytes = 0

    def under_stress(self) -> bool:
        """Most connection slots taken: idle connections get ``STRESS_IDLE_SECONDS``."""
        return len(self.connections) >= STRESS_FRACTION * self.settings.max_connections

    def reserve(self, size: int, budget: int) -> bool:
        """Count ``size`` more bytes of message data held by this process, if ``budget``
        (``server.max_buffered_bytes``, read once per message) allows."""
        if self.buffered_bytes + size > budget:
            return False
        self.buffered_bytes += size
        return True

    def release(self, size: int) -> None:
        self.buffered_bytes -= size

    @property
    def settings(self) -> ServerSettings:
        return self.services().policy.server


class Handler:
    """aiosmtpd hooks: EHLO (PIPELINING), MAIL/RCPT (address checks, recipient limit), DATA (pipeline)."""

    def __init__(self, state: ServerState) -> None:
        self.state = state

    async def handle_EHLO(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope, hostname: str,
                          responses: list[str]) -> list[str]:
        session.host_name = hostname  # aiosmtpd leaves this to a 5-argument hook
        if isinstance(server, _Guarded):
            server.introduced()
        return [*responses[:-1], "250-PIPELINING", "250-DSN", f"250-XFORWARD {' '.join(XFORWARD_ATTRIBUTES)}",
                responses[-1]]

    async def handle_HELO(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope,
                          hostname: str) -> str:
        session.host_name = hostname
        if isinstance(server, _Guarded):
            server.introduced()
        return f"250 {server.hostname}"

    async def handle_MAIL(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope, address: str,
                          mail_options: list[str]) -> str:
        problem = check_address("" if address == "<>" else address, sender=True)
        if problem is not None:
            return problem
        envelope.mail_from = address  # "<>" kept: aiosmtpd tests mail_from for truth at RCPT
        envelope.mail_options.extend(mail_options)
        if isinstance(server, _Guarded):
            server.transaction_started()
        return replies.SENDER_OK

    async def handle_RCPT(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope, address: str,
                          rcpt_options: list[str]) -> str:
        problem = check_address("" if address == "<>" else address, sender=False)
        if problem is not None:
            return problem
        if len(envelope.rcpt_tos) >= self.state.settings.max_recipients:
            return replies.TOO_MANY_RECIPIENTS
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return replies.RECIPIENT_OK

    async def handle_DATA(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope) -> str:
        from proxy.pipeline import process

        assert isinstance(server, _Guarded)
        server.processing_started()
        raw = envelope.original_content or b""
        sender = "" if envelope.mail_from in (None, "<>") else str(envelope.mail_from)
        token = SESSION_PARAMETERS.set(server.session_parameters(sender))
        try:
            outcome = await process(self.state.services(), raw, Envelope(sender, tuple(envelope.rcpt_tos)),
                                    smtputf8=envelope.smtp_utf8, lmtp=self.state.lmtp)
        finally:
            SESSION_PARAMETERS.reset(token)
        if self.state.lmtp:
            return RecipientReplies(outcome.replies)  # type: ignore[return-value]
        return outcome.reply

    async def handle_PROXY(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope,
                           proxy_data: ProxyData) -> bool:
        """``server.proxy_protocol``: the load balancer (the TCP peer, already checked) names the real
        client; that client must be in ``allowed_networks`` too. A header without addresses
        (``PROXY UNKNOWN``, v2 LOCAL: the balancer's own health check) stands for the peer itself."""
        from proxy import metrics

        client = "" if proxy_data.src_addr is None else str(proxy_data.src_addr)
        if not client or self.state.settings.allows(client):
            return True
        metrics.CONNECTIONS_REFUSED.labels(reason="network").inc()
        log.warning("connection refused: %s (named by the PROXY header) is not in server.allowed_networks", client)
        await server.push(replies.ACCESS_DENIED)
        return False

    async def handle_exception(self, error: Exception) -> str:
        from proxy.pipeline import _log_error

        _log_error("SMTP session error; answering 451", error)
        return replies.TEMPFAIL


class _Guarded(SMTP):
    """Access control, connection limit, DATA timeouts and enhanced status codes around aiosmtpd's
    session loop."""

    # RFC 5321 4.5.3.1.4 allows 512 octets; MAIL/RCPT with DSN (RFC 3461: ORCPT up to 500 octets of
    # xtext) and SMTPUTF8 addresses need more. aiosmtpd's reader stops a line at 1,001 anyway.
    command_size_limit = 1000
    # aiosmtpd's per-command limits for ESMTP sessions default to SMTP.command_size_limit (512).
    command_size_limits: dict[str, int] = collections.defaultdict(  # noqa: RUF012 (aiosmtpd reads it so)
        lambda: _Guarded.command_size_limit)

    def __init__(self, handler: Handler, state: ServerState, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self.state = state
        self._receiving_data = False
        self._in_data = False
        # The timer (aiosmtpd's ``_timeout_handle``): which stage it guards, when it fires, and when
        # it fired before the last command (restored after a command that must not extend it).
        self._timer_stage = "first_command"
        self._timer_expiry = 0.0
        self._expiry_before_command = 0.0
        self._deadline_envelope: SmtpEnvelope | None = None
        self._deadline = 0.0
        self._params_envelope: SmtpEnvelope | None = None
        self._xforward: list[tuple[str, str]] = []
        self._rcpt_params: dict[str, tuple[str, ...]] = {}

    # --- timers: 421 4.4.2 before closing, whatever fired -------------------------------------------------

    def transaction_started(self) -> None:
        """MAIL was accepted: the transaction must reach the end of DATA by
        ``transaction_deadline_seconds`` from now (a new envelope, after DATA or RSET, ends it)."""
        self._deadline_envelope = self.envelope
        self._deadline = time.monotonic() + self.state.settings.transaction_deadline_seconds
        self._reset_timeout()

    # --- MAIL, RCPT (RFC 3461 DSN parameters), XFORWARD --------------------------------------------------
    # aiosmtpd's own MAIL/RCPT refuse every DSN parameter with 555 and parse <postmaster> through an
    # RFC 5322 header parser; these take RFC 5321 paths (proxy.hygiene.parse_path).

    def _parameters(self) -> tuple[list[tuple[str, str]], dict[str, tuple[str, ...]]]:
        """XFORWARD attributes and per-recipient RCPT parameters of the current envelope (both
        reset with it: after DATA, RSET, HELO/EHLO)."""
        if self._params_envelope is not self.envelope:
            self._params_envelope = self.envelope
            self._xforward = []
            self._rcpt_params = {}
        return self._xforward, self._rcpt_params

    def session_parameters(self, sender: str) -> SessionParameters:
        xforward, rcpt = self._parameters()
        mail = tuple(o for o in (self.envelope.mail_options if self.envelope else [])
                     if o.split("=", 1)[0].upper() in ("ENVID", "RET"))
        return SessionParameters(sender, tuple(xforward), mail, dict(rcpt))

    @syntax("MAIL FROM: <address>", extended=" [SP <mail-parameters>]")
    async def smtp_MAIL(self, arg: str | None) -> None:
        if await self.check_helo_needed() or await self.check_auth_needed("MAIL"):
            return
        assert self.envelope is not None and self.session is not None
        path = parse_path(arg[5:]) if arg is not None and arg[:5].upper() == "FROM:" else None
        if path is None:
            await self.push(replies.MAIL_SYNTAX)
            return
        if self.envelope.mail_from:
            await self.push(replies.NESTED_MAIL)
            return
        address, options = path
        problem = mail_parameters_problem(options, self.data_size_limit)
        if problem is not None:
            await self.push(problem)
            return
        self.envelope.smtp_utf8 = any(o.upper() == "SMTPUTF8" for o in options)
        status = await self.event_handler.handle_MAIL(self, self.session, self.envelope, address or "<>", options)
        await self.push(status)

    @syntax("RCPT TO: <address>", extended=" [SP <mail-parameters>]")
    async def smtp_RCPT(self, arg: str | None) -> None:
        if await self.check_helo_needed() or await self.check_auth_needed("RCPT"):
            return
        assert self.envelope is not None and self.session is not None
        if not self.envelope.mail_from:
            await self.push(replies.NEED_MAIL)
            return
        path = parse_path(arg[3:]) if arg is not None and arg[:3].upper() == "TO:" else None
        if path is None:
            await self.push(replies.RCPT_SYNTAX)
            return
        address, options = path
        problem = rcpt_parameters_problem(options)
        if problem is not None:
            await self.push(problem)
            return
        status = await self.event_handler.handle_RCPT(self, self.session, self.envelope, address or "<>", options)
        if status.startswith("250"):
            self._parameters()[1][address] = tuple(options)
        await self.push(status)

    @syntax("XFORWARD attribute=value ...")
    async def smtp_XFORWARD(self, arg: str | None) -> None:
        """Postfix's XFORWARD (XFORWARD_README): the original client, kept for the next hop."""
        assert self.envelope is not None
        if self.envelope.mail_from:
            await self.push(replies.XFORWARD_IN_TRANSACTION)
            return
        pairs = [item.partition("=") for item in (arg or "").split()]
        if not pairs or any(not eq or name.upper() not in XFORWARD_ATTRIBUTES or not _XTEXT.fullmatch(value)
                            for name, eq, value in pairs):
            await self.push(replies.XFORWARD_SYNTAX)
            return
        xforward = self._parameters()[0]
        for name, _, value in pairs:
            xforward[:] = [(n, v) for n, v in xforward if n != name.upper()] + [(name.upper(), value)]
        await self.push(replies.XFORWARD_OK)

    def introduced(self) -> None:
        """HELO/EHLO/LHLO: from now on the timer between commands is ``command_timeout_seconds``."""
        self._reset_timeout()
        self._expiry_before_command = 0.0

    def _in_transaction(self) -> bool:
        return self.envelope is not None and self.envelope is self._deadline_envelope

    def _reset_timeout(self, duration: float | None = None) -> None:
        """Arm the one timer for what the connection is doing (aiosmtpd calls this with no argument
        before each valid command): the first command, the next command (10 s when the listener is
        nearly full and this connection is idle: Postfix's stress value), or the next DATA bytes;
        never past the transaction's deadline."""
        settings = self.state.settings
        now = time.monotonic()
        if duration is not None:
            stage = "data" if self._receiving_data else "first_command"  # DATA, or the PROXY header
        elif self.session is None or self.session.host_name is None:
            stage, duration = "first_command", settings.first_command_timeout_seconds
        else:
            stage, duration = "command", settings.command_timeout_seconds
            if not self.busy and self.state.under_stress():
                duration = min(duration, STRESS_IDLE_SECONDS)
        if self._in_transaction() and self._deadline - now < duration:
            stage, duration = "deadline", max(self._deadline - now, 0.0)
        self._expiry_before_command = self._timer_expiry
        self._arm(stage, now + duration)

    def _arm(self, stage: str, expiry: float) -> None:
        if self._timeout_handle is not None:
            self._timeout_handle.cancel()
        self._timer_stage, self._timer_expiry = stage, expiry
        self._timeout_handle = self.loop.call_at(self.loop.time() + max(expiry - time.monotonic(), 0.0),
                                                 self._timeout_cb)

    def keep_timer(self) -> None:
        """The command just received (NOOP, RSET, HELP, VRFY) does not count as activity: the timer
        runs on from where it was, so keep-alive commands cannot hold a slot forever."""
        if self._expiry_before_command and not self._in_transaction():
            self._arm(self._timer_stage, self._expiry_before_command)

    def shorten_idle(self, seconds: float) -> None:
        """Under stress: an idle connection's timer fires within ``seconds``."""
        if not self.busy and self._timeout_handle is not None and self.transport is not None:
            self._arm(self._timer_stage, min(self._timer_expiry, time.monotonic() + seconds))

    def _timeout_cb(self) -> None:
        from proxy import metrics

        metrics.SMTP_TIMEOUTS.labels(stage=self._timer_stage).inc()
        log.info("connection timed out (%s); answering 421", self._timer_stage)
        if self.transport is None:
            return
        if not self.transport.is_closing():
            # Written, not awaited: close() (in aiosmtpd's callback) sends what is buffered first.
            self.transport.write(replies.TIMEOUT.encode("ascii") + b"\r\n")  # type: ignore[attr-defined]
        super()._timeout_cb()  # type: ignore[no-untyped-call]

    @syntax("NOOP [ignored]")
    async def smtp_NOOP(self, arg: str) -> None:
        self.keep_timer()
        await super().smtp_NOOP(arg)

    @syntax("RSET")
    async def smtp_RSET(self, arg: str) -> None:
        self.keep_timer()
        await super().smtp_RSET(arg)

    @syntax("HELP [command]")
    async def smtp_HELP(self, arg: str) -> None:
        self.keep_timer()
        await super().smtp_HELP(arg)

    @syntax("VRFY <address>")
    async def smtp_VRFY(self, arg: str) -> None:
        self.keep_timer()
        await super().smtp_VRFY(arg)

    @property
    def busy(self) -> bool:
        """In a mail transaction (MAIL given, or DATA in progress): drain waits for it."""
        return self._in_data or (self.envelope is not None and self.envelope.mail_from is not None)

    async def _handle_client(self) -> None:
        from proxy import metrics

        assert self.session is not None and self.transport is not None
        peer = self.session.peer
        peer_ip = str(peer[0]) if isinstance(peer, tuple) else ""
        settings = self.state.settings
        if self.state.draining:
            await self.push(replies.SHUTTING_DOWN)
            self.transport.close()
            return
        if not settings.allows(peer_ip):
            metrics.CONNECTIONS_REFUSED.labels(reason="network").inc()
            log.warning("connection refused: %s is not in server.allowed_networks", peer_ip)
            await self.push(replies.ACCESS_DENIED)
            self.transport.close()
            return
        if len(self.state.connections) >= settings.max_connections:
            metrics.CONNECTIONS_REFUSED.labels(reason="saturated").inc()
            log.warning("connection refused: max_connections (%d) reached", settings.max_connections)
            await self.push(replies.TOO_MANY_CONNECTIONS)
            self.transport.close()
            return
        self.state.connections.add(self)
        metrics.ACTIVE_CONNECTIONS.inc()
        self._reset_timeout()  # the first command's bound
        if self.state.under_stress():
            for other in list(self.state.connections):
                other.shorten_idle(STRESS_IDLE_SECONDS)
        try:
            await super()._handle_client()
        finally:
            self.state.connections.discard(self)
            metrics.ACTIVE_CONNECTIONS.dec()

    def data_received(self, data: bytes) -> None:
        if self._receiving_data:
            self._reset_timeout(self.state.settings.data_timeout_seconds)  # idle timer while DATA flows
        super().data_received(data)

    @syntax("DATA")
    async def smtp_DATA(self, arg: str) -> None:
        self._in_data = True
        self._receiving_data = True
        try:
            await super().smtp_DATA(arg)
        finally:
            self._receiving_data = False
            self._in_data = False
            if self.transport is not None:
                self._reset_timeout()  # back to command_timeout_seconds for the next command

    def processing_started(self) -> None:
        """The message is received: stop the idle timer while it is processed (inspection and relay
        have their own timeouts), so the connection is not cut before the reply."""
        self._receiving_data = False
        if self._timeout_handle is not None:
            self._timeout_handle.cancel()

    async def push(self, status: Any) -> None:
        """aiosmtpd echoes an unknown command's name in its 500 reply: keep every reply line printable
        ASCII, so a client's NUL, control or non-UTF-8 byte never comes back (found by test_fuzz_smtp);
        and give aiosmtpd's own replies an enhanced status code (RFC 3463)."""
        if isinstance(status, str):
            status = enhanced("".join(c if " " <= c <= "~" else "?" for c in status))
        await super().push(status)


class _DataReceiver(SMTP):
    """DATA as RFC 5321 4.5.2 reads it, into one bounded buffer (see the module docstring).

    Placed after ``PerRecipientLMTP`` in the LMTP listener's method order, so that class still wraps
    DATA with its per-recipient replies."""

    state: ServerState

    @syntax("DATA")
    async def smtp_DATA(self, arg: str) -> None:
        if await self.check_helo_needed():
            return
        if await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push(replies.NEED_RCPT)
            return
        if arg:
            await self.push(replies.DATA_SYNTAX)
            return
        await self.push(replies.START_DATA)
        content, problem, held = await self._receive()
        if problem is not None:
            self._set_post_data_state()  # type: ignore[no-untyped-call]
            await self.push(problem)
            return
        try:
            self.envelope.content = content
            self.envelope.original_content = content
            status = await self.event_handler.handle_DATA(self, self.session, self.envelope)
        finally:
            del content
            self.state.release(held)
            self._set_post_data_state()  # type: ignore[no-untyped-call]
        await self.push(status)

    async def _receive(self) -> tuple[bytes, str | None, int]:
        """The message up to the lone dot: (content, None, bytes held), or (b"", the reply, 0) when it
        was too big for ``data_size_limit`` or for the process's ``max_buffered_bytes``. Whatever
        happens, the client's data is read to the end, so the dialogue stays in step."""
        buffer = bytearray()
        held = 0
        problem: str | None = None
        limit = self.data_size_limit or 0
        budget = self.state.settings.max_buffered_bytes
        at_line_start = True
        long_lines = False
        try:
            while True:
                piece = await self._read_piece()
                if at_line_start and piece[:1] == b".":
                    if piece == b".\r\n":
                        break
                    if piece[1:2] not in (b"\r", b"\n"):
                        piece = piece[1:]  # the transparency dot (RFC 5321 4.5.2)
                at_line_start = piece.endswith(b"\r\n")
                long_lines = long_lines or len(piece) > MAX_LINE + 2
                if problem is not None:
                    continue
                if limit and len(buffer) + len(piece) > limit:
                    problem = replies.MESSAGE_TOO_BIG
                elif not self.state.reserve(len(piece), budget):
                    problem = replies.INSUFFICIENT_STORAGE
                    log.warning("message refused with 452: server.max_buffered_bytes (%d) reached", budget)
                else:
                    held += len(piece)
                    buffer += piece
                    continue
                self.state.release(held)
                held = 0
                buffer = bytearray()
            if problem is not None:
                return b"", problem, 0
            content = fold_long_lines(bytes(buffer)) if long_lines else bytes(buffer)
            return content, None, held
        except BaseException:
            self.state.release(held)
            raise

    async def _read_piece(self) -> bytes:
        """One line with its CRLF, or, for a line longer than the reader's limit, the next part of it
        (never ending between the CR and the LF of a CRLF, so line starts stay known)."""
        try:
            return await self._reader.readuntil(b"\r\n")
        except asyncio.LimitOverrunError as error:
            piece = await self._reader.read(error.consumed)
            while piece.endswith(b"\r"):
                piece += await self._reader.readexactly(1)
            return piece


class SentinelleSMTP(_Guarded, _DataReceiver):
    """The SMTP listener."""


class SentinelleLMTP(_Guarded, PerRecipientLMTP, _DataReceiver):
    """The LMTP listener (``serve --lmtp``): one reply per recipient after DATA."""


def tls_context(tls: TlsSettings) -> ssl.SSLContext | None:
    """The STARTTLS context when the policy names a certificate and key, else None."""
    if not tls.starttls_offered:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(tls.certificate, tls.private_key)
    return context


def make_protocol_factory(state: ServerState) -> Callable[[], _Guarded]:
    policy = state.services().policy
    settings = policy.server
    handler = Handler(state)
    context = tls_context(settings.tls)
    hostname = state.services().hostname
    cls: type[_Guarded] = SentinelleLMTP if state.lmtp else SentinelleSMTP

    def factory() -> _Guarded:
        current = state.settings
        return cls(handler, state, data_size_limit=current.max_message_bytes, enable_SMTPUTF8=True,
                   hostname=hostname, ident="Sentinelle", tls_context=context,
                   timeout=current.command_timeout_seconds,
                   proxy_protocol_timeout=PROXY_HEADER_SECONDS if current.proxy_protocol else None)

    return factory


async def start_server(state: ServerState, *, sock: socket.socket | None = None,
                       listen: HostPort | None = None) -> asyncio.Server:
    """Listen on ``sock`` (already bound) or ``listen``; returns the asyncio server."""
    loop = asyncio.get_running_loop()
    factory = make_protocol_factory(state)
    if sock is not None:
        return await loop.create_server(factory, sock=sock)
    assert listen is not None
    return await loop.create_server(factory, host=listen.host, port=listen.port, reuse_address=True)


async def drain(state: ServerState, server: asyncio.Server, grace: float) -> None:
    """SIGTERM: stop accepting, let transactions in flight finish within ``grace`` seconds, close the rest."""
    state.draining = True
    server.close()
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and any(c.busy for c in list(state.connections)):
        await asyncio.sleep(0.05)
    for connection in list(state.connections):
        if connection.transport is not None:
            if not connection.busy:
                with contextlib.suppress(OSError, TimeoutError, RuntimeError):
                    await asyncio.wait_for(connection.push(replies.SHUTTING_DOWN), 1.0)
            connection.transport.close()
    await asyncio.sleep(0)


async def _worker_main(runtime: Runtime, sock: socket.socket, lmtp: bool,
                       ready: Callable[[bool], None]) -> None:
    state = ServerState(lambda: runtime.services, lmtp=lmtp)
    server = await start_server(state, sock=sock)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    loop.add_signal_handler(signal.SIGHUP, lambda: loop.run_in_executor(None, runtime.reload))
    ready(True)
    log.info("listening on %s, next hop %s", runtime.policy.server.listen, runtime.policy.server.next_hop)
    await stop.wait()
    ready(False)
    log.info("SIGTERM: draining (up to %.0f s)", runtime.policy.server.shutdown_grace_seconds)
    await drain(state, server, runtime.policy.server.shutdown_grace_seconds)
    await runtime.services.next_hop.close()


def run_worker(runtime: Runtime, sock: socket.socket, lmtp: bool) -> int:
    """Serve on ``sock`` until SIGTERM; return the exit status."""
    from proxy import observability

    runtime.open_audit()
    runtime.record_observability()
    asyncio.run(_worker_main(runtime, sock, lmtp, observability.mark_ready))
    if runtime.services.audit is not None:
        runtime.services.audit.close()
    return 0


# --- sockets --------------------------------------------------------------------------------------------------


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host else socket.AF_INET


def check_port_free(listen: HostPort) -> None:
    """OSError when something already listens on ``listen`` (SO_REUSEPORT sockets would silently
    share the port with it)."""
    probe = socket.socket(_family(listen.host), socket.SOCK_STREAM)
    try:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((listen.host, listen.port))
    finally:
        probe.close()


def listening_socket(listen: HostPort, *, reuse_port: bool) -> socket.socket:
    sock = socket.socket(_family(listen.host), socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((listen.host, listen.port))
    sock.listen(512)
    sock.setblocking(False)
    return sock


# --- supervisor -----------------------------------------------------------------------------------------------


def _fork_worker(runtime: Runtime, sockets: list[socket.socket], index: int, lmtp: bool) -> int:
    pid = os.fork()
    if pid == 0:  # the worker
        code = 1
        try:
            for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT, signal.SIGCHLD):
                signal.signal(signum, signal.SIG_DFL)
            for other, sock in enumerate(sockets):
                if other != index:
                    sock.close()
            code = run_worker(runtime, sockets[index], lmtp)
        except BaseException:
            log.exception("worker %d failed", index)
        finally:
            logging.shutdown()
            os._exit(code)
    return pid


def supervise(runtime: Runtime, sockets: list[socket.socket], lmtp: bool,
              on_started: Callable[[], None] = lambda: None) -> int:
    """Run one worker per socket; forward SIGTERM/SIGHUP; restart a worker that dies unexpectedly."""
    from proxy import observability

    if threading.active_count() > 1:  # fork with threads can deadlock the child on a held lock
        log.warning("threads exist before fork; workers may be unsafe")
    signals: list[int] = []
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGCHLD):
        signal.signal(signum, lambda s, _f: signals.append(s))
    workers: dict[int, int] = {}  # pid -> socket index
    for index in range(len(sockets)):
        workers[_fork_worker(runtime, sockets, index, lmtp)] = index
    on_started()
    stopping = False
    stop_deadline = 0.0
    grace = runtime.policy.server.shutdown_grace_seconds
    while workers:
        while signals:
            received = signals.pop(0)
            if received in (signal.SIGTERM, signal.SIGINT) and not stopping:
                stopping = True
                stop_deadline = time.monotonic() + grace + 5.0
                for pid in workers:
                    _kill(pid, signal.SIGTERM)
            elif received == signal.SIGHUP and not stopping:
                runtime.reload(record=False)  # so that a restarted worker starts with the new policy
                for pid in workers:
                    _kill(pid, signal.SIGHUP)
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            break
        if pid:
            index = workers.pop(pid)
            observability.mark_process_dead(pid)
            if not stopping:
                log.error("worker %d (pid %d) exited with status %d; restarting it", index, pid, status)
                time.sleep(0.5)
                workers[_fork_worker(runtime, sockets, index, lmtp)] = index
            continue
        if stopping and time.monotonic() > stop_deadline:
            for pid in workers:
                _kill(pid, signal.SIGKILL)
        time.sleep(0.1)
    return 0


def _kill(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signum)


# --- the command ----------------------------------------------------------------------------------------------


def _error(message: str) -> int:
    print(f"sentinelle serve: {message}", file=sys.stderr)
    return 1


def command_serve(args: argparse.Namespace) -> int:
    """``sentinelle serve``: flags override the policy; start-up failures print a clear error and
    return 1 (usage errors 2)."""
    logging.basicConfig(level=getattr(logging, str(getattr(args, "log_level", "info")).upper(), logging.INFO),
                        format="%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if str(getattr(args, "log_level", "info")) != "debug":
        # aiosmtpd logs every command line with its addresses at INFO: keep that for debugging.
        logging.getLogger("mail.log").setLevel(logging.WARNING)
    from proxy import observability
    from proxy.policy import parse_host_port, parse_next_hop

    workers = 1 if args.workers is None else int(args.workers)  # 0 is a usage error, not "one"
    if workers < 1:
        print("sentinelle serve: --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        listen_flag = parse_host_port(args.listen) if args.listen else None
        hop_flag = parse_next_hop(args.next_hop) if args.next_hop else None
        metrics_flag = getattr(args, "metrics", None)
    except ValueError as error:
        print(f"sentinelle serve: {error}", file=sys.stderr)
        return 2
    metrics_dir: Path | None = observability.prepare_multiprocess(None) if workers > 1 else None
    try:
        return _serve(args, workers, listen_flag, hop_flag, metrics_flag, metrics_dir)
    finally:
        if metrics_dir is not None:
            observability.remove_multiprocess_directory(metrics_dir)


def _serve(args: argparse.Namespace, workers: int, listen_flag: HostPort | None, hop_flag: Any,
           metrics_flag: str | None, metrics_dir: Path | None) -> int:
    from proxy import observability
    from proxy.runtime import Overrides, Runtime, StartupError

    overrides = Overrides(listen=listen_flag, next_hop=hop_flag,
                          keyring=Path(args.keyring) if getattr(args, "keyring", None) else None)
    try:
        runtime = Runtime(args.policy, overrides)
    except StartupError as error:
        observability.record_policy_reload(False)
        return _error(str(error))
    observability.record_policy_reload(True)
    policy = runtime.policy
    try:
        tls_context(policy.server.tls)
    except (OSError, ssl.SSLError) as error:
        return _error(f"server.tls: cannot load the certificate or key: {error}")
    listen = policy.server.listen
    try:
        if workers == 1:
            sockets = [listening_socket(listen, reuse_port=False)]
        else:
            check_port_free(listen)
            sockets = [listening_socket(listen, reuse_port=True) for _ in range(workers)]
    except OSError as error:
        return _error(f"cannot listen on {listen}: {error.strerror or error}")
    try:
        metrics_listen = observability.resolve_listen(metrics_flag, policy)
    except ValueError as error:
        print(f"sentinelle serve: --metrics: {error}", file=sys.stderr)
        return 2
    probe = observability.NextHopProbe(timeout=2.0, ttl=5.0)
    listener = None
    if metrics_listen is not None:
        checks: dict[str, Callable[[], bool]] = {
            "policy": lambda: runtime.policy is not None,
            # Each process marks itself ready once listening and not ready from the moment it starts
            # draining (SIGTERM), so a load balancer stops sending: one process or N.
            "model": observability.workers_ready(workers),
            "next_hop": lambda: probe(runtime.policy.server.next_hop),
        }
        listener = observability.ObservabilityServer(metrics_listen, checks=checks, multiprocess_dir=metrics_dir)
        if workers == 1:
            try:
                listener.start()
            except OSError as error:
                return _error(f"cannot listen on {metrics_listen} for metrics: {error.strerror or error}")
    try:
        if workers == 1:
            return run_worker(runtime, sockets[0], bool(getattr(args, "lmtp", False)))

        started_ok: list[bool] = []

        def start_listener() -> None:
            # After the forks: the listener's thread must not exist when a worker is forked at start-up.
            if listener is not None:
                try:
                    listener.start()
                    started_ok.append(True)
                except OSError as error:
                    _error(f"cannot listen on {metrics_listen} for metrics: {error.strerror or error}")
                    os.kill(os.getpid(), signal.SIGTERM)

        return supervise(runtime, sockets, bool(getattr(args, "lmtp", False)), start_listener)
    finally:
        if listener is not None:
            listener.stop()
        for sock in sockets:
            sock.close()
