"""SIGKILL of a worker that holds connections (``serve --workers 2``) loses nothing (issue 11, Deliver 4).

Clients are mid-transaction (the next hop takes its time before accepting) when one worker is killed.
Each client sees a 4xx or a dropped connection, or a 250 only for a message the next hop has; the
supervisor starts a new worker and the service relays again on both.
"""

from __future__ import annotations

import os
import signal
import smtplib
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import free_port
from faults import RunningHop, policy_text, start_hop
from sentinelle_process import Sentinelle

pytestmark = [pytest.mark.slow]

SENDER = "dr.tremblay@ssss.gouv.qc.ca"
RECIPIENT = "secretariat@ssss.gouv.qc.ca"
CLIENTS = 8


def children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()]


def socket_count(pid: int) -> int:
    count = 0
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            count += os.readlink(fd).startswith("socket:")
        except OSError:
            continue
    return count


def send(port: int, message_id: bytes, outcomes: dict[bytes, str]) -> None:
    body = (b"From: " + SENDER.encode() + b"\r\nTo: " + RECIPIENT.encode() + b"\r\nSubject: essai\r\n"
            b"Message-ID: " + message_id + b"\r\n\r\nBonjour.\r\n")
    try:
        with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
            client.sendmail(SENDER, [RECIPIENT], body)
        outcomes[message_id] = "250"
    except smtplib.SMTPResponseException as error:
        outcomes[message_id] = str(error.smtp_code)
    except smtplib.SMTPRecipientsRefused as error:
        outcomes[message_id] = str(next(iter(error.recipients.values()))[0])
    except (smtplib.SMTPServerDisconnected, ConnectionError, TimeoutError) as error:
        outcomes[message_id] = f"dropped ({type(error).__name__})"


@pytest.fixture
def hop() -> Iterator[RunningHop]:
    running = start_hop()
    running.hop.delay_seconds = 3.0
    yield running
    running.stop()


def test_sigkill_of_a_busy_worker(hop: RunningHop, tmp_path: Path) -> None:
    port = free_port()
    policy = tmp_path / "policy.toml"
    policy.write_text(policy_text(port, hop.address))
    sentinelle = Sentinelle(policy, port, tmp_path / "serve.log", "--workers", "2").wait_listening()
    try:
        supervisor = sentinelle.process.pid
        deadline = time.monotonic() + 30
        while len(children(supervisor)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        workers = children(supervisor)
        assert len(workers) == 2
        log = sentinelle.log.read_text()
        # The supervisor warmed the classifier up once, before it started the workers (server.warm_up_seconds).
        assert "classifier warmed up on" in log
        assert log.index("classifier warmed up on") < log.index("listening on"), log
        outcomes: dict[bytes, str] = {}
        ids = [f"<{uuid.uuid4().hex}@kill.test>".encode() for _ in range(CLIENTS)]
        threads = [threading.Thread(target=send, args=(port, i, outcomes)) for i in ids]
        for thread in threads:
            thread.start()
        time.sleep(1.5)  # every client is past DATA, waiting on the slow next hop
        victim = max(workers, key=socket_count)
        os.kill(victim, signal.SIGKILL)
        for thread in threads:
            thread.join(90)
        assert len(outcomes) == CLIENTS
        time.sleep(hop.hop.delay_seconds + 1)  # let the hop finish what it was given
        for message_id, outcome in outcomes.items():
            assert outcome == "250" or outcome.startswith(("4", "dropped")), outcome
            if outcome == "250":
                assert hop.hop.copies(message_id), "250 for a message the next hop does not have"
        assert any(o != "250" for o in outcomes.values()), f"the kill hit no transaction: {outcomes}"

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            current = children(supervisor)
            if len(current) == 2 and victim not in current:
                break
            time.sleep(0.2)
        assert len(children(supervisor)) == 2 and victim not in children(supervisor), "the worker was not restarted"
        assert sentinelle.process.poll() is None
        hop.hop.delay_seconds = 0.0
        again: dict[bytes, str] = {}
        for _ in range(6):  # SO_REUSEPORT spreads these over both workers
            send(port, f"<{uuid.uuid4().hex}@after.test>".encode(), again)
        assert set(again.values()) == {"250"}, again
        assert all(hop.hop.copies(i) for i in again)
    finally:
        sentinelle.stop()
