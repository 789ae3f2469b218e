"""HPRIM lab and radiology files (France, Belgium) as labelled text lines.

Two shapes travel by mail, both plain text that names the patient without a word saying so:

- HPRIM Médecins (the "Apicrypt" header): twelve positional lines (title, family name, given
  name, two address lines, postcode and town, birth date, social-security number, lab
  reference, date, sender, addressee), free text, coded results on ``RES|...`` lines after a
  ``****LAB****`` line, and ``****FIN****`` or ``****FINFICHIER****`` at the end;
- HPRIM Santé 2.x (ASTM E1394 records): ``H|`` with its delimiters, then ``P|`` patient records
  (name in field 5, birth date in field 7, address in field 10, phone in field 12) and
  ``OBR``/``OBX``/``R`` results.

Without labels, a surname alone on a line and a bare ``19641020`` are nothing to a reader of
prose; with "Patient:" and "Date de naissance / DDN:" the name and birth-date recognizers find them.
Every line is kept (separators turned into spaces), so results and comments are read too.
"""

from __future__ import annotations

import re

from sentinelle.classifiers.extractors._common import Budget, Output, Piece, clip, decode_text
from sentinelle.classifiers.extractors.text import head_bytes

_LINE_BREAK = re.compile(r"\r\n|\n|\r")
# "H|" then the delimiters (repetition, component, escape, sub-component; ASTM has three).
_RECORDS_START = re.compile(r"^H\|[^\w\s|]{3,4}\|")
_MARKER = re.compile(r"^\*{3,}\s*(FIN|FINFICHIER|LAB)\s*\*{3,}\s*$", re.I)
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})")
_NAME_LINE = re.compile(r"^[^\W\d_][^\d|@:;,.!?()]{0,40}$")
_DATE_LINE = re.compile(r"^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{8})$")
_HEADER_LABELS = (
    "Examen",
    "Patient (nom)",
    "Patient (prénom)",
    "Adresse du patient",
    "Adresse du patient",
    "Code postal et ville du patient",
    "Date de naissance / DDN",
    "NIR / matricule de sécurité sociale",
    "Référence du laboratoire / n° de dossier",
    "Date",
    "Expéditeur",
    "Destinataire",
)


def _split(value: str, delimiters: str) -> list[str]:
    """The components of a field, whatever the file calls each delimiter: names hold none of them."""
    parts = re.split("[" + re.escape(delimiters) + "]", value) if delimiters else [value]
    return [p.strip() for p in parts if p.strip()]


def _date(value: str) -> str:
    m = _COMPACT_DATE.match(value.strip())
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)} ({value.strip()})" if m else value.strip()


def _patient_record(fields: list[str], delimiters: str) -> list[str]:
    def field(i: int) -> list[str]:
        return _split(fields[i], delimiters) if i < len(fields) else []

    lines: list[str] = []
    for number, label in ((2, "Patient identifier / IPP"), (3, "Lab patient identifier"), (4, "Patient identifier")):
        if field(number):
            lines.append(f"{label}: {' '.join(field(number))}")
    name = field(5)
    if name:
        lines.append(f"Patient: {name[0]}, {' '.join(name[1:3])}" if len(name) > 1 else f"Patient: {name[0]}")
    if field(6):
        lines.append(f"Nom de naissance / maiden name: {' '.join(field(6))}")
    if field(7):
        lines.append(f"Date de naissance / DDN: {_date(field(7)[0])}")
    if field(8):
        lines.append(f"Sexe: {' '.join(field(8))}")
    if field(10):
        lines.append(f"Adresse du patient: {' '.join(field(10))}")
    if field(12):
        lines.append(f"Téléphone du patient: {' '.join(field(12))}")
    rest = [" ".join(field(i)) for i in range(13, len(fields)) if field(i)]
    if rest:
        lines.append("P: " + " ".join(rest))
    return lines


def _record_lines(text: str) -> list[str]:
    field_sep = text[1]
    delimiters = text[2:text.index(field_sep, 2)]
    lines: list[str] = []
    for raw in _LINE_BREAK.split(text):
        if not raw.strip():
            continue
        fields = raw.split(field_sep)
        kind = fields[0].strip().upper()
        if kind == "P":
            lines.extend(_patient_record(fields, delimiters))
            continue
        values = [" ".join(_split(f, delimiters)) for f in fields[1:]]
        lines.append(f"{kind}: {' '.join(v for v in values if v)}")
    return lines


def _result_line(raw: str) -> str:
    """``RES|label|code|type|value|unit|low|high|flag|status|...`` as "Résultat: label (code) value unit"."""
    fields = [f.strip() for f in raw.split("|")]
    label, code, value, unit = (fields[i] if i < len(fields) else "" for i in (1, 2, 4, 5))
    low, high, flag = (fields[i] if i < len(fields) else "" for i in (6, 7, 8))
    text = f"Résultat: {label}" + (f" ({code})" if code else "") + f" {value} {unit}".rstrip()
    if low or high:
        text += f" [{low}-{high}]"
    if flag:
        text += f" {flag}"
    return text + (" " + " ".join(f for f in fields[9:] if f) if any(fields[9:]) else "")


def _header_lines(text: str) -> list[str]:
    lines = _LINE_BREAK.split(text)
    out: list[str] = []
    # The positional header only when it looks like one (name lines of a few words, a birth date or
    # nothing on line 7): a memo that merely ends in "****FIN****" keeps its lines as they are.
    header = (
        len(lines) >= 8
        and all(_NAME_LINE.match(lines[i].strip()) and len(lines[i].split()) <= 4 for i in (1, 2))
        and (not lines[6].strip() or _DATE_LINE.match(lines[6].strip()) is not None)
    )
    for index, line in enumerate(lines):
        stripped = line.strip()
        if _MARKER.match(stripped):
            out.append(stripped)
        elif stripped.upper().startswith("RES|"):
            out.append(_result_line(stripped))
        elif header and index < len(_HEADER_LABELS) and stripped:
            if index == 6:
                out.append(f"{_HEADER_LABELS[index]}: {_date(stripped)}")
            else:
                out.append(f"{_HEADER_LABELS[index]}: {stripped}")
        elif stripped:
            out.append(line.replace("|", " "))
    if header and lines[1].strip():
        given = lines[2].strip()
        out.insert(1, f"Patient: {lines[1].strip()}, {given}" if given else f"Patient: {lines[1].strip()}")
    return out


def extract(data: bytes, charset: str | None, budget: Budget) -> Output:
    """Labelled lines of an HPRIM file (either shape); its text as it is when neither shape fits."""
    text = decode_text(head_bytes(data, budget.max_chars), charset).lstrip("\ufeff \t\r\n")
    try:
        lines = _record_lines(text) if _RECORDS_START.match(text) else _header_lines(text)
    except (IndexError, ValueError):  # a truncated header line: the text as it is
        lines = [text]
    return Output(pieces=(Piece(clip("\n".join(lines), budget.max_chars)),))
