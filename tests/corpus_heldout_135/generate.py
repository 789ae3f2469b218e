#!/usr/bin/env python3
"""Generate the held-out radiation-oncology e-mail corpus (120 positives,
180 hard negatives), its labels and README, then verify everything.

Usage:  python generate.py [--out DIR]      (default: the folder of this file)
Reads only its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import glob
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen_ctx  # noqa: E402
import gen_ids  # noqa: E402
from gen_mime import Renderer  # noqa: E402
from gen_neg_en import NEG_EN  # noqa: E402
from gen_neg_fr import NEG_FR  # noqa: E402
from gen_pos_en1 import POS_EN1  # noqa: E402
from gen_pos_en2 import POS_EN2  # noqa: E402
from gen_pos_fr1 import POS_FR1  # noqa: E402
from gen_pos_fr2 import POS_FR2  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify  # noqa: E402

SEED = 13523


def expand(specs, lang):
    return [(f, lang, k) for f, n in specs for k in range(n)]


def digest(out):
    files = sorted(glob.glob(os.path.join(out, "positive", "*.eml")) +
                   glob.glob(os.path.join(out, "negative", "*.eml")) + [os.path.join(out, "labels.json")])
    h = hashlib.sha256()
    for f in sorted(os.path.relpath(x, out).replace(os.sep, "/") for x in files):
        h.update(f.encode("utf-8"))
        h.update(b"\0")
        with open(os.path.join(out, f), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def build(out):
    holders = gen_ids.load_nams()
    pool = gen_ctx.NamPool(holders)
    order = random.Random(SEED)
    pos_specs = expand(POS_FR1 + POS_FR2, "fr") + expand(POS_EN1 + POS_EN2, "en")
    neg_specs = expand(NEG_FR, "fr") + expand(NEG_EN, "en")
    order.shuffle(pos_specs)
    order.shuffle(neg_specs)
    assert len(pos_specs) == 120 and len(neg_specs) == 180
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for old in glob.glob(os.path.join(out, sub, "*.eml")):
            os.remove(old)
    labels, meta = {}, {}
    for kind, specs in (("p", pos_specs), ("n", neg_specs)):
        for i, (fn, lang, variant) in enumerate(specs, 1):
            rng = random.Random(f"{SEED}:{kind}:{i}")
            c = gen_ctx.Ctx(rng, lang, i, kind, pool if kind == "p" else None)
            c.variant = variant
            m = fn(c)
            if kind == "p":
                types = c.finish()
            else:
                assert not c.types, f"negative {fn.__name__} recorded finding types {c.types}"
                types = []
            raw = Renderer(rng, f"{kind.upper()}{i:03d}").render(m)
            rel = f"{'positive' if kind == 'p' else 'negative'}/{kind}{i:03d}_{m.category}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            labels[rel] = {"confidential": kind == "p", "types": types, "lang": lang, "note": m.note}
            meta[rel] = c.records
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    return labels, meta, holders


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE, help="output folder (default: beside this script)")
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    labels, meta, holders = build(out)
    errors, feats = gen_verify.verify(out, labels, meta, holders)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} verification error(s)", file=sys.stderr)
        sys.exit(1)
    dg = digest(out)
    gen_readme.write(out, SEED, labels, feats, dg)
    pos = [v for v in labels.values() if v["confidential"]]
    neg = [v for v in labels.values() if not v["confidential"]]
    print(f"positives: {len(pos)}  negatives: {len(neg)}")
    for lang in ("fr", "en"):
        print(f"  {lang}: {sum(v['lang'] == lang for v in labels.values())} files "
              f"({sum(v['lang'] == lang for v in pos)} pos / {sum(v['lang'] == lang for v in neg)} neg)")
    counts = {}
    for v in pos:
        for t in v["types"]:
            counts[t] = counts.get(t, 0) + 1
    for t in gen_verify.TYPES:
        print(f"  {t}: {counts.get(t, 0)}")
    print("digest:", dg)


if __name__ == "__main__":
    main()
