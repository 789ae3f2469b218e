"""Issue #14: OCR of scanned documents and images in the attachment sandbox (docs/ocr.md).

Real Tesseract (tesserocr with Debian's fra/eng data) in the real sandbox workers, on synthetic scans
generated here (tests/ocr_fixtures.py). Findings are checked through the patterns-only classifier
(no NER: fast and deterministic), as the proxy computes them."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator

import extract_fixtures as fx
import ocr_fixtures as scans
import pytest

from sentinelle.classifiers.config import ClassifierConfig, Limits, Ocr, Scoring
from sentinelle.classifiers.engine import Classifier
from sentinelle.classifiers.extract import UNINSPECTABLE_CAUSES, Extraction, extract, parse_message, shutdown_sandbox
from sentinelle.classifiers.types import DIAGNOSIS, PATIENT_NAME, RAMQ_NAM, UNINSPECTABLE, Inspection


@pytest.fixture(scope="module", autouse=True)
def _workers() -> Iterator[None]:
    yield
    shutdown_sandbox()


def extracted(raw: bytes, ocr: Ocr | None = None) -> Extraction:
    return extract(parse_message(raw), Limits(), ocr=ocr or Ocr())


def inspected(raw: bytes, ocr: Ocr | None = None) -> Inspection:
    config = ClassifierConfig(scoring=Scoring(ner=False), ocr=ocr or Ocr())
    return Classifier(config, None).inspect(parse_message(raw))


def causes(result: Extraction | Inspection) -> dict[str, str]:
    return {f.location: f.excerpt for f in result.findings if f.type == UNINSPECTABLE}


def with_attachment(data: bytes, name: str, ctype: str) -> bytes:
    return fx.message(fx.text_part("Bonjour, voir la pièce jointe."), fx.attachment(data, name, ctype))


def test_scanned_referral_as_image_only_pdf_is_confidential_with_masked_excerpts() -> None:
    page = scans.scan(scans.REFERRAL)
    result = inspected(with_attachment(scans.image_only_pdf(page), "reference.pdf", "application/pdf"))
    assert result.confidential
    where = {f.type: f for f in result.findings if f.location == "attachment:reference.pdf"}
    assert {RAMQ_NAM, PATIENT_NAME, DIAGNOSIS} <= set(where), result.findings
    nam = where[RAMQ_NAM]
    assert scans.NAM not in nam.excerpt and scans.NAM[4:8] not in nam.excerpt  # masked, never the value
    assert "Tremblayfictif" not in where[PATIENT_NAME].excerpt
    assert causes(result) == {}


@pytest.mark.parametrize("kind", ["PNG", "JPEG", "GIF", "BMP", "WEBP", "AVIF"])
def test_each_image_format_is_read(kind: str) -> None:
    page = scans.scan(scans.REFERRAL[1:3], rotate=-2.0)
    name = f"scan.{kind.lower()}"
    result = extracted(with_attachment(scans.encoded(page, kind), name, f"image/{kind.lower()}"))
    assert "TREZ" in fx.texts(result)[f"attachment:{name}"]
    assert causes(result) == {}


def test_noisy_rotated_jpeg_photo_of_a_referral_is_confidential() -> None:
    page = scans.scan(scans.REFERRAL, rotate=3.0, seed=11)
    result = inspected(with_attachment(scans.jpeg(page, quality=40), "photo.jpg", "image/jpeg"))
    assert result.confidential
    assert any(f.type == RAMQ_NAM and f.location == "attachment:photo.jpg" for f in result.findings)


def test_scanned_invoice_without_patient_data_is_not_confidential_and_fully_inspected() -> None:
    result = inspected(with_attachment(scans.image_only_pdf(scans.scan(scans.INVOICE)), "facture.pdf",
                                       "application/pdf"))
    assert not result.confidential
    assert causes(result) == {}
    text = fx.texts(extracted(with_attachment(scans.image_only_pdf(scans.scan(scans.INVOICE)), "facture.pdf",
                                              "application/pdf")))["attachment:facture.pdf"]
    assert "Facture" in text and "358,62" in text


def test_photo_without_text_is_uninspectable_by_default_and_inspected_when_the_policy_says_so() -> None:
    raw = with_attachment(scans.photo(), "plaie.jpg", "image/jpeg")
    assert causes(extracted(raw)) == {"attachment:plaie.jpg": "image_only"}
    assert causes(extracted(raw, Ocr(images_without_text="inspected"))) == {}
    assert not inspected(raw, Ocr(images_without_text="inspected")).confidential


def test_ocr_disabled_leaves_images_and_scans_image_only_unread() -> None:
    off = Ocr(enabled=False)
    image = extracted(with_attachment(scans.jpeg(scans.scan(scans.REFERRAL)), "scan.jpg", "image/jpeg"), off)
    pdf = extracted(with_attachment(scans.image_only_pdf(scans.scan(scans.REFERRAL)), "scan.pdf", "application/pdf"),
                    off)
    assert causes(image) == {"attachment:scan.jpg": "image_only"}
    assert causes(pdf) == {"attachment:scan.pdf": "image_only"}
    assert "attachment:scan.jpg" not in fx.texts(image) and "attachment:scan.pdf" not in fx.texts(pdf)


def test_mixed_pdf_keeps_its_text_layer_and_reads_the_scanned_page() -> None:
    typed = "Compte rendu dactylographie\n" + "Texte de la page une, assez long pour une vraie page. " * 3
    data = scans.mixed_pdf(typed, scans.scan(scans.REFERRAL[1:3]))
    result = extracted(with_attachment(data, "dossier.pdf", "application/pdf"))
    text = fx.texts(result)["attachment:dossier.pdf"]
    assert text.index("Compte rendu dactylographie") < text.index("TREZ")  # page order kept
    assert causes(result) == {}


def test_multi_page_tiff_pages_are_read_and_pages_past_the_limit_are_page_limit() -> None:
    pages = [scans.scan((f"Page {n} : Facture {n}187 fournitures",), seed=n) for n in (1, 2, 3)]
    raw = with_attachment(scans.tiff(*pages), "lot.tiff", "image/tiff")
    everything = extracted(raw)
    assert all(f"{n}187" in fx.texts(everything)["attachment:lot.tiff"] for n in (1, 2, 3))
    limited = extracted(raw, Ocr(max_pages=2))
    assert causes(limited) == {"attachment:lot.tiff": "page_limit"}
    text = fx.texts(limited)["attachment:lot.tiff"]
    assert "1187" in text and "2187" in text and "3187" not in text  # pages 1-2 still read


def test_pdf_with_more_scanned_pages_than_the_limit_is_page_limit() -> None:
    data = scans.image_only_pdf(scans.scan(scans.INVOICE), scans.scan(scans.REFERRAL))
    result = extracted(with_attachment(data, "lot.pdf", "application/pdf"), Ocr(max_pages=1))
    assert causes(result) == {"attachment:lot.pdf": "page_limit"}
    assert "Facture" in fx.texts(result)["attachment:lot.pdf"]


def test_pixel_bomb_png_is_pixel_limit_quickly_without_decoding() -> None:
    bomb = scans.png_bomb()
    assert len(bomb) < 20_000  # 10^10 one-bit pixels declared: 1.25 GB once decoded
    started = time.monotonic()
    result = extracted(with_attachment(bomb, "bombe.png", "image/png"))
    elapsed = time.monotonic() - started
    # pixel_limit, not size_limit: the worker's memory limit was never reached (nothing was decoded).
    assert causes(result) == {"attachment:bombe.png": "pixel_limit"}
    assert elapsed < 30  # generous: only guards against decoding; speed is measured in bench/
    just_over = extracted(with_attachment(scans.png_bomb(5001, 5000), "grand.png", "image/png"),
                          Ocr(max_pixels_per_page=25_000_000))
    assert causes(just_over) == {"attachment:grand.png": "pixel_limit"}


def test_pdf_page_too_large_at_the_configured_dpi_is_pixel_limit() -> None:
    result = extracted(with_attachment(scans.huge_page_pdf(), "affiche.pdf", "application/pdf"))
    assert causes(result) == {"attachment:affiche.pdf": "pixel_limit"}


def test_ocr_seconds_per_message_spent_makes_the_rest_timeout() -> None:
    raw = fx.message(fx.attachment(scans.jpeg(scans.scan(scans.INVOICE)), "a.jpg", "image/jpeg"),
                     fx.attachment(scans.jpeg(scans.scan(scans.REFERRAL)), "b.jpg", "image/jpeg"))
    result = extracted(raw, Ocr(max_seconds_per_message=0.001))
    found = causes(result)
    assert found.get("attachment:b.jpg") == "timeout"
    assert set(found.values()) == {"timeout"}


def test_heic_phone_photo_is_read_and_a_broken_one_is_corrupt() -> None:
    heic = scans.encoded(scans.scan(scans.REFERRAL[1:3]), "HEIF")
    assert heic[4:12] in (b"ftypheic", b"ftypheix")
    result = extracted(with_attachment(heic, "IMG_0042.HEIC", "image/heic"))
    assert "TREZ" in fx.texts(result)["attachment:IMG_0042.HEIC"]
    assert causes(result) == {}
    broken = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
    result = extracted(with_attachment(broken, "photo.heic", "image/heic"))
    assert causes(result) == {"attachment:photo.heic": "corrupt"}


def test_small_inline_logo_is_still_skipped_unread() -> None:
    from email.mime.multipart import MIMEMultipart

    related = MIMEMultipart("related")
    related.attach(fx.text_part('<p>Signature</p><img src="cid:logo">', "html"))
    logo = fx.attachment(scans.encoded(scans.scan(("Clinique Exemple",), width=300), "PNG"), "logo.png", "image/png")
    del logo["Content-Disposition"]
    logo.add_header("Content-ID", "<logo>")
    related.attach(logo)
    result = extracted(fx.message(related))
    assert causes(result) == {}
    assert not any(s.location.startswith("attachment:logo.png") for s in result.segments)


def test_new_causes_are_in_the_vocabulary() -> None:
    assert {"pixel_limit", "page_limit"} <= set(UNINSPECTABLE_CAUSES)


def test_dark_text_on_a_transparent_png_is_read_as_a_viewer_shows_it() -> None:
    from PIL import Image, ImageDraw, ImageFont

    picture = Image.new("RGBA", (900, 120), (0, 0, 0, 0))
    ImageDraw.Draw(picture).text((20, 40), "Facture 2026-1187 fournitures", font=ImageFont.truetype(scans.FONT, 30),
                                 fill=(0, 0, 0, 255))
    out = io.BytesIO()
    picture.save(out, "PNG")
    result = extracted(with_attachment(out.getvalue(), "transparent.png", "image/png"))
    assert "1187" in fx.texts(result)["attachment:transparent.png"]
    assert causes(result) == {}


def test_a_large_phone_photo_under_the_pixel_limit_is_scaled_down_and_read() -> None:
    """20 megapixels: decoded (JPEG at a reduced scale), scaled to what OCR needs; it crashed Tesseract
    under the worker's memory limit when read at full size."""
    from PIL import Image

    page = scans.scan(scans.REFERRAL)
    photo = Image.new("L", (5000, 4000), 235)
    photo.paste(page.resize((page.width * 4, page.height * 4)), (150, 900))
    result = extracted(with_attachment(scans.jpeg(photo, quality=80), "IMG_2041.jpg", "image/jpeg"))
    assert causes(result) == {}
    assert "TREZ" in fx.texts(result)["attachment:IMG_2041.jpg"]


