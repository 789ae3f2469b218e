#!/usr/bin/env python3
"""Generate the held-out corpus 152 (outpatient psychiatry / mobile crisis team,
invented Quebec CIUSSS).  Usage: python generate.py [--out DIR]"""
import argparse
import json
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_common as G  # noqa: E402
from gen_compose import Ctx, Shared, compose  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import TYPES, digest, verify  # noqa: E402


def schedule(registries, n, seed_tag):
    slots = []
    for lang, reg in registries:
        for fn, count in reg:
            slots += [(fn, lang)] * count
    if len(slots) != n:
        raise SystemExit(f"{seed_tag}: {len(slots)} slots instead of {n}")
    random.Random(f"{G.SEED}-{seed_tag}-order").shuffle(slots)
    return slots


def build(out):
    from gen_neg_en1 import NEG_EN1
    from gen_neg_en2 import NEG_EN2
    from gen_neg_fr1 import NEG_FR1
    from gen_neg_fr2 import NEG_FR2
    from gen_pos_en2 import POS_EN
    from gen_pos_fr2 import POS_FR

    nams = G.load_nams()
    shared = Shared(nams, random.Random(G.SEED))
    outputs = []   # (relpath, bytes, label, meta)
    pos = schedule([("fr", POS_FR), ("en", POS_EN)], 120, "pos")
    for i, (fn, lang) in enumerate(pos, 1):
        c = Ctx("p", i, lang, shared)
        mail = fn(c)
        raw = compose(c, mail)
        types = [t for t in TYPES if t in c.T]
        rel = f"positive/p{i:03d}_{mail.category}.eml"
        outputs.append((rel, raw, {"confidential": True, "types": types, "lang": lang, "note": mail.note}, c.meta))
    neg = schedule([("fr", NEG_FR1 + NEG_FR2), ("en", NEG_EN1 + NEG_EN2)], 180, "neg")
    for i, (fn, lang) in enumerate(neg, 1):
        c = Ctx("n", i, lang, shared)
        mail = fn(c)
        raw = compose(c, mail)
        if c.T:
            raise SystemExit(f"negative template {fn.__name__} recorded finding types {sorted(c.T)}")
        rel = f"negative/n{i:03d}_{mail.category}.eml"
        outputs.append((rel, raw, {"confidential": False, "types": [], "lang": lang, "note": mail.note}, c.meta))

    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    labels = {}
    metas = {}
    for rel, raw, lab, meta in outputs:
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(raw)
        labels[rel] = lab
        metas[rel] = meta
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    return labels, metas, shared, nams


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()
    out = args.out
    os.makedirs(out, exist_ok=True)
    labels, metas, shared, nams = build(out)
    errors, features = verify(out, metas, shared, nams)
    if errors:
        for e in errors[:80]:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)
    dig = digest(out)
    write_readme(out, G.SEED, labels, features, dig)
    npos = sum(1 for v in labels.values() if v["confidential"])
    print(f"positives {npos}, negatives {len(labels) - npos}")
    for lg in ("fr", "en"):
        print(f"lang {lg}: {sum(1 for v in labels.values() if v['lang'] == lg)}")
    for t in TYPES:
        print(f"type {t}: {sum(1 for v in labels.values() if t in v['types'])}")
    print(f"NAMs used: {len(shared.nam_used)}")
    print("digest", dig)


if __name__ == "__main__":
    main()
