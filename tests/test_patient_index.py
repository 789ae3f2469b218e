"""Exact data match (issue 15): build an index from a synthetic export, recognise its patients in mail.

The export is generated (tests/index_synthetic.py): 10,000 synthetic patients, never real people.
"""

from __future__ import annotations

import dataclasses
import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sentinelle.classifiers.config import ClassifierConfig, Scoring
from sentinelle.classifiers.engine import Classifier
from sentinelle.classifiers.index.normalize import name_key
from sentinelle.classifiers.index.recognizer import IndexedPatientRecognizer
from sentinelle.classifiers.index.settings import IndexSettings, file_stamp
from sentinelle.classifiers.index.store import IndexFileError, PatientIndex
from sentinelle.classifiers.recognizers.patient_name import StaffNames
from sentinelle.classifiers.types import INDEXED_PATIENT, Segment
from sentinelle.proxy.cli import main
from tests.index_synthetic import HEADERS_EN, Patient, make_patients, write_export

PATIENTS = 10_000


@dataclasses.dataclass(frozen=True)
class Built:
    export: Path
    index: Path
    key: Path
    patients: list[Patient]
    output: str


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    directory = tmp_path_factory.mktemp("patient-index")
    patients = make_patients(PATIENTS)
    export = write_export(directory / "export.csv", patients)
    secrets = directory / "secrets"
    secrets.mkdir()
    index, key = directory / "patients.idx", secrets / "patients.key"
    completed = subprocess.run(
        [sys.executable, "-m", "sentinelle.proxy", "index", "build", str(export), "--out", str(index),
         "--key", str(key)],
        capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], check=False,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    assert completed.returncode == 0, completed.stderr
    return Built(export, index, key, patients, completed.stdout + completed.stderr)


@pytest.fixture(scope="module")
def classifier(built: Built) -> Classifier:
    config = ClassifierConfig(scoring=Scoring(ner=False), index=IndexSettings(built.index, built.key))
    return Classifier(config, None)


@pytest.fixture(scope="module")
def plain_classifier() -> Classifier:
    return Classifier(ClassifierConfig(scoring=Scoring(ner=False)), None)


def _indexed(built: Built, i: int) -> Patient:
    """A patient whose surname is a plain word (no particle) and whose name pair is unique."""
    candidates = [p for p in built.patients[i:] if " " not in p.surname]
    return candidates[0]


# -- build -------------------------------------------------------------------------------------


def test_build_reports_counts_and_creates_a_0600_key(built: Built) -> None:
    assert f"read {PATIENTS} rows (UTF-8, separator ';')" in built.output
    assert f"indexed {PATIENTS} patients" in built.output
    assert re.search(r"nam 10000, mrn 10000; \d+ distinct entries", built.output)
    assert stat.S_IMODE(built.key.stat().st_mode) == 0o600
    assert "new key" in built.output


def test_key_is_never_printed(built: Built) -> None:
    key_hex = built.key.read_text().strip()
    assert key_hex not in built.output
    assert key_hex[:16] not in built.index.read_bytes().hex()


def test_index_loads_and_entries_are_sorted(built: Built) -> None:
    index = PatientIndex.open(built.index, built.key)
    assert len(index) == index.header.entries > 3 * PATIENTS
    assert index.header.counts["patients"] == PATIENTS


# -- privacy: no plaintext in the index (issue item 4) ------------------------------------------


def _plaintexts(patient: Patient) -> set[str]:
    surname, given = patient.surname, patient.given
    values = {surname, given, patient.nam, patient.mrn, f"{given} {surname}", f"{surname}, {given}"}
    values |= {patient.birth.strftime(f) for f in ("%Y-%m-%d", "%Y%m%d", "%d/%m/%Y", "%d%m%Y")}
    values |= {name_key(surname), name_key(given), name_key(given) + name_key(surname),
               name_key(surname) + name_key(given), surname.upper(), given.upper(), surname.lower()}
    values |= {f"{name_key(surname)}\x1f{patient.birth:%Y%m%d}", f"{name_key(given)}\x1f{name_key(surname)}"}
    return values


