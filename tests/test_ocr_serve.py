"""Issue #14 with real peers: the OCR policy keys through ``policy check``, start-up refused when a
Tesseract language is missing, and a live ``sentinelle serve`` (shipped policy: OCR on, real spaCy
model, real gpg keyring, audit file) fed by a real SMTP client (smtplib), with an aiosmtpd sink as
next hop: a scanned referral to an outside recipient without a key is refused with a bilingual,
content-free notification; a scanned invoice to the same recipient is delivered untouched."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from email import policy as email_policy
from email.message import EmailMessage
from pathlib import Path

import ocr_fixtures as scans
import pytest
from conftest import RunningSink, free_port
from policy_e2e_support import (
    REPO,
    SENDER,
    UNKEYED,
    Serve,
    assert_bilingual_refusal,
    message_id,
    notification_text,
    sentinelle,
    serving,
    shipped_policy,
    smtp_send,
    split_added_headers,
)

from sentinelle.classifiers.config import ClassifierConfig, Ocr, Scoring
from sentinelle.classifiers.engine import Classifier
from sentinelle.classifiers.extractors.ocr import OcrNotInstalled
from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text
from sentinelle.proxy.policy.schema import PolicyError

MISSING_LANGUAGE = 'languages = ["fra", "eng"]'


def policy_errors(text: str) -> tuple[str, ...]:
    with pytest.raises(PolicyError) as caught:
        parse_policy(text.encode())
    return caught.value.errors


def test_shipped_policy_enables_ocr_with_french_and_english_and_fails_closed_on_images_without_text() -> None:
    shipped = parse_policy(shipped_policy_text().encode()).classifiers.ocr
    assert shipped == Ocr()  # the file's values are the code's defaults
    assert shipped.enabled and shipped.languages == ("fra", "eng")
    assert shipped.images_without_text == "uninspectable"


@pytest.mark.parametrize(("policy", "error"), [
    ('[classifiers]\nimages_without_text = "ignored"\n',
     "classifiers.images_without_text: expected one of uninspectable, inspected, got 'ignored'"),
    ("[classifiers.ocr]\nmax_pages = 0\n", "classifiers.ocr.max_pages: must be greater than 0"),
    ("[classifiers.ocr]\nmax_pixels_per_page = -1\n", "classifiers.ocr.max_pixels_per_page: must be greater than 0"),
    ("[classifiers.ocr]\ndpi = 20\n", "classifiers.ocr.dpi: must be between 50 and 600"),
    ("[classifiers.ocr]\nmax_seconds_per_message = 0\n",
     "classifiers.ocr.max_seconds_per_message: must be greater than 0"),
    ("[classifiers.ocr]\nenabled = \"yes\"\n", "classifiers.ocr.enabled: expected a boolean"),
    ("[classifiers.ocr]\nlanguage = [\"fra\"]\n", "classifiers.ocr.language: unknown key"),
    ("[classifiers.ocr]\nlanguages = [\"fra\", \"../x\"]\n",
     "classifiers.ocr.languages: '../x' is not a Tesseract language name (e.g. fra)"),
])
def test_bad_ocr_keys_are_named(policy: str, error: str) -> None:
    errors = policy_errors('[audit]\npath = "-"\n' + policy)
    assert any(e.startswith(error) for e in errors), errors


def test_a_missing_language_is_refused_unless_ocr_is_disabled() -> None:
    [error] = policy_errors('[classifiers.ocr]\nlanguages = ["fra", "deu"]\n')
    assert error.startswith("classifiers.ocr.languages: Tesseract data for 'deu' is not installed")
    assert "apt-get install tesseract-ocr-deu" in error and "enabled = false" in error
    assert not parse_policy(b'[classifiers.ocr]\nenabled = false\nlanguages = ["deu"]\n').classifiers.ocr.enabled


def test_a_tessdata_directory_without_orientation_data_is_refused(tmp_path: Path) -> None:
    for language in ("fra", "eng"):
        (tmp_path / f"{language}.traineddata").write_bytes(b"synthetic")
    [error] = policy_errors(f'[classifiers.ocr]\ntessdata = "{tmp_path}"\n')
    assert error.startswith(f"classifiers.ocr.tessdata: {tmp_path}/osd.traineddata is missing")
    assert "apt-get install tesseract-ocr-osd" in error


def test_classifier_load_refuses_a_missing_language(tmp_path: Path) -> None:
    """The classifier's own check (tesserocr's view of the data directory), as serve and check load it."""
    config = ClassifierConfig(scoring=Scoring(ner=False), ocr=Ocr(tessdata=str(tmp_path)))
    with pytest.raises(OcrNotInstalled,
                       match=r"no data for fra, eng, osd in .* tesseract-ocr-fra tesseract-ocr-eng tesseract-ocr-osd"):
        Classifier.load(config)
    Classifier.load(ClassifierConfig(scoring=Scoring(ner=False)))  # the installed data: loads


def test_policy_check_and_serve_fail_with_exit_1_when_a_language_is_missing(tmp_path: Path) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(shipped_policy({MISSING_LANGUAGE: 'languages = ["fra", "deu"]'}), encoding="utf-8")
    check = sentinelle("policy", "check", str(policy), cwd=tmp_path)
    assert check.returncode == 1
    assert "Tesseract data for 'deu' is not installed" in check.stderr
    port = free_port()
    serve = subprocess.run(
        [sys.executable, "-m", "sentinelle.proxy", "serve", "--policy", str(policy), "--listen", f"127.0.0.1:{port}",
         "--metrics", ""], cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True,
        text=True, timeout=120, check=False)
    assert serve.returncode == 1  # "a start-up failure (serve)" in the exit-code table
    assert "Tesseract data for 'deu' is not installed" in serve.stderr


# --- the live proxy ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, module_sink: RunningSink) -> Iterator[Serve]:
    base = tmp_path_factory.mktemp("ocr-serve")
    keyring = base / "gnupg"
    keyring.mkdir(mode=0o700)  # a real, empty gateway keyring: no recipient has a key
    yield from serving(base / "serve", next_hop=module_sink.address, keyring=keyring)


def scanned_mail(mid: str, name: str, pdf: bytes) -> bytes:
    message = EmailMessage()
    message["From"] = f"Dre Gagnon <{SENDER}>"
    message["To"] = UNKEYED
    message["Subject"] = "Document numérisé"
    message["Date"] = "Thu, 03 Dec 2026 10:00:00 -0500"
    message["Message-ID"] = mid
    message.set_content("Bonjour,\n\nCi-joint le document numérisé.\n")
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=name)
    return message.as_bytes(policy=email_policy.SMTP)


def test_live_server_refuses_a_scanned_referral_to_an_outside_recipient_without_a_key(
        server: Serve, module_sink: RunningSink) -> None:
    sink = module_sink.emptied()
    mid = message_id("ocr-referral")
    original = scanned_mail(mid, "reference.pdf", scans.image_only_pdf(scans.scan(scans.REFERRAL)))
    code, reply = smtp_send(server.port, SENDER, [UNKEYED], original)
    assert code == 250, reply
    [notice] = sink.sink.wait_for(1, timeout=10)
    assert notice.mail_from == "<>" and notice.rcpt_tos == (SENDER,)  # only the notification left
    text = notification_text(notice.data)
    assert_bilingual_refusal(text, {UNKEYED: "no_key"}, mid)
    assert "numéro d'assurance maladie (RAMQ)" in text
    for leaked in (scans.NAM, scans.NAM[4:8], "Tremblayfictif", "diabète"):
        assert leaked not in text and leaked.encode() not in notice.data
    [entry] = server.audit_entries(mid)
    assert (entry["action"], entry["rule"]) == ("reject", "no_key")
    assert entry["confidential"] is True and "ramq_nam" in entry["finding_types"]  # type: ignore[operator]
    assert scans.NAM not in server.audit.read_text(encoding="utf-8")


def test_live_server_delivers_a_scanned_invoice_to_an_outside_recipient(server: Serve,
                                                                       module_sink: RunningSink) -> None:
    sink = module_sink.emptied()
    mid = message_id("ocr-invoice")
    original = scanned_mail(mid, "facture.pdf", scans.image_only_pdf(scans.scan(scans.INVOICE)))
    code, reply = smtp_send(server.port, SENDER, [UNKEYED], original)
    assert code == 250, reply
    [copy] = sink.sink.wait_for(1, timeout=10)
    assert copy.rcpt_tos == (UNKEYED,)
    assert split_added_headers(copy.data)[1] == original  # untouched after Sentinelle's own fields
    [entry] = server.audit_entries(mid)
    assert entry["action"] == "deliver" and entry["confidential"] is False
    assert "uninspectable" not in entry["finding_types"]  # type: ignore[operator]