def test_a_stopped_worker_is_charged_its_wall_clock_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed at its limit reports no OCR seconds: the time it took still counts."""
    from sentinelle.classifiers import extract as extract_module
    from sentinelle.classifiers.extractors._common import Output, problem_output

    def stopped(target: str, data: bytes, budget: object, **kwargs: object) -> Output:
        time.sleep(0.3)
        return problem_output("timeout", "parser exceeded its time limit and was stopped")

    monkeypatch.setattr(extract_module.sandbox, "run", stopped)
    raw = fx.message(fx.attachment(scans.jpeg(scans.scan(scans.INVOICE)), "a.jpg", "image/jpeg"),
                     fx.attachment(scans.jpeg(scans.scan(scans.INVOICE)), "b.jpg", "image/jpeg"))
    result = extracted(raw, Ocr(max_seconds_per_message=0.2))
    explanations = {f.location: f.explanation for f in result.findings}
    assert explanations["attachment:b.jpg"].startswith("OCR time budget of the message spent")


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_a_referral_scanned_sideways_or_upside_down_is_turned_and_read(degrees: int) -> None:
    """Read as it lies, a turned page is confident-looking garbage that hides the NAM: Tesseract's
    orientation detection turns it upright first."""
    page = scans.scan(scans.REFERRAL).rotate(degrees, expand=True, fillcolor=250)
    result = inspected(with_attachment(scans.jpeg(page), "fax.jpg", "image/jpeg"))
    assert result.confidential
    assert any(f.type == RAMQ_NAM and f.location == "attachment:fax.jpg" for f in result.findings)
    assert causes(result) == {}
