"""Turn a parsed message into text ``Segment``s, and what cannot be inspected into findings.

Locations: ``subject``, ``header:<name>`` (display names of From/To/Cc/Bcc/Reply-To/Sender),
``body`` (inline text), ``html`` (inline HTML as text) — each further inline part of a message
numbered ``body#2``, ``body#3``, ``html#2``... so that no two parts share a location (scoring
measures proximity within one location; ``preamble`` and ``epilogue`` of a multipart,
``header:<name>`` also for Comments, Keywords, Thread-Topic, Summary, Organization and parts'
Content-Description; any other location that would repeat, such as two
attachments of one name, gets ``#2``... too) — ``attachment:<name>``, ``filename:<name>`` (the
file name itself as text); nested files and
attached messages extend the path: ``attachment:a.zip/b.pdf``, ``attachment:fwd.eml/body``,
``attachment:fwd.eml/subject``. Unnamed attachments are called ``part-<n>``, unnamed attached
messages ``message-<n>.eml`` (n counts from 1 in document order).

Formats are recognised by content first (``extractors.sniff``). Plain text, CSV (whatever its
extension: each value with its column header), and HTML, RTF, iCalendar and vCard up to
``IN_PROCESS_MAX_BYTES``, are read in-process, as are ZIP archives (bounded,
chunked decompression). Every other untrusted format runs in sandboxed worker processes
(``classifiers.sandbox``) with memory, CPU and wall-clock limits: PDF, Office, DICOM, HL7 v2,
FHIR/JSON, and larger HTML and RTF. Workers start only when such a file appears.

Uninspectable causes (``UNINSPECTABLE_CAUSES``; the finding's ``excerpt`` is the cause):
``encrypted`` (password-protected PDF/ZIP member/Office, S/MIME enveloped data), ``depth_limit``
(MIME + archive + attached-message nesting past ``Limits.max_depth``), ``size_limit`` (expanded
bytes past ``Limits.max_total_bytes``, or a parser's memory limit), ``compression_ratio``,
``member_limit``, ``timeout`` (deadline passed, or a parser's time limit), ``corrupt`` (a parser
failed), ``image_only`` (an image, or a PDF without a text layer), ``unsupported`` (a binary
format we do not read: legacy Office, 7z/RAR/gzip, audio/video, unknown binary, message/partial),
``ambiguous`` (a part with two different Content-Type or Content-Transfer-Encoding fields: mail
clients disagree on which counts, so no single reading can be trusted; the part is still read as
Python reads it, the first), ``worker_crashed`` (the server's analysis of this very message did
not complete twice: a process was killed or the deadline overrun; ``proxy.analyze.AnalysisJournal``).

Deliberately skipped, without a finding, once ``classifiers.openpgp`` has walked the packets:
- OpenPGP-encrypted content (PGP/MIME ``multipart/encrypted``, armored or binary OpenPGP data,
  armored blocks inside a text body): the policy handles encrypted mail itself; detached OpenPGP
  signatures and S/MIME detached signatures (no patient content). Public keys are skipped too,
  but their user IDs (free text) are inspected.
- A label or an armor line proves nothing: content that only *looks* like OpenPGP data
  (``application/pgp-*`` type, armor lines, bytes shaped like packet headers) but does not walk
  as such is a lookalike. It is extracted as ordinary text when it is text; the data inside a
  lookalike armored block is decoded (leniently, as a recipient could) and inspected as text,
  or reported ``corrupt`` when it is binary (a signed-only or literal OpenPGP message included).
- Inline images that are decoration: an image inside ``multipart/related`` with a Content-ID,
  at most ``INLINE_IMAGE_MAX_BYTES`` and at most ``INLINE_IMAGE_MAX_PIXELS`` (logos, signature
  pictures). A larger inline image (a pasted screenshot) is ``image_only`` like any image.
"""

from __future__ import annotations

