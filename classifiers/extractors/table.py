"""CSV and other delimited text as lines that keep each value next to its column header.

A patient list exported from a spreadsheet reads "MORIN;Ginette;1950-01-01": without its header
row, recognizers cannot tell a name from a town or a birth date from an appointment. Each row
becomes ``Nom: MORIN; Prénom: Ginette; DDN: 1950-01-01``. The delimiter (comma, semicolon, tab,
pipe) comes from ``csv.Sniffer``; the encoding from the bytes (BOM, UTF-16 with or without BOM,
UTF-8, windows-1252: ``decode_text``). Only as much text is decoded as can be inspected.
"""

from __future__ import annotations

import csv
import io
import re

from sentinelle.classifiers.extractors._common import Budget, Output, Piece, clip, decode_text
from sentinelle.classifiers.extractors.text import head_bytes

DELIMITERS = ",;\t|"
_NUMERIC = re.compile(r"^[\W\d_]*\d[\W\d_]*$")
# Column titles that say the first row is a header even when csv.Sniffer cannot tell.
_LABELS = re.compile(
    r"(?i)\b(?:nom|pr[ée]nom|name|ddn|dob|date|nam|ramq|dossier|mrn|chart|patient|no|n°|num[ée]ro|t[ée]l|adresse|"
    r"address|sexe|sex|[âa]ge|diagnostic|diagnosis|r[ée]sultat|result|chambre|lit|room|bed|courriel|email)\b"
)


def delimiter(sample: str) -> str | None:
    """The delimiter of ``sample`` (a few lines of delimited text), or None when it is not one."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        return None


def _has_header(first: list[str], sample: str) -> bool:
    if not first or any(not c.strip() or _NUMERIC.match(c.strip()) for c in first):
        return False
    if any(_LABELS.search(c) for c in first):
        return True
    try:
        return csv.Sniffer().has_header(sample)
    except csv.Error:
        return False


def _title(header: list[str], column: int) -> str:
    return header[column] if column < len(header) and header[column] else f"col{column + 1}"


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|_+")
_COMPONENTS = re.compile(r"\^+")


# A device's export spells a unit's slash with an underscore at the title's end ("glucose_mmol_L", "chol_mg_dL").
_EXPORTED_UNIT = re.compile(r"_((?:[mnpuµ]?mol|[mnuµ]?g|m?iu|m?ui)_d?l)$", re.IGNORECASE)


def _header_cell(cell: str) -> str:
    """A column title as words: an export's ``PatientBirthDate`` or ``patient_name`` is "Patient Birth Date",
    "patient name" to the recognizers, as a person reads it; "glucose_mmol_L" is "glucose (mmol/L)"."""
    unit = _EXPORTED_UNIT.search(cell)
    if unit is not None:
        return f"{_CAMEL.sub(' ', cell[: unit.start()]).strip()} ({unit.group(1).replace('_', '/')})"
    return _CAMEL.sub(" ", cell).strip()


def _value_cell(cell: str) -> str:
    """A value with its components apart: DICOM and HL7 v2 join a person's name parts with "^" ("MARTEL^DENISE")."""
    return _COMPONENTS.sub(" ", cell).strip() if "^" in cell else cell


def rows_as_lines(text: str, max_chars: int) -> list[str]:
    sample = text[:8192]
    sep = delimiter(sample)
    if sep is None:
        return [text]
    lines: list[str] = []
    size = 0
    header: list[str] | None = None
    for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=sep)):
        cells = [_value_cell(c.strip()) for c in row]
        if number == 0 and _has_header(cells, sample):
            header = [_header_cell(c) for c in cells]
            line = "; ".join(c for c in cells if c)  # a line of its own too, as written: a header alone is content
        elif header is not None:
            line = "; ".join(f"{_title(header, i)}: {c}" for i, c in enumerate(cells) if c)
        else:
            line = "; ".join(c for c in cells if c)
        if line:
            lines.append(line)
            size += len(line) + 1
        if size > max_chars:
            break
    return lines


def extract(data: bytes, charset: str | None, budget: Budget) -> Output:
    text = decode_text(head_bytes(data, budget.max_chars), charset)
    try:
        lines = rows_as_lines(text, budget.max_chars)
    except (csv.Error, ValueError):  # e.g. a field larger than csv's limit: the raw text still goes out
        lines = [text]
    return Output(pieces=(Piece(clip("\n".join(lines), budget.max_chars)),))
