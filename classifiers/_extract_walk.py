"""The walk of a message's MIME tree (a stack, not recursion): parts, attached messages, archives and
files, which format is read in this process and which in a sandboxed worker, OCR in the sandbox, and
the limits (depth, size, deadline) that make a part ``uninspectable``."""

from __future__ import annotations

import time
from collections.abc import Callable
from email.message import Message

from sentinelle.classifiers import openpgp, sandbox
from sentinelle.classifiers._extract_run import (
    _SINGLE_FIELDS,
    _UNPRINTABLE,
    _attachment,
    _charset,
    _clean_name,
    _filename,
    _header_text,
    _headers,
    _join,
    _name_segment,
    _param_text,
    _Run,
    _type_params,
)
from sentinelle.classifiers._extract_secure import (
    _ENCRYPTED_OLE,
    _OPENPGP_TYPES,
    _PKCS7_SIGNATURE_TYPES,
    _SMIME,
    _decode_encoded_message,
    _encoded_message,
    _is_pgp_mime,
    _is_pkcs7_signature,
    _openpgp_output,
)
from sentinelle.classifiers.extractors import archive, hprim, html, ics, image, sniff, table, text
from sentinelle.classifiers.extractors._common import (
    AMBIGUOUS,
    CORRUPT,
    DEPTH_LIMIT,
    ENCRYPTED,
    IMAGE_ONLY,
    SIZE_LIMIT,
    TIMEOUT,
    UNSUPPORTED,
    Budget,
    Output,
    decode_text,
)
from sentinelle.classifiers.extractors.ocr import OcrJob
from sentinelle.classifiers.parse import parse_message

INLINE_IMAGE_MAX_BYTES = 64 * 1024
INLINE_IMAGE_MAX_PIXELS = 400 * 300


_SANDBOX_TARGETS = {
    sniff.PDF: "sentinelle.classifiers.extractors.pdf:extract",
    sniff.DOCX: "sentinelle.classifiers.extractors.office:extract_docx",
    sniff.PPTX: "sentinelle.classifiers.extractors.office:extract_pptx",
    sniff.ODF: "sentinelle.classifiers.extractors.office:extract_odf",
    sniff.XLSX: "sentinelle.classifiers.extractors.xlsx:extract",
    sniff.DICOM: "sentinelle.classifiers.extractors.dicom:extract",
}
# Text formats read in this process: plain text, CSV and HPRIM (decoded, never more than they can
# inspect), and HTML, RTF, iCalendar and vCard up to IN_PROCESS_MAX_BYTES (lxml's tree and the
# calendar libraries' objects cost several times the text).
_TEXT_READERS: dict[str, Callable[[bytes, str | None, Budget], Output]] = {
    sniff.TEXT: text.extract,
    sniff.RTF: text.extract_rtf,
    sniff.HTML: html.extract,
    sniff.CSV: table.extract,
    sniff.HPRIM: hprim.extract,
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
    if kind in (sniff.TEXT, sniff.CSV, sniff.HPRIM) or (kind in _TEXT_READERS and size <= IN_PROCESS_MAX_BYTES):
        return _TEXT_READERS[kind]
    return None


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
            # (a second, different name; not the first one's raw 8-bit bytes garbled by the parser)
            if other and "\ufffd" not in other and _clean_name(_header_text(other)) not in ("", name):
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
    elif kind == sniff.PDF and run.ocr.enabled:
        scanned = _ocr_in_sandbox(run, location, data, "sentinelle.classifiers.extractors.pdf:extract_with_ocr")
        if scanned is None:
            return
        output = scanned
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
        if inline_image and _decorative(data):
            return
        if not run.ocr.enabled:
            run.problem(location, IMAGE_ONLY, "image content is not inspected (OCR disabled)")
            return
        scanned = _ocr_in_sandbox(run, location, data, "sentinelle.classifiers.extractors.ocr:extract_image")
        if scanned is None:
            return
        output = scanned
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


def _ocr_in_sandbox(run: _Run, location: str, data: bytes, target: str) -> Output | None:
    """Run an OCR-capable reader in a worker with what is left of the message's OCR seconds;
    None when nothing is left (reported)."""
    timeout = min(run.limits.parser_timeout_seconds, run.deadline - time.monotonic())
    if timeout <= 0:
        run.problem(location, TIMEOUT, "time budget spent before this attachment")
        return None
    # The worker stops OCR between pages before the sandbox's own limit would kill it (which would
    # lose the pages already read): a second of margin for parsing and the reply.
    seconds = min(run.ocr_seconds_left, max(timeout - 1.0, timeout / 2))
    if seconds <= 0:
        run.problem(location, TIMEOUT, "OCR time budget of the message spent (classifiers.ocr.max_seconds_per_message)")
        return None
    ocr = run.ocr
    job = OcrJob(languages="+".join(ocr.languages), tessdata=ocr.tessdata, max_pages=ocr.max_pages,
                 max_pixels_per_page=ocr.max_pixels_per_page, dpi=ocr.dpi, seconds=seconds,
                 no_text_uninspectable=ocr.images_without_text == "uninspectable")
    started = time.monotonic()
    output = sandbox.run(target, data, run.budget(), timeout=timeout, memory_mb=run.limits.parser_memory_mb,
                         args=(job,))
    # A worker stopped or crashed reports no OCR time: its wall-clock time is charged instead.
    failed = not output.ocr_seconds and output.problems and not output.pieces
    run.ocr_seconds_left -= time.monotonic() - started if failed else output.ocr_seconds
    return output


def _uu_location(location: str, name: str) -> str:
    """Where a file uuencoded inside a text is: an attachment beside the text when the text is a
    body (mail clients show it so), inside it when the text is itself an attached file."""
    parent, _, leaf = location.rpartition("/")
    if leaf in ("body", "html") or leaf.startswith(("body#", "html#")):
        return _attachment(parent, name)
    return f"{location}/{name}"


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
