"""OCR of images and scanned PDF pages with Tesseract (runs in a sandbox worker; docs/ocr.md).

One ``tesserocr`` API per worker process, created on first use and kept: the language models load
once (about 0.1 s), not per page. Every page's size is read from the file header before any pixel
is decoded, so a small file declaring a huge picture (a decompression bomb) costs nothing: it is
``pixel_limit``. Pages past ``OcrJob.max_pages`` are ``page_limit``, pages left when the OCR
seconds run out are ``timeout``: nothing past a limit is silently skipped.

OCR text is repaired where an identifier's check digit confirms a reading with the usual OCR
confusions (``classifiers.identifiers.ocr_repair``) and then goes to the same recognizers as any
text. An image in which OCR finds no text is ``image_only`` unless the policy says such images
count as inspected (``classifiers.images_without_text``); a blank page (no ink at all) is nothing.
"""

from __future__ import annotations

import io
import math
import os
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

# Tesseract's OpenMP threads would compete with the other workers for the same cores (and each
# reserves address space under the worker's RLIMIT_AS): one thread per worker, many workers.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from PIL import Image, ImageSequence, ImageStat

from sentinelle.classifiers.extractors._common import (
    CORRUPT,
    IMAGE_ONLY,
    PAGE_LIMIT,
    PIXEL_LIMIT,
    TIMEOUT,
    Budget,
    Output,
    Piece,
    Problem,
    clip,
)
from sentinelle.classifiers.identifiers.ocr_repair import repair

# A word counts as read when Tesseract is at least this confident and it has two letters or digits:
# on a photograph Tesseract "reads" specks and edges as low-confidence one-character words.
WORD_MIN_CONFIDENCE = 60
TEXT_MIN_WORDS = 2
# A page whose pixels are (almost) all one shade carries nothing to read (blank scanned back pages).
BLANK_MAX_INK_SHARE = 0.001
_INK_DISTANCE = 32
# Tesseract (Leptonica) works on several copies of a page: an A4 page at 300 DPI (8.7 megapixels)
# peaked at 268 MB in a worker, a 25-megapixel photograph crashed it under the 512 MB limit. Larger
# pages (phone photos, posters) are scaled down to this many pixels first: their text stays legible.
OCR_MAX_PIXELS = 9_000_000
# A page scanned sideways or upside down is read as confident-looking garbage (mean word confidence
# 40-49 measured, 90-93 upright): below REORIENT_BELOW Tesseract's orientation detection (osd) is
# asked, and the page read again turned upright. Text still below UNRELIABLE_BELOW after that was
# not really read: the page counts as a picture without text (its text goes to the recognizers too).
REORIENT_BELOW = 70
UNRELIABLE_BELOW = 55
OSD_LANGUAGE = "osd"


@dataclass(frozen=True, slots=True)
class OcrJob:
    """What one worker call may do (from ``classifiers.config.Ocr`` and the message's OCR budget)."""

    languages: str  # Tesseract's "fra+eng"
    tessdata: str
    max_pages: int
    max_pixels_per_page: int
    dpi: int
    seconds: float  # OCR time left for this call
    no_text_uninspectable: bool  # classifiers.images_without_text == "uninspectable"


_API: dict[tuple[str, str], Any] = {}


class OcrNotInstalled(RuntimeError):
    """OCR is enabled but Tesseract (tesserocr) or a language's data is missing (never downloaded)."""


def check_installed(languages: tuple[str, ...], tessdata: str) -> None:
    """Raise ``OcrNotInstalled`` unless tesserocr loads and has every language in ``tessdata``."""
    try:
        import tesserocr
    except ImportError as exc:
        raise OcrNotInstalled(f"OCR is enabled but tesserocr cannot be loaded ({exc}); install it "
                              "(pip install tesserocr) or set [classifiers.ocr] enabled = false") from None
    _, installed = tesserocr.get_languages(tessdata.rstrip("/") + "/")
    missing = [language for language in (*languages, OSD_LANGUAGE) if language not in installed]
    if missing:
        packages = " ".join(f"tesseract-ocr-{m.lower()}" for m in missing)
        raise OcrNotInstalled(f"OCR is enabled but Tesseract has no data for {', '.join(missing)} in {tessdata} "
                              f"(apt-get install {packages}, or set [classifiers.ocr] enabled = false)")