import base64
import quopri
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.header import decode_header
from email.message import Message
from email.utils import getaddresses

from sentinelle.classifiers import openpgp, sandbox
from sentinelle.classifiers.config import Limits
from sentinelle.classifiers.extractors import archive, html, ics, image, sniff, table, text
from sentinelle.classifiers.extractors._common import (
    AMBIGUOUS,
    COMPRESSION_RATIO,
    CORRUPT,
    DEPTH_LIMIT,
    ENCRYPTED,
    IMAGE_ONLY,
    MEMBER_LIMIT,
    SIZE_LIMIT,
    TIMEOUT,
    UNSUPPORTED,
    WORKER_CRASHED,
    Budget,
    Output,
    Piece,
    Problem,
    clip,
    decode_text,
    looks_textual,
    normalise_text,
)
from sentinelle.classifiers.parse import ParsedMessage, parse_message
from sentinelle.classifiers.types import UNINSPECTABLE, Finding, Segment

UNINSPECTABLE_CAUSES: tuple[str, ...] = (
    ENCRYPTED,
    DEPTH_LIMIT,
    SIZE_LIMIT,
    COMPRESSION_RATIO,
    MEMBER_LIMIT,
    TIMEOUT,
    CORRUPT,
    IMAGE_ONLY,
    UNSUPPORTED,
    WORKER_CRASHED,
    AMBIGUOUS,
)
INLINE_IMAGE_MAX_BYTES = 64 * 1024
INLINE_IMAGE_MAX_PIXELS = 400 * 300

_ADDRESS_HEADERS = ("from", "to", "cc", "bcc", "reply-to", "sender")
_SINGLE_FIELDS = ("content-type", "content-transfer-encoding")
# Free-text header fields a recipient can read (Outlook shows Thread-Topic and Keywords; any raw
# view shows them all); structural ones (Received, Message-ID...) are not text and only add noise.
_TEXT_HEADERS = frozenset({"comments", "keywords", "thread-topic", "summary", "organization"})
_OPENPGP_TYPES = frozenset({"application/pgp-encrypted", "application/pgp-signature", "application/pgp-keys"})
_PKCS7_SIGNATURE_TYPES = frozenset({"application/pkcs7-signature", "application/x-pkcs7-signature"})
# DER of the PKCS #7 / CMS signedData content type OID 1.2.840.113549.1.7.2 (RFC 5652 section 5.1).
_SIGNED_DATA_OID = bytes.fromhex("06092a864886f70d010702")
_SKIP_KINDS = frozenset({openpgp.Kind.ENCRYPTED, openpgp.Kind.SIGNATURE})
_LOOKALIKE = "looks like OpenPGP data but is not (binary content)"
_SMIME = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})
_SANDBOX_TARGETS = {
    sniff.PDF: "sentinelle.classifiers.extractors.pdf:extract",
    sniff.DOCX: "sentinelle.classifiers.extractors.office:extract_docx",
    sniff.PPTX: "sentinelle.classifiers.extractors.office:extract_pptx",
    sniff.ODF: "sentinelle.classifiers.extractors.office:extract_odf",
    sniff.XLSX: "sentinelle.classifiers.extractors.xlsx:extract",
    sniff.DICOM: "sentinelle.classifiers.extractors.dicom:extract",
}
# Text formats read in this process: plain text and CSV (decoded, never more than they can
# inspect), and HTML, RTF, iCalendar and vCard up to IN_PROCESS_MAX_BYTES (lxml's tree and the
# calendar libraries' objects cost several times the text).
_TEXT_READERS: dict[str, Callable[[bytes, str | None, Budget], Output]] = {
    sniff.TEXT: text.extract,
    sniff.RTF: text.extract_rtf,
    sniff.HTML: html.extract,
    sniff.CSV: table.extract,
    sniff.CALENDAR: ics.extract_calendar,
    sniff.VCARD: ics.extract_vcard,
}
IN_PROCESS_MAX_BYTES = 1 << 20
# Text formats parsed in a worker process, whatever their size: their parsers build an object per
# field (HL7: 7.6 MB took 1.2 GB and 16 s in the proxy), a JSON or an XML tree. Larger HTML and
# RTF go there too. Called as ``function(data, charset, budget)``.
_SANDBOXED_TEXT = {
    sniff.HL7: "sentinelle.classifiers.extractors.hl7v2:extract",
    sniff.FHIR_JSON: "sentinelle.classifiers.extractors.fhir:extract_json",
    sniff.JSON: "sentinelle.classifiers.extractors.fhir:extract_json",
    sniff.FHIR_XML: "sentinelle.classifiers.extractors.fhir:extract_xml",
    sniff.HTML: "sentinelle.classifiers.extractors.html:extract",
    sniff.RTF: "sentinelle.classifiers.extractors.text:extract_rtf",
    sniff.CALENDAR: "sentinelle.classifiers.extractors.ics:extract_calendar",
    sniff.VCARD: "sentinelle.classifiers.extractors.ics:extract_vcard",
}


