"""LMTP mode end to end with real Postfix: Postfix's ``lmtp`` client hands queued mail to
``sentinelle serve --lmtp`` (deploy/postfix/lmtp/ snippets, ports replaced) with several
recipients, and reads one reply per recipient.

What Sentinelle answers for a recipient the policy refuses is ``250`` (proxy/lmtp.py): Postfix
therefore never bounces the content; the sender gets Sentinelle's own content-free notification.
A temporary failure of one recipient's onward transaction is that recipient's own ``451``: Postfix
defers only it, and the others are not delivered twice.
"""

from __future__ import annotations

import contextlib
import re
import smtplib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import RunningSink
from postfix import PostfixInstance, content_filter_postfix
from sentinelle_process import Sentinelle, write_policy

pytestmark = [pytest.mark.postfix, pytest.mark.slow]

SENDER = "dr.tremblay@ssss.gouv.qc.ca"
COLLEAGUE = "secretariat@ssss.gouv.qc.ca"
PARTNER = "labo@partenaire.example"
WEBMAIL = "ami.personnel@gmail.com"
MARKER = b"CONTENU-DU-MESSAGE-LMTP"


def message(message_id: str, recipients: list[str]) -> bytes:
    return (f"From: {SENDER}\r\nTo: {', '.join(recipients)}\r\nSubject: Horaire de la semaine\r\n"
            f"Message-ID: <{message_id}>\r\nDate: Tue, 03 Mar 2026 10:00:00 -0500\r\n\r\n"
            "Bonjour, voici l'horaire de garde.\r\n").encode() + MARKER + b"\r\n"


def submit(postfix: PostfixInstance, message_id: str, recipients: list[str]) -> None:
    with smtplib.SMTP("127.0.0.1", postfix.smtpd_port, timeout=30) as client:
        client.sendmail(SENDER, recipients, message(message_id, recipients))


def lmtp_status(postfix: PostfixInstance) -> list[tuple[str, str, str]]:
    """(recipient, status, reply) of each delivery attempt by Postfix's sentinelle-lmtp client."""
    log = postfix.maillog.read_text(errors="replace")
    return re.findall(r"postfix/sentinelle-lmtp(?:/lmtp)?\[\d+\]: \w+: to=<([^>]+)>,.* status=(\w+) \((.*)\)$", log,
                      re.MULTILINE)


@contextlib.contextmanager
def lmtp_chain(sink: RunningSink, tmp_path: Path, next_hop: str | None = None,
               extra: str = "") -> Iterator[tuple[PostfixInstance, Sentinelle]]:
    postfix, port, reinject = content_filter_postfix(sink.port, "lmtp")
    assert postfix.content_filter == f"sentinelle-lmtp:[127.0.0.1]:{port}"
    policy = write_policy(tmp_path / "policy.toml", listen=port, next_hop=next_hop or f"127.0.0.1:{reinject}",
                          extra=extra)
    sentinelle = Sentinelle(policy, port, tmp_path / "sentinelle.log", "--lmtp")
    try:
        sentinelle.wait_listening()
        with postfix:
            yield postfix, sentinelle
    finally:
        sentinelle.stop()


@pytest.fixture
def chain(sink: RunningSink, tmp_path: Path) -> Iterator[tuple[PostfixInstance, Sentinelle]]:
    with lmtp_chain(sink, tmp_path) as running:
        yield running


def with_marker(sink: RunningSink) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((m.mail_from, m.rcpt_tos) for m in sink.sink.messages if MARKER in m.data)


def test_refused_recipient_gets_250_and_a_notification_never_a_bounce(
        chain: tuple[PostfixInstance, Sentinelle], sink: RunningSink) -> None:
    postfix, _ = chain
    submit(postfix, "lmtp-1@test", [COLLEAGUE, WEBMAIL, PARTNER])
    postfix.wait(lambda: with_marker(sink) and any(m.mail_from == "<>" for m in sink.sink.messages)
                 and postfix.queue_empty(), what="delivery and the notification")
    time.sleep(2.0)  # room for a bounce, if Postfix were to make one

    # One reply per recipient, in LMTP: the refused one is 250 too, so nothing is bounced.
    statuses = lmtp_status(postfix)
    assert {rcpt for rcpt, _, _ in statuses} == {COLLEAGUE, WEBMAIL, PARTNER}
    assert all(status == "sent" and reply.startswith("250 2.0.0") for _, status, reply in statuses)
    assert "status=bounced" not in postfix.maillog.read_text(errors="replace")

    # The content went to the allowed recipients only, once each.
    delivered = with_marker(sink)
    assert sorted(r for _, rcpts in delivered for r in rcpts) == sorted([COLLEAGUE, PARTNER])
    assert all(sender == SENDER for sender, _ in delivered)
    # The only null-sender message is Sentinelle's notification, without the content.
    null_sender = [m for m in sink.sink.messages if m.mail_from == "<>"]
    assert len(null_sender) == 1
    [notice] = null_sender
    assert notice.rcpt_tos == (SENDER,)
    assert b"report-type=delivery-status" in notice.data and b"From: Sentinelle <" in notice.data
    assert MARKER not in notice.data and b"Horaire de la semaine" not in notice.data
    assert WEBMAIL.encode() in notice.data and b"Undelivered Mail" not in notice.data


def test_one_recipient_deferred_alone_and_nobody_gets_it_twice(sink: RunningSink, tmp_path: Path) -> None:
    # The webmail rule in audit mode gives the webmail recipient its own onward transaction (its
    # copy carries X-Sentinelle-Audit); Sentinelle relays straight to the sink, which refuses that
    # recipient temporarily: a per-recipient temporary failure, as a failed encrypted copy would be.
    sink.sink.refuse[WEBMAIL] = "451 4.3.0 Mailbox busy, try again later"
    with lmtp_chain(sink, tmp_path, next_hop=f"127.0.0.1:{sink.port}",
                    extra='[rules]\nwebmail = "audit"\n') as (postfix, _):
        submit(postfix, "lmtp-2@test", [COLLEAGUE, WEBMAIL])
        postfix.wait(lambda: any(s == "deferred" for _, s, _ in lmtp_status(postfix)),
                     what="the deferral of the webmail recipient")
        statuses = lmtp_status(postfix)
        assert (COLLEAGUE, "sent") in [(r, s) for r, s, _ in statuses]
        assert [(r, s) for r, s, reply in statuses if s == "deferred"] == [(WEBMAIL, "deferred")]
        assert with_marker(sink) == [(SENDER, (COLLEAGUE,))]
        assert not postfix.queue_empty()

        sink.sink.refuse.clear()
        postfix.flush()
        postfix.wait(lambda: len(with_marker(sink)) == 2 and postfix.queue_empty(),
                     what="the deferred recipient after the retry")
        time.sleep(1.0)
        assert with_marker(sink) == sorted([(SENDER, (COLLEAGUE,)), (SENDER, (WEBMAIL,))])
        [audited] = [m for m in sink.sink.messages if m.rcpt_tos == (WEBMAIL,)]
        assert b"X-Sentinelle-Audit: would-reject rule=webmail" in audited.data
