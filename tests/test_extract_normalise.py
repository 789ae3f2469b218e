"""Normalise before recognising (issue 10 item 10): format=flowed unfolded, invisible characters
dropped, every Unicode space a space, full-width forms as ASCII, line ends as LF, mislabelled
charsets repaired, attached and zipped .eml files read as mail, attachment file names read as text."""

from __future__ import annotations

import base64
from email.mime.application import MIMEApplication

import pytest

from sentinelle.classifiers import Classifier, ClassifierConfig, Scoring
from sentinelle.classifiers.extractors._common import decode_text, normalise_text
from sentinelle.classifiers.parse import parse_message
from tests import extract_fixtures as fx
from tests.extract_fixtures import NAM, PATIENT, run, texts

HEAD = "From: Dre Exemple <medecin@clinique.example>\r\nTo: <p@externe.example>\r\nSubject: Suivi\r\n"
SPACED_NAM = f"{NAM[:4]} {NAM[4:8]} {NAM[8:]}"





def findings(raw: bytes) -> set[str]:
    inspection = Classifier(ClassifierConfig(scoring=Scoring(ner=False)), None).inspect(parse_message(raw))
    return {f.type for f in inspection.findings}


@pytest.mark.parametrize(("delsp", "body", "expected"), [
    ("no", f"Le NAM est {NAM[:4]} \r\n{NAM[4:8]} {NAM[8:]}.\r\n", f"Le NAM est {SPACED_NAM}."),
    ("yes", f"Le NAM est {NAM[:6]} \r\n{NAM[6:]}.\r\n", f"Le NAM est {NAM}."),
    ("no", f"> cite {NAM[:4]} \r\n> {NAM[4:]}\r\n", f"> cite {NAM[:4]} {NAM[4:]}"),
])
def test_format_flowed_is_unfolded(delsp: str, body: str, expected: str) -> None:
    raw = (HEAD + f"Content-Type: text/plain; charset=utf-8; format=flowed; delsp={delsp}\r\n\r\n" + body).encode()
    assert texts(run(raw))["body"].splitlines()[0] == expected
    assert "ramq_nam" in findings(raw)


def test_flowed_signature_separator_and_hard_breaks_stay() -> None:
    raw = (HEAD + "Content-Type: text/plain; format=flowed\r\n\r\nligne un\r\nligne deux \r\nsuite\r\n-- \r\n"
           "Dre Exemple\r\n").encode()
    assert texts(run(raw))["body"] == "ligne un\nligne deux suite\n-- \nDre Exemple\n"


@pytest.mark.parametrize("disguised", [
    f"{NAM[:4]}\u200b{NAM[4:8]}\u200d{NAM[8:]}",  # zero-width space and joiner
    f"{NAM[:4]}\u00ad{NAM[4:]}",  # soft hyphen
    f"{NAM[:4]}\u202f{NAM[4:8]}\u00a0{NAM[8:]}",  # narrow no-break and no-break spaces
    f"{NAM[:4]}\u2009{NAM[4:8]}\u3000{NAM[8:]}",  # thin and ideographic spaces
    "".join(chr(ord(c) + 0xFEE0) for c in NAM),  # full-width letters and digits
])
def test_invisible_characters_and_unicode_spaces_do_not_hide_an_identifier(disguised: str) -> None:
    raw = (HEAD + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + f"NAM : {disguised}\r\n").encode()
    assert "ramq_nam" in findings(raw)


def test_normalise_text_table() -> None:
    assert normalise_text("a\r\nb\rc") == "a\nb\nc"
    assert normalise_text("x\u2060y\ufeffz\u202ew") == "xyzw"
    assert normalise_text("m² ½ ﬁ") == "m² ½ ﬁ"  # not NFKC: these stay as they are
    assert normalise_text("ＮＡＭ：") == "NAM:"
    # a long run of full-width digits stays as typed: its spelling is evidence of a disguise
    assert normalise_text("ＮＩＲ ２４６０３６２３３７４９６６１ ＭＲ") == "NIR ２４６０３６２３３７４９６６１ MR"
    assert normalise_text("K ５,９ le ２０２６") == "K 5,9 le 2026"  # short runs (values, dates) become ASCII


def test_a_full_width_identifier_is_disguised_without_a_context_word() -> None:
    nir = "".join(chr(ord(c) + 0xFEE0) for c in "246036233749661")
    raw = (HEAD + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
           + f"Numéro ci-dessous :\r\n{nir}\r\nc'est pour MEUNIER, pyélonéphrite aiguë.\r\n").encode()
    inspection = Classifier(ClassifierConfig(scoring=Scoring(ner=False)), None).inspect(parse_message(raw))
    assert any(f.type == "fr_nir" and f.confidence >= 0.9 and "full-width" in f.explanation
               for f in inspection.findings)


def test_utf8_labelled_latin1_is_repaired() -> None:
    assert decode_text("Hélène Côté".encode(), "iso-8859-1") == "Hélène Côté"
    assert decode_text("Hélène Côté".encode("latin-1"), "iso-8859-1") == "Hélène Côté"


def eml_bytes() -> bytes:
    inner = (f"From: Dre Autre <a@clinique.example>\r\nSubject: Dossier {PATIENT}\r\nMIME-Version: 1.0\r\n"
             "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
             + base64.encodebytes(f"NAM {NAM}, suivi diabète".encode()).decode())
    return inner.encode()


@pytest.mark.parametrize(("name", "ctype"), [("fwd.eml", "application/octet-stream"),
                                             ("message.txt", "text/plain"), ("sans-nom", "application/octet-stream")])
def test_an_attached_eml_file_is_read_as_mail(name: str, ctype: str) -> None:
    raw = fx.message(fx.text_part("Voir le courriel"), fx.attachment(eml_bytes(), name, ctype))
    found = texts(run(raw))
    assert found[f"attachment:{name}/subject"] == f"Dossier {PATIENT}"
    assert found[f"attachment:{name}/body"] == f"NAM {NAM}, suivi diabète"  # base64 body decoded


def test_a_zipped_eml_is_read_as_mail() -> None:
    archive = fx.zip_of({"courriels/fwd.eml": eml_bytes()})
    found = texts(run(fx.message(fx.attachment(archive, "a.zip", "application/zip"))))
    assert found["attachment:a.zip/courriels/fwd.eml/body"] == f"NAM {NAM}, suivi diabète"


def test_attachment_file_names_are_text() -> None:
    name = f"{PATIENT}_Zoubida_NAM_{NAM}.pdf"
    part = MIMEApplication(b"%PDF-1.4 nothing", "pdf")
    part.add_header("Content-Disposition", "attachment", filename=name)
    raw = fx.message(fx.text_part("Ci-joint"), part,
                     fx.attachment(fx.zip_of({f"resultats_{PATIENT}.txt": "ok"}), "a.zip", "application/zip"))
    found = texts(run(raw))
    assert found[f"filename:{name}"] == f"{PATIENT} Zoubida NAM {NAM}.pdf"
    assert found[f"filename:a.zip/resultats_{PATIENT}.txt"] == f"resultats {PATIENT}.txt"
    assert "ramq_nam" in findings(raw)  # a NAM only in a file name is found