def _in_process_reader(kind: str, size: int) -> Callable[[bytes, str | None, Budget], Output] | None:
    """The reader of a text format read in this process, or None (a worker parses it, or no text)."""
    if kind in (sniff.TEXT, sniff.CSV) or (kind in _TEXT_READERS and size <= IN_PROCESS_MAX_BYTES):
        return _TEXT_READERS[kind]
    return None
_FOLD = re.compile(r"\r?\n[ \t]*")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f]+")
_ENCRYPTED_OLE = "EncryptedPackage".encode("utf-16-le")


@dataclass(frozen=True, slots=True)
class Extraction:
    segments: tuple[Segment, ...]
    # ``uninspectable`` findings, the parse-time ones (``ParsedMessage.findings``) included.
    findings: tuple[Finding, ...]


def _is_pgp_mime(part: Message) -> bool:
    try:
        openpgp.pgp_mime_key_ids(part)
    except openpgp.PgpMimeError:
        return False
    return True


def is_openpgp_part(part: Message) -> bool:
    """True for content extraction skips as OpenPGP-encrypted, which ``classifiers.openpgp``
    confirmed by walking its packets: an RFC 3156 PGP/MIME container around real encrypted data,
    an ``application/pgp-encrypted`` control part (only ``Version: 1``), a part whose content is
    (armored or binary) encrypted OpenPGP data. Lookalikes are False: they are inspected."""
    if part.get_content_type() == "multipart/encrypted":
        return _is_pgp_mime(part)
    if part.is_multipart():
        return False
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return False
    if part.get_content_type() == "application/pgp-encrypted" and payload.strip().startswith(b"Version:"):
        return payload.strip() == b"Version: 1"
    return openpgp.identify(payload) is openpgp.Kind.ENCRYPTED


def _encoded_message(part: Message) -> bool:
    return str(part.get("Content-Transfer-Encoding", "")).strip().lower() in ("base64", "quoted-printable")


def _decode_encoded_message(part: Message) -> bytes:
    """The bytes of a base64 or quoted-printable ``message/rfc822`` part, as a mail client decodes them.

    The parser took the encoded text for an embedded message: without header fields its lines are that
    message's body; with (odd) fields before a blank line, they are read back as text lines too."""
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    lines = [f"{k}: {v}" for k, v in inner.raw_items()] if isinstance(inner, Message) else []
    body = inner.get_payload() if isinstance(inner, Message) else ""
    encoded = "\n".join(lines) + ("\n" if lines else "") + (body if isinstance(body, str) else "")
    raw = encoded.encode("ascii", "surrogateescape")
    if str(part.get("Content-Transfer-Encoding", "")).strip().lower() == "base64":
        data = re.sub(rb"[^A-Za-z0-9+/]", b"", raw)
        return base64.b64decode(data[: len(data) - len(data) % 4])
    return quopri.decodestring(raw)


