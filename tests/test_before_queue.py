"""``server.placement = "before_queue"``: the reply goes to the sender's own client.

A message refused by the policy for every recipient gets one ``550 5.7.1`` naming the rules, with
nothing relayed and no notification; a partly refused message is relayed to the others with ``250``
and a notification (as after-queue); temporary failures stay ``451``; LMTP ignores the placement.
Through a real Sentinelle listener and a real SMTP sink on loopback (analysis injected).
"""

from __future__ import annotations

import smtplib
import time

import pytest
from conftest import LoopThread, RunningSink, free_port
from test_relay import (
    COLLEAGUE,
    INTERNAL,
    MESSAGE,
    PARTNER,
    WEBMAIL,
    Relay,
    analyzer,
    base_policy,
    make_services,
    send,
    start_relay,
)

from sentinelle.proxy import replies
from sentinelle.proxy.model import Action, Decision, Rule
from sentinelle.proxy.pipeline.flow import before_queue_refusal
from sentinelle.proxy.policy.loader import parse_policy
from sentinelle.proxy.policy.schema import Placement, PolicyError

REFUSE_WEBMAIL = {WEBMAIL: Decision(WEBMAIL, Action.REJECT, Rule.WEBMAIL)}
REFUSE_BOTH = {**REFUSE_WEBMAIL, PARTNER: Decision(PARTNER, Action.REJECT, Rule.NO_KEY)}


def before_queue(loop_thread: LoopThread, hop_port: int, decide: dict[str, Decision], *,
                 lmtp: bool = False) -> Relay:
    services = make_services(base_policy(placement=Placement.BEFORE_QUEUE), hop_port, analyzer(decide))
    return start_relay(loop_thread, services, lmtp=lmtp)


def test_placement_key_is_parsed_and_validated() -> None:
    assert parse_policy(b"").server.placement is Placement.AFTER_QUEUE
    assert parse_policy(b'[server]\nplacement = "before_queue"\n').server.placement is Placement.BEFORE_QUEUE
    with pytest.raises(PolicyError) as caught:
        parse_policy(b'[server]\nplacement = "in_queue"\n')
    assert "server.placement: expected one of after_queue, before_queue" in caught.value.errors[0]
    assert parse_policy(b"").server.proxy_protocol is False
    with pytest.raises(PolicyError) as caught:
        parse_policy(b'[server]\nproxy_protocol = "yes"\n')
    assert caught.value.errors == ("server.proxy_protocol: expected a boolean, got str",)


def test_refusal_reply_is_one_ascii_line_naming_the_rules() -> None:
    assert before_queue_refusal((Rule.WEBMAIL,)) == (
        "550 5.7.1 Refused by Sentinelle (webmail): use the recipient's health-network address, "
        "not a public webmail")
    both = before_queue_refusal((Rule.NO_KEY, Rule.WEBMAIL, Rule.NO_KEY))
    assert both.startswith("550 5.7.1 Refused by Sentinelle (no_key, webmail): ")
    assert "encrypt with OpenPGP" in both and both.count("OpenPGP") == 1
    for rule in Rule:
        reply = before_queue_refusal((rule,))
        assert reply.isascii() and "\r" not in reply and "\n" not in reply and len(reply) < 512


def test_every_recipient_refused_gives_550_and_nothing_leaves(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = before_queue(loop_thread, sink.port, REFUSE_BOTH)
    code, text = send(relay, INTERNAL, [WEBMAIL, PARTNER], MESSAGE)
    assert code == 550
    assert text.decode() == before_queue_refusal((Rule.WEBMAIL, Rule.NO_KEY))[4:]
    time.sleep(0.3)
    assert sink.sink.messages == []  # no relay, no notification: the client got the reason


def test_session_goes_on_after_the_550(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = before_queue(loop_thread, sink.port, REFUSE_WEBMAIL)
    with relay.client() as client:
        client.ehlo("client.test")
        client.mail(INTERNAL)
        client.rcpt(WEBMAIL)
        assert client.data(MESSAGE)[0] == 550
        client.mail(INTERNAL)
        client.rcpt(COLLEAGUE)
        assert client.data(MESSAGE)[0] == 250
    [received] = sink.sink.wait_for(1)
    assert received.rcpt_tos == (COLLEAGUE,)


def test_partly_refused_is_relayed_with_250_and_a_notification(loop_thread: LoopThread,
                                                              sink: RunningSink) -> None:
    relay = before_queue(loop_thread, sink.port, REFUSE_WEBMAIL)
    code, _ = send(relay, INTERNAL, [COLLEAGUE, WEBMAIL], MESSAGE)
    assert code == 250
    messages = sink.sink.wait_for(2)
    assert sorted((m.mail_from, m.rcpt_tos) for m in messages) == [("<>", (INTERNAL,)),
                                                                  (INTERNAL, (COLLEAGUE,))]


def test_temporary_failure_stays_451(loop_thread: LoopThread) -> None:
    relay = before_queue(loop_thread, free_port(), REFUSE_WEBMAIL)  # next hop down
    code, text = send(relay, INTERNAL, [COLLEAGUE, WEBMAIL], MESSAGE)
    assert (code, text.decode()) == (451, replies.NEXT_HOP_TEMPFAIL[4:])


def test_after_queue_keeps_250_and_notification(loop_thread: LoopThread, sink: RunningSink) -> None:
    services = make_services(base_policy(), sink.port, analyzer(REFUSE_WEBMAIL))
    relay = start_relay(loop_thread, services)
    assert send(relay, INTERNAL, [WEBMAIL], MESSAGE)[0] == 250
    [notice] = sink.sink.wait_for(1)
    assert notice.mail_from == "<>"


def test_lmtp_ignores_the_placement(loop_thread: LoopThread, sink: RunningSink) -> None:
    relay = before_queue(loop_thread, sink.port, REFUSE_WEBMAIL, lmtp=True)
    with smtplib.LMTP("127.0.0.1", relay.port, timeout=30) as client:
        client.ehlo("client.test")  # smtplib.LMTP sends LHLO
        client.mail(INTERNAL)
        client.rcpt(WEBMAIL)
        client.putcmd("data")
        assert client.getreply()[0] == 354
        client.send(MESSAGE + b".\r\n")
        assert client.getreply()[0] == 250
    [notice] = sink.sink.wait_for(1)
    assert notice.mail_from == "<>"


def test_audit_mode_is_never_a_550(loop_thread: LoopThread, sink: RunningSink) -> None:
    audit = {WEBMAIL: Decision(WEBMAIL, Action.DELIVER, Rule.WEBMAIL, audit_action=Action.REJECT)}
    services = make_services(base_policy(placement=Placement.BEFORE_QUEUE), sink.port, analyzer(audit))
    relay = start_relay(loop_thread, services)
    assert send(relay, INTERNAL, [WEBMAIL], MESSAGE)[0] == 250
    [received] = sink.sink.wait_for(1)
    assert received.rcpt_tos == (WEBMAIL,)
