"""Deadlines, not only idle timers, through a real listener on loopback: every timer answers
``421 4.4.2`` before closing and is counted in ``sentinelle_smtp_timeouts_total{stage}``; a client
sending one byte per second cannot keep a transaction open past ``transaction_deadline_seconds``;
the first command has its own bound; NOOP does not keep an idle connection alive; and when the
listener is nearly full, idle connections are closed after a short time (Postfix's stress value)."""

from __future__ import annotations

import time

import pytest
from conftest import LoopThread, RunningSink
from prometheus_client import REGISTRY
from test_relay import COLLEAGUE, INTERNAL, Relay, analyzer, base_policy, make_services, start_relay
from test_server import Raw

from sentinelle.proxy import replies


def timeouts(stage: str) -> float:
    return REGISTRY.get_sample_value("sentinelle_smtp_timeouts_total", {"stage": stage}) or 0.0


def relay_with(loop_thread: LoopThread, sink: RunningSink, **server: object) -> Relay:
    return start_relay(loop_thread, make_services(base_policy(**server), sink.port, analyzer()))


def read_until_closed(raw: Raw, limit: float) -> bytes:
    """Everything the server sends until it closes the connection (at most ``limit`` seconds)."""
    raw.sock.settimeout(limit)
    received = b""
    try:
        while chunk := raw.sock.recv(4096):
            received += chunk
    except TimeoutError:
        pytest.fail(f"still open after {limit} s; received {received!r}")
    return received


def test_one_byte_per_second_hits_the_transaction_deadline(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = relay_with(loop_thread, sink, transaction_deadline_seconds=2.0, data_timeout_seconds=5.0)
    before = timeouts("deadline")
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    raw.command(b"MAIL FROM:<" + INTERNAL.encode() + b">")
    raw.command(b"RCPT TO:<" + COLLEAGUE.encode() + b">")
    assert raw.command(b"DATA")[:3] == b"354"
    started = time.monotonic()
    raw.sock.setblocking(True)
    answer = b""
    for byte in b"Subject: slow\r\n\r\nun octet par seconde\r\n":  # each byte well within data_timeout
        try:
            raw.sock.sendall(bytes([byte]))
        except OSError:
            break
        raw.sock.settimeout(1.0)
        try:
            answer = raw.sock.recv(4096)
        except TimeoutError:
            continue
        break
    answer += read_until_closed(raw, 5.0)
    assert answer.decode().strip() == replies.TIMEOUT
    assert time.monotonic() - started < 10  # 2 s deadline (the idle timer alone would never fire)
    assert timeouts("deadline") == before + 1
    assert sink.sink.wait_for(1, timeout=0.5) == []


def test_idle_between_commands_gets_421_then_close(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = relay_with(loop_thread, sink, command_timeout_seconds=0.5)
    before = timeouts("command")
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    assert read_until_closed(raw, 5.0).decode().strip() == replies.TIMEOUT
    assert timeouts("command") == before + 1


def test_idle_in_data_gets_421_then_close(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = relay_with(loop_thread, sink, data_timeout_seconds=0.5)
    before = timeouts("data")
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    raw.command(b"MAIL FROM:<" + INTERNAL.encode() + b">")
    raw.command(b"RCPT TO:<" + COLLEAGUE.encode() + b">")
    raw.command(b"DATA")
    raw.stream.write(b"Subject: then nothing\r\n")
    raw.stream.flush()
    assert read_until_closed(raw, 5.0).decode().strip() == replies.TIMEOUT
    assert timeouts("data") == before + 1


def test_the_first_command_has_its_own_bound(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = relay_with(loop_thread, sink, first_command_timeout_seconds=0.5, command_timeout_seconds=300)
    before = timeouts("first_command")
    raw = Raw(relay.port)
    raw.command(b"NOOP")  # not an introduction: the bound runs on
    assert read_until_closed(raw, 5.0).decode().strip() == replies.TIMEOUT
    assert timeouts("first_command") == before + 1


def test_noop_does_not_keep_an_idle_connection_alive(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = relay_with(loop_thread, sink, command_timeout_seconds=1.0)
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    started = time.monotonic()
    closed = False
    while time.monotonic() - started < 6 and not closed:
        time.sleep(0.3)
        try:
            answer = raw.command(b"NOOP")
        except OSError:
            closed = True
            continue
        closed = answer.startswith(b"421") or answer == b""
    assert closed, "NOOP every 0.3 s kept the connection open past command_timeout_seconds"


def test_under_stress_idle_connections_are_released(loop_thread: LoopThread, sink: RunningSink,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sentinelle.proxy.smtp.server.STRESS_IDLE_SECONDS", 0.5)
    relay = relay_with(loop_thread, sink, max_connections=5, command_timeout_seconds=300)
    idle = [Raw(relay.port) for _ in range(3)]
    for raw in idle:
        raw.command(b"EHLO idle.test")
    time.sleep(1.0)
    assert all(raw.command(b"NOOP")[:3] == b"250" for raw in idle)  # 3 of 5: no stress, 300 s apply
    fourth = Raw(relay.port)  # 4 of 5 = 80 %: stress
    fourth.command(b"EHLO fourth.test")
    for raw in idle:
        assert read_until_closed(raw, 5.0).decode().strip() == replies.TIMEOUT
    late = Raw(relay.port)  # a slot is free again
    assert late.greeting.startswith(b"220")
    for raw in (fourth, late):
        raw.close()
