"""One ``extract`` call's accumulator (``_Run``: segments, findings, locations, budgets) and the text
of header fields and file names (Subject, display names, free-text headers, RFC 2047/2231 parameters)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email.header import decode_header
from email.message import Message

from sentinelle.classifiers.addresses import address_pairs
from sentinelle.classifiers.config import Limits, Ocr
from sentinelle.classifiers.extractors._common import (
    SIZE_LIMIT,
    Budget,
    decode_text,
    normalise_text,
)
from sentinelle.classifiers.types import UNINSPECTABLE, Finding, Segment

_ADDRESS_HEADERS = ("from", "to", "cc", "bcc", "reply-to", "sender")
_SINGLE_FIELDS = ("content-type", "content-transfer-encoding")
# Free-text header fields a recipient can read (Outlook shows Thread-Topic and Keywords; any raw
# view shows them all); structural ones (Received, Message-ID...) are not text and only add noise.
_TEXT_HEADERS = frozenset({"comments", "keywords", "thread-topic", "summary", "organization"})


_FOLD = re.compile(r"\r?\n[ \t]*")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f]+")


@dataclass(slots=True)
class _Run:
    """Accumulator of one ``extract`` call (private, never shared between calls)."""

    limits: Limits
    deadline: float
    ocr: Ocr
    ocr_seconds_left: float
    segments: list[Segment] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    bytes_used: int = 0
    parts: int = 0
    messages: int = 0
    inline: dict[str, int] = field(default_factory=dict)  # inline text parts seen per location
    used: dict[str, int] = field(default_factory=dict)  # segment locations given, with their count

    def inline_location(self, prefix: str, base: str) -> str:
        """``body`` for a message's first inline text part, ``body#2``, ``body#3``... for the next
        (``html`` likewise): positions in different parts are never one text (proximity)."""
        location = _join(prefix, base)
        count = self.inline.get(location, 0) + 1
        self.inline[location] = count
        return location if count == 1 else f"{location}#{count}"

    def segment(self, location: str, content: str) -> None:
        limit = self.limits.max_segment_chars
        clipped = len(content) > limit  # readers clip to one character more than the limit
        content = normalise_text(content)
        if not content or content.isspace():
            return
        if location in self.used:  # two Subject fields, two attachments with one name...
            self.used[location] += 1
            location = f"{location}#{self.used[location]}"
        self.used.setdefault(location, 1)
        if clipped or len(content) > limit:
            # The text past the cut reaches the recipient too: what is not read is uninspectable.
            self.segments.append(Segment(location, content[:limit], truncated=True))
            self.problem(location, SIZE_LIMIT, f"text past {limit} characters not inspected (max_segment_chars)")
        else:
            self.segments.append(Segment(location, content))

    def problem(self, location: str, cause: str, explanation: str) -> None:
        self.findings.append(Finding(UNINSPECTABLE, location, 1.0, cause, explanation))

    def budget(self) -> Budget:
        return Budget(
            max_bytes=max(self.limits.max_total_bytes - self.bytes_used, 0),
            max_ratio=self.limits.max_compression_ratio,
            max_members=self.limits.max_archive_members,
            max_chars=self.limits.max_segment_chars,
        )


_NAME_SEPARATORS = str.maketrans("_+", "  ")
# An initial glued to the surname, as file names write it ("H.Fontaine_lesion.png" is "H. Fontaine").
_GLUED_INITIAL = re.compile(r"\b([A-Z])\.(?=[A-Z][a-z])")


def _name_segment(run: _Run, location: str, name: str) -> None:
    """An attachment's file name is text the recipient reads ("Tremblay_Marie_NAM_TREM...pdf"):
    a segment ``filename:<path>`` beside ``attachment:<path>``, with underscores as spaces."""
    if location.startswith("attachment:"):
        text = _GLUED_INITIAL.sub(r"\1. ", name.translate(_NAME_SEPARATORS))
        run.segment("filename:" + location.removeprefix("attachment:"), text)


def _join(prefix: str, leaf: str) -> str:
    return f"{prefix}/{leaf}" if prefix else leaf


def _attachment(prefix: str, name: str) -> str:
    return f"{prefix}/{name}" if prefix else f"attachment:{name}"


def _header_text(value: str) -> str:
    """Unfolded header text with RFC 2047 encoded words decoded (any charset, bogus ones guessed)."""
    # Raw 8-bit bytes kept by the parser (surrogates: never in an ASCII value, the usual case).
    if not value.isascii() and any("\udc80" <= c <= "\udcff" for c in value):
        value = decode_text(value.encode("ascii", "surrogateescape"))
    if "\n" in value:  # folded (every _FOLD match holds a line feed)
        value = _FOLD.sub(" ", value)
    if "=?" not in value:
        return value
    try:
        chunks = decode_header(value)
    except Exception:  # a malformed encoded word: keep the raw text, which is still inspectable
        return value
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
        elif charset is None:
            out.append(chunk.decode("raw-unicode-escape", "replace"))
        else:
            out.append(decode_text(chunk, charset))
    return "".join(out)


def _clean_name(name: str) -> str:
    return _UNPRINTABLE.sub("_", name).replace("/", "_").strip()[:200]


def _param_text(value: object) -> str | None:
    if isinstance(value, tuple):  # RFC 2231 (charset, language, value)
        charset, _, text_value = value
        return decode_text(str(text_value).encode("latin-1", "replace"), charset)
    return value if isinstance(value, str) else None


def _type_params(part: Message) -> dict[str, object]:
    """Content-Type parameters, parsed once per part (each ``get_param`` call re-parses the header)."""
    if "content-type" not in part:
        return {}
    params = part.get_params(failobj=[]) or []
    return {str(k).lower(): v for k, v in params[1:]}


def _filename(part: Message, params: dict[str, object]) -> str | None:
    raw = part.get_filename() if "content-disposition" in part else None
    raw = raw or _param_text(params.get("name"))
    if raw and "\ufffd" in raw:
        raw = _eight_bit_filename(part) or raw
    if not raw or not raw.strip():
        return None
    return _clean_name(_header_text(raw)) or None


def _eight_bit_filename(part: Message) -> str | None:
    """A file name written in raw 8-bit bytes, without RFC 2047 or 2231 encoding ("Fournier André - consult.pdf"
    in UTF-8): the parser's parameter values replace those bytes, the raw header keeps them to decode."""
    for name, value in part.raw_items():
        lname = name.lower()
        if lname in ("content-disposition", "content-type") and isinstance(value, str):
            header = Message()
            header[lname] = _header_text(value)
            found = header.get_filename() if lname == "content-disposition" else header.get_param("name")
            if isinstance(found, str) and found.strip() and "\ufffd" not in found:
                return found
    return None


