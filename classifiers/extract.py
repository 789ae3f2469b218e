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
FHIR/JSON, and larger HTML and RTF, and OCR of images and scanned PDF pages
(``classifiers.extractors.ocr``, ``Ocr``; an OCR time budget per message). Workers start only
when such a file appears.

Uninspectable causes (``UNINSPECTABLE_CAUSES``; the finding's ``excerpt`` is the cause):
``encrypted`` (password-protected PDF/ZIP member/Office, S/MIME enveloped data), ``depth_limit``
(MIME + archive + attached-message nesting past ``Limits.max_depth``), ``size_limit`` (expanded
bytes past ``Limits.max_total_bytes``, or a parser's memory limit), ``compression_ratio``,
``member_limit``, ``timeout`` (deadline passed, or a parser's time limit), ``corrupt`` (a parser
failed), ``image_only`` (an image or a scanned PDF page in which OCR found no text, under
``classifiers.images_without_text = "uninspectable"``; any image or PDF without a text layer when
OCR is disabled), ``pixel_limit`` and ``page_limit`` (OCR limits: a page larger than
``Ocr.max_pixels_per_page``, pages past ``Ocr.max_pages``; docs/ocr.md), ``unsupported`` (a binary
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
  pictures). A larger inline image (a pasted screenshot) is read by OCR like any image.

The work is split in private modules beside this one: ``_extract_walk`` (the MIME tree walk, which
format is read where, OCR), ``_extract_run`` (one call's accumulator and header/file-name text) and
``_extract_secure`` (OpenPGP, S/MIME, encrypted Office files, encoded attached messages).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from email.message import Message

from sentinelle.classifiers import openpgp, sandbox
from sentinelle.classifiers._extract_run import _filename, _Run, _type_params
from sentinelle.classifiers._extract_secure import is_openpgp_part

# Re-exported: the sandbox targets are patched by tests (one shared dict); the limits are documented above.
from sentinelle.classifiers._extract_walk import _SANDBOX_TARGETS as _SANDBOX_TARGETS
from sentinelle.classifiers._extract_walk import IN_PROCESS_MAX_BYTES as IN_PROCESS_MAX_BYTES
from sentinelle.classifiers._extract_walk import INLINE_IMAGE_MAX_BYTES as INLINE_IMAGE_MAX_BYTES
from sentinelle.classifiers._extract_walk import INLINE_IMAGE_MAX_PIXELS as INLINE_IMAGE_MAX_PIXELS
from sentinelle.classifiers._extract_walk import _ambiguous, _in_process_reader, _walk
from sentinelle.classifiers.config import Limits, Ocr
from sentinelle.classifiers.extractors import sniff, text
from sentinelle.classifiers.extractors._common import (
    AMBIGUOUS,
    COMPRESSION_RATIO,
    CORRUPT,
    DEPTH_LIMIT,
    ENCRYPTED,
    IMAGE_ONLY,
    MEMBER_LIMIT,
    PAGE_LIMIT,
    PIXEL_LIMIT,
    SIZE_LIMIT,
    TIMEOUT,
    UNSUPPORTED,
    WORKER_CRASHED,
)
from sentinelle.classifiers.parse import ParsedMessage, parse_message
from sentinelle.classifiers.types import Finding, Segment

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
    PIXEL_LIMIT,
    PAGE_LIMIT,
)


@dataclass(frozen=True, slots=True)
class Extraction:
    segments: tuple[Segment, ...]
    # ``uninspectable`` findings, the parse-time ones (``ParsedMessage.findings``) included.
    findings: tuple[Finding, ...]


def shutdown_sandbox() -> None:
    """Stop the parser worker processes (tests, proxy shutdown); they restart on demand."""
    sandbox.shutdown()


def extract(parsed: ParsedMessage, limits: Limits, *, deadline: float | None = None,
            ocr: Ocr | None = None) -> Extraction:
    """Segments and ``uninspectable`` findings of a message; never raises for message content.

    ``deadline`` is a ``time.monotonic()`` instant (default: now + ``limits.time_budget_seconds``);
    parts left when it passes become ``uninspectable``/``timeout``. ``ocr``: how images and
    scanned PDF pages are read (default ``Ocr()``, the shipped policy's: enabled).
    """
    if deadline is None:
        deadline = time.monotonic() + limits.time_budget_seconds
    ocr = Ocr() if ocr is None else ocr
    run = _Run(limits, deadline, ocr, ocr.max_seconds_per_message)
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
