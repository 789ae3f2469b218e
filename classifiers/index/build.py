"""Build an index from an export of the patient registry (CSV).

The export: UTF-8 (with or without BOM) or Windows-1252, ``,`` or ``;`` separated, one header
line. Columns are recognised by their header (French or English, case and accents ignored),
or named with ``columns`` (field -> header). Fields: ``surname``, ``given``, ``birth_date``,
``nam``, ``mrn``; any subset that identifies someone (an identifier, given name + surname, or
surname + birth date). A header that could mean two things ("Nom complet", "Name", "Patient",
"Date", "Numéro") or two headers meaning the same field make the export ambiguous: it is refused
(``ExportError``) unless ``columns`` says which to use.

What is indexed per patient (``store`` has the hash): given name + surname for each given-name
key times each surname key (``normalize.given_keys``/``surname_keys``), surname + birth date
for each surname key, the NAM, the chart number. Values that cannot be read (a date that does
not exist, an identifier shorter than ``MIN_IDENTIFIER_CHARS``) are counted, never printed.
"""

from __future__ import annotations

import array
import codecs
import csv
import datetime
import os
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import numpy as np

from sentinelle.classifiers.index.normalize import (
    ANY_SHAPE,
    DateError,
    export_date_key,
    given_keys,
    identifier_key,
    identifier_shape,
    name_key,
    name_words,
    surname_keys,
)
from sentinelle.classifiers.index.store import (
    SALT_BYTES,
    TAG_MRN,
    TAG_NAM,
    TAG_NAME,
    TAG_SURNAME_DATE,
    TAG_TOKEN,
    Hasher,
    create_key,
    read_key,
    write_index,
)

FIELDS = ("surname", "given", "birth_date", "nam", "mrn")
# A chart number shorter than this would match any short number in mail (amounts, extensions).
MIN_IDENTIFIER_CHARS = 5
# More distinct identifier shapes than this in one column: mail numbers of any shape are looked up.
MAX_SHAPES = 32

# Header spellings (after ``header_key``) per field.
HEADERS: Mapping[str, frozenset[str]] = {
    "surname": frozenset({"nom", "nom de famille", "nom famille", "nomfamille", "nom de naissance", "surname",
                          "last name", "lastname", "family name", "familyname", "patient last name"}),
    "given": frozenset({"prenom", "prenoms", "given name", "given names", "givenname", "first name", "firstname",
                        "forename", "patient first name"}),
    "birth_date": frozenset({"date de naissance", "date naissance", "datenaissance", "ddn", "naissance", "dob",
                             "date of birth", "birth date", "birthdate", "date naiss"}),
    "nam": frozenset({"nam", "no nam", "numero nam", "ramq", "no ramq", "numero ramq", "numero d assurance maladie",
                      "no d assurance maladie", "no assurance maladie", "assurance maladie", "health card",
                      "health card number", "health insurance number", "hin"}),
    "mrn": frozenset({"mrn", "dossier", "no dossier", "no de dossier", "numero de dossier", "numero dossier",
                      "n dossier", "chart", "chart number", "chart no", "medical record number", "ipp",
                      "no chart"}),
}
# Headers that could name two different things: refused unless ``columns`` chooses.
AMBIGUOUS_HEADERS = frozenset({"name", "nom complet", "full name", "fullname", "patient", "patient name",
                               "nom du patient", "nom patient", "date", "numero", "number", "no", "id",
                               "identifiant", "identifier", "nom prenom", "nom et prenom"})


class ExportError(Exception):
    """The export cannot be indexed as it is (ambiguous or unusable columns)."""


class ExportUnreadable(Exception):
    """The export cannot be read at all (missing file, not a CSV in a supported encoding)."""


def header_key(header: str) -> str:
    """Header spelling compared with ``HEADERS``: folded, punctuation to single spaces."""
    words = re.split(r"[^0-9a-z]+", " ".join(name_key(w) or "" for w in re.split(r"[\s_\-'’.°#/()]+", header)))
    return " ".join(w for w in words if w)


def parse_columns(spec: str) -> dict[str, str]:
    """``"surname=Nom,given=Prénom"`` -> {field: header}; raise ``ExportError`` on a bad spec."""
    chosen: dict[str, str] = {}
    for part in (p for p in spec.split(",") if p.strip()):
        name, sep, header = part.partition("=")
        name = name.strip()
        if not sep or name not in FIELDS or not header.strip():
            raise ExportError(f"--columns: {part.strip()!r} is not FIELD=HEADER with FIELD one of {', '.join(FIELDS)}")
        if name in chosen:
            raise ExportError(f"--columns: field {name} given twice")
        chosen[name] = header.strip()
    if not chosen:
        raise ExportError("--columns: no column given")
    return chosen


