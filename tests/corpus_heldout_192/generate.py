#!/usr/bin/env python3
"""Generate the labelled outbound e-mail corpus (vascular surgery and diabetic
foot / wound clinic flavour): 120 positives, 180 hard negatives, labels.json,
README.md; then verify everything and print the digest.

Usage: python generate.py [--out DIR]
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

import gen_base  # noqa: E402
import gen_data  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_en2  # noqa: E402
import gen_pos_fr  # noqa: E402
import gen_pos_fr2  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify  # noqa: E402

SEED = 25192
N_POS, N_NEG = 120, 180


def plan():
    pos = []
    for lang, tpls in (("fr", gen_pos_fr.TEMPLATES + gen_pos_fr2.TEMPLATES),
                       ("en", gen_pos_en.TEMPLATES + gen_pos_en2.TEMPLATES)):
        for t in tpls:
            for v in range(3):
                pos.append((lang, t, v))
    neg = []
    ntpl = gen_neg_a.TEMPLATES + gen_neg_b.TEMPLATES
    for lang in ("fr", "en"):
        for i in range(N_NEG // 2):
            neg.append((lang, ntpl[i % len(ntpl)], i // len(ntpl)))
    rng = random.Random(SEED)
    rng.shuffle(pos)
    rng.shuffle(neg)
    assert len(pos) == N_POS and len(neg) == N_NEG
    return pos, neg


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    holders = gen_data.load_nams()
    env = gen_base.Env(SEED, holders)
    for d in ("positive", "negative"):
        os.makedirs(os.path.join(out, d), exist_ok=True)
        for f in os.listdir(os.path.join(out, d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, d, f))
    pos, neg = plan()
    records = []
    for kind, jobs, prefix, folder in (("pos", pos, "p", "positive"), ("neg", neg, "n", "negative")):
        for i, (lang, tpl, v) in enumerate(jobs, 1):
            m = gen_base.Msg(env, kind, i, lang)
            rec = tpl(m, v)
            if kind == "neg":
                rec["types"] = []
            rel = "%s/%s%03d_%s.eml" % (folder, prefix, i, rec["cat"])
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(rec["bytes"])
            rec["path"] = rel
            records.append(rec)
    labels = {}
    for rec in records:
        labels[rec["path"]] = {"confidential": rec["path"].startswith("positive/"), "types": rec["types"],
                               "lang": rec["lang"], "note": rec["note"]}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    errors, features = gen_verify.verify(out, records, holders)
    dig = gen_readme.digest(out)
    gen_readme.write_readme(out, SEED, labels, features, dig)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        return 1
    print(dig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
