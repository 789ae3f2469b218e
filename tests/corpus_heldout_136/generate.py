#!/usr/bin/env python3
"""Generate the haematology / bone-marrow transplant held-out corpus (seed 13629).

Usage: python generate.py [--out DIR]     (default: the folder holding this file)
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from gen_common import SEED, Ctx  # noqa: E402
from gen_mime import Renderer  # noqa: E402
from gen_plan import plan  # noqa: E402
from gen_registry import POS_FR, POS_EN, NEG_FR, NEG_EN, check_counts  # noqa: E402
from gen_readme import write_readme  # noqa: E402
from gen_verify import verify, digest  # noqa: E402


def build(ctx):
    pos, neg = [], []
    for lst, dest in ((POS_FR, pos), (POS_EN, pos), (NEG_FR, neg), (NEG_EN, neg)):
        for fn, n in lst:
            for _ in range(n):
                dest.append(fn(ctx))
    ctx.rng.shuffle(pos)
    ctx.rng.shuffle(neg)
    return pos, neg


def assign(ctx, m, nested=False):
    r = ctx.rng
    dom = m.frm[1].split("@")[1]
    m.msgid = "<%s.%08x@%s>" % (m.date.strftime("%Y%m%d%H%M%S"), r.getrandbits(32), dom)
    m._tp = plan(r, m.hints, nested)
    for a in m.atts:
        if a.msg is not None:
            assign(ctx, a.msg, nested=True)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    check_counts()
    ctx = Ctx(SEED)
    pos, neg = build(ctx)
    rend = Renderer(SEED)
    labels, records = {}, {}
    for sub in ("positive", "negative"):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith(".eml"):
                os.remove(os.path.join(d, fn))
    for sub, prefix, msgs in (("positive", "p", pos), ("negative", "n", neg)):
        for i, m in enumerate(msgs, 1):
            assign(ctx, m)
            rel = "%s/%s%03d_%s.eml" % (sub, prefix, i, m.cat)
            data = rend.render(m, m._tp)
            with open(os.path.join(out, rel), "wb") as fh:
                fh.write(data)
            labels[rel] = {"confidential": m.conf, "types": list(m.types), "lang": m.lang, "note": m.note}
            records[rel] = m
    labels = dict(sorted(labels.items()))
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    errors, feats = verify(out, records)
    dig = digest(out)
    write_readme(os.path.join(out, "README.md"), SEED, labels, feats, dig)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s)" % len(errors), file=sys.stderr)
        return 1
    print(dig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
