"""The SIGTERM drain (proxy.smtp.listener.drain) in process: what each kind of connection is answered,
and that a client's own QUIT racing the drain's 421 cannot make it raise (the process would then exit 1)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from conftest import LoopThread, RunningSink
from test_relay import COLLEAGUE, INTERNAL, analyzer, base_policy, make_services
from test_server import Raw

from sentinelle.proxy.policy.schema import HostPort
from sentinelle.proxy.smtp import listener
from sentinelle.proxy.smtp.handler import ServerState


@dataclass
class Listening:
    state: ServerState
    server: asyncio.Server
    port: int
    loop_thread: LoopThread

    def start_drain(self, grace: float = 20.0) -> concurrent.futures.Future[None]:
        return asyncio.run_coroutine_threadsafe(listener.drain(self.state, self.server, grace), self.loop_thread.loop)


@pytest.fixture
def listening(loop_thread: LoopThread, sink: RunningSink) -> Iterator[Listening]:
    services = make_services(base_policy(), sink.port, analyzer())
    state = ServerState(lambda: services)
    server = loop_thread.run(listener.start_server(state, listen=HostPort("127.0.0.1", 0)))
    yield Listening(state, server, server.sockets[0].getsockname()[1], loop_thread)
    loop_thread.run(services.next_hop.close())
    loop_thread.run(_handlers_ended(state))


async def _handlers_ended(state: ServerState) -> None:
    """The connections' handler tasks, cancelled by the drain's close, have ended: the loop may stop (a task still
    cancelling when it does is reported as destroyed while pending)."""
    deadline = time.monotonic() + 5
    while state.connections and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)


def begin_data(raw: Raw) -> None:
    assert raw.command(b"EHLO client.test").startswith(b"250")
    assert raw.command(b"MAIL FROM:<" + INTERNAL.encode() + b">").startswith(b"250")
    assert raw.command(b"RCPT TO:<" + COLLEAGUE.encode() + b">").startswith(b"250")
    assert raw.command(b"DATA").startswith(b"354")
    raw.stream.write(b"Subject: essai\r\n\r\nbonjour\r\n.\r\n")
    raw.stream.flush()


def test_quit_after_the_transaction_in_flight_is_answered_221(listening: Listening, sink: RunningSink) -> None:
    sink.sink.delay = 1.0
    raw = Raw(listening.port)
    begin_data(raw)
    assert sink.sink.data_started.wait(30)
    drained = listening.start_drain()
    assert raw.reply().startswith(b"250")  # the next hop accepted it
    assert raw.command(b"QUIT").startswith(b"221")  # not the drain's 421
    drained.result(30)
    assert len(sink.sink.messages) == 1
    raw.close()


def test_a_finished_client_that_does_not_quit_gets_421_after_the_quit_window(listening: Listening,
                                                                            sink: RunningSink) -> None:
    sink.sink.delay = 1.0
    raw = Raw(listening.port)
    begin_data(raw)
    assert sink.sink.data_started.wait(30)
    drained = listening.start_drain()
    assert raw.reply().startswith(b"250")
    started = time.monotonic()
    assert raw.reply().startswith(b"421 4.3.2")  # unasked, once the window is over
    assert time.monotonic() - started >= listener.QUIT_WINDOW_SECONDS - 0.5
    assert raw.stream.readline() == b""  # and closed
    drained.result(30)


def test_an_idle_connection_gets_421_and_new_mail_during_the_drain_is_refused(listening: Listening) -> None:
    in_flight = Raw(listening.port)  # holds the drain open
    assert in_flight.command(b"EHLO client.test").startswith(b"250")
    assert in_flight.command(b"MAIL FROM:<" + INTERNAL.encode() + b">").startswith(b"250")
    idle = Raw(listening.port)
    assert idle.command(b"EHLO client.test").startswith(b"250")
    drained = listening.start_drain()
    deadline = time.monotonic() + 10
    while not listening.state.draining and time.monotonic() < deadline:
        time.sleep(0.01)
    assert idle.command(b"MAIL FROM:<" + INTERNAL.encode() + b">").startswith(b"421 4.3.2")
    assert idle.stream.readline() == b""
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", listening.port), timeout=1)  # no longer listening
    in_flight.close()  # the client gives up its transaction: the drain ends
    drained.result(30)
    idle.close()


@dataclass(eq=False)
class QuittingConnection:
    """A connection whose client's QUIT lands while the drain writes its 421: aiosmtpd's
    connection_lost sets ``transport`` to None during the write."""

    transport: FakeTransport | None
    busy: bool = False
    pushed: list[str] = field(default_factory=list)

    async def push(self, status: str) -> None:
        self.pushed.append(status)
        self.transport = None
        await asyncio.sleep(0)


@dataclass
class FakeTransport:
    closed: bool = False

    def close(self) -> None:
        self.closed = True


@dataclass
class ClosedServer:
    def close(self) -> None:
        pass


def test_a_quit_racing_the_drain_s_421_does_not_make_the_drain_raise() -> None:
    transport = FakeTransport()
    connection = QuittingConnection(transport)
    state = ServerState(lambda: None)  # type: ignore[arg-type, return-value]
    state.connections.add(connection)  # type: ignore[arg-type]
    asyncio.run(listener.drain(state, ClosedServer(), 1.0))  # type: ignore[arg-type]
    assert connection.pushed == ["421 4.3.2 Service shutting down, try again later"]
    assert transport.closed