def shutdown_sandbox() -> None:
    """Stop the parser worker processes (tests, proxy shutdown); they restart on demand."""
    sandbox.shutdown()


@dataclass(slots=True)
class _Run:
    """Accumulator of one ``extract`` call (private, never shared between calls)."""

    limits: Limits
    deadline: float
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


def _name_segment(run: _Run, location: str, name: str) -> None:
    """An attachment's file name is text the recipient reads ("Tremblay_Marie_NAM_TREM...pdf"):
    a segment ``filename:<path>`` beside ``attachment:<path>``, with underscores as spaces."""
    if location.startswith("attachment:"):
        run.segment("filename:" + location.removeprefix("attachment:"), name.translate(_NAME_SEPARATORS))


def _join(prefix: str, leaf: str) -> str:
    return f"{prefix}/{leaf}" if prefix else leaf


def _attachment(prefix: str, name: str) -> str:
    return f"{prefix}/{name}" if prefix else f"attachment:{name}"


def _header_text(value: str) -> str:
    """Unfolded header text with RFC 2047 encoded words decoded (any charset, bogus ones guessed)."""
    if any("\udc80" <= c <= "\udcff" for c in value):  # raw 8-bit bytes kept by the parser
        value = decode_text(value.encode("ascii", "surrogateescape"))
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
    if not raw or not raw.strip():
        return None
    return _clean_name(_header_text(raw)) or None


def _charset(params: dict[str, object]) -> str | None:
    charset = _param_text(params.get("charset"))
    return charset.strip().lower() if charset else None


_SIMPLE_ADDRESS = re.compile(r'^\s*"?([^"<>,()\\]*?)"?\s*<[^<>,]*>\s*$')


def _display_names(value: str) -> list[str]:
    """Display names of an address header; a fast path for the common single ``Name <addr>`` form."""
    if "<" not in value and "(" not in value:
        return []  # bare addresses carry no display name
    simple = _SIMPLE_ADDRESS.match(value) if value.count("<") == 1 else None
    if simple is not None:
        return [simple.group(1)] if simple.group(1).strip() else []
    names = [n for n, _ in getaddresses([value]) if n]
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


def extract(parsed: ParsedMessage, limits: Limits, *, deadline: float | None = None) -> Extraction:
    """Segments and ``uninspectable`` findings of a message; never raises for message content.

    ``deadline`` is a ``time.monotonic()`` instant (default: now + ``limits.time_budget_seconds``);
    parts left when it passes become ``uninspectable``/``timeout``.
    """
    if deadline is None:
        deadline = time.monotonic() + limits.time_budget_seconds
    run = _Run(limits, deadline)
    run.findings.extend(parsed.findings)
    _walk(run, parsed.message)
    return Extraction(tuple(run.segments), tuple(run.findings))


# How deep a message may nest and still count as plain text for ``in_process_only``.
_PLAIN_MAX_DEPTH = 4


def in_process_only(parsed: ParsedMessage) -> bool:
    """True when every part of ``parsed`` is text that extraction reads in this process with a
    text reader (plain, CSV; HTML, RTF, iCalendar, vCard up to ``IN_PROCESS_MAX_BYTES``): no worker process
    (HL7, FHIR and JSON are parsed in one), no archive, no attached
    message, no OpenPGP or S/MIME structure, no parse-time finding. Such a message's inspection
    never waits on a parser process and costs about as much CPU as its text is long, which is what
    lets the proxy inspect a small one on its event loop (``proxy.pipeline.run_analysis``).
    Content is sniffed exactly as ``extract`` does, so a PDF labelled text/plain is not text here
    either. Conservative: anything unusual answers False (the analysis then runs in a thread)."""
    if parsed.findings:
        return False
    stack: list[tuple[Message, int]] = [(parsed.message, 0)]
    while stack:
        part, depth = stack.pop()
        payload = part.get_payload()
        if isinstance(payload, list):
            if depth >= _PLAIN_MAX_DEPTH or part.get_content_maintype() != "multipart" \
                    or part.get_content_type() in ("multipart/encrypted", "multipart/signed"):
                return False
            for child in payload:
                if not isinstance(child, Message):
                    return False
                stack.append((child, depth + 1))
            continue
        ctype = part.get_content_type()
        if not ctype.startswith("text/"):
            return False
        data = part.get_payload(decode=True)
        if not isinstance(data, bytes):
            return False
        if not data:
            continue
        if openpgp.ARMOR_BEGIN_PREFIX in data or text.has_uu_block(data) or _ambiguous(part):
            return False
        if _in_process_reader(sniff.sniff(data, ctype, _filename(part, _type_params(part)) or ""), len(data)) is None:
            return False
    return True