def _api(tessdata: str, languages: str) -> Any:
    """The worker's Tesseract API for ``languages`` (``OSD_LANGUAGE``: orientation detection only)."""
    key = (tessdata, languages)
    if key not in _API:
        import tesserocr

        if len(_API) > 2:
            _API.clear()
        psm = tesserocr.PSM.OSD_ONLY if languages == OSD_LANGUAGE else tesserocr.PSM.AUTO
        api = tesserocr.PyTessBaseAPI(path=tessdata.rstrip("/") + "/", lang=languages, psm=psm)
        # Tesseract's own messages ("Estimating resolution as ...") would go to the proxy's stderr.
        api.SetVariable("debug_file", "/dev/null")
        _API[key] = api
    return _API[key]


@dataclass(slots=True)
class _Reading:
    """Accumulates the pages of one document."""

    job: OcrJob
    deadline: float
    started: float
    texts: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    pages_without_text: list[int] = field(default_factory=list)  # pages with ink where OCR found none

    def over(self, number: int, total: int | None) -> bool:
        """True (and the rest reported) when page ``number`` (1-based) may not be read."""
        rest = f"pages {number}-{total}" if total and total > number else f"page {number} onwards"
        if number > self.job.max_pages:
            self.problems.append(Problem(PAGE_LIMIT, f"{rest} not read: more than {self.job.max_pages} pages to OCR "
                                                     "(classifiers.ocr.max_pages)"))
            return True
        if time.monotonic() >= self.deadline:
            self.problems.append(Problem(TIMEOUT, f"{rest} not read: OCR time budget spent "
                                                  "(classifiers.ocr.max_seconds_per_message)"))
            return True
        return False

    def too_large(self, number: int, width: int, height: int) -> bool:
        if width * height <= self.job.max_pixels_per_page:
            return False
        limit = self.job.max_pixels_per_page
        self.problems.append(Problem(PIXEL_LIMIT, f"page {number}: {width}x{height} pixels, more than {limit} "
                                                  "(classifiers.ocr.max_pixels_per_page)"))
        return True

    def read(self, number: int, picture: Image.Image) -> str:
        """OCR one decoded page; its text ('' for none)."""
        if picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info:
            # Viewers show transparent pixels over a light background; converted as is they turn
            # black, and dark text on them disappears.
            rgba = picture.convert("RGBA")
            picture = Image.alpha_composite(Image.new("RGBA", rgba.size, (255, 255, 255, 255)), rgba)
        gray = _fit(picture.convert("L"))
        if _blank(gray):
            return ""
        reading = self._recognize(gray)
        if reading is None:
            self.problems.append(Problem(TIMEOUT, f"page {number} not read: OCR time budget spent "
                                                  "(classifiers.ocr.max_seconds_per_message)"))
            return ""
        text, confidence, words = reading
        if text.strip() and confidence < REORIENT_BELOW:
            turned = self._upright(gray)
            again = self._recognize(turned) if turned is not None else None
            if again is not None and again[1] > confidence:
                text, confidence, words = again
        if words < TEXT_MIN_WORDS or confidence < UNRELIABLE_BELOW:
            self.pages_without_text.append(number)
        return repair(text) if words else ""

    def _recognize(self, gray: Image.Image) -> tuple[str, int, int] | None:
        """(text, mean word confidence, confident words) of a page; None when the time ran out."""
        api = _api(self.job.tessdata, self.job.languages)
        api.SetImage(gray)
        left_ms = int(max(self.deadline - time.monotonic(), 0.05) * 1000)
        if not api.Recognize(timeout=left_ms):
            return None
        text = str(api.GetUTF8Text())
        if not text.strip():  # (tesserocr's word iterator prints an error on a page without text)
            return "", 0, 0
        words = sum(1 for word, confidence in api.MapWordConfidences()
                    if confidence >= WORD_MIN_CONFIDENCE and sum(c.isalnum() for c in word) >= 2)
        return text, int(api.MeanTextConf()), words

    def _upright(self, gray: Image.Image) -> Image.Image | None:
        """The page turned upright when Tesseract's orientation detection says it is turned, else None."""
        osd = _api(self.job.tessdata, OSD_LANGUAGE)
        osd.SetImage(gray)
        try:
            found = osd.DetectOrientationScript()
        except RuntimeError:  # too little text to tell
            return None
        degrees = int(found["orient_deg"]) if isinstance(found, dict) else 0
        return gray.rotate(degrees, expand=True, fillcolor=255) if degrees else None

    def output(self, budget: Budget) -> Output:
        text = "\n\f".join(t for t in self.texts if t.strip())
        if self.pages_without_text and self.job.no_text_uninspectable:
            pages = ", ".join(map(str, self.pages_without_text))
            self.problems.append(Problem(IMAGE_ONLY, f"page(s) {pages}: a picture in which OCR found no text it "
                                                     "could read reliably (classifiers.images_without_text)"))
        pieces = (Piece(clip(text, budget.max_chars)),) if text else ()
        return Output(pieces=pieces, problems=tuple(self.problems), ocr_seconds=time.monotonic() - self.started)


