"""The SMTP listener (aiosmtpd), its limits and access control, signals, ``--workers``, ``serve``.

The handler is thin: address checks at MAIL/RCPT, then ``proxy.pipeline.flow.process`` at DATA, whose
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
  and folded as Postfix folds it (``proxy.headers.fold_long_lines``; aiosmtpd answers ``500 Line
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

import asyncio
import collections
import logging
import time
from typing import TYPE_CHECKING, Any

from aiosmtpd.smtp import SMTP, syntax
from aiosmtpd.smtp import Envelope as SmtpEnvelope

from sentinelle.proxy import replies
from sentinelle.proxy.delivery.relay import SessionParameters
from sentinelle.proxy.headers import MAX_LINE, fold_long_lines
from sentinelle.proxy.observability import metrics
from sentinelle.proxy.smtp.addresses import parse_path
from sentinelle.proxy.smtp.lmtp import PerRecipientLMTP
from sentinelle.proxy.smtp.parameters import XTEXT, enhanced, mail_parameters_problem, rcpt_parameters_problem

if TYPE_CHECKING:
    from sentinelle.proxy.smtp.handler import Handler, ServerState

log = logging.getLogger(__name__)

# aiosmtpd's own 552 ("Too much mail data") fires at data_size_limit; it equals max_message_bytes.

# server.proxy_protocol: time allowed for the PROXY header after connect (a balancer sends it at once).
PROXY_HEADER_SECONDS = 10.0
# When this share of max_connections is taken, a connection outside a transaction may stay idle
# STRESS_IDLE_SECONDS only: Postfix's smtpd_timeout under stress (${stress?{10}:{300}}), so idle or
# NOOP keep-alive connections cannot hold every slot until command_timeout_seconds.
STRESS_FRACTION = 0.8
STRESS_IDLE_SECONDS = 10.0


# Postfix's XFORWARD attributes (XFORWARD_README); IDENT carries the upstream queue ID.
XFORWARD_ATTRIBUTES: tuple[str, ...] = ("NAME", "ADDR", "PORT", "PROTO", "HELO", "IDENT", "SOURCE")


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
    # RFC 5322 header parser; these take RFC 5321 paths (proxy.smtp.addresses.parse_path).

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
        if self.state.draining and self.transport is not None:
            # No new transaction once SIGTERM came: the drain would have to wait for it.
            await self.push(replies.SHUTTING_DOWN)
            self.transport.close()
            return
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
        if not pairs or any(not eq or name.upper() not in XFORWARD_ATTRIBUTES or not XTEXT.fullmatch(value)
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
            # An ASCII string is printable exactly when every character is in " ".."~": most replies
            # (our own constants) need no character-by-character pass.
            if not (status.isascii() and status.isprintable()):
                status = "".join(c if " " <= c <= "~" else "?" for c in status)
            status = enhanced(status)
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


# --- sockets --------------------------------------------------------------------------------------------------


# --- supervisor -----------------------------------------------------------------------------------------------


# --- the command ----------------------------------------------------------------------------------------------


