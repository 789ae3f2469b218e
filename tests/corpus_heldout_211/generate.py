#!/usr/bin/env python3
"""Generate the held-out corpus 211 (spiritual care, clinical ethics, complaints commissioner).

Usage: python generate.py [--out DIR]
Writes positive/, negative/, labels.json and README.md (default: next to this file),
re-parses and verifies everything, prints the digest; exits non-zero on failure.
"""
import argparse
import json
import os
import sys

import gen_common as C
import gen_ctx
import gen_neg_en
import gen_neg_fr
import gen_pos_en
import gen_pos_fr
import gen_readme
import gen_verify


def build(ctx, modules, expected):
    drafts = []
    for mod in modules:
        for fn, count in mod.TEMPLATES:
            for _ in range(count):
                drafts.append(fn(ctx))
    if len(drafts) != expected:
        raise SystemExit("expected %d drafts, got %d" % (expected, len(drafts)))
    ctx.rng.shuffle(drafts)
    return drafts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args(argv)
    out = args.out

    ctx = gen_ctx.Ctx(C.SEED)
    pos = build(ctx, [gen_pos_fr, gen_pos_en], 120)
    neg = build(ctx, [gen_neg_fr, gen_neg_en], 180)

    for sub in ("positive", "negative"):
        path = os.path.join(out, sub)
        os.makedirs(path, exist_ok=True)
        for n in os.listdir(path):
            if n.endswith(".eml"):
                os.remove(os.path.join(path, n))

    labels, manifest = {}, {}
    for prefix, sub, drafts in (("p", "positive", pos), ("n", "negative", neg)):
        for i, d in enumerate(drafts, 1):
            rel = "%s/%s%03d_%s.eml" % (sub, prefix, i, d.category)
            data = d.render()
            with open(os.path.join(out, rel), "wb") as f:
                f.write(data)
            types = [t for t in gen_verify.TYPES if t in d.types]
            labels[rel] = {"confidential": d.positive, "types": types, "lang": d.lang, "note": d.note}
            manifest[rel] = {"types": types, "evidence": list(d.evidence), "holders": list(d.holders),
                             "ids": list(d.ids)}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(json.dumps(labels, ensure_ascii=False, indent=2) + "\n")

    errors, features = gen_verify.verify(out, manifest, ctx.all_holders)
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        print("%d verification failure(s)" % len(errors), file=sys.stderr)
        return 1

    dig = gen_readme.digest(out)
    gen_readme.write_readme(out, labels, features, gen_verify.TYPES, C.SEED, dig)
    npos = sum(1 for k in labels if k.startswith("positive/"))
    print("positives %d, negatives %d" % (npos, len(labels) - npos))
    print("digest %s" % dig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
