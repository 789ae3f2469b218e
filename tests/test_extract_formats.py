"""Every attachment kind and body encoding is extracted, recognised by content, with stable locations."""

from __future__ import annotations

import base64
import json
from email.mime.multipart import MIMEMultipart

import pytest

from sentinelle.classifiers.config import Limits
from sentinelle.classifiers.extract import Extraction, extract, is_openpgp_part
from sentinelle.classifiers.parse import parse_message
from tests import extract_fixtures as fx
from tests.extract_fixtures import GIVEN, NAM, PATIENT


def run(raw: bytes) -> Extraction:
    return extract(parse_message(raw), Limits())


def texts(result: Extraction) -> dict[str, str]:
    return {s.location: s.text for s in result.segments}


def causes(result: Extraction) -> dict[str, str]:
    return {f.location: f.excerpt for f in result.findings}


HL7 = (
    "MSH|^~\\&|LAB|HOP|DEST|CLI|20240101||ORU^R01|1|P|2.5\r"
    f"PID|1||445566^^^HOP^MR~{NAM}^^^RAMQ^JHN||{PATIENT}^{GIVEN}||19800101|F|||12 rue Fictive^^Montreal^QC^H0H0H0\r"
    "OBX|1|NM|GLU^Glucose||5.5|mmol/L\r"
)
FHIR = {
    "resourceType": "Bundle",
    "entry": [
        {
            "resource": {
                "resourceType": "Patient",
                "name": [{"family": PATIENT, "given": [GIVEN]}],
                "birthDate": "1980-01-01",
                "identifier": [{"system": "https://ramq.example/nam", "value": NAM}],
            }
        },
        {"resource": {"resourceType": "Condition", "code": {"text": "Diabete de type 2"}}},
        {
            "resource": {
                "resourceType": "DiagnosticReport",
                "presentedForm": [
                    {
                        "contentType": "text/plain",
                        "title": "rapport.txt",
                        "data": base64.b64encode(b"Rapport ok").decode(),
                    }
                ],
            }
        },
    ],
}
FHIR_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<Patient xmlns="http://hl7.org/fhir">
  <text><div xmlns="http://www.w3.org/1999/xhtml">Dossier de {PATIENT}</div></text>
  <identifier><value value="{NAM}"/></identifier>
  <name><family value="{PATIENT}"/><given value="{GIVEN}"/></name>
  <birthDate value="1980-01-01"/>
