#!/usr/bin/env python3
"""Generate the labelled respiratory-care e-mail corpus (seed 25153).

Usage: python generate.py [--out DIR]   (default: the folder holding this script)
Reads only its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as G  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_neg_d  # noqa: E402
import gen_pos_a  # noqa: E402
import gen_pos_b  # noqa: E402
import gen_pos_c  # noqa: E402
import gen_pos_d  # noqa: E402
import gen_pos_e  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify  # noqa: E402
from gen_ctx import Ctx  # noqa: E402
from gen_mime import render  # noqa: E402

N_POS, N_NEG = 120, 180


def schedule(templates, n, rng):
    plan = []
    k = len(templates)
    for i in range(n):
        rnd = i // k
        plan.append((templates[i % k], ("fr", "en")[(i + rnd) % 2]))
    rng.shuffle(plan)
    return plan


def digest(out_dir, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        with open(os.path.join(out_dir, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    rng = random.Random(G.SEED)
    holders = G.load_nams()
    c = Ctx(rng, holders)

    pos_t = gen_pos_a.TEMPLATES + gen_pos_b.TEMPLATES + gen_pos_c.TEMPLATES + gen_pos_d.TEMPLATES + \
        gen_pos_e.TEMPLATES
    neg_t = gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES + gen_neg_c.TEMPLATES + gen_neg_d.TEMPLATES
    pos_plan = schedule(pos_t, N_POS, rng)
    neg_plan = schedule(neg_t, N_NEG, rng)

    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in sorted(os.listdir(os.path.join(out, sub))):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))

    mails, labels = {}, {}
    for prefix, sub, plan in (("p", "positive", pos_plan), ("n", "negative", neg_plan)):
        for i, (tmpl, lang) in enumerate(plan, 1):
            m = tmpl(c, lang)
            rel = "%s/%s%03d_%s.eml" % (sub, prefix, i, m.category)
            raw = render(m, rng, i + (0 if prefix == "p" else 500))
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            mails[rel] = m
            labels[rel] = {"confidential": sub == "positive", "types": sorted(m.types) if sub == "positive" else [],
                           "lang": m.lang, "note": m.note}
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    errors, feats = gen_verify.check(out, mails, labels, holders)
    rels = list(labels) + ["labels.json"]
    dg = digest(out, rels)
    gen_readme.write(out, labels, feats, dg)
    if errors:
        for e in errors:
            print("CHECK FAILED:", e, file=sys.stderr)
        print("%d check failure(s)" % len(errors), file=sys.stderr)
        return 1
    print(dg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
