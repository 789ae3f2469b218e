"""The listener: access control, limits, address validation, timeouts, and ``sentinelle serve`` as a
process (start-up failures, SIGHUP with a broken policy, SIGTERM drain, --workers)."""

from __future__ import annotations

import os
import signal
import smtplib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import LoopThread, RunningSink, free_port, wait_for_greeting
from sentinelle_process import write_policy
from test_relay import COLLEAGUE, INTERNAL, MESSAGE, Relay, analyzer, base_policy, make_services, send, start_relay

from sentinelle.proxy import replies

REPO = Path(__file__).resolve().parents[1]


def relay_with(loop_thread: LoopThread, sink: RunningSink, **server: object) -> Relay:
    return start_relay(loop_thread, make_services(base_policy(**server), sink.port, analyzer()))


def reply_code(text: str) -> int:
    return int(text[:3])


class Raw:
    """A line-level SMTP client that can send what smtplib refuses to."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.stream = self.sock.makefile("rwb")
        self.greeting = self.reply()

    def reply(self) -> bytes:
        lines = []
        while True:
            line = self.stream.readline()
            lines.append(line)
            if len(line) < 4 or line[3:4] != b"-":
                return b"".join(lines)

    def command(self, line: bytes) -> bytes:
        self.stream.write(line + b"\r\n")
        self.stream.flush()
        return self.reply()

    def close(self) -> None:
        self.stream.close()
        self.sock.close()


def test_ehlo_advertises_size_8bitmime_smtputf8_pipelining(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = relay_with(loop_thread, sink, max_message_bytes=1_000_000)
    with relay.client() as client:
        client.ehlo("client.test")
        assert client.esmtp_features["size"] == "1000000"
        for feature in ("8bitmime", "smtputf8", "pipelining"):
            assert feature in client.esmtp_features


def test_pipelined_commands_are_answered_in_order(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = relay_with(loop_thread, sink)
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    raw.stream.write(b"MAIL FROM:<a@ssss.gouv.qc.ca>\r\nRCPT TO:<b@ssss.gouv.qc.ca>\r\n"
                     b"RCPT TO:<bad\x01@x.example>\r\nDATA\r\n")
    raw.stream.flush()
    answers = [raw.reply()[:3] for _ in range(4)]
    assert answers == [b"250", b"250", b"501", b"354"]
    assert raw.command(MESSAGE + b".")[:3] == b"250"
    raw.close()
    assert [m.rcpt_tos for m in sink.sink.wait_for(1)] == [("b@ssss.gouv.qc.ca",)]


def test_peer_outside_allowed_networks_gets_554(loop_thread: LoopThread, sink: RunningSink) -> None:
    import ipaddress

    relay = relay_with(loop_thread, sink, allowed_networks=(ipaddress.ip_network("10.0.0.0/8"),))
    with pytest.raises(smtplib.SMTPConnectError) as error:
        smtplib.SMTP("127.0.0.1", relay.port, timeout=10)
    assert error.value.smtp_code == 554
    assert error.value.smtp_error.decode() == replies.ACCESS_DENIED[4:]


def test_connections_beyond_the_limit_get_421_at_once(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = relay_with(loop_thread, sink, max_connections=2)
    first, second = Raw(relay.port), Raw(relay.port)
    assert first.greeting.startswith(b"220") and second.greeting.startswith(b"220")
    third = Raw(relay.port)
    assert third.greeting.decode().strip() == replies.TOO_MANY_CONNECTIONS
    for raw in (first, second, third):
        raw.close()
    time.sleep(0.2)
    fourth = Raw(relay.port)
    assert fourth.greeting.startswith(b"220")
    fourth.close()


def test_oversize_message_gets_552(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = relay_with(loop_thread, sink, max_message_bytes=2000)
    with relay.client() as client:
        client.ehlo("client.test")
        assert client.mail(INTERNAL, ["SIZE=5000"])[0] == 552
    code, _ = send(relay, INTERNAL, [COLLEAGUE], MESSAGE + (b"y" * 70 + b"\r\n") * 50)
    assert code == 552
    assert sink.sink.wait_for(1, timeout=0.3) == []


@pytest.mark.parametrize("command, expected", [
    (b"MAIL FROM:<a\x00b@ssss.gouv.qc.ca>", replies.SENDER_SYNTAX),
    (b"MAIL FROM:<a\rb@ssss.gouv.qc.ca>", replies.SENDER_SYNTAX),
    (b"MAIL FROM:<a\x01b@ssss.gouv.qc.ca>", replies.SENDER_SYNTAX),
    (b"MAIL FROM:<a\x7fb@ssss.gouv.qc.ca>", replies.SENDER_SYNTAX),
    (b"MAIL FROM:<" + b"a" * 65 + b"@ssss.gouv.qc.ca>", replies.SENDER_TOO_LONG),
    (b"MAIL FROM:<a@" + b"b" * 250 + b".ca>", replies.SENDER_TOO_LONG),
    (b"MAIL FROM:<a@b@ssss.gouv.qc.ca>", "553"),  # aiosmtpd's parser refuses it first
    (b"MAIL FROM:<a@-bad-.example>", replies.SENDER_MALFORMED),
    (b"MAIL FROM:<\xff\xfe@ssss.gouv.qc.ca> SMTPUTF8", replies.SENDER_SYNTAX),
])
def test_bad_sender_addresses_are_refused(loop_thread: LoopThread, sink: RunningSink, command: bytes,
                                          expected: str) -> None:
    relay = relay_with(loop_thread, sink)
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    answer = raw.command(command).decode("ascii", "replace").strip()
    assert answer == expected if len(expected) > 3 else answer.startswith(expected)
    raw.close()


@pytest.mark.parametrize("command, expected", [
    (b"RCPT TO:<b\x00c@ssss.gouv.qc.ca>", replies.RECIPIENT_SYNTAX),
    (b"RCPT TO:<b\nc@ssss.gouv.qc.ca>", None),  # the LF ends the command line: never a recipient with LF
    (b"RCPT TO:<>", replies.NULL_RECIPIENT),
    (b"RCPT TO:<" + b"b" * 65 + b"@ssss.gouv.qc.ca>", replies.RECIPIENT_TOO_LONG),
    (b"RCPT TO:<b@>", None),
    (b"RCPT TO:<postmaster>", replies.RECIPIENT_OK),
    (b"RCPT TO:<\"quoted name\"@ssss.gouv.qc.ca>", replies.RECIPIENT_OK),
    (b"RCPT TO:<b@[127.0.0.1]>", replies.RECIPIENT_OK),
])
def test_recipient_addresses_are_checked(loop_thread: LoopThread, sink: RunningSink, command: bytes,
                                         expected: str | None) -> None:
    relay = relay_with(loop_thread, sink)
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    raw.command(b"MAIL FROM:<a@ssss.gouv.qc.ca>")
    answer = raw.command(command).decode("ascii", "replace").strip()
    if expected is None:
        assert answer[0] in "45"
    else:
        assert answer == expected
    raw.close()


def test_recipients_beyond_the_limit_get_452(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = relay_with(loop_thread, sink, max_recipients=2)
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    raw.command(b"MAIL FROM:<a@ssss.gouv.qc.ca>")
    assert raw.command(b"RCPT TO:<b@ssss.gouv.qc.ca>")[:3] == b"250"
    assert raw.command(b"RCPT TO:<c@ssss.gouv.qc.ca>")[:3] == b"250"
    assert raw.command(b"RCPT TO:<d@ssss.gouv.qc.ca>").decode().strip() == replies.TOO_MANY_RECIPIENTS
    raw.close()


def test_handler_exception_gives_451_not_500(loop_thread: LoopThread, sink: RunningSink,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    relay = relay_with(loop_thread, sink)

    async def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("patient data would be here")

    monkeypatch.setattr("sentinelle.proxy.pipeline.flow.process", boom)  # the DATA hook itself fails
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    raw.command(b"MAIL FROM:<a@ssss.gouv.qc.ca>")
    raw.command(b"RCPT TO:<b@ssss.gouv.qc.ca>")
    raw.command(b"DATA")
    answer = raw.command(MESSAGE + b".").decode().strip()
    assert answer == replies.TEMPFAIL
    raw.close()


def test_data_timer_is_idle_based_and_commands_time_out(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = relay_with(loop_thread, sink, command_timeout_seconds=0.6, data_timeout_seconds=1.0)
    raw = Raw(relay.port)
    raw.command(b"EHLO client.test")
    raw.command(b"MAIL FROM:<a@ssss.gouv.qc.ca>")
    raw.command(b"RCPT TO:<b@ssss.gouv.qc.ca>")
    assert raw.command(b"DATA")[:3] == b"354"
    for line in MESSAGE.split(b"\r\n")[:-1]:  # slow but steady: 2.5 s in all, each gap 0.25 s
        raw.stream.write(line + b"\r\n")
        raw.stream.flush()
        time.sleep(0.25)
    assert raw.command(b".")[:3] == b"250"
    time.sleep(1.2)  # idle between commands beyond command_timeout_seconds: 421 4.4.2, then closed
    assert raw.stream.readline().decode().strip() == replies.TIMEOUT
    assert raw.stream.readline() == b""
    raw.close()


# --- sentinelle serve as a process -----------------------------------------------------------------------


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    def alive() -> None:
        if process.poll() is not None:
            raise AssertionError(f"serve exited {process.returncode}: {process.stderr.read().decode()}")  # type: ignore[union-attr]

    if not wait_for_greeting(port, timeout, alive):
        raise AssertionError("serve did not start listening")


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[list[subprocess.Popen[bytes]]]:
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for process in started:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def start_serve(serve: list[subprocess.Popen[bytes]], *args: str, cwd: Path) -> subprocess.Popen[bytes]:
    process = subprocess.Popen([sys.executable, "-m", "sentinelle.proxy", "serve", *args], cwd=cwd,
                               env={**os.environ, "PYTHONPATH": str(REPO)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    serve.append(process)
    return process


def smtp_send(port: int, sender: str, recipients: list[str]) -> tuple[int, bytes]:
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo("client.test")
        client.mail(sender)
        for recipient in recipients:
            client.rcpt(recipient)
        return client.data(b"Subject: essai\r\nMessage-ID: <serve@test>\r\n\r\nbonjour\r\n")


def test_invalid_policy_stops_startup(tmp_path: Path, serve: list[subprocess.Popen[bytes]]) -> None:
    bad = tmp_path / "policy.toml"
    bad.write_text('[server]\nmax_connections = "many"\n')
    process = start_serve(serve, "--policy", str(bad), cwd=tmp_path)
    assert process.wait(60) == 1
    error = process.stderr.read().decode()  # type: ignore[union-attr]
    assert "server.max_connections" in error and "invalid policy" in error


def test_busy_port_stops_startup(tmp_path: Path, serve: list[subprocess.Popen[bytes]]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        policy = tmp_path / "policy.toml"
        write_policy(policy, listen=port, next_hop=f"maildir:{tmp_path / 'md'}")
        for workers in ("1", "2"):
            process = start_serve(serve, "--policy", str(policy), "--workers", workers, cwd=tmp_path)
            assert process.wait(60) == 1
            assert f"cannot listen on 127.0.0.1:{port}" in process.stderr.read().decode()  # type: ignore[union-attr]


def test_sighup_with_a_broken_policy_keeps_the_old_one(tmp_path: Path, serve: list[subprocess.Popen[bytes]]) -> None:
    port = free_port()
    maildir = tmp_path / "md"
    policy = tmp_path / "policy.toml"
    # gmail.com removed from the webmail list: mail to it is delivered (external, not confidential).
    write_policy(policy, listen=port, next_hop=f"maildir:{maildir}", extra='[webmail]\nremove_domains = ["gmail.com"]')
    process = start_serve(serve, "--policy", str(policy), cwd=tmp_path)
    wait_for_port(port, process)
    assert smtp_send(port, INTERNAL, ["ami@gmail.com"])[0] == 250
    policy.write_text('[server]\nmax_recipients = -1\n[webmail]\nscope = "sometimes"\n')
    process.send_signal(signal.SIGHUP)
    time.sleep(1.5)
    assert process.poll() is None
    assert smtp_send(port, INTERNAL, ["ami@gmail.com"])[0] == 250
    delivered = list((maildir / "new").iterdir())
    assert len(delivered) == 2  # both to gmail.com: the old policy is still in force
    assert all(b"Delivered-To: ami@gmail.com" in p.read_bytes() for p in delivered)
    process.send_signal(signal.SIGTERM)
    assert process.wait(30) == 0
    log = process.stderr.read().decode()  # type: ignore[union-attr]
    assert "policy reload refused" in log
    assert "server.max_recipients" in log and "webmail.scope" in log


def test_sigterm_finishes_the_transaction_in_flight(tmp_path: Path, serve: list[subprocess.Popen[bytes]],
                                                    sink: RunningSink) -> None:
    port = free_port()
    policy = tmp_path / "policy.toml"
    write_policy(policy, listen=port, next_hop=sink.address)
    process = start_serve(serve, "--policy", str(policy), cwd=tmp_path)
    wait_for_port(port, process)
    sink.sink.delay = 1.5
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo("client.test")
        client.mail(INTERNAL)
        client.rcpt(COLLEAGUE)
        client.putcmd("data")
        assert client.getreply()[0] == 354
        client.send(b"Subject: essai\r\n\r\nbonjour\r\n.\r\n")
        # SIGTERM while the relay waits on the next hop, however slow the machine is.
        assert sink.sink.data_started.wait(30)
        process.send_signal(signal.SIGTERM)
        assert client.getreply()[0] == 250
    assert process.wait(30) == 0
    assert len(sink.sink.messages) == 1
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1)


def test_workers_share_the_port_and_a_dead_worker_is_restarted(tmp_path: Path,
                                                               serve: list[subprocess.Popen[bytes]]) -> None:
    port = free_port()
    maildir = tmp_path / "md"
    policy = tmp_path / "policy.toml"
    write_policy(policy, listen=port, next_hop=f"maildir:{maildir}")
    process = start_serve(serve, "--policy", str(policy), "--workers", "2", cwd=tmp_path)
    wait_for_port(port, process)
    for _ in range(30):
        assert smtp_send(port, INTERNAL, [COLLEAGUE])[0] == 250
    pids = {p.name.split("P")[1].split("Q")[0] for p in (maildir / "new").iterdir()}
    assert len(pids) == 2  # both workers took connections
    os.kill(int(sorted(pids)[0]), signal.SIGKILL)
    time.sleep(2.0)
    for _ in range(30):
        assert smtp_send(port, INTERNAL, [COLLEAGUE])[0] == 250
    pids_after = {p.name.split("P")[1].split("Q")[0] for p in (maildir / "new").iterdir()}
    assert len(pids_after - pids) == 1  # the replacement worker
    process.send_signal(signal.SIGTERM)
    assert process.wait(30) == 0


def test_workers_zero_is_a_usage_error(tmp_path: Path, serve: list[subprocess.Popen[bytes]]) -> None:
    policy = tmp_path / "policy.toml"
    write_policy(policy, listen=free_port(), next_hop="127.0.0.1:1")
    for value in ("0", "-1"):
        process = start_serve(serve, "--policy", str(policy), "--workers", value, cwd=tmp_path)
        assert process.wait(60) == 2
        assert "--workers must be at least 1" in process.stderr.read().decode()  # type: ignore[union-attr]


def test_readyz_answers_503_from_the_start_of_the_drain(tmp_path: Path, serve: list[subprocess.Popen[bytes]],
                                                        sink: RunningSink) -> None:
    """Single-process mode: /readyz turns 503 as soon as SIGTERM starts the drain, while the
    transaction in flight is still being waited for (a load balancer stops sending at once)."""
    import urllib.error
    import urllib.request

    def readyz() -> int:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{metrics_port}/readyz", timeout=5) as response:
                return int(response.status)
        except urllib.error.HTTPError as error:
            return error.code

    port, metrics_port = free_port(), free_port()
    policy = tmp_path / "policy.toml"
    write_policy(policy, listen=port, next_hop=sink.address)
    process = start_serve(serve, "--policy", str(policy), "--metrics", f"127.0.0.1:{metrics_port}", cwd=tmp_path)
    wait_for_port(port, process)
    deadline = time.monotonic() + 30
    while readyz() != 200 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert readyz() == 200
    raw = Raw(port)
    raw.command(b"EHLO client.test")
    raw.command(b"MAIL FROM:<" + INTERNAL.encode() + b">")  # a transaction in flight: the drain waits
    process.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 4  # shutdown_grace_seconds is 5 in write_policy
    while readyz() != 503 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert readyz() == 503
    assert process.poll() is None  # still draining
    raw.close()
    assert process.wait(30) == 0
