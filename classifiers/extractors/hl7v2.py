"""HL7 v2 messages as labelled text lines that the recognizers can read.

Patient fields of PID get labels ("Patient:", "Date of birth / DDN:", "Health card number / NAM:")
so name and birth-date recognizers find their context words; HL7 dates (YYYYMMDD) are also
written as YYYY-MM-DD. Other segments become "SEG: field field ..." lines with separators
turned into spaces, so nothing is lost (OBX results, DG1 diagnoses, NK1 relatives...).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import hl7

from sentinelle.classifiers.extractors._common import Budget, Output, Piece, clip, decode_text

CHUNK_SEGMENTS = 500
_SEGMENT_BREAK = re.compile(r"\r\n|\n|\r")
_MESSAGE_START = re.compile(r"(?m)^(?=MSH\|)")
_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})")
# PID-3 identifier type codes (HL7 table 0203) and the label that tells a reader what they are.
_ID_LABELS = {
    "JHN": "Health card number / NAM",
    "HC": "Health card number / NAM",
    "MR": "MRN / dossier",
    "MRN": "MRN / dossier",
    "PI": "Patient identifier",
    "SS": "SIN / NAS",
    "SB": "Social insurance number / NAS",
}


_PID_LABELLED = frozenset({2, 3, 4, 5, 6, 7, 8, 11, 13, 14, 19})


def _components(value: str, enc: str) -> list[list[str]]:
    """Repetitions of a field, each split into components (sub-components joined by spaces)."""
    comp, rep, sub = enc[0], enc[1], enc[3] if len(enc) > 3 else "&"
    return [[_unescape(c.replace(sub, " "), enc) for c in r.split(comp)] for r in value.split(rep)]


def _unescape(value: str, enc: str) -> str:
    """HL7 escape sequences (\\F\\ field separator, \\.br\\ line break...) back to characters."""
    esc = enc[2] if len(enc) > 2 else "\\"
    if esc not in value:
        return value
    for code, char in (("F", "|"), ("S", "^"), ("T", "&"), ("R", "~"), (".br", "\n"), ("E", esc)):
        value = value.replace(f"{esc}{code}{esc}", char)
    return value


def _date(value: str) -> str:
    m = _DATE.match(value)
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)} ({value})" if m else value


def _join(parts: list[str]) -> str:
    return " ".join(p for p in parts if p.strip())


def _pid_lines(fields: list[str], enc: str) -> list[str]:
    def field(i: int) -> str:
        return fields[i] if i < len(fields) else ""

    lines: list[str] = []
    for number in (2, 3, 4):  # external id, identifier list, alternate id
        for rep in _components(field(number), enc):
            if rep and rep[0].strip():
                kind = rep[4].strip().upper() if len(rep) > 4 else ""
                authority = rep[3].strip() if len(rep) > 3 else ""
                label = _ID_LABELS.get(kind, "Patient identifier")
                lines.append(f"{label} ({_join([authority, kind]) or f'PID-{number}'}): {rep[0]}")
    for rep in _components(field(5), enc):
        if _join(rep):
            family, given = rep[0], _join(rep[1:3])
            lines.append(f"Patient: {family}, {given}" if given else f"Patient: {family}")
    for rep in _components(field(6), enc):
        if _join(rep):
            lines.append(f"Mother's maiden name: {_join(rep)}")
    if field(7).strip():
        lines.append(f"Date of birth / DDN: {_date(field(7).strip())}")
    if field(8).strip():
        lines.append(f"Sex: {field(8)}")
    for rep in _components(field(11), enc):
        if _join(rep):
            lines.append(f"Address: {_join(rep)}")
    for number, label in ((13, "Phone (home)"), (14, "Phone (work)")):
        for rep in _components(field(number), enc):
            if _join(rep):
                lines.append(f"{label}: {_join(rep)}")
    if field(19).strip():
        lines.append(f"SIN / NAS (PID-19): {field(19)}")
    return lines


def _generic_line(name: str, fields: list[str], enc: str) -> str:
    values = [_join([_join(r) for r in [c for c in _components(f, enc)]]) for f in fields[1:]]
    return f"{name}: {_join(values)}"


def _message_lines(text: str) -> list[str]:
    if any(c.isalnum() or c.isspace() for c in text[3:8]):
        # Letters as separators would cut every word of the file apart: read it as raw text instead.
        raise ValueError("HL7 separators must be punctuation")
    segments = [s for s in text.split("\r") if s.strip()]
    # hl7 validates the header (MSH, separators, encoding characters) and raises on a malformed one.
    # The segments are split here: the package's tree (an object per field and component) took
    # two thirds of the time and is not needed to write the lines.
    hl7.parse(segments[0] if segments else text)
    field_sep = text[3]
    enc = text[4:8] if len(text) >= 8 and field_sep not in text[4:8] else "^~\\&"
    lines: list[str] = []
    for raw in segments:
        fields = raw.split(field_sep)
        name = fields[0].strip()
        if name == "MSH":  # routing data, but free text to whoever reads the file: inspected too
            lines.append(_generic_line(name, [fields[0], *fields[2:]], enc))  # minus the encoding characters
            continue
        if name == "PID":
            lines.extend(_pid_lines(fields, enc))
            # The other PID fields (account number, race...) still go out, once.
            fields = ["" if i in _PID_LABELLED else f for i, f in enumerate(fields)]
        lines.append(_generic_line(name, fields, enc))
    return lines


def _chunks(message: str) -> Iterator[str]:
    """One message as pieces of at most ``CHUNK_SEGMENTS`` segments, each led by its MSH segment.

    ``hl7.parse`` builds an object per field and component: a batch of 150,000 segments as one
    message took 1.2 GB. Parsed a chunk at a time, the tree of one chunk is all that is alive."""
    segments = message.split("\n")
    header, rest = segments[0], segments[1:]
    if len(rest) <= CHUNK_SEGMENTS:
        yield message
        return
    for start in range(0, len(rest), CHUNK_SEGMENTS):
        yield "\n".join([header, *rest[start:start + CHUNK_SEGMENTS]])


def extract(data: bytes, charset: str | None, budget: Budget) -> Output:
    """Labelled lines for every message of the file; raw text when the hl7 package refuses it.

    Reading stops once the text passes ``budget.max_chars`` (the caller then reports the rest as
    ``size_limit``), so a huge batch costs no more than the part that can be inspected."""
    text = decode_text(data, charset).lstrip("\ufeff \t\r\n")
    text = "\n".join(_SEGMENT_BREAK.split(text))
    lines: list[str] = []
    size = 0
    for message in _MESSAGE_START.split(text):
        message = message.strip("\n")
        if not message:
            continue
        for chunk in _chunks(message):
            try:
                found = _message_lines(chunk.replace("\n", "\r"))
            except Exception:  # hl7 raises assorted errors on malformed input: keep the raw text instead
                found = [chunk]
            lines.extend(found)
            size += sum(len(line) + 1 for line in found)
            if size > budget.max_chars:
                return Output(pieces=(Piece(clip("\n".join(lines), budget.max_chars)),))
    return Output(pieces=(Piece(clip("\n".join(lines), budget.max_chars)),))