def map_columns(headers: list[str], chosen: Mapping[str, str] | None) -> dict[str, int]:
    """field -> column index; raise ``ExportError`` when ambiguous or unusable."""
    keys = [header_key(h) for h in headers]
    mapping: dict[str, int] = {}
    if chosen:
        for name, header in chosen.items():
            wanted = header_key(header)
            found = [i for i, k in enumerate(keys) if k == wanted]
            if not found:
                raise ExportError(f"--columns: no column {header!r} in the export")
            if len(found) > 1:
                raise ExportError(f"--columns: several columns are named {header!r}")
            mapping[name] = found[0]
    else:
        problems: list[str] = []
        for index, key in enumerate(keys):
            if key in AMBIGUOUS_HEADERS:
                problems.append(f"column {index + 1} {headers[index]!r} could mean several fields")
            for name, spellings in HEADERS.items():
                if key in spellings:
                    if name in mapping:
                        problems.append(f"columns {mapping[name] + 1} and {index + 1} both look like {name}")
                    else:
                        mapping[name] = index
        if problems:
            raise ExportError("ambiguous columns: " + "; ".join(problems)
                              + " (name the columns with --columns FIELD=HEADER,...)")
    usable = {"nam", "mrn"} & set(mapping) or {"given", "surname"} <= set(mapping) or {
        "surname", "birth_date"} <= set(mapping)
    if not usable:
        found_fields = ", ".join(sorted(mapping)) or "none"
        raise ExportError(f"no identifying columns (found: {found_fields}; need nam, mrn, given + surname, "
                          "or surname + birth_date)")
    return mapping


@dataclass
class BuildReport:
    """Counts only: nothing here is a value of the export."""

    encoding: str = ""
    delimiter: str = ""
    columns: dict[str, str] = field(default_factory=dict)  # field -> header
    rows: int = 0
    patients: int = 0  # rows that gave at least one entry
    entries: dict[str, int] = field(default_factory=dict)  # per kind, before deduplication
    invalid: dict[str, int] = field(default_factory=dict)  # per field: unreadable values
    distinct_entries: int = 0
    key_created: bool = False
    seconds: float = 0.0
    bytes_written: int = 0

    def lines(self) -> list[str]:
        out = [f"read {self.rows} rows ({self.encoding}, separator {self.delimiter!r}); columns: "
               + ", ".join(f"{k}={v!r}" for k, v in self.columns.items()),
               f"indexed {self.patients} patients: "
               + ", ".join(f"{k} {v}" for k, v in self.entries.items())
               + f"; {self.distinct_entries} distinct entries, {self.bytes_written} bytes in {self.seconds:.1f} s"]
        if any(self.invalid.values()):
            out.append("unreadable values (skipped): " + ", ".join(f"{k} {v}" for k, v in self.invalid.items() if v))
        if self.key_created:
            out.append("a new key was created (mode 0600); keep it apart from the index")
        return out


_KINDS = {"names": TAG_NAME, "surname_birth_date": TAG_SURNAME_DATE, "nam": TAG_NAM, "mrn": TAG_MRN}


def _open_text(path: Path) -> tuple[TextIO, str]:
    """The export as a text stream: UTF-8 when the whole file decodes as UTF-8, else Windows-1252.
    One validating pass in 1 MiB chunks first, so memory stays bounded whatever the export's size."""
    try:
        with open(path, "rb") as raw:
            decoder = codecs.getincrementaldecoder("utf-8")()
            encoding = "utf-8-sig"
            try:
                while chunk := raw.read(1 << 20):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                encoding = "cp1252"
        handle = open(path, encoding=encoding, newline="")  # noqa: SIM115 - the caller closes it
    except OSError as error:
        raise ExportUnreadable(f"{path}: {error.strerror}") from None
    return handle, "UTF-8" if encoding == "utf-8-sig" else "Windows-1252"


def _rows(text: TextIO) -> tuple[list[str], Any, str]:
    first = text.readline()
    text.seek(0)
    if not first.strip():
        raise ExportUnreadable("the export has no header line")
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(text, delimiter=delimiter)
    headers = next(reader)
    return headers, reader, delimiter


