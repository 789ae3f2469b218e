"""Input hygiene on raw bytes: line endings, envelope addresses, own headers; and the Python the
proxy runs on carries the email CVE fixes its parsing relies on."""

from __future__ import annotations

import email.utils

import pytest

from sentinelle.proxy import replies
from sentinelle.proxy.headers import header_value, normalise_line_endings, prepend_headers, strip_own_headers
from sentinelle.proxy.smtp.addresses import check_address


@pytest.mark.parametrize("raw, expected, changed", [
    (b"a\r\nb\r\n", b"a\r\nb\r\n", False),
    (b"a\nb\n", b"a\r\nb\r\n", True),
    (b"a\rb\r\n", b"a\r\nb\r\n", True),
    (b"a\r\r\nb\r\n", b"a\r\n\r\nb\r\n", True),
    (b"x\n.\nMAIL FROM:<e@x>\r\n", b"x\r\n.\r\nMAIL FROM:<e@x>\r\n", True),
    (b"", b"", False),
])
def test_line_endings(raw: bytes, expected: bytes, changed: bool) -> None:
    assert normalise_line_endings(raw) == (expected, changed)


def test_well_formed_message_is_not_copied() -> None:
    data = b"Subject: x\r\n\r\nbody\r\n"
    assert normalise_line_endings(data)[0] is data
    assert strip_own_headers(data)[0] is data


@pytest.mark.parametrize("address, sender, expected", [
    ("dr.tremblay@ssss.gouv.qc.ca", True, None),
    ("", True, None),
    ("", False, replies.NULL_RECIPIENT),
    ("postmaster", False, None),
    ("postmaster", True, replies.SENDER_MALFORMED),
    ("a\x00b@x.example", True, replies.SENDER_SYNTAX),
    ("a\rb@x.example", False, replies.RECIPIENT_SYNTAX),
    ("a\nb@x.example", False, replies.RECIPIENT_SYNTAX),
    ("a\tb@x.example", False, replies.RECIPIENT_SYNTAX),
    ("a\udcffb@x.example", True, replies.SENDER_SYNTAX),
    ("a\x7fb@x.example", False, replies.RECIPIENT_SYNTAX),
    ("a\x1fb@x.example", True, replies.SENDER_SYNTAX),
    ("\u00e9l\u00e8ve\ud800@x.example", False, replies.RECIPIENT_SYNTAX),
    ("\u00e9l\u00e8ve@\u00e9cole.example", False, None),
    ("a" * 65 + "@x.example", True, replies.SENDER_TOO_LONG),
    ("a@" + "b" * 250 + ".ca", False, replies.RECIPIENT_TOO_LONG),
    ("a b@x.example", False, replies.RECIPIENT_MALFORMED),
    ("a..b@x.example", False, replies.RECIPIENT_MALFORMED),
    ("a@x..example", False, replies.RECIPIENT_MALFORMED),
    ("a@-x.example", False, replies.RECIPIENT_MALFORMED),
    ("a@x_y.example", False, replies.RECIPIENT_MALFORMED),
    ("alice@example.org)<bob@evil.example", True, replies.SENDER_MALFORMED),  # CVE-2023-27043 shape
    ('"quoted local"@x.example', False, None),
    ("a@[192.0.2.1]", False, None),
    ("a@[IPv6:2001:db8::1]", False, None),
    ("josé@hôpital.example", False, None),  # SMTPUTF8 (RFC 6531)
    ("a@x.example.", False, None),
    # Routing characters: Postfix's defaults would deliver these to x@gmail.com (test_address_routing_postfix).
    ('"x@gmail.com"@ssss.gouv.qc.ca', False, replies.RECIPIENT_ROUTING),
    ("x%gmail.com@ssss.gouv.qc.ca", False, replies.RECIPIENT_ROUTING),
    ("gmail.com!x@ssss.gouv.qc.ca", False, replies.RECIPIENT_ROUTING),
    ('"x%gmail.com"@ssss.gouv.qc.ca', False, replies.RECIPIENT_ROUTING),
    ("victim%evil.example@ssss.gouv.qc.ca", True, replies.SENDER_ROUTING),
    ('"victim@evil.example"@ssss.gouv.qc.ca', True, replies.SENDER_ROUTING),
    ("evil.example!victim@ssss.gouv.qc.ca", True, replies.SENDER_ROUTING),
])
def test_check_address(address: str, sender: bool, expected: str | None) -> None:
    assert check_address(address, sender=sender) == expected


def test_strip_own_headers_keeps_everything_else() -> None:
    data = (b"Received: from a\r\n\tby b\r\nX-Sentinelle-Audit: forged\r\n\tfolded\r\nSubject: s\r\n"
            b"X-SENTINELLE-SCANNED: x\r\n\r\nX-Sentinelle-Audit: in the body stays\r\n")
    stripped, removed = strip_own_headers(data)
    assert removed == 2
    assert stripped == (b"Received: from a\r\n\tby b\r\nSubject: s\r\n\r\n"
                        b"X-Sentinelle-Audit: in the body stays\r\n")


def test_prepend_and_header_value() -> None:
    data = b"Message-ID:\r\n <id@x>\r\nDate: Tue, 3 Mar 2026 10:00:00 -0500\r\n\r\nMessage-ID: <body@x>\r\n"
    assert prepend_headers(data, [("X-Sentinelle-Scanned", "h")]) == b"X-Sentinelle-Scanned: h\r\n" + data
    assert prepend_headers(data, []) is data
    assert header_value(data, "message-id") == "<id@x>"
    assert header_value(data, "Subject") == ""


def test_python_has_the_cve_2023_27043_fix() -> None:
    """The running interpreter's email.utils refuses the ambiguous address (Debian's 3.11 has the fix;
    pyenv 3.11.7 does not): run the proxy on a Python that passes this."""
    assert email.utils.parseaddr("alice@example.org)<bob@example.org>") == ("", "")
    assert email.utils.getaddresses(["alice@example.org)<bob@example.org>"]) == [("", "")]
