#!/usr/bin/env python3
"""Generate the rheumatology DLP test corpus (120 positives, 180 hard negatives).

Usage: python generate.py [--out DIR]
Writes next to this file by default.  Deterministic for the fixed seed.
"""
import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_check  # noqa: E402
import gen_fwd  # noqa: E402
import gen_mime as M  # noqa: E402
import gen_neg_en_a  # noqa: E402
import gen_neg_en_b  # noqa: E402
import gen_neg_extra  # noqa: E402
import gen_neg_fr_a  # noqa: E402
import gen_neg_fr_b  # noqa: E402
import gen_people as P  # noqa: E402
import gen_pos_en_a  # noqa: E402
import gen_pos_en_b  # noqa: E402
import gen_pos_fr_a  # noqa: E402
import gen_pos_fr_b  # noqa: E402
import gen_pos_peds  # noqa: E402
import gen_readme  # noqa: E402
import gen_tpl as T  # noqa: E402

SEED = 25178
N_POS, N_NEG = 120, 180


def plan(r, fr_templates, en_templates, n_fr, n_en):
    def fill(templates, n):
        out = []
        while len(out) < n:
            batch = list(templates)
            r.shuffle(batch)
            out.extend(batch)
        return out[:n]
    items = [("fr", t) for t in fill(fr_templates, n_fr)] + [("en", t) for t in fill(en_templates, n_en)]
    r.shuffle(items)
    return items


def tidy(text):
    """Drop trailing spaces and runs of blank lines left by optional sentences."""
    lines = [l.rstrip() if not l.startswith("-- ") else l for l in text.split("\n")]
    out = []
    for l in lines:
        if l == "" and out and out[-1] == "" :
            continue
        out.append(l)
    return "\n".join(out).strip("\n") + "\n"


def make(kind, items, total, alloc, seed, out_dir, labels, registry):
    prefix = "p" if kind == "positive" else "n"
    for i, (lang, tpl) in enumerate(items):
        key = "%s%03d" % (prefix, i + 1)
        r = random.Random("%d-%s" % (seed, key))
        ctx = P.Ctx(r, lang, alloc)
        ctx.when = T.mail_datetime(r, i, total)
        spec = tpl(r, ctx)
        spec["key"] = "%d-%s" % (seed, key)
        spec["lang"] = lang
        spec["date"] = ctx.when
        if spec.get("text"):
            spec["text"] = tidy(spec["text"])
        data = M.build(spec, r)
        rel = "%s/%s_%s.eml" % (kind, key, spec["cat"])
        with open(os.path.join(out_dir, rel), "wb") as fh:
            fh.write(data)
        types = sorted(ctx.types, key=gen_check.TYPES.index)
        if kind == "negative" and types:
            raise SystemExit("negative template %s produced patient data: %s" % (tpl.__name__, types))
        if kind == "positive" and not types:
            raise SystemExit("positive template %s produced no types" % tpl.__name__)
        labels[rel] = {"confidential": kind == "positive", "types": types, "lang": lang, "note": spec["note"]}
        registry[rel] = {"ids": list(ctx.ids), "seen": list(ctx.seen)}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out_dir = args.out
    for sub in ("positive", "negative"):
        d = os.path.join(out_dir, sub)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith(".eml"):
                os.remove(os.path.join(d, fn))

    r = random.Random("plan-%d" % SEED)
    pos_items = plan(r, gen_pos_fr_a.TEMPLATES + gen_pos_fr_b.TEMPLATES + gen_pos_peds.TEMPLATES_FR + gen_fwd.POS_FR,
                     gen_pos_en_a.TEMPLATES + gen_pos_en_b.TEMPLATES + gen_pos_peds.TEMPLATES_EN, 60, 60)
    neg_items = plan(r, gen_neg_fr_a.TEMPLATES + gen_neg_fr_b.TEMPLATES + gen_neg_extra.TEMPLATES_FR + gen_fwd.NEG_FR,
                     gen_neg_en_a.TEMPLATES + gen_neg_en_b.TEMPLATES + gen_neg_extra.TEMPLATES_EN + gen_fwd.NEG_EN, 90, 90)

    alloc = P.Allocator(SEED)
    labels, registry = {}, {}
    make("positive", pos_items, N_POS, alloc, SEED, out_dir, labels, registry)
    make("negative", neg_items, N_NEG, alloc, SEED, out_dir, labels, registry)
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1) + "\n")

    errors, features = gen_check.check(out_dir, labels, registry)
    dig = gen_check.digest(out_dir)
    gen_readme.write(out_dir, SEED, labels, features, dig)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        sys.exit(1)
    npos = sum(1 for v in labels.values() if v["confidential"])
    print("positives %d, negatives %d" % (npos, len(labels) - npos))
    for lang in ("fr", "en"):
        print("lang %s: %d" % (lang, sum(1 for v in labels.values() if v["lang"] == lang)))
    for t in gen_check.TYPES:
        print("type %s: %d" % (t, sum(1 for v in labels.values() if t in v["types"])))
    print("digest", dig)


if __name__ == "__main__":
    main()
