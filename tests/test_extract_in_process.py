"""``in_process_only``: which messages the proxy may inspect on its event loop (all text, read
in-process) and which go to an analysis thread (anything a sandboxed parser, the archive reader or
the OpenPGP walker would read, or that looks unusual)."""

from __future__ import annotations

from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from sentinelle.classifiers.extract import in_process_only
from sentinelle.classifiers.parse import parse_message
from tests import extract_fixtures as fx

PLAIN = (b"From: dr.tremblay@ssss.gouv.qc.ca\r\nTo: labo@partenaire.example\r\nSubject: Suivi\r\n"
         b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
         b"Bonjour, compte rendu habituel.\r\n")
ARMOR = b"-----BEGIN PGP MESSAGE-----\r\n\r\nhQEMA0xyz\r\n-----END PGP MESSAGE-----\r\n"


def alternative() -> bytes:
    root = MIMEMultipart("alternative")
    root.attach(fx.text_part("Bonjour"))
    root.attach(fx.text_part("<p>Bonjour</p>", "html"))
    return root.as_bytes()


def nested(depth: int) -> bytes:
    part: MIMEText | MIMEMultipart = fx.text_part("Bonjour")
    for _ in range(depth):
        outer = MIMEMultipart("mixed")
        outer.attach(part)
        part = outer
    return part.as_bytes()


TEXT_ONLY = {
    "plain": PLAIN,
    "no body": b"From: a@ssss.gouv.qc.ca\r\nSubject: vide\r\n\r\n",
    "alternative": alternative(),
    "csv attachment": fx.message(fx.text_part("Liste"), fx.attachment(b"nom;date\r\nA;B\r\n", "l.csv", "text/csv")),
    "nested three deep": nested(3),
    "html up to the in-process size": fx.message(fx.text_part("<p>" + "x" * 100_000 + "</p>", "html")),
}

NOT_TEXT_ONLY = {
    "pdf attachment": fx.message(fx.text_part("Voir PDF"), fx.attachment(fx.pdf("Rapport"), "r.pdf",
                                                                           "application/pdf")),
    "pdf labelled text/plain": fx.message(fx.attachment(fx.pdf("Rapport"), "r.txt", "text/plain")),
    "docx attachment": fx.message(fx.attachment(fx.docx("Rapport"), "r.docx",
                                                "application/vnd.openxmlformats-officedocument"
                                                ".wordprocessingml.document")),
    "zip attachment": fx.message(fx.attachment(fx.zip_of({"a.txt": "Bonjour"}), "a.zip", "application/zip")),
    "image": fx.message(fx.attachment(fx.png(10, 10), "a.png", "image/png")),
    "octet-stream": fx.message(fx.attachment(b"\x00\x01binary", "a.bin")),
    "attached message": fx.message(fx.text_part("Transfert"), MIMEMessage(parse_message(PLAIN).message)),
    "armored OpenPGP in the body": fx.message(fx.text_part(ARMOR.decode())),
    "multipart/encrypted": (b"From: a@ssss.gouv.qc.ca\r\nContent-Type: multipart/encrypted; "
                            b"protocol=\"application/pgp-encrypted\"; boundary=b\r\n\r\n--b\r\n"
                            b"Content-Type: text/plain\r\n\r\nVersion: 1\r\n--b--\r\n"),
    "multipart/signed": (b"From: a@ssss.gouv.qc.ca\r\nContent-Type: multipart/signed; boundary=b\r\n\r\n"
                         b"--b\r\nContent-Type: text/plain\r\n\r\nBonjour\r\n--b--\r\n"),
    "nested five deep": nested(5),
    # Parsed in a worker process (issue 11: HL7 parsed in the proxy took 1.2 GB for 7.6 MB).
    "hl7 attachment": fx.message(fx.attachment(b"MSH|^~\\&|LAB|HOSP|||20260101||ORU^R01|1|P|2.5\r", "r.hl7",
                                               "text/plain")),
    "fhir json": fx.message(fx.attachment(b'{"resourceType": "Patient", "id": "x"}', "p.json", "application/json")),
    "html past the in-process size": fx.message(fx.text_part("<p>" + "x" * (1 << 20) + "</p>", "html")),
}


@pytest.mark.parametrize("raw", TEXT_ONLY.values(), ids=TEXT_ONLY.keys())
def test_text_read_in_process(raw: bytes) -> None:
    assert in_process_only(parse_message(raw)) is True


@pytest.mark.parametrize("raw", NOT_TEXT_ONLY.values(), ids=NOT_TEXT_ONLY.keys())
def test_anything_else_goes_to_a_thread(raw: bytes) -> None:
    assert in_process_only(parse_message(raw)) is False


def test_a_parse_time_finding_goes_to_a_thread() -> None:
    deep = b"".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n".encode() for i in range(200))
    parsed = parse_message(b"From: a@ssss.gouv.qc.ca\r\n" + deep + b"Content-Type: text/plain\r\n\r\nx\r\n")
    assert parsed.findings  # the nesting guard reported depth_limit
    assert in_process_only(parsed) is False
