"""The runtime between reloads: a reload closes the old next-hop connection pool once its messages
are done; the key gauges are recomputed periodically, not only at start-up and reload."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from conftest import LoopThread, RunningSink, Sink, free_port
from prometheus_client import REGISTRY
from test_relay import COLLEAGUE, INTERNAL, MESSAGE, Relay, send

from sentinelle.proxy.policy.schema import HostPort
from sentinelle.proxy.smtp import runtime as runtime_module
from sentinelle.proxy.smtp.handler import ServerState
from sentinelle.proxy.smtp.listener import start_server
from sentinelle.proxy.smtp.runtime import Runtime
from tests.policy_support import export_public, kill_agent, make_key, new_home


class QuitSink(Sink):
    """Counts the QUIT commands it receives and can hold DATA until released."""

    quits: int = 0
    in_data: threading.Event
    release: threading.Event

    async def handle_QUIT(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.quits += 1
        return "221 Bye"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.in_data.set()
        while not self.release.is_set():
            await asyncio.sleep(0.02)
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def quit_sink() -> Iterator[RunningSink]:
    sink = QuitSink()
    sink.in_data, sink.release = threading.Event(), threading.Event()
    sink.release.set()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    yield RunningSink(sink, "127.0.0.1", port, controller)
    controller.stop()


def serve_runtime(loop_thread: LoopThread, runtime: Runtime) -> Relay:
    state = ServerState(lambda: runtime.services)
    server = loop_thread.run(start_server(state, listen=HostPort("127.0.0.1", 0)))
    return Relay(server.sockets[0].getsockname()[1], runtime.services)


def wait_until(condition: object, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return False


def write_policy(path: Path, sink_port: int, keyring: Path) -> None:
    path.write_text(f'[classifiers]\nner = false\n[server]\nnext_hop = "127.0.0.1:{sink_port}"\n'
                    f'[encryption]\nkeyring = "{keyring}"\n[metrics]\nlisten = ""\n')


def test_a_reload_closes_the_old_pool_once_its_message_is_done(loop_thread: LoopThread, quit_sink: RunningSink,
                                                               tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    write_policy(policy, quit_sink.port, tmp_path / "ring")
    runtime = Runtime(str(policy), open_audit=False)
    relay = serve_runtime(loop_thread, runtime)
    sink = quit_sink.sink
    assert isinstance(sink, QuitSink)
    assert send(relay, INTERNAL, [COLLEAGUE], MESSAGE)[0] == 250  # leaves one pooled connection
    sink.release.clear()
    sink.in_data.clear()
    replies: list[int] = []
    sender = threading.Thread(target=lambda: replies.append(send(relay, INTERNAL, [COLLEAGUE], MESSAGE)[0]))
    sender.start()
    assert sink.in_data.wait(10)  # the second message is at the next hop, on the old pool
    old = runtime.services
    assert runtime.reload(record=False)
    assert runtime.services is not old
    time.sleep(0.3)
    assert sink.quits == 0  # its message is still in flight: nothing closed under it
    sink.release.set()
    sender.join(10)
    assert replies == [250]
    assert wait_until(lambda: sink.quits == 1)  # then the old pool says QUIT
    assert send(relay, INTERNAL, [COLLEAGUE], MESSAGE)[0] == 250  # the new services carry on
    assert len(sink.wait_for(3)) == 3


def test_key_gauges_are_recomputed_periodically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 quit_sink: RunningSink) -> None:
    ring = tmp_path / "ring"
    policy = tmp_path / "policy.toml"
    write_policy(policy, quit_sink.port, ring)
    runtime = Runtime(str(policy), open_audit=False)
    monkeypatch.setattr(runtime_module, "KEYRING_GAUGE_SECONDS", 0.2)
    runtime.record_observability()
    assert REGISTRY.get_sample_value("sentinelle_gateway_keys_usable") == 0

    source = new_home(tmp_path / "src")
    try:
        public = tmp_path / "lab.asc"
        public.write_bytes(export_public(source, make_key(source, "Labo <labo@clinique.example>", expire="10d")))
        runtime.keyring.import_file(public)  # `sentinelle keys import`, no SIGHUP
    finally:
        kill_agent(source)

    def refreshed() -> bool:
        _ = runtime.services  # what every SMTP command and message does
        return REGISTRY.get_sample_value("sentinelle_gateway_keys_usable") == 1

    assert wait_until(refreshed)
    assert REGISTRY.get_sample_value("sentinelle_gateway_keys_expiring") == 1
