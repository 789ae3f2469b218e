"""MAIL and RCPT parameters checked before aiosmtpd takes them, and the enhanced status codes (RFC 2034)
added to aiosmtpd's own replies."""

from __future__ import annotations

import logging
import re

from sentinelle.proxy import replies

log = logging.getLogger(__name__)


_HAS_ENHANCED_CODE = re.compile(r"\d{3}[ -][245]\.\d{1,3}\.\d{1,3}(?: |$)")


# RFC 3461 4: xtext (printable ASCII but "+" and "=", or "+XX" escapes), up to 500 characters for ORCPT.
XTEXT = re.compile(r"(?:[\x21-\x2a\x2c-\x3c\x3e-\x7e]|\+[0-9A-F]{2}){1,500}")


_NOTIFY = re.compile(r"NEVER|(?:SUCCESS|FAILURE|DELAY)(?:,(?:SUCCESS|FAILURE|DELAY)){0,2}", re.IGNORECASE)


def mail_parameters_problem(options: list[str], size_limit: int | None) -> str | None:
    """None when the MAIL parameters are ones Sentinelle takes (SIZE, BODY, SMTPUTF8; ENVID and RET,
    RFC 3461, passed on), else the reply."""
    seen: set[str] = set()
    for option in options:
        name, eq, value = option.partition("=")
        name = name.upper()
        if name in seen:
            return replies.MAIL_SYNTAX
        seen.add(name)
        valid = {
            "SIZE": eq and value.isdigit(),
            "BODY": value.upper() in ("7BIT", "8BITMIME"),
            "SMTPUTF8": not eq,
            "RET": value.upper() in ("FULL", "HDRS"),
            "ENVID": len(value) <= 100 and XTEXT.fullmatch(value) is not None,
        }
        if name not in valid:
            return replies.PARAMETER_NOT_IMPLEMENTED
        if not valid[name]:
            return replies.MAIL_SYNTAX
        if name == "SIZE" and size_limit and int(value) > size_limit:
            return replies.MESSAGE_TOO_BIG
    return None


def rcpt_parameters_problem(options: list[str]) -> str | None:
    """None when the RCPT parameters are RFC 3461's NOTIFY and ORCPT (passed on), else the reply."""
    seen: set[str] = set()
    for option in options:
        name, _, value = option.partition("=")
        name = name.upper()
        if name in seen:
            return replies.RCPT_SYNTAX
        seen.add(name)
        if name == "NOTIFY" and _NOTIFY.fullmatch(value):
            continue
        if name == "ORCPT" and ";" in value and XTEXT.fullmatch(value):
            continue
        return replies.RCPT_SYNTAX if name in ("NOTIFY", "ORCPT") else replies.PARAMETER_NOT_IMPLEMENTED
    return None


def enhanced(reply: str) -> str:
    """``reply`` with the RFC 3463 code of ``AIOSMTPD_REPLY_CODES`` inserted when it has none."""
    if _HAS_ENHANCED_CODE.match(reply):
        return reply
    for start, code in AIOSMTPD_REPLY_CODES:
        if reply.startswith(start):
            return f"{reply[:4]}{code} {reply[4:]}"
    return reply


# RFC 3463 codes for the replies aiosmtpd sends by itself, by the start of their text (checked against
# aiosmtpd's source by tests/test_aiosmtpd_contract.py). The greeting, HELO/EHLO/LHLO replies and 354
# carry none (RFC 2034 section 3); replies that already have one are left alone.
AIOSMTPD_REPLY_CODES: tuple[tuple[str, str], ...] = (
    ("250 OK", "2.0.0"),
    ("250 Syntax:", "2.0.0"),
    ("250 Supported commands", "2.0.0"),
    ("221 Bye", "2.0.0"),
    ("220 Ready to start TLS", "2.0.0"),
    ("252 Cannot VRFY", "2.0.0"),
    ("454 TLS not available", "4.7.0"),
    ("500 ", "5.5.2"),
    ("501 ", "5.5.4"),
    ("502 ", "5.5.1"),
    ("503 ", "5.5.1"),
    ("530 ", "5.7.0"),
    ("552 ", "5.3.4"),
    ("554 ", "5.7.0"),
    ("555 ", "5.5.4"),
)
