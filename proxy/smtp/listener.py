"""The listening side of one process: TLS context, the protocol factory, start and drain."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import ssl
import time
from collections.abc import Callable

from sentinelle.proxy import replies
from sentinelle.proxy.policy.schema import HostPort, TlsSettings
from sentinelle.proxy.smtp.handler import Handler, ServerState
from sentinelle.proxy.smtp.server import PROXY_HEADER_SECONDS, SentinelleLMTP, SentinelleSMTP, _Guarded

log = logging.getLogger(__name__)


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


# A client whose transaction was in flight at SIGTERM usually says QUIT as soon as it has its reply: it
# gets this long to do so (and its 221) before the drain answers 421 and closes.
QUIT_WINDOW_SECONDS = 2.0


async def drain(state: ServerState, server: asyncio.Server, grace: float) -> None:
    """SIGTERM: stop accepting, let transactions in flight finish within ``grace`` seconds, close the rest."""
    state.draining = True
    server.close()
    deadline = time.monotonic() + grace
    finishing = {connection for connection in state.connections if connection.busy}
    while time.monotonic() < deadline and any(c.busy for c in list(state.connections)):
        await asyncio.sleep(0.05)
    quit_by = min(deadline, time.monotonic() + QUIT_WINDOW_SECONDS)
    while time.monotonic() < quit_by and finishing & state.connections:
        await asyncio.sleep(0.05)
    for connection in list(state.connections):
        await _close(connection)
    await asyncio.sleep(0)


async def _close(connection: _Guarded) -> None:
    """421 to a connection outside a transaction, then close it (one still in a transaction past the
    grace gets no reply: its client keeps the message and retries)."""
    # Held here: the client may QUIT while the 421 is written, and aiosmtpd's connection_lost then
    # sets ``connection.transport`` to None under our feet.
    transport = connection.transport
    if transport is None:
        return
    if not connection.busy:
        with contextlib.suppress(OSError, TimeoutError, RuntimeError):
            await asyncio.wait_for(connection.push(replies.SHUTTING_DOWN), 1.0)
    transport.close()
