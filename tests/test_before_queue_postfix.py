"""Before-queue mode end to end with real Postfix: the submission service of
deploy/postfix/before-queue/master.cf (``smtpd_proxy_filter`` to Sentinelle, ``speed_adjust``)
in front of ``sentinelle serve`` with ``server.placement = "before_queue"``.

The snippet is used as shipped except what a loopback test cannot have: the port (a free one, not
587), no chroot, no TLS or SASL (the client is allowed by ``mynetworks`` instead).

* a message to a webmail recipient: the submitting client gets Sentinelle's ``550 5.7.1`` at the
  end of DATA, relayed by Postfix; nothing is queued, nothing is bounced, nothing reaches the sink;
* a good message passes through Sentinelle and Postfix's reinjection to the sink;
* a partly refused message: ``250``, the allowed recipient gets it, the sender a notification.
"""

from __future__ import annotations

import smtplib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import RunningSink, free_port
from postfix import PostfixInstance, deploy_snippet
from sentinelle_process import Sentinelle, write_policy

from sentinelle.proxy.model import Rule
from sentinelle.proxy.pipeline.flow import before_queue_refusal

pytestmark = [pytest.mark.postfix, pytest.mark.slow]

SENDER = "dr.tremblay@ssss.gouv.qc.ca"
COLLEAGUE = "secretariat@ssss.gouv.qc.ca"
WEBMAIL = "ami.personnel@gmail.com"
MARKER = b"CONTENU-DU-MESSAGE-AVANT-FILE"


def message(message_id: str, recipients: list[str]) -> bytes:
    return (f"From: {SENDER}\r\nTo: {', '.join(recipients)}\r\nSubject: Compte rendu\r\n"
            f"Message-ID: <{message_id}>\r\n\r\nBonjour, le compte rendu suit.\r\n").encode() + MARKER + b"\r\n"


class Chain:
    def __init__(self, postfix: PostfixInstance, submission: int) -> None:
        self.postfix = postfix
        self.submission = submission

    def submit(self, message_id: str, recipients: list[str]) -> tuple[int, str]:
        """The submitting client's view: the reply to DATA."""
        with smtplib.SMTP("127.0.0.1", self.submission, timeout=60) as client:
            client.ehlo("poste-medecin.test")
            assert client.mail(SENDER)[0] == 250
            for recipient in recipients:
                assert client.rcpt(recipient)[0] == 250
            code, text = client.data(message(message_id, recipients))
            return code, text.decode()


@pytest.fixture
def chain(sink: RunningSink, tmp_path: Path) -> Iterator[Chain]:
    port, reinject, submission = free_port(), free_port(), free_port()
    master = deploy_snippet("before-queue/master.cf", {
        "10025": str(port), "10026": str(reinject),
        "submission inet n       -       y": f"127.0.0.1:{submission} inet n - n",
        "smtpd_tls_security_level=encrypt": "smtpd_tls_security_level=none",
        "smtpd_sasl_auth_enable=yes": "smtpd_sasl_auth_enable=no",
        "permit_sasl_authenticated,reject": "permit_mynetworks,reject",
    })
    assert f"smtpd_proxy_filter=127.0.0.1:{port}" in master and f"127.0.0.1:{submission} inet" in master
    postfix = PostfixInstance(relayhost=f"[127.0.0.1]:{sink.port}", master_extra=master)
    policy = write_policy(tmp_path / "policy.toml", listen=port, next_hop=f"127.0.0.1:{reinject}",
                          server_extra='placement = "before_queue"')
    sentinelle = Sentinelle(policy, port, tmp_path / "sentinelle.log")
    try:
        sentinelle.wait_listening()
        with postfix:
            postfix._wait_listening(submission)
            yield Chain(postfix, submission)
    finally:
        sentinelle.stop()


def with_marker(sink: RunningSink) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((m.mail_from, m.rcpt_tos) for m in sink.sink.messages if MARKER in m.data)


def test_webmail_recipient_gets_550_at_end_of_data_and_nothing_is_queued(chain: Chain, sink: RunningSink) -> None:
    code, text = chain.submit("avant-1@test", [WEBMAIL])
    assert code == 550
    assert text == before_queue_refusal((Rule.WEBMAIL,))[4:]
    assert chain.postfix.queue_empty()
    time.sleep(3.0)  # more than a queue run: a bounce or a late delivery would show by now
    chain.postfix.flush()
    time.sleep(1.0)
    assert sink.sink.messages == []  # no delivery, no bounce, no notification
    log = chain.postfix.maillog.read_text(errors="replace")
    assert "proxy-reject: END-OF-MESSAGE: 550 5.7.1 Refused by Sentinelle (webmail)" in log
    assert "status=bounced" not in log and "queued as" not in log


def test_good_message_passes_to_the_sink(chain: Chain, sink: RunningSink) -> None:
    code, text = chain.submit("avant-2@test", [COLLEAGUE])
    assert code == 250, text
    chain.postfix.wait(lambda: with_marker(sink) == [(SENDER, (COLLEAGUE,))], what="the message at the sink")
    [received] = [m for m in sink.sink.messages if MARKER in m.data]
    assert b"\r\nX-Sentinelle-Scanned: " in received.data[:received.data.index(b"\r\n\r\n")]
    chain.postfix.wait(chain.postfix.queue_empty, what="an empty queue")


def test_partly_refused_message_is_250_with_a_notification(chain: Chain, sink: RunningSink) -> None:
    code, text = chain.submit("avant-3@test", [COLLEAGUE, WEBMAIL])
    assert code == 250, text
    chain.postfix.wait(lambda: with_marker(sink) and any(m.mail_from == "<>" for m in sink.sink.messages),
                       what="the delivery and the notification")
    assert with_marker(sink) == [(SENDER, (COLLEAGUE,))]
    [notice] = [m for m in sink.sink.messages if m.mail_from == "<>"]
    assert notice.rcpt_tos == (SENDER,) and MARKER not in notice.data and WEBMAIL.encode() in notice.data
