"""Policy contract fixes of issue #12: webmail subdomains inherit; notification_from is a full address."""

from __future__ import annotations

import pytest

from sentinelle.proxy.policy.loader import parse_policy
from sentinelle.proxy.policy.schema import PolicyError, RecipientClass


@pytest.mark.parametrize(("address", "klass"), [
    ("x@eu.yahoo.com", RecipientClass.WEBMAIL),
    ("x@mail.gmail.com", RecipientClass.WEBMAIL),
    ("x@gmail.com", RecipientClass.WEBMAIL),
    ("x@notgmail.com", RecipientClass.EXTERNAL),
    ("x@gmail.com.example", RecipientClass.EXTERNAL),
    ("x@labo.ssss.gouv.qc.ca", RecipientClass.INTERNAL),
])
def test_webmail_subdomains_inherit(address: str, klass: RecipientClass) -> None:
    assert parse_policy(b"").recipient_class(address) is klass


def test_a_domain_override_still_wins_over_the_webmail_list() -> None:
    policy = parse_policy(b'[domains]\n"eu.yahoo.com" = "external"\n')
    assert policy.recipient_class("x@eu.yahoo.com") is RecipientClass.EXTERNAL
    assert policy.recipient_class("x@uk.yahoo.com") is RecipientClass.WEBMAIL


@pytest.mark.parametrize("value", ["@ssss.gouv.qc.ca", "sentinelle", "sentinelle@localhost", "a b@x.example",
                                   "<s@x.example>", "s@x.example, t@x.example", ""])
def test_notification_from_must_be_a_full_address(value: str) -> None:
    with pytest.raises(PolicyError) as error:
        parse_policy(f'[organization]\nnotification_from = "{value}"\n'.encode())
    assert any(line.startswith("organization.notification_from:") for line in error.value.errors)


def test_a_full_notification_from_is_accepted() -> None:
    policy = parse_policy(b'[organization]\nnotification_from = "sentinelle@cisss.ssss.gouv.qc.ca"\n')
    assert policy.organization.notification_from == "sentinelle@cisss.ssss.gouv.qc.ca"
