"""Does inspection stay linear on long dense segments? Side by side, in one run: the cost per sentence of a segment of
N dense sentences on a single line (names, drugs, diagnoses, lab values, addresses: the worst case for the name
recognizer's per-line rules), and per line of a roster of N lines ("12 - ROY, Julie - HTA, K 5,9"), against the cost
of N/8 of them. A ratio near 1 is linear; a quadratic step shows as a ratio near 8.

Run from the repository root (one core, a minute)::

    .venv/bin/python bench/bench_long_line.py [--sentences 3000] [--tree PATH]

``--tree`` measures another checkout (an older commit in a git worktree) with this script, so that two trees are
compared with the same inputs. No timing asserts anywhere: this prints a table.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

SHAPES = {
    "one line": "Julie Roy metformine HTA K 5,9. Mme Lucie Gagnon, 4120 rue Sherbrooke, transport. ",
    "roster lines": "12 - ROY, Julie - HTA, K 5,9\n",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=3000)
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parents[1])
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    from sentinelle.classifiers.engine import Classifier
    from sentinelle.classifiers.recognizers.patient_name import StaffNames
    from sentinelle.classifiers.types import Segment
    from sentinelle.proxy.policy.loader import parse_policy, shipped_policy_text

    classifier = Classifier.load(parse_policy(shipped_policy_text().encode()).classifiers)
    staff = StaffNames.from_addresses(["Dre Claire Fortin <claire.fortin@chu.example>"])
    print(f"tree: {args.tree}")
    print("| shape | repeats | CPU seconds | ms per repeat |")
    print("|---|---|---|---|")
    for shape, unit in SHAPES.items():
        classifier.inspect_segments([Segment("body", unit * 10)], staff)  # warm-up: lexicons, model
        rows = []
        for count in (max(1, args.sentences // 8), args.sentences):
            started = time.process_time()
            classifier.inspect_segments([Segment("body", unit * count)], staff)
            seconds = time.process_time() - started
            rows.append((count, seconds, seconds / count * 1000))
        for count, seconds, per in rows:
            print(f"| {shape} | {count:,} ({count * len(unit) // 1000} KB) | {seconds:.2f} | {per:.3f} |")
        print(f"| {shape} | ratio of the costs per repeat (long / short): **{rows[1][2] / rows[0][2]:.2f}** | | |")

if __name__ == "__main__":
    main()
