"""An SMTPUTF8 message for a next hop that does not offer SMTPUTF8: handled as a permanent failure for
those recipients (RFC 6531 allows no downgrade in transit): nothing relayed to them, 250, a content-free
notification to the internal sender with status 5.6.x, an audit outcome line and a metric; never the
endless 451 that ends in Postfix bouncing the content days later."""

from __future__ import annotations

import json
import smtplib
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from conftest import LoopThread, RunningSink, Sink, free_port
from prometheus_client import REGISTRY
from test_relay import INTERNAL, analyzer, base_policy, make_services, start_relay

from sentinelle.proxy.observability.audit import AuditTrail

UTF8_RECIPIENT = "andré@clinique.example"
UTF8_MESSAGE = ("From: dr.tremblay@ssss.gouv.qc.ca\r\nTo: andré@clinique.example\r\nSubject: Résumé\r\n"
                "Message-ID: <utf8@ssss.gouv.qc.ca>\r\n\r\nSECRET-BODY-WORD\r\n").encode()


@pytest.fixture
def ascii_only_sink() -> Iterator[RunningSink]:
    sink = Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port, enable_SMTPUTF8=False)
    controller.start()
    yield RunningSink(sink, "127.0.0.1", port, controller)
    controller.stop()


def refused_count() -> float:
    return REGISTRY.get_sample_value("sentinelle_recipients_total",
                                     {"action": "reject", "rule": "smtputf8_unsupported"}) or 0.0


def test_smtputf8_message_to_a_next_hop_without_it(loop_thread: LoopThread, ascii_only_sink: RunningSink,
                                                   tmp_path: Path) -> None:
    audit = tmp_path / "audit.jsonl"
    relay = start_relay(loop_thread, make_services(base_policy(), ascii_only_sink.port, analyzer(),
                                                   audit=AuditTrail(str(audit))))
    before = refused_count()
    with relay.client() as client:
        client.ehlo("client.test")
        assert client.mail(INTERNAL, ["SMTPUTF8", "BODY=8BITMIME"])[0] == 250
        assert client.rcpt(UTF8_RECIPIENT)[0] == 250
        code, _ = client.data(UTF8_MESSAGE)
    assert code == 250
    [notice] = ascii_only_sink.sink.wait_for(1)
    assert notice.mail_from == "<>" and notice.rcpt_tos == (INTERNAL,)
    assert b"Status: 5.6.7\r\n" in notice.data
    assert b"Final-Recipient: utf-8; andr\\x{E9}@clinique.example" in notice.data
    assert b"SECRET-BODY-WORD" not in notice.data and "Résumé".encode() not in notice.data
    assert refused_count() == before + 1
    lines = [json.loads(line) for line in audit.read_text().splitlines()]
    assert [(e.get("event"), e["outcome"]) for e in lines] == [(None, "relayed"), ("outcome", "smtputf8_unsupported")]


def test_an_ascii_message_still_flows(loop_thread: LoopThread, ascii_only_sink: RunningSink) -> None:
    relay = start_relay(loop_thread, make_services(base_policy(), ascii_only_sink.port, analyzer()))
    with smtplib.SMTP("127.0.0.1", relay.port, timeout=30) as client:
        client.sendmail(INTERNAL, ["secretariat@ssss.gouv.qc.ca"], b"Subject: x\r\n\r\nok\r\n")
    assert len(ascii_only_sink.sink.wait_for(1)) == 1
