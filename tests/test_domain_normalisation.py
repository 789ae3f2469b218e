"""Unicode domains: IDNA 2008 / UTS 46 non-transitional (as Postfix's SMTPUTF8 support), and
nothing that UTS 46 would rewrite may fold onto the internal domain (``ssss.gouv.qc.ca``)."""

from __future__ import annotations

import pytest
from conftest import LoopThread, RunningSink
from test_relay import INTERNAL, analyzer, base_policy, make_services, start_relay

from sentinelle.proxy import replies
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from sentinelle.proxy.policy.schema import RecipientClass, canonical_domain
from sentinelle.proxy.smtp.addresses import check_address

FOLDING = [
    "ſsss.gouv.qc.ca",            # LATIN SMALL LETTER LONG S: UTS 46 maps it to "s"
    "ss\u200bss.gouv.qc.ca",      # ZERO WIDTH SPACE: dropped by the IDNA 2003 mapping
    "ss\u00adss.gouv.qc.ca",      # SOFT HYPHEN: dropped
    "ＳＳＳＳ.gouv.qc.ca",         # full-width letters
    "sss\u0073\u0301.example",    # decomposed accent (NFC differs)
]


@pytest.mark.parametrize("domain, expected", [
    ("ssss.gouv.qc.ca", "ssss.gouv.qc.ca"),
    ("ßsss.gouv.qc.ca", "xn--sss-4ka.gouv.qc.ca"),   # IDNA 2008: not "ssss" (IDNA 2003 folded it)
    ("ß.example", "xn--zca.example"),
    ("hôpital.example", "xn--hpital-ixa.example"),
    ("a\u200db.example", None),                      # ZWJ outside its allowed context
    *((domain, None) for domain in FOLDING),
])
def test_canonical_domain(domain: str, expected: str | None) -> None:
    assert canonical_domain(domain) == expected


@pytest.mark.parametrize("domain", ["ßsss.gouv.qc.ca", *FOLDING])
def test_lookalikes_are_never_internal(domain: str) -> None:
    policy = parse_policy(shipped_policy_text().encode())
    assert policy.recipient_class("x@ssss.gouv.qc.ca") is RecipientClass.INTERNAL
    assert policy.recipient_class(f"x@{domain}") is RecipientClass.EXTERNAL


@pytest.mark.parametrize("domain", FOLDING)
def test_lookalike_addresses_are_refused(domain: str) -> None:
    assert check_address(f"x@{domain}", sender=False) == replies.RECIPIENT_DOMAIN_NOT_CANONICAL
    assert check_address(f"x@{domain}", sender=True) == replies.SENDER_DOMAIN_NOT_CANONICAL


def test_canonical_unicode_domains_are_accepted() -> None:
    assert check_address("x@ßsss.gouv.qc.ca", sender=False) is None
    assert check_address("josé@hôpital.example", sender=True) is None


@pytest.mark.parametrize("domain", FOLDING[:3])
def test_live_server_refuses_lookalike_recipients(loop_thread: LoopThread, sink: RunningSink, domain: str) -> None:
    relay = start_relay(loop_thread, make_services(base_policy(), sink.port, analyzer()))
    with relay.client() as client:
        client.ehlo("client.test")
        assert client.mail(INTERNAL, ["SMTPUTF8"])[0] == 250
        code, text = client.rcpt(f"x@{domain}")
        assert f"{code} {text.decode()}" == replies.RECIPIENT_DOMAIN_NOT_CANONICAL
