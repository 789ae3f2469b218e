"""Cheap evasions of issue 11, each once delivered to an outside recipient: UTF-16 text without a
byte-order mark, an inline uuencoded block in a text body, a part with two Content-Type fields,
and a ZIP of many small, highly compressed members."""

from __future__ import annotations

import binascii
import io
import resource
import time
import zipfile

import pytest

from sentinelle.classifiers import Classifier, ClassifierConfig, Scoring
from sentinelle.classifiers.extract import UNINSPECTABLE_CAUSES, in_process_only
from sentinelle.classifiers.extractors._common import decode_text, utf16_without_bom
from sentinelle.classifiers.parse import parse_message
from tests import extract_fixtures as fx
from tests.extract_fixtures import NAM, PATIENT, run, texts

HEAD = b"From: Dre Exemple <medecin@clinique.example>\r\nTo: <p@externe.example>\r\nSubject: Suivi\r\n"
SECRET = f"Patient {PATIENT}, NAM {NAM}, diabète de type 2"





def confidential(raw: bytes) -> bool:
    classifier = Classifier(ClassifierConfig(scoring=Scoring(ner=False)), None)
    return classifier.inspect(parse_message(raw)).confidential


@pytest.mark.parametrize(
    ("label", "ctype"),
    [("utf-16-le", "text/plain"), ("utf-16-be", "text/plain"), ("utf-16-le", "application/octet-stream")],
)
def test_utf16_text_attachment_without_bom_is_read(label: str, ctype: str) -> None:
    data = (SECRET + "\r\n").encode(label)
    assert utf16_without_bom(data) == label
    raw = fx.message(fx.text_part("Voir la pièce jointe."), fx.attachment(data, "notes.txt", ctype))
    assert SECRET in texts(run(raw))["attachment:notes.txt"]
    assert confidential(raw)


def test_utf16_detection_leaves_binary_and_8bit_text_alone() -> None:
    assert utf16_without_bom(fx.png(10, 10)) is None
    assert utf16_without_bom("Hélène Gérard".encode("cp1252")) is None
    assert utf16_without_bom(b"\x00" * 64) is None


def test_cp1252_bytes_labelled_utf8_are_repaired_one_by_one() -> None:
    mixed = "Dossier de Gérard ".encode() + "Hélène Côté".encode("cp1252")
    assert decode_text(mixed, "utf-8") == "Dossier de Gérard Hélène Côté"


def uu_body() -> bytes:
    encoded = b"".join(binascii.b2a_uu(SECRET.encode()[i:i + 45]) for i in range(0, len(SECRET.encode()), 45))
    return (HEAD + b"Content-Type: text/plain; charset=us-ascii\r\n\r\nBonjour, voici la note.\r\n"
            b"begin 644 note.txt\r\n" + encoded.replace(b"\n", b"\r\n") + b"`\r\nend\r\nMerci\r\n")


def test_inline_uuencoded_block_in_a_body_is_decoded_and_inspected() -> None:
    raw = uu_body()
    found = texts(run(raw))
    assert found["attachment:note.txt"] == SECRET and SECRET not in found["body"]
    assert confidential(raw)
    assert in_process_only(parse_message(raw)) is False  # a uuencoded file may need a worker


def test_inline_uuencoded_pdf_goes_to_the_pdf_reader() -> None:
    pdf = fx.pdf(SECRET)
    encoded = b"".join(binascii.b2a_uu(pdf[i:i + 45]) for i in range(0, len(pdf), 45))
    raw = HEAD + b"\r\nVoir:\r\nbegin 600 r.pdf\r\n" + encoded + b"`\r\nend\r\n"
    assert PATIENT in texts(run(raw))["attachment:r.pdf"]


def test_a_part_with_two_different_content_types_is_ambiguous() -> None:
    data = (HEAD + b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
            b"Content-Type: text/plain\r\nContent-Type: application/x-harmless\r\n\r\n" + SECRET.encode()
            + b"\r\n--b--\r\n")
    result = run(data)
    assert [(f.excerpt, f.location) for f in result.findings] == [("ambiguous", "message")]
    assert "ambiguous" in UNINSPECTABLE_CAUSES
    assert any(SECRET in t for t in texts(result).values())  # Python's reading is inspected too


def test_two_content_transfer_encodings_are_ambiguous_but_a_repeated_identical_field_is_not() -> None:
    two_encodings = (HEAD + b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n"
                     b"Content-Transfer-Encoding: 7bit\r\n\r\nQm9uam91cg==\r\n")
    assert [f.excerpt for f in run(two_encodings).findings] == ["ambiguous"]
    repeated = HEAD + b"Content-Type: text/plain\r\ncontent-type:  TEXT/PLAIN\r\n\r\nBonjour\r\n"
    assert not run(repeated).findings


def many_small_members(count: int, size: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for i in range(count):
            archive.writestr(f"m{i}.txt", b"a" * size)
    return out.getvalue()


def test_a_zip_of_99_members_of_1_mib_each_stops_at_the_ratio_of_the_archive() -> None:
    data = many_small_members(99, 1 << 20)
    assert len(data) < 400_000
    raw = fx.message(fx.attachment(data, "a.zip", "application/zip"))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    result = run(raw)
    assert time.monotonic() - started < 10
    read = [s for s in result.segments if s.location.startswith("attachment:a.zip/")]
    causes = {f.excerpt for f in result.findings}
    assert "compression_ratio" in causes
    assert sum(len(s.text) for s in read) <= 2 * (1 << 20)  # about the 1 MiB grace, not 99 MiB
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024 < 200


def test_small_ordinary_archives_still_read_every_member() -> None:
    members = {f"lettre{i}.txt": f"Lettre {i} : rendez-vous confirmé pour jeudi." * 20 for i in range(30)}
    result = run(fx.message(fx.attachment(fx.zip_of(members), "l.zip", "application/zip")))
    assert not result.findings and len([s for s in result.segments if s.location.startswith("attachment:l.zip/")]) == 30
