"""The ``indexed_patient`` lookup of two versions side by side, interleaved message by message.

Run from the repository root::

    /work/main/.venv/bin/python bench/compare_index_lookup.py --before REV [--patients N]

``REV``'s ``classifiers/index/recognizer.py`` (``git show``) is loaded as a module next to the
working tree's; both look up the same 10,000-patient synthetic index (tests/index_synthetic.py,
never real people; same index format) on bench_classifiers.py's 5 KB outbound mix, warm memo,
alternating message by message so that both see the same load. Before timing, both must return
the same findings on the mix and on synthetic texts naming indexed patients in many spellings.
Each timed lookup follows an inspection of the same message without the index (NER off), as in
the server, where the other recognizers have just run.
No timing asserts: prints mean, median and p95 per message.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_classifiers import outbound_mix  # noqa: E402

from sentinelle.classifiers.config import ClassifierConfig, Scoring  # noqa: E402
from sentinelle.classifiers.engine import Classifier  # noqa: E402
from sentinelle.classifiers.extract import extract  # noqa: E402
from sentinelle.classifiers.index import recognizer as current  # noqa: E402
from sentinelle.classifiers.index.store import PatientIndex  # noqa: E402
from sentinelle.classifiers.parse import parse_message  # noqa: E402
from sentinelle.classifiers.recognizers.patient_name import EMPTY_STAFF, StaffNames  # noqa: E402
from sentinelle.classifiers.types import Segment  # noqa: E402
from tests.index_synthetic import Patient, make_patients, write_export  # noqa: E402

ROUNDS = 10


def load_revision(revision: str) -> ModuleType:
    source = subprocess.run(["git", "show", f"{revision}:classifiers/index/recognizer.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    with tempfile.TemporaryDirectory(prefix="bench-index-before-") as directory:
        path = Path(directory) / "recognizer_before.py"
        path.write_text(source, encoding="utf-8")
        spec = importlib.util.spec_from_file_location("recognizer_before", path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return module


def naming_texts(patients: Sequence[Patient], filler: Sequence[str], count: int) -> list[list[Segment]]:
    """Texts naming indexed patients (names both orders, surname + birth date in several date
    spellings, NAMs, chart numbers, physicians) inside pieces of the mix."""
    rng = random.Random(3)
    forms: tuple[Callable[[Patient], str], ...] = (
        lambda p: f"{p.given} {p.surname}", lambda p: f"{p.surname.upper()}, {p.given}",
        lambda p: f"{p.surname} ({p.birth:%Y-%m-%d})", lambda p: f"{p.surname} né le {p.birth:%d/%m/%Y}",
        lambda p: f"{p.surname} né le {p.birth.day} mars {p.birth.year}", lambda p: f"NAM {p.nam}",
        lambda p: f"NAM {p.nam[:4]} {p.nam[4:8]} {p.nam[8:]}", lambda p: f"dossier {p.mrn}",
        lambda p: f"dossier 00{p.mrn}", lambda p: f"Dre {p.given} {p.surname}",
        lambda p: f"{p.mrn[:3]}-{p.mrn[3:]}", lambda p: f"{p.birth:%m/%d/%Y} {p.surname}",
    )
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 6)):
            parts += [rng.choice(forms)(rng.choice(patients)), rng.choice(filler)[: rng.randint(0, 400)]]
        out.append([Segment("body", " ".join(parts)), Segment("subject", rng.choice(forms)(rng.choice(patients)))])
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--before", required=True, metavar="REV", help="git revision to compare with")
    parser.add_argument("--patients", type=int, default=10_000)
    args = parser.parse_args(argv)
    before = load_revision(args.before)
    with tempfile.TemporaryDirectory(prefix="bench-index-compare-") as name:
        return compare(before, Path(name), args.patients)


def compare(before: ModuleType, directory: Path, count: int) -> int:
    patients = make_patients(count, seed=count)
    write_export(directory / "export.csv", patients)
    subprocess.run([sys.executable, "-m", "sentinelle.proxy", "index", "build", str(directory / "export.csv"), "--out",
                    str(directory / "index"), "--key", str(directory / "key")], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    index = PatientIndex.open(directory / "index", directory / "key")
    old, new = before.IndexedPatientRecognizer(index), current.IndexedPatientRecognizer(index)
    prepared: list[tuple[list[Segment], StaffNames]] = []
    for data in outbound_mix(200):
        parsed = parse_message(data)
        prepared.append((list(extract(parsed, ClassifierConfig().limits).segments),
                         StaffNames.from_message(parsed.message)))
    filler = [segment.text for segments, _staff in prepared[:40] for segment in segments]
    checks = [*prepared, *((segments, EMPTY_STAFF) for segments in naming_texts(patients, filler, 2000))]
    differ = sum(old.recognize_segments(*item) != new.recognize_segments(*item) for item in checks)
    found = sum(len(new.recognize_segments(*item)) for item in checks)
    print(f"same findings: {len(checks) - differ} of {len(checks)} messages ({found} findings)")
    if differ:
        return 1
    times: dict[str, list[float]] = {"before": [], "after": []}
    # As in the server (and bench_index.py), the lookup follows the rest of the inspection, which
    # takes the CPU caches: each lookup runs right after an inspection of the message without the
    # index, and the two versions take turns going first.
    plain = Classifier(ClassifierConfig(scoring=Scoring(ner=False)), None)
    versions = [("before", old), ("after", new)]
    for round_number in range(ROUNDS):
        for item in prepared:
            for label, recognizer in versions if round_number % 2 else versions[::-1]:
                plain.inspect_segments(*item)
                started = time.perf_counter()
                recognizer.recognize_segments(*item)
                times[label].append(time.perf_counter() - started)
    print(f"{len(prepared)} messages x {ROUNDS} rounds, {count:,} patients, each lookup after an inspection "
          "without the index; ms per message")
    print("| version | mean | median | p95 |")
    print("|---|---|---|---|")
    for label, spent in times.items():
        ranked = sorted(spent)
        print(f"| {label} | {statistics.mean(spent) * 1e3:.3f} | {statistics.median(spent) * 1e3:.3f} | "
              f"{ranked[int(len(ranked) * 0.95)] * 1e3:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