</Patient>"""


# (builder of the attachment bytes, misleading name, misleading declared type, expected words)
CASES = {
    "pdf": (lambda: fx.pdf(f"Patient: {PATIENT}"), "photo.jpg", "image/jpeg", [PATIENT]),
    "docx": (lambda: fx.docx(f"Compte rendu {PATIENT}"), "notes.txt", "application/octet-stream", [PATIENT, "Entete"]),
    "xlsx": (lambda: fx.xlsx([["Nom", "NAM"], [PATIENT, NAM]]), "data.bin", "application/octet-stream", [PATIENT, NAM]),
    "odt": (lambda: fx.odt(f"Lettre {PATIENT}"), "lettre", "application/octet-stream", [PATIENT]),
    "ods": (lambda: fx.ods([["Nom", PATIENT]]), "tableau.dat", "application/zip", [PATIENT]),
    "pptx": (lambda: fx.pptx(f"Cas clinique {PATIENT}"), "cas.bin", "application/octet-stream", [PATIENT]),
    "dicom": (
        lambda: fx.dicom(f"{PATIENT}^{GIVEN}", "MRN445566", "19800101"),
        "image",
        "application/octet-stream",
        [PATIENT, "MRN445566", "Date of birth / DDN: 1980-01-01"],
    ),
    "hl7": (
        lambda: HL7.encode(),
        "message.dat",
        "application/octet-stream",
        [
            f"Patient: {PATIENT}, {GIVEN}",
            "Date of birth / DDN: 1980-01-01",
            f"Health card number / NAM (RAMQ JHN): {NAM}",
        ],
    ),
    "fhir_json": (
        lambda: json.dumps(FHIR).encode(),
        "export.dat",
        "application/octet-stream",
        ["Date of birth / DDN (Patient.birthDate): 1980-01-01", PATIENT, NAM, "Diabete de type 2"],
    ),
    "fhir_xml": (
        lambda: FHIR_XML.encode(),
        "patient.dat",
        "application/octet-stream",
        [f"Dossier de {PATIENT}", "Date of birth / DDN", NAM],
    ),
    "csv": (lambda: f"nom;nam\n{PATIENT};{NAM}\n".encode(), "export.csv", "text/csv", [PATIENT, NAM]),
    "rtf": (
        lambda: ("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\f0 Patient \\'e9 " + PATIENT + "\\par}").encode(),
        "lettre.doc",
        "application/msword",
        [f"Patient é {PATIENT}"],
    ),
}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_attachment_recognised_by_content(kind: str) -> None:
    build, name, ctype, expected = CASES[kind]
    result = run(fx.message(fx.text_part("Voir piece jointe"), fx.attachment(build(), name, ctype)))
    found = texts(result)
    assert f"attachment:{name}" in found, (found, result.findings)
    for word in expected:
        assert word in found[f"attachment:{name}"]
    assert not result.findings


def test_spreadsheet_cells_read_as_a_person_sees_them() -> None:
    """Spreadsheets store numbers as floats and dates as serials: a chart number, a count and a birth date
    must come out as written in the sheet, and columns must keep their places after an empty one."""
    import datetime

    rows: list[list[object]] = [
        ["Dossier", "DDN", "K", "", "Lit"],
        [1186799, datetime.date(1961, 4, 14), 5.2, None, 12],
        [None, None, "hémolysé"],
    ]
    result = run(fx.message(fx.text_part("Liste"), fx.attachment(fx.xlsx(rows), "liste.xlsx",
                                                                   "application/octet-stream")))
    lines = texts(result)["attachment:liste.xlsx"].splitlines()
    assert lines == ["Sheet: Patients", "Dossier\tDDN\tK\t\tLit", "1186799\t1961-04-14\t5.2\t\t12", "\t\thémolysé"]


def test_fhir_embedded_attachment_is_extracted() -> None:
    result = run(fx.message(fx.attachment(json.dumps(FHIR).encode(), "b.json", "application/fhir+json")))
    assert texts(result)["attachment:b.json/rapport.txt"] == "Rapport ok"


def test_zip_nested_and_members() -> None:
    inner = fx.zip_of({"b.pdf": fx.pdf(f"Nom {PATIENT}"), "c.txt": f"NAM {NAM}"})
    outer = fx.zip_of({"dossier/a.zip": inner, "lisez.txt": "bonjour"})
    result = run(fx.message(fx.attachment(outer, "a.zip", "application/zip")))
    found = texts(result)
    assert PATIENT in found["attachment:a.zip/dossier/a.zip/b.pdf"]
    assert found["attachment:a.zip/dossier/a.zip/c.txt"] == f"NAM {NAM}"
    assert found["attachment:a.zip/lisez.txt"] == "bonjour"


def test_attached_message_recursively() -> None:
    inner = fx.message(
        fx.text_part(f"Transfert au sujet de {PATIENT}"),
        fx.attachment(fx.pdf(NAM), "r.pdf"),
        subject=f"Dossier {PATIENT}",
    )
    outer = MIMEMultipart()
    outer["Subject"] = "Fwd"
    outer.attach(fx.text_part("voir plus bas"))
    forwarded = parse_message(inner).message
    from email.mime.message import MIMEMessage

    part = MIMEMessage(forwarded)
    part.add_header("Content-Disposition", "attachment", filename="fwd.eml")
    outer.attach(part)
    found = texts(run(outer.as_bytes()))
    assert found["attachment:fwd.eml/subject"] == f"Dossier {PATIENT}"
    assert PATIENT in found["attachment:fwd.eml/body"]
    assert NAM in found["attachment:fwd.eml/r.pdf"]
    assert found["attachment:fwd.eml/header:from"] == "Dre Exemple"


@pytest.mark.parametrize(
    ("charset", "encoding"),
    [
        ("utf-8", "base64"),
        ("utf-8", "quoted-printable"),
        ("iso-8859-1", "quoted-printable"),
        ("utf-16", "base64"),
        ("utf-16-le", "base64"),
        ("windows-1252", "8bit"),
        ("koi8-r", "base64"),
    ],
)
def test_body_charsets_and_encodings(charset: str, encoding: str) -> None:
    body = f"Dossier de {PATIENT}: été, résumé" if charset != "koi8-r" else f"{PATIENT} Привет"
    payload = body.encode(charset)
    if encoding == "base64":
        encoded = base64.encodebytes(payload)
    elif encoding == "quoted-printable":
        import quopri

        encoded = quopri.encodestring(payload)
    else:
        encoded = payload
    raw = (
        f"Subject: t\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}\r\n"
        f"Content-Transfer-Encoding: {encoding}\r\n\r\n"
    ).encode() + encoded
    assert texts(run(raw))["body"].strip() == body


@pytest.mark.parametrize("charset", ["x-bogus-charset", "base64", "unknown-8bit", ""])
def test_bogus_charset_falls_back(charset: str) -> None:
    raw = f"Subject: t\r\nContent-Type: text/plain; charset={charset}\r\n\r\n".encode() + f"Résumé {PATIENT}".encode()
    assert texts(run(raw))["body"] == f"Résumé {PATIENT}"


def test_uuencoded_body() -> None:
    import binascii

    line = binascii.b2a_uu(f"uu {PATIENT}".encode())
    raw = b"Subject: t\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\nbegin 644 f.txt\r\n" + line + b"`\r\nend\r\n"
    assert f"uu {PATIENT}" in texts(run(raw))["body"]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("=?utf-8?b?" + base64.b64encode(f"Résultats {PATIENT}".encode()).decode() + "?=", f"Résultats {PATIENT}"),
        ("=?iso-8859-1?q?R=E9sultats?= de =?utf-8?q?l=C3=A9o?=", "Résultats de léo"),
        ("=?utf-16?b?" + base64.b64encode("Dossier".encode("utf-16")).decode() + "?=", "Dossier"),
        ("=?x-bogus?q?Caf=E9?=", "Café"),
        ("Ligne\r\n pliee", "Ligne pliee"),
    ],
)
def test_subject_encoded_words(header: str, expected: str) -> None:
    raw = f"Subject: {header}\r\n\r\nx\r\n".encode()
    assert texts(run(raw))["subject"] == expected


def test_raw_utf8_headers_and_display_names() -> None:
    raw = (
        "From: =?utf-8?q?Andr=C3=A9e_Fictive?= <a@example.org>\r\n"
        f'To: "{PATIENT}, {GIVEN}" <p@example.org>, autre@example.org\r\n'
        "Cc: Éloïse Exemple <e@example.org>\r\nSubject: Résumé brut\r\n\r\nx\r\n"
    ).encode()
    found = texts(run(raw))
    assert found["header:from"] == "Andrée Fictive"
    assert found["header:to"] == f"{PATIENT}, {GIVEN}"
    assert found["header:cc"] == "Éloïse Exemple"
    assert found["subject"] == "Résumé brut"


def test_html_to_text_drops_script_and_style() -> None:
    markup = (
        f"<html><head><style>.x{{color:red}}</style><script>var s='secret';</script></head><body>"
        f"<p>Bonjour</p><table><tr><td>{PATIENT}</td><td>{NAM}</td></tr></table></body></html>"
    )
    found = texts(
        run(fx.message(fx.text_part("texte", "plain"), fx.text_part(markup, "html"), multipart="alternative"))
    )
    assert found["body"] == "texte"
    assert "secret" not in found["html"] and "color" not in found["html"]
    assert f"{PATIENT}\t{NAM}" in found["html"] and "Bonjour" in found["html"]  # cells apart


def test_images_are_image_only_but_small_inline_logo_is_skipped() -> None:
    related = MIMEMultipart("related")
    related.attach(fx.text_part('<p>Signature</p><img src="cid:logo">', "html"))
    logo = fx.attachment(fx.png(120, 40), "logo.png", "image/png")
    del logo["Content-Disposition"]
    logo.add_header("Content-ID", "<logo>")
    shot = fx.attachment(fx.png(1600, 900), "capture.png", "image/png")
    del shot["Content-Disposition"]
    shot.add_header("Content-ID", "<capture>")
    related.attach(logo)
    related.attach(shot)
    result = run(fx.message(related, fx.attachment(fx.png(50, 50), "scan.png", "image/png")))
    # Inline parts without a name are numbered among unnamed parts: logo is part-1, capture part-2.
    # These PNGs are a header and no pixels: OCR (docs/ocr.md) cannot decode them, so they are corrupt
    # (they were image_only, unread, before OCR); the small inline logo is still skipped unread.
    assert causes(result) == {"attachment:part-2": "corrupt", "attachment:scan.png": "corrupt"}


def test_pdf_without_text_is_image_only_and_encrypted_pdf_is_encrypted() -> None:
    result = run(
        fx.message(fx.attachment(fx.pdf_without_text(), "scan.pdf"), fx.attachment(fx.encrypted_pdf("x"), "e.pdf"))
    )
    assert causes(result) == {"attachment:scan.pdf": "image_only", "attachment:e.pdf": "encrypted"}


def test_owner_password_only_pdf_is_read() -> None:
    result = run(fx.message(fx.attachment(fx.encrypted_pdf(f"Nom {PATIENT}", user_password=""), "p.pdf")))
    assert PATIENT in texts(result)["attachment:p.pdf"] and not result.findings


# Shaped like OpenPGP data but not walkable packets: lookalikes (real gpg-made data is tested in
# tests/test_openpgp.py, where it is skipped).
ARMORED = b"-----BEGIN PGP MESSAGE-----\n\nhQEMA1234\n-----END PGP MESSAGE-----\n"


def test_pgp_mime_lookalike_is_not_skipped() -> None:
    encrypted = MIMEMultipart("encrypted", protocol="application/pgp-encrypted")
    control = fx.attachment(b"Version: 1\n", "x", "application/pgp-encrypted")
    del control["Content-Disposition"]
    encrypted.attach(control)
    encrypted.attach(fx.attachment(ARMORED, "encrypted.asc", "application/octet-stream"))
    raw = encrypted.as_bytes()
    result = run(raw)
    assert causes(result) == {"attachment:encrypted.asc": "corrupt"}
    assert not is_openpgp_part(parse_message(raw).message)


def test_inline_pgp_and_binary_openpgp_lookalikes_are_corrupt() -> None:
    binary = bytes([0x85, 0x01, 0x0C, 0x03]) + b"\x00" * 100  # old-format PKESK packet, no encrypted data
    result = run(fx.message(fx.attachment(ARMORED, "m.asc"), fx.attachment(binary, "m.gpg")))
    assert causes(result) == {"attachment:m.asc": "corrupt", "attachment:m.gpg": "corrupt"}


@pytest.mark.parametrize(
    ("data", "cause"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "unsupported"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"), "encrypted"),
        (b"7z\xbc\xaf\x27\x1c" + b"\x00" * 32, "unsupported"),
        (bytes(range(256)) * 4, "unsupported"),
        (b"%PDF-1.4\n garbage without structure", "corrupt"),
        (b"PK\x03\x04 truncated zip", "corrupt"),
    ],
    ids=["ole", "encrypted-ooxml", "7z", "binary", "broken-pdf", "broken-zip"],
)
def test_unreadable_binaries(data: bytes, cause: str) -> None:
    assert causes(run(fx.message(fx.attachment(data, "f.bin")))) == {"attachment:f.bin": cause}


def test_smime_enveloped_is_encrypted() -> None:
    part = fx.attachment(b"\x30\x80" + b"\x00" * 40, "smime.p7m", "application/pkcs7-mime")
    part.set_param("smime-type", "enveloped-data")
    assert causes(run(fx.message(part))) == {"attachment:smime.p7m": "encrypted"}


def test_unnamed_parts_get_stable_locations() -> None:
    pdf_part = fx.attachment(fx.pdf("x1"), "ignored")
    del pdf_part["Content-Disposition"]
    result = run(fx.message(fx.text_part("corps"), pdf_part, fx.text_part("annexe"), fx.attachment(b"a;b", "t.csv")))
    assert [s.location for s in result.segments] == [
        "header:from",
        "header:to",
        "subject",
        "body",
        "attachment:part-1",
        "body#2",
        "filename:t.csv",
        "attachment:t.csv",
    ]
