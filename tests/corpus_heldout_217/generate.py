#!/usr/bin/env python3
"""Generate the labelled held-out corpus (SLP / dysphagia clinic, Quebec).

Usage: python generate.py [--out DIR]
Writes positive/*.eml, negative/*.eml, labels.json and README.md next to
this file (or in DIR), verifies everything and prints the digest.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_neg_en  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_fr  # noqa: E402
from gen_build import Builder  # noqa: E402
from gen_common import SEED, Ctx  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import TYPES, digest, verify  # noqa: E402

N_POS = {"fr": 60, "en": 60}
N_NEG = {"fr": 90, "en": 90}


def plan(ctx, templates, n):
    """Cycle through shuffled copies of the template list until n are chosen."""
    out = []
    while len(out) < n:
        batch = list(templates)
        ctx.rng.shuffle(batch)
        out += batch
    return out[:n]


def interleave(ctx, fr, en):
    seq = [("fr", t) for t in fr] + [("en", t) for t in en]
    ctx.rng.shuffle(seq)
    return seq


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    ctx = Ctx(SEED)
    builder = Builder(SEED)
    pos_seq = interleave(ctx, plan(ctx, gen_pos_fr.TEMPLATES, N_POS["fr"]), plan(ctx, gen_pos_en.TEMPLATES, N_POS["en"]))
    neg_seq = interleave(ctx, plan(ctx, gen_neg_fr.TEMPLATES, N_NEG["fr"]), plan(ctx, gen_neg_en.TEMPLATES, N_NEG["en"]))

    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))

    labels, meta = {}, {}
    for prefix, sub, seq in (("p", "positive", pos_seq), ("n", "negative", neg_seq)):
        for i, (lang, tpl) in enumerate(seq, 1):
            spec = tpl(ctx)
            assert spec["lang"] == lang
            rel = "%s/%s%03d_%s.eml" % (sub, prefix, i, spec["category"])
            data = builder.build(spec, rel)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": spec["confidential"], "types": spec["types"], "lang": lang,
                           "note": spec["note"]}
            meta[rel] = spec
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + "\n")

    fails, feats = verify(out, meta)
    dig = digest(out)
    write_readme(out, labels, feats, dig, SEED, TYPES)
    if fails:
        for f in fails[:60]:
            print("FAIL:", f, file=sys.stderr)
        print("%d failure(s)" % len(fails), file=sys.stderr)
        return 1
    n_pos = sum(1 for k in labels if k.startswith("positive/"))
    n_neg = len(labels) - n_pos
    print("positives %d, negatives %d" % (n_pos, n_neg))
    for lang in ("fr", "en"):
        print("  %s: %d positive, %d negative" % (
            lang, sum(1 for k, v in labels.items() if v["lang"] == lang and v["confidential"]),
            sum(1 for k, v in labels.items() if v["lang"] == lang and not v["confidential"])))
    for t in TYPES:
        print("  %-20s %d" % (t, sum(1 for v in labels.values() if t in v["types"])))
    print("digest", dig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