# Work items: ("message", Message, prefix, depth), ("part", Message, prefix, depth, related),
# ("file", bytes, location, depth). A stack, not recursion: nesting is attacker-controlled.
_Item = tuple[object, ...]


def _walk(run: _Run, root: Message) -> None:
    stack: list[_Item] = [("message", root, "", 0)]
    while stack:
        item = stack.pop()
        try:
            _step(run, item, stack)
        except Exception as exc:  # one bad part must not hide the others
            location = str(item[2]) or "message"
            run.problem(location, CORRUPT, f"part could not be read ({type(exc).__name__})")


def _step(run: _Run, item: _Item, stack: list[_Item]) -> None:
    kind = item[0]
    if kind == "message":
        message, prefix, depth = item[1], str(item[2]), int(item[3])  # type: ignore[call-overload]
        assert isinstance(message, Message)
        _headers(run, message, prefix)
        stack.append(("part", message, prefix, depth, False))
    elif kind == "part":
        part, prefix, depth, related = item[1], str(item[2]), int(item[3]), bool(item[4])  # type: ignore[call-overload]
        assert isinstance(part, Message)
        _part(run, part, prefix, depth, related, stack)
    else:
        data, location, depth = item[1], str(item[2]), int(item[3])  # type: ignore[call-overload]
        assert isinstance(data, bytes)
        if _guard(run, location, depth, len(data)):
            _file(run, data, location, depth, "", None, location.rsplit("/", 1)[-1], False, stack)


def _guard(run: _Run, location: str, depth: int, size: int) -> bool:
    """Apply depth, time and byte limits before reading something; False = reported, skip it."""
    if depth > run.limits.max_depth:
        run.problem(location, DEPTH_LIMIT, f"nesting deeper than {run.limits.max_depth} levels")
        return False
    if time.monotonic() > run.deadline:
        run.problem(location, TIMEOUT, "time budget spent before this part")
        return False
    if run.bytes_used + size > run.limits.max_total_bytes:
        run.problem(location, SIZE_LIMIT, "message expands past the extraction byte budget")
        return False
    run.bytes_used += size
    return True


def _ambiguous(part: Message) -> bool:
    """Two different Content-Type (or Content-Transfer-Encoding) fields: mail clients disagree on
    which one counts (Python takes the first, others the last)."""
    for name in _SINGLE_FIELDS:
        values = part.get_all(name)
        if values and len(values) > 1 and len({" ".join(str(v).lower().split()) for v in values}) > 1:
            return True
    return False


