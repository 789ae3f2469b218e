"""Addresses that hide their destination, against a real Postfix with its defaults.

The next hop is a private Postfix for which the internal domain is local (``mydestination``), as the
organisation's own mail server is. With Postfix's defaults (``resolve_dequoted_address``,
``allow_percent_hack``, ``swap_bangpath``) it delivers ``"x@gmail.com"@internal``,
``x%gmail.com@internal`` and ``gmail.com!x@internal`` to ``x@gmail.com`` (checked first, by
submitting to Postfix directly): Sentinelle must refuse such recipients with 553 5.1.3, and such a
sender (whose notification Postfix would route the same way) with 553 5.1.7, instead of judging
them internal and relaying them.
"""

from __future__ import annotations

import smtplib
from collections.abc import Iterator

import pytest
from conftest import LoopThread, RunningSink
from postfix import PostfixInstance
from test_relay import INTERNAL, MESSAGE, Relay, analyzer, base_policy, make_services, start_relay

from sentinelle.proxy import replies

pytestmark = [pytest.mark.postfix]

DOMAIN = "ssss.gouv.qc.ca"
HIDDEN_RECIPIENTS = [f'"x@gmail.com"@{DOMAIN}', f"x%gmail.com@{DOMAIN}", f"gmail.com!x@{DOMAIN}"]
HIDDEN_SENDERS = [f"victim%evil.example@{DOMAIN}", f'"victim@evil.example"@{DOMAIN}', f"evil.example!victim@{DOMAIN}"]


@pytest.fixture(scope="module")
def postfix_and_sink() -> Iterator[tuple[PostfixInstance, RunningSink]]:
    from conftest import start_sink

    sink = start_sink()
    try:
        with PostfixInstance(relayhost=f"[127.0.0.1]:{sink.port}", main_extra={"mydestination": DOMAIN}) as postfix:
            defaults = postfix.run("postconf", "-c", str(postfix.config), "-h", "allow_percent_hack",
                                   "swap_bangpath", "resolve_dequoted_address").stdout.split()
            assert defaults == ["yes", "yes", "yes"]
            yield postfix, sink
    finally:
        sink.stop()


def _submit_directly(postfix: PostfixInstance, sender: str, recipient: str) -> None:
    with smtplib.SMTP("127.0.0.1", postfix.smtpd_port, timeout=30) as client:
        client.sendmail(sender, [recipient], MESSAGE)


@pytest.mark.parametrize("recipient", HIDDEN_RECIPIENTS)
def test_postfix_itself_routes_the_hidden_recipient_outside(postfix_and_sink: tuple[PostfixInstance, RunningSink],
                                                            recipient: str) -> None:
    postfix, sink = postfix_and_sink
    before = len(sink.sink.messages)
    _submit_directly(postfix, "labo@partenaire.example", recipient)
    postfix.wait(lambda: len(sink.sink.messages) > before, what="the direct submission at the sink")
    assert sink.sink.messages[before].rcpt_tos == ("x@gmail.com",)


@pytest.mark.parametrize("sender", HIDDEN_SENDERS)
def test_postfix_itself_routes_a_reply_to_the_hidden_sender_outside(
        postfix_and_sink: tuple[PostfixInstance, RunningSink], sender: str) -> None:
    postfix, sink = postfix_and_sink
    before = len(sink.sink.messages)
    _submit_directly(postfix, "sentinelle@" + DOMAIN, sender)  # what a notification to that sender would do
    postfix.wait(lambda: len(sink.sink.messages) > before, what="the reply at the sink")
    assert sink.sink.messages[before].rcpt_tos == ("victim@evil.example",)


def _relay_to(postfix: PostfixInstance, loop_thread: LoopThread) -> Relay:
    return start_relay(loop_thread, make_services(base_policy(), postfix.smtpd_port, analyzer()))


@pytest.mark.parametrize("recipient", HIDDEN_RECIPIENTS)
def test_sentinelle_refuses_the_hidden_recipient(postfix_and_sink: tuple[PostfixInstance, RunningSink],
                                                 loop_thread: LoopThread, recipient: str) -> None:
    postfix, sink = postfix_and_sink
    relay = _relay_to(postfix, loop_thread)
    with relay.client() as client:
        client.ehlo("client.test")
        assert client.mail(INTERNAL)[0] == 250
        code, text = client.rcpt(recipient)
        assert f"{code} {text.decode()}" == replies.RECIPIENT_ROUTING
        assert client.rcpt("labo@partenaire.example")[0] == 250
        before = len(sink.sink.messages)
        assert client.data(MESSAGE)[0] == 250
    postfix.wait(lambda: len(sink.sink.messages) > before, what="the partner's copy at the sink")
    assert [m.rcpt_tos for m in sink.sink.messages[before:]] == [("labo@partenaire.example",)]


@pytest.mark.parametrize("sender", HIDDEN_SENDERS)
def test_sentinelle_refuses_the_hidden_sender(postfix_and_sink: tuple[PostfixInstance, RunningSink],
                                              loop_thread: LoopThread, sender: str) -> None:
    postfix, _ = postfix_and_sink
    relay = _relay_to(postfix, loop_thread)
    with relay.client() as client:
        client.ehlo("client.test")
        code, text = client.mail(sender)
        assert f"{code} {text.decode()}" == replies.SENDER_ROUTING
