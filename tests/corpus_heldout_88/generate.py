#!/usr/bin/env python3
"""Generate the labelled DLP test corpus (respiratory therapy / home respiratory care).

    python generate.py             # writes next to this file
    python generate.py --out DIR   # writes elsewhere

Deterministic from SEED: two runs give identical bytes.  Standard library plus
python-stdnum, reportlab, python-docx and openpyxl.
"""
import argparse
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SEED = 8867
N_POS, N_NEG = 120, 180

from gen_check import TYPES, digest, run  # noqa: E402
from gen_mime import build  # noqa: E402
from gen_util import Ctx  # noqa: E402
from gen_readme import write_readme  # noqa: E402


def templates(prefix):
    out = []
    for mod in sorted(f[:-3] for f in os.listdir(HERE) if f.startswith(prefix) and f.endswith(".py")):
        out += importlib.import_module(mod).TEMPLATES
    return out


def plan(tpls, rng):
    items = []
    for fn, nfr, nen in tpls:
        items += [(fn, "fr")] * nfr + [(fn, "en")] * nen
    rng.shuffle(items)
    return items


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    ctx = Ctx(SEED)
    labels, expect, transports = {}, {}, []
    for kind, prefix, want in (("positive", "gen_pos_", N_POS), ("negative", "gen_neg_", N_NEG)):
        d = os.path.join(out, kind)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
        items = plan(templates(prefix), random.Random("%d:%s:plan" % (SEED, kind)))
        if len(items) != want:
            print("warning: %s plan has %d items, expected %d" % (kind, len(items), want))
        for i, (fn, lang) in enumerate(items, 1):
            rng = random.Random("%d:%s:%d" % (SEED, kind, i))
            spec = fn(ctx, rng, lang)
            spec["msgid_seed"] = "%d-%s-%d" % (SEED, kind, i)
            raw = build(spec, rng)
            rel = "%s/%s%03d_%s.eml" % (kind, kind[0], i, spec["cat"])
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(raw)
            labels[rel] = {"confidential": kind == "positive", "types": spec["types"] if kind == "positive" else [],
                           "lang": lang, "note": spec["note"]}
            expect[rel] = spec["expect"]
            transports.append((kind, spec["transport"]))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    counts, tcount, errors = run(out, ctx.holders, expect)
    dg = digest(out)
    write_readme(out, SEED, labels, counts, tcount, transports, dg)
    for e in errors:
        print("CHECK FAILED:", e)
    print("files=%d positive=%d negative=%d fr=%d en=%d" % (
        counts["files"], counts["positive"], counts["negative"], counts.get("fr", 0), counts.get("en", 0)))
    print("types: " + ", ".join("%s=%d" % (t, tcount.get(t, 0)) for t in TYPES))
    print("sha256:", dg)
    print("self-check:", "OK" if not errors else "%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
