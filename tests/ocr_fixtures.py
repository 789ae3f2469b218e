"""Synthetic scans for the OCR tests: text rendered with Pillow and the DejaVu font, speckled,
rotated a few degrees and JPEG-compressed, as a scanner or a phone would deliver it. All data is
synthetic (the NAM is valid by the INSPQ rule, computed, and belongs to nobody)."""

from __future__ import annotations

import io
import random
import struct
import zlib

from PIL import Image, ImageDraw, ImageFont

from sentinelle.classifiers.identifiers import ramq_nam

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PATIENT = "Zoubida Tremblayfictif"
NAM = "TREZ8001011" + ramq_nam.calc_check_digit("TREZ8001011")
REFERRAL = (
    "Centre hospitalier fictif - Demande de consultation",
    f"Patiente : Mme {PATIENT}",
    f"NAM : {ramq_nam.format(NAM)}",
    "Diagnostic : diabète de type 2, insuffisance rénale chronique",
    "Merci de voir cette patiente en endocrinologie.",
)
INVOICE = (
    "Fournitures Exemple inc. - Facture 2026-1187",
    "Gants de nitrile, boîte de 100 : 24 unités",
    "Sous-total : 312,00 $   TPS : 15,60 $",
    "Total à payer : 358,62 $ (net 30 jours)",
)


def scan(lines: tuple[str, ...], *, width: int = 1100, rotate: float = 1.5, seed: int = 7) -> Image.Image:
    """A grey page with ``lines`` of text, speckle noise, rotated by ``rotate`` degrees."""
    font = ImageFont.truetype(FONT, 26)
    page = Image.new("L", (width, 90 + 48 * len(lines)), 250)
    draw = ImageDraw.Draw(page)
    for number, line in enumerate(lines):
        draw.text((40, 40 + 48 * number), line, font=font, fill=25)
    page = page.rotate(rotate, expand=True, fillcolor=250, resample=Image.Resampling.BICUBIC)
    speckle = random.Random(seed)
    pixels = page.load()
    assert pixels is not None
    for _ in range(page.width * page.height // 200):
        pixels[speckle.randrange(page.width), speckle.randrange(page.height)] = speckle.choice((0, 120, 255))
    return page


def jpeg(page: Image.Image, quality: int = 55) -> bytes:
    out = io.BytesIO()
    page.convert("RGB").save(out, "JPEG", quality=quality)
    return out.getvalue()


def image_only_pdf(*pages: Image.Image, resolution: float = 150.0) -> bytes:
    """A PDF whose pages are pictures only (no text layer), as a scanner writes it."""
    out = io.BytesIO()
    first, *rest = [Image.open(io.BytesIO(jpeg(p))) for p in pages]
    first.save(out, "PDF", resolution=resolution, save_all=True, append_images=rest)
    return out.getvalue()


def tiff(*pages: Image.Image) -> bytes:
    out = io.BytesIO()
    first, *rest = pages
    first.save(out, "TIFF", save_all=True, append_images=list(rest), compression="tiff_deflate")
    return out.getvalue()


def encoded(page: Image.Image, kind: str) -> bytes:
    if kind == "HEIF":
        import pillow_heif

        pillow_heif.register_heif_opener()
    out = io.BytesIO()
    page.convert("RGB" if kind in ("JPEG", "BMP", "WEBP", "HEIF", "AVIF") else "L").save(out, kind)
    return out.getvalue()


def photo(seed: int = 3, size: tuple[int, int] = (640, 480)) -> bytes:
    """A photograph without any text (a wound, a skin lesion): smooth shades and blobs, JPEG."""
    rnd = random.Random(seed)
    picture = Image.new("RGB", size, (196, 150, 128))
    draw = ImageDraw.Draw(picture)
    for _ in range(40):
        x, y = rnd.randrange(size[0]), rnd.randrange(size[1])
        radius = rnd.randrange(20, 140)
        shade = (rnd.randrange(90, 230), rnd.randrange(40, 160), rnd.randrange(40, 140))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=shade)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=70)
    return out.getvalue()


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A valid-looking PNG of about a kilobyte declaring ``width`` x ``height`` one-bit pixels."""
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + _chunk(b"IDAT", zlib.compress(row * 8, 9)) + _chunk(b"IEND", b""))


def huge_page_pdf(inches: int = 200) -> bytes:
    """A PDF whose one page (no text) is ``inches`` square: 40,000 x 40,000 pixels at 200 DPI."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(inches * 72, inches * 72))
    page.rect(100, 100, 2000, 2000, fill=1)
    page.save()
    return out.getvalue()


def mixed_pdf(text: str, scanned: Image.Image) -> bytes:
    """Page 1 with a text layer, page 2 a scanned picture."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas

    typed = io.BytesIO()
    page = canvas.Canvas(typed)
    lines = page.beginText(60, 780)
    for line in text.splitlines():
        lines.textLine(line)
    page.drawText(lines)
    page.save()
    writer = PdfWriter()
    for source in (typed.getvalue(), image_only_pdf(scanned)):
        for pdf_page in PdfReader(io.BytesIO(source)).pages:
            writer.add_page(pdf_page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
