"""Generate the synthetic labelled outbound-mail corpus (interpreters and Indigenous patient navigation).

Usage: python generate.py [--out DIR]
"""
import sys
sys.dont_write_bytecode = True

import argparse
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as G  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_en  # noqa: E402
import gen_neg_fr  # noqa: E402
import gen_pos_en  # noqa: E402
import gen_pos_fr  # noqa: E402
import gen_pools as P  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import check, digest  # noqa: E402

N_POS, N_NEG = 120, 180


def plan(rng, templates, n):
    out = []
    while len(out) + len(templates) <= n:
        out += templates
    out += rng.sample(templates, n - len(out))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out_dir = args.out
    seed = G.SEED
    prng = random.Random(seed)
    pos_plan = [("fr", t) for t in plan(prng, gen_pos_fr.TEMPLATES, N_POS // 2)] + \
               [("en", t) for t in plan(prng, gen_pos_en.TEMPLATES, N_POS // 2)]
    neg_plan = [("fr", t) for t in plan(prng, gen_neg_fr.TEMPLATES, N_NEG // 2)] + \
               [("en", t) for t in plan(prng, gen_neg_en.TEMPLATES, N_NEG // 2)]
    prng.shuffle(pos_plan)
    prng.shuffle(neg_plan)

    pool = G.Pool(seed)
    for d in ("positive", "negative"):
        os.makedirs(os.path.join(out_dir, d), exist_ok=True)
        for f in os.listdir(os.path.join(out_dir, d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out_dir, d, f))
    labels, meta = {}, {}
    for positive, items, letter in ((True, pos_plan, "p"), (False, neg_plan, "n")):
        for i, (lang, tpl) in enumerate(items, 1):
            rng = random.Random(f"{seed}:{letter}:{i}")
            ctx = G.Ctx(pool, rng, lang, positive)
            doc = tpl(ctx)
            if positive and not ctx.types:
                raise SystemExit(f"{tpl.__name__}: positive without finding types")
            if not positive and ctx.types:
                raise SystemExit(f"{tpl.__name__}: negative with finding types")
            for a in doc.atts:
                M.build_attachment_data(a)
            raw = M.finalize(M.build_bytes(doc, rng, ctx.date, P.DOM), crlf=rng.random() < 0.35)
            rel = f"{'positive' if positive else 'negative'}/{letter}{i:03d}_{doc.category}.eml"
            with open(os.path.join(out_dir, rel), "wb") as fh:
                fh.write(raw)
            labels[rel] = {"confidential": positive, "types": sorted(ctx.types, key=lambda t: t), "lang": lang, "note": doc.note}
            meta[rel] = {"ids": list(ctx.ids), "names": list(ctx.names)}
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    errors, feats = check(out_dir, labels, meta)
    if errors:
        for e in errors[:60]:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        sys.exit(1)
    dig = digest(out_dir)
    write_readme(out_dir, seed, labels, feats, dig)
    langs = {}
    for lab in labels.values():
        k = (lab["lang"], lab["confidential"])
        langs[k] = langs.get(k, 0) + 1
    print(f"positives {sum(v['confidential'] for v in labels.values())}, negatives {sum(not v['confidential'] for v in labels.values())}")
    print("per language: " + ", ".join(f"{l} {'pos' if c else 'neg'} {n}" for (l, c), n in sorted(langs.items())))
    print(f"digest {dig}")


if __name__ == "__main__":
    main()
