"""A refusal notice to a forged internal sender must not carry the attacker's words: the text the
physician reads quotes no Message-ID, re-renders the date, and shows addresses without control,
format or line-separator characters."""

from __future__ import annotations

import email
from email import policy as email_policy

from sentinelle.proxy.delivery.notify import MESSAGE_ID_MAX, build_notification, safe_address, safe_message_id
from sentinelle.proxy.model import Refusal, Rule
from sentinelle.proxy.policy.schema import OrganizationSettings

ORG = OrganizationSettings(notification_from="sentinelle@ssss.gouv.qc.ca",
                           service_desk="servicedesk@ssss.gouv.qc.ca")
LURE_HEAD = "<Votre-compte-expire-appelez-le-1-800-555-0199-ou-visitez-evil.example/login-"
LURE = LURE_HEAD + "x" * (250 - len(LURE_HEAD) - len("@evil.example>")) + "@evil.example>"


def human_text(data: bytes) -> str:
    message = email.message_from_bytes(data, policy=email_policy.default)
    return str(next(message.iter_parts()).get_content())


def test_an_attacker_message_id_is_not_quoted_anywhere() -> None:
    assert len(LURE) == 250
    data = build_notification(sender="dr.tremblay@ssss.gouv.qc.ca", refusals=[Refusal("ami@gmail.com", Rule.WEBMAIL)],
                              organization=ORG, reporting_mta="sentinelle.test", message_id=LURE,
                              date="Tue, 03 Mar 2026 10:00:00 -0500")
    assert b"1-800-555" not in data and b"evil.example" not in data
    assert "10:00:00" in human_text(data)


def test_a_plain_message_id_only_threads_it_is_not_shown_to_the_reader() -> None:
    data = build_notification(sender="dr.tremblay@ssss.gouv.qc.ca", refusals=[Refusal("ami@gmail.com", Rule.WEBMAIL)],
                              organization=ORG, reporting_mta="sentinelle.test", message_id="<m1@ssss.gouv.qc.ca>",
                              date="Appelez le 1-800-555-0199")
    message = email.message_from_bytes(data, policy=email_policy.default)
    assert message["In-Reply-To"] == "<m1@ssss.gouv.qc.ca>"
    assert "m1@ssss" not in human_text(data)
    assert b"1-800-555" not in data  # a Date that is not a date is not quoted either


def test_line_separators_and_bidi_controls_in_addresses_are_neutralised() -> None:
    sender = "dr.tremblay\u2028Cliquez ici@ssss.gouv.qc.ca"
    recipient = "ami\u202egro.live\u2029@gmail.com"
    data = build_notification(sender=sender, refusals=[Refusal(recipient, Rule.WEBMAIL)], organization=ORG,
                              reporting_mta="sentinelle.test", message_id="", date="")
    text = data.decode("utf-8")
    for char in ("\u2028", "\u2029", "\u202e"):
        assert char not in text
    to_line = next(line for line in text.split("\r\n") if line.startswith("To:"))
    assert to_line == "To: <dr.tremblay?Cliquez ici@ssss.gouv.qc.ca>"
    assert "ami?gro.live?@gmail.com" in human_text(data)


def test_safe_message_id_table() -> None:
    assert safe_message_id(" <a.b@c.example> ") == "<a.b@c.example>"
    assert safe_message_id("<a@[10.0.0.1]>") == "<a@[10.0.0.1]>"
    for bad in ("<a@b>\r\nBcc: x@y", "a@b", "<a b@c>", "<a@b> <c@d>", "<" + "a" * MESSAGE_ID_MAX + "@b>",
                "<a@b\u2028>", ""):
        assert safe_message_id(bad) == ""
    assert safe_address("x" * 300).endswith("…") and len(safe_address("x" * 300)) == 255


def test_a_non_ascii_final_recipient_uses_rfc_6533_utf8_xtext() -> None:
    refusals = [Refusal("andré+x@exemple.fr", Rule.NO_KEY), Refusal("a+b@x.example", Rule.NO_KEY)]
    data = build_notification(sender="dr.tremblay@ssss.gouv.qc.ca", refusals=refusals,
                              organization=ORG, reporting_mta="sentinelle.test", message_id="", date="")
    status = data.split(b"Content-Type: message/delivery-status\r\n\r\n", 1)[1]
    assert b"Final-Recipient: utf-8; andr\\x{E9}\\x{2B}x@exemple.fr\r\n" in status
    assert b"Final-Recipient: rfc822; a+b@x.example\r\n" in status
    assert status.isascii()
