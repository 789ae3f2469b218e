"""PDF text layer with pypdf (runs in a sandbox worker).

Encrypted PDFs are opened with the empty user password first (owner-password-only PDFs are
readable by anyone); otherwise they are ``encrypted``. A PDF with pages but no text layer is
``image_only`` (a scan). Form field values, document metadata and embedded files are inspected too.
"""

from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

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


def extract(data: bytes, budget: Budget) -> Output:
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                return problem_output(ENCRYPTED, "PDF is password-protected")
        except (FileNotDecryptedError, PdfReadError, NotImplementedError):
            return problem_output(ENCRYPTED, "PDF is password-protected")
    parts: list[str] = []
    size = 0
    pages_with_text = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        if text.strip():
            pages_with_text += 1
            parts.append(text)
            size += len(text)
        if size > budget.max_chars:
            break
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
    problems: list[Problem] = []
    if len(reader.pages) and not pages_with_text:
        problems.append(Problem(IMAGE_ONLY, f"PDF has {len(reader.pages)} page(s) and no text layer"))
    text = "\n\f".join(parts)
    if extras:
        text = "\n".join(extras) + ("\n" + text if text else "")
    pieces = (Piece(clip(text, budget.max_chars)),) if text else ()
    return Output(pieces=pieces, problems=tuple(problems), embedded=tuple(embedded))
