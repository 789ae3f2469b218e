#!/usr/bin/env python3
"""Generate the held-out corpus: pain clinic and pre-operative anaesthesia clinic, Quebec network (fr/en).

Usage: python generate.py [--out DIR]
Writes positive/, negative/, labels.json and README.md, re-parses and checks everything, prints the digest.
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_context  # noqa: E402
import gen_mime  # noqa: E402
import gen_neg_both  # noqa: E402
import gen_neg_en  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_fr  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify  # noqa: E402

SEED = 25216
N_POS, N_NEG = 120, 180


def expand(templates, lang):
    out = []
    for fn, n in templates:
        out += [(lang, fn)] * n
    return out


def plan(world):
    pos = expand(gen_pos_fr.TEMPLATES, "fr") + expand(gen_pos_en.TEMPLATES, "en")
    neg = (expand(gen_neg_fr.TEMPLATES, "fr") + expand(gen_neg_both.TEMPLATES_FR, "fr")
           + expand(gen_neg_en.TEMPLATES, "en") + expand(gen_neg_both.TEMPLATES_EN, "en"))
    if len(pos) != N_POS or len(neg) != N_NEG:
        raise SystemExit(f"plan has {len(pos)} positives and {len(neg)} negatives")
    world.rng.shuffle(pos)
    world.rng.shuffle(neg)
    return pos, neg


def digest_of(out_dir, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(out_dir, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE, help="output folder (default: next to this script)")
    args = ap.parse_args(argv)
    out = args.out
    world = gen_context.World(SEED)
    pos, neg = plan(world)
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    labels, meta = {}, {}
    for kind, prefix, sub, items in (("pos", "p", "positive", pos), ("neg", "n", "negative", neg)):
        for i, (lang, fn) in enumerate(items, 1):
            ctx = world.ctx(kind, i, lang)
            msg = fn(ctx)
            raw = gen_mime.build_bytes(msg, ctx.rng)
            rel = f"{sub}/{prefix}{i:03d}_{msg.category}.eml"
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            labels[rel] = {"confidential": kind == "pos", "types": list(msg.types), "lang": msg.lang,
                           "note": msg.note}
            meta[rel] = {"names": list(msg.names), "nams": list(msg.nams), "ids": list(msg.ids)}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=2) + "\n")
    errors, feats = gen_verify.check_corpus(out, labels, meta, world.nam_rows)
    digest = digest_of(out, list(labels) + ["labels.json"])
    gen_readme.write(os.path.join(out, "README.md"), SEED, labels, feats, digest)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed", file=sys.stderr)
        return 1
    print(digest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
