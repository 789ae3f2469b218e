"""Envelope addresses, checked at MAIL and RCPT before they reach the policy, the audit trail or the next hop.

* Control characters, length and RFC 5321 shape are checked.
* An address whose local part holds routing characters (``@`` inside quotes, ``%``, ``!``) is
  refused (553 5.1.3 recipient, 553 5.1.7 sender) rather than classified: Postfix, with its
  defaults (``resolve_dequoted_address``, ``allow_percent_hack``, ``swap_bangpath``), delivers
  ``"x@gmail.com"@internal``, ``x%gmail.com@internal`` and ``gmail.com!x@internal`` to
  ``x@gmail.com`` when the internal domain is one of its own, so the domain Sentinelle would judge
  is not where the mail goes. A sender of that shape would have Sentinelle's notification routed
  the same way (backscatter).
* A Unicode domain must be valid IDNA 2008 and normalise identically under UTS 46 (non-transitional,
  as Postfix's SMTPUTF8 support): ``ſ``, zero-width characters, full-width letters would otherwise
  fold onto another domain (``proxy.policy.schema.canonical_domain``). Refused with 553.
"""

from __future__ import annotations

import re

from sentinelle.proxy import replies
from sentinelle.proxy.policy.schema import canonical_domain

# Control characters, DEL, and surrogates (bytes that were not UTF-8: aiosmtpd decodes with surrogateescape).
_FORBIDDEN_IN_ADDRESS = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


# RFC 5321 4.5.3.1: local part 64 octets, domain 255, path 256 (angle brackets included).
MAX_LOCAL_PART = 64


MAX_DOMAIN = 255


MAX_ADDRESS = 254


# RFC 5322 atext, plus any non-ASCII character (RFC 6531, checked to be valid UTF-8 beforehand).
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\u0080-\U0010ffff]+"


_DOT_STRING = re.compile(rf"{_ATOM}(?:\.{_ATOM})*")


_QUOTED_STRING = re.compile(r'"(?:[\x20\x21\x23-\x5b\x5d-\x7e\u0080-\U0010ffff]|\\[\x20-\x7e])*"')


_LABEL = re.compile(r"(?!-)[A-Za-z0-9\-\u0080-\U0010ffff]{1,63}(?<!-)")


# Postfix reads these as routing inside a local part of its own domains (see the module docstring).
ROUTING_CHARACTERS = frozenset("@%!")


_ADDRESS_LITERAL = re.compile(r"\[(?:[0-9.]{7,15}|IPv6:[0-9A-Fa-f:.]{2,45})\]")


def parse_path(text: str) -> tuple[str, list[str]] | None:
    """The address and the parameters of a MAIL FROM/RCPT TO argument (after the colon), or None
    when it is not a path. ``<>`` is ``""``; ``<postmaster>`` is ``"postmaster"``; a source route
    (``<@relay.example:user@domain>``) is dropped, as RFC 5321 4.1.2 allows, so the address judged is
    the address relayed. The address is returned as written (quotes kept): ``check_address`` judges it."""
    text = text.lstrip(" ")
    if not text.startswith("<"):
        address, _, rest = text.partition(" ")  # Postfix also takes a bare address
        return (address, rest.split()) if address and "<" not in address and ">" not in address else None
    quoted = escaped = False
    for index in range(1, len(text)):
        char = text[index]
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == ">" and not quoted:
            inner, rest = text[1:index], text[index + 1:]
            if rest and not rest.startswith(" "):
                return None
            if inner.startswith("@"):
                route, colon, mailbox = inner.partition(":")
                if not colon or '"' in route:
                    return None
                inner = mailbox
            return inner, rest.split()
    return None


def check_address(address: str, *, sender: bool) -> str | None:
    """None when ``address`` (as aiosmtpd parsed it, without angle brackets) may be used, else the reply.

    The null sender ``""`` is accepted at MAIL only; ``postmaster`` without a domain at RCPT only
    (RFC 5321 4.5.1). Control characters (NUL, CR, LF, DEL...) and undecodable bytes give 501;
    over-long addresses and anything not of the shape local-part@domain give 553; so does a local
    part with routing characters (``ROUTING_CHARACTERS``, quoted or not)."""
    syntax = replies.SENDER_SYNTAX if sender else replies.RECIPIENT_SYNTAX
    malformed = replies.SENDER_MALFORMED if sender else replies.RECIPIENT_MALFORMED
    too_long = replies.SENDER_TOO_LONG if sender else replies.RECIPIENT_TOO_LONG
    if address == "":
        return None if sender else replies.NULL_RECIPIENT
    if _FORBIDDEN_IN_ADDRESS.search(address):
        return syntax
    if len(address.encode("utf-8")) > MAX_ADDRESS:
        return too_long
    if not sender and address.lower() == "postmaster":
        return None
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return malformed
    if len(local.encode("utf-8")) > MAX_LOCAL_PART or len(domain.encode("utf-8")) > MAX_DOMAIN:
        return too_long
    if not (_DOT_STRING.fullmatch(local) or _QUOTED_STRING.fullmatch(local)):
        return malformed
    if ROUTING_CHARACTERS.intersection(local):
        return replies.SENDER_ROUTING if sender else replies.RECIPIENT_ROUTING
    if _ADDRESS_LITERAL.fullmatch(domain):
        return None
    labels = domain.rstrip(".").split(".") if not domain.startswith(".") else [""]
    if not all(_LABEL.fullmatch(label) for label in labels):
        return malformed
    if canonical_domain(domain.rstrip(".").lower()) is None:
        return replies.SENDER_DOMAIN_NOT_CANONICAL if sender else replies.RECIPIENT_DOMAIN_NOT_CANONICAL
    return None
