#!/usr/bin/env python3
"""Generate the labelled IPC outbound-mail corpus (seed 25198).

    python generate.py [--out DIR]

Writes positive/*.eml, negative/*.eml, labels.json and README.md, then
re-parses and verifies everything, prints the digest, and exits non-zero on
any failure."""
import argparse
import glob
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_build as B  # noqa: E402
import gen_common as C  # noqa: E402
import gen_neg_en_a  # noqa: E402
import gen_neg_en_b  # noqa: E402
import gen_neg_fr_a  # noqa: E402
import gen_neg_fr_b  # noqa: E402
import gen_pos_en_a  # noqa: E402
import gen_pos_en_b  # noqa: E402
import gen_pos_fr_a  # noqa: E402
import gen_pos_fr_b  # noqa: E402
from gen_readme import digest, write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

N_POS, N_NEG = 120, 180


def templates(mods, prefix):
    out = []
    for m in mods:
        for name in sorted(vars(m)):
            if name.startswith(prefix) and callable(getattr(m, name)) and getattr(m, name).__module__ == m.__name__:
                out.append(getattr(m, name))
    return out


def schedule(kind, lang, funcs, n):
    """Every template in turn (reshuffled each round) until n messages."""
    r = C.rng_for("schedule", kind, lang)
    seq = []
    while len(seq) < n:
        batch = list(funcs)
        r.shuffle(batch)
        seq.extend(batch)
    return [(lang, f) for f in seq[:n]]


def plan():
    pos = (schedule("pos", "fr", templates([gen_pos_fr_a, gen_pos_fr_b], "t_"), N_POS // 2) +
           schedule("pos", "en", templates([gen_pos_en_a, gen_pos_en_b], "t_"), N_POS // 2))
    neg = (schedule("neg", "fr", templates([gen_neg_fr_a, gen_neg_fr_b], "n_"), N_NEG // 2) +
           schedule("neg", "en", templates([gen_neg_en_a, gen_neg_en_b], "e_"), N_NEG // 2))
    C.rng_for("order", "pos").shuffle(pos)
    C.rng_for("order", "neg").shuffle(neg)
    return pos, neg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = args.out
    for sub in ("positive", "negative"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for old in glob.glob(os.path.join(out, sub, "*.eml")):
            os.remove(old)
    pool = C.Pool()
    labels, metas = {}, {}
    pos, neg = plan()
    for kind, items, letter in (("pos", pos, "p"), ("neg", neg, "n")):
        folder = "positive" if kind == "pos" else "negative"
        for i, (lang, fn) in enumerate(items, 1):
            ctx = B.Ctx(kind, i, lang, pool)
            t = fn(ctx)
            data, label, meta = B.build(ctx, t)
            rel = "%s/%s%03d_%s.eml" % (folder, letter, i, t["category"])
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = label
            metas[rel] = meta
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1) + "\n")

    errors, feats = verify(out, labels, metas)
    dig = digest(out, labels.keys())
    write_readme(out, labels, feats, dig)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        sys.exit(1)
    print("positives: %d  negatives: %d" % (sum(v["confidential"] for v in labels.values()),
                                            sum(not v["confidential"] for v in labels.values())))
    print("digest:", dig)


if __name__ == "__main__":
    main()