def test_index_file_holds_no_value_of_the_export(built: Built) -> None:
    data = built.index.read_bytes()
    header_end = data.index(b"}") + 1
    header = data[:header_end]
    values = set().union(*(_plaintexts(p) for p in built.patients))
    encoded = {v.encode(enc, "replace") for v in values for enc in ("utf-8", "cp1252") if v}
    # The header is text: no value at all may appear in it.
    assert [v for v in encoded if v in header] == []
    # The entries are random-looking bytes where a 3-byte value can occur by chance (350 KB of
    # digests hold any given 3 bytes with probability ~2 %); values of 6 bytes or more cannot.
    long_values = {v for v in encoded if len(v) >= 6}
    assert len(long_values) > 10 * PATIENTS
    # A grep for all of them at once: every 6-byte window of the file against the values' first
    # 6 bytes, then the whole value where a window matches.
    prefixes = {v[:6] for v in long_values}
    found = [v for i in range(len(data) - 5) if data[i : i + 6] in prefixes
             for v in long_values if data.startswith(v, i)]
    assert found == []
    # The same search finds values in a file that holds them (the check can fail).
    planted = data[:4000] + long_values.pop() + data[4000:]
    assert any(planted[i : i + 6] in prefixes for i in range(len(planted) - 5))


def test_wrong_key_is_refused(built: Built, tmp_path: Path) -> None:
    other = tmp_path / "other.key"
    other.write_text("ab" * 32 + "\n")
    other.chmod(0o600)
    with pytest.raises(IndexFileError, match="another key"):
        PatientIndex.open(built.index, other)