def build_index(export: Path, out: Path, key_path: Path, columns: Mapping[str, str] | None = None,
                *, day_first: bool = True) -> BuildReport:
    """Read ``export``, write the index to ``out`` with the key in ``key_path`` (created 0600
    when missing). Raise ``ExportUnreadable``, ``ExportError`` or ``store.IndexFileError``."""
    started = time.perf_counter()
    report = BuildReport()
    text, report.encoding = _open_text(export)
    with text:
        return _build(text, export, out, key_path, columns, day_first, report, started)


def _build(text: TextIO, export: Path, out: Path, key_path: Path, columns: Mapping[str, str] | None,
           day_first: bool, report: BuildReport, started: float) -> BuildReport:
    try:
        headers, reader, report.delimiter = _rows(text)
    except (csv.Error, UnicodeDecodeError) as error:
        raise ExportUnreadable(f"{export}: not CSV text: {type(error).__name__}") from None
    mapping = map_columns(headers, columns)
    report.columns = {name: headers[index] for name, index in mapping.items()}
    # Key last among the checks: a refused export creates no key file.
    if key_path.exists():
        key = read_key(key_path)
    else:
        key = create_key(key_path)
        report.key_created = True
    salt = os.urandom(SALT_BYTES)
    hasher = Hasher(key, salt)
    collected = {kind: array.array("Q") for kind in _KINDS}
    report.invalid = {name: 0 for name in mapping}
    get = {name: mapping.get(name, -1) for name in FIELDS}
    entry = hasher.entry
    names, dates, nams, mrns = (collected[k] for k in ("names", "surname_birth_date", "nam", "mrn"))
    shapes: dict[str, set[str]] = {"nam": set(), "mrn": set()}
    tokens = array.array("Q")
    token_memo: dict[str, int] = {}  # names repeat: hash each word once per build
    try:
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            report.rows += 1
            width = len(row)

            def cell(name: str, row: list[str] = row, width: int = width) -> str:
                index = get[name]
                return row[index].strip() if 0 <= index < width else ""

            before = len(names) + len(dates) + len(nams) + len(mrns)
            surname_text, given_text = cell("surname"), cell("given")
            surnames = surname_keys(surname_text)
            givens = given_keys(given_text)
            for given in givens:
                for surname in surnames:
                    names.append(entry(TAG_NAME, given, surname))
            if surnames:
                for word in {*surnames, *givens, *name_words(surname_text), *name_words(given_text)}:
                    token = token_memo.get(word)
                    if token is None:
                        if len(token_memo) > 1 << 18:
                            token_memo.clear()
                        token = token_memo[word] = entry(TAG_TOKEN, word)
                    tokens.append(token)
            raw_date = cell("birth_date")
            if raw_date and surnames:
                try:
                    born = export_date_key(raw_date, day_first)
                except DateError:
                    report.invalid["birth_date"] += 1
                else:
                    for surname in surnames:
                        dates.append(entry(TAG_SURNAME_DATE, surname, born))
            for name, tag, target in (("nam", TAG_NAM, nams), ("mrn", TAG_MRN, mrns)):
                raw = cell(name)
                if raw:
                    value = identifier_key(raw)
                    if len(value) < MIN_IDENTIFIER_CHARS:
                        report.invalid[name] += 1
                    else:
                        target.append(entry(tag, value))
                        shapes[name].add(identifier_shape(value))
            if len(names) + len(dates) + len(nams) + len(mrns) > before:
                report.patients += 1
    except (csv.Error, UnicodeDecodeError) as error:
        # cp1252 leaves five bytes undefined: such a file is neither encoding.
        raise ExportUnreadable(f"{export}: line {reader.line_num}: not CSV text: {type(error).__name__}") from None
    report.entries = {kind: len(values) for kind, values in collected.items()}
    counts = {"rows": report.rows, "patients": report.patients, **report.entries}
    created = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    report.distinct_entries = write_index(
        out, salt, hasher.key_check, (np.frombuffer(values, dtype=np.uint64) for values in collected.values()),
        counts, created, {kind: tuple(sorted(found)) if len(found) <= MAX_SHAPES else (ANY_SHAPE,)
                          for kind, found in shapes.items() if found},
        np.frombuffer(tokens, dtype=np.uint64))
    report.bytes_written = out.stat().st_size
    report.seconds = time.perf_counter() - started
    return report
