"""Parse raw message bytes into an ``email.message.Message`` without ever raising.

The ``compat32`` policy is used on purpose: ``policy.default`` costs about ten times more per
message (BASELINES.md), and extraction decodes what it needs itself.

Python's parser recurses once per nesting level and raises ``RecursionError`` near 1000 levels,
after spending most of a second. A cheap pre-scan bounds the nesting instead: when the boundaries
and attached messages declared in the raw bytes could nest deeper than ``PARSE_MAX_DEPTH``, the
message is parsed only up to the point where the nesting passes that depth, and an
``uninspectable``/``depth_limit`` finding records the cut. ``PARSE_MAX_DEPTH`` is above any sane
``Limits.max_depth``; extraction applies the configured limit on top.

A single-part message (most mail without attachments) has no structure to parse after its header:
the feed parser would still take its body line by line, about 0.8 ms for 150 KB. ``_single_part``
parses the header with the same parser and sets the rest as the payload in one step, the value the
feed parser would have built; anything unusual in the header (a defect, a unix-from line pushed
back into the body, a multipart or message type) takes the full path.
"""

from __future__ import annotations

import bisect
import email
import re
from dataclasses import dataclass
from email import policy
from email.feedparser import BytesFeedParser
from email.message import Message
from email.parser import BytesHeaderParser

from sentinelle.classifiers.types import UNINSPECTABLE, Finding

PARSE_MAX_DEPTH = 50

_BOUNDARY = re.compile(rb'(?i)boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))')
_MESSAGE_TYPE = re.compile(rb"(?im)^content-type:[ \t]*message/(?:rfc822|global)")
_CLOSE = re.compile(rb"(?m)^--([^\r\n]{1,200}?)--[ \t]*\r?$")
# The first empty line, with line ends split as the feed parser splits them (CRLF, CR or LF; the
# atomic groups keep a CRLF pair from being read as two line ends).
_HEADER_END = re.compile(rb"(?>\r\n|\r|\n)(?>\r\n|\r|\n)")


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    message: Message
    defects: tuple[str, ...]  # parser defect class names, each once, in order of appearance
    findings: tuple[Finding, ...]  # ``uninspectable`` findings made while parsing


def _depth_finding(explanation: str) -> Finding:
    return Finding(UNINSPECTABLE, "message", 1.0, "depth_limit", explanation)


def nesting_cut(raw: bytes, max_depth: int = PARSE_MAX_DEPTH) -> int | None:
    """Offset of the line where declared nesting first exceeds ``max_depth``, or None.

    Each ``boundary=`` opens a scope that its first later close delimiter (``--b--``) ends; each
    ``message/rfc822`` header opens one that never ends. That over-estimates depth, which only
    matters for messages with more than ``max_depth`` such declarations. Cost: one pass of three
    regexes, plus a sort when that many declarations exist.
    """
    # Fast path (nearly every message): lower-casing and counting are C loops over the bytes, and
    # these counts bound the number of boundary and attached-message declarations from above.
    lowered = raw.lower()
    if lowered.count(b"boundary") + lowered.count(b"message/") <= max_depth:
        return None
    closes: dict[bytes, list[int]] = {}
    for match in _CLOSE.finditer(raw):
        closes.setdefault(match.group(1).rstrip(), []).append(match.start())
    events: list[tuple[int, int]] = []
    for match in _BOUNDARY.finditer(raw):
        boundary = (match.group(1) or match.group(2)).rstrip()
        events.append((match.start(), 1))
        positions = closes.get(boundary, [])
        index = bisect.bisect_right(positions, match.end())
        if index < len(positions):
            events.append((positions[index], -1))
    events.extend((m.start(), 1) for m in _MESSAGE_TYPE.finditer(raw))
    events.sort()
    depth = 0
    for position, step in events:
        depth += step
        if depth > max_depth:
            return raw.rfind(b"\n", 0, position) + 1
    return None


def _defects(message: Message) -> tuple[str, ...]:
    names: dict[str, None] = {}
    stack = [message]
    while stack:  # iterative: Message.walk() recurses
        part = stack.pop()
        for defect in getattr(part, "defects", ()):
            names.setdefault(type(defect).__name__, None)
        payload = part.get_payload()
        if isinstance(payload, list):
            stack.extend(p for p in payload if isinstance(p, Message))
    return tuple(names)


def _headers_only(raw: bytes) -> Message:
    try:
        return BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
    except Exception:  # the header parser does not recurse; this is a last resort
        return Message()


def _single_part(raw: bytes) -> Message | None:
    """``raw`` parsed as the feed parser would, when its top level is a clean single part; else None."""
    end = _HEADER_END.search(raw)
    if end is None:
        return None
    parser = BytesFeedParser(policy=policy.compat32)
    parser.feed(raw[: end.end()])
    message: Message = parser.close()
    if message.defects or message.get_payload() != "" or message.get_content_maintype() in ("multipart", "message"):
        return None
    message.set_payload(raw[end.end():].decode("ascii", "surrogateescape"))  # as BytesFeedParser.feed decodes
    return message


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse ``raw``; never raises. Malformations become defects, cuts become findings."""
    try:
        single = _single_part(raw)
    except Exception:  # the full path below reports what is wrong
        single = None
    if single is not None:
        return ParsedMessage(single, (), ())
    findings: list[Finding] = []
    cut = nesting_cut(raw)
    if cut is not None:
        raw = raw[:cut]
        findings.append(_depth_finding(f"MIME nesting deeper than {PARSE_MAX_DEPTH} levels; deeper parts not parsed"))
    try:
        message = email.message_from_bytes(raw, policy=policy.compat32)
    except RecursionError:
        message = _headers_only(raw)
        findings.append(_depth_finding("MIME nesting too deep for the parser; only the top headers were parsed"))
    except Exception:  # the email package is meant not to raise; stay safe if it does
        message = _headers_only(raw)
        findings.append(Finding(UNINSPECTABLE, "message", 1.0, "corrupt", "message structure could not be parsed"))
    try:
        defects = _defects(message)
    except Exception:
        defects = ()
    return ParsedMessage(message, defects, tuple(findings))
