"""Does inspection stay linear on one very long line? Side by side, in one run: the cost per sentence of a segment of
N dense sentences on a single line (names, drugs, diagnoses, lab values, addresses: the worst case for the name
recognizer's per-line rules) against the cost per sentence of N/8 of them. A ratio near 1 is linear; a quadratic
step shows as a ratio near 8.

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

SENTENCE = "Julie Roy metformine HTA K 5,9. Mme Lucie Gagnon, 4120 rue Sherbrooke, transport. "


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
    classifier.inspect_segments([Segment("body", SENTENCE * 10)], staff)  # warm-up: lexicons, model
    rows = []
    for count in (max(1, args.sentences // 8), args.sentences):
        started = time.process_time()
        classifier.inspect_segments([Segment("body", SENTENCE * count)], staff)
        seconds = time.process_time() - started
        rows.append((count, seconds, seconds / count * 1000))
    print(f"tree: {args.tree}")
    print("| sentences on one line | CPU seconds | ms per sentence |")
    print("|---|---|---|")
    for count, seconds, per in rows:
        print(f"| {count:,} ({count * len(SENTENCE) // 1000} KB) | {seconds:.2f} | {per:.3f} |")
    print(f"ratio of the costs per sentence (long / short): {rows[1][2] / rows[0][2]:.2f} (1: linear; "
          f"{args.sentences // max(1, args.sentences // 8)}: quadratic)")


if __name__ == "__main__":
    main()
