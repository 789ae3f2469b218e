"""Plain text, CSV and other text formats: decoded as they are, inline uuencoded files found;
RTF: control words stripped."""

from __future__ import annotations

import binascii
import re

from sentinelle.classifiers.extractors._common import Budget, Embedded, Output, Piece, clip, decode_text

# An inline uuencoded file in a text body (POSIX uuencode; Outlook and Thunderbird show it as an
# attachment): "begin <mode> <name>", encoded lines, "end".
_UU_BEGIN = re.compile(rb"(?m)^begin[ \t]+[0-7]{3,4}[ \t]+([^\r\n]+?)[ \t]*\r?$")
_UU_END = re.compile(rb"(?m)^end[ \t]*\r?$")


def _uu_line(line: bytes) -> bytes:
    try:
        return binascii.a2b_uu(line)
    except binascii.Error:
        # Encoders that pad lines with garbage: keep the bytes the length character announces
        # (the workaround of the standard library's former ``uu`` module).
        count = (((line[0] - 32) & 63) * 4 + 5) // 3
        try:
            return binascii.a2b_uu(line[:count])
        except binascii.Error:
            return b""


def has_uu_block(data: bytes) -> bool:
    return b"begin" in data and _UU_BEGIN.search(data) is not None


def uu_blocks(data: bytes) -> list[Embedded]:
    """The files uuencoded inside a text, decoded leniently as a mail client would."""
    files: list[Embedded] = []
    position = 0
    while (begin := _UU_BEGIN.search(data, position)) is not None:
        end = _UU_END.search(data, begin.end())
        stop = end.start() if end is not None else len(data)
        lines = data[begin.end():stop].split(b"\n")
        content = b"".join(_uu_line(line.rstrip(b"\r")) for line in lines if line.strip(b"\r"))
        name = begin.group(1).decode("utf-8", "replace")
        files.append(Embedded(name, content))
        position = end.end() if end is not None else len(data)
    return files


def unflow(data: bytes, delsp: bool) -> bytes:
    """Undo RFC 3676 format=flowed: a line ending in a space continues on the next line of the same
    quote depth (without that space when ``delsp``); one leading space is stuffing. Identifiers
    and names split across a soft break become whole again, as the recipient's client shows them."""
    out: list[bytes] = []
    current: bytes | None = None
    current_depth = -1
    for raw_line in data.split(b"\n"):
        line = raw_line[:-1] if raw_line.endswith(b"\r") else raw_line
        depth = len(line) - len(line.lstrip(b">"))
        quote, line = line[:depth], line[depth:]
        if line.startswith(b" "):
            line = line[1:]  # space-stuffing (section 4.4)
        if current is not None and depth == current_depth:
            current += line
        else:
            if current is not None:
                out.append(current)
            current, current_depth = quote + (b" " if quote and line else b"") + line, depth
        flowed = line.endswith(b" ") and line != b"-- "  # the signature separator is never flowed
        if not flowed:
            out.append(current)
            current, current_depth = None, -1
        elif delsp:
            current = current[:-1]
    if current is not None:
        out.append(current)
    return b"\r\n".join(out)


def head_bytes(data: bytes, max_chars: int) -> bytes:
    """The start of ``data`` that holds more than ``max_chars`` characters in any charset (at most 4
    bytes each), cut on a UTF-8 character boundary: text past it is never decoded, so a huge body
    costs no more memory than the part that can be inspected (the caller flags the rest)."""
    limit = 4 * (max_chars + 1) + 4
    if len(data) <= limit:
        return data
    end = limit
    while end > limit - 4 and 0x80 <= data[end] <= 0xBF:
        end -= 1
    return data[:end]


def extract(data: bytes, charset: str | None, budget: Budget) -> Output:
    return Output(pieces=(Piece(clip(decode_text(head_bytes(data, budget.max_chars), charset), budget.max_chars)),))


_RTF_HEX = re.compile(r"\\'([0-9a-fA-F]{2})")
_RTF_UNICODE = re.compile(r"\\u(-?\d+)\??")
_RTF_BREAK = re.compile(r"\\(?:par|line|row|cell|tab)\b ?")
_RTF_CONTROL = re.compile(r"\\[a-zA-Z]+-?\d* ?|\\[^a-zA-Z]|[{}]")
# Destinations whose text is not document content (fonts, colours, styles, pictures).
_RTF_SKIP = re.compile(
    r"\{\\(?:\*|fonttbl|colortbl|stylesheet|info|pict|themedata|datastore)[^{}]*(?:\{[^{}]*\}[^{}]*)*\}"
)


def _unicode(match: re.Match[str]) -> str:
    value = int(match.group(1))
    return chr(value % 65536) if value % 65536 < 0xD800 or value % 65536 > 0xDFFF else ""


def extract_rtf(data: bytes, charset: str | None, budget: Budget) -> Output:
    """Approximate RTF text: good enough for identifiers and names, not a layout engine."""
    text = decode_text(data, charset or "cp1252")
    text = _RTF_SKIP.sub("", text)
    text = _RTF_HEX.sub(lambda m: bytes([int(m.group(1), 16)]).decode("cp1252", "replace"), text)
    text = _RTF_UNICODE.sub(_unicode, text)
    text = _RTF_BREAK.sub("\n", text)
    text = _RTF_CONTROL.sub("", text)
    return Output(pieces=(Piece(clip(text, budget.max_chars)),))