def _charset(params: dict[str, object]) -> str | None:
    charset = _param_text(params.get("charset"))
    return charset.strip().lower() if charset else None


_SIMPLE_ADDRESS = re.compile(r'^\s*"?([^"<>,()\\]*?)"?\s*<[^<>,]*>\s*$')


def _display_names(value: str) -> list[str]:
    """Display names of an address header; fast paths for a single ``Name <addr>`` (quoted too) and for lists
    of plain addresses (``classifiers.addresses``)."""
    if "<" not in value and "(" not in value:
        return []  # bare addresses carry no display name
    simple = _SIMPLE_ADDRESS.match(value) if value.count("<") == 1 else None
    if simple is not None:
        return [simple.group(1)] if simple.group(1).strip() else []
    names = [n for n, _ in address_pairs([value]) if n]
    if not names and "<" in value:  # unparseable list (strict parser): its text outside "<...>" is the name
        names = [re.sub(r"<[^>]*>", " ", value)]
    return names


def _headers(run: _Run, message: Message, prefix: str) -> None:
    for name, value in message.raw_items():
        lname = name.lower()
        if not isinstance(value, str):
            continue
        if lname == "subject":
            run.segment(_join(prefix, "subject"), _header_text(value).strip())
        elif lname in _ADDRESS_HEADERS:
            names = [_header_text(n).strip() for n in _display_names(value)]
            run.segment(_join(prefix, f"header:{lname}"), "\n".join(n for n in names if n))
        elif lname in _TEXT_HEADERS:
            run.segment(_join(prefix, f"header:{lname}"), _header_text(value).strip())
