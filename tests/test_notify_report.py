"""The notification as an RFC 3464 report: the next hop's own enhanced status, the time Sentinelle
received the message as Arrival-Date, and no "the other recipients received it" when none did."""

from __future__ import annotations

import email
import re
from email import policy as email_policy
from email.utils import parsedate_to_datetime

import pytest
from conftest import LoopThread, RunningSink
from test_relay import (
    COLLEAGUE,
    INTERNAL,
    MESSAGE,
    PARTNER,
    WEBMAIL,
    analyzer,
    base_policy,
    make_services,
    send,
    start_relay,
)

from sentinelle.proxy.delivery.notify import status_from_reply
from sentinelle.proxy.model import Action, Decision, Rule


@pytest.mark.parametrize(("code", "text", "status"), [
    (550, "5.7.26 Unauthenticated email is not accepted", "5.7.26"),
    (554, "5.7.1 Content refused", "5.7.1"),
    (552, "5.3.4 Message too big", "5.3.4"),
    (550, "No such user", "5.1.1"),  # no enhanced code: derived from the basic one
    (554, "Transaction failed", "5.0.0"),
    (550, "4.2.0 inconsistent", "5.1.1"),  # class disagrees with the basic code: not trusted
    (551, "5.1.6x odd", "5.1.6"),
])
def test_status_from_the_next_hop_reply(code: int, text: str, status: str) -> None:
    assert status_from_reply(code, text) == status


def test_report_fields_through_the_relay(loop_thread: LoopThread, sink: RunningSink) -> None:
    refuse_webmail = analyzer({WEBMAIL: Decision(WEBMAIL, Action.REJECT, Rule.WEBMAIL)})
    relay = start_relay(loop_thread, make_services(base_policy(), sink.port, refuse_webmail))
    sink.sink.refuse[PARTNER] = "550 5.7.26 Unauthenticated email is not accepted"
    sink.sink.delay = 1.2  # Arrival-Date is the reception, not the time the report is written
    assert send(relay, INTERNAL, [COLLEAGUE, PARTNER], MESSAGE)[0] == 250
    _, notice = sink.sink.wait_for(2)
    status = notice.data.split(b"Content-Type: message/delivery-status\r\n\r\n", 1)[1].decode()
    assert f"Final-Recipient: rfc822; {PARTNER}\r\nAction: failed\r\nStatus: 5.7.26\r\n" in status
    arrival = re.search(r"Arrival-Date: (.+)\r\n", status)
    assert arrival is not None
    written = parsedate_to_datetime(str(email.message_from_bytes(notice.data)["Date"]))
    assert (written - parsedate_to_datetime(arrival.group(1))).total_seconds() >= 1
    text = str(next(email.message_from_bytes(notice.data, policy=email_policy.default).iter_parts()).get_content())
    assert "Les autres destinataires l'ont reçu normalement" in text

    sink.sink.delay = 0
    assert send(relay, INTERNAL, [WEBMAIL], MESSAGE)[0] == 250  # every recipient refused
    *_, only = sink.sink.wait_for(3)
    text = str(next(email.message_from_bytes(only.data, policy=email_policy.default).iter_parts()).get_content())
    assert "ci-dessous" in text and "autres destinataires" not in text and "other recipients" not in text
