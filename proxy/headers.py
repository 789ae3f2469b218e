"""Input hygiene on raw bytes: line endings, envelope addresses, Sentinelle's own headers.

Nothing here re-serialises a message: a well-formed message (CRLF line endings, no ``X-Sentinelle-*``
field) comes out byte for byte as it went in, apart from the header fields Sentinelle prepends.

* aiosmtpd ends DATA lines on CRLF only, so a bare CR or bare LF reaches the handler unchanged.
  Relayed as is, a bare ``\\n.\\n`` is the SMTP-smuggling primitive (a next hop that accepts bare LF
  as a line end would see a second message). Every bare CR and bare LF becomes CRLF here, before
  inspection, signing and relaying, so the text inspected is the text delivered.
* A line longer than 998 octets (RFC 5322 2.1.1) is accepted, then folded as Postfix's smtp client
  folds it (``smtp_line_length_limit = 998``: CRLF SPACE inserted), before inspection, so the
  next hop takes it and the text inspected is the text delivered (``fold_long_lines``).
* Envelope addresses are checked at MAIL and RCPT (control characters, length, RFC 5321 shape)
  before they reach the policy, the audit trail or the next hop.
* An address whose local part holds routing characters (``@`` inside quotes, ``%``, ``!``) is
  refused (553 5.1.3 recipient, 553 5.1.7 sender) rather than classified: Postfix, with its
  defaults (``resolve_dequoted_address``, ``allow_percent_hack``, ``swap_bangpath``), delivers
  ``"x@gmail.com"@internal``, ``x%gmail.com@internal`` and ``gmail.com!x@internal`` to
  ``x@gmail.com`` when the internal domain is one of its own, so the domain Sentinelle would judge
  is not where the mail goes. A sender of that shape would have Sentinelle's notification routed
  the same way (backscatter).
* A Unicode domain must be valid IDNA 2008 and normalise identically under UTS 46 (non-transitional,
  as Postfix's SMTPUTF8 support): ``ſ``, zero-width characters, full-width letters would otherwise
  fold onto another domain (``proxy.policy.canonical_domain``). Refused with 553.
* Incoming ``X-Sentinelle-*`` fields are removed: only Sentinelle may say what Sentinelle did.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

OWN_HEADER_PREFIX = b"x-sentinelle-"


def normalise_line_endings(data: bytes) -> tuple[bytes, bool]:
    """``data`` with every bare CR and bare LF turned into CRLF, and whether anything changed.

    The common case (only CRLF) is detected with one C pass that drops the CRLF pairs and two
    ``memchr`` searches of what is left (several times cheaper than counting CR, LF and CRLF
    separately: single-byte ``bytes.count`` is slow); the message itself is returned uncopied.
    The rewrite is three ``bytes.replace`` passes, not a regular-expression substitution: ``re.sub``
    keeps an object per match until it joins them (~45 bytes per line, 400 MB for 9 MB of empty lines)."""
    rest = data.replace(b"\r\n", b"")
    if b"\r" not in rest and b"\n" not in rest:
        return data, False
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").replace(b"\n", b"\r\n"), True


MAX_LINE = 998  # octets, without the CRLF (RFC 5322 2.1.1)
_LONG_LINE = re.compile(rb"[^\r\n]{%d,}" % (MAX_LINE + 1))


def fold_long_lines(data: bytes) -> bytes:
    """``data`` with every line over ``MAX_LINE`` octets broken by CRLF SPACE, as Postfix's smtp client
    does; a continuation starts with the space, so a header stays one folded field and base64 decoders
    skip it. Only call it for a message known to have such a line (the receiver notes it)."""

    def fold(match: re.Match[bytes]) -> bytes:
        line = match.group()
        parts = [line[:MAX_LINE]]
        for start in range(MAX_LINE, len(line), MAX_LINE - 1):
            parts.append(b" " + line[start:start + MAX_LINE - 1])
        return b"\r\n".join(parts)

    return _LONG_LINE.sub(fold, data)


def header_end(data: bytes) -> int:
    """Offset just past the header section's last CRLF (the empty line is not included); the whole
    message when it has no body."""
    if data.startswith(b"\r\n"):
        return 0
    index = data.find(b"\r\n\r\n")
    return len(data) if index < 0 else index + 2


def strip_own_headers(data: bytes) -> tuple[bytes, int]:
    """``data`` without incoming ``X-Sentinelle-*`` header fields (folded lines included), and how many
    were removed. Expects CRLF line endings (``normalise_line_endings`` first)."""
    end = header_end(data)
    head = data[:end]
    if OWN_HEADER_PREFIX not in head.lower():
        return data, 0
    kept: list[bytes] = []
    removed = 0
    dropping = False
    for line in head.split(b"\r\n")[:-1]:
        if line[:1] in (b" ", b"\t"):
            if not dropping:
                kept.append(line)
            continue
        dropping = line.lower().startswith(OWN_HEADER_PREFIX)
        if dropping:
            removed += 1
        else:
            kept.append(line)
    return b"".join(line + b"\r\n" for line in kept) + data[end:], removed


def prepend_headers(data: bytes, fields: Sequence[tuple[str, str]]) -> bytes:
    """``data`` with ``Name: value`` fields (ASCII, one line each) added at the top, like a Received field."""
    if not fields:
        return data
    added = b"".join(f"{name}: {value}\r\n".encode("ascii") for name, value in fields)
    return added + data


def header_value(data: bytes, name: str) -> str:
    """The first ``name`` field's unfolded value (ASCII-decoded, errors replaced), or "" — for
    Message-ID and Date, which notifications quote."""
    wanted = name.lower().encode("ascii") + b":"
    head = data[:header_end(data)]
    lines = head.split(b"\r\n")
    for index, line in enumerate(lines):
        if line.lower().startswith(wanted):
            value = line[len(wanted):]
            for continuation in lines[index + 1:]:
                if continuation[:1] not in (b" ", b"\t"):
                    break
                value += b" " + continuation.strip()
            return " ".join(value.decode("ascii", "replace").split())
    return ""
