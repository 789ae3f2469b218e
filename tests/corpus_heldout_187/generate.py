"""Generate the labelled ED / trauma mail corpus (120 positives, 180 negatives), verify it, print the digest.

Usage: python generate.py [--out DIR]
"""
import argparse
import hashlib
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import gen_neg_en  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_fr  # noqa: E402
from gen_base import dress  # noqa: E402
from gen_common import Ctx  # noqa: E402
from gen_mime import render_bytes  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

SEED = 25187
N_POS, N_NEG = 120, 180


def allocate(ctx, templates, n):
    """Round-robin over the templates (each used at least once), shuffled."""
    plan = [templates[i % len(templates)] for i in range(n)]
    ctx.rng.shuffle(plan)
    return plan


def digest(out):
    h = hashlib.sha256()
    rels = sorted(["positive/" + f for f in os.listdir(os.path.join(out, "positive"))] +
                  ["negative/" + f for f in os.listdir(os.path.join(out, "negative"))] + ["labels.json"])
    for rel in rels:
        h.update(rel.encode("utf-8") + b"\0")
        with open(os.path.join(out, rel), "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args(argv)
    out = args.out
    ctx = Ctx(SEED)
    plan = []
    half = N_POS // 2
    pos = allocate(ctx, gen_pos_fr.TEMPLATES, half) + allocate(ctx, gen_pos_en.TEMPLATES, N_POS - half)
    ctx.rng.shuffle(pos)
    nhalf = N_NEG // 2
    neg = allocate(ctx, gen_neg_fr.TEMPLATES, nhalf) + allocate(ctx, gen_neg_en.TEMPLATES, N_NEG - nhalf)
    ctx.rng.shuffle(neg)
    for kind, seq in (("positive", pos), ("negative", neg)):
        for i, tpl in enumerate(seq, 1):
            it = tpl(ctx)
            if it.positive != (kind == "positive"):
                raise SystemExit("template %s has wrong polarity" % tpl.__name__)
            rel = "%s/%s%03d_%s.eml" % (kind, kind[0], i, it.cat)
            plan.append((rel, it))
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    labels = {}
    for rel, it in plan:
        dress(ctx, it.mail, it.lang, it.pin)
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(render_bytes(it.mail))
        labels[rel] = it.label()
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    try:
        features = verify(out, plan)
    except AssertionError as e:
        print("VERIFICATION FAILED:\n%s" % e, file=sys.stderr)
        return 1
    dg = digest(out)
    write_readme(os.path.join(out, "README.md"), SEED, labels, features, dg)
    print(dg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
