#!/usr/bin/env python3
"""Generate the held-out corpus (clinical research office flavour).

Usage: python generate.py [--out DIR]
Writes positive/, negative/, labels.json and README.md next to this file by default,
re-parses and checks everything, prints the digest; exits non-zero on any failure.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_build as B  # noqa: E402
import gen_common as C  # noqa: E402
import gen_neg_a  # noqa: E402
import gen_neg_b  # noqa: E402
import gen_neg_c  # noqa: E402
import gen_pos_en1  # noqa: E402
import gen_pos_en2  # noqa: E402
import gen_pos_en3  # noqa: E402
import gen_pos_fr1  # noqa: E402
import gen_pos_fr2  # noqa: E402
import gen_pos_fr3  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify  # noqa: E402

SEED = 25189
N_POS, N_NEG = 120, 180


def expand(plans, lang):
    out = []
    for plan in plans:
        for fn, n in plan:
            for v in range(n):
                out.append((fn, lang, v))
    return out


def interleave(a, b, rng):
    """Deterministically mix the two language lists so files alternate irregularly."""
    items = [("a", x) for x in a] + [("b", x) for x in b]
    rng.shuffle(items)
    return [x for _, x in items]


def build_all(seed):
    import random
    rng = random.Random("%s-order" % seed)
    people = C.People(seed)
    pos = interleave(expand([gen_pos_fr1.PLAN, gen_pos_fr2.PLAN, gen_pos_fr3.PLAN], "fr"),
                     expand([gen_pos_en1.PLAN, gen_pos_en2.PLAN, gen_pos_en3.PLAN], "en"), rng)
    neg = interleave(expand([gen_neg_a.PLAN_FR, gen_neg_b.PLAN_FR, gen_neg_c.PLAN_FR], "fr"),
                     expand([gen_neg_a.PLAN_EN, gen_neg_b.PLAN_EN, gen_neg_c.PLAN_EN], "en"), rng)
    if len(pos) != N_POS or len(neg) != N_NEG:
        raise SystemExit("plan sizes %d/%d" % (len(pos), len(neg)))
    results = []
    for prefix, items, folder in (("p", pos, "positive"), ("n", neg, "negative")):
        for i, (fn, lang, v) in enumerate(items):
            key = "%s%03d" % (prefix, i + 1)
            ctx = B.Ctx(seed, key, people, lang, v)
            spec = fn(ctx)
            spec.setdefault("date", ctx.date)
            if "eml_spec" in spec:
                spec["eml_spec"].setdefault("date", ctx.prev_dt(26))
            for a in spec.get("atts", []):
                if a["kind"] == "eml":
                    a["spec"].setdefault("date", ctx.prev_dt(20))
            raw, feats = B.finalize(spec, seed, key)
            rel = "%s/%s_%s.eml" % (folder, key, spec["cat"])
            label = {"confidential": folder == "positive",
                     "types": sorted(set(spec["types"]), key=gen_verify.TYPES.index) if folder == "positive" else [],
                     "lang": lang, "note": spec["note"]}
            meta = ctx.meta if folder == "positive" else {"nams": ctx.meta["nams"], "ids": ctx.meta["ids"],
                                                          "names": []}
            results.append((rel, raw, label, meta))
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in os.listdir(os.path.join(out, sub)):
            if f.endswith(".eml"):
                os.remove(os.path.join(out, sub, f))
    results = build_all(SEED)
    labels, metas = {}, {}
    for rel, raw, label, meta in results:
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(raw)
        labels[rel] = label
        metas[rel] = meta
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump({k: labels[k] for k in sorted(labels)}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    errors, features, _ = gen_verify.verify(out, metas, N_POS, N_NEG)
    dig = gen_verify.digest(out)
    gen_readme.write(out, SEED, labels, features, dig)
    if errors:
        for e in errors[:60]:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        sys.exit(1)
    print(dig)


if __name__ == "__main__":
    main()