def start(job: OcrJob) -> _Reading:
    now = time.monotonic()
    return _Reading(job, now + job.seconds, now)


def _scale(pixels: int) -> float:
    """The factor that brings a page of ``pixels`` down to ``OCR_MAX_PIXELS`` (1.0: small enough)."""
    return 1.0 if pixels <= OCR_MAX_PIXELS else math.sqrt(OCR_MAX_PIXELS / pixels)


def _fit(gray: Image.Image) -> Image.Image:
    factor = _scale(gray.width * gray.height)
    if factor == 1.0:
        return gray
    return gray.resize((max(1, int(gray.width * factor)), max(1, int(gray.height * factor))), Image.Resampling.BOX)


def _blank(gray: Image.Image) -> bool:
    """No ink: hardly any pixel far from the page's typical shade."""
    small = gray.copy()
    small.thumbnail((512, 512))
    median = int(ImageStat.Stat(small).median[0])
    histogram = small.histogram()
    ink = sum(n for shade, n in enumerate(histogram) if abs(shade - median) > _INK_DISTANCE)
    return ink <= BLANK_MAX_INK_SHARE * small.width * small.height


def _frames(picture: Image.Image) -> Iterator[Image.Image]:
    yield from ImageSequence.Iterator(picture)


def _heif_decoder() -> bool:
    """Register pillow-heif's HEIC/HEIF decoder with Pillow (AVIF is Pillow's own); False when absent."""
    try:
        import pillow_heif
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


def extract_image(data: bytes, job: OcrJob, budget: Budget) -> Output:
    """Text of an image file (PNG, JPEG, TIFF with its pages, GIF and WebP frames, BMP, HEIC/HEIF, AVIF)."""
    if data[4:8] == b"ftyp" and not _heif_decoder():
        return Output(problems=(Problem(IMAGE_ONLY, "HEIC/HEIF image: no decoder installed (pillow-heif)"),))
    reading = start(job)
    # Pillow's own guard too: its DecompressionBombError (at twice the limit) stops a decoder whose
    # header size we did not see; below that, its warning is noise (our check is per page).
    Image.MAX_IMAGE_PIXELS = job.max_pixels_per_page
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            picture = Image.open(io.BytesIO(data))  # reads the header only
        except Image.DecompressionBombError:
            return Output(problems=(Problem(PIXEL_LIMIT, "image declares more pixels than "
                                                         "classifiers.ocr.max_pixels_per_page"),))
        total = int(getattr(picture, "n_frames", 1) or 1)
        for number, frame in enumerate(_frames(picture), start=1):
            if reading.over(number, total):
                break
            width, height = frame.size  # from the header of this page, before decoding it
            if reading.too_large(number, width, height):
                continue
            if frame.format == "JPEG":  # decode at 1/2, 1/4 or 1/8 scale when the page is larger than needed
                factor = _scale(width * height)
                frame.draft("L", (int(width * factor), int(height * factor)))
            try:
                reading.texts.append(reading.read(number, frame))
            except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
                reading.problems.append(Problem(CORRUPT, f"page {number} could not be decoded ({type(exc).__name__})"))
    return reading.output(budget)


def read_pdf_pages(data: bytes, pages: list[int], job: OcrJob, reading: _Reading) -> dict[int, str]:
    """OCR text of the given PDF pages (0-based), rendered with pypdfium2 at ``job.dpi``."""
    import pypdfium2

    texts: dict[int, str] = {}
    document = pypdfium2.PdfDocument(data)
    try:
        for count, index in enumerate(pages, start=1):
            if reading.over(count, len(pages)):
                break
            page = document[index]
            try:
                width_pt, height_pt = page.get_size()
                scale = job.dpi / 72
                width, height = int(width_pt * scale), int(height_pt * scale)
                if reading.too_large(index + 1, width, height):
                    continue
                # Rendered no larger than OCR needs (a poster-sized page at a lower resolution).
                bitmap = page.render(scale=scale * _scale(width * height), grayscale=True)
                texts[index] = reading.read(index + 1, bitmap.to_pil())
            finally:
                page.close()
    finally:
        document.close()
    return texts