def _part(run: _Run, part: Message, prefix: str, depth: int, related: bool, stack: list[_Item]) -> None:
    description = part.get("content-description")
    if isinstance(description, str):
        run.segment(_join(prefix, "header:content-description"), _header_text(description).strip())
    if _ambiguous(part):
        # Content read under one reading could hide content under another: this is refused rather
        # than guessed (the part is still read as Python reads it, for the other findings).
        run.problem(prefix or "message", AMBIGUOUS, "part has conflicting Content-Type or Content-Transfer-Encoding")
    ctype = part.get_content_type()
    maintype = ctype.partition("/")[0]
    payload = part.get_payload()
    params = _type_params(part)
    name = _filename(part, params)
    if ctype == "multipart/encrypted" and _is_pgp_mime(part):
        return  # real PGP/MIME: see module docstring; a lookalike's parts are read like any others
    if ctype in _PKCS7_SIGNATURE_TYPES and _is_pkcs7_signature(part):
        return
    if isinstance(payload, list):
        if (maintype == "message" and ctype in ("message/rfc822", "message/global")) or (
            maintype != "multipart" and len(payload) == 1 and ctype != "message/delivery-status"
        ):
            run.messages += 1
            location = _attachment(prefix, name or f"message-{run.messages}.eml")
            if depth + 1 > run.limits.max_depth:
                run.problem(location, DEPTH_LIMIT, f"nesting deeper than {run.limits.max_depth} levels")
            elif _encoded_message(part):
                # RFC 2046 5.2.1 forbids base64 or quoted-printable on message/rfc822, but mail clients
                # decode it and show the message inside: Python parsed the encoded text as the message.
                # Decoded here and read as mail, like an attached .eml (found by the MIME fuzzing).
                stack.append(("file", _decode_encoded_message(part), location, depth + 1))
            elif isinstance(payload[0], Message):
                stack.append(("message", payload[0], location, depth + 1))
            return
        if maintype == "message":  # delivery-status and similar: blocks of header fields
            lines: list[str] = []
            for block in payload:
                if not isinstance(block, Message):
                    continue
                lines.extend(f"{k}: {_header_text(v)}" for k, v in block.raw_items() if isinstance(v, str))
                rest = block.get_payload()  # a line that is no field ends the block's fields: clients show it
                if isinstance(rest, str) and rest.strip():
                    lines.append(decode_text(rest.encode("ascii", "surrogateescape")))
            run.segment(run.inline_location(prefix, "body"), "\n".join(lines))
            return
        if depth + 1 > run.limits.max_depth:
            run.problem(prefix or "body", DEPTH_LIMIT, f"MIME nesting deeper than {run.limits.max_depth} levels")
            return
        for where, text_value in (("preamble", part.preamble), ("epilogue", part.epilogue)):
            if text_value and not text_value.isspace():  # sent, shown by no client, read by anyone
                run.segment(_join(prefix, where), text_value)
        inner_related = related or ctype == "multipart/related"
        stack.extend(("part", p, prefix, depth + 1, inner_related) for p in reversed(payload) if isinstance(p, Message))
        return
    if ctype == "message/partial":
        run.problem(
            _attachment(prefix, name or "message-partial"), UNSUPPORTED, "message/partial fragments are not reassembled"
        )
        return
    if ctype == "message/external-body":
        return  # the content is elsewhere; nothing here to inspect
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes) or not data:
        return
    attached = name is not None or part.get_content_disposition() == "attachment"
    if attached or (maintype not in ("text", "multipart", "message")):
        run.parts += 1
        location = _attachment(prefix, name or f"part-{run.parts}")
        if name:
            _name_segment(run, location, name)
            other = _param_text(params.get("name"))
            if other and _clean_name(_header_text(other)) not in ("", name):  # a second, different name
                _name_segment(run, location, _clean_name(_header_text(other)))
    else:
        location = run.inline_location(prefix, "html" if ctype == "text/html" else "body")
    if ctype in _SMIME:
        smime = _param_text(params.get("smime-type")) or "enveloped-data"
        cause = ENCRYPTED if "enveloped" in str(smime).lower() or "auth" in str(smime).lower() else UNSUPPORTED
        run.problem(location, cause, "S/MIME content is not readable here")
        return
    if not _guard(run, location, depth, len(data)):
        return
    inline_image = related and part.get("Content-ID") is not None
    charset = _charset(params) if maintype == "text" else None
    if ctype == "text/plain" and str(_param_text(params.get("format")) or "").strip().lower() == "flowed":
        data = text.unflow(data, str(_param_text(params.get("delsp")) or "").strip().lower() == "yes")
    if maintype == "multipart":  # a multipart without (usable) boundary: its raw text is the content
        ctype = "text/plain"
    _file(run, data, location, depth, ctype, charset, name or "", inline_image, stack)


