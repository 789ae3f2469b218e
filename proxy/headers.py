"""Header blocks, read and rewritten in one place: raw message bytes (line endings, long lines, the header
section and its fields, Sentinelle's own fields) and the top-level fields of a parsed message.

Nothing here re-serialises a message: a well-formed message (CRLF line endings, no ``X-Sentinelle-*``
field) comes out byte for byte as it went in, apart from the header fields Sentinelle prepends. Every
reader splits a header section into fields the same way (``fields``: a line starting with a space or a
tab continues the field above it, RFC 5322 2.2.3), whether it strips Sentinelle's own fields, quotes
a Message-ID in a notification, chooses the headers DKIM signs or builds a PGP/MIME message.

* aiosmtpd ends DATA lines on CRLF only, so a bare CR or bare LF reaches the handler unchanged.
  Relayed as is, a bare ``\\n.\\n`` is the SMTP-smuggling primitive (a next hop that accepts bare LF
  as a line end would see a second message). Every bare CR and bare LF becomes CRLF here, before
  inspection, signing and relaying, so the text inspected is the text delivered.
* A line longer than 998 octets (RFC 5322 2.1.1) is accepted, then folded as Postfix's smtp client
  folds it (``smtp_line_length_limit = 998``: CRLF SPACE inserted), before inspection, so the
  next hop takes it and the text inspected is the text delivered (``fold_long_lines``).
* Incoming ``X-Sentinelle-*`` fields are removed: only Sentinelle may say what Sentinelle did.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from email.errors import MessageError
from email.header import decode_header, make_header
from email.message import Message
from typing import Any

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


def newline_of(data: bytes) -> bytes:
    """The message's line ending, as its first line has it: ``b"\\r\\n"``, else ``b"\\n"``."""
    first = data.find(b"\n")
    return b"\r\n" if first > 0 and data[first - 1:first] == b"\r" else b"\n"


def header_end(data: bytes) -> int:
    """Offset just past the header section's last CRLF (the empty line is not included); the whole
    message when it has no body."""
    if data.startswith(b"\r\n"):
        return 0
    index = data.find(b"\r\n\r\n")
    return len(data) if index < 0 else index + 2


def fields(lines: list[bytes]) -> list[bytes]:
    """Header lines (each with its line ending) grouped into fields: a line starting with a space or a
    tab continues the field above it (a continuation with no field above stands alone)."""
    grouped: list[bytes] = []
    for line in lines:
        if line[:1] in (b" ", b"\t") and grouped:
            grouped[-1] += line
        else:
            grouped.append(line)
    return grouped


def _crlf_lines(head: bytes) -> list[bytes]:
    """``head`` as lines split at CRLF only, each with its CRLF; an unterminated last line last, as is."""
    *lines, last = head.split(b"\r\n")
    return [line + b"\r\n" for line in lines] + ([last] if last else [])


def field_name(field: bytes) -> str:
    """The field's name, lower-case: the text before its first colon (the whole field if none)."""
    return field.split(b":", 1)[0].strip().decode("ascii", "replace").lower()


def field_names(data: bytes, newline: bytes) -> set[str]:
    """Lower-case names of the fields of ``data``'s header section (lines split at ``newline`` only,
    the section ending at the first empty line), well-formed fields only (a first line with a colon,
    not a stray continuation): what DKIM may sign."""
    head = data.split(newline + newline, 1)[0]
    names = set()
    for field in fields([line + newline for line in head.split(newline)]):
        first = field.split(newline, 1)[0]
        if b":" in first and first[:1] not in (b" ", b"\t"):
            names.add(field_name(field))
    return names


def split_message(data: bytes) -> tuple[list[bytes], bytes, bytes]:
    """Split raw message bytes into header fields (each with its folded continuation lines and
    line endings), the body, and the newline convention (b"\\r\\n" or b"\\n")."""
    newline = newline_of(data)
    separator = newline + newline
    index = data.find(separator)
    if data.startswith(newline):
        head, body = b"", data[len(newline):]
    elif index < 0:
        head, body = data, b""
    else:
        head, body = data[:index + len(newline)], data[index + len(separator):]
    return fields(head.splitlines(keepends=True)), body, newline


def strip_own_headers(data: bytes) -> tuple[bytes, int]:
    """``data`` without incoming ``X-Sentinelle-*`` header fields (folded lines included), and how many
    were removed. Expects CRLF line endings (``normalise_line_endings`` first)."""
    end = header_end(data)
    head = data[:end]
    if OWN_HEADER_PREFIX not in head.lower():
        return data, 0
    kept: list[bytes] = []
    removed = 0
    # Only terminated lines are kept, as ever (a message from SMTP always ends with CRLF).
    for field in fields([line for line in _crlf_lines(head) if line.endswith(b"\r\n")]):
        if field.lower().startswith(OWN_HEADER_PREFIX):
            removed += 1
        else:
            kept.append(field)
    return b"".join(kept) + data[end:], removed


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
    for field in fields(_crlf_lines(data[:header_end(data)])):
        if field.lower().startswith(wanted):
            return " ".join(field[len(wanted):].decode("ascii", "replace").split())
    return ""


class TopHeaders:
    """A parsed message's top-level header fields, read once: values by lower-case name exactly as
    ``Message.get_all`` returns them, and the Subject decoded once. Forwarding detection, the
    subject-tag check and the Message-ID share one (``Message.get`` scans every field per call,
    and decoding the Subject builds a ``Header``: per message, that was most of the cost)."""

    __slots__ = ("_fields", "_subject")

    def __init__(self, message: Message) -> None:
        by_name: dict[str, list[Any]] = {}
        for name, value in message.items():
            by_name.setdefault(name.lower(), []).append(value)
        self._fields = by_name
        self._subject: str | None = None

    def get_all(self, name: str) -> list[Any]:
        """Every value of ``name``, in order ([] when absent)."""
        return self._fields.get(name.lower(), [])

    def get(self, name: str) -> Any:
        """The first value of ``name`` (a str, or a ``Header`` for raw non-ASCII), else None."""
        values = self._fields.get(name.lower())
        return values[0] if values else None

    def text(self, name: str) -> str:
        value = self.get(name)
        return "" if value is None else str(value)

    @property
    def subject(self) -> str:
        """The Subject with RFC 2047 encoded words decoded; never raises."""
        if self._subject is None:
            self._subject = decode_subject(self.get("Subject"))
        return self._subject


def decode_subject(raw: Any) -> str:
    """A Subject value with RFC 2047 encoded words decoded ("" for None); never raises."""
    if raw is None:
        return ""
    if isinstance(raw, str) and "=?" not in raw:
        return raw  # no encoded word: decode_header/make_header would give it back unchanged
    try:
        return str(make_header(decode_header(str(raw))))
    except (LookupError, ValueError, UnicodeError, TypeError, MessageError):  # bad base64, a non-ASCII charset name
        return str(raw)
