"""Patient index (exact data match, issue 15): build, load and lookup figures, side by side with the
inspection without the index.

Run from the repository root (2-core machine; the 1,000,000-patient run takes a few minutes)::

    /work/main/.venv/bin/python bench/bench_index.py [--quick] [--markdown FILE]

What it measures, for synthetic exports (tests/index_synthetic.py; never real people) of 10,000
and (without ``--quick``) 1,000,000 patients:

1. ``sentinelle index build`` run as a fresh process: wall time, CPU time and peak memory (its
   max RSS, interpreter and numpy included), index file size and entries.
2. Loading (``PatientIndex.open``: map, check the key, SHA-256 of the entries): wall time and the
   process's RSS growth (the mapped pages; shared between workers through the page cache).
3. Lookup on the 5 KB outbound mix of bench_classifiers.py (200 messages, 1 in 5 clinical; parsed
   and extracted once beforehand): the ``indexed_patient`` recognizer alone per message, and the
   whole recognition + scoring (``inspect_segments``, NER off so that the index's share is visible)
   with and without the index, interleaved message by message so that both see the same load.

No timing asserts anywhere: this prints a table and (with --markdown) writes it.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_classifiers import outbound_mix, rss_kb  # noqa: E402

from sentinelle.classifiers.config import ClassifierConfig, Scoring  # noqa: E402
from sentinelle.classifiers.engine import Classifier  # noqa: E402
from sentinelle.classifiers.extract import extract  # noqa: E402
from sentinelle.classifiers.index.recognizer import IndexedPatientRecognizer  # noqa: E402
from sentinelle.classifiers.index.settings import IndexSettings  # noqa: E402
from sentinelle.classifiers.index.store import PatientIndex  # noqa: E402
from sentinelle.classifiers.parse import parse_message  # noqa: E402
from sentinelle.classifiers.recognizers.patient_name import StaffNames  # noqa: E402
from sentinelle.classifiers.types import Segment  # noqa: E402
from tests.index_synthetic import make_patients, write_export  # noqa: E402

ROUNDS = 5


def measure_build(directory: Path, patients: int) -> dict[str, float]:
    """``sentinelle index build`` in a fresh process (the real command): wall, CPU and peak RSS."""
    export = directory / f"export-{patients}.csv"
    started = time.perf_counter()
    write_export(export, make_patients(patients, seed=patients))
    generated = time.perf_counter() - started
    out = directory / f"index-{patients}"
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "sentinelle.proxy", "index", "build", str(export),
                              "--out", str(out), "--key", str(directory / "key")],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True)
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    output = child.stdout.read() if child.stdout else ""
    assert status == 0, output
    header = PatientIndex.open(out, directory / "key").header
    return {"patients": header.counts["patients"], "export_mb": export.stat().st_size / 1e6,
            "generate_s": generated, "build_s": seconds, "build_cpu_s": usage.ru_utime + usage.ru_stime,
            "build_peak_mb": usage.ru_maxrss / 1024, "entries": header.entries,
            "index_mb": out.stat().st_size / 1e6, "bytes_per_patient": out.stat().st_size / header.counts["patients"]}


def per_message(functions: Sequence[Callable[[Any], object]], items: Sequence[Any]) -> list[list[float]]:
    """Seconds per item for each function, interleaved item by item (same load for all)."""
    times: list[list[float]] = [[] for _ in functions]
    for _ in range(ROUNDS):
        for item in items:
            for fn, spent in zip(functions, times, strict=True):
                started = time.perf_counter()
                fn(item)
                spent.append(time.perf_counter() - started)
    return times


def run(quick: bool) -> list[str]:
    sizes = (10_000,) if quick else (10_000, 1_000_000)
    directory = Path(tempfile.mkdtemp(prefix="bench-index-"))
    messages = outbound_mix(200)
    prepared: list[tuple[list[Segment], StaffNames]] = []
    config = ClassifierConfig()
    for data in messages:
        parsed = parse_message(data)
        prepared.append((list(extract(parsed, config.limits).segments), StaffNames.from_message(parsed.message)))
    sizes_kb = [len(m) / 1024 for m in messages]
    plain = Classifier(ClassifierConfig(scoring=Scoring(ner=False)), None)
    rows: list[tuple[str, ...]] = []
    for patients in sizes:
        build = measure_build(directory, patients)
        before = rss_kb()
        started = time.perf_counter()
        index = PatientIndex.open(directory / f"index-{patients}", directory / "key")
        load_s = time.perf_counter() - started
        load_mb = (rss_kb() - before) / 1024
        recognizer = IndexedPatientRecognizer(index)
        settings = IndexSettings(directory / f"index-{patients}", directory / "key")
        indexed = Classifier(ClassifierConfig(scoring=Scoring(ner=False), index=settings), None)

        def lookup(item: tuple[list[Segment], StaffNames], recognizer: IndexedPatientRecognizer = recognizer) -> None:
            recognizer.recognize_segments(*item)

        lookups, inspect_plain, inspect_indexed = per_message(
            [lookup, lambda item: plain.inspect_segments(*item),
             lambda item, indexed=indexed: indexed.inspect_segments(*item)], prepared)
        rows.append((
            f"{patients:,}", f"{build['export_mb']:.1f}", f"{build['build_s']:.1f}", f"{build['build_cpu_s']:.1f}",
            f"{build['build_peak_mb']:.0f}", f"{build['entries']:,}", f"{build['index_mb']:.1f}",
            f"{build['bytes_per_patient']:.0f}", f"{load_s:.2f}", f"{load_mb:.0f}",
            f"{statistics.mean(lookups) * 1e3:.3f}", f"{statistics.median(lookups) * 1e3:.3f}",
            f"{sorted(lookups)[int(len(lookups) * 0.95)] * 1e3:.3f}",
            f"{statistics.mean(inspect_plain) * 1e3:.3f}", f"{statistics.mean(inspect_indexed) * 1e3:.3f}",
            f"{statistics.mean(inspect_indexed) / statistics.mean(inspect_plain):.2f}",
            f"{statistics.median(inspect_plain) * 1e3:.3f}", f"{statistics.median(inspect_indexed) * 1e3:.3f}",
        ))
    headers = ("patients", "export MB", "build s", "build CPU s", "build peak RSS MB", "entries", "index MB",
               "index bytes/patient", "load s", "load RSS MB", "lookup ms/msg mean", "median", "p95",
               "inspect ms/msg, no index", "with index", "ratio of means", "inspect median, no index",
               "with index")
    lines = [
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
        f"load average {os.getloadavg()[0]:.1f}",
        f"mix: {len(messages)} messages, mean {statistics.mean(sizes_kb):.1f} KB, 1 in 5 clinical; {ROUNDS} rounds; "
        "inspection = recognition + scoring of the pre-extracted segments, NER off",
        "",
    ]
    for name, value in zip(headers, zip(*rows, strict=True), strict=True):
        lines.append(f"| {name:<28} | " + " | ".join(f"{v:>12}" for v in value) + " |")
    lines.insert(3, "| " + "-" * 28 + " | " + " | ".join("-" * 12 for _ in rows) + " |")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="10,000 patients only")
    parser.add_argument("--markdown", metavar="FILE", help="also write the table to FILE")
    args = parser.parse_args(argv)
    lines = run(args.quick)
    print("\n".join(lines))
    if args.markdown:
        Path(args.markdown).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