def _file(
    run: _Run,
    data: bytes,
    location: str,
    depth: int,
    ctype: str,
    charset: str | None,
    name: str,
    inline_image: bool,
    stack: list[_Item],
) -> None:
    kind = sniff.sniff(data, ctype, name)
    if kind in (sniff.TEXT, sniff.BINARY) and ctype in _OPENPGP_TYPES:
        kind = sniff.OPENPGP  # labelled OpenPGP: confirmed by its packets or read as a lookalike
    reader = _in_process_reader(kind, len(data))
    if kind == sniff.TEXT and text.has_uu_block(data):
        for embedded in reversed(text.uu_blocks(data)):
            uu_name = _clean_name(embedded.name) or "unnamed"
            _name_segment(run, _uu_location(location, uu_name), uu_name)
            stack.append(("file", embedded.data, _uu_location(location, uu_name), depth + 1))
    if kind == sniff.MESSAGE:  # an .eml attached as a file or inside an archive: read as mail
        if depth + 1 > run.limits.max_depth:
            run.problem(location, DEPTH_LIMIT, f"nesting deeper than {run.limits.max_depth} levels")
            return
        parsed = parse_message(data)
        for finding in parsed.findings:
            run.problem(location, finding.excerpt, finding.explanation)
        stack.append(("message", parsed.message, location, depth + 1))
        return
    if kind == sniff.TEXT and openpgp.ARMOR_BEGIN_PREFIX in data:
        output = _openpgp_output(data, charset, run.budget())
    elif reader is not None:
        output = reader(data, charset, run.budget())
    elif kind == sniff.ZIP:
        output = archive.extract_zip(data, run.budget(), run.deadline)
    elif kind in _SANDBOX_TARGETS or kind in _SANDBOXED_TEXT:
        timeout = min(run.limits.parser_timeout_seconds, run.deadline - time.monotonic())
        if timeout <= 0:
            run.problem(location, TIMEOUT, "time budget spent before this attachment")
            return
        target, args = (_SANDBOX_TARGETS[kind], ()) if kind in _SANDBOX_TARGETS else (_SANDBOXED_TEXT[kind], (charset,))
        output = sandbox.run(
            target, data, run.budget(), timeout=timeout, memory_mb=run.limits.parser_memory_mb, args=args
        )
    elif kind == sniff.OPENPGP:
        output = _openpgp_output(data, charset, run.budget())
    elif kind == sniff.IMAGE:
        if not (inline_image and _decorative(data)):
            run.problem(location, IMAGE_ONLY, "image content is not inspected (no OCR)")
        return
    elif kind == sniff.OLE:
        encrypted = _ENCRYPTED_OLE in data
        run.problem(
            location,
            ENCRYPTED if encrypted else UNSUPPORTED,
            "password-protected Office document" if encrypted else "legacy Office format not read",
        )
        return
    elif ctype.startswith("image/"):  # declared image, content unknown: still a picture to a reader
        run.problem(location, IMAGE_ONLY, "image content is not inspected (no OCR)")
        return
    else:
        run.problem(location, UNSUPPORTED, f"{kind} content is not read")
        return
    _apply(run, output, location, depth, stack)


def _uu_location(location: str, name: str) -> str:
    """Where a file uuencoded inside a text is: an attachment beside the text when the text is a
    body (mail clients show it so), inside it when the text is itself an attached file."""
    parent, _, leaf = location.rpartition("/")
    if leaf in ("body", "html") or leaf.startswith(("body#", "html#")):
        return _attachment(parent, name)
    return f"{location}/{name}"


