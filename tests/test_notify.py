"""The refusal notification (content-free RFC 3464 report, French then English) and the plan."""

from __future__ import annotations

import email
from email import policy as email_policy

import pytest

from sentinelle.proxy.delivery.notify import build_notification
from sentinelle.proxy.model import Action, Decision, Refusal, Rule
from sentinelle.proxy.pipeline.plan import Delivery, make_plan
from sentinelle.proxy.policy.schema import OrganizationSettings

ORG = OrganizationSettings(notification_from="sentinelle@ssss.gouv.qc.ca",
                           service_desk="servicedesk@ssss.gouv.qc.ca")


def notification(*refusals: Refusal, message_id: str = "<m1@ssss.gouv.qc.ca>") -> bytes:
    return build_notification(sender="dr.tremblay@ssss.gouv.qc.ca", refusals=refusals, organization=ORG,
                              reporting_mta="sentinelle.test", message_id=message_id,
                              date="Tue, 03 Mar 2026 10:00:00 -0500")


@pytest.mark.parametrize("rule, french, english", [
    (Rule.WEBMAIL, "réseau de la santé", "health-network address"),
    (Rule.AUTO_FORWARD, "transfert automatique", "automatic forwarding"),
    (Rule.UNINSPECTABLE, "GPG4Win", "Mailvelope"),
    (Rule.NO_KEY, "clé publique", "OpenKeychain"),
    (Rule.NEXT_HOP_REFUSED, "refusé définitivement", "permanently refused"),
])
def test_each_rule_names_itself_the_recipient_and_what_to_do(rule: Rule, french: str, english: str) -> None:
    data = notification(Refusal("ami@gmail.com", rule, ("ramq_nam",)))
    message = email.message_from_bytes(data, policy=email_policy.default)
    text = next(message.iter_parts()).get_content()
    assert f"ami@gmail.com (règle {rule.value})" in text and f"ami@gmail.com (rule {rule.value})" in text
    assert french in text and english in text
    assert text.index(french) < text.index("Hello")
    assert "servicedesk@ssss.gouv.qc.ca" in text
    assert "RAMQ" in text


def test_report_structure_and_headers() -> None:
    data = notification(Refusal("a@x.example", Rule.NO_KEY), Refusal("b@y.example", Rule.NEXT_HOP_REFUSED,
                                                                      status="5.1.1", diagnostic="550 5.1.1 unknown"))
    assert data.isascii() and b"\n" not in data.replace(b"\r\n", b"")
    message = email.message_from_bytes(data, policy=email_policy.default)
    assert message.get_content_type() == "multipart/report"
    assert message.get_param("report-type") == "delivery-status"
    assert message["Auto-Submitted"] == "auto-replied"
    assert message["To"].addresses[0].addr_spec == "dr.tremblay@ssss.gouv.qc.ca"
    assert message["In-Reply-To"] == "<m1@ssss.gouv.qc.ca>"
    assert "refus" in str(message["Subject"])
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "message/delivery-status", "text/rfc822-headers"]
    status = data.split(b"Content-Type: message/delivery-status\r\n\r\n", 1)[1]
    assert b"Final-Recipient: rfc822; a@x.example\r\nAction: failed\r\nStatus: 5.7.1\r\n" in status
    assert b"Final-Recipient: rfc822; b@y.example\r\nAction: failed\r\nStatus: 5.1.1\r\n" in status
    assert b"Diagnostic-Code: smtp; 550 5.1.1 unknown" in status
    headers = data.split(b"Content-Type: text/rfc822-headers\r\n\r\n", 1)[1]
    assert headers.startswith(b"Message-ID: <m1@ssss.gouv.qc.ca>\r\nDate: Tue, 03 Mar 2026 10:00:00 -0500\r\n")


def test_a_hostile_message_id_cannot_inject_lines() -> None:
    data = notification(Refusal("a@x.example", Rule.WEBMAIL), message_id="<a@b>\r\nBcc: evil@x.example")
    assert b"\r\nBcc:" not in data


def test_plan_groups_plain_recipients_and_splits_encrypted_ones() -> None:
    decisions = (
        Decision("a@ssss.gouv.qc.ca", Action.DELIVER, Rule.INTERNAL),
        Decision("b@partner.example", Action.ENCRYPT, Rule.GATEWAY_ENCRYPTED),
        Decision("c@ssss.gouv.qc.ca", Action.DELIVER, Rule.INTERNAL),
        Decision("d@gmail.com", Action.REJECT, Rule.WEBMAIL),
        Decision("e@gmail.com", Action.DELIVER, Rule.WEBMAIL, audit_action=Action.REJECT),
        Decision("f@partner.example", Action.ENCRYPT, Rule.GATEWAY_ENCRYPTED),
    )
    plan = make_plan(decisions, ("ramq_nam", "ramq_nam", "patient_name"))
    assert plan.deliveries == (
        Delivery(("a@ssss.gouv.qc.ca", "c@ssss.gouv.qc.ca")),
        Delivery(("e@gmail.com",), headers=(("X-Sentinelle-Audit", "would-reject rule=webmail"),)),
        Delivery(("b@partner.example",), encrypt=True),
        Delivery(("f@partner.example",), encrypt=True),
    )
    assert plan.refusals == (Refusal("d@gmail.com", Rule.WEBMAIL, ("ramq_nam", "patient_name")),)


def test_every_finding_type_has_french_and_english_words() -> None:
    from sentinelle.classifiers.types import FINDING_TYPES
    from sentinelle.proxy.delivery.notify import FINDING_WORDS

    for finding_type in FINDING_TYPES:
        french, english = FINDING_WORDS[finding_type]
        assert french and english and french != finding_type
