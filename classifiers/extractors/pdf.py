"""PDF text layer with pypdf, scanned pages with OCR (runs in a sandbox worker).

Encrypted PDFs are opened with the empty user password first (owner-password-only PDFs are
readable by anyone); otherwise they are ``encrypted``. Pages without a text layer, or with too
little text for their area (``MIN_CHARS_PER_SQUARE_INCH``: a scan with a stamped page number), are
rendered and read by OCR (``extract_with_ocr``, ``classifiers.extractors.ocr``); the other pages
keep their text layer. Without OCR, a PDF with pages but no text layer is ``image_only`` (a scan).
Form field values, document metadata and embedded files are inspected too.
"""

from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from sentinelle.classifiers.extractors import ocr
from sentinelle.classifiers.extractors._common import (
    ENCRYPTED,
    IMAGE_ONLY,
    Budget,
    Embedded,
    Output,
    Piece,
    Problem,
    clip,
    problem_output,
)
from sentinelle.classifiers.extractors.ocr import OcrJob

# An A4 page of typed text has 2,000-3,000 characters (20-30 a square inch); a scanned page has none,
# or a stamped page number or fax header line.
MIN_CHARS_PER_SQUARE_INCH = 0.5


def extract(data: bytes, budget: Budget) -> Output:
    """The text layer only (OCR disabled)."""
    return extract_with_ocr(data, None, budget)


def _too_little_text(text: str, width_pt: float, height_pt: float) -> bool:
    area_square_inches = abs(width_pt * height_pt) / (72 * 72)
    return len("".join(text.split())) < MIN_CHARS_PER_SQUARE_INCH * area_square_inches


def extract_with_ocr(data: bytes, job: OcrJob | None, budget: Budget) -> Output:
    """Text layer, and OCR of the pages that lack one when ``job`` is given."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                return problem_output(ENCRYPTED, "PDF is password-protected")
        except (FileNotDecryptedError, PdfReadError, NotImplementedError):
            return problem_output(ENCRYPTED, "PDF is password-protected")
    parts: dict[int, str] = {}
    size = 0
    pages_with_text = 0
    to_read: list[int] = []
    for index, page in enumerate(reader.pages):
        text = page.extract_text() or ""
        if text.strip():
            pages_with_text += 1
            parts[index] = text
            size += len(text)
        if job is not None and _too_little_text(text, float(page.mediabox.width), float(page.mediabox.height)):
            to_read.append(index)
        if size > budget.max_chars:
            break
    problems: list[Problem] = []
    ocr_seconds = 0.0
    if job is not None and to_read:
        reading = ocr.start(job)
        for index, ocr_text in ocr.read_pdf_pages(data, to_read, job, reading).items():
            if ocr_text.strip():
                parts[index] = (parts[index] + "\n" if index in parts else "") + ocr_text
        finished = reading.output(budget)
        problems.extend(finished.problems)
        ocr_seconds = finished.ocr_seconds
    extras: list[str] = []
    meta = reader.metadata
    if meta:
        for key in ("/Title", "/Subject", "/Author", "/Keywords"):
            value = meta.get(key)
            if value:
                extras.append(f"{key[1:]}: {value}")
    fields = reader.get_fields() or {}
    for name, field in fields.items():
        value = field.get("/V")
        if value not in (None, "") and not isinstance(value, list | dict):
            extras.append(f"{name}: {value}")
    embedded = [Embedded(str(name), content) for name, contents in reader.attachments.items() for content in contents]
    if job is None and len(reader.pages) and not pages_with_text:
        problems.append(Problem(IMAGE_ONLY, f"PDF has {len(reader.pages)} page(s) and no text layer"))
    text = "\n\f".join(parts[index] for index in sorted(parts))
    if extras:
        text = "\n".join(extras) + ("\n" + text if text else "")
    pieces = (Piece(clip(text, budget.max_chars)),) if text else ()
    return Output(pieces=pieces, problems=tuple(problems), embedded=tuple(embedded), ocr_seconds=ocr_seconds)