def test_damaged_index_is_refused(built: Built, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.idx"
    data = bytearray(built.index.read_bytes())
    data[-3] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(IndexFileError, match="checksum"):
        PatientIndex.open(damaged, built.key)
    damaged.write_bytes(bytes(data[:-8]))
    with pytest.raises(IndexFileError, match="truncated"):
        PatientIndex.open(damaged, built.key)
    with pytest.raises(IndexFileError, match="cannot read"):
        PatientIndex.open(tmp_path / "missing.idx", built.key)


def test_open_key_file_is_refused(built: Built, tmp_path: Path) -> None:
    loose = tmp_path / "loose.key"
    loose.write_text(built.key.read_text())
    loose.chmod(0o644)
    with pytest.raises(IndexFileError, match="too open"):
        PatientIndex.open(built.index, loose)
    loose.chmod(0o640)  # group read: Kubernetes Secret volumes shared through fsGroup
    assert len(PatientIndex.open(built.index, loose)) > 0


# -- matching in mail (issue item 2) -----------------------------------------------------------

CLINICAL = "{name} a reçu un diagnostic de diabète de type 2 la semaine dernière; suivi en clinique."
NOT_INDEXED = "Gaspard Zwilinsky"  # 'z', 'w', 'y' never occur in the synthetic surnames


def test_indexed_name_next_to_a_diagnosis_is_confidential(built: Built, classifier: Classifier) -> None:
    patient = _indexed(built, 0)
    text = CLINICAL.format(name=f"{patient.given} {patient.surname}")
    inspection = classifier.inspect_segments([Segment("body", text)])
    assert inspection.confidential
    assert "indexed_name_near_clinical" in inspection.reasons
    initials = f"{patient.given[0]}*** {patient.surname[0]}***"
    assert [f.excerpt for f in inspection.findings if f.type == INDEXED_PATIENT] == [initials]


def test_same_sentence_with_a_name_not_indexed_is_decided_as_before(
        built: Built, classifier: Classifier, plain_classifier: Classifier) -> None:
    text = CLINICAL.format(name=NOT_INDEXED)
    with_index = classifier.inspect_segments([Segment("body", text)])
    without = plain_classifier.inspect_segments([Segment("body", text)])
    assert not any(f.type == INDEXED_PATIENT for f in with_index.findings)
    assert (with_index.confidential, with_index.reasons, with_index.findings) == (
        without.confidential, without.reasons, without.findings)
    assert not any(r.startswith("indexed_") for r in with_index.reasons)


@pytest.mark.parametrize("form", [
    "{given} {surname}",
    "{GIVEN} {SURNAME}",
    "{SURNAME}, {given}",
    "{surname} {given}",
    "{given_plain} {surname_plain}",  # accents dropped, hyphens as spaces
    "Madame {given} {surname}",
])
def test_name_written_in_many_ways_matches(built: Built, form: str) -> None:
    recognizer = IndexedPatientRecognizer(PatientIndex.open(built.index, built.key))
    patient = _indexed(built, 10)
    plain = {"given_plain": re.sub(r"[-]", " ", _strip_accents(patient.given)),
             "surname_plain": _strip_accents(patient.surname)}
    name = form.format(given=patient.given, surname=patient.surname, GIVEN=patient.given.upper(),
                       SURNAME=patient.surname.upper(), **plain)
    findings = recognizer.recognize(Segment("body", f"Suivi de {name} demain."))
    assert [f.explanation for f in findings] == ["indexed given name + surname"], name


def _strip_accents(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def test_physician_title_and_staff_names_never_match(built: Built) -> None:
    recognizer = IndexedPatientRecognizer(PatientIndex.open(built.index, built.key))
    patient = _indexed(built, 20)
    name = f"{patient.given} {patient.surname}"
    assert recognizer.recognize(Segment("body", f"Rencontre avec Dre {name} demain."), StaffNames()) == []
    text = CLINICAL.format(name=name) + f"\n\n{name}\nInfirmière"
    staff = StaffNames.from_addresses([f"{name} <{name_key(patient.given)}.x@ciusss.example>"])
    assert recognizer.recognize(Segment("body", text), staff) == []
    assert recognizer.recognize(Segment("body", text), StaffNames()) != []


def test_staff_member_who_is_a_patient_sending_clinical_mail(built: Built, classifier: Classifier) -> None:
    patient = _indexed(built, 30)
    name = f"{patient.given} {patient.surname}"
    staff = StaffNames.from_addresses([f'"{patient.surname}, {patient.given}" <p@ciusss.example>'])
    inspection = classifier.inspect_segments([Segment("body", CLINICAL.format(name=name))], staff)
    assert not any(f.type == INDEXED_PATIENT for f in inspection.findings)
    assert not inspection.confidential


def test_identifier_alone_is_confidential(built: Built, classifier: Classifier) -> None:
    patient = built.patients[40]
    text = f"Pouvez-vous retrouver {patient.nam[:4]}-{patient.nam[4:8]}-{patient.nam[8:]} svp?"
    inspection = classifier.inspect_segments([Segment("subject", text)])
    assert "indexed_identifier" in inspection.reasons
    found = [f for f in inspection.findings if f.type == INDEXED_PATIENT]
    assert found and found[0].excerpt.endswith(patient.nam[-2:]) and patient.nam not in found[0].excerpt
    # Born in 2000-2009: the NAM's digits start with a zero, which is kept.
    young = next(p for p in built.patients if p.nam[4] == "0")
    text = f"NAM {young.nam[:4]} {young.nam[4:8]} {young.nam[8:]}"
    assert "indexed_identifier" in classifier.inspect_segments([Segment("body", text)]).reasons
    # A chart number alone, no context word: only the index knows it.
    inspection = classifier.inspect_segments([Segment("body", f"Voir {patient.mrn} svp.")])
    assert inspection.reasons == ("indexed_identifier",)


def test_surname_with_the_birth_date_is_confidential(built: Built, classifier: Classifier) -> None:
    patient = _indexed(built, 50)
    months = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre")
    in_words = f"{patient.birth.day} {months[patient.birth.month - 1]} {patient.birth.year}"
    in_english = f"{patient.birth.day} {patient.birth:%B} {patient.birth.year}"  # (C locale: English month names)
    for date in (f"{patient.birth:%Y-%m-%d}", f"{patient.birth:%d/%m/%Y}", in_words, in_english):
        text = f"Objet: {patient.surname.upper()} ({date}) — rendez-vous à confirmer."
        inspection = classifier.inspect_segments([Segment("body", text)])
        assert "indexed_name_dob" in inspection.reasons, date
    wrong = f"Objet: {patient.surname.upper()} (1899-01-01) — rendez-vous à confirmer."
    assert not classifier.inspect_segments([Segment("body", wrong)]).confidential


def test_name_alone_in_an_administrative_message_is_configurable(built: Built) -> None:
    patient = _indexed(built, 60)
    text = f"Rappel: rendez-vous de {patient.given} {patient.surname} mardi à 10 h, salle 3."
    index = IndexSettings(built.index, built.key)
    default = Classifier(ClassifierConfig(scoring=Scoring(ner=False), index=index), None)
    inspection = default.inspect_segments([Segment("body", text)])
    assert any(f.type == INDEXED_PATIENT for f in inspection.findings) and not inspection.confidential
    strict = Classifier(ClassifierConfig(scoring=Scoring(ner=False, index_name_alone=True), index=index), None)
    assert strict.inspect_segments([Segment("body", text)]).reasons == ("indexed_name",)


def test_every_segment_is_looked_up(built: Built, classifier: Classifier) -> None:
    patient = _indexed(built, 70)
    name = f"{patient.given} {patient.surname}"
    segments = [Segment("subject", "Résultats"), Segment("attachment:compte-rendu.pdf", CLINICAL.format(name=name))]
    inspection = classifier.inspect_segments(segments)
    assert [f.location for f in inspection.findings if f.type == INDEXED_PATIENT] == ["attachment:compte-rendu.pdf"]


def test_junk_never_raises(built: Built) -> None:
    import random

    recognizer = IndexedPatientRecognizer(PatientIndex.open(built.index, built.key))
    rng = random.Random(15)
    for _ in range(40):
        raw = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 3000)))
        for text in (raw.decode("utf-8", "replace"), raw.decode("latin-1")):
            for finding in recognizer.recognize(Segment("body", text)):
                assert 0 <= finding.start < finding.end <= len(text)


