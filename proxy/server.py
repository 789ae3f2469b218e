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
  ``max_connections`` get ``421`` at once (no unbounded queue of work).

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
import contextlib
import logging
import os
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
from aiosmtpd.smtp import SMTP
from aiosmtpd.smtp import Envelope as SmtpEnvelope
from aiosmtpd.smtp import Session as SmtpSession

from proxy import replies
from proxy.decision import Envelope
from proxy.hygiene import check_address
from proxy.lmtp import PerRecipientLMTP, RecipientReplies
from proxy.policy import HostPort, ServerSettings, TlsSettings

if TYPE_CHECKING:
    from proxy.pipeline import Services
    from proxy.runtime import Runtime

log = logging.getLogger(__name__)

# aiosmtpd's own 552 ("Too much mail data") fires at data_size_limit; it equals max_message_bytes.

# server.proxy_protocol: time allowed for the PROXY header after connect (a balancer sends it at once).
PROXY_HEADER_SECONDS = 10.0


class ServerState:
    """Per-process state shared by every connection: where the current services come from, the
    connection count, and draining (SIGTERM)."""

    def __init__(self, services: Callable[[], Services], *, lmtp: bool = False) -> None:
        self.services = services
        self.lmtp = lmtp
        self.connections: set[_Guarded] = set()
        self.draining = False

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
        return [*responses[:-1], "250-PIPELINING", responses[-1]]

    async def handle_MAIL(self, server: SMTP, session: SmtpSession, envelope: SmtpEnvelope, address: str,
                          mail_options: list[str]) -> str:
        problem = check_address("" if address == "<>" else address, sender=True)
        if problem is not None:
            return problem
        envelope.mail_from = address  # "<>" kept: aiosmtpd tests mail_from for truth at RCPT
        envelope.mail_options.extend(mail_options)
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
        outcome = await process(self.state.services(), raw, Envelope(sender, tuple(envelope.rcpt_tos)),
                                smtputf8=envelope.smtp_utf8, lmtp=self.state.lmtp)
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
    """Access control, connection limit and DATA timeouts around aiosmtpd's session loop."""

    def __init__(self, handler: Handler, state: ServerState, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self.state = state
        self._receiving_data = False
        self._in_data = False

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
        try:
            await super()._handle_client()
        finally:
            self.state.connections.discard(self)
            metrics.ACTIVE_CONNECTIONS.dec()

    def data_received(self, data: bytes) -> None:
        if self._receiving_data:
            self._reset_timeout(self.state.settings.data_timeout_seconds)  # idle timer while DATA flows
        super().data_received(data)

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
        ASCII, so a client's NUL, control or non-UTF-8 byte never comes back (found by test_fuzz_smtp)."""
        if isinstance(status, str):
            status = "".join(c if " " <= c <= "~" else "?" for c in status)
        await super().push(status)


class SentinelleSMTP(_Guarded):
    """The SMTP listener."""


class SentinelleLMTP(_Guarded, PerRecipientLMTP):
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

    workers = int(args.workers or 1)
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
            "model": (observability.workers_ready(workers) if workers > 1 else lambda: runtime.classifier is not None),
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
