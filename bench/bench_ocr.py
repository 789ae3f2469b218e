"""OCR cost per page, and ordinary text mail while scanned PDFs are being read (docs/ocr.md).

    python bench/bench_ocr.py [--pages 4] [--messages 4000] [--concurrency 16] [--rounds 2] [--parts pages,mail]

1. ``pages``: one synthetic A4 letter page (30 lines of typed French text, rendered with Pillow and the
   DejaVu font, speckled and rotated 1 degree) read in a real sandbox worker (``classifiers.sandbox``:
   its memory and CPU limits, one Tesseract API per worker) at 200 and 300 DPI: as a PNG image, and
   as an image-only PDF (pypdfium2 renders it at ``[classifiers.ocr] dpi``). Seconds per page
   (median of ``--pages`` pages, after a warm-up page that loads the language models), and the
   characters read, to show the text is really there.
2. ``mail``: the real server (``bench/bench_relay.py``'s, shipped classifier, ``--workers 2``) relaying
   ordinary 5 KB text mail to an external recipient (fully inspected), alone and then while another
   client keeps sending scanned 2-page PDFs (A4, 200 DPI) through it, alternated ``--rounds`` times.
   Text mail msgs/s and p50/p99 side by side, and the scanned PDFs read meanwhile: OCR runs in the
   attachment workers, never on the event loop, so text mail is slowed only by sharing the CPUs.

Figures go to bench/RESULTS_ocr.md. The whole run takes about two minutes on 2 vCPUs.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

import bench_relay as relay  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
A4_INCHES = (8.27, 11.69)
LINE = ("Suite à votre demande, nous confirmons la réception du matériel commandé le 3 novembre ; "
        "la facture suivra par la poste.")


def a4_page(dpi: int, seed: int = 1) -> object:
    """A typed A4 page at ``dpi``, as a scanner delivers it (PIL image, grey)."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = int(A4_INCHES[0] * dpi), int(A4_INCHES[1] * dpi)
    page = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, max(10, dpi // 7))  # about 10 pt
    margin, step = dpi, int(dpi * 0.3)
    for number in range(30):
        text = f"{number + 1:02d}. {LINE}"
        while draw.textlength(text, font=font) > width - 2 * margin:
            text = text[:-8]
        draw.text((margin, margin + number * step), text, font=font, fill=30)
    page = page.rotate(1.0, fillcolor=250)
    rnd = random.Random(seed)
    pixels = page.load()
    for _ in range(width * height // 400):
        pixels[rnd.randrange(width), rnd.randrange(height)] = rnd.choice((0, 128))  # type: ignore[index]
    return page


def png_bytes(page: object) -> bytes:
    out = io.BytesIO()
    page.save(out, "PNG", optimize=False)  # type: ignore[attr-defined]
    return out.getvalue()


def pdf_bytes(pages: list[object], dpi: int) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    jpegs = []
    for page in pages:
        buffer = io.BytesIO()
        page.convert("RGB").save(buffer, "JPEG", quality=70)  # type: ignore[attr-defined]
        jpegs.append(Image.open(io.BytesIO(buffer.getvalue())))
    jpegs[0].save(out, "PDF", resolution=float(dpi), save_all=True, append_images=jpegs[1:])
    return out.getvalue()


def job(dpi: int, seconds: float = 60.0) -> object:
    from sentinelle.classifiers.config import Ocr
    from sentinelle.classifiers.extractors.ocr import OcrJob

    ocr = Ocr()
    return OcrJob(languages="+".join(ocr.languages), tessdata=ocr.tessdata, max_pages=ocr.max_pages,
                  max_pixels_per_page=ocr.max_pixels_per_page, dpi=dpi, seconds=seconds, no_text_uninspectable=True)


def time_pages(count: int) -> None:
    from sentinelle.classifiers import sandbox
    from sentinelle.classifiers.config import Limits
    from sentinelle.classifiers.extractors._common import Budget

    limits = Limits()
    budget = Budget(max_bytes=limits.max_total_bytes, max_ratio=100.0, max_members=10,
                    max_chars=limits.max_segment_chars)
    print("| page | DPI | pixels | seconds per page (median) | min-max | characters read |")
    print("|---|---|---|---|---|---|")
    for dpi in (200, 300):
        for kind in ("PNG image", "image-only PDF"):
            times: list[float] = []
            chars = 0
            for index in range(count + 1):
                page = a4_page(dpi, seed=index)
                if kind == "PNG image":
                    data, target = png_bytes(page), "sentinelle.classifiers.extractors.ocr:extract_image"
                else:
                    data, target = pdf_bytes([page], dpi), "sentinelle.classifiers.extractors.pdf:extract_with_ocr"
                started = time.perf_counter()
                output = sandbox.run(target, data, budget, timeout=60, memory_mb=limits.parser_memory_mb,
                                     args=(job(dpi),))
                elapsed = time.perf_counter() - started
                if output.problems:
                    raise RuntimeError(f"{kind} {dpi} DPI: {output.problems}")
                if index:  # the first call starts the worker and loads the models
                    times.append(elapsed)
                    chars = len(output.pieces[0].text) if output.pieces else 0
            width, height = int(A4_INCHES[0] * dpi), int(A4_INCHES[1] * dpi)
            print(f"| A4, {kind} | {dpi} | {width}x{height} | {statistics.median(times):.2f} | "
                  f"{min(times):.2f}-{max(times):.2f} | {chars} |", flush=True)
    sandbox.shutdown()


def scanned_message(data: bytes, index: int) -> bytes:
    from email import policy
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "dr.tremblay@ssss.gouv.qc.ca"
    message["To"] = "fournisseur@partenaire.example"
    message["Subject"] = f"scan {index}"
    message["Message-ID"] = f"<scan-{index}@ssss.gouv.qc.ca>"
    message.set_content("Document numérisé ci-joint.\n")
    message.add_attachment(data, maintype="application", subtype="pdf", filename=f"scan-{index}.pdf")
    return message.as_bytes(policy=policy.SMTP)


async def scanned_load(port: int, data: bytes, stop: threading.Event, latencies: list[float]) -> None:
    import aiosmtplib

    smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=300)
    await smtp.connect()
    index = 0
    while not stop.is_set():
        index += 1
        started = time.perf_counter()
        await smtp.sendmail("dr.tremblay@ssss.gouv.qc.ca", ["fournisseur@partenaire.example"],
                            scanned_message(data, index))
        latencies.append(time.perf_counter() - started)
    await smtp.quit()


def mail_round(sink_port: int, total: int, concurrency: int, scans: bytes | None,
               scanners: int) -> tuple[float, list[float], list[float]]:
    """Text mail msgs/s and latencies, and the scanned messages' latencies (when ``scans``)."""
    server, port = relay.start_relay("sentinelle-shipped", sink_port, workers=2)
    stop = threading.Event()
    scan_latencies: list[float] = []
    threads: list[threading.Thread] = []
    try:
        asyncio.run(relay.python_load(port, min(100, total), concurrency, 5000))  # warm-up
        if scans is not None:
            threads = [threading.Thread(target=lambda: asyncio.run(scanned_load(port, scans, stop, scan_latencies)))
                       for _ in range(scanners)]
            for thread in threads:
                thread.start()
            time.sleep(3)  # the scanned PDFs are being read when text mail starts
            scan_latencies.clear()
        elapsed, latencies = asyncio.run(relay.python_load(port, total, concurrency, 5000))
    finally:
        stop.set()
        for thread in threads:
            thread.join(300)
        server.stop()
    return total / elapsed, latencies, scan_latencies


def time_mail(total: int, concurrency: int, rounds: int, scanners: int) -> None:
    scans = pdf_bytes([a4_page(200, seed=1), a4_page(200, seed=2)], 200)
    sink, sink_port = relay.start_sink()
    results: dict[str, list[tuple[float, list[float], list[float]]]] = {"alone": [], "with scans": []}
    try:
        for _ in range(rounds):
            results["alone"].append(mail_round(sink_port, total, concurrency, None, scanners))
            results["with scans"].append(mail_round(sink_port, total, concurrency, scans, scanners))
    finally:
        sink.stop()
    print()
    print(f"Text mail (5 KB, external recipient, shipped classifier, server --workers 2, c = {concurrency}, "
          f"{total} messages a round, {rounds} rounds) alone and while {scanners} client(s) send scanned "
          f"2-page A4 PDFs (200 DPI, {len(scans) // 1000} KB) without pause")
    print()
    print("| text mail | msgs/s (median) | p50 ms | p99 ms | scanned PDFs read meanwhile | their p50 s |")
    print("|---|---|---|---|---|---|")
    for name, runs in results.items():
        rate = statistics.median(r[0] for r in runs)
        latencies = [x for r in runs for x in r[1]]
        scanned = [x for r in runs for x in r[2]]
        read = f"{len(scanned)}" if name != "alone" else "-"
        scan_p50 = f"{statistics.median(scanned):.2f}" if scanned else "-"
        print(f"| {name} | {rate:.0f} | {statistics.median(latencies) * 1000:.1f} | "
              f"{relay.percentile(latencies, 0.99) * 1000:.1f} | {read} | {scan_p50} |", flush=True)
    alone = statistics.median(r[0] for r in results["alone"])
    busy = statistics.median(r[0] for r in results["with scans"])
    print(f"| **ratio with scans / alone** | **{busy / alone:.2f}** | | | | |")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=4)
    parser.add_argument("--messages", type=int, default=4000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--scanners", type=int, default=2, help="clients sending scanned PDFs without pause")
    parser.add_argument("--parts", default="pages,mail")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    print(f"# OCR bench: {os.cpu_count()} cores, load average {relay.load_average()}")
    if "pages" in parts:
        time_pages(args.pages)
    if "mail" in parts:
        time_mail(args.messages, args.concurrency, args.rounds, args.scanners)
    print(f"# load average at the end: {relay.load_average()}")


if __name__ == "__main__":
    main()
