"""proxy.headers: the one reader of header blocks answers exactly as the four scanners it replaced did
(hygiene's strip and value readers, the gateway's field splitter, DKIM's field names), on any bytes.
The replaced code is kept below, verbatim, as the oracle."""

from __future__ import annotations

import email

from hypothesis import given, settings
from hypothesis import strategies as st

from sentinelle.proxy.headers import (
    OWN_HEADER_PREFIX,
    TopHeaders,
    field_name,
    field_names,
    header_end,
    header_value,
    newline_of,
    split_message,
    strip_own_headers,
)

# --- the replaced scanners, verbatim --------------------------------------------------------------------


def old_strip_own_headers(data: bytes) -> tuple[bytes, int]:
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


def old_header_value(data: bytes, name: str) -> str:
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


def old_split_message(data: bytes) -> tuple[list[bytes], bytes, bytes]:
    newline = b"\r\n" if b"\r\n" in data[:data.find(b"\n") + 1 or len(data)] else b"\n"
    separator = newline + newline
    index = data.find(separator)
    if data.startswith(newline):
        head, body = b"", data[len(newline):]
    elif index < 0:
        head, body = data, b""
    else:
        head, body = data[:index + len(newline)], data[index + len(separator):]
    fields: list[bytes] = []
    for line in head.splitlines(keepends=True):
        if line[:1] in (b" ", b"\t") and fields:
            fields[-1] += line
        else:
            fields.append(line)
    return fields, body, newline


def old_dkim_names(data: bytes) -> tuple[bytes, set[bytes]]:
    def name(line: bytes) -> bytes:
        return line.split(b":", 1)[0].strip().lower() if b":" in line and line[:1] not in (b" ", b"\t") else b""

    linesep = b"\r\n" if b"\r\n" in data[:data.find(b"\n") + 1] else b"\n"
    return linesep, {name(line) for line in data.split(linesep + linesep, 1)[0].split(linesep)}


def old_field_name(field: bytes) -> str:
    return field.split(b":", 1)[0].strip().decode("ascii", "replace").lower()


# --- messages: header-shaped bytes with folds, own fields, odd line ends and junk --------------------------

_PIECES = st.sampled_from([
    b"Subject: hello", b"From: a@b.example", b"Message-ID: <m1@x>", b"X-Sentinelle-ID: 1", b"x-sentinelle-scanned: y",
    b" folded", b"\tfolded", b"To:", b"no colon", b"Date: Mon, 6 Jan 2025", b"message-id:<m2@y>", b"", b"body: text",
    b"Content-Type: text/plain", b"\xc3\xa9t\xc3\xa9: x", b"FROM : z", b"from\n: x", b"\x1cfrom: x",
])
_ENDS = st.sampled_from([b"\r\n", b"\r\n", b"\r\n", b"\n", b"\r", b""])
MESSAGES = st.lists(st.tuples(_PIECES, _ENDS), max_size=12).map(lambda parts: b"".join(p + e for p, e in parts))
CRLF_MESSAGES = st.lists(_PIECES, max_size=12).map(lambda parts: b"".join(p + b"\r\n" for p in parts))
SIGNED = (b"from", b"to", b"cc", b"subject", b"date", b"message-id", b"reply-to", b"content-type", b"body")


@settings(max_examples=400, deadline=None)
@given(st.one_of(MESSAGES, CRLF_MESSAGES))
def test_every_reader_answers_as_the_scanner_it_replaced(data: bytes) -> None:
    assert strip_own_headers(data) == old_strip_own_headers(data)
    for name in ("Message-ID", "Date", "Subject", "To"):
        assert header_value(data, name) == old_header_value(data, name)
    assert split_message(data) == old_split_message(data)
    linesep, old_names = old_dkim_names(data)
    assert newline_of(data) == linesep
    new_names = field_names(data, linesep)
    assert [h for h in SIGNED if h.decode() in new_names] == [h for h in SIGNED if h in old_names]
    for field in split_message(data)[0]:
        assert field_name(field) == old_field_name(field)


def test_a_folded_own_field_goes_with_its_continuation() -> None:
    data = b"Subject: s\r\nX-Sentinelle-Scanned: a\r\n b\r\nTo: t@x\r\n\r\nbody\r\n"
    assert strip_own_headers(data) == (b"Subject: s\r\nTo: t@x\r\n\r\nbody\r\n", 1)
    assert header_value(b"Message-ID:\r\n  <m@x>\r\n\r\n", "message-id") == "<m@x>"
    fields, body, newline = split_message(b"A: 1\n B\nC: 2\n\nbody")
    assert (fields, body, newline) == ([b"A: 1\n B\n", b"C: 2\n"], b"body", b"\n")


def test_top_headers_read_a_parsed_message_once() -> None:
    message = email.message_from_bytes(b"Subject: =?utf-8?q?r=C3=A9sultats?=\r\nX-A: 1\r\nx-a: 2\r\n\r\nbody")
    headers = TopHeaders(message)
    assert headers.subject == "résultats"
    assert headers.get_all("X-A") == ["1", "2"] and headers.get("missing") is None and headers.text("x-a") == "1"
