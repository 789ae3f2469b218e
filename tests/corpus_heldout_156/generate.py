#!/usr/bin/env python3
"""Generate the anticoagulation-clinic / hospital-pharmacy corpus (held-out 156).

Usage: python generate.py [--out DIR]
Reads only its own gen_*.py modules and ../blind_nams.txt (relative to this file).
"""
import argparse
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import gen_build as B  # noqa: E402
import gen_common as G  # noqa: E402
import gen_neg_en_a  # noqa: E402
import gen_neg_en_b  # noqa: E402
import gen_neg_fr_a  # noqa: E402
import gen_neg_fr_b  # noqa: E402
import gen_pos_en_a  # noqa: E402
import gen_pos_en_b  # noqa: E402
import gen_pos_fr_a  # noqa: E402
import gen_pos_fr_b  # noqa: E402
import gen_readme  # noqa: E402
import gen_verify  # noqa: E402

SEED = 25156
POSITIVE = [(gen_pos_fr_a, "fr"), (gen_pos_fr_b, "fr"), (gen_pos_en_a, "en"), (gen_pos_en_b, "en")]
NEGATIVE = [(gen_neg_fr_a, "fr"), (gen_neg_fr_b, "fr"), (gen_neg_en_a, "en"), (gen_neg_en_b, "en")]


def jobs(modules):
    out = []
    for mod, lang in modules:
        for name, fn, n in mod.TEMPLATES:
            for i in range(n):
                out.append((lang, name, fn, i))
    return out


def build(out_dir):
    master = random.Random(SEED)
    holders = G.load_nams()
    master.shuffle(holders)
    pool = {"holders": holders, "used_nams": set(), "used_names": set()}
    labels, meta = {}, {}
    for kind, modules, total, prefix in (("positive", POSITIVE, 120, "p"), ("negative", NEGATIVE, 180, "n")):
        js = jobs(modules)
        if len(js) != total:
            raise SystemExit(f"{kind}: {len(js)} jobs, expected {total}")
        master.shuffle(js)
        d = out_dir / kind
        d.mkdir(parents=True, exist_ok=True)
        for old in d.glob("*.eml"):
            old.unlink()
        for idx, (lang, name, fn, i) in enumerate(js, 1):
            rng = random.Random(f"{SEED}:{kind}:{name}:{i}")
            ctx = B.Ctx(rng, lang, kind == "positive", pool, B.make_dt(rng))
            ctx.variant = i
            mail = fn(ctx)
            raw, _info = B.assemble(mail, ctx)
            rel = f"{kind}/{prefix}{idx:03d}_{mail.cat}.eml"
            (out_dir / rel).write_bytes(raw)
            if kind == "positive" and not ctx.types:
                raise SystemExit(f"{rel}: positive without types")
            labels[rel] = {"confidential": kind == "positive", "types": sorted(ctx.types), "lang": lang,
                           "note": mail.note}
            meta[rel] = {"ids": list(ctx.ids), "nams": sorted({p.nam for p in ctx.nam_people})}
    labels = dict(sorted(labels.items()))
    (out_dir / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                         encoding="utf-8")
    return labels, meta


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=str(HERE), help="output folder (default: next to this script)")
    args = ap.parse_args()
    out_dir = Path(args.out).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    labels, meta = build(out_dir)
    errors, census = gen_verify.verify(out_dir, labels, meta)
    dig = gen_verify.digest(out_dir)
    gen_readme.write_readme(out_dir, SEED, labels, census, dig)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} check(s) failed", file=sys.stderr)
        sys.exit(1)
    print(f"positives: {sum(1 for k in labels if k.startswith('positive/'))}  "
          f"negatives: {sum(1 for k in labels if k.startswith('negative/'))}")
    print(f"digest: {dig}")


if __name__ == "__main__":
    main()