# -- command line (exit codes: 0 built, 1 export refused, 2 usage / unreadable) ---------------


@pytest.fixture
def few(tmp_path: Path) -> Iterator[tuple[Path, list[Patient]]]:
    yield tmp_path, make_patients(50, seed=7)


def _build(tmp: Path, export: Path, *extra: str) -> int:
    return main(["index", "build", str(export), "--out", str(tmp / "out.idx"), "--key", str(tmp / "k.key"), *extra])


def test_cli_cp1252_comma_english_headers(few: tuple[Path, list[Patient]], capsys: pytest.CaptureFixture[str]) -> None:
    tmp, patients = few
    export = write_export(tmp / "e.csv", patients, encoding="cp1252", delimiter=",", headers=HEADERS_EN,
                          date_format="%d/%m/%Y")
    assert _build(tmp, export) == 0
    assert "(Windows-1252, separator ',')" in capsys.readouterr().out
    recognizer = IndexedPatientRecognizer(PatientIndex.open(tmp / "out.idx", tmp / "k.key"))
    p = patients[3]
    assert recognizer.recognize(Segment("body", f"{p.surname.upper()} né le {p.birth:%Y-%m-%d}"))


def test_cli_ambiguous_columns_are_refused(few: tuple[Path, list[Patient]],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    tmp, patients = few
    export = write_export(tmp / "e.csv", patients, headers=("Nom complet", "Prénom", "DDN", "NAM"))
    assert _build(tmp, export) == 1
    err = capsys.readouterr().err
    assert "ambiguous columns" in err and "--columns" in err
    assert not (tmp / "out.idx").exists() and not (tmp / "k.key").exists()
    twice = write_export(tmp / "t.csv", patients, headers=("Nom", "Nom de famille", "DDN"))
    assert _build(tmp, twice) == 1
    assert "both look like surname" in capsys.readouterr().err
    assert _build(tmp, export, "--columns", "surname=Nom complet,given=Prénom,birth_date=DDN,nam=NAM") == 0


def test_cli_unusable_and_unreadable_exports(few: tuple[Path, list[Patient]],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    tmp, patients = few
    only_given = write_export(tmp / "g.csv", patients, headers=("Prénom",))
    assert _build(tmp, only_given) == 1
    assert "no identifying columns" in capsys.readouterr().err
    assert _build(tmp, tmp / "missing.csv") == 2
    binary = tmp / "b.csv"
    binary.write_bytes(b"Nom;NAM\n\x81\x8d\x90;\x9d\n")
    assert _build(tmp, binary) == 2
    export = write_export(tmp / "e.csv", patients)
    assert _build(tmp, export, "--columns", "height=Taille") == 2
    assert main(["index", "build", str(export), "--out", str(tmp / "same"), "--key", str(tmp / "same")]) == 2
    (tmp / "k.key").write_text("00" * 32)
    (tmp / "k.key").chmod(0o644)
    assert _build(tmp, export) == 2
    assert "too open" in capsys.readouterr().err
    assert main(["index", "build", str(export)]) == 2  # --out and --key are required


def test_cli_keeps_an_existing_key(few: tuple[Path, list[Patient]], capsys: pytest.CaptureFixture[str]) -> None:
    tmp, patients = few
    export = write_export(tmp / "e.csv", patients)
    assert _build(tmp, export) == 0
    key = (tmp / "k.key").read_text()
    first = (tmp / "out.idx").read_bytes()
    assert _build(tmp, export) == 0
    assert (tmp / "k.key").read_text() == key
    assert "new key" not in capsys.readouterr().out.split("indexed")[-1]
    assert (tmp / "out.idx").read_bytes() != first  # a fresh salt per build
    assert file_stamp(tmp / "out.idx") != ""


def test_cli_identifiers_only_export(few: tuple[Path, list[Patient]]) -> None:
    tmp, patients = few
    export = tmp / "ids.csv"
    export.write_text("No RAMQ,N° dossier\n" + "".join(f"{p.nam},{p.mrn}\n" for p in patients), encoding="utf-8")
    assert _build(tmp, export) == 0
    index = PatientIndex.open(tmp / "out.idx", tmp / "k.key")
    assert index.header.counts["names"] == 0 and index.header.shapes == {"nam": ("4L8D",), "mrn": ("0L7D",)}
    recognizer = IndexedPatientRecognizer(index)
    p = patients[0]
    findings = recognizer.recognize(Segment("body", f"{p.given} {p.surname}: {p.nam} / 0{p.mrn}"))
    assert [f.explanation for f in findings] == ["indexed identifier (NAM)", "indexed identifier (chart number)"]


@pytest.mark.parametrize("month", ["January", "February", "March", "April", "May", "June", "July", "August",
                                   "September", "October", "November", "December"])
def test_every_english_month_name_is_read_in_a_date(month: str) -> None:
    from sentinelle.classifiers.index.recognizer import dates_in

    text = f"né le 5 {month} 2011"
    run = re.search(r"\d{4}", text)  # a date in words is read from its year
    assert run is not None
    readings = [keys for _, _, keys in dates_in(text, run)]
    number = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"].index(month) + 1
    assert readings and f"2011{number:02d}05" in readings[0], readings
