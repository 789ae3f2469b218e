"""Traceability through a real Postfix: the after-queue chain of deploy/postfix/ (Postfix's
content-filter client sends XFORWARD and DSN parameters to Sentinelle; the reinjection smtpd has
``smtpd_authorized_xforward_hosts``). Sentinelle passes the XFORWARD attributes on, so the
reinjection log names the original client and the upstream queue ID (IDENT), and the DSN parameters
(ENVID, RET on MAIL; NOTIFY, ORCPT on RCPT) arrive unchanged: the "relayed" DSN Postfix then issues
(the sink does not offer DSN) quotes the original envelope ID and the original recipient.
"""

from __future__ import annotations

import re
import smtplib
from collections.abc import Iterator

import pytest
from conftest import LoopThread, RunningSink
from postfix import PostfixInstance, content_filter_postfix
from test_relay import analyzer, base_policy, make_services

from sentinelle.proxy.policy.schema import HostPort
from sentinelle.proxy.smtp.handler import ServerState
from sentinelle.proxy.smtp.listener import start_server

pytestmark = [pytest.mark.postfix]

SENDER = "dr.tremblay@ssss.gouv.qc.ca"
RECIPIENT = "secretariat@ssss.gouv.qc.ca"
ENVID = "sentinelle-envid-42"
ORCPT = "rfc822;bureau.secretariat@ssss.gouv.qc.ca"


@pytest.fixture
def chain(sink: RunningSink, loop_thread: LoopThread) -> Iterator[PostfixInstance]:
    postfix, sentinelle_port, reinject_port = content_filter_postfix(sink.port)
    with postfix:
        services = make_services(base_policy(), reinject_port, analyzer())
        loop_thread.run(start_server(ServerState(lambda: services), listen=HostPort("127.0.0.1", sentinelle_port)))
        yield postfix


def test_xforward_and_dsn_parameters_reach_the_reinjection_smtpd(chain: PostfixInstance,
                                                                 sink: RunningSink) -> None:
    postfix = chain
    message = (f"From: <{SENDER}>\r\nTo: <{RECIPIENT}>\r\nSubject: trace\r\nMessage-ID: <trace-1@test>\r\n\r\n"
               "Bonjour.\r\n").encode()
    with smtplib.SMTP("127.0.0.1", postfix.smtpd_port, timeout=30) as client:
        client.ehlo("poste-42.ssss.gouv.qc.ca")
        client.sendmail(SENDER, [RECIPIENT], message, mail_options=[f"ENVID={ENVID}", "RET=HDRS"],
                        rcpt_options=["NOTIFY=SUCCESS,FAILURE", f"ORCPT={ORCPT}"])
    postfix.wait(lambda: any(b"trace-1@test" in m.data and m.mail_from == SENDER for m in sink.sink.messages),
                 what="the message at the sink")
    log = postfix.maillog.read_text(errors="replace")
    submitted = re.search(r"postfix-test/smtpd\[\d+\]: (\w+): client=localhost\[127\.0\.0\.1\]", log)
    assert submitted, log
    original_queue_id = submitted.group(1)
    reinjected = re.search(r"postfix/reinject/smtpd\[\d+\]: \w+: client=(\S+), orig_queue_id=(\w+), "
                           r"orig_client=(\S+)", log)
    assert reinjected, log
    assert reinjected.group(2) == original_queue_id  # XFORWARD IDENT
    assert reinjected.group(3) == "localhost[127.0.0.1]"  # XFORWARD NAME and ADDR: the submitting client
    # NOTIFY=SUCCESS to a sink without DSN: Postfix reports "relayed", quoting ENVID and ORCPT.
    postfix.wait(lambda: any(m.mail_from in ("", "<>") for m in sink.sink.messages), what="the relayed DSN at the sink",
                 timeout=8)
    report = next(m for m in sink.sink.messages if m.mail_from in ("", "<>")).data.decode(errors="replace")
    assert f"Original-Envelope-Id: {ENVID}" in report
    assert f"Original-Recipient: {ORCPT}" in report
    assert "Action: relayed" in report
    assert "text/rfc822-headers" in report  # RET=HDRS: headers only


