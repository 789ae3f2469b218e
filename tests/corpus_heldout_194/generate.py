"""Write the held-out corpus: 120 confidential and 180 non-confidential outbound e-mails.

Usage: python generate.py [--out DIR]      (default: the folder holding this file)
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_mime  # noqa: E402
import gen_neg_en  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_fr  # noqa: E402
import gen_readme  # noqa: E402
from gen_common import Ctx  # noqa: E402
from gen_spec import Msg  # noqa: E402

SEED = 25194
N_POS = {"fr": 60, "en": 60}
N_NEG = {"fr": 90, "en": 90}


def plan(rng, module, n):
    order = []
    while len(order) < n:
        batch = list(module.WRITERS)
        rng.shuffle(batch)
        order += batch
    return order[:n]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    rng = random.Random(SEED)
    ctx = Ctx(rng)

    pos = [("fr", gen_pos_fr, w) for w in plan(rng, gen_pos_fr, N_POS["fr"])] + \
          [("en", gen_pos_en, w) for w in plan(rng, gen_pos_en, N_POS["en"])]
    neg = [("fr", gen_neg_fr, w) for w in plan(rng, gen_neg_fr, N_NEG["fr"])] + \
          [("en", gen_neg_en, w) for w in plan(rng, gen_neg_en, N_NEG["en"])]
    rng.shuffle(pos)
    rng.shuffle(neg)

    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in sorted(os.listdir(d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))

    labels = {}
    registry = {}
    serial = 0
    for sub, prefix, jobs, conf in (("positive", "p", pos, True), ("negative", "n", neg, False)):
        for i, (lang, mod, writer) in enumerate(jobs, 1):
            serial += 1
            cat = mod.CATS[writer]
            m = Msg(ctx, lang, cat, serial)
            spec = writer(m)
            raw = gen_mime.build(spec, rng)
            rel = "%s/%s%03d_%s.eml" % (sub, prefix, i, cat)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            if conf and not spec["types"]:
                raise SystemExit("positive without types: " + rel)
            if not conf and (spec["types"] or spec["ids"]):
                raise SystemExit("negative with findings: " + rel)
            labels[rel] = {"confidential": conf, "types": spec["types"] if conf else [],
                           "lang": lang, "note": spec["note"]}
            registry[rel] = {"ids": spec["ids"]}

    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")

    errors, feats = gen_check.run(out, registry)
    dig = gen_readme.digest(out)
    gen_readme.write_readme(out, SEED, labels, feats, dig)
    if errors:
        for e in errors:
            print("FAIL", e, file=sys.stderr)
        return 1
    print(dig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
