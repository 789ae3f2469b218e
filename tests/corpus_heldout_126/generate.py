#!/usr/bin/env python3
"""Generate the held-out DLP corpus for a public dental and oral-surgery service.

Usage: python generate.py [--out DIR]
Reads nothing but its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import gen_common as G  # noqa: E402
import gen_registry as REG  # noqa: E402
import gen_verify as V  # noqa: E402
from gen_mime import Renderer  # noqa: E402
from gen_people import Ctx  # noqa: E402
from gen_readme import FEATURE_ORDER, write_readme  # noqa: E402


def build(ctx, lists):
    docs = []
    for lst in lists:
        for fn, n in lst:
            for _ in range(n):
                docs.append(fn(ctx))
    return docs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    args = ap.parse_args(argv)
    out = os.path.abspath(args.out)

    holders = G.load_holders()
    G.check_pools(holders)
    REG.check_counts()

    rng = random.Random(G.SEED)
    ctx = Ctx(rng, holders)
    pos = build(ctx, [REG.POS_FR, REG.POS_EN])
    neg = build(ctx, [REG.NEG_FR, REG.NEG_EN])
    rng.shuffle(pos)
    rng.shuffle(neg)

    renderer = Renderer(random.Random(G.SEED * 7 + 1))
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in sorted(os.listdir(d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))

    labels, meta = {}, {}
    for prefix, sub, docs in (("p", "positive", pos), ("n", "negative", neg)):
        for i, doc in enumerate(docs, 1):
            rel = f"{sub}/{prefix}{i:03d}_{doc.category}.eml"
            raw = renderer.render(doc)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            labels[rel] = {"confidential": doc.positive, "types": sorted(doc.types) if doc.positive else [],
                           "lang": doc.lang, "note": doc.note}
            meta[rel] = {"ids": list(doc.ids), "holders": list(doc.holders), "subject": doc.subject,
                         "from": doc.frm[0]}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(dict(sorted(labels.items())), ensure_ascii=False, indent=2, sort_keys=True) + "\n")

    errors, feats = V.verify(out, V.load_labels(out), meta, holders)
    missing = [f for f in FEATURE_ORDER if not any(f in fs for fs in feats.values())]
    if missing:
        errors.append(f"transport features never shown: {missing}")
    dg = V.digest(out)
    write_readme(out, labels, feats, dg)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    print(dg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