@pytest.mark.parametrize("options, expected", [
    ([], None),
    (["SIZE=100", "BODY=8BITMIME", "SMTPUTF8", "RET=HDRS", "ENVID=abc+2Bdef"], None),
    (["RET=MAYBE"], "501"),
    (["ENVID=" + "x" * 101], "501"),
    (["ENVID=a=b"], "501"),
    (["RET=FULL", "RET=HDRS"], "501"),
    (["SIZE=999999999999"], "552"),
    (["FOO=BAR"], "555"),
])
def test_mail_parameters(options: list[str], expected: str | None) -> None:
    from sentinelle.proxy.smtp.parameters import mail_parameters_problem

    problem = mail_parameters_problem(options, 1_000_000)
    assert (problem[:3] if problem else None) == expected


@pytest.mark.parametrize("options, expected", [
    ([], None),
    (["NOTIFY=NEVER"], None),
    (["NOTIFY=SUCCESS,FAILURE,DELAY", "ORCPT=rfc822;a+2Bb@x.example"], None),
    (["NOTIFY=NEVER,SUCCESS"], "501"),
    (["ORCPT=a@x.example"], "501"),
    (["FOO=1"], "555"),
])
def test_rcpt_parameters(options: list[str], expected: str | None) -> None:
    from sentinelle.proxy.smtp.parameters import rcpt_parameters_problem

    problem = rcpt_parameters_problem(options)
    assert (problem[:3] if problem else None) == expected


def test_xforward_is_checked_and_never_inside_a_transaction(loop_thread: LoopThread, sink: RunningSink) -> None:
    from test_server import Raw

    from sentinelle.proxy import replies

    services = make_services(base_policy(), sink.port, analyzer())
    server = loop_thread.run(start_server(ServerState(lambda: services), listen=HostPort("127.0.0.1", 0)))
    raw = Raw(server.sockets[0].getsockname()[1])
    ehlo = raw.command(b"EHLO client.test").decode()
    assert "250-XFORWARD NAME ADDR PORT PROTO HELO IDENT SOURCE" in ehlo and "250-DSN" in ehlo
    assert raw.command(b"XFORWARD NAME=poste.example ADDR=192.0.2.7").decode().strip() == replies.XFORWARD_OK
    assert raw.command(b"XFORWARD COLOR=red").decode().strip() == replies.XFORWARD_SYNTAX
    assert raw.command(b"XFORWARD NAME=a b").decode().strip() == replies.XFORWARD_SYNTAX
    raw.command(b"MAIL FROM:<" + SENDER.encode() + b">")
    assert raw.command(b"XFORWARD IDENT=ABC").decode().strip() == replies.XFORWARD_IN_TRANSACTION
    raw.close()


def test_long_dsn_parameters_fit_in_a_command_line(loop_thread: LoopThread, sink: RunningSink) -> None:
    """RFC 3461 lets ORCPT carry 500 characters and ENVID 100: more than RFC 5321's 512-octet command."""
    from test_server import Raw

    services = make_services(base_policy(), sink.port, analyzer())
    server = loop_thread.run(start_server(ServerState(lambda: services), listen=HostPort("127.0.0.1", 0)))
    raw = Raw(server.sockets[0].getsockname()[1])
    raw.command(b"EHLO client.test")
    envid = b"e" * 100
    assert raw.command(b"MAIL FROM:<" + SENDER.encode() + b"> RET=HDRS ENVID=" + envid + b" SIZE=1000")[:3] == b"250"
    orcpt = b"rfc822;" + b"o" * 470 + b"@ssss.gouv.qc.ca"  # 493 characters: a 570-octet RCPT line
    assert raw.command(b"RCPT TO:<" + RECIPIENT.encode() + b"> NOTIFY=SUCCESS,FAILURE ORCPT=" + orcpt)[:3] == b"250"
    raw.close()
