#!/usr/bin/env python3
"""Generate the held-out DLP corpus (sleep clinic / respiratory therapy flavour).

    python generate.py            # writes next to this file
    python generate.py --out DIR  # writes elsewhere

Deterministic from SEED; runs its own self-check and prints counts and digest.
"""
import argparse
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen_common import Pools  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_build import build  # noqa: E402
from gen_pos_a import BUILDERS_A  # noqa: E402
from gen_pos_b import BUILDERS_B  # noqa: E402
from gen_neg_a import BUILDERS_NA  # noqa: E402
from gen_neg_b import BUILDERS_NB  # noqa: E402
from gen_check import run_check, digest  # noqa: E402
from gen_readme import write_readme  # noqa: E402

SEED = 122991
N_POS = 120
N_NEG = 180


def expand(table, rng):
    jobs = []
    for fn, n in table:
        for k in range(n):
            jobs.append((fn, k))
    rng.shuffle(jobs)
    return jobs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in sorted(os.listdir(d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))

    order_rng = random.Random(f"{SEED}-order")
    pools = Pools(random.Random(f"{SEED}-pools"))
    pos_jobs = expand(BUILDERS_A + BUILDERS_B, order_rng)
    neg_jobs = expand(BUILDERS_NA + BUILDERS_NB, order_rng)
    assert len(pos_jobs) == N_POS, len(pos_jobs)
    assert len(neg_jobs) == N_NEG, len(neg_jobs)

    labels = {}
    transports = []
    for kind, jobs, prefix in (("positive", pos_jobs, "p"), ("negative", neg_jobs, "n")):
        for i, (fn, k) in enumerate(jobs, 1):
            tag = f"{SEED}-{prefix}{i:03d}"
            rng = random.Random(tag)
            ctx = Ctx(rng, pools, tag)
            spec = fn(ctx, k)
            data, info = build(spec, rng, tag)
            rel = f"{kind}/{prefix}{i:03d}_{spec['cat']}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": kind == "positive", "types": spec["types"],
                           "lang": spec["lang"], "note": spec["note"]}
            info["file"] = rel
            transports.append(info)

    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")

    files, counts, errors = run_check(out, labels)
    dig = digest(out, files)
    write_readme(out, counts, transports, dig, SEED)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print(f"files: {counts['files']} (positive {counts['positive']}, negative {counts['negative']})")
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(counts["lang"].items())))
    print("types: " + ", ".join(f"{k} {v}" for k, v in sorted(counts["types"].items())))
    print(f"sha256: {dig}")


if __name__ == "__main__":
    main()
