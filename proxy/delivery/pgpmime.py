"""PGP/MIME (RFC 3156) messages built from raw bytes: the protected inner entity and the encrypted outer message."""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from email.header import Header

from sentinelle.proxy.headers import field_name

# Headers copied into the encrypted part (protected headers, "v1" convention of
# draft-autocrypt-lamps-protected-headers, as written by Enigmail and Thunderbird).
PROTECTED_HEADERS: tuple[str, ...] = ("Subject", "From", "To", "Cc", "Reply-To", "Date", "Message-ID",
                                      "In-Reply-To", "References")


# Outer headers removed: the MIME ones are replaced, the others repeat the subject or other
# content in clear (Outlook's Thread-Topic), or are signatures the new body can only break.
_OUTER_DROPPED = frozenset({"subject", "mime-version", "thread-topic", "keywords", "comments", "summary",
                            "dkim-signature"})


def _crlf(data: bytes) -> bytes:
    return re.sub(rb"\r?\n", b"\r\n", data)


def build_inner_entity(header_fields: Sequence[bytes], body: bytes) -> bytes:
    """The MIME entity to encrypt: protected headers + the original Content-* headers + body."""
    protected = {name.lower() for name in PROTECTED_HEADERS}
    out: list[bytes] = []
    content: list[bytes] = []
    content_type_seen = False
    for field in header_fields:
        name = field_name(field)
        if name == "content-type":
            content_type_seen = True
            value = _crlf(field).rstrip(b"\r\n")
            content.append(value + b";\r\n protected-headers=\"v1\"\r\n")
        elif name.startswith("content-"):
            content.append(_crlf(field))
        elif name in protected:
            out.append(_crlf(field))
    if not content_type_seen:
        # RFC 2045 section 5.2 default, made explicit to carry the parameter.
        content.insert(0, b'Content-Type: text/plain; charset="us-ascii"; protected-headers="v1"\r\n')
    return b"".join(content + out) + b"\r\n" + _crlf(body)


def build_outer_message(header_fields: Sequence[bytes], armored: bytes, outer_subject: str, newline: bytes) -> bytes:
    """The new message: kept headers, the neutral Subject, and the RFC 3156 structure."""
    boundary = "sentinelle-" + secrets.token_hex(12)
    kept = [f for f in header_fields if not field_name(f).startswith("content-")
            and field_name(f) not in _OUTER_DROPPED]
    subject = Header(outer_subject, "utf-8" if not outer_subject.isascii() else "us-ascii").encode()
    lines = [
        f"Subject: {subject}",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted";\n boundary="{boundary}"',
        "",
        "This is an OpenPGP/MIME encrypted message (RFC 4880 and 3156).",
        f"--{boundary}",
        "Content-Type: application/pgp-encrypted",
        "Content-Description: PGP/MIME version identification",
        "",
        "Version: 1",
        "",
        f"--{boundary}",
        'Content-Type: application/octet-stream; name="encrypted.asc"',
        "Content-Description: OpenPGP encrypted message",
        'Content-Disposition: inline; filename="encrypted.asc"',
        "",
    ]
    text = "\n".join(lines).replace("\n", newline.decode()).encode("ascii") + newline
    armor = re.sub(rb"\r?\n", newline, armored.strip()) + newline
    head = b"".join(re.sub(rb"\r?\n", newline, f) for f in kept)
    return head + text + armor + f"--{boundary}--".encode("ascii") + newline
