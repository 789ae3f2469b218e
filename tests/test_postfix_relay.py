"""End to end through a real Postfix: Postfix -> Sentinelle (after-queue content filter, the
deploy/postfix/ snippets) -> Postfix reinjection -> sink. And Postfix keeps mail queued while
Sentinelle is down, then delivers it exactly once when it is back."""

from __future__ import annotations

import signal
import smtplib
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import RunningSink
from postfix import PostfixInstance, content_filter_postfix
from sentinelle_process import write_policy
from test_server import start_serve, wait_for_port

pytestmark = [pytest.mark.postfix, pytest.mark.slow]

SENDER = "dr.tremblay@ssss.gouv.qc.ca"
RECIPIENT = "secretariat@ssss.gouv.qc.ca"


def submit(postfix: PostfixInstance, message_id: str) -> None:
    with smtplib.SMTP("127.0.0.1", postfix.smtpd_port, timeout=30) as client:
        client.sendmail(SENDER, [RECIPIENT], (f"From: {SENDER}\r\nTo: {RECIPIENT}\r\nSubject: essai\r\n"
                                              f"Message-ID: <{message_id}>\r\n\r\nBonjour.\r\n").encode())


def arrived(sink: RunningSink, message_id: str) -> list[bytes]:
    return [m.data for m in sink.sink.messages if f"Message-ID: <{message_id}>".encode() in m.data]


@pytest.fixture
def chain(sink: RunningSink, tmp_path: Path) -> Iterator[tuple[PostfixInstance, int, Path]]:
    postfix, sentinelle_port, reinject_port = content_filter_postfix(sink.port)
    policy = tmp_path / "policy.toml"
    write_policy(policy, listen=sentinelle_port, next_hop=f"127.0.0.1:{reinject_port}")
    with postfix:
        yield postfix, sentinelle_port, policy


def test_mail_passes_sentinelle_and_waits_in_the_queue_while_it_is_down(
        chain: tuple[PostfixInstance, int, Path], sink: RunningSink, tmp_path: Path) -> None:
    postfix, port, policy = chain
    processes: list[subprocess.Popen[bytes]] = []
    try:
        sentinelle = start_serve(processes, "--policy", str(policy), cwd=tmp_path)
        wait_for_port(port, sentinelle)
        submit(postfix, "first@test")
        postfix.wait(lambda: arrived(sink, "first@test"), what="the first message at the sink")
        [first] = arrived(sink, "first@test")
        header_end = first.index(b"\r\n\r\n")
        assert b"\r\nX-Sentinelle-Scanned: " in first[:header_end]
        assert first[:header_end].count(b"Received: ") >= 2  # Postfix, then the reinjection smtpd

        sentinelle.send_signal(signal.SIGTERM)
        assert sentinelle.wait(30) == 0
        submit(postfix, "second@test")
        postfix.wait(lambda: "status=deferred" in postfix.maillog.read_text(errors="replace"),
                     what="the deferral")
        assert not postfix.queue_empty()
        time.sleep(1.0)
        assert arrived(sink, "second@test") == []

        sentinelle = start_serve(processes, "--policy", str(policy), cwd=tmp_path)
        wait_for_port(port, sentinelle)
        postfix.flush()
        postfix.wait(lambda: arrived(sink, "second@test"), what="the queued message after Sentinelle came back")
        postfix.wait(postfix.queue_empty, what="an empty queue")
        time.sleep(2.0)
        assert len(arrived(sink, "second@test")) == 1
        assert len(arrived(sink, "first@test")) == 1
    finally:
        for process in processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                process.wait(30)
