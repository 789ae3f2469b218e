"""Faults of the next hop lose nothing, through a real Postfix that retries (issue 11, Deliver 4).

Postfix (relayhost = Sentinelle) -> ``sentinelle serve`` -> a next hop that fails once in one way, then
recovers. Each test checks the exact reply Sentinelle gave (as Postfix logged it: the message was deferred,
not bounced) and that the message then arrived exactly once per recipient.
"""

from __future__ import annotations

import smtplib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from conftest import free_port
from faults import RunningHop, policy_text, start_hop
from postfix import PostfixInstance
from sentinelle_process import Sentinelle

from sentinelle.proxy import replies

pytestmark = [pytest.mark.postfix, pytest.mark.slow]

SENDER = "dr.tremblay@ssss.gouv.qc.ca"
FIRST = "secretariat@ssss.gouv.qc.ca"
SECOND = "archives@ssss.gouv.qc.ca"
NEXT_HOP_TIMEOUT = 3


@dataclass
class Chain:
    postfix: PostfixInstance
    sentinelle: Sentinelle
    hop: RunningHop


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chain]:
    base = tmp_path_factory.mktemp("faults-next-hop")
    hop = start_hop()
    hop.hop.stall_seconds = NEXT_HOP_TIMEOUT + 2
    port = free_port()
    policy = base / "policy.toml"
    policy.write_text(policy_text(port, hop.address, next_hop_timeout=NEXT_HOP_TIMEOUT))
    sentinelle = Sentinelle(policy, port, base / "serve.log").wait_listening()
    postfix = PostfixInstance(relayhost=f"[127.0.0.1]:{port}")
    try:
        with postfix:
            yield Chain(postfix, sentinelle, hop)
    finally:
        sentinelle.stop()
        hop.stop()


def submit(chain: Chain, recipients: list[str]) -> bytes:
    message_id = f"<{uuid.uuid4().hex}@faults.test>".encode()
    body = (b"From: " + SENDER.encode() + b"\r\nTo: " + ", ".join(recipients).encode() + b"\r\nSubject: essai\r\n"
            b"Message-ID: " + message_id + b"\r\n\r\nBonjour.\r\n")
    with smtplib.SMTP("127.0.0.1", chain.postfix.smtpd_port, timeout=30) as client:
        assert client.sendmail(SENDER, recipients, body) == {}
    return message_id


def deliver_through_fault(chain: Chain, fault: str, recipients: list[str], expected_reply: str) -> None:
    offset = chain.postfix.maillog.stat().st_size if chain.postfix.maillog.exists() else 0
    chain.hop.hop.arm(fault, 1)
    message_id = submit(chain, recipients)
    chain.postfix.wait(lambda: chain.hop.hop.copies(message_id), timeout=90, what="delivery after the fault")
    assert chain.hop.hop.injected.get(fault, 0) >= 1, "the fault was not injected"
    chain.postfix.wait(chain.postfix.queue_empty, timeout=30, what="an empty queue")
    log = chain.postfix.maillog.read_bytes()[offset:].decode(errors="replace")
    deferred = [line for line in log.splitlines() if "status=deferred" in line]
    assert deferred and all(f"said: {expected_reply}" in line for line in deferred), log
    assert "status=sent" in log
    copies = chain.hop.hop.copies(message_id)
    delivered = sorted(r for c in copies for r in c.rcpt_tos)
    assert delivered == sorted(recipients), f"each recipient exactly once, got {delivered}"
    assert "status=bounced" not in log


def test_next_hop_421_at_mail(chain: Chain) -> None:
    deliver_through_fault(chain, "421", [FIRST], replies.NEXT_HOP_TEMPFAIL)


def test_next_hop_451_after_data(chain: Chain) -> None:
    deliver_through_fault(chain, "451", [FIRST], replies.NEXT_HOP_TEMPFAIL)


def test_next_hop_452_for_some_recipients(chain: Chain) -> None:
    """One recipient 452 at RCPT: Sentinelle sends no DATA (RSET), answers 451 for the message, and the
    retry delivers to both, once each (relay.py's documented handling: no partial copy)."""
    chain.hop.hop.partial = frozenset({SECOND})
    try:
        deliver_through_fault(chain, "452", [FIRST, SECOND], replies.NEXT_HOP_TEMPFAIL)
    finally:
        chain.hop.hop.partial = frozenset()


def test_next_hop_drops_the_connection_after_data(chain: Chain) -> None:
    deliver_through_fault(chain, "drop", [FIRST], replies.NEXT_HOP_TEMPFAIL)


def test_next_hop_stalls_past_the_timeout(chain: Chain) -> None:
    deliver_through_fault(chain, "stall", [FIRST], replies.NEXT_HOP_TEMPFAIL)
