#!/usr/bin/env python3
"""Generate the CLSC youth & family held-out corpus (seed 25193).

Usage: python generate.py [--out DIR]
Writes positive/, negative/, labels.json and README.md, verifies them and prints the digest.
"""
import argparse
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import gen_neg_a as NA  # noqa: E402
import gen_neg_b as NB  # noqa: E402
import gen_pos_dpj as D  # noqa: E402
import gen_pos_misc as M  # noqa: E402
import gen_pos_peri as P  # noqa: E402
import gen_pos_school as S  # noqa: E402
from gen_build import choose_transport, render  # noqa: E402
from gen_common import SEED, Gen, load_nams  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import verify  # noqa: E402

N_POS, N_NEG = 120, 180
POS_EXTRA = ["forward_inline", "attached_eml", "subject_only", "birth_notice", "dpj_report",
             "ontario_transfer", "belgian_family", "income_form", "french_family"]


def _fits(rec, window):
    lo, hi = window[0], window[1]
    sex = window[2] if len(window) > 2 else None
    return lo <= rec["dob"].year <= hi and (sex is None or rec["sex"] == sex)


def plan(seed):
    rng = random.Random(seed)
    pos_t = S.TEMPLATES + D.TEMPLATES + P.TEMPLATES + M.TEMPLATES
    by_name = {t[0]: t for t in pos_t}
    slots = [t for t in pos_t for _ in range(3)] + [by_name[n] for n in POS_EXTRA]
    assert len(slots) == N_POS, len(slots)
    rng.shuffle(slots)
    langs = ["fr"] * (N_POS // 2) + ["en"] * (N_POS // 2)
    rng.shuffle(langs)
    nams = load_nams()
    used = {r["nam"]: 0 for r in nams}
    pos = []
    for i, (name, fn, window) in enumerate(slots):
        rec = None
        if window is not None:
            pool = [r for r in nams if _fits(r, window) and used[r["nam"]] < 2]
            want = name == "kinship_caregiver" or rng.random() < 0.6
            if pool and want:
                low = min(used[r["nam"]] for r in pool)
                pool = [r for r in pool if used[r["nam"]] == low]
                rec = rng.choice(pool)
                used[rec["nam"]] += 1
        pos.append((name, fn, langs[i], rec))
    neg_t = NA.TEMPLATES + NB.TEMPLATES
    extra = rng.sample(neg_t, N_NEG - 5 * len(neg_t))
    nslots = [t for t in neg_t for _ in range(5)] + extra
    rng.shuffle(nslots)
    nlangs = ["fr"] * (N_NEG // 2) + ["en"] * (N_NEG // 2)
    rng.shuffle(nlangs)
    neg = [(name, fn, nlangs[i]) for i, (name, fn) in enumerate(nslots)]
    return pos, neg


def digest_of(out):
    h = hashlib.sha256()
    rels = sorted([f"positive/{f}" for f in os.listdir(os.path.join(out, "positive")) if f.endswith(".eml")] +
                  [f"negative/{f}" for f in os.listdir(os.path.join(out, "negative")) if f.endswith(".eml")] +
                  ["labels.json"])
    for rel in rels:
        with open(os.path.join(out, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode("utf-8") + b"\0" + data + b"\0")
    return h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    pos, neg = plan(SEED)
    labels, meta = {}, {}
    for i, (name, fn, lang, rec) in enumerate(pos, 1):
        g = Gen(f"p{i:03d}")
        spec = fn(g, lang, rec)
        tg = Gen(f"tp-p{i:03d}")
        tp = choose_transport(tg, spec)
        data = render(spec, tp, f"p{i:03d}", tg)
        rel = f"positive/p{i:03d}_{spec['cat']}.eml"
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(data)
        labels[rel] = {"confidential": True, "types": sorted(spec["types"]), "lang": spec["lang"],
                       "note": spec["note"]}
        meta[rel] = spec
    for i, (name, fn, lang) in enumerate(neg, 1):
        g = Gen(f"n{i:03d}")
        spec = fn(g, lang)
        tg = Gen(f"tp-n{i:03d}")
        tp = choose_transport(tg, spec)
        data = render(spec, tp, f"n{i:03d}", tg)
        rel = f"negative/n{i:03d}_{spec['cat']}.eml"
        with open(os.path.join(out, rel), "wb") as fh:
            fh.write(data)
        labels[rel] = {"confidential": False, "types": [], "lang": spec["lang"], "note": spec["note"]}
        meta[rel] = spec
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    errors, feats = verify(out, meta)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    dg = digest_of(out)
    write_readme(os.path.join(out, "README.md"), SEED, labels, feats, dg)
    print(dg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