def _is_pkcs7_signature(part: Message) -> bool:
    """A DER ContentInfo of type signedData: a detached S/MIME signature, not a labelled text."""
    data = part.get_payload(decode=True)
    return isinstance(data, bytes) and data[:1] == b"\x30" and _SIGNED_DATA_OID in data[:32]


def _openpgp_output(data: bytes, charset: str | None, budget: Budget) -> Output:
    """Content that looks like OpenPGP data (sniffed, labelled, or with armored blocks in text).

    Confirmed encrypted data and signatures give nothing; confirmed public keys give their user
    IDs. Otherwise the text around confirmed blocks is read, each lookalike block stays in that
    text and its decoded data is read too (as text, or ``corrupt`` when binary); lookalike binary
    data is read as text when it is text, else ``corrupt``."""
    whole = openpgp.identify(data)
    if whole is not None:
        return _confirmed(whole, data)
    blocks = openpgp.armor_blocks(data)
    if not blocks:
        if looks_textual(data):
            return text.extract(data, charset, budget)
        return Output(problems=(Problem(CORRUPT, _LOOKALIKE),))
    pieces: list[Piece] = []
    problems: list[Problem] = []
    rest: list[bytes] = []
    position = 0
    for block in blocks:
        kind = openpgp.block_kind(block)
        if kind is not None:  # real data: cut out of the text (its base64 is noise to recognizers)
            rest.append(data[position:block.start])
            position = block.end
            pieces.extend(_confirmed(kind, block.payload).pieces)
        elif block.payload and looks_textual(block.payload):
            pieces.append(Piece(clip(decode_text(block.payload), budget.max_chars)))
        elif block.payload:
            problems.append(Problem(CORRUPT, "armored block that is not OpenPGP data (binary content)"))
    rest.append(data[position:])
    remaining = b"".join(rest)
    if remaining.strip():
        pieces.insert(0, text.extract(remaining, charset, budget).pieces[0])
    return Output(pieces=tuple(pieces), problems=tuple(problems))


def _confirmed(kind: openpgp.Kind, data: bytes) -> Output:
    if kind is not openpgp.Kind.PUBLIC_KEYS:
        return Output()
    packets = openpgp.dearmor(data, openpgp.ARMOR_PUBLIC_KEY) if data.lstrip().startswith(b"-----") else data
    user_ids = openpgp.public_key_user_ids(packets)
    return Output(pieces=(Piece("\n".join(user_ids)),)) if user_ids else Output()


def _decorative(data: bytes) -> bool:
    if len(data) > INLINE_IMAGE_MAX_BYTES:
        return False
    size = image.dimensions(data)
    return size is not None and size[0] * size[1] <= INLINE_IMAGE_MAX_PIXELS


def _apply(run: _Run, output: Output, location: str, depth: int, stack: list[_Item]) -> None:
    for piece in output.pieces:
        run.segment(_join(location, piece.sub) if piece.sub else location, piece.text)
    for problem in output.problems:
        run.problem(_join(location, problem.sub) if problem.sub else location, problem.cause, problem.explanation)
    for embedded in reversed(output.embedded):
        # Archive paths keep their slashes: "attachment:a.zip/dir/b.pdf" reads naturally.
        name = _UNPRINTABLE.sub("_", embedded.name).strip("/")[-200:] or "unnamed"
        _name_segment(run, f"{location}/{name}", name.rsplit("/", 1)[-1])
        stack.append(("file", embedded.data, f"{location}/{name}", depth + 1))
    # Embedded files were already counted by their container's byte budget only when expanded;
    # they are charged again by ``_guard`` as they are read, which errs on the side of stopping.
    del output


__all__ = [
    "UNINSPECTABLE_CAUSES",
    "WORKER_CRASHED",
    "Extraction",
    "ParsedMessage",
    "extract",
    "in_process_only",
    "is_openpgp_part",
    "parse_message",
    "shutdown_sandbox",
]
